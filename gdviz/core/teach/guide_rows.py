"""One row of the run, told for the guided lesson: the lesson's loop as code with the
row's values line by line, its three moments, and its update lines read. Every number
is read from the :class:`~gdviz.core.train.model.RowUpdate` the run itself made."""

from __future__ import annotations

from dataclasses import dataclass

from gdviz.core.i18n import localise, translate
from gdviz.core.teach.words import number
from gdviz.core.train.model import Gradient, Loss, RowUpdate


# -- 5: the lesson's loop, line by line ------------------------------------------------------
@dataclass(frozen=True)
class Line:
    """A line of the code as run for one row: its index and the values it made."""

    index: int
    values: tuple[tuple[str, float], ...]


def lesson_code(loss: Loss = Loss.SQUARED, gradient: Gradient = Gradient.SEED) -> list[str]:
    """The lesson's training loop, with the loss and the nudge the run uses."""
    lines = [
        "for epoch in range(epochs):",
        "    total_loss = 0",
        "    for x, y in data:",
        "        z = x * w + b",
        "        p = 1 / (1 + exp(-z))",
        "        error = p - y",
        "        loss = error ** 2"
        if loss is Loss.SQUARED
        else "        loss = -(y * log(p) + (1 - y) * log(1 - p))",
        "        total_loss += loss",
    ]
    if gradient is Gradient.EXACT and loss is Loss.SQUARED:
        lines.append("        grad = 2 * error * p * (1 - p)")
        lines += ["        w = w - lr * grad * x", "        b = b - lr * grad"]
    else:
        lines += ["        w = w - lr * error * x", "        b = b - lr * error"]
    return lines


def code_lines(
    update: RowUpdate, epoch: int, row: int, total_loss: float, exact: bool = False
) -> list[Line]:
    """The lines one row runs, in order, each with the values it made: all read from
    the run's ``update`` (``row`` counts from 1; ``total_loss`` is the epoch's so far,
    this row's included). A first row also runs the epoch's two opening lines."""
    lines = []
    if row == 1:
        lines += [Line(0, (("epoch", float(epoch)),)), Line(1, (("total_loss", 0.0),))]
    lines += [
        Line(2, (("x", update.x), ("y", update.y))),
        Line(3, (("z", update.z),)),
        Line(4, (("p", update.p),)),
        Line(5, (("error", update.error),)),
        Line(6, (("loss", update.loss),)),
        Line(7, (("total_loss", total_loss),)),
    ]
    at = 8
    if exact:
        lines.append(Line(at, (("grad", update.grad),)))
        at += 1
    lines += [Line(at, (("w", update.w_after),)), Line(at + 1, (("b", update.b_after),))]
    return lines


# -- 4 and 6: one row, told in moments ---------------------------------------------------------
def _nudge(u: RowUpdate) -> str:
    """What the update multiplies: the lesson's error, or the exact gradient's g."""
    return "error" if u.grad == u.error else "g"


def _n(value: float) -> str:
    """A read-out in the window's number format."""
    return localise(number(value))


def _g(value: float) -> str:
    """A value as typed (``2``, ``0.1``) in the window's number format."""
    return localise(f"{value:g}")


def iteration_frames(u: RowUpdate, lr: float) -> list[tuple[str, str, str]]:
    """One row's update in the lesson's three moments: (title, words with the row's
    own numbers, the objectName of the plot that shows it)."""
    if u.x == 1:
        studied = translate("guide_rows", "This student studied x = {x} hour.")
    else:
        studied = translate("guide_rows", "This student studied x = {x} hours.")
    forward = translate(
        "guide_rows",
        "z = x·w + b = {x}·{w} + {b} = {z}, and p = σ(z) = {p}: the model's chance that they "
        "pass (the diamond), from w and b before this row's step: the curve drawn has "
        "already taken it.",
    )
    wrong = translate(
        "guide_rows",
        "The label is y = {y}. error = p − y = {error}; this row's loss is error² = {loss}; "
        "it adds to the epoch's total, a point on the loss plot once the epoch ends.",
    )
    step = translate(
        "guide_rows",
        "w ← w − lr·{nudge}·x = {w} − {lr}·{grad}·{x} = {w_after}; b ← b − lr·{nudge} = "
        "{b_after}. The arrow on the landscape is this step.",
    )
    return [
        (
            translate("guide_rows", "1. In goes x, out comes p"),
            studied.format(x=_g(u.x))
            + " "
            + forward.format(x=_g(u.x), w=_n(u.w_before), b=_n(u.b_before), z=_n(u.z), p=_n(u.p)),
            "fitPlot",
        ),
        (
            translate("guide_rows", "2. How wrong was it?"),
            wrong.format(y=_g(u.y), error=_n(u.error), loss=_n(u.loss)),
            "lossPlot",
        ),
        (
            translate("guide_rows", "3. A small step against the error"),
            step.format(
                nudge=_nudge(u),
                w=_n(u.w_before),
                lr=_g(lr),
                grad=_n(u.grad),
                x=_g(u.x),
                w_after=_n(u.w_after),
                b_after=_n(u.b_after),
            ),  # fmt: skip
            "landscapePlot",
        ),
    ]


def reading_notes(u: RowUpdate, lr: float) -> list[str]:
    """The update lines read on one row: what the error's sign, x and the bias say."""
    if u.error > 0:
        sign = translate(
            "guide_rows",
            "error = {error} is positive: the model said {p}, more than the label {y}. It "
            "overshot, so w and b go down.",
        )
    elif u.error < 0:
        sign = translate(
            "guide_rows",
            "error = {error} is negative: the model said {p}, less than the label {y}. It "
            "fell short, so w and b go up.",
        )
    else:
        sign = translate("guide_rows", "error = 0: the prediction was exact, so nothing moves.")
    dw, db = u.w_after - u.w_before, u.b_after - u.b_before
    scales = translate(
        "guide_rows",
        "x = {x} scales the push on w: w moved by {dw}, {x} times b's move. A student who "
        "studied longer pushes w harder.",
    )
    bias = translate(
        "guide_rows",
        "b moved by {db} = −lr·{nudge} = −{lr}·{grad}: the error alone, as if x were 1.",
    )
    return [
        sign.format(error=_n(u.error), p=_n(u.p), y=_g(u.y)),
        scales.format(x=_g(u.x), dw=_n(dw)),
        bias.format(db=_n(db), nudge=_nudge(u), lr=_g(lr), grad=_n(u.grad)),
    ]
