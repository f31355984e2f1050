"""The main window: controls on the left, the fit and the loss on the right.

The window owns the run's history (filled from the worker's batches) and
redraws from it at most ~30 times a second; the worker owns the trainer.
"""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QSettings, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QSplitter,
    QWidget,
)

from gdviz import __version__
from gdviz.core.data import DataSet, lesson_data
from gdviz.core.history import History
from gdviz.core.model import predict
from gdviz.core.session import Session
from gdviz.core.trainer import Divergence, Hyperparameters
from gdviz.ui import export
from gdviz.ui.controls import DEFAULT_SPEED, ControlPanel, speed_from_position
from gdviz.ui.file_menu import FileMenu
from gdviz.ui.plots import FitPlot, LossPlot, equation_text
from gdviz.ui.text import number
from gdviz.ui.worker import EpochBatch, RunConfig, StopReport, TrainingThread

REDRAW_MS = 40  # 25 frames a second: smooth to the eye, light on the GUI thread

IDLE, RUNNING, PAUSED, FINISHED, DIVERGED = "idle", "running", "paused", "finished", "diverged"


class MainWindow(QMainWindow):
    """gdviz's window. ``settings``, if given, restores and saves size and controls."""

    state_changed = Signal(str)  # idle, running, paused, finished or diverged

    def __init__(self, settings: QSettings | None = None, data: DataSet | None = None) -> None:
        super().__init__()
        self.setWindowTitle("gdviz")
        self._settings = settings
        self._data = data or lesson_data()
        self._options = Hyperparameters()  # loss and gradient rule (later: from menus)
        self._run_hp = self._options
        self._history = History()
        self._lr_changes: list[tuple[int, float]] = []
        self._divergence: Divergence | None = None
        self._run_id = 0
        self._state = IDLE
        self._w, self._b = self._run_hp.weight, self._run_hp.bias
        self._dirty = False

        self.controls = ControlPanel()
        self.fit_plot = FitPlot()
        self.loss_plot = LossPlot()
        self._build_layout()
        self._build_actions()
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)

        self.fit_plot.set_data(self._data)
        # Started last: nothing that can fail may run after the thread exists.
        self._thread = TrainingThread(self)
        # Explicitly queued to this (GUI) thread's slots: nothing the worker emits
        # may run on the worker thread.
        queued = Qt.ConnectionType.QueuedConnection
        self._thread.worker.epochs_completed.connect(self._on_epochs_completed, queued)
        self._thread.worker.training_stopped.connect(self._on_training_stopped, queued)

        c = self.controls
        c.train_button.clicked.connect(self.train)
        c.pause_button.clicked.connect(self.pause)
        c.step_button.clicked.connect(self.step)
        c.reset_button.clicked.connect(self.reset)
        c.learning_rate_changed.connect(self._on_learning_rate_changed)
        c.speed_changed.connect(self._thread.set_speed)
        c.predict_changed.connect(self._update_prediction)

        self._redraw_timer = QTimer(self)
        self._redraw_timer.setInterval(REDRAW_MS)
        self._redraw_timer.timeout.connect(self._redraw_if_dirty)
        self._redraw_timer.start()

        if settings is not None:
            self._restore_settings(settings)
        self._thread.set_speed(speed_from_position(c.speed_slider.value()))
        self.reset()
        self.statusBar().showMessage("Ready: press Train (Space) to watch gradient descent.")

    # -- layout ----------------------------------------------------------------
    def _build_layout(self) -> None:
        plots = QSplitter(Qt.Orientation.Vertical)
        plots.addWidget(self.fit_plot)
        plots.addWidget(self.loss_plot)
        plots.setSizes([520, 380])
        side = QScrollArea()
        side.setWidget(self.controls)
        side.setWidgetResizable(True)
        side.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        side.setMinimumWidth(300)
        side.setMaximumWidth(380)
        main = QSplitter(Qt.Orientation.Horizontal)
        main.addWidget(side)
        main.addWidget(plots)
        main.setStretchFactor(1, 1)
        main.setSizes([320, 980])
        self.setCentralWidget(main)
        self.resize(1300, 860)
        self._focus_sink = QWidget(self)  # keeps keyboard shortcuts free at start

    def _build_actions(self) -> None:
        def action(text: str, slot, shortcut=None, tip: str = "", name: str = "") -> QAction:
            act = QAction(text, self)
            if shortcut is not None:
                act.setShortcut(QKeySequence(shortcut))
            act.setStatusTip(tip)
            act.setToolTip(tip)
            if name:
                act.setObjectName(name)
            act.triggered.connect(slot)
            self.addAction(act)
            return act

        self.train_pause_action = action("Train / Pause", self.toggle_training,
                                         Qt.Key.Key_Space, "Start, pause or resume training",
                                         "trainPauseAction")
        self.step_action = action("Step one epoch", self.step, Qt.Key.Key_S,
                                  "Train exactly one epoch", "stepAction")
        self.reset_action = action("Reset", self.reset, Qt.Key.Key_R,
                                   "Back to the starting weight and bias", "resetAction")
        self.defaults_action = action("Restore lesson defaults", self.restore_defaults, None,
                                      "Learning rate 0.1, 1000 epochs, w = 0.1, b = 0",
                                      "restoreDefaultsAction")
        self.quit_action = action("Quit", self.close, QKeySequence.StandardKey.Quit,
                                  "Close gdviz", "quitAction")
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.log_action = action("Log-scale loss", self._on_log_toggled, Qt.Key.Key_L,
                                 "Show the loss on a log axis (small losses become visible)",
                                 "logScaleAction")
        self.log_action.setCheckable(True)

        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self.file_menu = FileMenu(self, file_menu)
        file_menu.addAction(self.quit_action)
        for plot, name in ((self.fit_plot, "fit"), (self.loss_plot, "loss")):
            plot.menu_factory = lambda p=plot, n=name: self.file_menu.plot_menu(p, n)
        run_menu = bar.addMenu("&Run")
        for act in (self.train_pause_action, self.step_action, self.reset_action):
            run_menu.addAction(act)
        run_menu.addSeparator()
        run_menu.addAction(self.defaults_action)
        view_menu = bar.addMenu("&View")
        view_menu.addAction(self.log_action)
        help_menu = bar.addMenu("&Help")
        about = QAction("About gdviz", self)
        about.triggered.connect(self._about)
        help_menu.addAction(about)

    # -- public actions ----------------------------------------------------------
    @property
    def state(self) -> str:
        return self._state

    @property
    def history(self) -> History:
        return self._history

    @property
    def current_parameters(self) -> tuple[float, float]:
        return self._w, self._b

    def train(self) -> None:
        """Start a run from the controls, or resume a paused one."""
        if self._state == RUNNING:
            return
        if self._state in (FINISHED, DIVERGED) or (self._state == IDLE and not len(self._history)):
            self.reset()
        self._set_state(RUNNING)
        self._thread.play()
        lr = self.controls.lr_spin.value()
        self.statusBar().showMessage(f"Training at learning rate {lr:g}…")

    def pause(self) -> None:
        if self._state == RUNNING:
            self._thread.pause()

    def toggle_training(self) -> None:
        if self._state == RUNNING:
            self.pause()
        else:
            self.train()

    def step(self) -> None:
        """Train one epoch (pausing first if training)."""
        if self._state == RUNNING:
            self.pause()
        if self._state in (FINISHED, DIVERGED):
            self.statusBar().showMessage("This run is over: press Reset (R) to start again.")
            return
        if self._state == IDLE and not len(self._history):
            self.reset()
        self._thread.step()

    def reset(self) -> None:
        """Back to the starting w, b from the controls; clears the run."""
        self._run_id += 1
        self._run_hp = self.controls.hyperparameters(self._options)
        # Reuse the arrays when they are big enough: fresh memory costs page faults
        # on the GUI thread as the run fills it (~2 ms per 100k epochs here).
        if self._history.capacity >= self._run_hp.epochs:
            self._history.clear()
        else:
            self._history = History(self._run_hp.epochs)
        self._lr_changes = [(0, self._run_hp.learning_rate)]
        self._divergence = None
        self._w, self._b = self._run_hp.weight, self._run_hp.bias
        self._thread.configure(RunConfig(self._run_id, self._data, self._run_hp))
        self._thread.set_learning_rate(self._run_hp.learning_rate)
        self.controls.progress_bar.setRange(0, self._run_hp.epochs)
        self.loss_plot.start_run(self._history, self._run_hp.epochs)
        self.loss_plot.show_banner(None)
        self._set_state(IDLE)
        self._redraw()
        self.statusBar().showMessage(
            f"Reset: w = {self._w:g}, b = {self._b:g}. Press Train (Space) to start.")

    def restore_defaults(self) -> None:
        """The lesson's settings: learning rate 0.1, 1000 epochs, w = 0.1, b = 0."""
        self.controls.show_hyperparameters(Hyperparameters())
        self.controls.speed_slider.setValue(DEFAULT_SPEED)
        self.reset()
        self.statusBar().showMessage("Lesson defaults restored.")

    # -- exports -------------------------------------------------------------------
    @property
    def data_name(self) -> str:
        return self._data.name

    def plots(self) -> list:
        """The plots, in screen order (for the dashboard)."""
        return [self.fit_plot, self.loss_plot]

    def caption(self) -> str:
        """Two lines under an exported dashboard: the model now, and how it was trained."""
        hp, n = self._run_hp, len(self._history)
        loss = f" · loss {number(self._history.loss[-1])}" if n else ""
        rates = ", ".join(f"{lr:g} from epoch {e:,}" for e, lr in self._lr_changes[1:])
        lr_text = f"learning rate {self._lr_changes[0][1]:g}" + (f" ({rates})" if rates else "")
        return (f"{equation_text(self._w, self._b)} · epoch {n:,} of {hp.epochs:,}{loss}\n"
                f"{lr_text} · start w = {hp.weight:g}, b = {hp.bias:g} · "
                f"{hp.loss.value} loss, {hp.gradient.value} gradient · data: "
                f"{self._data.name} ({len(self._data)} rows)")

    def export_images(self, folder, formats=("png",), width: int = export.DEFAULT_WIDTH):
        """Write fit.*, loss.* and dashboard.* into ``folder``; returns the paths."""
        folder = Path(folder)
        folder.mkdir(parents=True, exist_ok=True)
        written = []
        for fmt in formats:
            written.append(export.export_plot(self.fit_plot, folder / f"fit.{fmt}", width))
            written.append(export.export_plot(self.loss_plot, folder / f"loss.{fmt}", width))
            written.append(export.export_dashboard(self.plots(), self.caption(),
                                                   folder / f"dashboard.{fmt}", width))
        return written

    # -- sessions ------------------------------------------------------------------
    def session(self) -> Session:
        """The run as shown now (history, w, b, settings), ready to save."""
        c = self.controls
        view = {"speed": c.speed_slider.value(), "log_loss": self.log_action.isChecked()}
        return Session(self._data, self._run_hp, self._history, self._w, self._b,
                       list(self._lr_changes), c.lr_spin.value(), self._divergence, view)

    def apply_session(self, session: Session) -> None:
        """Show ``session`` (already validated) and make Train continue it exactly."""
        if self._state == RUNNING:
            self._thread.pause()
        c = self.controls
        self._data = session.data
        self.fit_plot.set_data(session.data)
        self._options = session.hp
        self._run_hp = session.hp
        c.show_hyperparameters(session.hp)
        c.lr_spin.setValue(float(session.learning_rate))  # type: ignore[arg-type]
        view = session.view
        if isinstance(view.get("speed"), int):
            c.speed_slider.setValue(view["speed"])
        if isinstance(view.get("log_loss"), bool):
            self.log_action.setChecked(view["log_loss"])
            self._on_log_toggled(view["log_loss"])
        self._run_id += 1
        self._history = session.history
        self._lr_changes = list(session.lr_changes)
        self._divergence = session.divergence
        self._w, self._b = session.w, session.b
        self._thread.configure(RunConfig(self._run_id, session.data, session.hp,
                                         (session.epoch, session.w, session.b),
                                         session.learning_rate, session.divergence))
        c.progress_bar.setRange(0, session.hp.epochs)
        self.loss_plot.start_run(self._history, session.hp.epochs)
        self.loss_plot.show_banner(None)
        if session.divergence is not None:
            d = session.divergence
            self._set_state(DIVERGED)
            self.loss_plot.show_banner(f"Diverged at epoch {d.epoch:,}: the {d.what} "
                                       f"became {d.value!r}.")
        elif session.epoch >= session.hp.epochs:
            self._set_state(FINISHED)
        elif session.epoch == 0:
            self._set_state(IDLE)
        else:
            self._set_state(PAUSED)
        self._redraw()
        more = "" if self._state in (FINISHED, DIVERGED) else " Train (Space) continues it."
        self.statusBar().showMessage(f"Showing a saved run: epoch {session.epoch:,} of "
                                     f"{session.hp.epochs:,} ({self._state}).{more}")

    # -- worker results ------------------------------------------------------------
    @Slot(object)
    def _on_epochs_completed(self, batch: EpochBatch) -> None:
        if batch.run_id != self._run_id:
            return  # from a run that was reset meanwhile
        block = batch.block
        self._history.append(block)
        if batch.learning_rate != self._lr_changes[-1][1]:
            self._lr_changes.append((block.start, batch.learning_rate))
        self._w, self._b = float(block.w[-1]), float(block.b[-1])
        self._dirty = True
        if self._state != RUNNING:  # a single step: show it at once
            self._redraw()

    @Slot(object)
    def _on_training_stopped(self, report: StopReport) -> None:
        if report.run_id != self._run_id:
            return
        bar = self.statusBar()
        if report.reason == "finished":
            self._set_state(FINISHED)
            loss = self._history.loss[-1] if len(self._history) else math.nan
            bar.showMessage(f"Finished {report.epoch:,} epochs: loss {number(loss)}, "
                            f"w = {number(self._w)}, b = {number(self._b)}.")
        elif report.reason == "paused":
            self._set_state(PAUSED)
            bar.showMessage(f"Paused at epoch {report.epoch:,}. Train (Space) resumes, "
                            "Step (S) does one epoch.")
        elif report.reason == "diverged" and report.divergence is not None:
            self._set_state(DIVERGED)
            d = self._divergence = report.divergence
            advice = f"Try a smaller learning rate than {self.controls.lr_spin.value():g}."
            bar.showMessage(f"Diverged at epoch {d.epoch:,}: the {d.what} became {d.value!r}. "
                            + advice)
            self.loss_plot.show_banner(f"Diverged at epoch {d.epoch:,}: the {d.what} "
                                       f"became {d.value!r}.\n{advice} Then Reset (R).")
        else:
            self._set_state(PAUSED)
            bar.showMessage("Training stopped by an internal error (details shown).")
            box = QMessageBox(QMessageBox.Icon.Critical, "gdviz: training failed",
                              "Training stopped because of an internal error. The run so far "
                              "is kept.", parent=self)
            box.setDetailedText(report.error)
            box.setModal(False)
            box.show()
        self._redraw()

    # -- drawing -----------------------------------------------------------------
    def _set_state(self, state: str) -> None:
        changed = state != self._state
        self._state = state
        c = self.controls
        running = state == RUNNING
        c.train_button.setEnabled(not running)
        c.train_button.setText("Resume" if state == PAUSED else "Train")
        c.pause_button.setEnabled(running)
        c.step_button.setEnabled(state in (IDLE, PAUSED))
        if changed:
            self.state_changed.emit(state)

    def _redraw_if_dirty(self) -> None:
        if self._dirty:
            self._redraw()

    def _redraw(self) -> None:
        self._dirty = False
        n = len(self._history)
        c = self.controls
        self.loss_plot.refresh()
        self.fit_plot.set_model(self._w, self._b)
        c.progress_bar.setValue(min(n, c.progress_bar.maximum()))
        c.epoch_label.setText(f"{n:,} / {self._run_hp.epochs:,}")
        c.loss_label.setText(number(self._history.loss[-1]) if n else "–")
        c.weight_label.setText(number(self._w))
        c.bias_label.setText(number(self._b))
        c.weight_label.setToolTip(f"w = {self._w!r}")
        c.bias_label.setToolTip(f"b = {self._b!r}")
        self.status_label.setText(f"{self._data.name} · {len(self._data)} rows · "
                                  f"{self._run_hp.loss.value} loss")
        self._update_prediction()

    def _update_prediction(self) -> None:
        hours = self.controls.predict_hours()
        if hours is None or not (math.isfinite(self._w) and math.isfinite(self._b)):
            self.controls.predict_output.setText("type hours studied")
            self.fit_plot.show_prediction(None, None)
            return
        p = predict(self._w, self._b, hours)
        verdict = "likely to pass" if p >= 0.5 else "likely to fail"
        self.controls.predict_output.setText(f"p = {p:.4f} ({p:.1%}): {verdict}")
        self.fit_plot.show_prediction(hours, p)

    # -- misc --------------------------------------------------------------------
    def _on_learning_rate_changed(self, lr: float) -> None:
        self._thread.set_learning_rate(lr)
        if self._state == RUNNING:
            self.statusBar().showMessage(f"Learning rate now {lr:g}, from the next epoch on.")

    def _on_log_toggled(self, on: bool) -> None:
        self.loss_plot.set_log_scale(on)

    def _about(self) -> None:
        QMessageBox.about(self, "About gdviz",
                          f"<b>gdviz {__version__}</b><p>Watch gradient descent train "
                          "p = σ(w·x + b), one epoch at a time.</p>"
                          "<p>Space: train/pause · S: one epoch · R: reset · L: log loss · "
                          "Ctrl+Q: quit</p>")

    def _restore_settings(self, s: QSettings) -> None:
        geometry = s.value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)
        c = self.controls
        try:
            hp = Hyperparameters(float(s.value("run/learning_rate", 0.1)),
                                 int(s.value("run/epochs", 1000)),
                                 float(s.value("run/weight", 0.1)),
                                 float(s.value("run/bias", 0.0)))
            c.show_hyperparameters(hp)
            c.speed_slider.setValue(int(s.value("run/speed", DEFAULT_SPEED)))
            self.log_action.setChecked(s.value("view/log_loss", "false") in (True, "true"))
            self._on_log_toggled(self.log_action.isChecked())
        except (TypeError, ValueError):
            pass  # a damaged settings file: keep the lesson's defaults

    def _save_settings(self, s: QSettings) -> None:
        c = self.controls
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("run/learning_rate", c.lr_spin.value())
        s.setValue("run/epochs", c.epochs_spin.value())
        s.setValue("run/weight", c.weight_spin.value())
        s.setValue("run/bias", c.bias_spin.value())
        s.setValue("run/speed", c.speed_slider.value())
        s.setValue("view/log_loss", self.log_action.isChecked())
        s.sync()

    def warm_up(self) -> None:
        """Compile the fast kernel in the background (after the window shows)."""
        self._thread.warm_up()

    def shut_down(self) -> None:
        """Stop the trainer thread and wait for it. Safe to call twice."""
        self._redraw_timer.stop()
        self._thread.shut_down()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt API)
        if self._settings is not None:
            self._save_settings(self._settings)
        self.shut_down()
        event.accept()

