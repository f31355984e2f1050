"""The settings of a run: everything that decides what training does, except the data."""

from __future__ import annotations

import math
from dataclasses import dataclass, fields, replace

from gdviz.core.train.model import Gradient, Loss
from gdviz.core.train.optimizers import DEFAULT_EPS, Optimizer, Params

EPOCHS_MAX = 10_000_000  # the longest run the window offers (and a session may declare)
SPEED_STEPS = 24  # the window's speed positions are 0..SPEED_STEPS; the top one is "max"


@dataclass(frozen=True)
class RunSettings:
    """Learning rate, epochs, start, loss, gradient rule, batch size and optimiser; defaults
    are the lesson's.

    ``batch_size`` 1 is the lesson's per-row update; k > 1 updates after every k rows by
    their mean gradient; 0 once per epoch (the full batch). ``optimizer`` and its
    hyperparameters: see :mod:`gdviz.core.train.optimizers` (``eps`` None: the optimiser's own).
    """

    learning_rate: float = 0.1
    epochs: int = 1000
    weight: float = 0.1
    bias: float = 0.0
    loss: Loss = Loss.SQUARED
    gradient: Gradient = Gradient.SEED
    batch_size: int = 1
    optimizer: Optimizer = Optimizer.SGD
    momentum: float = 0.9
    alpha: float = 0.99
    beta1: float = 0.9
    beta2: float = 0.999
    eps: float | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "loss", Loss(self.loss))
        object.__setattr__(self, "gradient", Gradient(self.gradient))
        object.__setattr__(self, "optimizer", Optimizer(self.optimizer))
        problem = self.problem()
        if problem:
            raise ValueError(problem)

    def problem(self) -> str | None:
        """Why these settings cannot be trained with, or None."""
        lr = self.learning_rate
        if not math.isfinite(lr) or lr <= 0:
            return f"learning rate must be a finite number above 0, got {lr!r}"
        if self.epochs < 0:
            return f"epochs must be 0 or more, got {self.epochs}"
        if self.batch_size < 0:
            return f"batch size must be 0 (full batch) or more, got {self.batch_size}"
        for name, value in (("weight", self.weight), ("bias", self.bias)):
            if not math.isfinite(value):
                return f"starting {name} must be a finite number, got {value!r}"
        for name in ("momentum", "alpha", "beta1", "beta2"):
            value = getattr(self, name)
            if not 0.0 <= value < 1.0:  # also refuses nan
                return f"{name} must be at least 0 and below 1, got {value!r}"
        if self.eps is not None and not (math.isfinite(self.eps) and self.eps > 0):
            return f"eps must be a finite number above 0, got {self.eps!r}"
        return None

    @property
    def params(self) -> Params:
        """The optimiser's hyperparameters, with its own eps unless one was given."""
        eps = self.eps if self.eps is not None else DEFAULT_EPS.get(self.optimizer, 1e-8)
        return Params(self.momentum, self.alpha, self.beta1, self.beta2, eps)

    def with_(self, **changes: object) -> RunSettings:
        """A copy with ``changes`` applied (validated like any new value)."""
        return replace(self, **changes)  # type: ignore[arg-type]

    def differences(self, other: RunSettings) -> set[str]:
        """Names of the fields whose values differ from ``other``'s."""
        return {f.name for f in fields(self) if getattr(self, f.name) != getattr(other, f.name)}

    @property
    def per_row(self) -> bool:
        """True for the lesson's per-row updates (the only mode with single-row steps)."""
        return self.batch_size == 1

    @property
    def start(self) -> tuple[float, float]:
        """The starting (w, b)."""
        return self.weight, self.bias


# Settings whose change starts a new run (the run so far is kept for comparison).
NEW_RUN_FIELDS = frozenset(
    {"loss", "gradient", "batch_size", "optimizer", "momentum", "alpha", "beta1", "beta2", "eps"}
)
