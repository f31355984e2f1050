"""How numbers and settings are written for a learner: one place for every format.

- :func:`number`: a read-out (``4.3019``; ``-1.0000e+307`` where fixed point would
  sprawl; never ``-0.0000``). ASCII minus, so it can be copied into a spin box.
- :func:`fixed`: a coordinate to a fixed number of decimals (``x = 0.00``).
- :func:`math_text`: :func:`number` with a real minus sign, for equations and prose.
- :func:`count`: ``1 epoch``, ``2,000,000 epochs``.
- :func:`distinct`: two values with just enough digits to tell them apart.
- :func:`describe`: a run's loss, gradient rule and batch mode in the app's words.
"""

from __future__ import annotations

import math

from gdviz.core.i18n import QT_TRANSLATE_NOOP, localise, translate
from gdviz.core.run.settings import SETTINGS, RunSettings, uses
from gdviz.core.train.model import Gradient, Loss
from gdviz.core.train.optimizers import DEFAULT_EPS, Optimizer

MINUS = "−"

# English names (files and the command line use them as they are); the window shows
# translate("words", name).
LOSS_NAMES = {
    Loss.SQUARED: QT_TRANSLATE_NOOP("words", "squared error"),
    Loss.CROSS_ENTROPY: QT_TRANSLATE_NOOP("words", "cross-entropy"),
}
GRADIENT_NAMES = {
    Gradient.SEED: QT_TRANSLATE_NOOP("words", "the lesson's nudge"),
    Gradient.EXACT: QT_TRANSLATE_NOOP("words", "the exact gradient"),
}


def number(value: float, decimals: int = 4) -> str:
    """``4.3019`` for ordinary values; ``-1.0000e+307`` where fixed point would sprawl."""
    if not math.isfinite(value):
        return str(value)
    if value != 0 and not 1e-3 <= abs(value) < 1e7:
        text = f"{value:.{decimals}e}"
    else:
        text = f"{value:.{decimals}f}"
    if text.startswith("-") and float(text) == 0:
        text = text[1:]  # -0.0000 reads as a sign error
    return text


def fixed(value: float, decimals: int = 2) -> str:
    """Fixed point (``0.00``, never ``-0.00``); scientific only where it would sprawl."""
    if not math.isfinite(value) or abs(value) >= 1e7:
        return number(value, decimals)
    text = f"{value:.{decimals}f}"
    return text[1:] if text.startswith("-") and float(text) == 0 else text


def math_text(value: float, decimals: int = 4) -> str:
    """:func:`number` with a real minus sign."""
    return number(value, decimals).replace("-", MINUS)


def integer(value: int) -> str:
    """``2,000,000``."""
    return f"{int(value):,}"


def count(n: int, noun: str, plural: str | None = None) -> str:
    """``1 epoch``, ``0 epochs``, ``2,000,000 epochs``."""
    word = noun if n == 1 else plural or f"{noun}s"
    return f"{integer(n)} {word}"


def shown_rows(n: int) -> str:
    """:func:`count` of rows in the window's language and numbers: ``1 row``, ``2.000
    Zeilen``. (A sentence it goes into must not be localised again.)"""
    text = translate("words", "1 row") if n == 1 else translate("words", "{n} rows")
    return text.format(n=localise(integer(n)))


def shown_epochs(n: int) -> str:
    """:func:`count` of epochs in the window's language and numbers: ``1 epoch``,
    ``2.000 Epochen``."""
    text = translate("words", "1 epoch") if n == 1 else translate("words", "{n} epochs")
    return text.format(n=localise(integer(n)))


def rate(lr: float) -> str:
    """A learning rate as typed: ``0.1``, ``1e-05``, ``0.123457``."""
    return f"{lr:g}"


def significant(value: float, digits: int = 3) -> str:
    """``value`` to ``digits`` significant digits, with a real minus sign."""
    text = f"{value:.{digits}g}"
    if text.startswith("-") and float(text) == 0:
        text = text[1:]
    return text.replace("-", MINUS)


def distinct(before: float, after: float, digits: int = 3) -> tuple[str, str]:
    """Both values with the fewest significant digits (at least ``digits``) that show
    they differ: ``2.6612 → 2.6608``, not ``2.66 → 2.66``."""
    if before == after or not (math.isfinite(before) and math.isfinite(after)):
        return significant(before, digits), significant(after, digits)
    for d in range(digits, 18):
        a, b = significant(before, d), significant(after, d)
        if a != b:
            return a, b
    return significant(before, 17), significant(after, 17)


def batch_name(batch_size: int) -> str:
    if batch_size == 1:
        return "per-row updates"
    if batch_size == 0:
        return "full batch"
    return f"mini-batches of {batch_size}"


def describe(settings: RunSettings) -> str:
    """``squared error, the lesson's nudge, per-row updates`` (and the optimiser, unless
    it is the lesson's plain step: ``…, adam β₁ 0.8``)."""
    text = (
        f"{LOSS_NAMES[settings.loss]}, {GRADIENT_NAMES[settings.gradient]}, "
        f"{batch_name(settings.batch_size)}"
    )
    if settings.optimizer is not Optimizer.SGD:
        text += f", {short_name(settings)}"
    if settings.validation is not None:
        text += f", {settings.validation:.0%} held out"
        if settings.patience is not None:
            text += f", patience {settings.patience:,}"
    if settings.penalty.on:
        text += f", {settings.penalty.name} λ {settings.penalty.lam:g}"
    return text


SYMBOLS = {"momentum": "μ", "alpha": "α", "beta1": "β₁", "beta2": "β₂", "eps": "ε"}


def short_name(settings: RunSettings) -> str:
    """``adam``, ``momentum 0.5``, ``adam β₁ 0.8``: the optimiser, and what differs from
    its defaults."""
    kind = settings.optimizer
    parts = [kind.value]
    for name in uses(kind):
        value = getattr(settings, name)
        default = DEFAULT_EPS.get(kind) if name == "eps" else SETTINGS[name].default
        if value is not None and value != default:
            parts.append(f"{SYMBOLS[name]} {value:g}")
    return " ".join(parts)
