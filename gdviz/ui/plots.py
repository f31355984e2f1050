"""The fit plot (data, sigmoid, threshold) and the loss plot (loss per epoch).

Views only: they draw what they are given and say what the user did with the
mouse. Each curve is created once and updated with ``setData``. Legends sit
below the data area, so they never cover a curve or a point.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPoint, QPointF, Qt, Signal
from PySide6.QtGui import QContextMenuEvent

from gdviz.core.data import DataSet
from gdviz.core.decimate import PeakEnvelope
from gdviz.core.history import History
from gdviz.core.model import RowUpdate
from gdviz.core.runs import DRAW_ALL_UP_TO, PastRun
from gdviz.ui.points import DataPoints
from gdviz.ui.text import MINUS, count, integer, math_text, significant

PASSED = "#1f77b4"  # blue circles
FAILED = "#e8710a"  # orange crosses
CURVE = "#2ca02c"
LOSS = "#d62728"
TEXT = "#222"
AXIS = "#555"
NOTE = "#555"


def equation_text(w: float, b: float) -> str:
    """``p = σ(4.30·x − 10.51)``: the current model, as a learner reads it."""
    sign = MINUS if b < 0 else "+"
    return f"p = σ({math_text(w, 2)}·x {sign} {math_text(abs(b), 2)})"


def faded(colour: str, alpha: int = 150):
    c = pg.mkColor(colour)
    c.setAlpha(alpha)
    return c


class EpochAxis(pg.AxisItem):
    """Whole epochs with thousands separators: ``2,000,000``, never ``2e+06``."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph API)
        if spacing < 1:
            return super().tickStrings(values, scale, spacing)
        return [integer(round(v)) if v >= 0 else "" for v in values]


class PlotPanel(pg.PlotWidget):
    """A white plot with dark, readable text (on screen and in exports), a two-line
    title, a legend under the axis, and a context menu the window fills in."""

    context_menu_requested = Signal(QPoint, object)  # global position, a data row or None

    def __init__(self, title: str, left: str, bottom: str, parent=None, **kwargs) -> None:
        super().__init__(parent, background="w", **kwargs)
        item = self.getPlotItem()
        item.setMenuEnabled(False)
        for side in ("left", "bottom"):
            axis = item.getAxis(side)
            axis.setPen(AXIS)
            axis.setTextPen(TEXT)
            axis.enableAutoSIPrefix(False)  # no "(x0.001)" beside ticks of 200 … 900
        item.setLabel("left", left, color=TEXT)
        item.setLabel("bottom", bottom, color=TEXT)
        self.legend = pg.LegendItem(
            labelTextColor=TEXT,
            labelTextSize="9pt",
            colCount=4,
            brush=None,
            pen=None,
            horSpacing=14,
        )
        item.layout.addItem(self.legend, 4, 1)
        self._title = title
        self.set_title(title)

    def set_title(self, title: str, note: str = "") -> None:
        """The title, with an optional small second line (what is drawn, and how)."""
        self._title = title
        text = title
        if note:
            text += f"<br><span style='font-size: 9pt; color: {NOTE}'>{note}</span>"
        self.getPlotItem().setTitle(text, color=TEXT, size="12pt")

    def title_text(self) -> str:
        return self.getPlotItem().titleLabel.text

    def transient_items(self) -> list:
        """Items that follow the pointer: hidden while the plot is exported."""
        return []

    def set_legend_entries(self, entries: Sequence[tuple[object, str]]) -> None:
        """Show exactly these (item, name) pairs in the legend, in order."""
        self.legend.clear()
        for item, name in entries:
            self.legend.addItem(item, name)
        self.legend.setColumnCount(max(1, min(4, len(entries))))

    def legend_names(self) -> list[str]:
        """The names in the legend, in order."""
        return [label.text for _, label in self.legend.items]

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt API)
        self.context_menu_requested.emit(event.globalPos(), None)


class FitPlot(PlotPanel):
    """Data points (passed/failed), the sigmoid with its 0.5 threshold, kept runs faded.

    The points can be edited: ``point_added``, ``point_moved`` and
    ``point_deleted`` ask for the change; the window applies it (undoably).
    """

    point_added = Signal(float, float)  # x, label
    point_moved = Signal(int, float)  # row index, new x
    point_deleted = Signal(int)  # row index

    def __init__(self, parent=None) -> None:
        super().__init__("Model fit", "p (pass probability)", "x (hours studied)", parent)
        self.setObjectName("fitPlot")
        item = self.getPlotItem()
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
        # The label sits right of the line at p ≈ 0.25, where a rising curve is left of it.
        self.threshold = pg.InfiniteLine(
            angle=90,
            pen=pg.mkPen("#555", width=1.5, style=Qt.PenStyle.DashLine),
            label="",
            labelOpts={
                "position": 0.28,
                "color": "#333",
                "fill": (255, 255, 255, 200),
                "anchors": [(0, 0.5), (0, 0.5)],
            },
        )
        self.prediction = pg.ScatterPlotItem(
            symbol="star", size=18, brush=pg.mkBrush("#9467bd"), pen=pg.mkPen("#3d1f5c")
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
        self.prediction.setVisible(False)
        self.set_legend_entries(
            [
                (self._failed, "failed (y = 0)"),
                (self._passed, "passed (y = 1)"),
                (self.curve, "sigmoid"),
            ]
        )
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
        self._overlays: dict[int, pg.PlotDataItem] = {}
        self._runs: list[PastRun] = []

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
        self.set_overlays(self._runs)

    def curve_points(self, w: float, b: float) -> tuple[np.ndarray, np.ndarray]:
        """The sigmoid of (w, b) sampled across the plot's x range."""
        with np.errstate(over="ignore", invalid="ignore"):
            return self._x, 1.0 / (1.0 + np.exp(-(self._x * w + b)))

    def set_model(self, w: float, b: float) -> None:
        self.curve.setData(*self.curve_points(w, b))
        threshold = -b / w if w != 0 else math.nan
        if math.isfinite(threshold):
            self.threshold.setPos(threshold)
            self.threshold.label.setFormat(f"p = 0.5 at x = {math_text(threshold, 2)}")
            self.threshold.setVisible(True)
        else:
            self.threshold.setVisible(False)
        self.set_title("Model fit", equation_text(w, b))

    def set_overlays(self, runs: Sequence[PastRun]) -> None:
        """Faded sigmoids of the visible kept runs."""
        self._runs = list(runs)
        sync_overlays(
            self,
            self._overlays,
            self._runs,
            lambda run: pg.PlotDataItem(pen=pg.mkPen(faded(run.colour), width=1)),
            lambda run, item: item.setData(*self.curve_points(run.w, run.b)),
        )

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

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt API)
        row = self.row_at(self.mapToScene(event.pos()))
        self.context_menu_requested.emit(event.globalPos(), row)

    def show_row(self, update: RowUpdate | None) -> None:
        """Highlight one row's step (None hides it): the row, p on the curve, the error."""
        for part in (self.row_ring, self.row_prediction, self.row_error, self.row_label):
            part.setVisible(update is not None)
        if update is None:
            return
        x, y, p = update.x, update.y, update.p
        self.row_ring.setData([x], [y])
        self.row_prediction.setData([x], [p])
        self.row_error.setData([x, x], [y, p])
        self.row_label.setText(
            f"error = {update.error:.3g}\nloss = {update.loss:.3g}".replace("-", MINUS)
        )
        self.row_label.setPos(x, (y + p) / 2)


class ScrubViewBox(pg.ViewBox):
    """A view box where a left click or drag anywhere picks an x (no panning)."""

    scrubbed = Signal(float)  # x in data coordinates

    def __init__(self) -> None:
        super().__init__(enableMenu=False)
        self.setMouseEnabled(x=False, y=False)

    def mouseClickEvent(self, ev) -> None:  # noqa: N802 (pyqtgraph API)
        if ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()
            self.scrubbed.emit(float(self.mapSceneToView(ev.scenePos()).x()))
        else:
            super().mouseClickEvent(ev)

    def mouseDragEvent(self, ev, axis=None) -> None:  # noqa: N802 (pyqtgraph API)
        if ev.button() != Qt.MouseButton.LeftButton:
            ev.ignore()
            return
        ev.accept()
        self.scrubbed.emit(float(self.mapSceneToView(ev.scenePos()).x()))

    def wheelEvent(self, ev, axis=None) -> None:  # noqa: N802
        ev.ignore()


class LossPlot(PlotPanel):
    """Epoch loss against epoch: the run, kept runs faded, a cursor to travel back,
    a hover read-out and a banner for divergence."""

    epoch_selected = Signal(int)  # clicked or dragged to an epoch

    def __init__(self, parent=None) -> None:
        self._vb = ScrubViewBox()
        super().__init__(
            "Loss per epoch",
            "epoch loss (sum over rows)",
            "epoch",
            parent,
            viewBox=self._vb,
            axisItems={"bottom": EpochAxis("bottom")},
        )
        self.setObjectName("lossPlot")
        item = self.getPlotItem()
        # Re-style the replaced bottom axis like the others.
        axis = item.getAxis("bottom")
        axis.setPen(AXIS)
        axis.setTextPen(TEXT)
        axis.enableAutoSIPrefix(False)
        item.setLabel("bottom", "epoch", color=TEXT)
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
        self.banner = pg.TextItem(
            color="#b00020",
            anchor=(0.5, 0.5),
            fill=pg.mkBrush(255, 235, 238, 235),
            border=pg.mkPen("#b00020"),
        )
        self.banner.setZValue(20)
        self.banner.setVisible(False)
        item.addItem(self.banner, ignoreBounds=True)
        item.vb.sigRangeChanged.connect(self._place_banner)
        self.cursor = pg.InfiniteLine(
            angle=90,
            movable=False,
            pen=pg.mkPen("#6a3d9a", width=2),
            label="",
            labelOpts={"position": 0.95, "color": "#6a3d9a", "fill": (255, 255, 255, 220)},
        )
        self.cursor.setVisible(False)
        self.cursor.setZValue(15)
        item.addItem(self.cursor, ignoreBounds=True)
        self._vb.scrubbed.connect(self._on_scrubbed)
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self._envelope = PeakEnvelope(max_buckets=1024)
        self._history: History | None = None
        self._epochs = 1
        self._log = False
        self._overlays: dict[int, pg.PlotDataItem] = {}
        self._runs: list[PastRun] = []
        self._labels: list[str] = []
        self._loss_name = "squared error"
        self.hide_hover()

    # -- the run -----------------------------------------------------------------------
    def start_run(self, history: History, epochs: int, loss_name: str) -> None:
        """Show a new (empty) run whose x axis spans ``epochs``."""
        self._history = history
        self._envelope.clear()
        self._loss_name = loss_name
        self.hide_hover()
        self.set_epochs(epochs)
        self.refresh()
        self._update_legend()

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
                "Loss per epoch",
                f"{count(n, 'epoch')}: the min and max of every "
                f"{integer(self._envelope.bucket)} drawn",
            )

    def set_overlays(self, runs: Sequence[PastRun], labels: Sequence[str]) -> None:
        """Faded loss curves of the visible kept runs, named ``labels`` in the legend."""
        self._runs, self._labels = list(runs), list(labels)
        sync_overlays(
            self,
            self._overlays,
            self._runs,
            lambda run: pg.PlotDataItem(pen=pg.mkPen(faded(run.colour), width=1)),
            lambda run, item: item.setData(run.loss_x, run.loss_y),
        )
        self._update_legend()

    def _update_legend(self) -> None:
        entries = [(self.curve, f"this run ({self._loss_name})")]
        entries += [
            (self._overlays[id(r)], label)
            for r, label in zip(self._runs, self._labels, strict=True)
        ]
        self.set_legend_entries(entries)

    # -- banner, cursor, hover ------------------------------------------------------------
    def show_banner(self, text: str | None) -> None:
        """A message across the plot (e.g. divergence); None hides it."""
        self.banner.setVisible(bool(text))
        if text:
            self.banner.setText(text)
            self._place_banner()

    def _place_banner(self, *_args) -> None:
        (x0, x1), (y0, y1) = self.getPlotItem().vb.viewRange()
        self.banner.setPos((x0 + x1) / 2, (y0 + y1) / 2)

    def show_cursor(self, epoch: int | None) -> None:
        """Mark the epoch being viewed (None: back to live, no cursor)."""
        if epoch is None:
            self.cursor.setVisible(False)
            return
        self.cursor.setVisible(True)  # first: a hidden line's label ignores moves
        self.cursor.setPos(epoch)
        self.cursor.label.setFormat(f"epoch {integer(epoch)}")

    def cursor_label(self) -> str:
        return self.cursor.label.toPlainText()

    def _epoch_at(self, x: float) -> int | None:
        history = self._history
        if history is None or len(history) == 0 or not math.isfinite(x):
            return None
        return int(min(max(round(x), 0), len(history) - 1))

    def _on_scrubbed(self, x: float) -> None:
        epoch = self._epoch_at(x)
        if epoch is not None:
            self.epoch_selected.emit(epoch)

    def set_log_scale(self, on: bool) -> None:
        self._log = on
        self.hide_hover()
        self.getPlotItem().setLogMode(y=on)

    def transient_items(self) -> list:
        return [self._hover, self._hover_dot]

    def hide_hover(self) -> None:
        self._hover.setVisible(False)
        self._hover_dot.setVisible(False)

    def hover_text(self) -> str | None:
        return self._hover.textItem.toPlainText() if self._hover.isVisible() else None

    def leaveEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.hide_hover()
        super().leaveEvent(event)

    def _on_mouse_moved(self, pos) -> None:
        history = self._history
        vb = self.getPlotItem().vb
        if history is None or len(history) == 0 or not vb.sceneBoundingRect().contains(pos):
            self.hide_hover()
            return
        epoch = self._epoch_at(vb.mapSceneToView(pos).x())
        if epoch is None:
            self.hide_hover()
            return
        loss = float(history.loss[epoch])
        if self._log and not loss > 0:
            self.hide_hover()
            return
        y = math.log10(loss) if self._log else loss
        self._hover.setText(f"epoch {integer(epoch)}\nloss {significant(loss, 6)}")
        self._hover_dot.setData([epoch], [y])
        (x0, x1), (y0, y1) = vb.viewRange()
        self._hover.setPos(QPointF(x1, y1))
        self._hover.setVisible(True)
        self._hover_dot.setVisible(True)


def sync_overlays(
    plot: pg.PlotWidget, items: dict[int, pg.PlotDataItem], runs: list[PastRun], make, fill
) -> None:
    """Make ``items`` (keyed by run) match ``runs``: add, fill, and remove the rest."""
    wanted = {id(run): run for run in runs}
    for key in [k for k in items if k not in wanted]:
        plot.getPlotItem().removeItem(items.pop(key))
    for key, run in wanted.items():
        item = items.get(key)
        if item is None:
            item = items[key] = make(run)
            item.setZValue(-5)
            plot.getPlotItem().addItem(item)
        fill(run, item)
