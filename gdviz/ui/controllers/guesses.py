"""Guesses made before a step is seen: where the next epoch lands on the landscape (the
guided lesson's landing game, and Options ▸ Ask me first before Step), and where p = 0.5
ends up (Ask me first before Train). Each is scored against what the run then does, in
the guided lesson's progress.

A guess is only ever judged against the one step (or the one run) it was made for: a
reset, training, a race or another run drops it."""

from __future__ import annotations

import math
from typing import Protocol

from PySide6.QtCore import QObject, Signal, SignalInstance

from gdviz.core.i18n import localise, number, translate
from gdviz.core.run.state import RunState
from gdviz.core.teach import guide
from gdviz.ui.controllers.run_controller import RunController
from gdviz.ui.models import ViewModel
from gdviz.ui.threads.training_worker import StopReason, StopReport
from gdviz.ui.views import guide_pages as pages
from gdviz.ui.views.guide_panel import GuidePanel
from gdviz.ui.views.highlight import Outline
from gdviz.ui.views.landscape_plot import LandscapePlot


def said_points(n: int) -> str:
    """``1 point``, ``3 points``, in the window's language."""
    if n == 1:
        return translate("guesses", "1 point")
    return translate("guesses", "{n} points").format(n=localise(f"{n:,}"))


class Lesson(Protocol):
    """What the guesses need of the guided lesson (its controller)."""

    panel: GuidePanel
    outline: Outline
    progress: guide.Progress

    def landing_shown(self) -> bool: ...
    def point_at_step(self) -> None: ...
    def progress_changed(self) -> None: ...


class Guesses(QObject):
    """The guesses of the guided lesson ``lesson`` (whose progress keeps their score)."""

    step_requested = Signal()  # the Step that waited for its guess
    train_requested = Signal()  # the Train that waited for its guess
    message = Signal(str)

    def __init__(
        self, lesson: Lesson, run: RunController, view: ViewModel, land: LandscapePlot,
        parent: QObject | None = None,
    ) -> None:  # fmt: skip
        super().__init__(parent)
        self._lesson = lesson
        self._run = run
        self._view = view
        self._land = land
        self._guess: tuple[float, float] | None = None  # where the next epoch lands
        self._guessed_from: tuple[float, float] | None = None
        self._guess_epochs = -1  # the run's epochs when the guess was made
        self._asked_step = False  # Ask me first: Step waits for a guess on the map
        self._crossing: float | None = None  # Ask me first: where p = 0.5 ends up
        self._answering = False  # a command carried out after its guess: not asked again
        run.run_started.connect(self._on_run_started)
        run.state_changed.connect(self._on_state_changed)
        run.stopped.connect(self._on_stopped)
        run.epochs_added.connect(self._on_epochs_added)
        land.guess_made.connect(self._on_guess)
        view.ask_first_changed.connect(self._on_ask_first_changed)

    @property
    def pending(self) -> bool:
        """A landing guess waits for its step."""
        return self._guess is not None

    def take(self) -> None:
        """The map takes guesses while the landing step is on view or a Step waits for
        one (Ask me first), and only then."""
        self._land.set_guessing(self._lesson.landing_shown() or self._asked_step)

    # -- Ask me first --------------------------------------------------------------------
    def asks_first(self, command: str) -> bool:
        """Options ▸ Ask me first: True if ``command`` ("step" or "train") waits for the
        learner's guess (it is carried out once they have guessed). Only the lesson's
        neuron is asked: its landscape is (w, b), its p = 0.5 one point."""
        if not self._view.ask_first or self._answering or not self._run.network.is_lesson:
            return False
        if self._run.state is RunState.RUNNING:
            return False
        if command == "step":
            if self._run.state in (RunState.FINISHED, RunState.DIVERGED):
                return False  # no step to guess: the command says the run is over
            if self._guess is not None:
                return False  # guessed already: this is the step it is for
            self._asked_step = True
            self.take()
            self._lesson.outline.point_at(self._land)  # where the guess is awaited
            self._land.setFocus()
            self.message.emit(
                translate(
                    "guesses",
                    "Ask me first: where will (w, b) be after this epoch? Click the landscape, "
                    "or move there with the arrow keys on it and press Enter.",
                )
            )
            return True
        if self._crossing is not None:
            return False  # resuming a run whose end is guessed already
        w, b = self._run.w, self._run.b
        guess = pages.ask_crossing(self._lesson.panel.window(), -b / w if w else None)
        if guess is None:
            self.message.emit(
                translate("guesses", "Ask me first: no guess, no training. Train again to guess.")
            )
            return True
        self._crossing = guess
        self._carry_out(self.train_requested)
        return True

    def _on_ask_first_changed(self, on: bool) -> None:
        if not on:  # a Step waiting for its guess waits no more; a click chooses a start again
            waiting = self._asked_step
            self.drop()
            self._crossing = None
            if waiting:
                self.message.emit(translate("guesses", "Ask me first is off: Step steps at once."))

    def _carry_out(self, command: SignalInstance) -> None:
        self._answering = True
        try:
            command.emit()
        finally:
            self._answering = False

    def _on_stopped(self, report: StopReport) -> None:
        guess = self._crossing
        if guess is None or report.reason is StopReason.PAUSED:
            return
        self._crossing = None
        points, at = guide.crossing_points(guess, self._run.w, self._run.b)
        if report.reason is StopReason.DIVERGED or at is None:
            said = translate(
                "guesses", "There is no 50% point now: the run has no slope left to say it."
            )
        else:
            said = translate(
                "guesses", "The model says 50% at x = {at}; you said {guess} ({off} off): {points}."
            ).format(at=number(at, ".2f"), guess=number(guess, ".2f"),
                     off=number(abs(guess - at), ".2f"), points=said_points(points))  # fmt: skip
        self._score(points)
        self.message.emit(translate("guesses", "Ask me first: {said}").format(said=said))

    # -- where will the step land ----------------------------------------------------------
    def _on_run_started(self) -> None:
        if not self._answering:  # Train on a finished run starts a new one: its guess stays
            self.drop()
            self._crossing = None

    def _on_state_changed(self, state: RunState) -> None:
        if state is RunState.RUNNING:
            self.drop()  # a guess is for one step, not a whole training

    def drop(self) -> None:
        """Forget a guess not yet answered (and a Step waiting for one): the run it was
        for has moved on, or a race started or ended."""
        if self._guess is not None:
            self._lesson.panel.landing.status.setText(
                translate(
                    "guesses", "The run moved on before the step: click again for a new guess."
                )
            )
        waiting, self._asked_step = self._asked_step, False
        self._guess = self._guessed_from = None
        self._guess_epochs = -1
        self._land.show_guess(None)
        self.take()
        if waiting:  # the outline on the map leaves with the wait
            self._lesson.point_at_step()

    def _on_guess(self, w: float, b: float) -> None:
        status = self._lesson.panel.landing.status
        if not (math.isfinite(w) and math.isfinite(b)):
            self.message.emit(
                translate("guesses", "A guess is a place on the map: that one is not.")
            )
            return
        if self._run.state in (RunState.FINISHED, RunState.DIVERGED):
            said = translate(
                "guesses", "The run has finished: Reset (R) starts a new one; then guess its step."
            )
            status.setText(said)
            self.message.emit(said)
            self._land.show_guess(None)
            return
        if self._run.state is RunState.RUNNING:
            self.message.emit(
                translate("guesses", "Pause first: a guess is for the next single step.")
            )
            self._land.show_guess(None)
            return
        self._guess = (w, b)
        self._guess_epochs = len(self._run.history)
        self._land.show_guess(w, b)
        self._guessed_from = (self._run.w, self._run.b)
        said = translate(
            "guesses", "Your guess: w = {w}, b = {b}. Now Step (S) to see where it lands."
        )
        status.setText(said.format(w=number(w, ".3f"), b=number(b, ".3f")))
        if self._asked_step:  # Ask me first: the Step that waited goes ahead
            self._asked_step = False
            self._lesson.point_at_step()
            self._carry_out(self.step_requested)

    def _on_epochs_added(self) -> None:
        if self._guess is None or self._guessed_from is None:
            return
        if self._run.state is RunState.RUNNING:
            return
        if len(self._run.history) != self._guess_epochs + 1 or self._run.row:
            self.drop()  # not the one epoch from where the guess was made
            return
        after = (self._run.w, self._run.b)
        points, distance = guide.landing_points(self._guess, self._guessed_from, after)
        self._guess = self._guessed_from = None  # its mark stays, beside where it landed
        self.take()
        landed = translate(
            "guesses", "It landed at w = {w}, b = {b}: {distance} from your guess, {points}."
        ).format(w=number(after[0], ".3f"), b=number(after[1], ".3f"),
                 distance=number(distance, ".3f"), points=said_points(points))  # fmt: skip
        again = translate("guesses", "{landed} Click again for the next step.")
        self._lesson.panel.landing.status.setText(again.format(landed=landed))
        self._score(points)
        if self._view.ask_first:
            self.message.emit(translate("guesses", "Ask me first: {said}").format(said=landed))

    def with_keys(self) -> None:
        """The landing page's "Guess with the keys": the map takes the keyboard."""
        self._land.setFocus()
        self._lesson.panel.landing.status.setText(
            translate(
                "guesses",
                "The map has the keys: the arrows move your guess from where (w, b) is now "
                "(Shift: finely); Enter places it.",
            )
        )

    def _score(self, points: int) -> None:
        progress = self._lesson.progress
        progress.rounds += 1
        progress.score += points
        self._lesson.progress_changed()
