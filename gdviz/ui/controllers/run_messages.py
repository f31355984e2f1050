"""What the presenter says of the run, in the window's language: the status bar's
sentences, a worked row's title, the Predict box's answer and the divergence banner
(:mod:`gdviz.ui.controllers.presenter` decides when; this says what)."""

from __future__ import annotations

import math

from gdviz.core.i18n import QT_TRANSLATE_NOOP, localise, translate
from gdviz.core.teach.words import LOSS_NAMES, integer, number, rate
from gdviz.core.train.validation import Stop

# What a divergence names (gdviz.core.train.trainer); a network's parameter keeps its name.
DIVERGED = (
    QT_TRANSLATE_NOOP("run_messages", "loss"),
    QT_TRANSLATE_NOOP("run_messages", "validation loss"),
    QT_TRANSLATE_NOOP("run_messages", "weight"),
    QT_TRANSLATE_NOOP("run_messages", "bias"),
)


def epochs(n: int) -> str:
    """``1 epoch``, ``2,000 epochs`` (English numbers: callers localise the sentence)."""
    if n == 1:
        return translate("run_messages", "1 epoch")
    return translate("run_messages", "{n} epochs").format(n=integer(n))


def rows(n: int) -> str:
    if n == 1:
        return translate("run_messages", "1 row")
    return translate("run_messages", "{n} rows").format(n=integer(n))


def loss_name(loss) -> str:
    return translate("words", LOSS_NAMES[loss])


def race_started(racers: int, w: float, b: float) -> str:
    text = translate(
        "run_messages",
        "A race of {n} optimisers from w = {w}, b = {b}: Train (Space) starts them all.",
    )
    return localise(text.format(n=racers, w=f"{w:g}", b=f"{b:g}"))


def race_over() -> str:
    return translate("run_messages", "The race is over; the run is back.")


def race_finished(best: str, loss: float | None, threshold: float, first: str | None) -> str:
    text = translate(
        "run_messages", "Race finished: lowest loss {best} ({loss}); first to reach {t}: {first}."
    )
    return localise(
        text.format(
            best=best,
            loss=number(loss if loss is not None else math.nan),
            t=f"{threshold:g}",
            first=first if first is not None else translate("run_messages", "none"),
        )
    )


def stepped(epoch: int) -> str:
    text = translate(
        "run_messages",
        "Paused at epoch {n}. Train (Space) resumes, S does one more epoch, Shift+S one row.",
    )
    return localise(text.format(n=integer(epoch)))


def paused(epoch: int) -> str:
    text = translate(
        "run_messages",
        "Paused at epoch {n}. Train (Space) resumes, Step (S) does one epoch, Shift+S one row.",
    )
    return localise(text.format(n=integer(epoch)))


def row_title(epoch: int, done: int, of: int, x: str, y: float) -> str:
    """``Epoch 3, row 2 of 4: x = 1.5, y = 1`` (``x``: the input, or ``(x₀, x₁)``)."""
    text = translate("run_messages", "Epoch {epoch}, row {done} of {rows}: x = {x}, y = {y}")
    return localise(text.format(epoch=integer(epoch), done=done, rows=of, x=x, y=f"{y:g}"))


def row_said(title: str, loss: float) -> str:
    text = translate(
        "run_messages", "{title}: loss {loss}. Shift+S for the next row, S to finish the epoch."
    )
    return text.format(title=title, loss=localise(f"{loss:.3g}"))


def finished(epoch: int, losses: str, model: str) -> str:
    text = translate(
        "run_messages", "Finished {epochs}: {losses}, {model}. Raise Epochs and Train to go on."
    )
    return localise(text.format(epochs=epochs(epoch), losses=losses, model=model))


def finished_model(lesson: bool, w: float, b: float, parameters: int) -> str:
    if lesson:
        return f"w = {number(w)}, b = {number(b)}"
    text = translate("run_messages", "{n} parameters (each on the Network tab)")
    return text.format(n=parameters)


def early_stop(stop: Stop) -> str:
    text = translate(
        "run_messages",
        "Early stopping at epoch {epoch}: no better validation loss for {epochs}. Showing "
        "epoch {best}, the best (★): the run kept its parameters.",
    )
    return localise(
        text.format(
            epoch=integer(stop.epoch),
            epochs=epochs(stop.epoch - stop.best_epoch),
            best=integer(stop.best_epoch),
        )
    )


def internal_error() -> str:
    return translate("run_messages", "Training stopped by an internal error (details shown).")


def failed_title() -> str:
    return translate("run_messages", "gdviz: training failed")


def failed_text() -> str:
    return translate(
        "run_messages", "Training stopped because of an internal error. The run so far is kept."
    )


def new_target(target: int) -> str:
    text = translate(
        "run_messages", "The run now goes to {epochs}: Train (Space) goes on from where it stopped."
    )
    return localise(text.format(epochs=epochs(target)))


def loss_rising(began: int, rising: int) -> str:
    text = translate(
        "run_messages",
        "The loss has risen for {epochs} in a row (since epoch {began}): the steps may be too "
        "big for this data. Try a smaller learning rate.",
    )
    return localise(text.format(epochs=epochs(rising), began=integer(began)))


def divergence(epoch: int, what: str, value: float, lr: float) -> tuple[str, str]:
    """The status bar's sentence and the loss plot's banner."""
    advice = translate("run_messages", "Try a smaller learning rate than {rate}.")
    advice = advice.format(rate=rate(lr))
    said = translate("run_messages", "Diverged at epoch {n}: the {what} became {value}. {advice}")
    banner = translate(
        "run_messages",
        "Diverged at epoch {n}: the {what} became {value}.\n{advice} Then Reset (R).",
    )
    what = translate("run_messages", what)  # "loss" or a parameter's name
    return tuple(  # type: ignore[return-value]
        localise(t.format(n=integer(epoch), what=what, value=repr(value), advice=advice))
        for t in (said, banner)
    )


def status(name: str, n: int, loss) -> str:
    """The status bar's permanent label: ``students · 20 rows · squared error``."""
    return localise(f"{name} · {rows(n)} · {loss_name(loss)}")


def predict_prompt(two: bool) -> str:
    if two:
        return translate("run_messages", "type both inputs")
    return translate("run_messages", "type hours studied")


def prediction(p: float) -> str:
    verdict = (
        translate("run_messages", "likely to pass")
        if p >= 0.5
        else translate("run_messages", "likely to fail")
    )
    return localise(f"p = {p:.4f} ({p:.1%}): {verdict}")
