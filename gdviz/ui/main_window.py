"""The main window: the Train, Data and Runs tabs on the left; fit, landscape and loss.

It builds everything and wires it in one direction:

    SettingsModel ─▶ RunController ─▶ training thread ─▶ RunController ─▶ views

Models own state (the next run's settings, the view, the run, the kept runs);
controllers act on them (data edits, sessions and exports, the sweep, the
lesson); views (plots and panels) show what they are given, and the
:class:`~gdviz.ui.controllers.presenter.RunPresenter` feeds them from the run. The
window carries out the commands its actions declare (:mod:`gdviz.ui.actions`), decides
in one place which are available, and is the one route to the status bar (:meth:`say`).
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QUndoStack,
)
from PySide6.QtWidgets import QMainWindow, QMenu

from gdviz.core.i18n import translate
from gdviz.core.io.session import Session, is_session_path
from gdviz.core.run.settings import RunSettings
from gdviz.core.run.state import RunState, Situation, enablement
from gdviz.core.train.data import DataSet, lesson_data
from gdviz.core.train.generate import truth_of
from gdviz.core.train.history import History
from gdviz.ui import language
from gdviz.ui.actions import commit_typing, committed, create_actions, fill_menu_bar
from gdviz.ui.commands import WindowCommands
from gdviz.ui.controllers import settings_store
from gdviz.ui.controllers.data_controller import DataController
from gdviz.ui.controllers.gradient_controller import GradientController
from gdviz.ui.controllers.guide_controller import GuideController
from gdviz.ui.controllers.kept_runs import KeptRuns
from gdviz.ui.controllers.landscape_controller import LandscapeController
from gdviz.ui.controllers.lesson_controller import LessonController
from gdviz.ui.controllers.metrics_controller import MetricsController
from gdviz.ui.controllers.plot_descriptions import PlotDescriptions
from gdviz.ui.controllers.prediction_controller import PredictionController
from gdviz.ui.controllers.presenter import RunPresenter, Views
from gdviz.ui.controllers.race_controller import RaceController
from gdviz.ui.controllers.recent_files import RecentFiles, fill_menu
from gdviz.ui.controllers.run_controller import RunController
from gdviz.ui.controllers.session_controller import SessionController
from gdviz.ui.controllers.settings_store import Store
from gdviz.ui.controllers.sweep_controller import SweepController
from gdviz.ui.controllers.unsaved import UnsavedWork
from gdviz.ui.models import SettingsModel, ViewModel, speed_from_position
from gdviz.ui.plot_menu import show_plot_menu
from gdviz.ui.theme import Theme
from gdviz.ui.views.accessible import make_accessible
from gdviz.ui.views.data_tab import DataPanel
from gdviz.ui.views.fit_plot import FitPlot
from gdviz.ui.views.held_marks import HeldOutMarks
from gdviz.ui.views.key_filters import keyboard_only
from gdviz.ui.views.landscape_plot import LandscapePlot
from gdviz.ui.views.language_menu import add_language_menu
from gdviz.ui.views.loss_plot import LossPlot
from gdviz.ui.views.metrics_panel import METRICS_TIP, MetricsPanel
from gdviz.ui.views.network_view import NetworkView
from gdviz.ui.views.plots import PlotPanel
from gdviz.ui.views.presentation import Presentation
from gdviz.ui.views.runs_tab import RunsPanel
from gdviz.ui.views.slice_bar import SliceBar
from gdviz.ui.views.train_tab import ControlPanel
from gdviz.ui.views.truth_curve import TruthCurve
from gdviz.ui.views.window_layout import SIDE_MAX_WIDTH, lay_out


class MainWindow(WindowCommands, QMainWindow):
    """gdviz's window. ``settings`` (a settings file, or a QSettings), if given, restores
    and saves the window's size, the next run's settings and the recent files between
    launches.
    ``ask_to_save``: closing, or opening a session over unsaved work, asks first (the
    application's window does; windows made by tests and exports do not)."""

    def __init__(
        self,
        settings: Store | None = None,
        data: DataSet | None = None,
        ask_to_save: bool = False,
    ) -> None:
        super().__init__()
        self.setWindowTitle("gdviz")
        self.setAcceptDrops(True)  # a data file or a session dropped on the window opens
        self._store = settings
        first_data = data or lesson_data()

        # Models: one owner for each piece of state.
        self.run_settings = SettingsModel(parent=self)
        self.view = ViewModel(self)
        self.undo_stack = QUndoStack(self)
        self.work = UnsavedWork(self.undo_stack, self, asking=ask_to_save)
        self.run = RunController(first_data, self.run_settings, self)
        self.runs = KeptRuns(self.run, self.run_settings, self)
        self.landscape = LandscapeController(self)
        self.race = RaceController(self)
        self.recent = RecentFiles(settings, self)

        # Views.
        self.controls = ControlPanel(self.run_settings)
        self.data_panel = DataPanel(first_data)
        self.runs_panel = RunsPanel(self.runs)
        self.fit_plot = FitPlot()
        self.landscape_plot = LandscapePlot()
        self.loss_plot = LossPlot()
        self.network_view = NetworkView()
        self.slice_bar = SliceBar()
        self.truth_curve = TruthCurve(self.fit_plot)  # generated data's: View ▸ True curve
        self.truth_curve.set_data(first_data)
        self.arranged = lay_out(
            self,
            self.controls,
            self.data_panel,
            self.runs_panel,
            (self.fit_plot, self.landscape_plot, self.loss_plot),
            self.slice_bar,
            self.network_view,
        )
        self.side_tabs = self.arranged.side_tabs
        self.status_label = self.arranged.status_label
        self.job_progress = self.arranged.job_progress
        self.metrics_panel = MetricsPanel()  # beside the fit plot, where its line is dragged
        tabs = self.arranged.view_tabs
        tabs.setTabToolTip(
            tabs.addTab(self.metrics_panel, translate("main_window", "Metrics")), METRICS_TIP
        )
        self.presentation = Presentation(
            self, self.plots(), self.arranged.splitter, self.side_tabs, SIDE_MAX_WIDTH
        )

        # Controllers.
        self.data_controller = DataController(self.run, self.undo_stack, self)
        self.sessions = SessionController(
            self.run, self.view, self.undo_stack, self.plots(), self.race, self
        )
        self.sweeps = SweepController(self)
        self.lesson = LessonController(
            self.run, self.run_settings, self.data_controller, self.runs, self
        )
        self.predictions = PredictionController(self)
        self.gradients = GradientController(self)
        # Every controller with a thread, in the order they stop (a save finishes first).
        self._threaded = (
            self.sessions, self.data_controller, self.predictions, self.run, self.landscape,
            self.sweeps, self.race, self.gradients,
        )  # fmt: skip

        # Actions and menus: each declared once (gdviz.ui.actions).
        self.acts = create_actions(self, self.undo_stack, self)
        self.recent_menu = fill_menu_bar(self.menuBar(), self.acts)
        self.theme = Theme(self, settings)  # View ▸ Theme: light, dark or the system's
        view_menu = self.menuBar().findChild(QMenu, "viewMenu")
        add_language_menu(view_menu, settings, language.speaking(), self.say)  # View ▸ Language
        self._show_recent()

        # The run, shown.
        views = Views(
            self.controls, self.fit_plot, self.landscape_plot, self.loss_plot, self.data_panel,
            self.runs_panel.race_panel, self.arranged.status_label, self, self.network_view,
            self.slice_bar, HeldOutMarks(self.fit_plot),
        )  # fmt: skip
        self.presenter = RunPresenter(
            self.run, self.run_settings, self.view, self.runs, self.landscape, self.race, views,
            self,
        )  # fmt: skip
        self.metrics = MetricsController(
            self.run, self.presenter, self.view, self.metrics_panel, self.fit_plot, self
        )
        self.descriptions = PlotDescriptions(self, self)  # what each plot shows, in words
        # The guided lesson is made after the presenter: it hears of a run's events after
        # they are drawn and said (slots run in the order they were connected), so its
        # verdicts are the status bar's last word and its moments hide what was drawn.
        self.guide = GuideController(
            self, self.run, self.view, self.lesson, self.landscape_plot, self.run_settings,
            self.fit_plot,
        )  # fmt: skip
        self._connect()
        if settings is not None:
            settings_store.restore(self, settings, self.run_settings, self.view)
        self._on_settings_changed(self.run_settings.value)
        self._on_speed_changed(self.view.speed)
        self._on_log_scale_changed(self.view.log_scale)
        self._on_true_curve_changed(self.view.true_curve)
        self._on_side_panel_changed(self.view.side_panel)
        if self.view.presentation:
            self._on_presentation_changed(True)
        make_accessible(self)  # every control's name for a screen reader, and dialogs'
        keyboard_only(self)  # Space for the control Tab reached, F10 for the menus
        # Threads start last: everything they report to is connected by now.
        for controller in self._threaded:
            controller.start_threads()
        self.say(translate("main_window", "Ready: press Train (Space) to watch gradient descent."))

    def _connect(self) -> None:
        run, c = self.run, self.controls
        # The next run's settings and the view: models to views.
        self.run_settings.changed.connect(self._on_settings_changed)
        c.speed_moved.connect(self.view.set_speed)
        c.editing_finished.connect(self.setFocus)
        self.view.speed_changed.connect(self._on_speed_changed)
        self.view.log_scale_changed.connect(self._on_log_scale_changed)
        self.view.true_curve_changed.connect(self._on_true_curve_changed)
        self.view.presentation_changed.connect(self._on_presentation_changed)
        self.view.side_panel_changed.connect(self._on_side_panel_changed)
        # The Train tab's buttons carry out the same commands as the actions.
        for button, command in (
            (c.train_button, self.train),
            (c.pause_button, self.pause),
            (c.step_button, self.step),
            (c.step_row_button, self.step_row),
            (c.reset_button, self.reset),
            (c.live_button, self.go_live),
        ):
            button.clicked.connect(committed(command))
        self.runs_panel.race_requested.connect(self.start_race)
        # A slice is computed only while the landscape is on view: shown, it follows.
        self.landscape_plot.became_visible.connect(self.presenter.follow_landscape)
        self.runs_panel.race_panel.end_requested.connect(self.end_race)
        c.leave_button.clicked.connect(self.lesson.leave)
        self.runs_panel.race_panel.threshold_changed.connect(self.race.set_threshold)
        run.data_changed.connect(self._end_race_on_other_data)
        run.data_changed.connect(lambda data, _continued: self.truth_curve.set_data(data))
        for signal in (
            self.race.state_changed, self.race.started, run.state_changed, run.run_started,
            run.target_changed, run.epochs_added, self.presenter.viewing_changed,
            run.data_changed,
        ):  # fmt: skip
            signal.connect(self._update_enablement)
        # Gestures on the plots and the table.
        self.landscape_plot.start_chosen.connect(self._on_start_chosen)
        self.fit_plot.point_added.connect(self.data_controller.add_point)
        self.fit_plot.plane_point_added.connect(self.data_controller.add_plane_point)
        self.fit_plot.point_moved.connect(self.data_controller.move_point)
        self.fit_plot.point_deleted.connect(self.data_controller.delete_point)
        self.data_panel.edit_requested.connect(self.data_controller.edit)
        self.data_panel.paste_requested.connect(self.data_controller.paste)
        for plot, name in zip(self.plots(), ("fit", "landscape", "loss"), strict=True):
            plot.context_menu_requested.connect(
                lambda pos, row, p=plot, n=name: show_plot_menu(self, p, n, pos, row, self)
            )
        self.predictions.shown.connect(self._show_predictions)
        # What is unsaved, and what was used lately.
        run.epochs_added.connect(self.work.trained)
        self.race.changed.connect(self.work.trained)
        self.sessions.saved.connect(self.work.saved)
        self.sessions.opened.connect(self.work.saved)
        self.sessions.used.connect(self.recent.add)
        self.data_controller.used.connect(self.recent.add)
        self.recent.changed.connect(self._show_recent)
        # One route to the status bar.
        for source in (
            self.data_controller, self.sessions, self.lesson, self.predictions, self.presenter,
            self.gradients, self.guide,
        ):  # fmt: skip
            source.message.connect(self.say)
        run.said.connect(self.say)
        self.lesson.note.connect(self._show_lesson_note)
        self.lesson.race_requested.connect(self._race_lesson)
        self.sweeps.rate_chosen.connect(self._on_sweep_rate_chosen)
        self.guide.step_requested.connect(committed(self.step))
        self.guide.train_requested.connect(committed(self.train))
        self.race.started.connect(self.guide.guesses.drop)  # a race's steps are not guessed
        # A handout's locks: the settings model refuses, the views show it.
        self.run_settings.refused.connect(self.say)
        self.run_settings.locks_changed.connect(self._on_locks_changed)
        self.guide.handout_changed.connect(self._update_enablement)
        self.view.ask_first_changed.connect(self.acts.ask_first.setChecked)
        self.guide.step_row_requested.connect(committed(self.step_row))
        animation = self.sessions.animation
        animation.progressed.connect(
            lambda done, total: self.job_progress.show_progress(
                translate("main_window", "Animation"), done, total
            )
        )
        animation.finished.connect(lambda _path: self.job_progress.hide())
        self.job_progress.cancel_requested.connect(animation.cancel)

    # -- reading -------------------------------------------------------------------------
    @property
    def state(self) -> RunState:
        return self.run.state

    @property
    def history(self) -> History:
        return self.run.history

    @property
    def current_parameters(self) -> tuple[float, float]:
        return self.run.w, self.run.b

    @property
    def viewed_epoch(self) -> int | None:
        return self.presenter.viewed_epoch

    def shown_parameters(self) -> tuple[float, float, int | None]:
        """(w, b) as drawn now, and the epoch they belong to (None: live)."""
        return self.presenter.shown_parameters()

    def plots(self) -> list[PlotPanel]:
        """The plots, in screen order (for the dashboard)."""
        return [self.fit_plot, self.landscape_plot, self.loss_plot]

    def say(self, message: str) -> None:
        """Tell the user ``message``: the one route to the status bar."""
        self.statusBar().showMessage(message)

    # -- sessions and exports ----------------------------------------------------------------
    def apply_session(self, session: Session) -> None:
        """Show ``session`` (already validated) and make Train continue it exactly."""
        self.sessions.apply(session)

    def caption(self) -> str:
        """Two lines under an exported dashboard: the model now, and how it was trained."""
        return self.sessions.caption()

    def export_images(self, folder, formats=("png",), width: int = 1600):
        """Write fit.*, landscape.*, loss.* and dashboard.* into ``folder`` (a folder, or
        a FileSet to add them to)."""
        return self.sessions.export_images(folder, formats, width)

    # -- reactions ---------------------------------------------------------------------------
    def _show_predictions(self, result) -> None:
        if result is None or result.x.ndim > 1:  # two inputs: in the CSV, not on the plot
            self.fit_plot.show_file_predictions(None)
        else:
            self.fit_plot.show_file_predictions(result.x, result.label)
        self._update_enablement()

    def _on_settings_changed(self, settings: RunSettings) -> None:
        self.acts.show_settings(settings)
        self.landscape_plot.set_start(*settings.start)
        self._update_enablement()

    def _on_locks_changed(self, locked: frozenset[str]) -> None:
        self.controls.show_locks(locked)
        self.acts.show_locks(locked)

    def _on_speed_changed(self, position: int) -> None:
        self.controls.show_speed(position)
        self.run.set_speed(speed_from_position(position))
        self.race.set_speed(speed_from_position(position))

    def _on_log_scale_changed(self, on: bool) -> None:
        self.acts.log_scale.setChecked(on)
        self.loss_plot.set_log_scale(on)
        self.landscape_plot.set_log_scale(on)

    def _on_true_curve_changed(self, on: bool) -> None:
        self.acts.true_curve.setChecked(on)
        self.truth_curve.set_wanted(on)

    def _on_presentation_changed(self, on: bool) -> None:
        """Full screen with everything 1.5 times larger, or back to the window as it was."""
        self.acts.presentation.setChecked(on)
        self.presentation.apply(on)
        if on:
            self.say(translate("main_window", "Presentation mode: F11 or Esc to leave; "
                               "Ctrl+B hides the side panel."))  # fmt: skip
        else:
            self.say(translate("main_window", "Presentation mode is off: the window is as it was."))

    def _on_side_panel_changed(self, shown: bool) -> None:
        self.acts.side_panel.setChecked(shown)
        self.side_tabs.setVisible(shown)

    def _on_start_chosen(self, w: float, b: float) -> None:
        self.run_settings.update(weight=round(w, 4), bias=round(b, 4))

    def _update_enablement(self, *_changed: object) -> None:
        """Buttons and menu items from one rule (gdviz.core.run.state.enablement)."""
        racing = self.race.active
        e = enablement(
            Situation(
                self.race.state if racing else self.run.state,
                self.run.settings,
                viewing_past=self.presenter.viewed_epoch is not None,
                racing=racing,
                trained=len(self.run.history) > 0,
                predictions=self.predictions.current is not None,
                locked=self.guide.locked,
                training_locked=self.guide.training_locked,
                generated=truth_of(self.run.data) is not None,
            )
        )
        self.acts.show_enablement(e)
        c = self.controls
        for button, on in (
            (c.train_button, e.train),
            (c.pause_button, e.pause),
            (c.step_button, e.step),
            (c.step_row_button, e.step_row),
            (c.reset_button, e.reset),
            (c.live_button, e.live),
        ):
            button.setEnabled(on)
        resume = translate("main_window", "Resume")
        c.train_button.setText(resume if e.resume else translate("main_window", "Train"))
        self.guide.panel.set_stepping(e.step_row, e.step)

    # -- files -------------------------------------------------------------------------------
    def open_file(self, path: str) -> bool:
        """Open a session (``.json``) or a data file, as ``gdviz FILE`` and a drop do."""
        if is_session_path(path):
            return self.open_session(path)
        return self.data_controller.open_data(path)

    def open_session(self, path: str | None = None) -> bool:
        """File ▸ Open session: a session replaces the run, so unsaved work is asked
        about first (Save / Discard / Cancel)."""
        if not self.work.ask(
            translate("main_window", "open another session"), self.sessions.save_session
        ):
            return False
        return self.sessions.open_session(path)

    def _show_recent(self) -> None:
        fill_menu(self.recent_menu, self.recent, self.acts.clear_recent, self.open_recent)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        # Esc is Back to live while a past epoch is shown; otherwise it reaches here.
        if event.key() == Qt.Key.Key_Escape and self.view.presentation:
            self.view.set_presentation(False)
            return
        super().keyPressEvent(event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt API)
        if len(_local_files(event.mimeData())) == 1:
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 (Qt API)
        if len(_local_files(event.mimeData())) == 1:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt API)
        files = _local_files(event.mimeData())
        if len(files) != 1:
            return
        event.acceptProposedAction()
        self.raise_()
        self.activateWindow()
        # After the drop returns: the source application waits for it to end.
        QTimer.singleShot(0, lambda: self.open_file(files[0]))

    # -- life ----------------------------------------------------------------------------------
    def warm_up(self) -> None:
        """Compile the fast kernel in the background (after the window shows)."""
        self.run.warm_up()

    def shut_down(self) -> None:
        """Stop the worker threads and wait for them (a save under way finishes first).
        Safe to call twice."""
        for controller in self._threaded:
            controller.shut_down()
        self.presentation.restore_application_font()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        commit_typing()  # a number typed and not confirmed is remembered too
        if not self.work.ask(translate("main_window", "quit"), self.sessions.save_session):
            event.ignore()
            return
        self.work.asking = False  # answered: a second close (after exec) asks nothing
        if self._store is not None:
            settings_store.save(self, self._store, self.run_settings, self.view, self.recent.paths)
        self.shut_down()
        event.accept()


def _local_files(mime: QMimeData) -> list[str]:
    """The local files a drag carries (none for text, web links and the like)."""
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
