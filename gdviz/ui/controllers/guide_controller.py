"""The guided lesson: which step is shown, what it points at, what the learner answered
and scored, and the run's rows told through its pages.

It owns the learner's :class:`~gdviz.core.teach.guide.Progress`; every change is put
in the view model, so a session saves it, and a session's progress comes back through
``ViewModel.guide_restored``. Commands it needs from the window (Step, Step row) leave
as signals."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMainWindow, QWidget

from gdviz.core.i18n import localise, translate
from gdviz.core.run.state import RunState
from gdviz.core.teach import guide, guide_rows
from gdviz.core.teach.guide import QUESTIONS, STEPS, Progress
from gdviz.core.teach.lessons import EXERCISES, Exercise
from gdviz.core.train.model import Gradient, Loss, RowUpdate
from gdviz.core.train.optimizers import Optimizer
from gdviz.ui.controllers.guesses import Guesses, said_points
from gdviz.ui.controllers.lesson_controller import LessonController
from gdviz.ui.controllers.run_controller import RunController
from gdviz.ui.models import SettingsModel, ViewModel
from gdviz.ui.threads.training_worker import RowStep, StopReason, StopReport
from gdviz.ui.views.fit_plot import FitPlot
from gdviz.ui.views.guide_panel import GuidePanel
from gdviz.ui.views.highlight import Outline
from gdviz.ui.views.landscape_plot import LandscapePlot

PANEL_WIDTH = 380
DEMOS = {"small": "lr001", "big": "outlier", "start": "w1", "hidden": "hidden"}


def _exercise(name: str) -> Exercise:
    return next(e for e in EXERCISES if e.name == name)


class GuideController(QObject):
    """Lesson ▸ Guided lesson."""

    step_requested = Signal()  # the window's Step (one epoch)
    train_requested = Signal()  # the window's Train
    handout_changed = Signal()  # a handout's locks came or went
    step_row_requested = Signal()  # the window's Step row
    message = Signal(str)

    def __init__(
        self,
        window: QMainWindow,
        run: RunController,
        view: ViewModel,
        lesson: LessonController,
        landscape: LandscapePlot,
        settings: SettingsModel,
        fit: FitPlot,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._run = run
        self._view = view
        self._lesson = lesson
        self._landscape = landscape
        self._settings = settings
        self._fit = fit
        self.panel = GuidePanel(window)
        self.panel.hide()
        self.outline = Outline(window)
        self.progress = Progress()
        self.panel.cards.cards.set_cards(guide.shuffled_cards())
        self._pending: tuple[str, list[float]] | None = None  # a question's run, its baseline
        self._seen: dict[str, str] = {}  # what each question's run showed, in words
        self._hid_side = False  # presentation mode's lesson hid the side panel
        self.guesses = Guesses(self, run, view, landscape, self)
        self._connect()

    def _connect(self) -> None:
        p = self.panel
        p.step_requested.connect(self.go)
        p.restart_requested.connect(self.restart)
        p.visibilityChanged.connect(self._on_visibility)
        p.cards.solved.connect(self._on_cards_solved)
        for page in (p.iteration, p.code, p.reading):
            page.step_row_requested.connect(self.step_row_requested)
        p.iteration.frame_shown.connect(self._on_frame_shown)
        p.landing.step_requested.connect(self.step_requested)
        p.landing.keys.clicked.connect(self.guesses.with_keys)
        self.guesses.step_requested.connect(self.step_requested)
        self.guesses.train_requested.connect(self.train_requested)
        self.guesses.message.connect(self.message)
        for questions in (p.rates, p.start):
            questions.answered.connect(self.answer)
            questions.run_requested.connect(self.run_question)
        p.takeaways.demo_requested.connect(self.demo)
        p.next_page.demo_requested.connect(self.demo)
        self._run.row_stepped.connect(self._on_row_stepped)
        self._run.run_started.connect(self._on_run_started)
        self._run.stopped.connect(self._on_stopped)
        self._view.guide_restored.connect(self.restore)
        self._view.presentation_changed.connect(self._on_presentation_changed)

    # -- the steps -------------------------------------------------------------------------
    @property
    def step(self) -> int:
        return self.progress.step

    def open(self) -> None:
        """Show the panel at the learner's step."""
        if self.panel.isHidden():
            self._window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.panel)
            self.panel.show()
            self._fit_width()
        self.panel.raise_()
        self.go(self.progress.step)
        self.panel.next.setFocus()

    def _on_presentation_changed(self, on: bool) -> None:
        if not on and self._hid_side:  # out of presentation: the side panel as it was
            self._hid_side = False
            self._view.set_side_panel(True)
        if not self.panel.isHidden():
            self._fit_width()
            self.point_at_step()

    def _fit_width(self) -> None:
        """The panel's width: the same in presentation mode (its text, larger, wraps and
        scrolls), where the plots need every pixel."""
        self._window.resizeDocks([self.panel], [PANEL_WIDTH], Qt.Orientation.Horizontal)

    def go(self, index: int) -> None:
        """Show step ``index`` and outline what it talks about."""
        index = min(max(int(index), 0), len(STEPS) - 1)
        self.progress.step = index
        self.panel.show_step(index)
        step = STEPS[index]
        if step.key != "iteration":
            self._show_moment(None)
        self.guesses.take()
        if not self.landing_shown() and not self.guesses.pending:
            self._landscape.show_guess(None)  # the last round's mark leaves with its step
        self._point_at(step.target)
        self.panel.code.note.setText(self._lesson_rule())
        self._show_progress()
        self._keep()

    def _point_at(self, name: str) -> None:
        if self.panel.isHidden():
            self.outline.point_at(None)
            return
        target = self._window.findChild(QWidget, name)
        side = self._window.findChild(QWidget, "sideTabs")
        in_side = target is not None and side is not None and side.isAncestorOf(target)
        if in_side and not self._view.side_panel:
            self._view.set_side_panel(True)  # the step's widget is in the side panel
        elif self._view.presentation and not in_side and self._view.side_panel:
            # A projector at 1280×800 has no room for the side panel, the lesson and the
            # plots: the side panel gives way while the step is about a plot (Ctrl+B).
            self._view.set_side_panel(False)
            self._hid_side = True
        self.outline.point_at(target)

    def _on_frame_shown(self, moment: int, plot: str) -> None:
        if STEPS[self.progress.step].key == "iteration":
            self._point_at(plot)  # the outline follows the moment to its plot
            self._show_moment(moment)

    def _show_moment(self, moment: int | None) -> None:
        """One iteration drawn a moment at a time: the row and p first, the error from
        the second, the step on the landscape at the third (None: all of it, as the run
        drew it). Only marks the run drew are shown again."""
        f, land = self._fit, self._landscape
        row_drawn = f.row_ring.isVisible() and f.row_prediction.isVisible()
        for part in (f.row_error, f.row_label):
            part.setVisible(row_drawn and (moment is None or moment >= 1))
        xs, _ = land.step_arrow.getData()
        stepped = xs is not None and len(xs) > 0
        for part in (land.step_arrow, land.step_head):
            part.setVisible(stepped and (moment is None or moment >= 2))

    def target(self) -> QWidget | None:
        """The widget outlined now."""
        return self.outline.target

    def restart(self) -> None:
        """Begin again: answers, score and the cards start over."""
        self.progress = Progress(handout=self.progress.handout)  # the teacher's stays
        self._seen.clear()
        self._pending = None  # a question's run under way is no longer asked about
        self.guesses.drop()
        self.panel.cards.cards.set_cards(guide.shuffled_cards())
        self.panel.cards.hint.setText("")
        self.go(0)
        self.message.emit(
            translate("guide_controller", "The guided lesson starts again from step 1.")
        )

    def restore(self, saved: dict) -> None:
        """Progress from a session."""
        self.progress = Progress.from_dict(saved)
        self._seen.clear()
        if self.progress.cards_done:
            self.panel.cards.cards.set_cards(list(range(len(guide.CARDS))))
        self._apply_handout()
        handout = self.progress.handout
        if self.locked and handout is not None:
            kept = [translate("guide", guide.LOCKABLE[k][0]) for k in handout["keep"]]
            said = translate(
                "guide_controller",
                "A handout: {kept} left usable, the rest locked (Lesson ▸ Unlock controls frees "
                "it).",
            )
            nothing = translate("guide_controller", "nothing")
            self.message.emit(said.format(kept=", ".join(kept) or nothing))
        if self.panel.isHidden() and handout is None:
            self._show_progress()
        else:
            self.open()  # a handout opens at its step

    # -- handouts --------------------------------------------------------------------------
    @property
    def training_locked(self) -> bool:
        """A handout locked Train, Pause, Step and Reset."""
        handout = self.progress.handout
        return handout is not None and "training" not in handout["keep"]

    @property
    def locked(self) -> bool:
        """A handout locked some controls."""
        return bool(self._settings.locked) or self.training_locked

    def handout_progress(self, step: int, handout: dict) -> dict:
        """What a handout's session keeps of the guided lesson: its step and the
        teacher's handout, and none of this window's answers."""
        return Progress(step=step, handout=handout).as_dict()

    def unlock(self) -> None:
        """Lesson ▸ Unlock controls: everything usable again; the title and question stay."""
        if self.progress.handout is None:
            return
        self.progress.handout = {**self.progress.handout, "keep": list(guide.LOCKABLE)}
        self._apply_handout()
        self._keep()
        self.message.emit(
            translate(
                "guide_controller", "Controls unlocked: every setting and button is yours again."
            )
        )

    def _apply_handout(self) -> None:
        handout = self.progress.handout
        keep = list(guide.LOCKABLE) if handout is None else handout["keep"]
        self._settings.lock(guide.locked_settings(keep))
        self.panel.show_handout(handout)
        self.handout_changed.emit()

    def _on_visibility(self, shown: bool) -> None:
        if not shown:
            self.outline.point_at(None)
            self._show_moment(None)
            self.guesses.take()
            if not self.guesses.pending:
                self._landscape.show_guess(None)

    def _keep(self) -> None:
        self._view.keep_guide(self.progress.as_dict())

    # -- answers ---------------------------------------------------------------------------
    def answer(self, key: str, choice: int) -> None:
        """The learner's prediction for question ``key``."""
        self.progress.answers[key] = int(choice)
        self.progress.revealed.pop(key, None)  # a new guess waits for a new run
        self._seen.pop(key, None)
        self._show_progress()
        self._keep()

    def run_question(self, key: str) -> None:
        """Run the question's exercise (its comparison kept) and reveal when it ends."""
        if key not in self.progress.answers:
            self.message.emit(
                translate("guide_controller", "Choose what you expect first, then Run it.")
            )
            return
        if self._pending is not None and self._run.state is RunState.RUNNING:
            self.message.emit(
                translate(
                    "guide_controller",
                    "One question at a time: its answer shows when its run ends.",
                )
            )
            return
        exercise = _exercise(QUESTIONS[key].exercise)
        why = self._lesson.refusal(exercise)
        if why is not None:
            title = translate("lessons", exercise.title)
            self.message.emit(
                translate("lesson_controller", "{title}: {why}").format(title=title, why=why)
            )
            return
        compared = self._lesson.start(exercise)
        baseline = [] if compared is None else [float(v) for v in compared.loss_y]
        self._pending = (key, baseline)
        self._show_progress()
        said = translate("guide_controller", "{title}: training; the answer shows when it ends.")
        self.message.emit(said.format(title=translate("lessons", exercise.title)))

    def _on_stopped(self, report: StopReport) -> None:
        if self._pending is None or report.reason is StopReason.PAUSED:
            self._show_progress()  # Run it is free again
            return
        key, baseline = self._pending
        self._pending = None
        losses = [float(v) for v in self._run.history.loss]
        if report.reason is StopReason.DIVERGED:
            choice, seen = (
                2,
                translate(
                    "guide_controller", "The loss blew up: w and b jumped past any good spot."
                ),
            )
        elif not losses or not baseline:
            return
        else:
            result = guide.outcome(QUESTIONS[key], losses, baseline)
            choice, seen = result.choice, result.seen
        self.progress.revealed[key] = choice
        self._seen[key] = seen
        self._show_progress()
        self.panel.bring_to_view(key)
        self._keep()

    def _reveal_text(self, key: str) -> str:
        q = QUESTIONS[key]
        said, bore = self.progress.answers.get(key), self.progress.revealed.get(key)
        if bore is None:
            return ""
        if said is None:
            verdict = translate("guide_controller", "You did not say what you expected.")
        elif said == bore:
            verdict = translate("guide_controller", "✓ As you said.")
        else:
            verdict = translate("guide_controller", "✗ You said: {choice}.").format(
                choice=translate("guide", q.choices[said])
            )
        seen = self._seen.get(key, "")
        text = translate(
            "guide_controller",
            "<b>{verdict}</b> The run: {run}. {seen}<br><i>The lesson:</i> {lesson}",
        )
        return text.format(verdict=verdict, run=translate("guide", q.choices[bore]), seen=seen,
                           lesson=translate("guide", q.lesson))  # fmt: skip

    def _show_progress(self) -> None:
        p = self.panel
        busy = self._pending is not None and self._run.state is RunState.RUNNING
        for page in (p.rates, p.start):
            for key in page.groups:
                page.show_answer(key, self.progress.answers.get(key), self._reveal_text(key), busy)
        r = self.progress
        if r.rounds == 1:
            score = translate(
                "guide_controller",
                "Score: {points} from 1 guess (1 for the right direction, 1 more for landing "
                "within a step's length).",
            )
        else:
            score = translate(
                "guide_controller",
                "Score: {points} from {rounds} guesses (1 for the right direction, 1 more for "
                "landing within a step's length).",
            )
        p.landing.score.setText(
            localise(score.format(points=said_points(r.score), rounds=f"{r.rounds:,}"))
        )
        if r.cards_done:
            p.cards.hint.setText(guide.check_order(range(len(guide.CARDS)))[1])

    def _on_cards_solved(self) -> None:
        self.progress.cards_done = True
        self._keep()
        self.message.emit(
            translate(
                "guide_controller", "The four steps are in order: Next shows one iteration, slowly."
            )
        )

    # -- the run's rows, told -----------------------------------------------------------
    def _lesson_rule(self) -> str:
        """Why the lesson's code does not describe this run ("" if it does)."""
        s = self._run.settings
        if not self._run.network.is_lesson:
            return translate(
                "guide_controller",
                "This run's model is bigger than the lesson's neuron: Lesson ▸ Restore lesson "
                "defaults to follow the code.",
            )
        if s.optimizer is not Optimizer.SGD:
            said = translate(
                "guide_controller", "This run uses {optimizer}, not the lesson's plain step."
            )
            return said.format(optimizer=s.optimizer.value)
        return ""

    def _on_row_stepped(self, step: RowStep) -> None:
        u = step.update
        p = self.panel
        why = self._lesson_rule()
        p.code.note.setText(why)
        if not isinstance(u, RowUpdate) or why:
            return
        s = self._run.settings
        exact = s.gradient is Gradient.EXACT and s.loss is Loss.SQUARED
        p.code.code.show_code(s.loss, s.gradient)
        lines = guide_rows.code_lines(u, step.epoch, step.rows_done, step.partial_loss, exact)
        counters = translate("guide_controller", "epoch {epoch} · row {row} of {rows} · lr = {lr}")
        p.code.counters.setText(
            localise(counters.format(epoch=f"{step.epoch:,}", row=step.rows_done, rows=step.rows,
                                     lr=f"{step.learning_rate:g}"))
        )  # fmt: skip
        p.code.code.run_row(lines)
        p.iteration.set_frames(guide_rows.iteration_frames(u, step.learning_rate))
        p.reading.show_notes(guide_rows.reading_notes(u, step.learning_rate))

    def _on_run_started(self) -> None:
        """A new run (Reset, other data, another exercise, a session): nothing of the
        last one is judged or shown any more. A question's own run starts before it is
        marked pending, so it survives this."""
        self.panel.forget_rows()
        self._pending = None
        self._show_progress()

    def landing_shown(self) -> bool:
        """The guided lesson's landing step is on view (its map takes guesses)."""
        return STEPS[self.progress.step].key == "landing" and not self.panel.isHidden()

    def point_at_step(self) -> None:
        """The outline back on what the step shown talks about."""
        self._point_at(STEPS[self.progress.step].target)

    def progress_changed(self) -> None:
        """The progress changed (a guess scored): show it, and keep it for a save."""
        self._show_progress()
        self._keep()

    # -- demonstrations -------------------------------------------------------------------
    def demo(self, key: str) -> None:
        """A takeaway shown again."""
        if key == "loss":
            self.go(0)
        elif key == "loop":
            self.go(3)
            self.step_row_requested.emit()
        elif key in DEMOS:
            self._lesson.start(_exercise(DEMOS[key]))
