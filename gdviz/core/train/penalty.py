"""The penalty on the weights (regularisation): L2 adds ``λ·Σw²`` to the loss, L1
``λ·Σ|w|``; the biases are never penalised.

Every update, in every batch mode, follows the gradient of the rows' mean loss plus the
penalty spread over the ``n`` training rows: each weight's gradient gets ``(2λ/n)·w``
(L2) or ``(λ/n)·sign(w)`` (L1, with sign(0) = 0), ``w`` being the weight at the start of
the update. The functions here are the reference; the kernels repeat
:func:`weight_gradient` operation for operation (``2.0 * lam / n * w``), and with no
penalty nothing is added at all, so a run without one is the lesson's, bit for bit.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum

from gdviz.core.i18n import translate


class PenaltyKind(IntEnum):
    """The kernels' numbers: 0 none, 1 L2, 2 L1."""

    NONE = 0
    L2 = 1
    L1 = 2


@dataclass(frozen=True)
class Penalty:
    """A penalty on the weights: its kind and strength λ (0 or NONE: off)."""

    kind: PenaltyKind = PenaltyKind.NONE
    lam: float = 0.0

    @property
    def on(self) -> bool:
        return self.kind is not PenaltyKind.NONE and self.lam > 0.0

    @property
    def code(self) -> int:
        """The kernels' number (0 when off)."""
        return int(self.kind) if self.on else 0

    @property
    def name(self) -> str:
        return {PenaltyKind.L2: "L2", PenaltyKind.L1: "L1"}.get(self.kind, "none")

    @property
    def formula(self) -> str:
        """The penalty as the window writes it: ``0.01·Σw²``."""
        if not self.on:
            return translate("penalty", "no penalty")
        return f"{self.lam:g}·Σw²" if self.kind is PenaltyKind.L2 else f"{self.lam:g}·Σ|w|"

    def weight_gradient(self, w: float, n: int) -> float:
        """What the penalty adds to a weight's gradient in one update (``n`` training
        rows)."""
        return weight_gradient(self.code, self.lam, w, n)

    def value(self, params: Sequence[float], weights: Sequence[bool]) -> float:
        """``λ·Σw²`` or ``λ·Σ|w|`` over the weights (summed in the parameters' order)."""
        if not self.on:
            return 0.0
        total = 0.0
        for value, is_weight in zip(params, weights, strict=True):
            if is_weight:
                total += value * value if self.kind is PenaltyKind.L2 else abs(value)
        return self.lam * total


NO_PENALTY = Penalty()


def sign(w: float) -> float:
    """1.0, -1.0, or 0.0 for a zero (and for nan, which never trains anyway)."""
    return 1.0 if w > 0.0 else -1.0 if w < 0.0 else 0.0


def weight_gradient(code: int, lam: float, w: float, n: int) -> float:
    """The penalty's share of a weight's gradient: ``(2λ/n)·w`` for L2 (code 1),
    ``(λ/n)·sign(w)`` for L1 (code 2), 0.0 when off (code 0)."""
    if code == 1:
        return 2.0 * lam / n * w
    if code == 2:
        return lam / n * sign(w)
    return 0.0
