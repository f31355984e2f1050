"""The race's worker: every racer trained on one thread, in lock-step (each tick moves
every racer on by the same number of epochs), reported as one :class:`RaceBatch` a tick."""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

from gdviz.core.io.session import Session
from gdviz.core.run.settings import RunSettings
from gdviz.core.train.data import DataSet
from gdviz.core.train.history import EpochBlock
from gdviz.core.train.optimizers import OptimizerState
from gdviz.core.train.trainer import Divergence, Trainer
from gdviz.ui.threads.training_worker import PacedWorker, concat_blocks


@dataclass(frozen=True)
class RaceBatch:
    """Per racer: the epochs since the last batch (None: none), its optimiser state and
    whether it diverged."""

    blocks: tuple[EpochBlock | None, ...]
    states: tuple[OptimizerState, ...]
    divergences: tuple[Divergence | None, ...]


@dataclass(frozen=True)
class RaceStop:
    """The race stopped ticking: paused, or every racer is done."""

    over: bool


class RaceWorker(PacedWorker):
    """Trains the racers in lock-step ticks; never touches widgets."""

    def __init__(self) -> None:
        super().__init__()
        self._trainers: list[Trainer] = []

    def configure(
        self,
        job_id: int,
        data: DataSet,
        settings: tuple[RunSettings, ...],
        resume: tuple[Session | None, ...],
    ) -> None:
        """New racers (``resume``: per racer, a Session to continue, or None)."""
        self.stop_activity()
        self._job = job_id
        self._trainers = []
        for s, session in zip(settings, resume, strict=True):
            trainer = Trainer(data, s, keep_history=False)
            if session is not None:
                trainer = session.trainer(keep_history=False)
            self._trainers.append(trainer)

    def clear(self, job_id: int) -> None:
        self.stop_activity()
        self._trainers = []

    def play(self, job_id: int) -> None:
        if self._over():
            self.done.emit(job_id, RaceStop(True))
            return
        self._start_ticking(job_id)

    def pause(self, job_id: int) -> None:
        if self._running:
            self.stop_activity()
            self.done.emit(job_id, RaceStop(self._over()))

    def step(self, job_id: int) -> None:
        """One epoch of every racer still going (only while paused)."""
        if not self._running and not self._over():
            self._advance(job_id, 1, math.inf)
            if self._over():
                self.done.emit(job_id, RaceStop(True))

    def _over(self) -> bool:
        return all(t.diverged is not None or not t.remaining for t in self._trainers)

    def _ready(self) -> bool:
        return True

    def _after_tick(self, job_id: int) -> None:
        if self._over() and self._running:
            self.stop_activity()
            self.done.emit(job_id, RaceStop(True))

    def _advance(self, job_id: int, budget: float, deadline: float) -> None:
        """Up to ``budget`` epochs of every racer before ``deadline``, as one batch."""
        trainers = self._trainers
        blocks: list[list[EpochBlock]] = [[] for _ in trainers]
        done = 0
        rows = max(1, len(trainers[0].data)) if trainers else 1
        while done < budget and not self._over():
            if self.stale(job_id):
                return
            chunk = max(1, self._chunk_rows // rows)
            n = int(min(chunk, budget - done))
            started = time.perf_counter()
            for trainer, out in zip(trainers, blocks, strict=True):
                if trainer.diverged is None and trainer.remaining:
                    block = trainer.run(min(n, trainer.remaining))
                    if block is not None:
                        out.append(block)
            elapsed = time.perf_counter() - started
            done += n
            if n == chunk:  # all racers together take about CHUNK_S
                self._tune_chunk(chunk, elapsed, rows)
            if time.perf_counter() >= deadline:
                break
        self._spent(done, budget)
        if any(blocks):
            batch = RaceBatch(
                tuple(concat_blocks(b) if b else None for b in blocks),
                tuple(t.opt_state for t in trainers),
                tuple(t.diverged for t in trainers),
            )
            self.progressed.emit(job_id, batch)
