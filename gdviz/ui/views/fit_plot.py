"""The fit plot: the data points, the current sigmoid with its 0.5 threshold, kept runs
(and a bigger model's curve, or the plane of two inputs: :mod:`fit_models`).

A view: it draws what it is given; mouse edits are asked for (``point_added`` ...),
never made here. Above ``SUMMARY_ROWS`` rows it draws the pass rate per x bin (dots
sized by their rows) and each label's rows as strips at y = 0 and 1 (edits: Data tab)."""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QContextMenuEvent

from gdviz.core.figures.palette import PREDICTED
from gdviz.core.figures.runs import PastRun
from gdviz.core.i18n import QT_TRANSLATE_NOOP, localise
from gdviz.core.io.predict import model_probabilities
from gdviz.core.train.data import DataSet
from gdviz.core.train.model import RowUpdate
from gdviz.core.train.network import NetRow, Network
from gdviz.ui.views import fit_words as words
from gdviz.ui.views.fit_marks import RowMarks, ThresholdMark
from gdviz.ui.views.fit_models import (
    HiddenCurves,
    Plane,
    draw_pass_rates,
    input_axis,
    model_equation,
    probability_curve,
    run_curve,
    sigmoid_curve,
)
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
from gdviz.ui.views.view_keys import FIT

SUMMARY_ROWS = 5_000
PREDICTIONS_DRAWN = 3_000


class FitPlot(PlotPanel):
    """Data points (passed/failed), the sigmoid with its 0.5 threshold, kept runs faded.

    The points can be edited: ``point_added``, ``point_moved`` and
    ``point_deleted`` ask for the change; the window applies it (undoably).
    """

    point_added = Signal(float, float)  # x, label
    GESTURES = (
        (
            QT_TRANSLATE_NOOP("fit_plot", "Click"),
            QT_TRANSLATE_NOOP("fit_plot", "add a student who passed, at that x"),
        ),
        (
            QT_TRANSLATE_NOOP("fit_plot", "Shift+click"),
            QT_TRANSLATE_NOOP("fit_plot", "add a student who failed"),
        ),
        (
            QT_TRANSLATE_NOOP("fit_plot", "Drag a point"),
            QT_TRANSLATE_NOOP("fit_plot", "move that student along x"),
        ),
        (
            QT_TRANSLATE_NOOP("fit_plot", "Right-click a point"),
            QT_TRANSLATE_NOOP("fit_plot", "delete that student (and the plot's menu)"),
        ),
        (
            QT_TRANSLATE_NOOP("fit_plot", "Drag elsewhere / wheel"),
            QT_TRANSLATE_NOOP("fit_plot", "pan / zoom the view"),
        ),
        *PlotPanel.GESTURES,
    )
    KEYS = FIT  # the keyboard's way to each gesture (Up/Down: gdviz.ui.views.threshold_line)
    point_moved = Signal(int, float)  # row index, new x
    point_deleted = Signal(int)  # row index
    plane_point_added = Signal(float, float, float)  # x₀, x₁, label (two inputs)

    def __init__(self, parent=None) -> None:
        super().__init__(words.title(), words.p_axis(), words.x_axis(), parent)
        self.setObjectName("fitPlot")
        item = self.getPlotItem()
        self._network = Network()  # the model drawn, and its parameters
        self._params: tuple[float, ...] = (math.nan, math.nan)
        self._units = HiddenCurves(item)
        self.plane = Plane(self)
        self.two_inputs = False  # the plane of (x₀, x₁) instead of p over x
        self._failed = DataPoints(
            symbol="x",
            size=13,
            pen=pg.mkPen(FAILED, width=2.5),
            brush=pg.mkBrush(FAILED),
            name=words.failed(),
        )
        self._passed = DataPoints(
            symbol="o",
            size=11,
            pen=pg.mkPen("w", width=1),
            brush=pg.mkBrush(PASSED),
            name=words.passed(),
        )
        for points in (self._failed, self._passed):
            points.point_moved.connect(self.point_moved)
        self.scene().sigMouseClicked.connect(self._on_clicked)
        self.setToolTip(words.edit_tip())
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
        self.curve = pg.PlotDataItem(pen=pg.mkPen(CURVE, width=3), name=words.curve(True))
        self._half = pg.InfiniteLine(
            pos=0.5, angle=0, pen=pg.mkPen("#888", width=1, style=Qt.PenStyle.DotLine)
        )
        self._threshold = ThresholdMark(item)
        self.threshold, self.threshold_edge = self._threshold.line, self._threshold.edge
        self.prediction = pg.ScatterPlotItem(
            symbol="star", size=18, brush=pg.mkBrush(PREDICTED), pen=pg.mkPen("#3d1f5c")
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
        self._marks = RowMarks(item)
        m = self._marks
        self.row_ring, self.row_prediction = m.ring, m.prediction
        self.row_error, self.row_label = m.error, m.label
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
        self.set_title(words.title(), "&nbsp;")
        title = item.titleLabel
        self.equation = pg.TextItem(color=NOTE, anchor=(0.5, 0))
        font = self.equation.textItem.font()
        font.setPointSize(9)
        self.equation.setFont(font)
        self.equation.setParentItem(title)
        title.geometryChanged.connect(self._place_equation)

    def set_data(self, data: DataSet) -> None:
        self._set_two_inputs(data.inputs == 2)
        if self.two_inputs:
            self.plane.set_data(data)
            item = self.getPlotItem()
            item.setLabel("bottom", input_axis("x₀", data.x_label), color=TEXT)
            item.setLabel("left", input_axis("x₁", data.x2_label), color=TEXT)
            self.set_title(words.plane_title(self.plane.drawn_rows, len(data)), "&nbsp;")
            self._show_legend()
            self.set_overlays(self._runs)
            return
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
            "bottom", words.x_axis(data.x_label if named else None), color=TEXT
        )
        summary = len(xs) > SUMMARY_ROWS
        if summary:
            draw_pass_rates(self._rates, self._failed_strip, self._passed_strip, xs, ys, self.zoom)
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
            self.setToolTip(words.summary_tip() if summary else words.edit_tip())
            self._show_legend()
        self.set_title(words.summary_title(len(xs)) if summary else words.title(), "&nbsp;")
        self.set_overlays(self._runs)

    def _set_two_inputs(self, on: bool) -> None:
        """Switch between p over x and the plane of two inputs."""
        if on == self.two_inputs:
            return
        self.two_inputs = on
        self.plane.set_visible(on)
        for part in (self._failed, self._passed, self.curve, self._half, self.prediction,
                     self.file_predictions):  # fmt: skip
            part.setVisible(not on)
        if on:
            for part in (self.threshold, self.threshold_edge, self._rates, self._passed_strip,
                         self._failed_strip):  # fmt: skip
                part.setVisible(False)
            self._units.show(None, (), self._x)
        else:
            item = self.getPlotItem()
            item.setLabel("left", words.p_axis(), color=TEXT)
            item.setYRange(-0.08, 1.08, padding=0)
            self._span = (math.nan, math.nan)  # set again by set_data

    def _show_legend(self) -> None:
        racers = [(self._racer_items[id(r)], r.label) for r in self._racers]
        if self.two_inputs:
            line = (self.plane.boundary, words.boundary())
            points = [(self.plane.failed, words.failed()), (self.plane.passed, words.passed())]
            self.set_legend_entries([*points, *(racers or [line])])
            return
        curves = [(self.curve, words.curve(self._network.is_lesson))]
        if self._units.first is not None:
            curves.append((self._units.first, words.hidden_units()))
        points = [(self._failed, words.failed()), (self._passed, words.passed())]
        if self.summary:
            strips = (self._failed_strip, self._passed_strip, self._rates)
            points = list(zip(strips, words.summary_entries(), strict=True))
        entries = [*points, *(racers or curves)]
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
        if self.two_inputs or not len(x) or not all(map(math.isfinite, self._params)):
            self.file_predictions.setData([], [])
            return
        # The rule's own forward pass, point by point: the rings sit exactly where the
        # Predict box and the saved CSV put them (a few thousand at most).
        self.file_predictions.setData(x, model_probabilities(self._network, self._params, x))

    def drawn_predictions(self) -> tuple[np.ndarray, np.ndarray]:
        return self.file_predictions.data["x"].copy(), self.file_predictions.data["y"].copy()

    def drawn_points(self) -> list[tuple[float, float]]:
        """The (x, y) of every data point drawn, sorted (none in summary mode; with two
        inputs, their (x₀, x₁))."""
        if self.two_inputs:
            return self.plane.drawn_points()
        xs = np.concatenate([self._passed.data["x"], self._failed.data["x"]])
        ys = np.concatenate([self._passed.data["y"], self._failed.data["y"]])
        return sorted(zip(xs.tolist(), ys.tolist(), strict=True))

    def drawn_rates(self) -> tuple[np.ndarray, np.ndarray]:
        """The pass-rate dots drawn in summary mode: their x and rate."""
        return self._rates.data["x"].copy(), self._rates.data["y"].copy()

    def curve_points(self, w: float, b: float) -> tuple[np.ndarray, np.ndarray]:
        """The sigmoid of (w, b) sampled across the plot's x range."""
        return sigmoid_curve(w, b, self._x)

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
            if all(map(math.isfinite, self._params)):
                self.show_model(self._network, self._params)

    def show_model(self, network: Network, params: tuple[float, ...]) -> None:
        """Draw ``network`` with ``params``: the lesson's sigmoid, a network's curve (with
        its hidden units' own), or the plane of two inputs."""
        self._network, self._params = network, tuple(params)
        if self.two_inputs:
            if network.inputs == 2:
                self.plane.show_model(network, self._params)
            self.equation.setText(model_equation(network))
            self._place_equation()
            return
        if network.inputs != 1:  # a model of two inputs, on one input's axis: the data is changing
            return
        if network.is_lesson:
            self._units.show(None, (), self._x)
            self.set_model(self._params[0], self._params[-1])
            return
        self._w, self._b = math.nan, math.nan
        finite = all(map(math.isfinite, self._params))
        p = probability_curve(network, self._params, self._x) if finite else self._x * math.nan
        self.curve.setData(self._x, p)
        self._units.show(network, self._params, self._x)
        self._draw_file_predictions()
        self._threshold.hide()  # a network may cross 0.5 several times
        self.equation.setText(model_equation(network))
        self._place_equation()
        self._show_legend()

    def curve_of(self, run) -> tuple[np.ndarray, np.ndarray]:
        """The curve of a kept run or a racer (``network``, ``params``) across the axis."""
        return run_curve(run, self._x)

    def set_model(self, w: float, b: float) -> None:
        """The lesson's neuron with weight ``w`` and bias ``b``."""
        self._network, self._params = Network(), (w, b)
        self._w, self._b = w, b
        self.curve.setData(*self.curve_points(w, b))
        self._draw_file_predictions()
        self._threshold.show_for(w, b, not self._racing)
        self._place_threshold_label()
        self.equation.setText(localise(equation_text(w, b)))
        self._place_equation()

    def set_decision(self, t: float) -> None:  # the dashed line marks where p = t
        self._threshold.t = t
        self.set_model(self._w, self._b) if self._network.is_lesson else None

    def _place_threshold_label(self) -> None:
        row_y = self.row_label.pos().y() if self.row_label.isVisible() else None
        self._threshold.place(self._span, row_y)

    def threshold_label_side(self) -> str:  # "left" or "right" of its line
        return self._threshold.side

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
            lambda run, item: item.setData(*self.curve_of(run)),
        )
        for item in self._overlays.values():
            item.setVisible(not self.two_inputs)
        self.plane.show_others(runs, self.two_inputs)

    def set_racers(self, racers: Sequence) -> None:
        """A race's sigmoids, one per racer in its colour, instead of the run's."""
        before = list(self._racer_items)
        sync_overlays(
            self,
            self._racer_items,
            list(racers),
            lambda r: pg.PlotDataItem(pen=pg.mkPen(faded(r.colour, 220), width=2)),
            lambda r, item: self._draw_racer(r, item),
        )
        for item in self._racer_items.values():
            item.setZValue(1)
        if self.two_inputs:
            self.plane.show_own(not racers)
        self._racers = list(racers)
        self._racing = bool(racers)
        # The run's own curve, threshold and predictions are not on view during a race.
        for part in (self.curve, self.equation, self.file_predictions):
            part.setVisible(not racers and not self.two_inputs or part is self.equation)
        if racers or not self._network.is_lesson or self.two_inputs:
            self._threshold.hide()
        else:
            self._threshold.show_for(self._w, self._b, True)
        self._place_threshold_label()
        if list(self._racer_items) != before:
            self._show_legend()

    def _draw_racer(self, racer, item: pg.PlotDataItem) -> None:
        """A racer's curve, or with two inputs its 0.5 line in the plane."""
        if self.two_inputs:
            item.setData(*self.plane.boundary_of_run(racer, coarse=True), connect="pairs")
        else:
            item.setData(*self.curve_of(racer), connect="all")

    def show_prediction(self, x: float | None, p: float | None) -> None:
        """The Predict box's x and pass probability as a star (the x axis widens for it)."""
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
        if self.two_inputs:
            inside = vb.sceneBoundingRect().contains(event.scenePos())
            if event.button() == Qt.MouseButton.LeftButton and not event.double() and inside:
                if not self.plane.point_at(event.scenePos()):
                    point = vb.mapSceneToView(event.scenePos())
                    shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
                    self.plane_point_added.emit(point.x(), point.y(), 0.0 if shift else 1.0)
            return
        if (
            self.summary
            or event.button() != Qt.MouseButton.LeftButton
            or event.double()
            or event.isAccepted()  # an item took it (the threshold line)
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

    def show_row(self, update: RowUpdate | NetRow | None) -> None:
        """Highlight one row's step (None hides it): the row, p on the curve, the error
        (with two inputs: the row ringed in the plane)."""
        if update is None:
            self._marks.hide()
            return
        shown = self.threshold.isVisible()
        self._marks.show(update, self.two_inputs, float(self.threshold.value()) if shown else None)
        self._place_threshold_label()
