"""Learning-rate sweeps: the same data and start trained at many learning rates."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from gdviz.core.run.settings import RunSettings
from gdviz.core.train.data import DataSet
from gdviz.core.train.trainer import Trainer

CHUNK = 65_536  # epochs between checks for Cancel


@dataclass(frozen=True)
class SweepRequest:
    data: DataSet
    settings: RunSettings  # everything but the learning rate
    rates: tuple[float, ...]
    threshold: float


@dataclass(frozen=True)
class SweepPoint:
    learning_rate: float
    final_loss: float  # nan if it diverged
    epochs_to_threshold: int | None  # first epoch whose loss <= threshold (None: never)
    diverged_at: int | None


def log_rates(low: float, high: float, count: int) -> tuple[float, ...]:
    """``count`` learning rates evenly spaced on a log scale, rounded to 3 digits."""
    return tuple(float(f"{v:.3g}") for v in np.geomspace(low, high, count))


def run_point(
    data: DataSet,
    settings: RunSettings,
    lr: float,
    threshold: float,
    cancelled: Callable[[], bool] = lambda: False,
) -> SweepPoint | None:
    """Train one learning rate to the end (None if cancelled midway)."""
    trainer = Trainer(data, settings.with_(learning_rate=lr), keep_history=False)
    reached = None
    while trainer.remaining and trainer.diverged is None:
        if cancelled():
            return None
        block = trainer.run(min(trainer.remaining, CHUNK))
        if block is not None and reached is None:
            below = np.flatnonzero(block.loss <= threshold)
            if below.size:
                reached = block.start + int(below[0])
    if trainer.diverged is not None:
        return SweepPoint(lr, math.nan, reached, trainer.diverged.epoch)
    final = trainer.last_loss if trainer.last_loss is not None else math.nan
    return SweepPoint(lr, final, reached, None)


def best_point(points: list[SweepPoint | None]) -> SweepPoint | None:
    """The point with the lowest final loss (the smaller rate on a tie)."""
    done = [p for p in points if p is not None and math.isfinite(p.final_loss)]
    return min(done, key=lambda p: (p.final_loss, p.learning_rate)) if done else None
