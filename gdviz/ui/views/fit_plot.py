"""The fit plot: the data points, the current sigmoid with its 0.5 threshold, kept runs.

A view: it draws what it is given; the points can be edited with the mouse, and
the edits are asked for (``point_added`` ...), never made here. Above
``SUMMARY_ROWS`` rows it draws what a person can read instead of every point:
the pass rate per x bin (dots sized by their rows) and each label's rows as a
strip at y = 0 and y = 1; editing is then the Data tab's.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QContextMenuEvent

from gdviz.core.figures.binning import pass_rates
from gdviz.core.figures.runs import PastRun
from gdviz.core.io.predict import probabilities
from gdviz.core.teach.words import MINUS, fixed, integer
from gdviz.core.train.data import DataSet
from gdviz.core.train.model import RowUpdate
from gdviz.ui.views.plots import (
    CURVE,
    FAILED,
    NOTE,
    PASSED,
    TEXT,
    PlotPanel,
    equation_text,
    faded,
    sync_overlays,
)
from gdviz.ui.views.points import DataPoints

SUMMARY_ROWS = 5_000
STRIP = 0.075  # the label strips' full height, in p
PREDICTED = "#7b3fb5"  # predictions for a file: hollow purple rings
PREDICTIONS_DRAWN = 3_000
EDIT_TIP = (
    "Click: add a student who passed · Shift+click: one who failed · "
    "drag a point to move it · right-click a point to delete it"
)
SUMMARY_TIP = (
    "Too many rows to draw one by one: dots are the pass rate of each slice of x "
    "(bigger dots, more rows); the strips show where the failed and passed rows lie. "
    "Edit rows in the Data tab."
)


class FitPlot(PlotPanel):
    """Data points (passed/failed), the sigmoid with its 0.5 threshold, kept runs faded.

    The points can be edited: ``point_added``, ``point_moved`` and
    ``point_deleted`` ask for the change; the window applies it (undoably).
    """

    point_added = Signal(float, float)  # x, label
    GESTURES = (
        ("Click", "add a student who passed, at that x"),
        ("Shift+click", "add a student who failed"),
        ("Drag a point", "move that student along x"),
        ("Right-click a point", "delete that student (and the plot's menu)"),
        ("Drag elsewhere / wheel", "pan / zoom the view"),
        *PlotPanel.GESTURES,
    )
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
        self.setToolTip(EDIT_TIP)
        self.summary = False  # drawing pass rates per bin instead of every point
        self._racer_items: dict[int, pg.PlotDataItem] = {}  # a race's sigmoids, by racer
        self._racers: list = []
        self._rates = pg.ScatterPlotItem(
            symbol="o", pen=pg.mkPen("w", width=1), brush=pg.mkBrush("#333")
        )
        self._failed_strip = pg.BarGraphItem(
            x0=[], x1=[], y0=[], height=[], brush=faded(FAILED, 170), pen=None
        )
        self._passed_strip = pg.BarGraphItem(
            x0=[], x1=[], y0=[], height=[], brush=faded(PASSED, 170), pen=None
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
        self.threshold_edge = pg.TextItem(color="#333", fill=(255, 255, 255, 200))
        self.threshold_edge.setVisible(False)
        item.addItem(self.threshold_edge, ignoreBounds=True)
        self.prediction = pg.ScatterPlotItem(
            symbol="star", size=18, brush=pg.mkBrush("#9467bd"), pen=pg.mkPen("#3d1f5c")
        )
        # Data ▸ Predict for a file: the new inputs, hollow, at their predicted p.
        self.file_predictions = pg.ScatterPlotItem(
            symbol="o", size=10, brush=None, pen=pg.mkPen(PREDICTED, width=2)
        )
        self._predictions_label = ""
        self._predicted_x = np.empty(0)  # inputs of a file, drawn at the model's p
        self._w, self._b = math.nan, math.nan  # the model drawn
        for it in (
            self._half,
            self.threshold,
            self._failed_strip,
            self._passed_strip,
            self._failed,
            self._passed,
            self.curve,
            self._rates,
            self.prediction,
            self.file_predictions,
        ):
            item.addItem(it)
        self.prediction.setVisible(False)
        self._show_legend()
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
        self._data_span = (0.0, 1.0)
        self._span = (0.0, 0.0)
        self._predicted_at: float | None = None
        self._racing = False
        self._overlays: dict[int, pg.PlotDataItem] = {}
        self._runs: list[PastRun] = []
        # The equation sits on the title's second line, which stays blank text of the same
        # height: changing a title re-lays out the whole plot, 25 times a second while
        # training; changing this item's text does not.
        self.set_title("Model fit", "&nbsp;")
        title = item.titleLabel
        self.equation = pg.TextItem(color=NOTE, anchor=(0.5, 0))
        font = self.equation.textItem.font()
        font.setPointSize(9)
        self.equation.setFont(font)
        self.equation.setParentItem(title)
        title.geometryChanged.connect(self._place_equation)

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
        self._data_span = (x0, x1)
        self._set_span()
        named = data.x_label not in ("x", "hours")  # the lesson's, and unnamed columns
        self.getPlotItem().setLabel(
            "bottom", f"x ({data.x_label})" if named else "x (hours studied)", color=TEXT
        )
        summary = len(xs) > SUMMARY_ROWS
        if summary:
            self._show_pass_rates(xs, ys)
            self._passed.set_rows(np.empty(0), np.empty(0), np.empty(0, int))
            self._failed.set_rows(np.empty(0), np.empty(0), np.empty(0, int))
        else:
            passed = ys >= 0.5
            rows = np.arange(len(xs))
            self._passed.set_rows(xs[passed], ys[passed], rows[passed])
            self._failed.set_rows(xs[~passed], ys[~passed], rows[~passed])
        for part in (self._rates, self._passed_strip, self._failed_strip):
            part.setVisible(summary)
        if summary != self.summary:
            self.summary = summary
            self.setToolTip(SUMMARY_TIP if summary else EDIT_TIP)
            self._show_legend()
        self.set_title(
            f"Model fit · {integer(len(xs))} rows, pass rate per slice of x"
            if summary
            else "Model fit",
            "&nbsp;",
        )
        self.set_overlays(self._runs)

    def _show_pass_rates(self, xs: np.ndarray, ys: np.ndarray) -> None:
        rates = pass_rates(xs, ys)
        sizes = (5.0 + 11.0 * np.sqrt(rates.count / rates.count.max())) * self.zoom
        self._rates.setData(rates.x, rates.rate, size=sizes)
        tallest = max(int(rates.passed.max()), int(rates.failed.max()), 1)
        left, right = rates.edges[:-1], rates.edges[1:]
        failed = STRIP * rates.failed / tallest
        passed = STRIP * rates.passed / tallest
        self._failed_strip.setOpts(x0=left, x1=right, y0=-failed, height=failed)
        self._passed_strip.setOpts(x0=left, x1=right, y0=np.ones_like(passed), height=passed)

    def _show_legend(self) -> None:
        curves = [(self.curve, "sigmoid")]
        if self._racers:
            curves = [(self._racer_items[id(r)], r.label) for r in self._racers]
        if self.summary:
            entries = [
                (self._failed_strip, "failed rows (y = 0)"),
                (self._passed_strip, "passed rows (y = 1)"),
                (self._rates, "pass rate per slice (size: rows)"),
                *curves,
            ]
        else:
            entries = [
                (self._failed, "failed (y = 0)"),
                (self._passed, "passed (y = 1)"),
                *curves,
            ]
        if self._predictions_label:
            entries.append((self.file_predictions, self._predictions_label))
        self.set_legend_entries(entries)

    def show_file_predictions(self, x: np.ndarray | None, label: str = "") -> None:
        """Inputs of a file, drawn at the probability the model on view gives them (None:
        clear them): they follow the model, as the curve does. A large file is thinned to
        what a plot can show (they all lie on one curve)."""
        if x is None or not len(x):
            self._predicted_x = np.empty(0)
            self._predictions_label = ""
        else:
            if len(x) > PREDICTIONS_DRAWN:
                x = x[np.linspace(0, len(x) - 1, PREDICTIONS_DRAWN).astype(np.int64)]
            self._predicted_x = np.array(x, dtype=float)
            self._predictions_label = label
        self._set_span()
        self._draw_file_predictions()
        self._show_legend()

    def _draw_file_predictions(self) -> None:
        x = self._predicted_x
        if not len(x) or not (math.isfinite(self._w) and math.isfinite(self._b)):
            self.file_predictions.setData([], [])
            return
        # The lesson's own sigmoid, point by point: the rings sit exactly where the
        # Predict box and the saved CSV put them (a few thousand at most).
        self.file_predictions.setData(x, probabilities(self._w, self._b, x))

    def drawn_predictions(self) -> tuple[np.ndarray, np.ndarray]:
        return self.file_predictions.data["x"].copy(), self.file_predictions.data["y"].copy()

    def drawn_points(self) -> list[tuple[float, float]]:
        """The (x, y) of every data point drawn, sorted (none in summary mode)."""
        xs = np.concatenate([self._passed.data["x"], self._failed.data["x"]])
        ys = np.concatenate([self._passed.data["y"], self._failed.data["y"]])
        return sorted(zip(xs.tolist(), ys.tolist(), strict=True))

    def drawn_rates(self) -> tuple[np.ndarray, np.ndarray]:
        """The pass-rate dots drawn in summary mode: their x and rate."""
        return self._rates.data["x"].copy(), self._rates.data["y"].copy()

    def curve_points(self, w: float, b: float) -> tuple[np.ndarray, np.ndarray]:
        """The sigmoid of (w, b) sampled across the plot's x range."""
        with np.errstate(over="ignore", invalid="ignore"):
            return self._x, 1.0 / (1.0 + np.exp(-(self._x * w + b)))

    def _set_span(self) -> None:
        """The x range: the data's, widened to hold the prediction asked for (a star off
        the axis would not be seen)."""
        x0, x1 = self._data_span
        margin = 0.05 * (x1 - x0)
        if self._predicted_at is not None and math.isfinite(self._predicted_at):
            x0 = min(x0, self._predicted_at - margin)
            x1 = max(x1, self._predicted_at + margin)
        if len(self._predicted_x):  # a file's inputs: every ring on the axis
            x0 = min(x0, float(self._predicted_x.min()) - margin)
            x1 = max(x1, float(self._predicted_x.max()) + margin)
        if (x0, x1) != self._span:
            self._span = (x0, x1)
            self._x = np.linspace(x0, x1, 600)
            self.getPlotItem().setXRange(x0, x1, padding=0)
            if math.isfinite(self._w):
                self.curve.setData(*self.curve_points(self._w, self._b))
                self._place_threshold_label()

    def set_model(self, w: float, b: float) -> None:
        self._w, self._b = w, b
        self.curve.setData(*self.curve_points(w, b))
        self._draw_file_predictions()
        threshold = -b / w if w != 0 else math.nan
        if math.isfinite(threshold):
            self.threshold.setPos(threshold)
            self.threshold.label.setFormat(f"p = 0.5 at x = {fixed(threshold)}".replace("-", MINUS))
            self.threshold.setVisible(not self._racing)
            self._place_threshold_label()
        else:
            self.threshold.setVisible(False)
            self.threshold_edge.setVisible(False)
        self.equation.setText(equation_text(w, b))
        self._place_equation()

    def _place_threshold_label(self) -> None:
        """The "p = 0.5 at x" label on the side of its line with room (left of the line
        in the right part of the plot, so it is never cut off), and below or above the
        middle, away from a worked row's label."""
        x0, x1 = self._span
        at = float(self.threshold.value())
        outside = self.threshold.isVisible() and not x0 <= at <= x1
        self.threshold_edge.setVisible(outside)
        if outside:  # the line is off the axis: say where, at the edge it is beyond
            text = self.threshold.label.format
            self.threshold_edge.setText(f"← {text}" if at < x0 else f"{text} →")
            self.threshold_edge.setAnchor((0, 0.5) if at < x0 else (1, 0.5))
            self.threshold_edge.setPos(x0 if at < x0 else x1, 0.28)
        left = at > x0 + 0.6 * (x1 - x0)
        label = self.threshold.label
        side = (1, 0.5) if left else (0, 0.5)
        row_y = self.row_label.pos().y() if self.row_label.isVisible() else None
        height = 0.72 if row_y is not None and 0.1 < row_y < 0.45 else 0.28
        if label.anchors != [side, side] or label.orthoPos != height:
            label.anchors = [side, side]
            label.setPosition(height)

    def threshold_label_side(self) -> str:
        """Which side of its line the threshold's label sits ("left" or "right")."""
        return "left" if self.threshold.label.anchors[0][0] == 1 else "right"

    def _place_equation(self) -> None:
        title = self.getPlotItem().titleLabel
        self.equation.setPos(title.boundingRect().width() / 2, title.boundingRect().height() / 2)

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

    def set_racers(self, racers: Sequence) -> None:
        """A race's sigmoids, one per racer in its colour, instead of the run's."""
        before = list(self._racer_items)
        sync_overlays(
            self,
            self._racer_items,
            list(racers),
            lambda r: pg.PlotDataItem(pen=pg.mkPen(faded(r.colour, 220), width=2)),
            lambda r, item: item.setData(*self.curve_points(r.w, r.b)),
        )
        for item in self._racer_items.values():
            item.setZValue(1)
        self._racers = list(racers)
        self._racing = bool(racers)
        # The run's own curve, threshold and predictions are not on view during a race.
        for part in (self.curve, self.threshold, self.equation, self.file_predictions):
            part.setVisible(not racers)
        self._place_threshold_label()
        if list(self._racer_items) != before:
            self._show_legend()

    def show_prediction(self, x: float | None, p: float | None) -> None:
        """The Predict box's hours and pass probability as a star (the x axis widens to
        hold it)."""
        self._predicted_at = x if p is not None else None
        self._set_span()
        if x is None or p is None:
            self.prediction.setVisible(False)
            return
        self.prediction.setData([x], [p])
        self.prediction.setVisible(True)

    def x_span(self) -> tuple[float, float]:
        """The x range shown."""
        return self._span

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
            self.summary
            or event.button() != Qt.MouseButton.LeftButton
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
        # On the side of the row away from the threshold's line (and its label).
        threshold = float(self.threshold.value())
        away = (1, 0.5) if self.threshold.isVisible() and x < threshold else (0, 0.5)
        self.row_label.setAnchor(away)
        # Beside the error bar, but in the band between the points at p = 0 and p = 1.
        self.row_label.setPos(x, min(max((y + p) / 2, 0.22), 0.78))
        self._place_threshold_label()
