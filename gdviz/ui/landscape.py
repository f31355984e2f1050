"""The loss landscape: a heat map of the total loss over (w, b), with the path on it.

The grid is computed on its own thread (:class:`LandscapeThread`); the plot
asks for a new one only when the data, the loss or the range changes, and
keeps at most one request in flight (the newest waiting one replaces older).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, QRectF, Qt, Signal, Slot
from PySide6.QtWidgets import QGraphicsItem

from gdviz.core import landscape
from gdviz.core.data import DataSet
from gdviz.core.model import Loss
from gdviz.ui.plots import TEXT, PlotPanel
from gdviz.ui.threads import WorkerThread

PATH_POINTS = 2000  # drawn points of a long path (the end is always exact)
CONTOURS = 9


@dataclass(frozen=True)
class LandscapeRequest:
    request_id: int
    data: DataSet
    loss: Loss
    w_range: tuple[float, float]
    b_range: tuple[float, float]


@dataclass(frozen=True)
class LandscapeResult:
    request: LandscapeRequest
    grid: landscape.Grid
    contour_w: np.ndarray  # contour segments in (w, b), two points each
    contour_b: np.ndarray


def compute_result(request: LandscapeRequest) -> LandscapeResult:
    """The grid and its contour lines (all off the GUI thread)."""
    grid = landscape.compute(request.data, request.loss, request.w_range, request.b_range)
    rows, cols = [], []
    for level in landscape.contour_levels(grid.loss, CONTOURS):
        r, c = landscape.contour_segments(grid.loss, level)
        rows.append(r)
        cols.append(c)
    r = np.concatenate(rows) if rows else np.empty(0)
    c = np.concatenate(cols) if cols else np.empty(0)
    dw = (grid.w[-1] - grid.w[0]) / (len(grid.w) - 1)
    db = (grid.b[-1] - grid.b[0]) / (len(grid.b) - 1)
    return LandscapeResult(request, grid, grid.w[0] + c * dw, grid.b[0] + r * db)


class LandscapeWorker(QObject):
    computed = Signal(int, object)  # request id, LandscapeResult
    failed = Signal(int, str)

    @Slot(object)
    def compute(self, request: LandscapeRequest) -> None:
        try:
            result = compute_result(request)
        except Exception as exc:  # shown in the plot's title, never a dead thread
            self.failed.emit(request.request_id, f"{type(exc).__name__}: {exc}")
            return
        self.computed.emit(request.request_id, result)


class LandscapeThread(WorkerThread):
    _compute = Signal(object)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(LandscapeWorker(), "gdviz-landscape", parent)
        self._compute.connect(self.worker.compute)
        self.start()

    def compute(self, request: LandscapeRequest) -> None:
        self._compute.emit(request)


class LandscapePlot(PlotPanel):
    """Heat map + contours of the total loss, the training path, start and current marks."""

    start_chosen = Signal(float, float)  # clicked or dragged start (w, b)
    grid_ready = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__("Loss landscape", "bias b", "weight w", parent)
        self.setObjectName("landscapePlot")
        item = self.getPlotItem()
        self.image = pg.ImageItem(axisOrder="row-major")
        item.addItem(self.image)
        self.colour_bar = pg.ColorBarItem(
            colorMap=pg.colormap.get("viridis"), interactive=False, width=14
        )
        self.colour_bar.setImageItem(self.image, insert_in=item)
        self.colour_bar.getAxis("right").setTextPen(TEXT)
        self.contours = pg.PlotDataItem(pen=pg.mkPen(255, 255, 255, 110), connect="pairs")
        item.addItem(self.contours)
        # The map changes only when a new grid arrives, but the marker over it moves
        # 25 times a second: keep the map as a cached pixmap.
        self.image.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.path = pg.PlotDataItem(pen=pg.mkPen("w", width=2), name="path")
        self.current = pg.ScatterPlotItem(
            size=13, brush=pg.mkBrush("#ff3b30"), pen=pg.mkPen("w", width=1.5)
        )
        self.start = pg.TargetItem(
            pos=(0.1, 0.0), size=14, pen=pg.mkPen("w", width=2), movable=True
        )
        self.start.setToolTip("Start (w, b): drag it, or click the map, to start elsewhere")
        self.step_arrow = pg.PlotDataItem(pen=pg.mkPen("#ffd60a", width=2.5))
        self.step_head = pg.ArrowItem(angle=0, headLen=12, brush="#ffd60a", pen=None)
        self.step_head.setVisible(False)
        for it in (self.path, self.current, self.step_arrow, self.step_head, self.start):
            item.addItem(it)
        self.start.sigPositionChangeFinished.connect(self._on_start_dragged)
        self.scene().sigMouseClicked.connect(self._on_clicked)
        self.picking_enabled = True
        self._log = False
        self.grid: landscape.Grid | None = None
        self.grid_for: tuple[DataSet, Loss] | None = None  # what the grid shows
        self._optimum: tuple[DataSet, tuple[float, float]] | None = None
        self._thread = LandscapeThread(self)
        queued = Qt.ConnectionType.QueuedConnection
        self._thread.worker.computed.connect(self._on_computed, queued)
        self._thread.worker.failed.connect(self._on_failed, queued)
        self._next_id = 0
        self._in_flight: int | None = None
        self._waiting: LandscapeRequest | None = None
        self._wanted: tuple | None = None  # key of the newest request

    # -- the grid ----------------------------------------------------------------------
    def request(
        self, data: DataSet, loss: Loss, w_range: tuple[float, float], b_range: tuple[float, float]
    ) -> None:
        """Ask for a grid (skipped if it is the one shown or already asked for)."""
        key = (id(data), data.rows[:1], len(data), loss, w_range, b_range)
        if key == self._wanted:
            return
        self._wanted = key
        self._next_id += 1
        request = LandscapeRequest(self._next_id, data, loss, w_range, b_range)
        if self._in_flight is None:
            self._send(request)
        else:
            self._waiting = request
        self.set_title("Loss landscape (computing…)")

    @property
    def busy(self) -> bool:
        """True while a grid is being computed or waits to be."""
        return self._in_flight is not None or self._waiting is not None

    def _send(self, request: LandscapeRequest) -> None:
        self._in_flight = request.request_id
        self._thread.compute(request)

    @Slot(int, object)
    def _on_computed(self, request_id: int, result: LandscapeResult) -> None:
        self._in_flight = None
        if self._waiting is not None:
            waiting, self._waiting = self._waiting, None
            self._send(waiting)
            return  # an outdated grid: the newer one is on its way
        self.grid = result.grid
        self.grid_for = (result.request.data, result.request.loss)
        self.contours.setData(result.contour_w, result.contour_b)
        self._show_grid()
        self.grid_ready.emit()

    @Slot(int, str)
    def _on_failed(self, request_id: int, message: str) -> None:
        self._in_flight = None
        self.set_title(f"Loss landscape (could not compute: {message})")

    def _show_grid(self) -> None:
        grid = self.grid
        if grid is None:
            return
        values = np.log10(np.maximum(grid.loss, 1e-300)) if self._log else grid.loss
        finite = values[np.isfinite(values)]
        lo, hi = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)
        if hi <= lo:
            hi = lo + 1.0
        self.image.setImage(values, autoLevels=False, levels=(lo, hi))
        rect = QRectF(grid.w[0], grid.b[0], grid.w[-1] - grid.w[0], grid.b[-1] - grid.b[0])
        self.image.setRect(rect)
        self.colour_bar.setLevels((lo, hi))
        self.colour_bar.axis.setLabel("log10 total loss" if self._log else "total loss", color=TEXT)
        self.getPlotItem().setRange(rect, padding=0)
        note = ""
        if grid.subsampled:
            note = f" — from {grid.rows_used:,} of {grid.rows_total:,} rows (subsampled)"
        self.set_title(f"Loss landscape{note}")

    def set_log_scale(self, on: bool) -> None:
        self._log = on
        self._show_grid()

    def follow(self, run, shown: tuple[float, float]) -> None:
        """Draw ``run``'s path and ``shown`` (w, b); ask for a new grid if the path left
        the picture or the data or loss changed (not every frame: only then)."""
        # The drawn points only: the range must cover what is drawn, and copying a
        # long run's full path 4 times a second would cost memory and time.
        path_w, path_b = path_points(run.history.w, run.history.b)
        self.show_path(path_w, path_b, run.w, run.b)
        self.show_current(*shown)
        if self.shows(run.data, run.hp.loss, (run.w, run.b), (run.hp.weight, run.hp.bias)):
            return
        optimum = self._optimum_of(run.data)
        ws = np.concatenate([path_w, [run.w, run.hp.weight, optimum[0]]])
        bs = np.concatenate([path_b, [run.b, run.hp.bias, optimum[1]]])
        finite = np.isfinite(ws) & np.isfinite(bs)
        ws, bs = np.clip(ws[finite], -1e4, 1e4), np.clip(bs[finite], -1e4, 1e4)
        self.request(run.data, run.hp.loss, *landscape.fit_ranges(ws, bs))

    def _optimum_of(self, data: DataSet) -> tuple[float, float]:
        if self._optimum is None or self._optimum[0] is not data:
            self._optimum = (data, landscape.optimum_estimate(data))
        return self._optimum[1]

    # -- the path -----------------------------------------------------------------------
    def show_path(self, ws: np.ndarray, bs: np.ndarray, w: float, b: float) -> None:
        """The path through (ws, bs) (see :func:`path_points`) ending at the current (w, b)."""
        start = self.start.pos()
        xs = np.concatenate([[start.x()], ws, [w]])
        ys = np.concatenate([[start.y()], bs, [b]])
        keep = np.isfinite(xs) & np.isfinite(ys)
        self.path.setData(xs[keep], ys[keep])
        self.show_current(w, b)

    def show_current(self, w: float, b: float) -> None:
        if math.isfinite(w) and math.isfinite(b):
            self.current.setData([w], [b])
        else:
            self.current.setData([], [])

    def set_start(self, w: float, b: float) -> None:
        blocked = self.start.blockSignals(True)
        self.start.setPos((w, b))
        self.start.blockSignals(blocked)

    def shows(self, data: DataSet, loss: Loss, *points: tuple[float, float]) -> bool:
        """True if the grid is of ``data`` and ``loss`` and holds every (w, b) point."""
        grid = self.grid
        return (
            grid is not None
            and self.grid_for is not None
            and self.grid_for[0] is data
            and self.grid_for[1] is loss
            and all(grid.contains(w, b) for w, b in points)
        )

    def show_step(self, w0: float, b0: float, w1: float, b1: float) -> None:
        """An arrow for one row's step from (w0, b0) to (w1, b1); None-like values hide it."""
        if not all(math.isfinite(v) for v in (w0, b0, w1, b1)) or (w0, b0) == (w1, b1):
            self.hide_step()
            return
        self.step_arrow.setData([w0, w1], [b0, b1])
        # ArrowItem's angle is in screen space: measure the step there.
        vb = self.getPlotItem().vb
        p0, p1 = vb.mapViewToScene(pg.Point(w0, b0)), vb.mapViewToScene(pg.Point(w1, b1))
        angle = math.degrees(math.atan2(p1.y() - p0.y(), p1.x() - p0.x()))
        self.step_head.setStyle(angle=180 + angle)
        self.step_head.setPos(w1, b1)
        self.step_head.setVisible(True)

    def hide_step(self) -> None:
        self.step_arrow.setData([], [])
        self.step_head.setVisible(False)

    # -- choosing the start --------------------------------------------------------------
    def _on_start_dragged(self) -> None:
        pos = self.start.pos()
        self.start_chosen.emit(float(pos.x()), float(pos.y()))

    def _on_clicked(self, event) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self.picking_enabled:
            return
        vb = self.getPlotItem().vb
        if not vb.sceneBoundingRect().contains(event.scenePos()):
            return
        point = vb.mapSceneToView(event.scenePos())
        self.set_start(point.x(), point.y())
        self.start_chosen.emit(float(point.x()), float(point.y()))

    def shut_down(self) -> None:
        self._thread.shut_down()


def path_points(ws: np.ndarray, bs: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """At most PATH_POINTS evenly spaced points of a path (copies; small whatever the run)."""
    if len(ws) <= PATH_POINTS:
        return ws.copy(), bs.copy()
    pick = np.linspace(0, len(ws) - 1, PATH_POINTS).round().astype(int)
    return ws[pick], bs[pick]
