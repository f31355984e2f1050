"""Optimisers beyond the lesson's plain step: momentum, Nesterov, AdaGrad, RMSProp, Adam.

This is the reference: plain Python floats, each formula evaluated in exactly
the order written below, for w and likewise for b, each with its own state.
The numba kernels (``_numba_kernel.py``) repeat it operation for operation and
the property tests hold them to ``==``.

``gw`` and ``gb`` are the gradient of one update: ``grad * x`` and ``grad`` for
a row, the batch's means in the batch modes. ``sgd`` is the lesson's rule
(``w - lr * grad * x`` for a row), handled by the callers so that it stays bit
for bit what it always was.

::

    momentum:  v = mu * v + g;  p = p - lr * v
    nesterov:  v = mu * v + g;  p = p - lr * (g + mu * v)
    adagrad:   s = s + g * g;   p = p - lr * g / (sqrt(s) + eps)
    rmsprop:   s = alpha * s + (1 - alpha) * g * g;  p = p - lr * g / (sqrt(s) + eps)
    adam:      t = t + 1 (once per update, shared by w and b)
               m = beta1 * m + (1 - beta1) * g;  v = beta2 * v + (1 - beta2) * g * g
               mhat = m / (1 - beta1 ** t);  vhat = v / (1 - beta2 ** t)
               p = p - lr * mhat / (sqrt(vhat) + eps)
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum


class Optimizer(StrEnum):
    SGD = "sgd"
    MOMENTUM = "momentum"
    NESTEROV = "nesterov"
    ADAGRAD = "adagrad"
    RMSPROP = "rmsprop"
    ADAM = "adam"


# The kernels take the optimiser as a number.
CODE = {kind: i for i, kind in enumerate(Optimizer)}
# eps by optimiser when not given (the mainstream deep-learning libraries' defaults).
DEFAULT_EPS = {Optimizer.ADAGRAD: 1e-10, Optimizer.RMSPROP: 1e-8, Optimizer.ADAM: 1e-8}
# Which hyperparameters each optimiser uses (the CLI refuses the others).
USES = {
    Optimizer.SGD: (),
    Optimizer.MOMENTUM: ("momentum",),
    Optimizer.NESTEROV: ("momentum",),
    Optimizer.ADAGRAD: ("eps",),
    Optimizer.RMSPROP: ("alpha", "eps"),
    Optimizer.ADAM: ("beta1", "beta2", "eps"),
}
TITLES = {
    Optimizer.SGD: "Gradient descent (the lesson's)",
    Optimizer.MOMENTUM: "Momentum",
    Optimizer.NESTEROV: "Nesterov momentum",
    Optimizer.ADAGRAD: "AdaGrad",
    Optimizer.RMSPROP: "RMSProp",
    Optimizer.ADAM: "Adam",
}


def short_name(settings) -> str:
    """``adam``, ``momentum 0.5``, ``adam β₁ 0.8``: the optimiser, and what differs from
    its defaults (``settings`` is a RunSettings)."""
    kind = settings.optimizer
    defaults = Params()
    parts = [kind.value]
    symbols = {"momentum": "μ", "alpha": "α", "beta1": "β₁", "beta2": "β₂", "eps": "ε"}
    for name in USES[kind]:
        value = getattr(settings, name)
        default = DEFAULT_EPS.get(kind) if name == "eps" else getattr(defaults, name)
        if value is not None and value != default:
            parts.append(f"{symbols[name]} {value:g}")
    return " ".join(parts)


# State: [first w, first b, second w, second b, t]. "first" is the velocity
# (momentum, nesterov) or Adam's m; "second" the sum or average of squares
# (adagrad, rmsprop) or Adam's v; t counts Adam's updates (as a float).
STATE_SIZE = 5


@dataclass(frozen=True)
class Params:
    """The optimiser's hyperparameters (each optimiser reads the ones it uses)."""

    momentum: float = 0.9
    alpha: float = 0.99
    beta1: float = 0.9
    beta2: float = 0.999
    eps: float = 1e-8

    def as_list(self) -> list[float]:
        """In the kernels' order."""
        return [self.momentum, self.alpha, self.beta1, self.beta2, self.eps]


@dataclass(frozen=True)
class ParamStep:
    """One parameter's update, with everything in between (for explaining it)."""

    before: float
    g: float
    first_before: float
    second_before: float
    first: float  # the velocity, or Adam's m, after the update
    second: float  # the sum / average of squares, or Adam's v, after the update
    mhat: float  # Adam's bias-corrected averages (nan for the others)
    vhat: float
    after: float

    @property
    def step(self) -> float:
        return self.after - self.before


def update_param(
    kind: Optimizer,
    p: Params,
    value: float,
    g: float,
    first: float,
    second: float,
    t: float,
    lr: float,
) -> ParamStep:
    """One parameter's update by ``kind`` (``t``: Adam's count, already advanced)."""
    nan = math.nan
    was = (value, g, first, second)
    if kind is Optimizer.MOMENTUM:
        first = p.momentum * first + g
        return ParamStep(*was, first, second, nan, nan, value - lr * first)
    if kind is Optimizer.NESTEROV:
        first = p.momentum * first + g
        return ParamStep(*was, first, second, nan, nan, value - lr * (g + p.momentum * first))
    if kind is Optimizer.ADAGRAD:
        second = second + g * g
        return ParamStep(
            *was, first, second, nan, nan, value - lr * g / (math.sqrt(second) + p.eps)
        )
    if kind is Optimizer.RMSPROP:
        second = p.alpha * second + (1 - p.alpha) * g * g
        return ParamStep(
            *was, first, second, nan, nan, value - lr * g / (math.sqrt(second) + p.eps)
        )
    if kind is Optimizer.ADAM:
        first = p.beta1 * first + (1 - p.beta1) * g
        second = p.beta2 * second + (1 - p.beta2) * g * g
        mhat = first / (1 - p.beta1**t)
        vhat = second / (1 - p.beta2**t)
        return ParamStep(
            *was, first, second, mhat, vhat, value - lr * mhat / (math.sqrt(vhat) + p.eps)
        )
    raise ValueError(f"{kind} is not updated here")  # sgd: the callers' own rule


def step(
    kind: Optimizer,
    p: Params,
    state: list[float],
    w: float,
    b: float,
    gw: float,
    gb: float,
    lr: float,
) -> tuple[ParamStep, ParamStep]:
    """Update w and b with gradients ``gw``, ``gb``; ``state`` (5 floats) changes in place."""
    t = state[4]
    if kind is Optimizer.ADAM:
        t = t + 1.0
        state[4] = t
    sw = update_param(kind, p, w, gw, state[0], state[2], t, lr)
    sb = update_param(kind, p, b, gb, state[1], state[3], t, lr)
    state[0], state[2] = sw.first, sw.second
    state[1], state[3] = sb.first, sb.second
    return sw, sb
