"""The main window: controls on the left; fit, landscape and loss on the right.

The run itself lives in :class:`~gdviz.ui.run.RunController`; this window
turns its signals into pictures, at most ~25 redraws a second.
"""

from __future__ import annotations

import gc
import math

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QTabWidget,
)

from gdviz.core.data import DataSet, lesson_data
from gdviz.core.history import History
from gdviz.core.model import RowUpdate, predict
from gdviz.core.session import Session
from gdviz.core.trainer import Hyperparameters
from gdviz.ui import export
from gdviz.ui import settings as saved_settings
from gdviz.ui.controls import DEFAULT_SPEED, ControlPanel, speed_from_position
from gdviz.ui.data_panel import DataPanel
from gdviz.ui.explain import explain
from gdviz.ui.landscape import LandscapePlot
from gdviz.ui.menus import build_menus
from gdviz.ui.plots import FitPlot, LossPlot
from gdviz.ui.run import DIVERGED, FINISHED, IDLE, PAUSED, RUNNING, RunController
from gdviz.ui.runs import RunsKeeper, RunsPanel
from gdviz.ui.sweep import SweepWindow
from gdviz.ui.text import number
from gdviz.ui.worker import StopReport

REDRAW_MS = 40  # 25 frames a second: smooth to the eye, light on the GUI thread
LANDSCAPE_MS = 250  # the path on the landscape is redrawn at most 4 times a second


class MainWindow(QMainWindow):
    """gdviz's window. ``settings``, if given, restores and saves size and controls."""

    state_changed = Signal(str)  # idle, running, paused, finished or diverged

    def __init__(self, settings: QSettings | None = None, data: DataSet | None = None) -> None:
        super().__init__()
        self.setWindowTitle("gdviz")
        self._settings = settings
        # Loss, gradient rule and batch size for the next run (Options menu).
        self.options = Hyperparameters()
        self._view_epoch: int | None = None
        self._dirty = False

        first_data = data or lesson_data()
        self.controls = ControlPanel()
        self.data_panel = DataPanel(first_data)
        self.runs_panel = RunsPanel()
        self.fit_plot = FitPlot()
        self.landscape_plot = LandscapePlot()
        self.loss_plot = LossPlot()
        self._build_layout()
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)

        # Started last among the parts: nothing that can fail may run after a thread exists.
        self.run = RunController(first_data, self)
        build_menus(self)
        self.runs = RunsKeeper(self, self.runs_panel)
        self.run.about_to_reset.connect(
            lambda hp, new_data: self.runs.keep_current(hp, new_data.name)
        )
        self.run.state_changed.connect(self._on_state_changed)
        self.run.epochs_added.connect(self._on_epochs_added)
        self.run.row_stepped.connect(self._on_row_stepped)
        self.run.stopped.connect(self._on_stopped)
        self.run.run_started.connect(self._on_run_started)

        c = self.controls
        c.train_button.clicked.connect(self.train)
        c.pause_button.clicked.connect(self.pause)
        c.step_button.clicked.connect(self.step)
        c.step_row_button.clicked.connect(self.step_row)
        c.reset_button.clicked.connect(self.reset)
        c.live_button.clicked.connect(self.go_live)
        c.learning_rate_changed.connect(self._on_learning_rate_changed)
        c.speed_changed.connect(self.run.set_speed)
        c.predict_changed.connect(self._update_prediction)
        c.weight_spin.valueChanged.connect(self._on_start_edited)
        c.bias_spin.valueChanged.connect(self._on_start_edited)
        self.loss_plot.epoch_selected.connect(self.view_epoch)
        self.landscape_plot.start_chosen.connect(self._on_start_chosen)

        self._redraw_timer = QTimer(self)
        self._redraw_timer.setInterval(REDRAW_MS)
        self._redraw_timer.timeout.connect(self._redraw_if_dirty)
        self._redraw_timer.start()
        self._landscape_timer = QTimer(self)
        self._landscape_timer.setInterval(LANDSCAPE_MS)
        self._landscape_timer.timeout.connect(self._refresh_landscape)

        if settings is not None:
            saved_settings.restore(self, settings)
        self.set_log_scale(self.log_action.isChecked())
        self.run.set_speed(speed_from_position(c.speed_slider.value()))
        self.reset()
        self.statusBar().showMessage("Ready: press Train (Space) to watch gradient descent.")
        # What start-up built lives as long as the window: take it out of the cycle
        # collector's full passes, which otherwise pause the GUI for 10-20 ms each
        # (p99 lateness 22-27 ms without this, 16-21 ms with it, in bench/).
        gc.freeze()

    # -- layout ------------------------------------------------------------------------
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
        side.setMinimumWidth(330)
        side.setMaximumWidth(440)
        self.side_tabs = side
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(side)
        main.addWidget(plots)
        main.setStretchFactor(1, 1)
        main.setSizes([340, 1060])
        self.setCentralWidget(main)
        self.resize(1400, 900)

    # -- what the window shows -----------------------------------------------------------
    @property
    def state(self) -> str:
        return self.run.state

    @property
    def history(self) -> History:
        return self.run.history

    @property
    def current_parameters(self) -> tuple[float, float]:
        return self.run.w, self.run.b

    @property
    def data_name(self) -> str:
        return self.run.data.name

    @property
    def viewed_epoch(self) -> int | None:
        return self._view_epoch

    def shown_parameters(self) -> tuple[float, float, int | None]:
        """(w, b) as drawn now, and the epoch they belong to (None: live)."""
        k = self._view_epoch
        if k is None:
            return self.run.w, self.run.b, None
        h = self.run.history
        index = k // h.param_stride
        return float(h.w[index]), float(h.b[index]), index * h.param_stride

    # -- commands --------------------------------------------------------------------------
    def _hp(self) -> Hyperparameters:
        return self.controls.hyperparameters(self.options)

    def train(self) -> None:
        """Start a run from the controls, or resume a paused one."""
        self.run.train(self._hp())
        if self.run.state == RUNNING:
            self.fit_plot.show_row(None)
            self.landscape_plot.hide_step()
            lr = self.controls.lr_spin.value()
            self.statusBar().showMessage(f"Training at learning rate {lr:g}…")

    def pause(self) -> None:
        self.run.pause()

    def toggle_training(self) -> None:
        if self.run.state == RUNNING:
            self.pause()
        else:
            self.train()

    def step(self) -> None:
        """Train one epoch (pausing first if training)."""
        self.fit_plot.show_row(None)
        self.landscape_plot.hide_step()
        if not self.run.step(self._hp()):
            self.statusBar().showMessage("This run is over: press Reset (R) to start again.")

    def step_row(self) -> None:
        """One row's update, shown with its arithmetic."""
        if not self.run.step_row(self._hp()):
            self.statusBar().showMessage("This run is over: press Reset (R) to start again.")

    def reset(self) -> None:
        """Back to the starting w, b from the controls; clears the run."""
        self.run.reset(self._hp())
        self.statusBar().showMessage(
            f"Reset: w = {self.run.w:g}, b = {self.run.b:g}. Press Train (Space) to start."
        )

    def restore_defaults(self) -> None:
        """The lesson's settings: learning rate 0.1, 1000 epochs, w = 0.1, b = 0."""
        self.controls.show_hyperparameters(Hyperparameters())
        self.controls.speed_slider.setValue(DEFAULT_SPEED)
        self.reset()
        self.statusBar().showMessage("Lesson defaults restored.")

    def view_epoch(self, epoch: int) -> None:
        """Show the model as it was after ``epoch`` (training may go on meanwhile)."""
        n = len(self.run.history)
        if n == 0:
            return
        self._view_epoch = min(max(int(epoch), 0), n - 1)
        self.loss_plot.show_cursor(self._view_epoch)
        self._redraw()

    def go_live(self) -> None:
        """Back to following the trainer."""
        if self._view_epoch is None:
            return
        self._view_epoch = None
        self.loss_plot.show_cursor(None)
        self._redraw()

    def set_options(self, options: Hyperparameters) -> None:
        self.options_menu.apply(options)

    def start_sweep(self, rates=None, threshold: float = 0.05) -> SweepWindow | None:
        """Open the sweep window and start a sweep (asking for the rates if not given)."""
        return self.sweeps.start(rates, threshold)

    @property
    def sweep_window(self) -> SweepWindow | None:
        return self.sweeps.sweep_window

    # -- sessions and exports ----------------------------------------------------------------
    def session(self) -> Session:
        """The run as shown now (history, w, b, settings), ready to save."""
        c = self.controls
        view = {"speed": c.speed_slider.value(), "log_loss": self.log_action.isChecked()}
        return self.run.session(c.lr_spin.value(), view)

    def apply_session(self, session: Session) -> None:
        """Show ``session`` (already validated) and make Train continue it exactly."""
        c = self.controls
        self.options = session.hp
        c.show_hyperparameters(session.hp)
        c.lr_spin.setValue(float(session.learning_rate))  # type: ignore[arg-type]
        view = session.view
        if isinstance(view.get("speed"), int):
            c.speed_slider.setValue(view["speed"])
        if isinstance(view.get("log_loss"), bool):
            self.log_action.setChecked(view["log_loss"])
            self.set_log_scale(view["log_loss"])
        self.run.apply_session(session)
        self.data_panel.set_data_set(session.data)
        self.options_menu.show(session.hp)
        self.data_menu.undo_stack.clear()
        state = self.run.state
        more = "" if state in (FINISHED, DIVERGED) else " Train (Space) continues it."
        self.statusBar().showMessage(
            f"Showing a saved run: epoch {session.epoch:,} of "
            f"{session.hp.epochs:,} ({state}).{more}"
        )

    def plots(self) -> list:
        """The plots, in screen order (for the dashboard)."""
        return [self.fit_plot, self.landscape_plot, self.loss_plot]

    def caption(self) -> str:
        """Two lines under an exported dashboard: the model now, and how it was trained."""
        return export.caption(self.run)

    def export_images(self, folder, formats=("png",), width: int = export.DEFAULT_WIDTH):
        """Write fit.*, landscape.*, loss.* and dashboard.* into ``folder``."""
        return export.export_images(self, folder, formats, width)

    # -- from the run ------------------------------------------------------------------------
    def _on_run_started(self) -> None:
        r = self.run
        self._view_epoch = None
        self.loss_plot.show_cursor(None)
        self.fit_plot.set_data(r.data)
        self.fit_plot.show_row(None)
        self.landscape_plot.hide_step()
        self.landscape_plot.set_start(r.hp.weight, r.hp.bias)
        self.controls.progress_bar.setRange(0, r.hp.epochs)
        self.loss_plot.start_run(r.history, r.hp.epochs)
        self.loss_plot.show_banner(None)
        if r.divergence is not None:
            self._show_divergence()
        self._on_state_changed(r.state)
        self._refresh_landscape()
        self._redraw()

    def _on_state_changed(self, state: str) -> None:
        c = self.controls
        running = state == RUNNING
        c.train_button.setEnabled(not running)
        c.train_button.setText("Resume" if state == PAUSED else "Train")
        c.pause_button.setEnabled(running)
        c.step_button.setEnabled(state in (IDLE, PAUSED))
        c.step_row_button.setEnabled(state in (IDLE, PAUSED) and self.options.per_row)
        self.landscape_plot.picking_enabled = state in (IDLE, FINISHED, DIVERGED) and not (
            state == IDLE and self.run.row
        )
        if running:
            self._landscape_timer.start()
        else:
            self._landscape_timer.stop()
        self.state_changed.emit(state)

    def _on_epochs_added(self) -> None:
        self._dirty = True
        if self.run.state != RUNNING:  # a single step: show it at once
            self._redraw()
            self._refresh_landscape()

    def _on_row_stepped(self, update: RowUpdate) -> None:
        r = self.run
        rows = len(r.data)
        done = r.row if r.row else rows  # 0 rows done means the epoch just ended
        epoch = len(r.history) - (0 if r.row else 1)
        title = f"Epoch {epoch:,}, row {done} of {rows}: x = {update.x:g}, y = {update.y:g}"
        self.controls.show_row(
            title, explain(update, self.controls.lr_spin.value(), r.hp.loss, r.hp.gradient)
        )
        self.statusBar().showMessage(
            f"{title}: loss {update.loss:.3g}, w {update.w_before:.4g} → {update.w_after:.4g}, "
            f"b {update.b_before:.4g} → {update.b_after:.4g}. Shift+S for the next row."
        )
        self.fit_plot.show_row(update)
        self.landscape_plot.show_step(
            update.w_before, update.b_before, update.w_after, update.b_after
        )
        self._redraw()
        self._refresh_landscape()

    def _on_stopped(self, report: StopReport) -> None:
        bar = self.statusBar()
        r = self.run
        if report.reason == "finished":
            loss = r.history.loss[-1] if len(r.history) else math.nan
            bar.showMessage(
                f"Finished {report.epoch:,} epochs: loss {number(loss)}, "
                f"w = {number(r.w)}, b = {number(r.b)}."
            )
        elif report.reason == "paused":
            bar.showMessage(
                f"Paused at epoch {report.epoch:,}. Train (Space) resumes, "
                "Step (S) does one epoch, Shift+S one row."
            )
        elif report.reason == "diverged":
            self._show_divergence()
        else:
            bar.showMessage("Training stopped by an internal error (details shown).")
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                "gdviz: training failed",
                "Training stopped because of an internal error. The run so far is kept.",
                parent=self,
            )
            box.setDetailedText(report.error)
            box.setModal(False)
            box.show()
        self._redraw()
        self._refresh_landscape()

    def _show_divergence(self) -> None:
        d = self.run.divergence
        assert d is not None
        advice = f"Try a smaller learning rate than {self.controls.lr_spin.value():g}."
        self.statusBar().showMessage(
            f"Diverged at epoch {d.epoch:,}: the {d.what} became {d.value!r}. " + advice
        )
        self.loss_plot.show_banner(
            f"Diverged at epoch {d.epoch:,}: the {d.what} "
            f"became {d.value!r}.\n{advice} Then Reset (R)."
        )

    # -- drawing -----------------------------------------------------------------------------
    def _redraw_if_dirty(self) -> None:
        if self._dirty:
            self._redraw()

    def _redraw(self) -> None:
        self._dirty = False
        r = self.run
        n = len(r.history)
        c = self.controls
        self.loss_plot.refresh()
        w, b, viewed = self.shown_parameters()
        self.fit_plot.set_model(w, b)
        self.landscape_plot.show_current(w, b)
        c.progress_bar.setValue(min(n, c.progress_bar.maximum()))
        c.epoch_label.setText(f"{n:,} / {r.hp.epochs:,}")
        if viewed is None:
            loss = r.history.loss[-1] if n else None
            c.show_viewing(None, n)
        else:
            loss = r.history.loss[self._view_epoch]
            c.show_viewing(self._view_epoch, n)
            if viewed != self._view_epoch:
                c.viewing_label.setText(
                    f"viewing epoch {self._view_epoch:,} of {n:,} (w, b kept from epoch {viewed:,})"
                )
        c.loss_label.setText(number(loss) if loss is not None else "–")
        c.weight_label.setText(number(w))
        c.bias_label.setText(number(b))
        c.weight_label.setToolTip(f"w = {w!r}")
        c.bias_label.setToolTip(f"b = {b!r}")
        self.status_label.setText(f"{r.data.name} · {len(r.data)} rows · {r.hp.loss.value} loss")
        self._update_prediction()

    def _refresh_landscape(self) -> None:
        self.landscape_plot.follow(self.run, self.shown_parameters()[:2])

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

    # -- small slots ---------------------------------------------------------------------------
    def _on_learning_rate_changed(self, lr: float) -> None:
        self.run.set_learning_rate(lr)
        if self.run.state == RUNNING:
            self.statusBar().showMessage(f"Learning rate now {lr:g}, from the next epoch on.")

    def _on_start_edited(self) -> None:
        if self.run.fresh:
            self.reset()

    def _on_start_chosen(self, w: float, b: float) -> None:
        c = self.controls
        c.weight_spin.setValue(round(w, 4))
        c.bias_spin.setValue(round(b, 4))
        if self.run.fresh:
            self.reset()
        self.statusBar().showMessage(
            f"Start set to w = {c.weight_spin.value():g}, "
            f"b = {c.bias_spin.value():g}. Train (Space) goes from "
            "there."
        )

    def set_log_scale(self, on: bool) -> None:
        """Loss plot and landscape on a log scale (View ▸ Log-scale, L)."""
        self.log_action.setChecked(on)
        self.loss_plot.set_log_scale(on)
        self.landscape_plot.set_log_scale(on)

    def warm_up(self) -> None:
        """Compile the fast kernel in the background (after the window shows)."""
        self.run.warm_up()

    def shut_down(self) -> None:
        """Stop the worker threads and wait for them. Safe to call twice."""
        self._redraw_timer.stop()
        self._landscape_timer.stop()
        self.run.shut_down()
        self.landscape_plot.shut_down()
        self.sweeps.shut_down()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if self._settings is not None:
            saved_settings.save(self, self._settings)
        self.shut_down()
        event.accept()
