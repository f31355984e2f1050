"""Checking the gradient: for each parameter, the direction the chosen rule moves it
against the central finite difference of the chosen total loss.

With cross-entropy, or with the exact gradient, the two agree to about 1e-7 relative.
With squared error and the lesson's nudge they do not, and that is the lesson: the
nudge ``error · x`` is cross-entropy's gradient; squared error's has the extra factor
``2·p·(1−p)``. :func:`verdict` says so in words.

With a penalty on the weights, the total loss is the rows' losses summed plus ``λ·Σw²``
(or ``λ·Σ|w|``), and the rule's direction is the rows' summed plus ``2λ·w`` (or
``λ·sign(w)``) for each weight: ``n`` times what each full-batch update follows (the
rows' mean plus :func:`gdviz.core.train.penalty.weight_gradient`), on the same scale as
the summed loss.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from gdviz.core.i18n import translate
from gdviz.core.train.model import Gradient, Loss
from gdviz.core.train.network import Network
from gdviz.core.train.network_arrays import rule_gradient, total_loss_array
from gdviz.core.train.penalty import NO_PENALTY, Penalty

STEP = 1e-6  # the finite difference's step, relative to the parameter (at least this)
AGREE = 1e-4  # a relative error below this: the rule is the loss's gradient


@dataclass(frozen=True)
class ParameterCheck:
    """One parameter: the rule's gradient, the finite difference, their relative error."""

    name: str
    rule: float
    numeric: float

    @property
    def relative(self) -> float:
        """``|rule − numeric| / max(|rule|, |numeric|)`` (0 when both are 0)."""
        scale = max(abs(self.rule), abs(self.numeric))
        if scale == 0.0:
            return 0.0
        return abs(self.rule - self.numeric) / scale


def check_gradient(
    net: Network,
    params: tuple[float, ...] | list[float] | np.ndarray,
    X: np.ndarray,
    y: np.ndarray,
    loss: Loss = Loss.SQUARED,
    gradient: Gradient = Gradient.SEED,
    penalty: Penalty = NO_PENALTY,
) -> list[ParameterCheck]:
    """Every parameter's check at ``params`` over the rows ``X``, ``y`` (the sum of the
    rows' losses, as an epoch's loss is, plus ``penalty``'s value: see the module)."""
    theta = np.array(params, dtype=float)
    rule = rule_gradient(net, theta, X, y, loss, gradient)
    weights = net.weights
    for k, is_weight in enumerate(weights):
        if is_weight and penalty.on:  # 2λ·w or λ·sign(w): the update's share with n = 1
            rule[k] += penalty.weight_gradient(float(theta[k]), 1)

    def total(at: np.ndarray) -> float:
        return total_loss_array(net, at, X, y, loss) + penalty.value(at.tolist(), weights)

    checks = []
    for k, name in enumerate(net.names):
        step = STEP * max(1.0, abs(theta[k]))
        up, down = theta.copy(), theta.copy()
        up[k] += step
        down[k] -= step
        numeric = total(up) - total(down)
        checks.append(ParameterCheck(name, float(rule[k]), float(numeric / (up[k] - down[k]))))
    return checks


def largest(checks: list[ParameterCheck]) -> float:
    """The largest relative error (nan if any check is not a number)."""
    values = [c.relative for c in checks]
    return math.nan if any(math.isnan(v) for v in values) else max(values, default=0.0)


def verdict(checks: list[ParameterCheck], loss: Loss, gradient: Gradient) -> str:
    """What the check says, in a learner's words."""
    worst = largest(checks)
    if math.isnan(worst):
        return translate("gradcheck", "The loss is not a finite number here: no gradient to check.")
    if worst < AGREE:
        return translate(
            "gradcheck",
            "The rule follows the gradient of the loss: they agree (relative errors below "
            "{agree}, the size a finite difference's rounding leaves).",
        ).format(agree=f"{AGREE:g}")
    if Loss(loss) is Loss.SQUARED and Gradient(gradient) is Gradient.SEED:
        return translate(
            "gradcheck",
            "The lesson's nudge is not the gradient of squared error, and that is not a bug: "
            "error·x is cross-entropy's gradient; squared error's has the extra factor "
            "2·p·(1−p), which is small where p is near 0 or 1. Choose the exact gradient, or "
            "cross-entropy, and the two agree.",
        )
    return translate(
        "gradcheck",
        "The rule and the finite difference disagree here: the loss may bend too sharply "
        "for the step (ReLU's corner, a saturated unit).",
    )
