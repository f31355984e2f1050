"""The current run as the GUI sees it, and its link to the training thread.

:class:`RunController` owns the run's history (filled from the worker's
batches), its state (idle, running, paused, finished, diverged) and the
parameters now. Views read from it and redraw on its signals; nothing here
touches a widget.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal, Slot

from gdviz.core.data import DataSet
from gdviz.core.history import History
from gdviz.core.session import Session
from gdviz.core.trainer import Divergence, Hyperparameters
from gdviz.ui.worker import EpochBatch, RowStep, RunConfig, StopReport, TrainingThread

IDLE, RUNNING, PAUSED, FINISHED, DIVERGED = "idle", "running", "paused", "finished", "diverged"


class RunController(QObject):
    """One run at a time: start, pause, step, reset, restore; results arrive as signals."""

    state_changed = Signal(str)
    epochs_added = Signal()  # the history grew
    row_stepped = Signal(object)  # RowUpdate of a single-row step
    stopped = Signal(object)  # StopReport: finished, paused, diverged or failed
    run_started = Signal()  # a new, empty run (Reset) or a restored session
    about_to_reset = Signal(object, object)  # the new run's hp and data; history still intact

    def __init__(self, data: DataSet, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.data = data
        self.hp = Hyperparameters()
        self.history = History()
        self.lr_changes: list[tuple[int, float]] = [(0, self.hp.learning_rate)]
        self.divergence: Divergence | None = None
        self.w, self.b = self.hp.weight, self.hp.bias
        self.row = 0  # rows done in the current epoch (single-row stepping)
        self.state = IDLE
        self._touched = False  # a command went to the worker since the last reset
        self._run_id = 0
        self._thread = TrainingThread(self)
        # Explicitly queued to this (GUI-thread) object's slots: nothing the worker
        # emits may run on the worker thread.
        queued = Qt.ConnectionType.QueuedConnection
        worker = self._thread.worker
        worker.epochs_completed.connect(self._on_epochs_completed, queued)
        worker.row_stepped.connect(self._on_row_stepped, queued)
        worker.training_stopped.connect(self._on_training_stopped, queued)

    # -- commands ----------------------------------------------------------------------
    @property
    def fresh(self) -> bool:
        """True before the first epoch or row of the run."""
        # The GUI hears of a step only later, so "sent anything" counts too.
        return self.state == IDLE and not self._touched and not len(self.history)

    def reset(self, hp: Hyperparameters, data: DataSet | None = None) -> None:
        """A new, empty run from ``hp``'s starting point (on ``data``, if given)."""
        self.about_to_reset.emit(hp, data or self.data)
        if data is not None:
            self.data = data
        self._run_id += 1
        self.hp = hp
        # Reuse the arrays when they are big enough: fresh memory costs page faults
        # on the GUI thread as the run fills it (~2 ms per 100k epochs here).
        if self.history.capacity >= hp.epochs:
            self.history.clear()
        else:
            self.history = History(hp.epochs)
        self.lr_changes = [(0, hp.learning_rate)]
        self.divergence = None
        self.w, self.b = hp.weight, hp.bias
        self.row = 0
        self._touched = False
        self._thread.configure(RunConfig(self._run_id, self.data, hp))
        self._set_state(IDLE)
        self.run_started.emit()

    def train(self, hp: Hyperparameters) -> None:
        """Start (from ``hp`` if the run is fresh or over) or resume."""
        if self.state == RUNNING:
            return
        if self.state in (FINISHED, DIVERGED) or self.fresh:
            self.reset(hp)
        self._touched = True
        self._set_state(RUNNING)
        self._thread.play()

    def pause(self) -> None:
        if self.state == RUNNING:
            self._thread.pause()

    def step(self, hp: Hyperparameters) -> bool:
        """One epoch (the rest of it, if rows were stepped). False if the run is over."""
        return self._single(hp, self._thread.step)

    def step_row(self, hp: Hyperparameters) -> bool:
        """One row's update. False if the run is over."""
        return self._single(hp, self._thread.step_row)

    def _single(self, hp: Hyperparameters, send) -> bool:
        if self.state == RUNNING:
            self.pause()
        if self.state in (FINISHED, DIVERGED):
            return False
        if self.fresh:
            self.reset(hp)
        self._touched = True
        send()
        return True

    def set_data(self, data: DataSet, hp: Hyperparameters) -> bool:
        """Train on ``data`` from now on. Returns True if the run goes on with it
        (from the next epoch), False if it started afresh (it had not begun)."""
        if self.fresh or self.state in (FINISHED, DIVERGED):
            self.reset(hp, data)
            return False
        self.data = data
        self._thread.set_data(data)
        self.row = 0  # a partly done epoch starts again on the new rows
        return True

    def set_learning_rate(self, lr: float) -> None:
        self._thread.set_learning_rate(lr)

    def set_speed(self, epochs_per_second: float) -> None:
        self._thread.set_speed(epochs_per_second)

    def warm_up(self) -> None:
        self._thread.warm_up()

    def shut_down(self) -> None:
        self._thread.shut_down()

    # -- sessions ------------------------------------------------------------------------
    def session(self, learning_rate: float, view: dict) -> Session:
        return Session(
            self.data,
            self.hp,
            self.history,
            self.w,
            self.b,
            list(self.lr_changes),
            learning_rate,
            self.divergence,
            view,
        )

    def apply_session(self, session: Session) -> None:
        if self.state == RUNNING:
            self._thread.pause()
        self._run_id += 1
        self.data = session.data
        self.hp = session.hp
        self.history = session.history
        self.lr_changes = list(session.lr_changes)
        self.divergence = session.divergence
        self.w, self.b = session.w, session.b
        self.row = 0
        self._touched = session.epoch > 0
        self._thread.configure(
            RunConfig(
                self._run_id,
                session.data,
                session.hp,
                (session.epoch, session.w, session.b),
                session.learning_rate,
                session.divergence,
            )
        )
        if session.divergence is not None:
            state = DIVERGED
        elif session.epoch >= session.hp.epochs:
            state = FINISHED
        else:
            state = IDLE if session.epoch == 0 else PAUSED
        self._set_state(state)
        self.run_started.emit()

    # -- results from the worker ---------------------------------------------------------
    @Slot(object)
    def _on_epochs_completed(self, batch: EpochBatch) -> None:
        if batch.run_id != self._run_id:
            return  # from a run that was reset meanwhile
        block = batch.block
        self.history.append(block)
        if batch.learning_rate != self.lr_changes[-1][1]:
            self.lr_changes.append((block.start, batch.learning_rate))
        self.w, self.b = float(block.w[-1]), float(block.b[-1])
        self.row = 0
        self.epochs_added.emit()

    @Slot(object)
    def _on_row_stepped(self, step: RowStep) -> None:
        if step.run_id != self._run_id:
            return
        update = step.update
        self.w, self.b = update.w_after, update.b_after
        self.row = step.rows_done
        if self.state == IDLE:
            self._set_state(PAUSED)
        self.row_stepped.emit(update)

    @Slot(object)
    def _on_training_stopped(self, report: StopReport) -> None:
        if report.run_id != self._run_id:
            return
        if report.reason == "finished":
            self._set_state(FINISHED)
        elif report.reason == "diverged" and report.divergence is not None:
            self.divergence = report.divergence
            self._set_state(DIVERGED)
        else:
            self._set_state(PAUSED)
        self.stopped.emit(report)

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)
