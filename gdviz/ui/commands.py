"""What the window's actions and buttons do: the commands of :mod:`gdviz.ui.actions`,
carried out on the window's run, race and controllers (a part of
:class:`~gdviz.ui.main_window.MainWindow`, kept here so each file is about one thing)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtGui import QShortcut
from PySide6.QtWidgets import QTabWidget, QWidget

from gdviz.core.figures.landscape import loss_threshold
from gdviz.core.i18n import QT_TRANSLATE_NOOP, number, translate
from gdviz.core.run.settings import RunSettings
from gdviz.core.run.state import RunState
from gdviz.core.teach.words import integer, rate
from gdviz.core.train.data import DataSet
from gdviz.core.train.sweep import SweepRequest
from gdviz.ui.actions import MINI_BATCH
from gdviz.ui.controllers.gradient_controller import GradientRequest
from gdviz.ui.models import DEFAULT_SPEED, speed_from_position
from gdviz.ui.views.handout_dialog import ask_handout
from gdviz.ui.views.help import KeysDialog, keyboard_rows, mouse_rows, view_key_rows
from gdviz.ui.views.hold_out_dialog import ask_hold_out
from gdviz.ui.views.race_views import RaceDialog
from gdviz.ui.views.sweep_window import SweepDialog, SweepWindow
from gdviz.ui.views.widgets import ask_batch_size
from gdviz.ui.views.window_layout import widen_for_race

if TYPE_CHECKING:
    from gdviz.ui.actions import WindowActions
    from gdviz.ui.controllers.gradient_controller import GradientController
    from gdviz.ui.controllers.guide_controller import GuideController
    from gdviz.ui.controllers.kept_runs import KeptRuns
    from gdviz.ui.controllers.lesson_controller import LessonController
    from gdviz.ui.controllers.prediction_controller import PredictionController
    from gdviz.ui.controllers.presenter import RunPresenter
    from gdviz.ui.controllers.race_controller import RaceController
    from gdviz.ui.controllers.recent_files import RecentFiles
    from gdviz.ui.controllers.run_controller import RunController
    from gdviz.ui.controllers.session_controller import SessionController
    from gdviz.ui.controllers.sweep_controller import SweepController
    from gdviz.ui.models import SettingsModel, ViewModel
    from gdviz.ui.views.data_tab import DataPanel
    from gdviz.ui.views.fit_plot import FitPlot
    from gdviz.ui.views.landscape_plot import LandscapePlot
    from gdviz.ui.views.loss_plot import LossPlot
    from gdviz.ui.views.metrics_panel import MetricsPanel
    from gdviz.ui.views.network_view import NetworkView
    from gdviz.ui.views.runs_tab import RunsPanel
    from gdviz.ui.views.train_tab import ControlPanel
    from gdviz.ui.views.window_layout import Layout

WINDOW_GESTURES = (
    (
        QT_TRANSLATE_NOOP("commands", "Drop a file on the window"),
        QT_TRANSLATE_NOOP("commands", "open it: a data file or a saved session"),
    ),
)
# Keys the window handles itself (no action): for Help ▸ Keyboard and mouse.
WINDOW_KEYS = (
    ("Esc", QT_TRANSLATE_NOOP("commands", "leave presentation mode (when no past epoch is shown)")),
)


class WindowCommands:
    """The window's commands. Mixed into MainWindow, which holds what they act on."""

    run: RunController
    race: RaceController
    run_settings: SettingsModel
    view: ViewModel
    lesson: LessonController
    sweeps: SweepController
    predictions: PredictionController
    presenter: RunPresenter
    runs: KeptRuns
    gradients: GradientController
    guide: GuideController
    sessions: SessionController
    recent: RecentFiles
    acts: WindowActions
    controls: ControlPanel
    runs_panel: RunsPanel
    data_panel: DataPanel
    fit_plot: FitPlot
    landscape_plot: LandscapePlot
    loss_plot: LossPlot
    network_view: NetworkView
    arranged: Layout
    metrics_panel: MetricsPanel
    side_tabs: QTabWidget

    def say(self, message: str) -> None:
        raise NotImplementedError

    def shown_parameters(self) -> tuple[float, float, int | None]:
        raise NotImplementedError

    def open_file(self, path: str) -> bool:
        raise NotImplementedError

    def train(self) -> None:
        """Start a run, resume a paused one, or go on with a finished one whose epochs
        were raised (during a race: start or resume every racer)."""
        if self.race.active:
            self.race.play()
            return
        if self.guide.guesses.asks_first("train"):
            return  # trains once the learner has guessed
        self.run.train()
        if self.run.state is RunState.RUNNING:
            self.say(
                translate("commands", "Training at learning rate {rate}…").format(
                    rate=rate(self.run.learning_rate)
                )
            )

    def pause(self) -> None:
        if self.race.active:
            self.race.pause()
        else:
            self.run.pause()

    def toggle_training(self) -> None:
        state = self.race.state if self.race.active else self.run.state
        if state is RunState.RUNNING:
            self.pause()
        else:
            self.train()

    def step(self) -> None:
        """Train one epoch (pausing first if training); during a race, one of each racer."""
        if self.race.active:
            self.race.pause()
            self.race.step()
        elif self.guide.guesses.asks_first("step"):
            return  # steps once the learner has guessed
        elif not self.run.step():
            self._say_run_over()

    def step_row(self) -> None:
        """One row's update, shown with its arithmetic."""
        if self.race.active:
            self.say(translate("commands", "Step row works on a single run: End race first."))
        elif not self.run.settings.per_row:
            self.say(
                translate("commands", "Step row needs per-row updates (Options ▸ Per-row updates).")
            )
        elif not self.run.step_row():
            self._say_run_over()

    def reset(self) -> None:
        """A new run from the next run's settings; the run so far is kept in Runs
        (during a race: every racer back to the start)."""
        if self.race.active:
            self.race.reset()
            return
        self.run.reset()
        self.say(
            translate("commands", "Reset: w = {w}, b = {b}. Press Train (Space) to start.").format(
                w=number(self.run.w), b=number(self.run.b)
            )
        )

    def restore_defaults(self) -> None:
        """The lesson's data and settings, and the default speed."""
        if self.lesson.restore_defaults():
            self.view.set_speed(DEFAULT_SPEED)
        self.presenter.fit_landscape()  # a wild run before may have framed it far away

    def view_epoch(self, epoch: int) -> None:
        """Show the model as it was after ``epoch`` (training may go on meanwhile)."""
        self.presenter.view_epoch(epoch)

    def go_live(self) -> None:
        """Back to following the trainer."""
        self.presenter.go_live()

    def fit_view(self) -> None:
        """View ▸ Fit view: the landscape framed on the data's optimum and the paths now."""
        self.presenter.fit_landscape()
        self.say(
            translate(
                "commands", "The landscape frames the data's optimum and the path of this run."
            )
        )

    def show_metrics(self) -> None:
        """View ▸ Classifier metrics: the Metrics tab, beside the fit plot."""
        self.arranged.view_tabs.setCurrentWidget(self.metrics_panel)

    def choose(self, name: str, value: object) -> None:
        """An Options item: make ``value`` the next run's ``name`` (the mini-batch item
        asks for the batch size). The run controller decides what that does."""
        if name == "batch_size" and value == MINI_BATCH:
            size = ask_batch_size(self, self.run_settings.value.batch_size)  # type: ignore[arg-type]
            if size is None:
                self.acts.show_settings(self.run_settings.value)
                return
            value = size
        self.run_settings.update(**{name: value})

    def start_sweep(
        self, rates: tuple[float, ...] | None = None, threshold: float | None = None
    ) -> SweepWindow | None:
        """Open the sweep window and start a sweep (asking for the rates if not given)."""
        settings = self.run_settings.value
        if threshold is None:
            threshold = loss_threshold(self.run.data, settings)
        if rates is None:
            answer = SweepDialog.ask(self, settings.epochs, threshold)  # type: ignore[arg-type]
            if answer is None:
                return None
            rates, threshold = answer
        return self.sweeps.start(SweepRequest(self.run.data, settings, tuple(rates), threshold))

    def start_race(
        self, settings: list[RunSettings] | None = None, threshold: float | None = None
    ) -> bool:
        """Race optimisers from the next run's start on the current data (asking which,
        unless ``settings`` are given). The run pauses meanwhile."""
        if threshold is None:
            threshold = loss_threshold(self.run.data, self.run_settings.value)
        if settings is None:
            answer = RaceDialog.ask(self, self.run_settings.value, threshold)  # type: ignore[arg-type]
            if answer is None:
                return False
            settings, threshold = answer
        self.run.pause()
        self.race.set_speed(speed_from_position(self.view.speed))
        self.race.start(self.run.data, list(settings), threshold)
        self.runs_panel.race_panel.show_note("")
        self.side_tabs.setCurrentWidget(self.runs_panel)
        widen_for_race(self.arranged)
        return True

    def predict_for_file(self, path: str | None = None, save_to: str | None = None) -> bool:
        """Data ▸ Predict for a file: with the model drawn now (a viewed epoch's, or the
        live one)."""
        params, epoch = self.presenter.shown_params()
        trained = len(self.run.history) if epoch is None else epoch + 1
        names = self.run.data.x_labels
        return self.predictions.predict_file(
            self.run.network, params, trained, names, path, save_to=save_to
        )

    def save_handout(self) -> None:
        """File ▸ Save as handout: the step, title, question and usable controls asked."""
        chosen = ask_handout(self, self.guide.step)  # type: ignore[arg-type]
        if chosen is not None:
            self.sessions.save_handout(self.guide.handout_progress(*chosen))

    def unlock_controls(self) -> None:
        """Lesson ▸ Unlock controls."""
        self.guide.unlock()

    def open_guide(self) -> None:
        """Lesson ▸ Guided lesson: the panel, at the learner's step."""
        self.guide.open()

    def hold_out(self) -> bool:
        """Data ▸ Hold out for validation…: ask, and set the next run's split."""
        return ask_hold_out(self, self.run_settings, len(self.run.data))  # type: ignore[arg-type]

    def check_gradient(self) -> None:
        """Options ▸ Check the gradient, at the model on view."""
        params, epoch = self.presenter.shown_params()
        r = self.run
        if epoch is None:
            last = len(r.history) - 1
            where = (
                translate("commands", "after epoch {epoch}").format(epoch=integer(last))
                if len(r.history)
                else translate("commands", "at the start")
            )
        else:
            where = translate("commands", "after epoch {epoch}").format(epoch=integer(epoch))
        request = GradientRequest(r.network, params, r.fit_data, r.settings.loss,
                                  r.settings.gradient, where, r.settings.penalty)  # fmt: skip
        self.gradients.check(request)

    def show_keys(self) -> None:
        """Help ▸ Keyboard and mouse: every action's keys, every shortcut, every gesture."""
        views: list[tuple[str, QWidget]] = [
            (translate("commands", "Fit plot"), self.fit_plot),
            (translate("commands", "Loss landscape"), self.landscape_plot),
            (translate("commands", "Loss plot"), self.loss_plot),
            (translate("commands", "Data table"), self.data_panel),
        ]
        shortcuts = self.findChildren(QShortcut)  # type: ignore[attr-defined]
        window_keys = [(k, translate("commands", what)) for k, what in WINDOW_KEYS]
        gestures = [
            (translate("commands", g), translate("commands", w)) for g, w in WINDOW_GESTURES
        ]
        keys = keyboard_rows(self.acts.all(), shortcuts, window_keys)
        network = (translate("commands", "Network"), self.network_view.canvas)
        keys += view_key_rows([*views, network])
        KeysDialog(keys, mouse_rows(views, gestures), self).exec()

    def end_race(self) -> None:
        """End race: the racers leave the plots; a lesson's race gives the learner's own
        data and settings back. The racers are kept in Runs."""
        if self.race.data is not None:
            self.runs.keep_racers(self.race.racers, self.race.data)
        self.race.end()
        if self.lesson.active:
            self.lesson.leave()

    def _on_sweep_rate_chosen(self, lr: float) -> None:
        """The sweep window's chosen rate: a new run at it, trained."""
        chosen = self.run_settings.value.with_(learning_rate=lr)
        why = self.run_settings.refusal(chosen)
        if why is not None:
            self.say(
                translate("commands", "The sweep's rate is not trained: {why}").format(why=why)
            )
            return
        self.run.start_new(chosen, train=True)
        self.say(
            translate("commands", "Training the sweep's learning rate {rate}.").format(
                rate=rate(lr)
            )
        )

    def open_recent(self, path: str) -> bool:
        """File ▸ Recent files: open ``path``, or forget it if it is gone."""
        if not Path(path).is_file():
            self.recent.remove(path)
            self.say(translate("commands", "{path} is no longer there (moved or deleted): "
                               "removed from Recent files.").format(path=path))  # fmt: skip
            return False
        return self.open_file(path)

    # -- the race and the lesson's notes ----------------------------------------------------
    def _end_race_on_other_data(self, data: DataSet, _continued: bool = False) -> None:
        if self.race.active and self.race.data is not None and not data.same_rows(self.race.data):
            self.race.end()
            self.say(
                translate("commands", "The data changed, so the race ended: race again on it.")
            )

    def _race_lesson(self, settings: list[RunSettings], threshold: float) -> None:
        if self.start_race(settings, threshold):
            self.race.play()

    def _show_lesson_note(self, title: str, text: str) -> None:
        """Beside the run (Train tab) and, for a race, above the race's table."""
        self.controls.show_note(title, text)
        self.runs_panel.race_panel.show_note(f"<b>{title}</b> {text}" if self.race.active else "")

    def _say_run_over(self) -> None:
        self.say(
            translate(
                "commands",
                "This run is over: press Reset (R) to start again, or raise Epochs and Train "
                "to go on.",
            )
        )
