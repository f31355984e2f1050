"""One row's update written out with its numbers, as a learner would work it by hand."""

from __future__ import annotations

import math

from gdviz.core.model import Gradient, Loss, RowUpdate
from gdviz.ui.text import MINUS, distinct, significant


def num(value: float) -> str:
    """3 significant digits and a real minus sign."""
    return significant(value, 3)


def factor(value: float) -> str:
    text = num(value)
    return f"({text})" if value < 0 else text


def explain(update: RowUpdate, lr: float, loss: Loss, gradient: Gradient) -> list[str]:
    """Lines: forward pass, error, loss, and Δw, Δb with the formula and its numbers."""
    u = update
    lines = [
        f"z = w·x + b = {factor(u.w_before)} · {factor(u.x)} + {factor(u.b_before)} = {num(u.z)}",
        f"p = σ(z) = {num(u.p)}",
        f"error = p {MINUS} y = {num(u.p)} {MINUS} {num(u.y)} = {num(u.error)}",
    ]
    if loss is Loss.SQUARED:
        lines.append(f"loss = error² = {num(u.loss)}")
    else:
        lines.append(f"loss = {MINUS}[y·ln p + (1{MINUS}y)·ln(1{MINUS}p)] = {num(u.loss)}")
    dw = -(lr * u.grad * u.x)
    db = -(lr * u.grad)
    if gradient is Gradient.EXACT and loss is Loss.SQUARED:
        slope = 2.0 * u.p * (1.0 - u.p)
        lines.append(
            f"Δw = {MINUS}lr · 2·p·(1{MINUS}p) · error · x = {MINUS}{num(lr)} · "
            f"{num(slope)} · {factor(u.error)} · {factor(u.x)} = {num(dw)}"
        )
        lines.append(
            f"Δb = {MINUS}lr · 2·p·(1{MINUS}p) · error = {MINUS}{num(lr)} · "
            f"{num(slope)} · {factor(u.error)} = {num(db)}"
        )
    else:
        lines.append(
            f"Δw = {MINUS}lr · error · x = {MINUS}{num(lr)} · {factor(u.error)} · "
            f"{factor(u.x)} = {num(dw)}"
        )
        lines.append(f"Δb = {MINUS}lr · error = {MINUS}{num(lr)} · {factor(u.error)} = {num(db)}")
    w0, w1 = distinct(u.w_before, u.w_after)
    b0, b1 = distinct(u.b_before, u.b_after)
    lines.append(f"w: {w0} → {w1},   b: {b0} → {b1}")
    if not all(math.isfinite(v) for v in (u.w_after, u.b_after)):
        lines.append("The step left the finite numbers: the run has diverged.")
    return lines
