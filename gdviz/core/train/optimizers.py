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
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

import numpy as np

from gdviz.core.i18n import QT_TRANSLATE_NOOP


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
# The window's names (translated where shown: ``translate("optimizers", TITLES[kind])``).
TITLES = {
    Optimizer.SGD: QT_TRANSLATE_NOOP("optimizers", "Gradient descent (the lesson's)"),
    Optimizer.MOMENTUM: QT_TRANSLATE_NOOP("optimizers", "Momentum"),
    Optimizer.NESTEROV: QT_TRANSLATE_NOOP("optimizers", "Nesterov momentum"),
    Optimizer.ADAGRAD: "AdaGrad",
    Optimizer.RMSPROP: "RMSProp",
    Optimizer.ADAM: "Adam",
}


@dataclass(frozen=True)
class Hyper:
    """The optimiser's hyperparameters (each optimiser reads the ones it uses)."""

    momentum: float = 0.9
    alpha: float = 0.99
    beta1: float = 0.9
    beta2: float = 0.999
    eps: float = 1e-8

    def as_array(self) -> np.ndarray:
        """In the kernels' order."""
        return np.array([self.momentum, self.alpha, self.beta1, self.beta2, self.eps])


@dataclass(frozen=True)
class OptimizerState:
    """What an optimiser remembers, per parameter (in the model's order: w, then b):
    ``first`` is the velocity (momentum, Nesterov) or Adam's m; ``second`` the sum or
    average of squared gradients (AdaGrad, RMSProp) or Adam's v; ``t`` counts Adam's
    updates. All zero for the lesson's plain step."""

    first: tuple[float, ...] = (0.0, 0.0)
    second: tuple[float, ...] = (0.0, 0.0)
    t: float = 0.0

    @classmethod
    def zero(cls, parameters: int = 2) -> OptimizerState:
        return cls((0.0,) * parameters, (0.0,) * parameters, 0.0)

    @classmethod
    def from_array(cls, values: np.ndarray | list[float]) -> OptimizerState:
        """From the kernels' layout: first of each parameter, second of each, then t."""
        values = [float(v) for v in values]
        n = (len(values) - 1) // 2
        return cls(tuple(values[:n]), tuple(values[n : 2 * n]), values[2 * n])

    def as_array(self) -> np.ndarray:
        """The kernels' layout (a new array, which they update in place)."""
        return np.array([*self.first, *self.second, self.t])

    def as_list(self) -> list[float]:
        return [*self.first, *self.second, self.t]

    @property
    def is_zero(self) -> bool:
        return not any(self.as_list())


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
    p: Hyper,
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
    p: Hyper,
    state: OptimizerState,
    values: Sequence[float],
    grads: Sequence[float],
    lr: float,
) -> tuple[list[ParamStep], OptimizerState]:
    """Update each parameter of ``values`` by its gradient in ``grads`` (w first, then
    b); returns each parameter's step and the optimiser's state after it."""
    t = state.t + 1.0 if kind is Optimizer.ADAM else state.t  # once per update
    steps = [
        update_param(kind, p, value, g, first, second, t, lr)
        for value, g, first, second in zip(values, grads, state.first, state.second, strict=True)
    ]
    return steps, OptimizerState(tuple(s.first for s in steps), tuple(s.second for s in steps), t)
