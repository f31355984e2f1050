"""One row of the run, told for the guided lesson: the lesson's loop as code with the
row's values line by line, its three moments, and its update lines read. Every number
is read from the :class:`~gdviz.core.train.model.RowUpdate` the run itself made."""

from __future__ import annotations

from dataclasses import dataclass

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


def iteration_frames(u: RowUpdate, lr: float) -> list[tuple[str, str, str]]:
    """One row's update in the lesson's three moments: (title, words with the row's
    own numbers, the objectName of the plot that shows it)."""
    return [
        (
            "1. In goes x, out comes p",
            f"This student studied x = {u.x:g} {'hour' if u.x == 1 else 'hours'}. "
            f"z = x·w + b = {u.x:g}·{number(u.w_before)} + "
            f"{number(u.b_before)} = {number(u.z)}, and p = σ(z) = {number(u.p)}: the model's "
            "chance that they pass (the diamond), from w and b before this row's step: the "
            "curve drawn has already taken it.",
            "fitPlot",
        ),
        (
            "2. How wrong was it?",
            f"The label is y = {u.y:g}. error = p − y = {number(u.error)}; this row's loss is "
            f"error² = {number(u.loss)}; it adds to the epoch's total, a point on the loss "
            "plot once the epoch ends.",
            "lossPlot",
        ),
        (
            "3. A small step against the error",
            f"w ← w − lr·{_nudge(u)}·x = {number(u.w_before)} − "
            f"{lr:g}·{number(u.grad)}·{u.x:g} = {number(u.w_after)}; b ← b − lr·"
            f"{_nudge(u)} = {number(u.b_after)}. The arrow on the "
            "landscape is this step.",
            "landscapePlot",
        ),
    ]


def reading_notes(u: RowUpdate, lr: float) -> list[str]:
    """The update lines read on one row: what the error's sign, x and the bias say."""
    if u.error > 0:
        sign = (f"error = {number(u.error)} is positive: the model said {number(u.p)}, more "
                f"than the label {u.y:g}. It overshot, so w and b go down.")  # fmt: skip
    elif u.error < 0:
        sign = (f"error = {number(u.error)} is negative: the model said {number(u.p)}, less "
                f"than the label {u.y:g}. It fell short, so w and b go up.")  # fmt: skip
    else:
        sign = "error = 0: the prediction was exact, so nothing moves."
    dw, db = u.w_after - u.w_before, u.b_after - u.b_before
    return [
        sign,
        f"x = {u.x:g} scales the push on w: w moved by {number(dw)}, {u.x:g} times b's move. "
        "A student who studied longer pushes w harder.",
        f"b moved by {number(db)} = −lr·{_nudge(u)} = −{lr:g}·"
        f"{number(u.grad)}: the error alone, as if x were 1.",
    ]
