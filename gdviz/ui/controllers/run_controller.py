"""The current run as the GUI sees it, and its link to the training thread.

:class:`RunController` owns the run: its data, its settings, its history
(filled from the worker's batches), its state and the parameters now. It
listens to the :class:`~gdviz.ui.models.SettingsModel` and decides, in one
place, what a change of the next run's settings does to the current one:

- on a run that has not begun, every change applies at once (a fresh reset);
- the learning rate is live: it applies from the next epoch;
- epochs move the run's target: raise it after the run finished and Train
  goes on from where it stopped;
- the start (w, b, or a hidden layer's seed) waits for the next run;
- loss, gradient rule, batch size, optimiser and the model start a new run from the
  same start (the run so far is kept for comparison, and a running run keeps running);
- data with another number of inputs starts a new run (the model changes with it).

Views read from it and redraw on its signals; nothing here touches a widget.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal

from gdviz.core.i18n import localise, translate
from gdviz.core.io.session import Session
from gdviz.core.run.settings import NEW_RUN_FIELDS, SETTINGS, Change, RunSettings
from gdviz.core.run.state import RunState, StopReason
from gdviz.core.teach.words import describe, rate
from gdviz.core.train.data import DataSet
from gdviz.core.train.history import History
from gdviz.core.train.network import Network, NeuronParams
from gdviz.core.train.optimizers import OptimizerState
from gdviz.core.train.split import held_out, split, split_problem
from gdviz.core.train.trainer import Divergence
from gdviz.core.train.validation import Stop
from gdviz.ui.models import SettingsModel
from gdviz.ui.threads.training_worker import (
    RISING_EPOCHS,
    EpochBatch,
    RowStep,
    RunConfig,
    StopReport,
    training_thread,
)


class RunController(QObject, NeuronParams):
    """One run at a time: start, pause, step, reset, restore; results arrive as signals."""

    state_changed = Signal(object)  # RunState
    run_started = Signal()  # a new, empty run (Reset) or a restored session
    about_to_reset = Signal()  # the run so far is still intact (keep it now if wanted)
    epochs_added = Signal()  # the history grew
    row_stepped = Signal(object)  # RowStep of a single-row step
    stopped = Signal(object)  # StopReport: finished, paused or diverged
    failed = Signal(str)  # training stopped by an internal error (details)
    data_changed = Signal(object, bool)  # the new DataSet; True if the run goes on with it
    target_changed = Signal(int)  # the run's epochs, moved while it was under way
    loss_rising = Signal(int, int)  # first epoch of a streak of rises, and how many it reached
    said = Signal(str)  # what a change of the next run's settings did to this run, in words

    def __init__(self, data: DataSet, settings: SettingsModel, parent: QObject | None = None):
        super().__init__(parent)
        self._model = settings
        self._next = settings.value  # the next run's settings, as last heard
        self.data = data
        self.settings = settings.value  # the run's own (the model holds the next run's)
        self.history = History()
        self.lr_changes: list[tuple[int, float]] = [(0, self.settings.learning_rate)]
        self._next_lr = self.settings.learning_rate  # what the next epoch (or row) uses
        self.divergence: Divergence | None = None
        self.early: Stop | None = None  # where early stopping ended the run
        self.best_params: tuple[float, ...] | None = None  # early stopping's best epoch's
        self._fit_cache: tuple | None = None  # (data, fraction, seed), the training rows
        self.start: tuple[float, ...] | None = None  # a session's own start (None: the settings')
        self.params = self.start_params
        self.row = 0  # rows done in the current epoch (single-row stepping)
        self.partial_loss = 0.0  # their loss so far
        self.opt_state = OptimizerState.zero(len(self.params))  # the optimiser's, as last reported
        self.state = RunState.IDLE
        self._touched = False  # a command went to the worker since the last reset
        self._thread = training_thread(self)
        self._thread.progressed.connect(self._on_epochs)
        self._thread.report(self._thread.worker.row_stepped, self._on_row_stepped)
        self._thread.done.connect(self._on_done)
        self._thread.failed.connect(self._on_failed)
        settings.changed.connect(self._on_settings_changed)

    def start_threads(self) -> None:
        """Start the training thread and configure the first run."""
        self._thread.start()
        self.reset()

    # -- reading ---------------------------------------------------------------------------
    @property
    def fresh(self) -> bool:
        """True before the first epoch or row of the run."""
        # The GUI hears of a step only later, so "sent anything" counts too.
        return self.state is RunState.IDLE and not self._touched and not len(self.history)

    @property
    def network(self) -> Network:
        """The model this run trains."""
        return self.settings.network(self.data.inputs)

    @property
    def start_params(self) -> tuple[float, ...]:
        """Where this run started."""
        return self.start or self.settings.start_params(self.network)

    def split_problem(self, settings: RunSettings) -> str | None:
        """Why ``settings``' hold-out cannot split this run's data (None: it can)."""
        if settings.validation is None:
            return None
        return split_problem(len(self.data), settings.validation)

    @property
    def held_out(self) -> np.ndarray | None:
        """For each row of the data, True if it is held out (None: none are)."""
        s = self.settings
        if s.validation is None or self.split_problem(s):
            return None
        return held_out(len(self.data), s.validation, s.split_seed)

    @property
    def fit_data(self) -> DataSet:
        """The rows the run trains on: every row, or those not held out (the same object
        while data and split stay, so grids computed from it are reused)."""
        s = self.settings
        if s.validation is None or self.split_problem(s):
            return self.data
        key = (self.data, s.validation, s.split_seed)
        cached = self._fit_cache
        if cached is None or cached[0][0] is not self.data or cached[0][1:] != key[1:]:
            self._fit_cache = cached = (key, split(self.data, s.validation, s.split_seed).train)
        return cached[1]

    @property
    def fit_rows(self) -> int | None:
        """How many rows the run trains on when some are held out (None: none are)."""
        mask = self.held_out
        return None if mask is None else len(mask) - int(np.count_nonzero(mask))

    @property
    def learning_rate(self) -> float:
        """The rate the next epoch (or row) trains at: set while paused or after the run
        finished, it is already this run's, saved with it and used when it goes on."""
        return self._next_lr

    # -- commands --------------------------------------------------------------------------
    def reset(self, settings: RunSettings | None = None, data: DataSet | None = None) -> None:
        """A new, empty run from the next run's settings (or ``settings``, on ``data``)."""
        self.about_to_reset.emit()
        if data is not None:
            self.data = data
        settings = settings or self._model.value
        if settings.network(self.data.inputs) != self.network:
            self.start = None  # a session's start was for another model
        problem = self.split_problem(settings)
        if problem:  # the data cannot be split so: every row trains, the boxes say so too
            settings = settings.with_(validation=None, patience=None)
            self._next = settings
            self._model.set(settings)
            # After what the data's change says of itself (a later word, not overwritten)
            said = translate("run_controller", "No rows held out: {problem}.").format(
                problem=problem
            )
            QTimer.singleShot(0, lambda: self.said.emit(said))
        self.settings = settings
        size = self.network.size
        # Reuse the arrays when they are big enough: fresh memory costs page faults
        # on the GUI thread as the run fills it (~2 ms per 100k epochs here).
        if self.history.capacity >= settings.epochs and self.history.size == size:
            self.history.clear()
        else:
            self.history = History(settings.epochs, size=size)
        self.lr_changes = [(0, settings.learning_rate)]
        self._next_lr = settings.learning_rate
        self.divergence = None
        self.early = None
        self.best_params = None
        self.params = self.start_params
        self.row, self.partial_loss = 0, 0.0
        self.opt_state = OptimizerState.zero(size)
        self._touched = False
        config = RunConfig(self.data, settings, start=self.start)
        self._thread.replace(self._thread.worker.configure, config)
        self._set_state(RunState.IDLE)
        self.run_started.emit()

    def start_new(
        self, settings: RunSettings, data: DataSet | None = None, train: bool = False
    ) -> None:
        """Make ``settings`` the next run's and start that run now (keeping this one)."""
        self.reset(settings, data)
        self._next = settings  # the run is fresh and already matches: nothing to do or say
        self._model.set(settings)
        if train:
            self.train()

    def train(self) -> None:
        """Resume a paused run, or start a new one (a finished run is kept)."""
        if self.state is RunState.RUNNING:
            return
        if self.state in (RunState.FINISHED, RunState.DIVERGED):
            self.reset()
        self._touched = True
        self._set_state(RunState.RUNNING)
        self._thread.mark_busy()
        self._thread.send(self._thread.worker.play)

    def pause(self) -> None:
        if self.state is RunState.RUNNING:
            self._thread.send(self._thread.worker.pause)

    def toggle(self) -> None:
        """Pause a running run; otherwise train."""
        if self.state is RunState.RUNNING:
            self.pause()
        else:
            self.train()

    def step(self) -> bool:
        """One epoch (the rest of it, if rows were stepped). False if the run is over."""
        return self._single(row=False)

    def step_row(self) -> bool:
        """One row's update. False if the run is over or updates are not per row."""
        return self._single(row=True)

    def _single(self, row: bool) -> bool:
        if self.state is RunState.RUNNING:
            self.pause()
        if self.state in (RunState.FINISHED, RunState.DIVERGED):
            return False
        if row and not self.settings.per_row:
            return False
        self._touched = True
        worker = self._thread.worker
        self._thread.send(worker.step_row if row else worker.step)
        return True

    def set_data(self, data: DataSet) -> bool:
        """Train on ``data`` from now on. Returns True if the run goes on with it
        (from the next epoch), False if it started afresh (it had not begun or was over)."""
        over = self.state in (RunState.FINISHED, RunState.DIVERGED)
        # With rows held out, other rows are other parts: a run goes on with neither.
        held = self.settings.validation is not None
        if self.fresh or over or held or data.inputs != self.data.inputs:
            self.reset(data=data)
            self.data_changed.emit(data, False)
            return False
        self.data = data
        self._thread.send(self._thread.worker.set_data, data)
        self.row, self.partial_loss = 0, 0.0  # a partly done epoch starts again on them
        self.data_changed.emit(data, True)
        return True

    def set_speed(self, epochs_per_second: float) -> None:
        self._thread.tell(self._thread.worker.set_speed, epochs_per_second)

    def warm_up(self) -> None:
        self._thread.tell(self._thread.worker.warm_up)

    def shut_down(self) -> None:
        self._thread.shut_down()

    # -- the next run's settings changed ---------------------------------------------------
    def _on_settings_changed(self, new: RunSettings) -> None:
        """Decide, from each changed setting's declared :class:`Change`, what the change
        does to this run, and say it."""
        before, self._next = self._next, new
        edited = new.differences(before)
        if not edited:
            return
        changes = {SETTINGS[name].change for name in edited}
        if self.fresh:
            if new != self.settings:
                self.reset(new)
            self.said.emit(self._fresh_words(new, changes))
            return
        over = self.state in (RunState.FINISHED, RunState.DIVERGED)
        if Change.NEW_RUN in changes and new.differences(self.settings) & NEW_RUN_FIELDS:
            running = self.state is RunState.RUNNING
            self.reset(new)
            if running:
                self.train()
            more = (
                translate("run_controller", " Train (Space) starts a run with it.")
                if over
                else translate(
                    "run_controller",
                    " A new run started from the same start; the one before is kept in Runs.",
                )
            )
            self.said.emit(self._training_words(new) + more)
            return
        if new.learning_rate != self.learning_rate:
            self._set_learning_rate(new.learning_rate)
            if self.state is not RunState.DIVERGED:
                self.said.emit(self._rate_words(new.learning_rate))
        if Change.TARGET in changes:
            self._set_target(new.epochs)
        if Change.START in changes:
            text = translate(
                "run_controller", "The next run starts at {start}: Reset (R) to start it now."
            )
            self.said.emit(text.format(start=self._start_words(new)))

    def _start_words(self, new: RunSettings) -> str:
        if new.hidden:
            text = translate("run_controller", "the weights drawn with seed {seed}")
            return text.format(seed=new.init_seed)
        if self.data.inputs > 1:
            text = translate("run_controller", "w = {w} (each weight), b = {b}")
            return localise(text.format(w=f"{new.weight:g}", b=f"{new.bias:g}"))
        return localise(f"w = {new.weight:g}, b = {new.bias:g}")

    def _training_words(self, new: RunSettings) -> str:
        text = translate("run_controller", "Training with {settings}.")
        return text.format(settings=localise(describe(new)))

    def _fresh_words(self, new: RunSettings, changes: set[Change]) -> str:
        if Change.NEW_RUN in changes:
            return self._training_words(new)
        if Change.START in changes:
            text = translate(
                "run_controller", "Start set to {start}. Train (Space) goes from there."
            )
            return text.format(start=self._start_words(new))
        if Change.LIVE in changes:
            text = translate("run_controller", "Learning rate {rate}: Train (Space) to watch it.")
            return localise(text.format(rate=rate(new.learning_rate)))
        text = translate("run_controller", "The run will have {n} epochs.")
        return localise(text.format(n=f"{new.epochs:,}"))

    def _rate_words(self, lr: float) -> str:
        if self.state is RunState.RUNNING:
            text = translate("run_controller", "Learning rate now {rate}, from the next epoch on.")
        elif self.state is RunState.FINISHED:
            text = translate(
                "run_controller", "Learning rate now {rate}: raise Epochs and Train to go on at it."
            )
        else:
            text = translate(
                "run_controller", "Learning rate now {rate}: Train (Space) goes on at it."
            )
        return localise(text.format(rate=rate(lr)))

    def _set_learning_rate(self, lr: float) -> None:
        # Also once finished: raising Epochs goes on at this rate, whichever came first.
        if self.state is not RunState.DIVERGED:
            self._next_lr = lr
            self._thread.send(self._thread.worker.set_learning_rate, lr)

    def _set_target(self, epochs: int) -> None:
        if self.state is RunState.DIVERGED:
            return
        done = len(self.history)
        self.settings = self.settings.with_(epochs=max(epochs, done))
        self._thread.send(self._thread.worker.set_epochs, self.settings.epochs)
        if self.early is not None:  # early stopping ended it for good: say so
            text = translate(
                "run_controller",
                "Early stopping ended this run at epoch {n}, so more epochs "
                "do not go on with it: set Early stopping off (or a longer patience) and "
                "Train starts a run that does.",
            )
            self.said.emit(localise(text.format(n=f"{self.early.epoch:,}")))
        elif self.state is RunState.FINISHED and self.settings.epochs > done:
            self._set_state(RunState.PAUSED)  # it can go on: Train continues it
        elif self.state is RunState.PAUSED and self.settings.epochs <= done and not self.row:
            self._set_state(RunState.FINISHED)
        self.target_changed.emit(self.settings.epochs)

    # -- sessions ------------------------------------------------------------------------
    def session(self, view: dict, copy: bool = True) -> Session:
        """The run as it stands (a copy: training may go on while it is saved), with the
        exact learning rate the next epoch uses and the rows done of the epoch under way."""
        history = self.history.copy() if copy else self.history
        return Session(
            self.data,
            self.settings,
            history,
            self.params,
            list(self.lr_changes),
            self.learning_rate,
            self.divergence,
            view,
            self.row,
            self.partial_loss,
            self.opt_state,
            self.start,
            best_params=self.best_params,
        )

    def apply_session(self, session: Session) -> None:
        """Show ``session`` (already validated); Train continues it exactly."""
        if self.state is RunState.RUNNING:
            self._thread.send(self._thread.worker.pause)
        self.about_to_reset.emit()
        self.data = session.data
        self.settings = session.settings
        self.history = session.history
        self.lr_changes = list(session.lr_changes)
        lr = session.next_rate
        self._record_rate(session.epoch, lr)
        self._next_lr = lr
        self.divergence = session.divergence
        self.start = session.start
        self.params = session.params
        self.row, self.partial_loss = session.row, session.partial_loss
        self.opt_state = session.opt_state or OptimizerState.zero(len(session.params))
        self._touched = session.epoch > 0 or session.row > 0
        watch = session.watch
        self.early, self.best_params = watch.stopped, watch.best_params
        config = RunConfig(
            session.data, session.settings, session.position, session.next_rate,
            session.divergence, session.start, watch,
        )  # fmt: skip
        self._thread.replace(self._thread.worker.configure, config)
        if session.divergence is not None:
            state = RunState.DIVERGED
        elif session.epoch >= session.settings.epochs or self.early is not None:
            state = RunState.FINISHED
        else:
            state = RunState.PAUSED if self._touched else RunState.IDLE
        self._set_state(state)
        self.run_started.emit()
        self.data_changed.emit(self.data, False)
        self._next = session.settings.with_(learning_rate=self.learning_rate)
        self._model.set(self._next)  # the session's own: nothing to do or say

    # -- results from the worker ---------------------------------------------------------
    def _on_row_stepped(self, step: RowStep) -> None:
        self.params = tuple(step.update.after)
        self.opt_state = step.opt_state
        self.row = step.rows_done % step.rows
        self.partial_loss = step.partial_loss if self.row else 0.0
        if self.state is RunState.IDLE:
            self._set_state(RunState.PAUSED)
        self.row_stepped.emit(step)

    def _on_epochs(self, batch: EpochBatch) -> None:
        block = batch.block
        self.history.append(block)
        self._record_rate(block.start, batch.learning_rate)
        self.params = tuple(block.params[:, -1].tolist())
        self.opt_state = batch.opt_state
        self.best_params = batch.best_params
        self.row, self.partial_loss = 0, 0.0
        self.epochs_added.emit()
        if batch.rising_from is not None:
            self.loss_rising.emit(batch.rising_from, RISING_EPOCHS)

    def _record_rate(self, epoch: int, lr: float) -> None:
        """Note that epochs from ``epoch`` on train at ``lr`` (one entry an epoch at most)."""
        changes = self.lr_changes
        if changes[-1][1] == lr:
            return
        if changes[-1][0] == epoch:  # not one epoch trained at the rate before: replace it
            changes.pop()
            if changes and changes[-1][1] == lr:
                return
        changes.append((epoch, lr))

    def _on_done(self, report: StopReport) -> None:
        if report.early is not None and report.params is not None:
            self.early = report.early  # the run ended at its best epoch's parameters
            self.params = report.params
        if report.reason is StopReason.FINISHED:
            self._set_state(RunState.FINISHED)
        elif report.reason is StopReason.DIVERGED and report.divergence is not None:
            self.divergence = report.divergence
            self._set_state(RunState.DIVERGED)
        else:
            self._set_state(RunState.PAUSED if self._touched else RunState.IDLE)
        self.stopped.emit(report)

    def _on_failed(self, details: str) -> None:
        self._set_state(RunState.PAUSED if self._touched else RunState.IDLE)
        self.failed.emit(details)

    def _set_state(self, state: RunState) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)
