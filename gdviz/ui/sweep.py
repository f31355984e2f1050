"""Learning-rate sweep: the same data and start at many learning rates, in the background.

The result answers "which step size?" in one picture: final loss (and epochs
to reach a loss threshold) against the learning rate on a log axis, with the
best marked. Clicking a point trains that learning rate in the main window.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gdviz.core.data import DataSet
from gdviz.core.trainer import Hyperparameters, Trainer
from gdviz.ui.plots import TEXT, PlotPanel
from gdviz.ui.threads import WorkerThread
from gdviz.ui.widgets import FloatSpinBox

CHUNK = 65_536  # epochs between checks for Cancel


@dataclass(frozen=True)
class SweepRequest:
    data: DataSet
    hp: Hyperparameters  # everything but the learning rate
    rates: tuple[float, ...]
    threshold: float


@dataclass(frozen=True)
class SweepPoint:
    learning_rate: float
    final_loss: float  # nan if it diverged
    epochs_to_threshold: int | None  # first epoch whose loss <= threshold (None: never)
    diverged_at: int | None


def log_rates(low: float, high: float, count: int) -> tuple[float, ...]:
    """``count`` learning rates evenly spaced on a log scale, rounded to 3 digits."""
    return tuple(float(f"{v:.3g}") for v in np.geomspace(low, high, count))


def run_point(
    data: DataSet, hp: Hyperparameters, lr: float, threshold: float, cancelled=lambda: False
) -> SweepPoint | None:
    """Train one learning rate to the end (None if cancelled midway)."""
    trainer = Trainer(data, hp.with_(learning_rate=lr), keep_history=False)
    reached = None
    while trainer.remaining and trainer.diverged is None:
        if cancelled():
            return None
        block = trainer.run(min(trainer.remaining, CHUNK))
        if block is not None and reached is None:
            below = np.flatnonzero(block.loss <= threshold)
            if below.size:
                reached = block.start + int(below[0])
    if trainer.diverged is not None:
        return SweepPoint(lr, math.nan, reached, trainer.diverged.epoch)
    return SweepPoint(
        lr, trainer.last_loss if trainer.last_loss is not None else math.nan, reached, None
    )


class SweepWorker(QObject):
    point_done = Signal(int, object)  # index, SweepPoint
    sweep_finished = Signal(bool)  # True if it ran to the end, False if cancelled

    def __init__(self) -> None:
        super().__init__()
        self.cancel_requested = False  # set from the GUI thread; read between chunks

    @Slot(object)
    def run(self, request: SweepRequest) -> None:
        self.cancel_requested = False
        for i, lr in enumerate(request.rates):
            point = run_point(
                request.data, request.hp, lr, request.threshold, lambda: self.cancel_requested
            )
            if point is None:
                self.sweep_finished.emit(False)
                return
            self.point_done.emit(i, point)
        self.sweep_finished.emit(True)


class SweepThread(WorkerThread):
    _run = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(SweepWorker(), "gdviz-sweep", parent)
        self._run.connect(self.worker.run)
        self.start()

    def run(self, request: SweepRequest) -> None:
        self._run.emit(request)

    def cancel(self) -> None:
        self.worker.cancel_requested = True

    def before_quit(self) -> None:
        self.cancel()


class SweepDialog(QDialog):
    """Asks for the range of learning rates, how many, and the loss threshold."""

    def __init__(self, parent, epochs: int) -> None:
        super().__init__(parent)
        self.setWindowTitle("Learning-rate sweep")
        form = QFormLayout(self)
        self.low = FloatSpinBox(1e-5, 1000.0, 1e-3)
        self.high = FloatSpinBox(1e-5, 1000.0, 10.0)
        self.count = QSpinBox()
        self.count.setRange(2, 200)
        self.count.setValue(20)
        self.threshold = QDoubleSpinBox()
        self.threshold.setDecimals(4)
        self.threshold.setRange(0.0, 1e6)
        self.threshold.setValue(0.05)
        form.addRow("From learning rate", self.low)
        form.addRow("To learning rate", self.high)
        form.addRow("How many (log-spaced)", self.count)
        form.addRow("Loss threshold", self.threshold)
        form.addRow(
            QLabel(f"Each run: {epochs:,} epochs from the current start, data and options.")
        )
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @staticmethod
    def ask(parent, epochs: int) -> tuple[tuple[float, ...], float] | None:
        d = SweepDialog(parent, epochs)
        if d.exec() != QDialog.DialogCode.Accepted:
            return None
        low, high = sorted((d.low.value(), d.high.value()))
        return log_rates(low, high, d.count.value()), d.threshold.value()


class SweepWindow(QWidget):
    """Progress, cancel, and the two plots of a sweep."""

    rate_chosen = Signal(float)

    def __init__(self, parent=None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle("gdviz — learning-rate sweep")
        self.setObjectName("sweepWindow")
        self.resize(760, 640)
        self.thread = SweepThread(self)
        queued = Qt.ConnectionType.QueuedConnection
        self.thread.worker.point_done.connect(self._on_point_done, queued)
        self.thread.worker.sweep_finished.connect(self._on_finished, queued)
        self.loss_plot = PlotPanel(
            "Final loss after the run (log scale)", "final loss", "learning rate"
        )
        self.loss_plot.setObjectName("sweepPlot")
        self.epochs_plot = PlotPanel("Epochs to reach the threshold", "epochs", "learning rate")
        self.loss_plot.getPlotItem().setLogMode(x=True, y=True)
        self.epochs_plot.getPlotItem().setLogMode(x=True)
        self.epochs_plot.setXLink(self.loss_plot)
        self.loss_curve = pg.PlotDataItem(
            pen=pg.mkPen("#d62728", width=2),
            symbol="o",
            symbolSize=8,
            symbolBrush="#d62728",
            name="final loss",
        )
        self.epochs_curve = pg.PlotDataItem(
            pen=pg.mkPen("#1f77b4", width=2), symbol="o", symbolSize=8, symbolBrush="#1f77b4"
        )
        self.best = pg.ScatterPlotItem(symbol="star", size=22, brush="#ffb000", pen="k")
        self.best_label = pg.TextItem(
            color=TEXT, anchor=(0.5, 1.3), fill=pg.mkBrush(255, 255, 255, 200)
        )
        self.loss_plot.addItem(self.loss_curve)
        self.loss_plot.addItem(self.best)
        self.loss_plot.addItem(self.best_label)
        self.epochs_plot.addItem(self.epochs_curve)
        self.loss_curve.sigPointsClicked.connect(self._on_clicked)
        self.epochs_curve.sigPointsClicked.connect(self._on_clicked)
        self.progress = QProgressBar()
        self.progress.setObjectName("sweepProgress")
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.setObjectName("sweepCancelButton")
        self.cancel_button.clicked.connect(self.cancel)
        self.note = QLabel("Click a point to train that learning rate in the main window.")
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.loss_plot, 3)
        layout.addWidget(self.epochs_plot, 2)
        layout.addWidget(self.note)
        self.points: list[SweepPoint | None] = []
        self.running = False

    def start(self, request: SweepRequest) -> None:
        self.request = request
        self.points = [None] * len(request.rates)
        self.progress.setRange(0, len(request.rates))
        self.progress.setValue(0)
        self.progress.setFormat(f"%v of %m learning rates ({request.hp.epochs:,} epochs each)")
        self.cancel_button.setEnabled(True)
        self.running = True
        self._draw()
        self.thread.run(request)

    def cancel(self) -> None:
        if self.running:
            self.thread.cancel()

    @Slot(int, object)
    def _on_point_done(self, index: int, point: SweepPoint) -> None:
        self.points[index] = point
        self.progress.setValue(sum(p is not None for p in self.points))
        self._draw()

    @Slot(bool)
    def _on_finished(self, complete: bool) -> None:
        self.running = False
        self.cancel_button.setEnabled(False)
        done = sum(p is not None for p in self.points)
        if not complete:
            self.progress.setFormat(f"cancelled after {done} of %m")
        self._draw()

    def best_point(self) -> SweepPoint | None:
        done = [p for p in self.points if p is not None and math.isfinite(p.final_loss)]
        return min(done, key=lambda p: (p.final_loss, p.learning_rate)) if done else None

    def _draw(self) -> None:
        done = [p for p in self.points if p is not None]
        lrs = np.array([p.learning_rate for p in done])
        losses = np.array([p.final_loss for p in done])
        finite = np.isfinite(losses)
        self.loss_curve.setData(lrs[finite], losses[finite])
        reached = [
            (p.learning_rate, p.epochs_to_threshold)
            for p in done
            if p.epochs_to_threshold is not None
        ]
        self.epochs_curve.setData([r[0] for r in reached], [r[1] for r in reached])
        best = self.best_point()
        if best is None:
            self.best.setData([], [])
            self.best_label.setText("")
            return
        # The plot is log-log; these two items take log10 coordinates themselves.
        x, y = math.log10(best.learning_rate), math.log10(max(best.final_loss, 1e-300))
        self.best.setData([x], [y])
        self.best_label.setText(f"best: lr {best.learning_rate:g}, loss {best.final_loss:.4g}")
        lrs_all = [p.learning_rate for p in self.points if p is not None]
        right = best.learning_rate >= max(lrs_all)
        left = best.learning_rate <= min(lrs_all)
        self.best_label.setAnchor((1.0 if right else 0.0 if left else 0.5, 1.3))
        self.best_label.setPos(x, y)
        diverged = len(done) - int(finite.sum())
        note = f" {diverged} diverged (not drawn)." if diverged else ""
        self.note.setText("Click a point to train that learning rate in the main window." + note)

    def _on_clicked(self, item, points, *args) -> None:
        if len(points):
            x = points[0].pos().x()
            lr = min(
                (p.learning_rate for p in self.points if p is not None),
                key=lambda v: abs(math.log10(v) - x),
            )
            self.rate_chosen.emit(lr)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.cancel()
        super().closeEvent(event)

    def shut_down(self) -> None:
        self.thread.shut_down()


class SweepLauncher(QObject):
    """Starts sweeps from the window and trains the learning rate a click picks."""

    def __init__(self, window) -> None:
        super().__init__(window)
        self.window = window
        self.sweep_window: SweepWindow | None = None

    def start(self, rates=None, threshold: float = 0.05) -> SweepWindow | None:
        w = self.window
        hp = w.controls.hyperparameters(w.options)
        if rates is None:
            answer = SweepDialog.ask(w, hp.epochs)
            if answer is None:
                return None
            rates, threshold = answer
        if self.sweep_window is None:
            self.sweep_window = SweepWindow(w)
            self.sweep_window.rate_chosen.connect(self._on_rate_chosen)
        self.sweep_window.cancel()
        self.sweep_window.start(SweepRequest(w.run.data, hp, tuple(rates), threshold))
        self.sweep_window.show()
        self.sweep_window.raise_()
        return self.sweep_window

    def _on_rate_chosen(self, lr: float) -> None:
        w = self.window
        w.controls.lr_spin.setValue(lr)
        w.reset()
        w.train()
        w.statusBar().showMessage(f"Training the sweep's learning rate {lr:g}.")

    def shut_down(self) -> None:
        if self.sweep_window is not None:
            self.sweep_window.shut_down()
