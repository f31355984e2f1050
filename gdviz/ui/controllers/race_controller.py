"""A race: several optimisers trained at the same time, from one start, on one data set.

:class:`RaceWorker` trains every racer on its own thread, in lock-step (each
tick moves every racer on by the same number of epochs) and reports them as
one coalesced :class:`RaceBatch` per tick. :class:`RaceController` owns the
racers' histories and the race's state; Pause, Step and Reset act on all of
them. A racer carries what the plots draw of a kept run (colour, curves, w
and b), so the fit plot, the landscape and the loss plot draw racers as they
draw kept runs, only live.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
from PySide6.QtCore import QObject, Signal

from gdviz.core.figures.decimate import PeakEnvelope
from gdviz.core.figures.palette import RACERS
from gdviz.core.figures.runs import Traced, thinned_path
from gdviz.core.io.session import Session
from gdviz.core.run.settings import RunSettings
from gdviz.core.run.state import RunState
from gdviz.core.teach.words import short_name
from gdviz.core.train.data import DataSet
from gdviz.core.train.history import History
from gdviz.core.train.network import Network
from gdviz.core.train.optimizers import OptimizerState
from gdviz.core.train.trainer import Divergence
from gdviz.ui.threads.jobs import BackgroundThread
from gdviz.ui.threads.race_worker import RaceBatch, RaceStop, RaceWorker

RACE_PATH_POINTS = 500  # drawn points of each racer's path (six are drawn)
COLOURS = dict(RACERS)


@dataclass(eq=False)
class Racer(Traced):
    """One optimiser in the race: its settings, history and what the plots draw of it."""

    settings: RunSettings
    colour: str
    history: History
    params: tuple[float, ...]  # the parameters now
    start: tuple[float, ...]  # where the racer started
    network: Network  # the model it trains
    opt_state: OptimizerState | None = None
    divergence: Divergence | None = None
    reached: int | None = None  # the first epoch whose loss was at most the threshold
    # What the plots draw (refreshed by RaceController.refresh)
    loss_x: np.ndarray = field(default_factory=lambda: np.empty(0))
    loss_y: np.ndarray = field(default_factory=lambda: np.empty(0))
    path: np.ndarray = field(default_factory=lambda: np.empty((2, 0)))  # start on, thinned
    envelope: PeakEnvelope = field(default_factory=lambda: PeakEnvelope(1024))

    @property
    def label(self) -> str:
        return short_name(self.settings)

    @property
    def epoch(self) -> int:
        return len(self.history)

    @property
    def loss(self) -> float | None:
        return float(self.history.loss[-1]) if len(self.history) else None

    def session(self, data: DataSet) -> Session:
        return Session(
            data,
            self.settings,
            self.history.copy(),
            self.params,
            divergence=self.divergence,
            opt_state=self.opt_state,
        )


class RaceController(QObject):
    """Owns the race: its racers, their histories, its state; commands act on all racers."""

    changed = Signal()  # epochs arrived (draw at the next frame)
    state_changed = Signal(object)  # RunState
    started = Signal()  # new racers (or none: the race ended)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.racers: list[Racer] = []
        self.data: DataSet | None = None
        self.threshold = 0.05
        self.state = RunState.IDLE
        self._speed = math.inf
        self._thread: BackgroundThread[RaceWorker] = BackgroundThread(
            RaceWorker(), "gdviz-race", self
        )
        self._thread.progressed.connect(self._on_batch)
        self._thread.done.connect(self._on_stop)
        self._thread.failed.connect(lambda _details: self._set_state(RunState.PAUSED))

    def start_threads(self) -> None:
        self._thread.start()

    def shut_down(self) -> None:
        self._thread.shut_down()

    @property
    def active(self) -> bool:
        """True while racers are on the plots (from start to end)."""
        return bool(self.racers)

    # -- commands ------------------------------------------------------------------------
    def start(self, data: DataSet, settings: list[RunSettings], threshold: float) -> None:
        """New racers from one start on ``data`` (paused until ``play``)."""
        self.data = data
        self.threshold = threshold
        self.racers = []  # each new racer's colour is chosen against the ones before it
        for s in settings:
            self.racers.append(self._racer(s, data))
        self._thread.submit(
            self._thread.worker.configure, data, tuple(settings), (None,) * len(settings)
        )
        self._thread.tell(self._thread.worker.set_speed, self._speed)
        self._set_state(RunState.IDLE)
        self.started.emit()

    def resume(self, data: DataSet, sessions: list[Session], threshold: float) -> None:
        """Racers that continue saved runs exactly."""
        self.data = data
        self.threshold = threshold
        self.racers = []
        for s in sessions:
            racer = self._racer(s.settings, data)
            racer.history = s.history.copy()  # the run may show the same session
            racer.params = s.params
            racer.opt_state = s.opt_state
            racer.divergence = s.divergence
            racer.reached = _first_at_most(s.history.loss, threshold)
            self.racers.append(racer)
        settings = tuple(s.settings for s in sessions)
        self._thread.submit(self._thread.worker.configure, data, settings, tuple(sessions))
        self._thread.tell(self._thread.worker.set_speed, self._speed)
        over = all(r.divergence is not None or r.epoch >= r.settings.epochs for r in self.racers)
        self._set_state(RunState.FINISHED if over else RunState.PAUSED)
        self.started.emit()
        self.refresh()

    def play(self) -> None:
        if self.active and self.state is not RunState.FINISHED:
            self._thread.mark_busy()
            self._thread.send(self._thread.worker.play)
            self._set_state(RunState.RUNNING)

    def pause(self) -> None:
        if self.state is RunState.RUNNING:
            self._thread.send(self._thread.worker.pause)

    def step(self) -> None:
        if self.active and self.state in (RunState.IDLE, RunState.PAUSED):
            self._thread.send(self._thread.worker.step)
            self._set_state(RunState.PAUSED)

    def reset(self) -> None:
        """The same racers from the start again."""
        if self.data is not None and self.racers:
            self.start(self.data, [r.settings for r in self.racers], self.threshold)

    def end(self) -> None:
        """Stop and take the racers off the plots."""
        self._thread.replace(self._thread.worker.clear)
        self.racers = []
        self._set_state(RunState.IDLE)
        self.started.emit()

    def set_speed(self, epochs_per_second: float) -> None:
        self._speed = epochs_per_second
        self._thread.tell(self._thread.worker.set_speed, epochs_per_second)

    def set_threshold(self, threshold: float) -> None:
        self.threshold = threshold
        for r in self.racers:
            r.reached = _first_at_most(r.history.loss, threshold)
        self.changed.emit()

    def session(self, view: dict) -> Session:
        """The race as one session: the first racer, with the others in ``race``."""
        assert self.data is not None
        first, *others = [r.session(self.data) for r in self.racers]
        first.view = view
        first.race = others
        first.race_threshold = self.threshold
        return first

    # -- drawing ---------------------------------------------------------------------------
    def refresh(self) -> None:
        """Bring what the plots draw of each racer up to date (call before drawing)."""
        self.refresh_losses()
        self.refresh_paths()

    def refresh_losses(self) -> None:
        """The loss curves (cheap: the envelopes catch up with the new epochs only)."""
        for r in self.racers:
            r.envelope.update(r.history.loss)
            r.loss_x, r.loss_y = r.envelope.xy()

    def refresh_paths(self) -> None:
        """The paths on the landscape (a few hundred points each)."""
        for r in self.racers:
            r.path = thinned_path(r.start, r.history.params, RACE_PATH_POINTS)

    # -- from the worker ---------------------------------------------------------------------
    def _racer(self, settings: RunSettings, data: DataSet) -> Racer:
        colour = COLOURS[settings.optimizer]
        taken = {r.colour for r in self.racers}
        if colour in taken:  # the same optimiser twice (other settings): a darker shade
            colour = _darker(colour)
        network = settings.network(data.inputs)
        start = settings.start_params(network)
        history = History(settings.epochs, size=network.size)
        return Racer(settings, colour, history, start, start, network)

    def _on_batch(self, batch: RaceBatch) -> None:
        if len(batch.blocks) != len(self.racers):
            return  # from racers that were replaced meanwhile
        for r, block, state, divergence in zip(
            self.racers, batch.blocks, batch.states, batch.divergences, strict=True
        ):
            r.opt_state = state
            r.divergence = divergence
            if block is None:
                continue
            r.history.append(block)
            r.params = tuple(block.params[:, -1].tolist())
            if r.reached is None:
                hit = _first_at_most(block.loss, self.threshold)
                if hit is not None:
                    r.reached = block.start + hit
        self.changed.emit()

    def _on_stop(self, stop: RaceStop) -> None:
        self._set_state(RunState.FINISHED if stop.over else RunState.PAUSED)

    def _set_state(self, state: RunState) -> None:
        if state is not self.state:
            self.state = state
            self.state_changed.emit(state)


def _first_at_most(loss: np.ndarray, threshold: float) -> int | None:
    hits = np.flatnonzero(loss <= threshold)
    return int(hits[0]) if hits.size else None


def _darker(colour: str) -> str:
    value = int(colour[1:], 16)
    r, g, b = (value >> 16) & 255, (value >> 8) & 255, value & 255
    return f"#{r * 3 // 5:02x}{g * 3 // 5:02x}{b * 3 // 5:02x}"
