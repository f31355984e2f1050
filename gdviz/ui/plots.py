"""The fit plot (data, sigmoid, threshold) and the loss plot (loss per epoch).

Each curve is created once and updated with ``setData``; nothing is cleared
and re-added while training.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal

from gdviz.core.data import DataSet
from gdviz.core.decimate import PeakEnvelope
from gdviz.core.history import History
from gdviz.core.model import RowUpdate
from gdviz.ui.points import DataPoints
from gdviz.ui.text import number

PASSED = "#1f77b4"  # blue circles
FAILED = "#e8710a"  # orange crosses
CURVE = "#2ca02c"
LOSS = "#d62728"
DRAW_ALL_UP_TO = 4096  # epochs drawn one by one; beyond, a min/max envelope


def equation_text(w: float, b: float) -> str:
    """``p = σ(4.30·x − 10.51)``: the current model, as a learner reads it."""
    sign = "−" if b < 0 else "+"
    return f"p = σ({number(w, 2)}·x {sign} {number(abs(b), 2)})".replace("-", "−")


TEXT = "#222"
AXIS = "#555"
LEGEND = {
    "labelTextColor": TEXT,
    "labelTextSize": "10pt",
    "brush": (255, 255, 255, 210),
    "pen": "#ccc",
}


class PlotPanel(pg.PlotWidget):
    """A white PlotWidget with dark, readable text (on screen and in exports).

    Its right-click menu comes from ``menu_factory``.
    """

    menu_factory = None  # set by the window: () -> QMenu

    def __init__(self, title: str, left: str, bottom: str, parent=None) -> None:
        super().__init__(parent)
        self.setBackground("w")
        item = self.getPlotItem()
        item.setMenuEnabled(False)
        for side in ("left", "bottom"):
            axis = item.getAxis(side)
            axis.setPen(AXIS)
            axis.setTextPen(TEXT)
        item.setLabel("left", left, color=TEXT)
        item.setLabel("bottom", bottom, color=TEXT)
        self.set_title(title)

    def set_title(self, title: str) -> None:
        self.getPlotItem().setTitle(title, color=TEXT, size="12pt")

    def contextMenuEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if self.menu_factory is None:
            super().contextMenuEvent(event)
            return
        self.menu_factory().exec(event.globalPos())


class FitPlot(PlotPanel):
    """Data points (passed/failed) and the current sigmoid with its 0.5 threshold.

    The points can be edited: ``point_added``, ``point_moved`` and
    ``point_deleted`` ask for the change; the window applies it (undoably).
    """

    point_added = Signal(float, float)  # x, label
    point_moved = Signal(int, float)  # row index, new x
    point_deleted = Signal(int)  # row index

    def __init__(self, parent=None) -> None:
        super().__init__(
            "Model fit: pass probability vs hours studied",
            "p (pass probability)",
            "x (hours studied)",
            parent,
        )
        self.setObjectName("fitPlot")
        item = self.getPlotItem()
        self._legend = item.addLegend(offset=(-10, -10), **LEGEND)
        self._failed = DataPoints(
            symbol="x",
            size=13,
            pen=pg.mkPen(FAILED, width=2.5),
            brush=pg.mkBrush(FAILED),
            name="failed (y = 0)",
        )
        self._passed = DataPoints(
            symbol="o",
            size=11,
            pen=pg.mkPen("w", width=1),
            brush=pg.mkBrush(PASSED),
            name="passed (y = 1)",
        )
        for points in (self._failed, self._passed):
            points.point_moved.connect(self.point_moved)
        self.scene().sigMouseClicked.connect(self._on_clicked)
        self.setToolTip(
            "Click: add a student who passed · Shift+click: one who failed · "
            "drag a point to move it · right-click a point to delete it"
        )
        self.curve = pg.PlotDataItem(pen=pg.mkPen(CURVE, width=3), name="sigmoid")
        self._half = pg.InfiniteLine(
            pos=0.5, angle=0, pen=pg.mkPen("#888", width=1, style=Qt.PenStyle.DotLine)
        )
        self.threshold = pg.InfiniteLine(
            angle=90,
            pen=pg.mkPen("#555", width=1.5, style=Qt.PenStyle.DashLine),
            label="p = 0.5 at x = {value:.2f}",
            labelOpts={"position": 0.5, "color": "#333", "fill": (255, 255, 255, 200)},
        )
        self.equation = pg.TextItem(
            color="#111", anchor=(0, 0), fill=pg.mkBrush(255, 255, 255, 210)
        )
        font = self.equation.textItem.font()
        font.setPointSize(13)
        self.equation.setFont(font)
        self.equation.setZValue(10)
        self.prediction = pg.ScatterPlotItem(
            symbol="star",
            size=18,
            brush=pg.mkBrush("#9467bd"),
            pen=pg.mkPen("#3d1f5c"),
            name="prediction",
        )
        for it in (
            self._half,
            self.threshold,
            self._failed,
            self._passed,
            self.curve,
            self.prediction,
        ):
            item.addItem(it)
        item.addItem(self.equation, ignoreBounds=True)
        self._legend.removeItem(self.prediction)
        self.prediction.setVisible(False)
        # One row's step: the row ringed, its prediction on the curve, the error between.
        self.row_ring = pg.ScatterPlotItem(
            symbol="o", size=26, brush=None, pen=pg.mkPen("#ffb000", width=3)
        )
        self.row_prediction = pg.ScatterPlotItem(
            symbol="d", size=14, brush=pg.mkBrush("#ffb000"), pen=pg.mkPen("k")
        )
        self.row_error = pg.PlotDataItem(
            pen=pg.mkPen("#ffb000", width=2.5, style=Qt.PenStyle.DashLine)
        )
        self.row_label = pg.TextItem(
            color="#7a5200", anchor=(0, 0.5), fill=pg.mkBrush(255, 248, 225, 230)
        )
        for it in (self.row_error, self.row_ring, self.row_prediction, self.row_label):
            item.addItem(it, ignoreBounds=True)
        self.show_row(None)
        item.setYRange(-0.08, 1.08, padding=0)
        self._x = np.linspace(0, 1, 2)
        item.vb.sigRangeChanged.connect(self._place_equation)

    def set_data(self, data: DataSet) -> None:
        xs, ys = data.xs, data.ys
        lo, hi = float(xs.min()), float(xs.max())
        margin = max((hi - lo) * 0.25, 1.0, max(abs(lo), abs(hi)) * 1e-3)
        x0, x1 = lo - margin, hi + margin
        if not (math.isfinite(x0) and math.isfinite(x1) and abs(x0) + abs(x1) < 1e300):
            # Beyond what a view can show: clamp, and keep a non-empty range.
            x0, x1 = (min(max(v, -1e299), 1e299) for v in (lo, hi))
            if x1 <= x0:
                x0, x1 = x0 - abs(x0) * 1e-3 - 1.0, x0 + abs(x0) * 1e-3 + 1.0
        self._x = np.linspace(x0, x1, 600)
        passed = ys >= 0.5
        rows = np.arange(len(xs))
        self._passed.set_rows(xs[passed], ys[passed], rows[passed])
        self._failed.set_rows(xs[~passed], ys[~passed], rows[~passed])
        self.getPlotItem().setXRange(x0, x1, padding=0)

    def curve_points(self, w: float, b: float) -> tuple[np.ndarray, np.ndarray]:
        """The sigmoid of (w, b) sampled across the plot's x range."""
        with np.errstate(over="ignore", invalid="ignore"):
            return self._x, 1.0 / (1.0 + np.exp(-(self._x * w + b)))

    def set_model(self, w: float, b: float) -> None:
        self.curve.setData(*self.curve_points(w, b))
        if w != 0 and math.isfinite(-b / w):
            self.threshold.setPos(-b / w)
            self.threshold.setVisible(True)
        else:
            self.threshold.setVisible(False)
        self.equation.setText(equation_text(w, b))
        self._place_equation()

    def show_prediction(self, x: float | None, p: float | None) -> None:
        if x is None or p is None:
            self.prediction.setVisible(False)
            return
        self.prediction.setData([x], [p])
        self.prediction.setVisible(True)

    def row_at(self, scene_pos) -> int | None:
        """The data row drawn under ``scene_pos``, if any."""
        for points in (self._passed, self._failed):
            index = points.index_at(scene_pos)
            if index is not None:
                return index
        return None

    def _on_clicked(self, event) -> None:
        vb = self.getPlotItem().vb
        if (
            event.button() != Qt.MouseButton.LeftButton
            or event.double()
            or not vb.sceneBoundingRect().contains(event.scenePos())
            or self.row_at(event.scenePos()) is not None
        ):
            return
        point = vb.mapSceneToView(event.scenePos())
        shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
        self.point_added.emit(float(point.x()), 0.0 if shift else 1.0)

    def contextMenuEvent(self, event) -> None:  # noqa: N802 (Qt API)
        row = self.row_at(self.mapToScene(event.pos()))
        if row is None or self.menu_factory is None:
            super().contextMenuEvent(event)
            return
        menu = self.menu_factory()
        first = menu.actions()[0] if menu.actions() else None
        delete = pg.QtGui.QAction(f"Delete data row {row + 1}", menu)
        delete.triggered.connect(lambda: self.point_deleted.emit(row))
        menu.insertAction(first, delete)
        menu.insertSeparator(first)
        menu.exec(event.globalPos())

    def show_row(self, update: RowUpdate | None) -> None:
        """Highlight one row's step (None hides it): the row, p on the curve, the error."""
        parts = (self.row_ring, self.row_prediction, self.row_error, self.row_label)
        for part in parts:
            part.setVisible(update is not None)
        if update is None:
            return
        x, y, p = update.x, update.y, update.p
        self.row_ring.setData([x], [y])
        self.row_prediction.setData([x], [p])
        self.row_error.setData([x, x], [y, p])
        self.row_label.setText(
            f"error = {update.error:.3g}\nloss = {update.loss:.3g}".replace("-", "−")
        )
        self.row_label.setPos(x, (y + p) / 2)

    def _place_equation(self, *_args) -> None:
        (x0, x1), (y0, y1) = self.getPlotItem().vb.viewRange()
        self.equation.setPos(QPointF(x0 + (x1 - x0) * 0.02, y1 - (y1 - y0) * 0.02))


class LossPlot(PlotPanel):
    """Epoch loss against epoch, with a log-scale option and a hover read-out."""

    epoch_selected = Signal(int)  # clicked or dragged the cursor to an epoch

    def __init__(self, parent=None) -> None:
        super().__init__("Loss per epoch", "epoch loss (sum over rows)", "epoch", parent)
        self.setObjectName("lossPlot")
        item = self.getPlotItem()
        item.addLegend(offset=(-10, 10), **LEGEND)
        # Wide pens cost ~5x more to draw: 2 px while every epoch is drawn, 1 px
        # for the min/max envelope of long runs.
        self._pens = (pg.mkPen(LOSS, width=2), pg.mkPen(LOSS, width=1))
        self.curve = pg.PlotDataItem(pen=self._pens[0], name="loss")
        self.curve.setDownsampling(auto=True, method="peak")
        self.curve.setClipToView(True)
        item.addItem(self.curve)
        self._hover = pg.TextItem(color="#111", anchor=(1, 0), fill=pg.mkBrush(255, 255, 255, 220))
        self._hover.setZValue(10)
        self._hover_dot = pg.ScatterPlotItem(size=9, brush=pg.mkBrush(LOSS), pen=pg.mkPen("k"))
        item.addItem(self._hover, ignoreBounds=True)
        item.addItem(self._hover_dot, ignoreBounds=True)
        self._hover.setVisible(False)
        self._banner = pg.TextItem(
            color="#b00020",
            anchor=(0.5, 0.5),
            fill=pg.mkBrush(255, 235, 238, 235),
            border=pg.mkPen("#b00020"),
        )
        self._banner.setZValue(20)
        self._banner.setVisible(False)
        item.addItem(self._banner, ignoreBounds=True)
        item.vb.sigRangeChanged.connect(self._place_banner)
        self.cursor = pg.InfiniteLine(
            angle=90,
            movable=True,
            pen=pg.mkPen("#6a3d9a", width=2),
            hoverPen=pg.mkPen("#6a3d9a", width=4),
            label="epoch {value:.0f}",
            labelOpts={"position": 0.95, "color": "#6a3d9a", "fill": (255, 255, 255, 220)},
        )
        self.cursor.setVisible(False)
        self.cursor.setZValue(15)
        self._placing_cursor = False
        item.addItem(self.cursor, ignoreBounds=True)
        self.cursor.sigPositionChanged.connect(self._on_cursor_dragged)
        self.scene().sigMouseClicked.connect(self._on_clicked)
        self._envelope = PeakEnvelope(max_buckets=1024)
        self._history: History | None = None
        self._epochs = 1
        self._log = False
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)

    def start_run(self, history: History, epochs: int) -> None:
        """Show a new (empty) run whose x axis spans ``epochs``."""
        self._history = history
        self._envelope.clear()
        self.set_epochs(epochs)
        self.refresh()

    def set_epochs(self, epochs: int) -> None:
        self._epochs = max(1, epochs)
        # A fixed x range: auto-ranging every frame costs more than drawing.
        self.getPlotItem().setXRange(0, self._epochs, padding=0.02)

    def refresh(self) -> None:
        """Redraw from the history (cheap at any length)."""
        history = self._history
        if history is None or len(history) == 0:
            self.curve.setData([], [])
            self.set_title("Loss per epoch")
            return
        n = len(history)
        if n > self._epochs:
            self.set_epochs(n)
        if n <= DRAW_ALL_UP_TO:
            self.curve.setData(np.arange(n, dtype=float), history.loss, pen=self._pens[0])
            self.set_title("Loss per epoch")
        else:
            self._envelope.update(history.loss)
            self.curve.setData(*self._envelope.xy(), pen=self._pens[1])
            self.set_title(
                f"Loss per epoch — {n:,} epochs, drawn as the min/max of every "
                f"{self._envelope.bucket:,}"
            )

    def show_banner(self, text: str | None) -> None:
        """A message across the plot (e.g. divergence); None hides it."""
        self._banner.setVisible(bool(text))
        if text:
            self._banner.setText(text)
            self._place_banner()

    def _place_banner(self, *_args) -> None:
        (x0, x1), (y0, y1) = self.getPlotItem().vb.viewRange()
        self._banner.setPos((x0 + x1) / 2, (y0 + y1) / 2)

    def show_cursor(self, epoch: int | None) -> None:
        """Mark the epoch being viewed (None: back to live, no cursor)."""
        # Not blockSignals: the cursor's label follows sigPositionChanged too.
        self._placing_cursor = True
        if epoch is None:
            self.cursor.setVisible(False)
        else:
            self.cursor.setPos(epoch)
            self.cursor.setVisible(True)
        self._placing_cursor = False

    def _epoch_at(self, x: float) -> int | None:
        history = self._history
        if history is None or len(history) == 0:
            return None
        return int(min(max(round(x), 0), len(history) - 1))

    def _on_clicked(self, event) -> None:
        vb = self.getPlotItem().vb
        if event.button() != Qt.MouseButton.LeftButton or not vb.sceneBoundingRect().contains(
            event.scenePos()
        ):
            return
        epoch = self._epoch_at(vb.mapSceneToView(event.scenePos()).x())
        if epoch is not None:
            self.show_cursor(epoch)
            self.epoch_selected.emit(epoch)

    def _on_cursor_dragged(self) -> None:
        if self._placing_cursor:
            return
        epoch = self._epoch_at(self.cursor.value())
        if epoch is not None:
            self.epoch_selected.emit(epoch)

    def set_log_scale(self, on: bool) -> None:
        self._log = on
        self.getPlotItem().setLogMode(y=on)

    def _on_mouse_moved(self, pos) -> None:
        history = self._history
        vb = self.getPlotItem().vb
        if history is None or len(history) == 0 or not vb.sceneBoundingRect().contains(pos):
            self._hover.setVisible(False)
            self._hover_dot.setVisible(False)
            return
        epoch = self._epoch_at(vb.mapSceneToView(pos).x())
        assert epoch is not None
        loss = float(history.loss[epoch])
        y = math.log10(loss) if self._log and loss > 0 else loss
        self._hover.setText(f"epoch {epoch:,}\nloss {loss:.6g}")
        self._hover_dot.setData([epoch], [y])
        (x0, x1), (y0, y1) = vb.viewRange()
        self._hover.setPos(x1, y1)
        self._hover.setVisible(True)
        self._hover_dot.setVisible(True)
