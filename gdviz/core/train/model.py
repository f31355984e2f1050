"""The lesson's model, ``p = sigmoid(w*x + b)``, its losses and its update rules.

Everything here is plain Python floats in a fixed order of operations: this is
the reference that every faster path (the numba kernel, numpy batches) must
reproduce bit for bit.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum


class Loss(StrEnum):
    """Which loss is reported (and, with ``Gradient.EXACT``, followed)."""

    SQUARED = "squared"
    CROSS_ENTROPY = "cross-entropy"


class Gradient(StrEnum):
    """Which nudge the update uses.

    ``SEED`` is the lesson's ``error * x``; ``EXACT`` is the true gradient of the
    chosen loss (for cross-entropy the two coincide).
    """

    SEED = "seed"
    EXACT = "exact"


def sigmoid(z: float) -> float:
    """``1 / (1 + exp(-z))``, returning the limit 0.0 where ``exp`` overflows."""
    return 1.0 / (1.0 + _exp_neg(z))


def cross_entropy(z: float, y: float) -> float:
    """Binary cross-entropy of ``p = sigmoid(z)`` against ``y``, from ``z``.

    Written as ``softplus(z) - y*z`` so it never takes ``log(0)``.
    """
    positive = z if z > 0.0 else 0.0
    return positive - z * y + math.log1p(math.exp(-abs(z)))


def predict(w: float, b: float, x: float) -> float:
    """The model's pass probability for input ``x``."""
    return sigmoid(x * w + b)


@dataclass(frozen=True)
class RowUpdate:
    """Everything one row's update computed, for showing it to a learner."""

    x: float
    y: float
    w_before: float
    b_before: float
    z: float
    p: float
    error: float
    loss: float
    grad: float  # the factor that multiplies ``x`` (for w) and 1 (for b)
    w_after: float
    b_after: float
    # With an optimiser other than sgd: how w and b moved (optimizers.ParamStep), and
    # Adam's update count after this step.
    steps: tuple | None = None
    t: float = 0.0
    # With a penalty on the weights: what it added to w's gradient (penalty.py).
    penalty_grad: float = 0.0

    @property
    def before(self) -> tuple[float, float]:
        """(w, b) before the update, as a model's parameters."""
        return self.w_before, self.b_before

    @property
    def after(self) -> tuple[float, float]:
        """(w, b) after the update, as a model's parameters."""
        return self.w_after, self.b_after

    @property
    def dw(self) -> float:
        return self.w_after - self.w_before

    @property
    def db(self) -> float:
        return self.b_after - self.b_before


def update_row(
    x: float,
    y: float,
    w: float,
    b: float,
    lr: float,
    loss: Loss = Loss.SQUARED,
    gradient: Gradient = Gradient.SEED,
) -> RowUpdate:
    """Apply the lesson's rule to one row, in the lesson's order of operations."""
    loss, gradient = Loss(loss), Gradient(gradient)
    z = x * w + b
    p = 1.0 / (1.0 + _exp_neg(z))
    error = p - y
    if loss is Loss.SQUARED:
        row_loss = error**2
    else:
        row_loss = cross_entropy(z, y)
    if gradient is Gradient.EXACT and loss is Loss.SQUARED:
        grad = error * (2.0 * p * (1.0 - p))
    else:
        grad = error
    w_after = w - lr * grad * x
    b_after = b - lr * grad
    return RowUpdate(x, y, w, b, z, p, error, row_loss, grad, w_after, b_after)


def _exp_neg(z: float) -> float:
    try:
        return math.exp(-z)
    except OverflowError:
        # 1 / (1 + inf) == 0.0: the sigmoid's limit, as the lesson asks.
        return math.inf
