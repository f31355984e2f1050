"""The learning-rate sweep's views: the dialog that asks for the rates, and the window
that shows final loss (and epochs to a threshold) against the learning rate, the best
marked. Clicking a point asks to train that rate in the main window.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gdviz.core.i18n import localise, translate
from gdviz.core.teach.words import describe, integer, rate, shown_epochs
from gdviz.core.train.sweep import SweepPoint, SweepRequest, best_point, log_rates
from gdviz.ui.views.plots import TEXT, PlotPanel
from gdviz.ui.views.widgets import FloatSpinBox

CLICK_PX = 10  # a click this close to a point trains it


def _click_note() -> str:
    return translate(
        "sweep_window", "Click a point to train that learning rate in the main window."
    )


class SweepDialog(QDialog):
    """Asks for the range of learning rates, how many, and the loss threshold."""

    def __init__(self, parent: QWidget | None, epochs: int, threshold: float = 0.05) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("sweep_window", "Learning-rate sweep"))
        form = QFormLayout(self)
        self.low = FloatSpinBox(1e-5, 1000.0, 1e-3)
        self.high = FloatSpinBox(1e-5, 1000.0, 10.0)
        self.count = QSpinBox()
        self.count.setRange(2, 200)
        self.count.setValue(20)
        self.threshold = FloatSpinBox(0.0, 1e6, threshold, decimals=4)
        self.threshold.setToolTip(
            translate(
                "sweep_window",
                "The loss a run must reach to count in the lower plot; the default is 5 % of "
                "the way from the lowest loss this data allows to the loss at the start",
            )
        )
        form.addRow(translate("sweep_window", "From learning rate"), self.low)
        form.addRow(translate("sweep_window", "To learning rate"), self.high)
        form.addRow(translate("sweep_window", "How many (log-spaced)"), self.count)
        form.addRow(translate("sweep_window", "Loss threshold"), self.threshold)
        each = translate(
            "sweep_window", "Each run: {epochs} from the next run's start, data and options."
        )
        form.addRow(QLabel(each.format(epochs=shown_epochs(epochs))))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @staticmethod
    def ask(
        parent: QWidget | None, epochs: int, threshold: float = 0.05
    ) -> tuple[tuple[float, ...], float] | None:
        d = SweepDialog(parent, epochs, threshold)
        if d.exec() != QDialog.DialogCode.Accepted:
            return None
        low, high = sorted((d.low.value(), d.high.value()))
        return log_rates(low, high, d.count.value()), d.threshold.value()


class SweepWindow(QWidget):
    """Progress, Cancel, Close, and the two plots of a sweep (a view)."""

    rate_chosen = Signal(float)
    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(translate("sweep_window", "gdviz — learning-rate sweep"))
        self.setObjectName("sweepWindow")
        self.resize(760, 640)
        self.loss_plot = PlotPanel(
            translate("sweep_window", "Final loss after the run"),
            translate("sweep_window", "final loss (log)"),
            translate("sweep_window", "learning rate (log)"),
        )
        self.loss_plot.setObjectName("sweepPlot")
        self.epochs_plot = PlotPanel(
            translate("sweep_window", "Epochs to reach the threshold"),
            translate("sweep_window", "epochs"),
            translate("sweep_window", "learning rate (log)"),
        )
        self.loss_plot.getPlotItem().setLogMode(x=True, y=True)
        self.epochs_plot.getPlotItem().setLogMode(x=True)
        self.epochs_plot.setXLink(self.loss_plot)
        self.loss_curve = pg.PlotDataItem(
            pen=pg.mkPen("#d62728", width=2), symbol="o", symbolSize=8, symbolBrush="#d62728"
        )
        self.epochs_curve = pg.PlotDataItem(
            pen=pg.mkPen("#1f77b4", width=2), symbol="o", symbolSize=8, symbolBrush="#1f77b4"
        )
        self.best = pg.ScatterPlotItem(symbol="star", size=22, brush="#ffb000", pen="k")
        self.loss_plot.addItem(self.loss_curve)
        self.loss_plot.addItem(self.best)
        self.epochs_plot.addItem(self.epochs_curve)
        self.loss_plot.set_legend_entries(
            [
                (self.loss_curve, translate("sweep_window", "final loss")),
                (self.best, translate("sweep_window", "lowest")),
            ]
        )
        for plot in (self.loss_plot, self.epochs_plot):
            plot.scene().sigMouseClicked.connect(lambda ev, p=plot: self._on_clicked(p, ev))
        self.progress = QProgressBar()
        self.progress.setObjectName("sweepProgress")
        self.cancel_button = QPushButton(translate("sweep_window", "Cancel"))
        self.cancel_button.setObjectName("sweepCancelButton")
        self.cancel_button.setEnabled(False)
        self.cancel_button.clicked.connect(self.cancel_requested)
        self.close_button = QPushButton(translate("sweep_window", "Close"))
        self.close_button.setObjectName("sweepCloseButton")
        self.close_button.clicked.connect(self.close)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        self.best_label = QLabel()
        self.best_label.setObjectName("sweepBest")
        self.best_label.setStyleSheet("font-weight: bold;")
        self.note = QLabel(_click_note())
        self.note.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(self.progress, 1)
        row.addWidget(self.cancel_button)
        bottom = QHBoxLayout()
        bottom.addWidget(self.note, 1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(row)
        layout.addWidget(self.best_label)
        layout.addWidget(self.loss_plot, 3)
        layout.addWidget(self.epochs_plot, 2)
        layout.addLayout(bottom)
        self.points: list[SweepPoint | None] = []
        self._log_y = True
        self._threshold = 0.05
        self._epochs = 0
        # Said beside the plot, not in it: a plot's range moves as the points arrive.
        self.empty_note = QLabel()
        self.empty_note.setObjectName("sweepEmptyNote")
        self.empty_note.setWordWrap(True)
        self.empty_note.setStyleSheet("color: #8a4b00;")
        self.empty_note.setVisible(False)
        layout.insertWidget(layout.indexOf(self.epochs_plot), self.empty_note)

    def show_start(self, request: SweepRequest) -> None:
        self._threshold = request.threshold
        self._epochs = request.settings.epochs
        self.epochs_plot.set_title(
            translate("sweep_window", "Epochs to reach the threshold"),
            translate("sweep_window", "a loss of {threshold} or less").format(
                threshold=localise(f"{request.threshold:g}")
            ),
        )
        title = translate("sweep_window", "gdviz — learning-rate sweep: {settings}")
        self.setWindowTitle(title.format(settings=localise(describe(request.settings))))
        self.points = [None] * len(request.rates)
        self.progress.setRange(0, len(request.rates))
        self.progress.setValue(0)
        self.progress.setFormat(
            translate("sweep_window", "%v of %m learning rates ({epochs} each)").format(
                epochs=shown_epochs(request.settings.epochs)
            )
        )
        self.draw()

    def show_point(self, index: int, point: SweepPoint) -> None:
        self.points[index] = point
        self.progress.setValue(sum(p is not None for p in self.points))
        self.draw()

    def show_end(self, complete: bool) -> None:
        if not complete:
            done = sum(p is not None for p in self.points)
            self.progress.setFormat(
                translate("sweep_window", "cancelled after {done} of %m").format(done=done)
            )
        self.draw()

    def set_busy(self, busy: bool) -> None:
        self.cancel_button.setEnabled(busy)

    def best_point(self) -> SweepPoint | None:
        return best_point(self.points)

    def draw(self) -> None:
        done = [p for p in self.points if p is not None]
        lrs = np.array([p.learning_rate for p in done])
        losses = np.array([p.final_loss for p in done])
        finite = np.isfinite(losses)
        shown = losses[finite]
        # A log axis over less than a decade has no labels: linear, then.
        log_y = bool(shown.size and shown.min() > 0 and shown.max() / shown.min() > 10)
        if log_y != self._log_y:
            self._log_y = log_y
            self.loss_plot.getPlotItem().setLogMode(x=True, y=log_y)
            self.loss_plot.getPlotItem().setLabel(
                "left",
                translate("sweep_window", "final loss (log)")
                if log_y
                else translate("sweep_window", "final loss"),
                color=TEXT,
            )
        self.loss_curve.setData(lrs[finite], shown)
        reached = [
            (p.learning_rate, p.epochs_to_threshold)
            for p in done
            if p.epochs_to_threshold is not None
        ]
        self.epochs_curve.setData([r[0] for r in reached], [r[1] for r in reached])
        self._explain_empty(bool(done) and not reached)
        best = self.best_point()
        diverged = len(done) - int(finite.sum())
        note = (
            translate("sweep_window", " {n} diverged (not drawn).").format(n=diverged)
            if diverged
            else ""
        )
        self.note.setText(_click_note() + note)
        if best is None:
            self.best.setData([], [])
            self.best_label.setText("")
            return
        # The plot's axes are logarithmic; this item takes their coordinates itself.
        y = math.log10(max(best.final_loss, 1e-300)) if self._log_y else best.final_loss
        self.best.setData([math.log10(best.learning_rate)], [y])
        reached_at = best.epochs_to_threshold
        lr, loss = localise(rate(best.learning_rate)), localise(f"{best.final_loss:.4g}")
        if reached_at is None:
            text = translate("sweep_window", "Lowest final loss: learning rate {lr}, loss {loss}.")
        else:
            text = translate(
                "sweep_window",
                "Lowest final loss: learning rate {lr}, loss {loss}, below the threshold from "
                "epoch {epoch}.",
            )
        epoch = localise(integer(reached_at)) if reached_at is not None else ""
        self.best_label.setText(text.format(lr=lr, loss=loss, epoch=epoch))

    def _explain_empty(self, empty: bool) -> None:
        """Say why the lower plot is empty: no rate got down to the threshold."""
        self.empty_note.setVisible(empty)
        if not empty:
            return
        done = [p for p in self.points if p is not None and math.isfinite(p.final_loss)]
        lowest = min((p.final_loss for p in done), default=math.nan)
        if math.isfinite(lowest):
            text = translate(
                "sweep_window",
                "The plot below is empty: no learning rate reached a loss of {threshold} within "
                "{epochs} (the lowest final loss was {lowest}). Raise the threshold or the "
                "epochs, and sweep again.",
            )
        else:
            text = translate(
                "sweep_window",
                "The plot below is empty: no learning rate reached a loss of {threshold} within "
                "{epochs}. Raise the threshold or the epochs, and sweep again.",
            )
        self.empty_note.setText(
            text.format(
                threshold=localise(f"{self._threshold:g}"),
                epochs=shown_epochs(self._epochs),
                lowest=localise(f"{lowest:.4g}"),
            )
        )

    def _on_clicked(self, plot: PlotPanel, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton:
            return
        vb = plot.getPlotItem().vb
        curve = self.loss_curve if plot is self.loss_plot else self.epochs_curve
        xs, ys = curve.getData()  # log10 coordinates where the axis is logarithmic
        if xs is None or not len(xs):
            return
        click = event.scenePos()
        best, best_distance = None, float("inf")
        for x, y in zip(xs.tolist(), ys.tolist(), strict=True):
            spot = vb.mapViewToScene(pg.Point(x, y))
            distance = math.hypot(spot.x() - click.x(), spot.y() - click.y())
            if distance < best_distance:
                best, best_distance = x, distance
        if best is not None and best_distance <= CLICK_PX:
            chosen = min(
                (p.learning_rate for p in self.points if p is not None),
                key=lambda v: abs(math.log10(v) - best),
            )
            self.rate_chosen.emit(chosen)
