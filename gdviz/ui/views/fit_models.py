"""What the fit plot draws of a model beyond the lesson's neuron.

- One input and a hidden layer: the network's curve p(x), and behind it, faded, each
  hidden unit's own curve (its output h_j, scaled to 0…1 where it is not already): the
  output neuron adds these up, weighted, so the learner sees bent curves summed into one.
- Two inputs: the plane of (x₀, x₁), the points in it, a heat map of p over it and the
  line where p = 0.5 (the decision boundary), live.

Everything is computed with numpy for pictures (:mod:`gdviz.core.train.network_arrays`);
the numbers a run reports come from the rule itself.
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from typing import Any

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, QTimer

from gdviz.core.figures.binning import pass_rates
from gdviz.core.figures.landscape import contour_segments
from gdviz.core.i18n import translate
from gdviz.core.train.data import DataSet
from gdviz.core.train.network import Activation, Network
from gdviz.core.train.network_arrays import forward_array
from gdviz.ui.views.plots import FAILED, PASSED, PlotPanel, faded, sync_overlays

PLANE_SIZE = 200  # the heat map's cells along each axis
REDRAW_S = 0.12  # the plane is redrawn at most this often (8 times a second)
STRIP = 0.075  # a big data set's label strips' full height, in p
COARSE_SIZE = 80  # a racer's boundary is drawn from this grid (several, every frame)
PLANE_POINTS = 5_000  # rows drawn in the plane at most (a big data set: evenly spaced ones)
UNIT_COLOUR = "#8c8c8c"


def probability_curve(net: Network, params: Any, x: np.ndarray) -> np.ndarray:
    """p at each x (one input)."""
    with np.errstate(over="ignore", invalid="ignore"):
        return forward_array(net, params, x.reshape(-1, 1))[3]


def sigmoid_curve(w: float, b: float, x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The lesson's sigmoid of (w, b) at each x."""
    with np.errstate(over="ignore", invalid="ignore"):
        return x, 1.0 / (1.0 + np.exp(-(x * w + b)))


def run_curve(run, x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The curve of a kept run or a racer (``network``, ``params``) at each x (none for
    a model of two inputs, or one that diverged)."""
    if run.network.is_lesson:
        return sigmoid_curve(run.w, run.b, x)
    if run.network.inputs != 1 or not all(map(math.isfinite, run.params)):
        return np.empty(0), np.empty(0)
    return x, probability_curve(run.network, run.params, x)


def unit_curves(net: Network, params: Any, x: np.ndarray) -> np.ndarray:
    """Each hidden unit's output over ``x``, on 0…1: a sigmoid's as it is, tanh's
    moved from −1…1, ReLU's divided by its largest value on view (units × x)."""
    with np.errstate(over="ignore", invalid="ignore"):
        h = forward_array(net, params, x.reshape(-1, 1))[1].T
    if net.activation is Activation.TANH:
        return (h + 1.0) / 2.0
    if net.activation is Activation.RELU:
        top = np.nanmax(h, axis=1, keepdims=True)
        return np.divide(h, top, out=np.zeros_like(h), where=top > 0)
    return h


class HiddenCurves:
    """The faded curves of a one-input network's hidden units (behind its curve), each on
    0…1 and in the colour of what its output weight does to p: up (pass) or down (fail)."""

    def __init__(self, plot_item: pg.PlotItem) -> None:
        self._item = plot_item
        self._curves: list[pg.PlotDataItem] = []

    def show(self, net: Network | None, params: Any, x: np.ndarray) -> None:
        units = net.hidden if net is not None and net.inputs == 1 else 0
        while len(self._curves) < units:
            curve = pg.PlotDataItem(pen=pg.mkPen(faded(UNIT_COLOUR, 170), width=1.5,
                                                 style=Qt.PenStyle.DashLine))  # fmt: skip
            curve.setZValue(-1)
            self._item.addItem(curve)
            self._curves.append(curve)
        for curve in self._curves[units:]:
            curve.setVisible(False)
        if not units or not all(math.isfinite(v) for v in params):
            for curve in self._curves:
                curve.setVisible(False)
            return
        assert net is not None
        values = unit_curves(net, params, x)
        for j, (curve, h) in enumerate(zip(self._curves, values, strict=False)):
            up = params[net.names.index(f"w2[{j}]")] >= 0  # what the unit does to p
            if curve.property("raises") != up:
                curve.setProperty("raises", up)
                curve.setPen(pg.mkPen(faded(PASSED if up else FAILED, 150), width=1.5,
                                      style=Qt.PenStyle.DashLine))  # fmt: skip
            curve.setData(x, h)
            curve.setVisible(True)

    @property
    def first(self) -> pg.PlotDataItem | None:
        """A unit's curve, for the legend (None: none drawn)."""
        shown = [c for c in self._curves if c.isVisible()]
        return shown[0] if shown else None


def _plane_colours() -> pg.ColorMap:
    failed, passed = pg.mkColor(FAILED), pg.mkColor(PASSED)
    white = pg.mkColor("#ffffff")
    return pg.ColorMap([0.0, 0.5, 1.0], [failed, white, passed])


class Plane:
    """The two-input view: p as a heat map over (x₀, x₁), its 0.5 line, the points."""

    def __init__(self, plot: PlotPanel) -> None:
        self._plot = plot
        plot_item = self._item = plot.getPlotItem()
        self.image = pg.ImageItem(axisOrder="row-major")
        self.image.setLookupTable(_plane_colours().getLookupTable(0.0, 1.0, 256))
        self.image.setOpacity(0.55)
        self.image.setZValue(-20)
        self.boundary = pg.PlotDataItem(pen=pg.mkPen("#333", width=2), connect="pairs")
        self.boundary.setZValue(-5)
        self.failed = pg.ScatterPlotItem(symbol="x", size=11, pen=pg.mkPen(FAILED, width=2.5),
                                         brush=pg.mkBrush(FAILED))  # fmt: skip
        self.passed = pg.ScatterPlotItem(symbol="o", size=9, pen=pg.mkPen("w", width=1),
                                         brush=pg.mkBrush(PASSED))  # fmt: skip
        for it in (self.image, self.boundary, self.failed, self.passed):
            plot_item.addItem(it)
        self._overlays: dict[int, pg.PlotDataItem] = {}
        self._wanted: tuple[Network, tuple[float, ...]] | None = None
        self._drawn_at = -math.inf
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._draw)
        self.span = ((0.0, 1.0), (0.0, 1.0))
        self.drawn_rows = 0
        self._grid = (np.linspace(0, 1, 2), np.linspace(0, 1, 2))
        self.set_visible(False)

    def set_visible(self, on: bool) -> None:
        for it in (self.image, self.boundary, self.failed, self.passed, *self._overlays.values()):
            it.setVisible(on)

    def set_data(self, data: DataSet) -> None:
        """The points, and the plane's extent: the data's, with a margin."""
        assert data.x2 is not None
        spans = []
        for column in (data.xs, data.x2):
            lo, hi = float(column.min()), float(column.max())
            margin = max((hi - lo) * 0.15, 0.5, max(abs(lo), abs(hi)) * 1e-3)
            spans.append((lo - margin, hi + margin))
        self.span = (spans[0], spans[1])
        self._grid = tuple(np.linspace(*s, PLANE_SIZE) for s in self.span)  # type: ignore[assignment]
        rows = np.arange(len(data))
        if len(rows) > PLANE_POINTS:  # what a plot can show: evenly spaced rows
            rows = np.linspace(0, len(data) - 1, PLANE_POINTS).astype(np.int64)
        self.drawn_rows = len(rows)
        xs, x2, ys = data.xs[rows], data.x2[rows], data.ys[rows]
        passed = ys >= 0.5
        self.passed.setData(xs[passed], x2[passed])
        self.failed.setData(xs[~passed], x2[~passed])
        (x0, x1), (y0, y1) = self.span
        self._item.setXRange(x0, x1, padding=0)
        self._item.setYRange(y0, y1, padding=0)

    def probabilities(self, net: Network, params: Any, coarse: bool = False) -> np.ndarray:
        """p over the plane's grid (rows: x₁, columns: x₀); ``coarse``: a grid of
        COARSE_SIZE, for the lines of several racers each frame."""
        gx, gy = self._grid
        if coarse:
            gx, gy = (np.linspace(g[0], g[-1], COARSE_SIZE) for g in (gx, gy))
        xx, yy = np.meshgrid(gx, gy)
        X = np.stack([xx.ravel(), yy.ravel()], axis=1)
        with np.errstate(over="ignore", invalid="ignore"):
            return forward_array(net, params, X)[3].reshape(len(gy), len(gx))

    def boundary_of(self, p: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The segments where p crosses 0.5, in the plane's coordinates (p on the plane's
        grid, or a coarse one)."""
        rows, cols = contour_segments(p, 0.5)
        gx, gy = (np.linspace(g[0], g[-1], n) for g, n in zip(self._grid, p.shape[::-1],
                                                                strict=True))  # fmt: skip
        dx = (gx[-1] - gx[0]) / (len(gx) - 1)
        dy = (gy[-1] - gy[0]) / (len(gy) - 1)
        return gx[0] + cols * dx, gy[0] + rows * dy

    def show_model(self, net: Network, params: Any) -> None:
        """Draw p and the boundary of ``net`` at ``params``: at most every REDRAW_S while a
        run trains (a map of 40,000 points is the priciest thing the window draws), the
        last one asked for always drawn."""
        self._wanted = (net, tuple(params))
        wait = self._drawn_at + REDRAW_S - time.monotonic()
        if wait > 0:
            if not self._timer.isActive():
                self._timer.start(int(wait * 1000) + 1)
            return
        self._draw()

    def _draw(self) -> None:
        if self._wanted is None:
            return
        net, params = self._wanted
        self._drawn_at = time.monotonic()
        if not all(math.isfinite(v) for v in params):
            self.image.clear()
            self.boundary.setData([], [])
            return
        p = self.probabilities(net, params)
        self.image.setImage(p, autoLevels=False, levels=(0.0, 1.0))
        (x0, x1), (y0, y1) = self.span
        self.image.setRect(QRectF(x0, y0, x1 - x0, y1 - y0))
        self.boundary.setData(*self.boundary_of(p))

    def show_others(self, runs: Sequence, visible: bool) -> None:
        """Faded 0.5 lines of kept runs or racers (each has ``network``, ``params`` and
        ``colour``)."""
        sync_overlays(
            self._plot,
            self._overlays,
            list(runs),
            lambda r: pg.PlotDataItem(pen=pg.mkPen(faded(r.colour, 220), width=2), connect="pairs"),
            lambda r, item: item.setData(*self._boundary_of_run(r)),
        )
        for item in self._overlays.values():
            item.setVisible(visible)
            item.setZValue(-4)

    def _boundary_of_run(self, run) -> tuple[np.ndarray, np.ndarray]:
        return self.boundary_of_run(run)

    def boundary_of_run(self, run, coarse: bool = False) -> tuple[np.ndarray, np.ndarray]:
        """A kept run's or a racer's 0.5 line (none for a model of one input)."""
        params = run.params
        if not all(math.isfinite(v) for v in params) or run.network.inputs != 2:
            return np.empty(0), np.empty(0)
        return self.boundary_of(self.probabilities(run.network, params, coarse))

    def show_own(self, on: bool) -> None:
        """The run's own map and line (not during a race: the racers' lines instead)."""
        self.image.setVisible(on)
        self.boundary.setVisible(on)

    def point_at(self, scene_pos) -> bool:
        """True if a data point is drawn under ``scene_pos``."""
        return any(
            len(points.pointsAt(points.mapFromScene(scene_pos)))
            for points in (self.passed, self.failed)
        )

    def drawn_points(self) -> list[tuple[float, float]]:
        xs = np.concatenate([self.passed.data["x"], self.failed.data["x"]])
        ys = np.concatenate([self.passed.data["y"], self.failed.data["y"]])
        return sorted(zip(xs.tolist(), ys.tolist(), strict=True))


def input_axis(symbol: str, column: str) -> str:
    """An input's axis label: ``x₀ (hours)``; a column already named like x1 is not
    repeated beside its symbol (it would read ``x₀ (x1)``)."""
    plain = column.strip().lower().translate(str.maketrans("₀₁₂", "012"))
    return symbol if plain in ("x", "x0", "x1", "x2", "x_1", "x_2") else f"{symbol} ({column})"


def model_equation(network: Network) -> str:
    """The fit plot's equation line for a model beyond the lesson's neuron."""
    if not network.hidden:
        return "p = σ(w₀·x₀ + w₁·x₁ + b)"
    return f"{model_words(network)}: p = σ(Σ w2[j]·h_j + b2)"


def model_words(network: Network) -> str:
    """``network.describe()`` in the window's language: ``2 inputs → 3 units (tanh) → 1
    output``."""
    if network.is_lesson:
        return translate("fit_models", "the lesson's neuron: p = σ(w·x + b)")
    if not network.hidden:
        return translate("fit_models", "one neuron with 2 inputs: p = σ(w₀·x₀ + w₁·x₁ + b)")
    n, h = network.inputs, network.hidden
    ins = translate("fit_models", "1 input") if n == 1 else translate("fit_models", "{n} inputs")
    units = translate("fit_models", "1 unit") if h == 1 else translate("fit_models", "{n} units")
    return translate("fit_models", "{inputs} → {units} ({activation}) → 1 output").format(
        inputs=ins.format(n=n), units=units.format(n=h), activation=network.activation.value
    )


def draw_pass_rates(rates, failed_strip, passed_strip, xs: np.ndarray, ys: np.ndarray,
                    zoom: float) -> None:  # fmt: skip
    """A big data set's summary: the pass rate of each slice of x (dots sized by their
    rows), and where the failed and passed rows lie as strips at p = 0 and p = 1."""
    found = pass_rates(xs, ys)
    sizes = (5.0 + 11.0 * np.sqrt(found.count / found.count.max())) * zoom
    rates.setData(found.x, found.rate, size=sizes)
    tallest = max(int(found.passed.max()), int(found.failed.max()), 1)
    left, right = found.edges[:-1], found.edges[1:]
    failed = STRIP * found.failed / tallest
    passed = STRIP * found.passed / tallest
    failed_strip.setOpts(x0=left, x1=right, y0=-failed, height=failed)
    passed_strip.setOpts(x0=left, x1=right, y0=np.ones_like(passed), height=passed)
