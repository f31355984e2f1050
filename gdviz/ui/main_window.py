"""The main window: the Train, Data and Runs tabs on the left; fit, landscape and loss.

It builds everything and wires it in one direction:

    SettingsModel ─▶ RunController ─▶ training thread ─▶ RunController ─▶ views

Models own state (the next run's settings, the view, the run, the kept runs);
controllers act on them (data edits, sessions and exports, the sweep, the
lesson); views (plots and panels) show what they are given. The window turns
user gestures into commands and model signals into pictures, redrawing at
most ~25 times a second while training.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QInputDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTabWidget,
)
from superqt.utils import qthrottled

from gdviz import __version__
from gdviz.core.data import DataSet, lesson_data
from gdviz.core.history import History
from gdviz.core.model import predict
from gdviz.core.runs import path_points
from gdviz.core.session import Session
from gdviz.core.settings import RunSettings
from gdviz.core.state import RunState, StopReason, enablement
from gdviz.core.sweep import SweepRequest
from gdviz.ui import settings_store
from gdviz.ui.controls import ControlPanel
from gdviz.ui.data_controller import DataController
from gdviz.ui.data_panel import DataPanel
from gdviz.ui.explain import explain
from gdviz.ui.landscape import LandscapePlot
from gdviz.ui.landscape_jobs import LandscapeController
from gdviz.ui.lesson import EXERCISES, LessonController
from gdviz.ui.menus import MINI_BATCH, create_actions, fill_menu_bar, shortcut_lines
from gdviz.ui.models import DEFAULT_SPEED, SettingsModel, ViewModel, speed_from_position
from gdviz.ui.plots import FitPlot, LossPlot, PlotPanel
from gdviz.ui.run import RunController
from gdviz.ui.runs import KeptRuns, RunsPanel
from gdviz.ui.sessions import SessionController
from gdviz.ui.sweep import SweepController, SweepDialog, SweepWindow
from gdviz.ui.text import LOSS_NAMES, count, describe, integer, number, rate
from gdviz.ui.widgets import ElidingStatusBar
from gdviz.ui.worker import RowStep, StopReport

REDRAW_MS = 40  # 25 frames a second: smooth to the eye, light on the GUI thread
LANDSCAPE_MS = 250  # the path on the landscape is redrawn at most 4 times a second


class MainWindow(QMainWindow):
    """gdviz's window. ``settings`` (a QSettings), if given, restores and saves the
    window's size and the next run's settings between launches."""

    def __init__(self, settings: QSettings | None = None, data: DataSet | None = None) -> None:
        super().__init__()
        self.setWindowTitle("gdviz")
        self._store = settings
        first_data = data or lesson_data()
        self._viewed_epoch: int | None = None  # None: live

        # Models: one owner for each piece of state.
        self.run_settings = SettingsModel(parent=self)
        self.view = ViewModel(self)
        self.undo_stack = QUndoStack(self)
        self.run = RunController(first_data, self.run_settings, self)
        self.runs = KeptRuns(self.run, self.run_settings, self)
        self.landscape = LandscapeController(self)

        # Views.
        self.controls = ControlPanel()
        self.data_panel = DataPanel(first_data)
        self.runs_panel = RunsPanel(self.runs)
        self.fit_plot = FitPlot()
        self.landscape_plot = LandscapePlot()
        self.loss_plot = LossPlot()
        self.status_label = QLabel()
        self._build_layout()

        # Controllers.
        self.data_controller = DataController(self.run, self.undo_stack, self)
        self.sessions = SessionController(self.run, self.view, self.undo_stack, self.plots(), self)
        self.sweeps = SweepController(self)
        self.lesson = LessonController(self.run, self.data_controller, self.runs, self)

        # Actions and menus.
        self.acts = create_actions(self, self.undo_stack)
        fill_menu_bar(self.menuBar(), self.acts)

        self._redraw_soon = qthrottled(self._redraw, timeout=REDRAW_MS, parent=self)
        self._follow_soon = qthrottled(self._follow_landscape, timeout=LANDSCAPE_MS, parent=self)
        self._connect()
        if settings is not None:
            settings_store.restore(self, settings, self.run_settings, self.view)
        self._on_settings_changed(self.run_settings.value)
        self._on_speed_changed(self.view.speed)
        self._on_log_scale_changed(self.view.log_scale)
        # Threads start last: everything they report to is connected by now.
        self.run.start()
        self.landscape.start()
        self.sweeps.start_thread()
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
        side.setMaximumWidth(440)
        self.side_tabs = side
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(side)
        main.addWidget(plots)
        main.setStretchFactor(1, 1)
        main.setSizes([340, 1060])
        self.setCentralWidget(main)
        self.setStatusBar(ElidingStatusBar(self))
        self.statusBar().addPermanentWidget(self.status_label)
        self.resize(1400, 900)

    def _connect(self) -> None:
        run, c, acts = self.run, self.controls, self.acts
        # The next run's settings and the view: models to views, edits to models.
        self.run_settings.changed.connect(self._on_settings_changed)
        c.edited.connect(self._on_setting_edited)
        c.speed_moved.connect(self.view.set_speed)
        c.editing_finished.connect(self.setFocus)
        c.predict_changed.connect(self._update_prediction)
        self.view.speed_changed.connect(self._on_speed_changed)
        self.view.log_scale_changed.connect(self._on_log_scale_changed)
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
            (acts.defaults, self.restore_defaults),
            (acts.open_session, self.sessions.open_session),
            (acts.save_session, self.sessions.save_session),
            (acts.save_session_as, lambda: self.sessions.save_session(ask=True)),
            (acts.export_plots, self.sessions.export_plots),
            (acts.export_history, self.sessions.export_history),
            (acts.copy_dashboard, self.sessions.copy_image),
            (acts.quit, self.close),
            (acts.open_data, self.data_controller.open_data),
            (acts.save_data, self.data_controller.save_data),
            (acts.keys_help, self._show_keys),
            (acts.about, self._show_about),
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
            act.triggered.connect(lambda _=False, v=key: self.run_settings.update(loss=v))
        for key, act in acts.gradient.items():
            act.triggered.connect(lambda _=False, v=key: self.run_settings.update(gradient=v))
        for key, act in acts.batch.items():
            act.triggered.connect(lambda _=False, k=key: self._choose_batch(k))
        # The run, to the views.
        run.run_started.connect(self._on_run_started)
        run.state_changed.connect(self._on_state_changed)
        run.epochs_added.connect(self._on_epochs_added)
        run.row_stepped.connect(self._on_row_stepped)
        run.stopped.connect(self._on_stopped)
        run.failed.connect(self._on_failed)
        run.data_changed.connect(self._on_data_changed)
        run.target_changed.connect(self._on_target_changed)
        run.loss_rising.connect(self._on_loss_rising)
        self.runs.changed.connect(self._draw_kept_runs)
        # The landscape's grids.
        self.landscape.grid_ready.connect(self.landscape_plot.show_result)
        self.landscape.busy_changed.connect(self._on_landscape_busy)
        self.landscape.failed.connect(self.landscape_plot.show_failure)
        # Gestures on the plots and the table.
        self.landscape_plot.start_chosen.connect(self._on_start_chosen)
        self.loss_plot.epoch_selected.connect(self.view_epoch)
        self.fit_plot.point_added.connect(self.data_controller.add_point)
        self.fit_plot.point_moved.connect(self.data_controller.move_point)
        self.fit_plot.point_deleted.connect(self.data_controller.delete_point)
        self.data_panel.edit_requested.connect(self.data_controller.edit)
        for plot, name in zip(self.plots(), ("fit", "landscape", "loss"), strict=True):
            plot.context_menu_requested.connect(
                lambda pos, row, p=plot, n=name: self._show_plot_menu(p, n, pos, row)
            )
        # Controllers, back to the user.
        for source in (self.data_controller, self.sessions, self.lesson):
            source.message.connect(self.statusBar().showMessage)
        self.lesson.note.connect(c.show_note)
        self.sweeps.rate_chosen.connect(self._on_sweep_rate_chosen)

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
        return self._viewed_epoch

    def shown_parameters(self) -> tuple[float, float, int | None]:
        """(w, b) as drawn now, and the epoch they belong to (None: live)."""
        k = self._viewed_epoch
        if k is None:
            return self.run.w, self.run.b, None
        h = self.run.history
        index = k // h.param_stride
        return float(h.w[index]), float(h.b[index]), index * h.param_stride

    def plots(self) -> list[PlotPanel]:
        """The plots, in screen order (for the dashboard)."""
        return [self.fit_plot, self.landscape_plot, self.loss_plot]

    # -- commands --------------------------------------------------------------------------
    def train(self) -> None:
        """Start a run, resume a paused one, or go on with a finished one whose epochs
        were raised."""
        self.run.train()
        if self.run.state is RunState.RUNNING:
            self.statusBar().showMessage(
                f"Training at learning rate {rate(self.run.learning_rate)}…"
            )

    def pause(self) -> None:
        self.run.pause()

    def toggle_training(self) -> None:
        if self.run.state is RunState.RUNNING:
            self.pause()
        else:
            self.train()

    def step(self) -> None:
        """Train one epoch (pausing first if training)."""
        if not self.run.step():
            self._say_run_over()

    def step_row(self) -> None:
        """One row's update, shown with its arithmetic."""
        if not self.run.settings.per_row:
            self.statusBar().showMessage(
                "Step row needs per-row updates (Options ▸ Per-row updates)."
            )
        elif not self.run.step_row():
            self._say_run_over()

    def reset(self) -> None:
        """A new run from the next run's settings; the run so far is kept in Runs."""
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
        n = len(self.run.history)
        if n == 0:
            return
        self._viewed_epoch = min(max(int(epoch), 0), n - 1)
        self.loss_plot.show_cursor(self._viewed_epoch)
        self._update_enablement()
        self._redraw()

    def go_live(self) -> None:
        """Back to following the trainer."""
        if self._viewed_epoch is None:
            return
        self._viewed_epoch = None
        self.loss_plot.show_cursor(None)
        self._update_enablement()
        self._redraw()

    def set_log_scale(self, on: bool) -> None:
        """Loss plot and landscape on a log scale (View ▸ Log-scale, L)."""
        self.view.set_log_scale(on)

    def start_sweep(self, rates=None, threshold: float = 0.05) -> SweepWindow | None:
        """Open the sweep window and start a sweep (asking for the rates if not given)."""
        settings = self.run_settings.value
        if rates is None:
            answer = SweepDialog.ask(self, settings.epochs)
            if answer is None:
                return None
            rates, threshold = answer
        return self.sweeps.start(SweepRequest(self.run.data, settings, tuple(rates), threshold))

    @property
    def sweep_window(self) -> SweepWindow | None:
        return self.sweeps.window

    # -- sessions and exports ----------------------------------------------------------------
    def session(self) -> Session:
        """The run as shown now (history, w, b, settings), ready to save."""
        return self.sessions.session()

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
        current = self.run_settings.value.batch_size
        size = key
        if key == MINI_BATCH:
            size, ok = QInputDialog.getInt(
                self,
                "Mini-batch size",
                "Rows per update (2 or more):",
                current if current > 1 else 10,
                2,
                1_000_000,
            )
            if not ok:
                self.acts.show_settings(self.run_settings.value)
                return
        running = not self.run.fresh
        self.run_settings.update(batch_size=size)
        settings = self.run_settings.value
        more = " A new run started; the one before is kept in Runs." if running else ""
        self.statusBar().showMessage(describe(settings).capitalize() + "." + more)

    def _on_speed_changed(self, position: int) -> None:
        self.controls.show_speed(position)
        self.run.set_speed(speed_from_position(position))

    def _on_log_scale_changed(self, on: bool) -> None:
        self.acts.log_scale.setChecked(on)
        self.loss_plot.set_log_scale(on)
        self.landscape_plot.set_log_scale(on)

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

    def _update_enablement(self) -> None:
        """Buttons and menu items from one rule (gdviz.core.state.enablement)."""
        e = enablement(
            self.run.state, self.run.settings, viewing_past=self._viewed_epoch is not None
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

    # -- from the run ------------------------------------------------------------------------
    def _on_run_started(self) -> None:
        r = self.run
        self._viewed_epoch = None
        self.loss_plot.show_cursor(None)
        self.fit_plot.set_data(r.data)
        self.fit_plot.show_row(None)
        self.landscape_plot.hide_step()
        self.controls.clear_row()
        self.controls.clear_note()
        self.loss_plot.start_run(r.history, r.settings.epochs, LOSS_NAMES[r.settings.loss])
        self.loss_plot.show_banner(None)
        if r.divergence is not None:
            self._show_divergence()
        self._update_enablement()
        self._draw_kept_runs()
        self._follow_landscape()
        self._redraw()

    def _on_state_changed(self, state: RunState) -> None:
        self._update_enablement()
        if state is not RunState.RUNNING:
            self._follow_landscape()

    def _on_epochs_added(self) -> None:
        if self.run.state is RunState.RUNNING:
            self._redraw_soon()
            self._follow_soon()
            return
        # A single step: show it at once.
        self.fit_plot.show_row(None)
        self.landscape_plot.hide_step()
        self._redraw()
        self._follow_landscape()
        n = len(self.run.history)
        self.statusBar().showMessage(
            f"Paused at epoch {integer(n)}. Train (Space) resumes, "
            "S does one more epoch, Shift+S one row."
        )

    def _on_row_stepped(self, step: RowStep) -> None:
        u = step.update
        title = (
            f"Epoch {integer(step.epoch)}, row {step.rows_done} of {step.rows}: "
            f"x = {u.x:g}, y = {u.y:g}"
        )
        s = self.run.settings
        self.controls.show_row(title, explain(u, self.run.learning_rate, s.loss, s.gradient))
        self.statusBar().showMessage(
            f"{title}: loss {u.loss:.3g}. Shift+S for the next row, S to finish the epoch."
        )
        self.fit_plot.show_row(u)
        self.landscape_plot.show_step(u.w_before, u.b_before, u.w_after, u.b_after)
        self._redraw()
        self._follow_landscape()

    def _on_stopped(self, report: StopReport) -> None:
        bar = self.statusBar()
        r = self.run
        if report.reason is StopReason.FINISHED:
            loss = r.history.loss[-1] if len(r.history) else math.nan
            bar.showMessage(
                f"Finished {count(report.epoch, 'epoch')}: loss {number(loss)}, "
                f"w = {number(r.w)}, b = {number(r.b)}. Raise Epochs and Train to "
                "go on."
            )
        elif report.reason is StopReason.PAUSED:
            bar.showMessage(
                f"Paused at epoch {integer(report.epoch)}. Train (Space) resumes, "
                "Step (S) does one epoch, Shift+S one row."
            )
        elif report.reason is StopReason.DIVERGED:
            self._show_divergence()
        self._redraw()
        self._follow_landscape()

    def _on_failed(self, details: str) -> None:
        self.statusBar().showMessage("Training stopped by an internal error (details shown).")
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            "gdviz: training failed",
            "Training stopped because of an internal error. The run so far is kept.",
            parent=self,
        )
        box.setDetailedText(details)
        box.setModal(False)
        box.show()
        self._redraw()

    def _on_data_changed(self, data: DataSet, continued: bool) -> None:
        self.data_panel.set_data_set(data)
        self.loss_plot.hide_hover()
        self.controls.clear_row()
        self.controls.clear_note()
        if continued:  # a fresh run redraws everything itself (run_started)
            self.fit_plot.set_data(data)
            self.fit_plot.show_row(None)
            self.landscape_plot.hide_step()
            self._follow_landscape()
            self._redraw()

    def _on_target_changed(self, epochs: int) -> None:
        self.loss_plot.set_epochs(epochs)
        self._update_enablement()
        self._redraw()
        if self.run.state is RunState.PAUSED and len(self.run.history) < epochs:
            self.statusBar().showMessage(
                f"The run now goes to {count(epochs, 'epoch')}: Train "
                "(Space) goes on from where it stopped."
            )

    def _on_loss_rising(self, began: int, epochs: int) -> None:
        self.statusBar().showMessage(
            f"The loss has risen for {count(epochs, 'epoch')} in a row (since epoch "
            f"{integer(began)}): the steps may be too big for this data. Try a smaller "
            "learning rate."
        )

    def _show_divergence(self) -> None:
        d = self.run.divergence
        assert d is not None
        advice = f"Try a smaller learning rate than {rate(self.run.learning_rate)}."
        self.statusBar().showMessage(
            f"Diverged at epoch {integer(d.epoch)}: the {d.what} became {d.value!r}. {advice}"
        )
        self.loss_plot.show_banner(
            f"Diverged at epoch {integer(d.epoch)}: the {d.what} became "
            f"{d.value!r}.\n{advice} Then Reset (R)."
        )

    def _say_run_over(self) -> None:
        self.statusBar().showMessage(
            "This run is over: press Reset (R) to start again, or raise Epochs and Train to go on."
        )

    # -- drawing -----------------------------------------------------------------------------
    def _redraw(self) -> None:
        r = self.run
        n = len(r.history)
        self.loss_plot.refresh()
        w, b, kept_from = self.shown_parameters()
        self.fit_plot.set_model(w, b)
        self.landscape_plot.show_current(w, b)
        self.controls.show_progress(n, r.settings.epochs)
        if self._viewed_epoch is None:
            loss = float(r.history.loss[-1]) if n else None
            self.controls.show_viewing(None, n)
        else:
            loss = float(r.history.loss[self._viewed_epoch])
            self.controls.show_viewing(self._viewed_epoch, n, kept_from)
        self.controls.show_model(loss, w, b)
        self.status_label.setText(
            f"{r.data.name} · {count(len(r.data), 'row')} · {LOSS_NAMES[r.settings.loss]}"
        )
        self._update_prediction()

    def _follow_landscape(self) -> None:
        """Draw the path; ask for a grid that shows it (and the starts) if this one does not."""
        r = self.run
        # The drawn points only: copying a long run's full path 4 times a second
        # would cost memory and time.
        path_w, path_b = path_points(r.history.w, r.history.b)
        self.landscape_plot.show_path(r.settings.start, path_w, path_b, (r.w, r.b))
        w, b, _ = self.shown_parameters()
        self.landscape_plot.show_current(w, b)
        nxt = self.run_settings.value
        ws = [
            *path_w[-1:],
            r.w,
            r.settings.weight,
            nxt.weight,
            path_w.min(initial=r.w),
            path_w.max(initial=r.w),
        ]
        bs = [
            *path_b[-1:],
            r.b,
            r.settings.bias,
            nxt.bias,
            path_b.min(initial=r.b),
            path_b.max(initial=r.b),
        ]
        self.landscape.follow(r.data, r.settings.loss, np.array(ws), np.array(bs))

    def _on_landscape_busy(self, busy: bool) -> None:
        if busy:
            self.landscape_plot.show_computing()

    def _draw_kept_runs(self) -> None:
        visible = self.runs.visible()
        self.fit_plot.set_overlays(visible)
        self.landscape_plot.set_overlays(visible)
        self.loss_plot.set_overlays(visible, [self.runs.label(r) for r in visible])

    def _update_prediction(self) -> None:
        hours = self.controls.predict_hours()
        w, b, _ = self.shown_parameters()
        if hours is None or not (math.isfinite(w) and math.isfinite(b)):
            self.controls.predict_output.setText("type hours studied")
            self.fit_plot.show_prediction(None, None)
            return
        p = predict(w, b, hours)
        verdict = "likely to pass" if p >= 0.5 else "likely to fail"
        self.controls.predict_output.setText(f"p = {p:.4f} ({p:.1%}): {verdict}")
        self.fit_plot.show_prediction(hours, p)

    # -- menus and dialogs ---------------------------------------------------------------------
    def _show_plot_menu(self, plot: PlotPanel, name: str, pos: QPoint, row: int | None) -> None:
        menu = QMenu(self)
        if row is not None:
            menu.addAction(
                f"Delete data row {row + 1}", lambda: self.data_controller.delete_point(row)
            )
            menu.addSeparator()
        menu.addAction(f"Export the {name} plot…", lambda: self.sessions.export_one(plot, name))
        menu.addAction(f"Copy the {name} plot", lambda: self.sessions.copy_image(plot))
        menu.addAction("Export all plots…", self.sessions.export_plots)
        menu.addSeparator()
        menu.addAction("Show everything", lambda: plot.getPlotItem().autoRange())
        menu.exec(pos)

    def _show_keys(self) -> None:
        QMessageBox.information(self, "Keys", "\n".join(shortcut_lines(self.acts)))

    def _show_about(self) -> None:
        QMessageBox.about(
            self,
            "About gdviz",
            f"<b>gdviz {__version__}</b><p>Watch gradient descent train "
            "p = σ(w·x + b), one epoch or one row at a time.</p>",
        )

    # -- life ----------------------------------------------------------------------------------
    def warm_up(self) -> None:
        """Compile the fast kernel in the background (after the window shows)."""
        self.run.warm_up()

    def shut_down(self) -> None:
        """Stop the worker threads and wait for them. Safe to call twice."""
        self.run.shut_down()
        self.landscape.shut_down()
        self.sweeps.shut_down()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if self._store is not None:
            settings_store.save(self, self._store, self.run_settings, self.view)
        self.shut_down()
        event.accept()
