"""One row's update written out with its numbers, as a learner would work it by hand."""

from __future__ import annotations

import contextlib
import math
from collections.abc import Callable, Sequence

from gdviz.core.run.settings import RunSettings
from gdviz.core.teach.words import MINUS, distinct, significant
from gdviz.core.train.model import Gradient, Loss, RowUpdate
from gdviz.core.train.optimizers import Optimizer, ParamStep


def num(value: float) -> str:
    """3 significant digits and a real minus sign."""
    return significant(value, 3)


def factor(value: float) -> str:
    text = num(value)
    return f"({text})" if value < 0 else text


MOST_DIGITS = 15  # the most significant digits an operand of a worked line gets


def _plain(value: float, digits: int) -> float:
    return float(f"{value:.{digits}g}")


def agreeing(
    operands: Sequence[float], result: float, combine: Callable[..., float], digits: int = 3
) -> tuple[list[str], str]:
    """``result`` to ``digits`` significant digits, and ``operands`` with the fewest
    digits (at least ``digits``) at which the arithmetic shown adds up: ``combine`` of the
    operands as written, to ``digits`` digits, is the result as written.
    ``0.4 · 1 + (−0.1) = 0.299`` becomes ``0.3997 · 1 + (−0.1003) = 0.299``."""
    if not all(math.isfinite(v) for v in (*operands, result)):
        return [significant(v, digits) for v in operands], significant(result, digits)
    for d in range(digits, MOST_DIGITS + 1):
        shown = [_plain(v, d) for v in operands]
        with contextlib.suppress(ArithmeticError, ValueError):
            if _plain(combine(*shown), digits) == _plain(result, digits):
                return [significant(v, d) for v in operands], significant(result, digits)
    # Not even at MOST_DIGITS (a step found as after − before, with a guard like ε in
    # it): the numbers at ``digits``, and the result said to be rounded.
    return [significant(v, digits) for v in operands], "≈ " + significant(result, digits)


def worked(
    template: str, operands: Sequence[float], result: float, combine: Callable[..., float]
) -> str:
    """``template`` with each ``{}`` filled by an operand, then ``= result``; negative
    operands in brackets, every number with the digits it takes to add up."""
    texts, total = agreeing(operands, result, combine)
    filled = [f"({t})" if v < 0 else t for t, v in zip(texts, operands, strict=True)]
    equals = " " if total.startswith("≈") else " = "
    return template.format(*filled) + equals + total


def explain(
    update: RowUpdate,
    lr: float,
    loss: Loss,
    gradient: Gradient,
    settings: RunSettings | None = None,
) -> list[str]:
    """Lines: forward pass, error, loss, and Δw, Δb with the formula and its numbers
    (with an optimiser other than sgd: its arithmetic, from ``settings``). Each line's
    numbers add up at the precision shown."""
    u = update
    lines = [
        worked("z = w·x + b = {} · {} + {}", (u.w_before, u.x, u.b_before), u.z,
               lambda w, x, b: x * w + b),
        f"p = σ(z) = {num(u.p)}",
        worked(f"error = p {MINUS} y = {{}} {MINUS} {{}}", (u.p, u.y), u.error,
               lambda p, y: p - y),
    ]  # fmt: skip
    if loss is Loss.SQUARED:
        lines.append(worked("loss = error² = {}²", (u.error,), u.loss, lambda e: e * e))
    else:
        lines.append(f"loss = {MINUS}[y·ln p + (1{MINUS}y)·ln(1{MINUS}p)] = {num(u.loss)}")
    dw = -(lr * u.grad * u.x)
    db = -(lr * u.grad)
    if u.steps is not None and settings is not None:
        lines += _optimizer_lines(u, lr, settings)
    elif gradient is Gradient.EXACT and loss is Loss.SQUARED:
        slope = 2.0 * u.p * (1.0 - u.p)
        lines.append(
            worked(
                f"Δw = {MINUS}lr · 2·p·(1{MINUS}p) · error · x = {MINUS}{{}} · {{}} · {{}} · {{}}",
                (lr, slope, u.error, u.x),
                dw,
                lambda r, s, e, x: -(r * (e * s) * x),
            )
        )
        lines.append(
            worked(
                f"Δb = {MINUS}lr · 2·p·(1{MINUS}p) · error = {MINUS}{{}} · {{}} · {{}}",
                (lr, slope, u.error),
                db,
                lambda r, s, e: -(r * (e * s)),
            )
        )
    else:
        lines.append(
            worked(f"Δw = {MINUS}lr · error · x = {MINUS}{{}} · {{}} · {{}}", (lr, u.error, u.x),
                   dw, lambda r, e, x: -(r * e * x))
        )  # fmt: skip
        lines.append(
            worked(f"Δb = {MINUS}lr · error = {MINUS}{{}} · {{}}", (lr, u.error), db,
                   lambda r, e: -(r * e))
        )  # fmt: skip
    w0, w1 = distinct(u.w_before, u.w_after)
    b0, b1 = distinct(u.b_before, u.b_after)
    lines.append(f"w: {w0} → {w1},   b: {b0} → {b1}")
    if not all(math.isfinite(v) for v in (u.w_after, u.b_after)):
        lines.append("The step left the finite numbers: the run has diverged.")
    return lines


def _optimizer_lines(u: RowUpdate, lr: float, settings: RunSettings) -> list[str]:
    """The optimiser's step for w and for b, each formula with its numbers."""
    kind, p = settings.optimizer, settings.hyper
    assert u.steps is not None
    slope = "2·p·(1−p)·error" if u.grad != u.error else "error"
    lines = [f"g_w = {slope} · x = {num(u.steps[0].g)},   g_b = {slope} = {num(u.steps[1].g)}"]
    if kind is Optimizer.ADAM:
        lines.append(f"t = {u.t:g} (updates so far)")
    for name, s in zip(("w", "b"), u.steps, strict=True):
        lines += _parameter_lines(kind, p, name, s, lr, u.t)
    return [line.replace("−", MINUS) for line in lines]


def _parameter_lines(kind, p, n: str, s: ParamStep, lr: float, t: float) -> list[str]:
    """One parameter's step by the optimiser; every line adds up at the digits shown
    (ε is left out of the numbers: it only guards against dividing by zero)."""
    g, v0, s0 = s.g, s.first_before, s.second_before
    if kind in (Optimizer.MOMENTUM, Optimizer.NESTEROV):
        mu = p.momentum
        lines = [
            worked(f"v_{n} = μ·v_{n} + g_{n} = {{}}·{{}} + {{}}", (mu, v0, g), s.first,
                   lambda a, v, gg: a * v + gg)
        ]  # fmt: skip
        if kind is Optimizer.MOMENTUM:
            return [*lines, worked(f"Δ{n} = −lr·v_{n} = −{{}}·{{}}", (lr, s.first), s.step,
                                   lambda r, v: -(r * v))]  # fmt: skip
        return [
            *lines,
            worked(f"Δ{n} = −lr·(g_{n} + μ·v_{n}) = −{{}}·({{}} + {{}}·{{}})",
                   (lr, g, mu, s.first), s.step, lambda r, gg, a, v: -(r * (gg + a * v))),
        ]  # fmt: skip
    root = s.second**0.5
    divide = worked(f"Δ{n} = −lr·g_{n}/(√s_{n} + ε) = −{{}}·{{}}/{{}}", (lr, g, root), s.step,
                    lambda r, gg, q: -(r * gg / q))  # fmt: skip
    if kind is Optimizer.ADAGRAD:
        return [
            worked(f"s_{n} = s_{n} + g_{n}² = {{}} + {{}}²", (s0, g), s.second,
                   lambda a, gg: a + gg * gg),
            divide,
        ]  # fmt: skip
    if kind is Optimizer.RMSPROP:
        return [
            worked(f"s_{n} = α·s_{n} + (1−α)·g_{n}² = {{}}·{{}} + {{}}·{{}}²",
                   (p.alpha, s0, 1 - p.alpha, g), s.second,
                   lambda a, v, c, gg: a * v + c * gg * gg),
            divide,
        ]  # fmt: skip
    # Adam
    return [
        worked(f"m_{n} = β₁·m_{n} + (1−β₁)·g_{n} = {{}}·{{}} + {{}}·{{}}",
               (p.beta1, v0, 1 - p.beta1, g), s.first, lambda a, m, c, gg: a * m + c * gg),
        worked(f"v_{n} = β₂·v_{n} + (1−β₂)·g_{n}² = {{}}·{{}} + {{}}·{{}}²",
               (p.beta2, s0, 1 - p.beta2, g), s.second,
               lambda a, v, c, gg: a * v + c * gg * gg),
        f"m̂_{n} = m_{n}/(1−β₁^{t:g}) = {num(s.mhat)},   v̂_{n} = v_{n}/(1−β₂^{t:g}) = {num(s.vhat)}",
        worked(f"Δ{n} = −lr·m̂_{n}/(√v̂_{n} + ε) = −{{}}·{{}}/{{}}", (lr, s.mhat, s.vhat**0.5),
               s.step, lambda r, m, q: -(r * m / q)),
    ]  # fmt: skip
