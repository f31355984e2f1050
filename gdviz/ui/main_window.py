"""The main window: the Train, Data and Runs tabs on the left; fit, landscape and loss.

It builds everything and wires it in one direction:

    SettingsModel ─▶ RunController ─▶ training thread ─▶ RunController ─▶ views

Models own state (the next run's settings, the view, the run, the kept runs);
controllers act on them (data edits, sessions and exports, the sweep, the
lesson); views (plots and panels) show what they are given, and the
:class:`~gdviz.ui.controllers.presenter.RunPresenter` feeds them from the run. The window
itself turns the user's gestures into commands and decides, in one place,
which commands are available.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QMimeData, QSettings, Qt, QTimer
from PySide6.QtGui import (
    QCloseEvent,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QShortcut,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QTabWidget,
)

from gdviz.core.io.session import Session, is_session_path
from gdviz.core.run.settings import NEW_RUN_FIELDS, RunSettings
from gdviz.core.run.state import RunState, enablement
from gdviz.core.teach.words import describe, rate
from gdviz.core.train.data import DataSet, lesson_data
from gdviz.core.train.history import History
from gdviz.core.train.sweep import SweepRequest
from gdviz.ui.actions import (
    MINI_BATCH,
    ask_batch_size,
    create_actions,
    fill_menu_bar,
    show_about,
    show_plot_menu,
)
from gdviz.ui.controllers import settings_store
from gdviz.ui.controllers.data_controller import DataController
from gdviz.ui.controllers.kept_runs import KeptRuns, RunsPanel
from gdviz.ui.controllers.landscape_controller import LandscapeController
from gdviz.ui.controllers.lesson_controller import EXERCISES, LessonController
from gdviz.ui.controllers.prediction_controller import PredictionController
from gdviz.ui.controllers.presenter import RunPresenter, Views
from gdviz.ui.controllers.race_controller import RaceController
from gdviz.ui.controllers.recent_files import RecentFiles, fill_menu
from gdviz.ui.controllers.run_controller import RunController
from gdviz.ui.controllers.session_controller import SessionController
from gdviz.ui.controllers.sweep_controller import SweepController, SweepDialog, SweepWindow
from gdviz.ui.controllers.unsaved import UnsavedWork
from gdviz.ui.models import DEFAULT_SPEED, SettingsModel, ViewModel, speed_from_position
from gdviz.ui.views.data_tab import DataPanel
from gdviz.ui.views.fit_plot import FitPlot
from gdviz.ui.views.help import KeysDialog, keyboard_rows, mouse_rows
from gdviz.ui.views.landscape_plot import LandscapePlot
from gdviz.ui.views.loss_plot import LossPlot
from gdviz.ui.views.plots import PlotPanel
from gdviz.ui.views.presentation import Presentation
from gdviz.ui.views.race_views import RaceDialog
from gdviz.ui.views.train_tab import ControlPanel
from gdviz.ui.views.widgets import ElidingStatusBar, JobProgress

RACE_SIDE_WIDTH = 400  # the side panel's width while racing: room for the race table
SIDE_MAX_WIDTH = 440
WINDOW_GESTURES = (("Drop a file on the window", "open it: a data file or a saved session"),)
# Keys the window handles itself (no action): for Help ▸ Keyboard and mouse.
WINDOW_KEYS = (("Esc", "leave presentation mode (when no past epoch is shown)"),)


class MainWindow(QMainWindow):
    """gdviz's window. ``settings`` (a QSettings), if given, restores and saves the
    window's size, the next run's settings and the recent files between launches.
    ``ask_to_save``: closing, or opening a session over unsaved work, asks first (the
    application's window does; windows made by tests and exports do not)."""

    def __init__(
        self,
        settings: QSettings | None = None,
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
        self.controls = ControlPanel()
        self.data_panel = DataPanel(first_data)
        self.runs_panel = RunsPanel(self.runs)
        self.fit_plot = FitPlot()
        self.landscape_plot = LandscapePlot()
        self.loss_plot = LossPlot()
        self.status_label = QLabel()
        self._build_layout()
        self.presentation = Presentation(
            self, self.plots(), self._main_splitter, self.side_tabs, SIDE_MAX_WIDTH
        )

        # Controllers.
        self.data_controller = DataController(self.run, self.undo_stack, self)
        self.sessions = SessionController(
            self.run, self.view, self.undo_stack, self.plots(), self.race, self
        )
        self.sweeps = SweepController(self)
        self.lesson = LessonController(self.run, self.data_controller, self.runs, self)
        self.predictions = PredictionController(self)

        # Actions and menus.
        self.acts = create_actions(self, self.undo_stack)
        self.recent_menu = fill_menu_bar(self.menuBar(), self.acts)
        self._show_recent()

        # The run, shown.
        views = Views(
            self.controls,
            self.fit_plot,
            self.landscape_plot,
            self.loss_plot,
            self.data_panel,
            self.runs_panel.race_panel,
            self.statusBar(),
            self.status_label,
            self,
        )
        self.presenter = RunPresenter(
            self.run, self.run_settings, self.view, self.runs, self.landscape, self.race, views,
            self,
        )  # fmt: skip
        self._connect()
        if settings is not None:
            settings_store.restore(self, settings, self.run_settings, self.view)
        self._on_settings_changed(self.run_settings.value)
        self._on_speed_changed(self.view.speed)
        self._on_log_scale_changed(self.view.log_scale)
        self._on_side_panel_changed(self.view.side_panel)
        if self.view.presentation:
            self._on_presentation_changed(True)
        # Threads start last: everything they report to is connected by now.
        self.run.start()
        self.landscape.start()
        self.sweeps.start_thread()
        self.race.start_thread()
        self.statusBar().showMessage("Ready: press Train (Space) to watch gradient descent.")

    # -- building ----------------------------------------------------------------------
    def _build_layout(self) -> None:
        top = QSplitter(Qt.Orientation.Horizontal)
        top.addWidget(self.fit_plot)
        top.addWidget(self.landscape_plot)
        top.setSizes([560, 440])
        plots = QSplitter(Qt.Orientation.Vertical)
        plots.addWidget(top)
        plots.addWidget(self.loss_plot)
        plots.setSizes([500, 360])
        scroll = QScrollArea()
        scroll.setWidget(self.controls)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side = QTabWidget()
        side.setObjectName("sideTabs")
        side.addTab(scroll, "Train")
        side.addTab(self.data_panel, "Data")
        side.addTab(self.runs_panel, "Runs")
        side.setMinimumWidth(300)
        side.setMaximumWidth(SIDE_MAX_WIDTH)
        self.side_tabs = side
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(side)
        main.addWidget(plots)
        main.setStretchFactor(1, 1)
        main.setSizes([340, 1060])
        self._main_splitter = main
        self.setCentralWidget(main)
        self.setStatusBar(ElidingStatusBar(self))
        self.job_progress = JobProgress()
        self.statusBar().addPermanentWidget(self.job_progress)
        self.statusBar().addPermanentWidget(self.status_label)
        self.resize(1400, 900)

    def _connect(self) -> None:
        run, c, acts = self.run, self.controls, self.acts
        # The next run's settings and the view: models to views, edits to models.
        self.run_settings.changed.connect(self._on_settings_changed)
        c.edited.connect(self._on_setting_edited)
        c.speed_moved.connect(self.view.set_speed)
        c.editing_finished.connect(self.setFocus)
        self.view.speed_changed.connect(self._on_speed_changed)
        self.view.log_scale_changed.connect(self._on_log_scale_changed)
        self.view.presentation_changed.connect(self._on_presentation_changed)
        self.view.side_panel_changed.connect(self._on_side_panel_changed)
        acts.presentation.toggled.connect(self.view.set_presentation)
        acts.side_panel.toggled.connect(self.view.set_side_panel)
        # Commands, from buttons and from actions alike.
        for button, command in (
            (c.train_button, self.train),
            (c.pause_button, self.pause),
            (c.step_button, self.step),
            (c.step_row_button, self.step_row),
            (c.reset_button, self.reset),
            (c.live_button, self.go_live),
        ):
            button.clicked.connect(command)
        for act, command in (
            (acts.train_pause, self.toggle_training),
            (acts.step, self.step),
            (acts.step_row, self.step_row),
            (acts.reset, self.reset),
            (acts.live, self.go_live),
            (acts.sweep, self.start_sweep),
            (acts.race, self.start_race),
            (acts.defaults, self.restore_defaults),
            (acts.open_session, self.open_session),
            (acts.clear_recent, self.recent.clear),
            (acts.save_session, self.sessions.save_session),
            (acts.save_session_as, lambda: self.sessions.save_session(ask=True)),
            (acts.export_plots, self.sessions.export_plots),
            (acts.export_history, self.sessions.export_history),
            (acts.export_animation, self.sessions.export_animation),
            (acts.export_script, self.sessions.export_script),
            (acts.copy_dashboard, self.sessions.copy_image),
            (acts.quit, self.close),
            (acts.open_data, self.data_controller.open_data),
            (acts.save_data, self.data_controller.save_data),
            (acts.predict_file, self.predict_for_file),
            (acts.clear_predictions, self.predictions.clear),
            (acts.keys_help, self.show_keys),
            (acts.about, lambda: show_about(self)),
        ):
            act.triggered.connect(lambda _=False, command=command: command())
        acts.log_scale.toggled.connect(self.view.set_log_scale)
        for name, act in acts.datasets.items():
            act.triggered.connect(lambda _=False, n=name: self.data_controller.use_builtin(n))
        for exercise in EXERCISES:
            acts.exercises[exercise.name].triggered.connect(
                lambda _=False, e=exercise: self.lesson.start(e)
            )
        for key, act in acts.loss.items():
            act.triggered.connect(lambda _=False, v=key: self._choose_option(loss=v))
        for key, act in acts.gradient.items():
            act.triggered.connect(lambda _=False, v=key: self._choose_option(gradient=v))
        for key, act in acts.batch.items():
            act.triggered.connect(lambda _=False, k=key: self._choose_batch(k))
        for key, act in acts.optimizer.items():
            act.triggered.connect(lambda _=False, v=key: self._choose_option(optimizer=v))
        self.runs_panel.race_requested.connect(self.start_race)
        self.runs_panel.race_panel.end_requested.connect(self.race.end)
        self.runs_panel.race_panel.threshold_changed.connect(self.race.set_threshold)
        run.data_changed.connect(self._end_race_on_other_data)
        self.race.state_changed.connect(self._update_enablement)
        self.race.started.connect(self._update_enablement)
        run.state_changed.connect(self._update_enablement)
        run.run_started.connect(self._update_enablement)
        run.target_changed.connect(self._update_enablement)
        self.presenter.viewing_changed.connect(self._update_enablement)
        # Gestures on the plots and the table.
        self.landscape_plot.start_chosen.connect(self._on_start_chosen)
        self.fit_plot.point_added.connect(self.data_controller.add_point)
        self.fit_plot.point_moved.connect(self.data_controller.move_point)
        self.fit_plot.point_deleted.connect(self.data_controller.delete_point)
        self.data_panel.edit_requested.connect(self.data_controller.edit)
        self.data_panel.paste_requested.connect(self.data_controller.paste)
        for plot, name in zip(self.plots(), ("fit", "landscape", "loss"), strict=True):
            plot.context_menu_requested.connect(
                lambda pos, row, p=plot, n=name: show_plot_menu(
                    self, p, n, pos, row, self.sessions, self.data_controller
                )
            )
        # Controllers, back to the user.
        self.predictions.shown.connect(self._show_predictions)
        # What is unsaved, and what was used lately.
        run.epochs_added.connect(self.work.trained)
        self.race.started.connect(self.work.trained)
        self.sessions.saved.connect(self.work.saved)
        self.sessions.opened.connect(self.work.saved)
        self.sessions.used.connect(self.recent.add)
        self.data_controller.used.connect(self.recent.add)
        self.recent.changed.connect(self._show_recent)
        for source in (self.data_controller, self.sessions, self.lesson, self.predictions):
            source.message.connect(self.presenter.say)
        self.lesson.note.connect(self._show_lesson_note)
        self.lesson.race_requested.connect(self._race_lesson)
        self.sweeps.rate_chosen.connect(self._on_sweep_rate_chosen)
        animation = self.sessions.animation
        animation.progressed.connect(
            lambda done, total: self.job_progress.show_progress("Animation", done, total)
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

    # -- commands --------------------------------------------------------------------------
    def show_keys(self) -> None:
        """Help ▸ Keyboard and mouse: every action's keys, every shortcut, every gesture."""
        KeysDialog(
            keyboard_rows(self.acts, self.findChildren(QShortcut), WINDOW_KEYS),
            mouse_rows(
                [
                    ("Fit plot", self.fit_plot),
                    ("Loss landscape", self.landscape_plot),
                    ("Loss plot", self.loss_plot),
                    ("Data table", self.data_panel),
                ],
                WINDOW_GESTURES,
            ),
            self,
        ).exec()

    def say(self, message: str) -> None:
        """Tell the user ``message`` in the status bar."""
        self.presenter.say(message)

    def predict_for_file(self, path: str | None = None, save_to: str | None = None) -> bool:
        """Data ▸ Predict for a file: with the model drawn now (a viewed epoch's, or the
        live one)."""
        w, b, epoch = self.shown_parameters()
        trained = len(self.run.history) if epoch is None else epoch + 1
        x_name = self.run.data.x_label
        return self.predictions.predict_file(w, b, trained, x_name, path, save_to=save_to)

    def _show_predictions(self, result) -> None:
        if result is None:
            self.fit_plot.show_file_predictions(None, None)
        else:
            self.fit_plot.show_file_predictions(result.x, result.p, result.label)
        self._update_enablement()

    def train(self) -> None:
        """Start a run, resume a paused one, or go on with a finished one whose epochs
        were raised (during a race: start or resume every racer)."""
        if self.race.active:
            self.race.play()
            return
        self.run.train()
        if self.run.state is RunState.RUNNING:
            self.statusBar().showMessage(
                f"Training at learning rate {rate(self.run.learning_rate)}…"
            )

    def pause(self) -> None:
        if self.race.active:
            self.race.pause()
            return
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
            return
        if not self.run.step():
            self._say_run_over()

    def step_row(self) -> None:
        """One row's update, shown with its arithmetic."""
        if self.race.active:
            self.statusBar().showMessage("Step row works on a single run: End race first.")
        elif not self.run.settings.per_row:
            self.statusBar().showMessage(
                "Step row needs per-row updates (Options ▸ Per-row updates)."
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
        self.statusBar().showMessage(
            f"Reset: w = {self.run.w:g}, b = {self.run.b:g}. Press Train (Space) to start."
        )

    def restore_defaults(self) -> None:
        """The lesson's data and settings, and the default speed."""
        self.lesson.restore_defaults()
        self.view.set_speed(DEFAULT_SPEED)

    def view_epoch(self, epoch: int) -> None:
        """Show the model as it was after ``epoch`` (training may go on meanwhile)."""
        self.presenter.view_epoch(epoch)

    def go_live(self) -> None:
        """Back to following the trainer."""
        self.presenter.go_live()

    def start_sweep(self, rates=None, threshold: float = 0.05) -> SweepWindow | None:
        """Open the sweep window and start a sweep (asking for the rates if not given)."""
        settings = self.run_settings.value
        if rates is None:
            answer = SweepDialog.ask(self, settings.epochs)
            if answer is None:
                return None
            rates, threshold = answer
        return self.sweeps.start(SweepRequest(self.run.data, settings, tuple(rates), threshold))

    def start_race(
        self, settings: list[RunSettings] | None = None, threshold: float | None = None
    ) -> bool:
        """Race optimisers from the next run's start on the current data (asking which,
        unless ``settings`` are given). The run pauses meanwhile."""
        threshold = self.race.threshold if threshold is None else threshold
        if settings is None:
            answer = RaceDialog.ask(self, self.run_settings.value, threshold)
            if answer is None:
                return False
            settings, threshold = answer
        self.pause()
        self.run.pause()
        self.race.set_speed(speed_from_position(self.view.speed))
        self.race.start(self.run.data, list(settings), threshold)
        self.runs_panel.race_panel.show_note("")
        self.side_tabs.setCurrentWidget(self.runs_panel)
        sizes = self._main_splitter.sizes()
        if sizes[0] < RACE_SIDE_WIDTH:  # room for the race table's six columns
            self._main_splitter.setSizes([RACE_SIDE_WIDTH, sum(sizes) - RACE_SIDE_WIDTH])
        return True

    def _end_race_on_other_data(self, data, _continued: bool = False) -> None:
        if self.race.active and self.race.data is not None and not data.same_rows(self.race.data):
            self.race.end()
            self.statusBar().showMessage("The data changed, so the race ended: race again on it.")

    def _race_lesson(self, settings: list[RunSettings], threshold: float) -> None:
        if self.start_race(settings, threshold):
            self.race.play()

    def _show_lesson_note(self, title: str, text: str) -> None:
        """Beside the run (Train tab) and, for a race, above the race's table."""
        self.controls.show_note(title, text)
        self.runs_panel.race_panel.show_note(f"<b>{title}</b> {text}" if self.race.active else "")

    # -- sessions and exports ----------------------------------------------------------------
    def apply_session(self, session: Session) -> None:
        """Show ``session`` (already validated) and make Train continue it exactly."""
        self.sessions.apply(session)

    def caption(self) -> str:
        """Two lines under an exported dashboard: the model now, and how it was trained."""
        return self.sessions.caption()

    def export_images(self, folder, formats=("png",), width: int = 1600):
        """Write fit.*, landscape.*, loss.* and dashboard.* into ``folder``."""
        return self.sessions.export_images(folder, formats, width)

    # -- the settings and the view ---------------------------------------------------------
    def _on_setting_edited(self, field: str, value: object) -> None:
        if field in NEW_RUN_FIELDS:  # the optimiser and its settings, from the Train tab
            self._choose_option(**{field: value})
            return
        self.run_settings.update(**{field: value})
        settings, run = self.run_settings.value, self.run
        if field in ("weight", "bias") and not run.fresh:
            self.statusBar().showMessage(
                f"The next run starts at w = {settings.weight:g}, b = {settings.bias:g}: Reset "
                "(R) to start it now."
            )
        elif field == "learning_rate" and run.state is RunState.RUNNING:
            self.statusBar().showMessage(
                f"Learning rate now {rate(settings.learning_rate)}, from the next epoch on."
            )

    def _on_settings_changed(self, settings: RunSettings) -> None:
        self.controls.show_settings(settings)
        self.acts.show_settings(settings)
        self.landscape_plot.set_start(*settings.start)
        self._update_enablement()

    def _choose_batch(self, key: int) -> None:
        size = key
        if key == MINI_BATCH:
            size = ask_batch_size(self, self.run_settings.value.batch_size)
            if size is None:
                self.acts.show_settings(self.run_settings.value)
                return
        self._choose_option(batch_size=size)

    def _choose_option(self, **change: object) -> None:
        """Loss, gradient rule or batch size from the Options menu, and say what it did."""
        over = self.run.state in (RunState.FINISHED, RunState.DIVERGED)
        begun = not self.run.fresh and not over
        before = self.run_settings.value
        self.run_settings.update(**change)
        settings = self.run_settings.value
        if settings == before:
            return
        if begun:
            more = " A new run started from the same start; the one before is kept in Runs."
        elif over:
            more = " Train (Space) starts a run with it."
        else:
            more = ""
        self.statusBar().showMessage(f"Training with {describe(settings)}.{more}")

    def _on_speed_changed(self, position: int) -> None:
        self.controls.show_speed(position)
        self.run.set_speed(speed_from_position(position))
        self.race.set_speed(speed_from_position(position))

    def _on_log_scale_changed(self, on: bool) -> None:
        self.acts.log_scale.setChecked(on)
        self.loss_plot.set_log_scale(on)
        self.landscape_plot.set_log_scale(on)

    def _on_presentation_changed(self, on: bool) -> None:
        """Full screen with everything 1.5 times larger, or back to the window as it was."""
        self.acts.presentation.setChecked(on)
        self.presentation.apply(on)
        if on:
            self.statusBar().showMessage(
                "Presentation mode: F11 or Esc to leave; Ctrl+B hides the side panel."
            )

    def _on_side_panel_changed(self, shown: bool) -> None:
        self.acts.side_panel.setChecked(shown)
        self.side_tabs.setVisible(shown)

    def _on_start_chosen(self, w: float, b: float) -> None:
        self.run_settings.update(weight=round(w, 4), bias=round(b, 4))
        s = self.run_settings.value
        if self.run.fresh:
            self.statusBar().showMessage(
                f"Start set to w = {s.weight:g}, b = {s.bias:g}. Train (Space) goes from there."
            )
        else:
            self.statusBar().showMessage(
                f"The next run starts at w = {s.weight:g}, "
                f"b = {s.bias:g}: Reset (R) to start it now."
            )

    def _on_sweep_rate_chosen(self, lr: float) -> None:
        self.run.start_new(self.run_settings.value.with_(learning_rate=lr), train=True)
        self.statusBar().showMessage(f"Training the sweep's learning rate {rate(lr)}.")

    def _update_enablement(self, *_changed: object) -> None:
        """Buttons and menu items from one rule (gdviz.core.run.state.enablement)."""
        racing = self.race.active
        e = enablement(
            self.race.state if racing else self.run.state,
            self.run.settings,
            viewing_past=self.presenter.viewed_epoch is not None,
            racing=racing,
        )
        c, acts = self.controls, self.acts
        for widgets, on in (
            ((c.train_button,), e.train),
            ((c.pause_button,), e.pause),
            ((c.step_button, acts.step), e.step),
            ((c.step_row_button, acts.step_row), e.step_row),
            ((c.reset_button, acts.reset), e.reset),
            ((c.live_button, acts.live), e.live),
        ):
            for widget in widgets:
                widget.setEnabled(on)
        c.train_button.setText(e.train_text)
        acts.clear_predictions.setEnabled(self.predictions.current is not None)

    def _say_run_over(self) -> None:
        self.statusBar().showMessage(
            "This run is over: press Reset (R) to start again, or raise Epochs and Train to go on."
        )

    # -- files -------------------------------------------------------------------------------
    def open_file(self, path: str) -> bool:
        """Open a session (``.json``) or a data file, as ``gdviz FILE`` and a drop do."""
        if is_session_path(path):
            return self.open_session(path)
        return self.data_controller.open_data(path)

    def open_session(self, path: str | None = None) -> bool:
        """File ▸ Open session: a session replaces the run, so unsaved work is asked
        about first (Save / Discard / Cancel)."""
        if not self.work.ask("open another session", self.sessions.save_session):
            return False
        return self.sessions.open_session(path)

    def open_recent(self, path: str) -> bool:
        if not Path(path).is_file():
            self.recent.remove(path)
            self.statusBar().showMessage(
                f"{path} is no longer there (moved or deleted): removed from Recent files."
            )
            return False
        return self.open_file(path)

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
        """Stop the worker threads and wait for them. Safe to call twice."""
        self.sessions.shut_down()  # a save under way finishes first
        self.data_controller.shut_down()
        self.predictions.shut_down()
        self.run.shut_down()
        self.landscape.shut_down()
        self.sweeps.shut_down()
        self.race.shut_down()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if not self.work.ask("quit", self.sessions.save_session):
            event.ignore()
            return
        self.work.asking = False  # answered: a second close (after exec) asks nothing
        if self._store is not None:
            settings_store.save(self, self._store, self.run_settings, self.view)
        self.shut_down()
        event.accept()


def _local_files(mime: QMimeData) -> list[str]:
    """The local files a drag carries (none for text, web links and the like)."""
    if not mime.hasUrls():
        return []
    return [url.toLocalFile() for url in mime.urls() if url.isLocalFile()]
