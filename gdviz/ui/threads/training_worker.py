"""The training worker: runs a :class:`~gdviz.core.train.trainer.Trainer` in timed ticks.

It lives on its own thread (see :mod:`gdviz.ui.threads.jobs`); each run is one job,
configured by :meth:`TrainingWorker.configure` and driven by queued commands.
Results are coalesced: one report per tick (at most ~60 a second) carries
every epoch since the last, so nothing is lost and the GUI's event queue
never fills up. The numba kernel releases the GIL, so the GUI thread keeps
running while the worker trains.
"""

from __future__ import annotations

import math
import time
from dataclasses import dataclass

from PySide6.QtCore import QTimer, Signal

from gdviz.core.run.settings import RunSettings
from gdviz.core.run.state import StopReason
from gdviz.core.train import kernel, net_kernel
from gdviz.core.train.data import DataSet
from gdviz.core.train.history import EpochBlock, RiseCounter
from gdviz.core.train.model import RowUpdate
from gdviz.core.train.network import NetRow
from gdviz.core.train.optimizers import OptimizerState
from gdviz.core.train.trainer import Divergence, Position, Trainer
from gdviz.core.train.validation import Stop, Watch
from gdviz.ui.threads.jobs import BackgroundThread, Worker

TICK_S = 1 / 60  # one coalesced report per tick
CHUNK_S = 0.008  # the GIL is free during a kernel call; fewer hand-overs, more speed


@dataclass(frozen=True)
class RunConfig:
    """What to train: the data and settings, and where to continue from (if anywhere)."""

    data: DataSet
    settings: RunSettings
    resume: Position | None = None  # where a saved run goes on from (None: a fresh run)
    learning_rate: float | None = None
    divergence: Divergence | None = None
    start: tuple[float, ...] | None = None  # the run's own start (None: the settings')
    watch: Watch | None = None  # early stopping's memory of the run so far


@dataclass(frozen=True)
class EpochBatch:
    """Epochs finished since the last batch, all trained at ``learning_rate``."""

    block: EpochBlock
    learning_rate: float
    opt_state: OptimizerState = OptimizerState()  # the optimiser's, after the last epoch
    rising_from: int | None = None  # the first epoch of a streak of RISING_EPOCHS rises
    best_params: tuple[float, ...] | None = None  # early stopping's best epoch's, so far


@dataclass(frozen=True)
class RowStep:
    """One row's update, made in epoch ``epoch`` (0-based, as the log counts);
    ``rows_done`` rows of that epoch are done now (all of them: it just ended)."""

    update: RowUpdate | NetRow  # the lesson's neuron's, or another model's
    epoch: int
    rows_done: int
    rows: int
    partial_loss: float  # the loss of the epoch's rows so far (the whole epoch's at its last row)
    opt_state: OptimizerState = OptimizerState()
    learning_rate: float = 0.1  # the rate this row trained at


@dataclass(frozen=True)
class StopReport:
    """Why the worker stopped ticking, after ``epoch`` whole epochs."""

    reason: StopReason
    epoch: int
    divergence: Divergence | None = None
    early: Stop | None = None  # early stopping ended the run there
    params: tuple[float, ...] | None = None  # the run's parameters now (the best epoch's)


class PacedWorker(Worker):
    """Trains in timed ticks (the training worker and a race's): each tick trains the
    epochs the speed allows (at max speed, as many as fit in a tick) through
    :meth:`_advance`, in kernel calls of about CHUNK_S each."""

    def __init__(self) -> None:
        super().__init__()
        self._job = 0
        self._running = False
        self._speed = math.inf  # epochs per second
        self._credit = 0.0  # epochs owed at a limited speed
        self._last_tick = 0.0
        self._chunk_rows = 1  # rows per kernel call, tuned to take ~CHUNK_S
        self._timer: QTimer | None = None

    def set_speed(self, job_id: int, epochs_per_second: float) -> None:
        self._speed = epochs_per_second
        self._credit = 0.0
        if self._timer is not None:
            self._timer.setInterval(0 if math.isinf(self._speed) else round(TICK_S * 1000))

    def _start_ticking(self, job_id: int) -> None:
        self._running = True
        self._credit = 1.0  # the first epoch shows at once
        self._last_tick = time.perf_counter()
        if self._timer is None:
            self._timer = QTimer(self)
            self._timer.timeout.connect(self._tick)
        self.set_speed(job_id, self._speed)
        self._timer.start()

    def stop_activity(self) -> None:
        self._running = False
        if self._timer is not None:
            self._timer.stop()

    def _ready(self) -> bool:
        """True when there is something to train."""
        raise NotImplementedError

    def _advance(self, job_id: int, budget: float, deadline: float) -> None:
        """Train up to ``budget`` epochs before ``deadline`` and report them (then call
        :meth:`_spent`)."""
        raise NotImplementedError

    def _tick(self) -> None:
        job_id = self._job
        if not self._running or not self._ready() or self.stale(job_id):
            self.stop_activity()
            return
        now = time.perf_counter()
        if math.isinf(self._speed):
            budget = math.inf
        else:
            self._credit += (now - self._last_tick) * self._speed
            budget = math.floor(self._credit)
        self._last_tick = now
        if budget >= 1:
            self.guarded(job_id, self._advance, budget, now + TICK_S)
        self._after_tick(job_id)

    def _after_tick(self, job_id: int) -> None:
        """What a subclass checks after each tick (nothing here)."""

    def _tune_chunk(self, chunk: int, elapsed: float, rows: int) -> None:
        """After a kernel call of ``chunk`` epochs of ``rows`` rows that took ``elapsed``."""
        self._chunk_rows = _next_chunk(chunk, elapsed) * rows

    def _spent(self, done: int, budget: float) -> None:
        if not math.isinf(budget):
            self._credit -= done


RISING_EPOCHS = 20  # this many rises of the loss in a row earn a hint


class TrainingWorker(PacedWorker):
    """Trains the current job's run in ticks; never touches widgets.

    ``progressed`` carries :class:`EpochBatch` values, ``row_stepped`` :class:`RowStep`,
    ``done`` a :class:`StopReport` whenever ticking stops.
    """

    row_stepped = Signal(int, object)  # job id, RowStep

    def __init__(self) -> None:
        super().__init__()
        self._trainer: Trainer | None = None
        # Counted here, off the GUI thread: a few passes over ~100,000 losses a batch.
        self._rises = RiseCounter(RISING_EPOCHS)

    # -- commands (run in the worker's thread) -------------------------------------------
    def warm_up(self, job_id: int) -> None:
        kernel.warm_up()
        net_kernel.warm_up()

    def configure(self, job_id: int, config: RunConfig) -> None:
        self.stop_activity()
        self._job = job_id
        trainer = Trainer(config.data, config.settings, keep_history=False, start=config.start)
        if config.resume is not None:
            trainer.restore(config.resume, watch=config.watch)
        if config.learning_rate is not None:
            trainer.learning_rate = config.learning_rate
        trainer.diverged = config.divergence
        self._trainer = trainer
        self._rises.reset()

    def set_data(self, job_id: int, data: DataSet) -> None:
        if self._trainer is not None:
            self._trainer.set_data(data)

    def set_learning_rate(self, job_id: int, lr: float) -> None:
        # Applied between ticks, so every EpochBatch has a single learning rate.
        if self._trainer is not None:
            self._trainer.learning_rate = lr

    def set_epochs(self, job_id: int, epochs: int) -> None:
        if self._trainer is not None:
            self._trainer.set_epochs(epochs)

    def play(self, job_id: int) -> None:
        trainer = self._trainer
        if trainer is None or trainer.finished:
            self._report_stop(job_id)
            return
        self._start_ticking(job_id)

    def pause(self, job_id: int) -> None:
        if self._running:
            self._halt(job_id, StopReason.PAUSED)

    def step(self, job_id: int) -> None:
        """One epoch (the rest of it, after single rows), only while not running."""
        if not self._running and self._trainer is not None and not self._trainer.finished:
            self._advance(job_id, 1, math.inf)

    def step_row(self, job_id: int) -> None:
        """One row's update, only while not running."""
        trainer = self._trainer
        if self._running or trainer is None or trainer.finished:
            return
        epoch, lr = trainer.epoch, trainer.learning_rate
        update, block = trainer.step_row()
        rows = len(trainer.fit_data)  # the rows trained on (not those held out)
        rows_done = trainer.row if block is None else rows
        state = trainer.opt_state
        if block is not None:  # first the epoch it ended, so the row is the last word
            self.progressed.emit(job_id, self._batch(block))
        # The loss of the epoch's rows so far: the whole epoch's when this row ended it.
        partial = trainer.partial_loss if block is None else float(block.loss[-1])
        step = RowStep(update, epoch, rows_done, rows, partial, state, lr)
        self.row_stepped.emit(job_id, step)
        self._stop_if_over(job_id)

    # -- the loop ------------------------------------------------------------------------
    def _ready(self) -> bool:
        return self._trainer is not None

    def _advance(self, job_id: int, budget: float, deadline: float) -> None:
        """Train up to ``budget`` epochs before ``deadline``; report them as one batch."""
        trainer = self._trainer
        assert trainer is not None
        blocks: list[EpochBlock] = []
        done = 0
        while done < budget and trainer.remaining and trainer.diverged is None:
            if self.stale(job_id):
                return
            rows = len(trainer.fit_data)
            chunk = max(1, self._chunk_rows // rows)
            n = int(min(chunk, budget - done, trainer.remaining))
            started = time.perf_counter()
            block = trainer.run(n)
            elapsed = time.perf_counter() - started
            if block is not None:
                blocks.append(block)
                done += len(block)
            if n == chunk:
                self._tune_chunk(chunk, elapsed, rows)
            if time.perf_counter() >= deadline:
                break
        self._spent(done, budget)
        if blocks:
            self.progressed.emit(job_id, self._batch(concat_blocks(blocks)))
        self._stop_if_over(job_id)

    def _batch(self, block: EpochBlock) -> EpochBatch:
        trainer = self._trainer
        assert trainer is not None
        began = self._rises.feed(block.start, block.loss)
        best = trainer.watch.best_params
        return EpochBatch(block, trainer.learning_rate, trainer.opt_state, began, best)

    def _stop_if_over(self, job_id: int) -> None:
        trainer = self._trainer
        if trainer is not None and (trainer.diverged is not None or not trainer.remaining):
            self._halt(job_id, StopReason.DIVERGED if trainer.diverged else StopReason.FINISHED)

    def _halt(self, job_id: int, reason: StopReason) -> None:
        self.stop_activity()
        self._report_stop(job_id, reason)

    def _report_stop(self, job_id: int, reason: StopReason | None = None) -> None:
        trainer = self._trainer
        if trainer is None:
            self.done.emit(job_id, StopReport(reason or StopReason.PAUSED, 0))
            return
        if reason is None:
            reason = StopReason.DIVERGED if trainer.diverged else StopReason.FINISHED
        self.done.emit(
            job_id,
            StopReport(
                reason, trainer.epoch, trainer.diverged, trainer.stopped, trainer.parameters
            ),
        )


def _next_chunk(chunk: int, elapsed: float) -> int:
    if elapsed < CHUNK_S / 2:
        return min(chunk * 2, 1 << 22)
    if elapsed > CHUNK_S * 2:
        return max(1, chunk // 2)
    return chunk


def concat_blocks(blocks: list[EpochBlock]) -> EpochBlock:
    """Consecutive blocks of epochs as one."""
    return EpochBlock.joined(blocks)


def training_thread(parent=None) -> BackgroundThread[TrainingWorker]:
    """A handle on a new training worker (not started)."""
    return BackgroundThread(TrainingWorker(), "gdviz-trainer", parent)
