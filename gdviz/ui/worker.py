"""The training worker: a QObject living on its own QThread.

The GUI talks to it only through queued signals (see :class:`TrainingThread`)
and hears back through :attr:`TrainingWorker.epochs_completed` and
:attr:`TrainingWorker.training_stopped`. Results are coalesced: one signal per
tick (at most ~60 a second) carries every epoch since the last, so nothing is
lost and the GUI's event queue never fills up. The numba kernel releases the
GIL, so the GUI thread keeps running while the worker trains.
"""

from __future__ import annotations

import math
import sys
import time
import traceback
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal, Slot

from gdviz.core import kernel
from gdviz.core.data import DataSet
from gdviz.core.history import EpochBlock
from gdviz.core.model import RowUpdate
from gdviz.core.trainer import Divergence, Hyperparameters, Trainer
from gdviz.ui.threads import WorkerThread

TICK_S = 1 / 60  # one coalesced emit per tick
SWITCH_INTERVAL_S = 0.001
CHUNK_S = 0.008  # the GIL is free during a kernel call; fewer hand-overs, more speed


@dataclass(frozen=True)
class RunConfig:
    """What to train: sent to the worker on Reset. ``run_id`` tags its results."""

    run_id: int
    data: DataSet
    hp: Hyperparameters
    # Continue a saved run: epochs done, then w, b after them (None: a fresh run).
    resume: tuple[int, float, float] | None = None
    learning_rate: float | None = None
    divergence: Divergence | None = None


@dataclass(frozen=True)
class EpochBatch:
    """Epochs finished since the last batch, all trained at ``learning_rate``."""

    run_id: int
    block: EpochBlock
    learning_rate: float


@dataclass(frozen=True)
class RowStep:
    """One row's update; ``rows_done`` rows of the current epoch are done (0: it ended)."""

    run_id: int
    update: RowUpdate
    rows_done: int


@dataclass(frozen=True)
class StopReport:
    """Why the worker stopped ticking: ``finished``, ``paused``, ``diverged`` or ``failed``."""

    run_id: int
    reason: str
    epoch: int
    divergence: Divergence | None = None
    error: str = ""


class TrainingWorker(QObject):
    """Runs a :class:`Trainer` in timed ticks; never touches widgets."""

    epochs_completed = Signal(object)  # EpochBatch
    row_stepped = Signal(object)  # RowStep
    training_stopped = Signal(object)  # StopReport

    def __init__(self) -> None:
        super().__init__()
        self._trainer: Trainer | None = None
        self._run_id = -1
        self._running = False
        self._speed = math.inf  # epochs per second
        self._credit = 0.0  # epochs owed at a limited speed
        self._last_tick = 0.0
        self._chunk_rows = 1  # rows per kernel call, tuned to take ~CHUNK_S
        self._timer: QTimer | None = None

    # -- slots (called through queued signals, run in the worker thread) ----------
    @Slot()
    def warm_up(self) -> None:
        kernel.warm_up()

    @Slot(object)
    def configure(self, config: RunConfig) -> None:
        self._running = False
        self._run_id = config.run_id
        self._trainer = Trainer(config.data, config.hp, keep_history=False)
        if config.resume is not None:
            self._trainer.restore(*config.resume, last_loss=None)
        if config.learning_rate is not None:
            self._trainer.learning_rate = config.learning_rate
        self._trainer.diverged = config.divergence

    @Slot(object)
    def set_data(self, data: DataSet) -> None:
        if self._trainer is not None:
            self._trainer.set_data(data)

    @Slot(float)
    def set_learning_rate(self, lr: float) -> None:
        # Applied between ticks, so every EpochBatch has a single learning rate.
        if self._trainer is not None:
            self._trainer.learning_rate = lr

    @Slot(float)
    def set_speed(self, epochs_per_second: float) -> None:
        self._speed = epochs_per_second
        self._credit = 0.0
        if self._timer is not None:
            self._timer.setInterval(0 if math.isinf(self._speed) else round(TICK_S * 1000))

    @Slot()
    def play(self) -> None:
        if self._trainer is None or self._trainer.finished:
            return
        self._running = True
        self._credit = 1.0  # the first epoch shows at once
        self._last_tick = time.perf_counter()
        if self._timer is None:
            self._timer = QTimer(self)
            self._timer.timeout.connect(self._tick)
        self.set_speed(self._speed)
        self._timer.start()

    @Slot()
    def pause(self) -> None:
        if self._running:
            self._halt("paused")

    @Slot()
    def step(self) -> None:
        """One epoch (only while not running)."""
        if self._running or self._trainer is None or self._trainer.finished:
            return
        self._guarded(lambda: self._advance(1, math.inf))

    @Slot()
    def step_row(self) -> None:
        """One row's update (only while not running)."""
        if self._running or self._trainer is None or self._trainer.finished:
            return
        self._guarded(self._step_row)

    def _step_row(self) -> int:
        trainer = self._trainer
        assert trainer is not None
        update, block = trainer.step_row()
        self.row_stepped.emit(RowStep(self._run_id, update, trainer.row))
        if block is not None:
            self.epochs_completed.emit(EpochBatch(self._run_id, block, trainer.learning_rate))
        if trainer.diverged is not None:
            self._halt("diverged")
        elif not trainer.remaining:
            self._halt("finished")
        return 1

    @Slot()
    def shut_down(self) -> None:
        self._running = False
        if self._timer is not None:
            self._timer.stop()

    # -- the loop --------------------------------------------------------------
    def _tick(self) -> None:
        if not self._running or self._trainer is None:
            return
        now = time.perf_counter()
        if math.isinf(self._speed):
            budget = math.inf
        else:
            self._credit += (now - self._last_tick) * self._speed
            budget = math.floor(self._credit)
        self._last_tick = now
        if budget >= 1:
            done = self._guarded(lambda: self._advance(budget, now + TICK_S))
            if not math.isinf(budget):
                self._credit -= done

    def _guarded(self, work) -> int:
        try:
            return work()
        except Exception:  # reported to the GUI, not lost with the thread
            self._halt("failed", traceback.format_exc(limit=4))
            return 0

    def _advance(self, budget: float, deadline: float) -> int:
        """Train up to ``budget`` epochs before ``deadline``; emit them as one batch."""
        trainer = self._trainer
        assert trainer is not None
        blocks: list[EpochBlock] = []
        done = 0
        while done < budget and trainer.remaining and trainer.diverged is None:
            chunk = max(1, self._chunk_rows // len(trainer.data))
            n = int(min(chunk, budget - done, trainer.remaining))
            started = time.perf_counter()
            block = trainer.run(n)
            elapsed = time.perf_counter() - started
            if block is not None:
                blocks.append(block)
                done += len(block)
            if n == chunk:
                self._chunk_rows = _next_chunk(chunk, elapsed) * len(trainer.data)
            if time.perf_counter() >= deadline:
                break
        if blocks:
            self.epochs_completed.emit(
                EpochBatch(self._run_id, _concat(blocks), trainer.learning_rate)
            )
        if trainer.diverged is not None:
            self._halt("diverged")
        elif not trainer.remaining:
            self._halt("finished")
        return done

    def _halt(self, reason: str, error: str = "") -> None:
        self._running = False
        if self._timer is not None:
            self._timer.stop()
        trainer = self._trainer
        epoch = trainer.epoch if trainer is not None else 0
        divergence = trainer.diverged if trainer is not None else None
        self.training_stopped.emit(StopReport(self._run_id, reason, epoch, divergence, error))


def _next_chunk(chunk: int, elapsed: float) -> int:
    if elapsed < CHUNK_S / 2:
        return min(chunk * 2, 1 << 22)
    if elapsed > CHUNK_S * 2:
        return max(1, chunk // 2)
    return chunk


def _concat(blocks: list[EpochBlock]) -> EpochBlock:
    if len(blocks) == 1:
        return blocks[0]
    return EpochBlock(
        blocks[0].start,
        np.concatenate([b.loss for b in blocks]),
        np.concatenate([b.w for b in blocks]),
        np.concatenate([b.b for b in blocks]),
    )


class TrainingThread(WorkerThread):
    """The GUI's handle on the training worker; every call is a queued signal."""

    _configure = Signal(object)
    _set_data = Signal(object)
    _set_learning_rate = Signal(float)
    _set_speed = Signal(float)
    _play = Signal()
    _pause = Signal()
    _step = Signal()
    _step_row = Signal()
    _warm_up = Signal()
    _stop = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(TrainingWorker(), "gdviz-trainer", parent)
        # Between kernel calls the worker needs the GIL for a few microseconds;
        # by default it may wait 5 ms for the GUI thread to hand it over.
        sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL_S))
        w = self.worker
        for signal, slot in (
            (self._configure, w.configure),
            (self._set_data, w.set_data),
            (self._set_learning_rate, w.set_learning_rate),
            (self._set_speed, w.set_speed),
            (self._play, w.play),
            (self._pause, w.pause),
            (self._step, w.step),
            (self._step_row, w.step_row),
            (self._warm_up, w.warm_up),
            (self._stop, w.shut_down),
        ):
            signal.connect(slot)
        self.start()

    def configure(self, config: RunConfig) -> None:
        self._configure.emit(config)

    def set_data(self, data: DataSet) -> None:
        self._set_data.emit(data)

    def set_learning_rate(self, lr: float) -> None:
        self._set_learning_rate.emit(lr)

    def set_speed(self, epochs_per_second: float) -> None:
        self._set_speed.emit(epochs_per_second)

    def play(self) -> None:
        self._play.emit()

    def pause(self) -> None:
        self._pause.emit()

    def step(self) -> None:
        self._step.emit()

    def step_row(self) -> None:
        self._step_row.emit()

    def warm_up(self) -> None:
        self._warm_up.emit()

    def before_quit(self) -> None:
        # Stop the worker's timer in its own thread before its event loop ends.
        self._stop.emit()
