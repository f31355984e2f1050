"""One row's update written out with its numbers, as a learner would work it by hand."""

from __future__ import annotations

import math

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


def explain(
    update: RowUpdate,
    lr: float,
    loss: Loss,
    gradient: Gradient,
    settings: RunSettings | None = None,
) -> list[str]:
    """Lines: forward pass, error, loss, and Δw, Δb with the formula and its numbers
    (with an optimiser other than sgd: its arithmetic, from ``settings``)."""
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
    if u.steps is not None and settings is not None:
        lines += _optimizer_lines(u, lr, settings)
    elif gradient is Gradient.EXACT and loss is Loss.SQUARED:
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
    g, v0, s0 = factor(s.g), factor(s.first_before), factor(s.second_before)
    step = f"= {num(s.step)}"
    if kind in (Optimizer.MOMENTUM, Optimizer.NESTEROV):
        lines = [f"v_{n} = μ·v_{n} + g_{n} = {num(p.momentum)}·{v0} + {g} = {num(s.first)}"]
        if kind is Optimizer.MOMENTUM:
            return [*lines, f"Δ{n} = −lr·v_{n} = −{num(lr)}·{factor(s.first)} {step}"]
        look = f"−{num(lr)}·({g} + {num(p.momentum)}·{factor(s.first)})"
        return [*lines, f"Δ{n} = −lr·(g_{n} + μ·v_{n}) = {look} {step}"]
    if kind is Optimizer.ADAGRAD:
        return [
            f"s_{n} = s_{n} + g_{n}² = {s0} + {g}² = {num(s.second)}",
            f"Δ{n} = −lr·g_{n}/(√s_{n} + ε) = −{num(lr)}·{g}/{num(s.second**0.5)} {step}",
        ]
    if kind is Optimizer.RMSPROP:
        return [
            f"s_{n} = α·s_{n} + (1−α)·g_{n}² = {num(p.alpha)}·{s0} + {num(1 - p.alpha)}·{g}² "
            f"= {num(s.second)}",
            f"Δ{n} = −lr·g_{n}/(√s_{n} + ε) = −{num(lr)}·{g}/{num(s.second**0.5)} {step}",
        ]
    # Adam
    return [
        f"m_{n} = β₁·m_{n} + (1−β₁)·g_{n} = {num(p.beta1)}·{v0} + {num(1 - p.beta1)}·{g} "
        f"= {num(s.first)}",
        f"v_{n} = β₂·v_{n} + (1−β₂)·g_{n}² = {num(p.beta2)}·{s0} + {num(1 - p.beta2)}·{g}² "
        f"= {num(s.second)}",
        f"m̂_{n} = m_{n}/(1−β₁^{t:g}) = {num(s.mhat)},   v̂_{n} = v_{n}/(1−β₂^{t:g}) = {num(s.vhat)}",
        f"Δ{n} = −lr·m̂_{n}/(√v̂_{n} + ε) = −{num(lr)}·{factor(s.mhat)}/{num(s.vhat**0.5)} {step}",
    ]
