"""The loss landscape: a heat map of the total loss over (w, b), with the path on it.

A view only: grids come from :class:`~gdviz.ui.controllers.landscape_controller.LandscapeController`
(computed off the GUI thread); the window hands over the path, the current
point and the next run's start. Clicking the map, or dragging the crosshair,
chooses where the next run starts.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QRectF, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QGraphicsItem

from gdviz.core.figures.landscape import LandscapeResult
from gdviz.core.figures.runs import PastRun
from gdviz.core.i18n import QT_TRANSLATE_NOOP, localise, translate
from gdviz.core.teach.words import integer, significant
from gdviz.ui.views.plots import TEXT, PlotPanel, faded, sync_overlays
from gdviz.ui.views.view_keys import LANDSCAPE

TITLE = QT_TRANSLATE_NOOP("landscape_plot", "Loss landscape")
KEPT_PATH_Z = 0.5  # above the heat map (0) and its contours, below the live path (1)


class LandscapePlot(PlotPanel):
    """Heat map + contours of the total loss, the path, the current point, the start."""

    start_chosen = Signal(float, float)  # clicked or dragged start (w, b)
    guess_made = Signal(float, float)  # while guessing: where the learner thinks a step lands
    became_visible = Signal()  # shown (a slice is only computed while the map is on view)
    GESTURES = (
        (
            QT_TRANSLATE_NOOP("landscape_plot", "Click"),
            QT_TRANSLATE_NOOP("landscape_plot", "start the next run at that (w, b)"),
        ),
        (
            QT_TRANSLATE_NOOP("landscape_plot", "Drag the start marker"),
            QT_TRANSLATE_NOOP("landscape_plot", "move the next run's start"),
        ),
        (
            QT_TRANSLATE_NOOP("landscape_plot", "Drag elsewhere / wheel"),
            QT_TRANSLATE_NOOP("landscape_plot", "pan / zoom the map"),
        ),
        *PlotPanel.GESTURES,
    )
    KEYS = LANDSCAPE  # the keyboard's way to each gesture
    legend_reserve = 120  # before the first layout: the left axis and the colour bar

    def __init__(self, parent=None) -> None:
        super().__init__(
            translate("landscape_plot", TITLE),
            translate("landscape_plot", "bias b"),
            translate("landscape_plot", "weight w"),
            parent,
        )
        self.setObjectName("landscapePlot")
        item = self.getPlotItem()
        self.image = pg.ImageItem(axisOrder="row-major")
        item.addItem(self.image)
        self.colour_bar = pg.ColorBarItem(
            colorMap=pg.colormap.get("viridis"), interactive=False, width=14
        )
        self.colour_bar.setImageItem(self.image, insert_in=item)
        self.colour_bar.getAxis("right").setTextPen(self.ink.text)
        self.colour_bar.getAxis("right").enableAutoSIPrefix(False)
        # As wide as the tick texts it draws (4e-05 on a trained network's slice) and its
        # label: pyqtgraph sizes an axis to them when no width is fixed.
        self.colour_bar.axis.setWidth(None)
        self.contours = pg.PlotDataItem(pen=pg.mkPen(255, 255, 255, 110), connect="pairs")
        item.addItem(self.contours)
        # The map changes only when a new grid arrives, but the marker over it moves
        # 25 times a second: keep the map as a cached pixmap.
        self.image.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.path = pg.PlotDataItem(pen=pg.mkPen("w", width=2))
        self.current = pg.ScatterPlotItem(
            size=13, brush=pg.mkBrush("#ff3b30"), pen=pg.mkPen("w", width=1.5)
        )
        self.start = pg.TargetItem(
            pos=(0.1, 0.0), size=14, pen=pg.mkPen("w", width=2), movable=True
        )
        self.start.setToolTip(
            translate(
                "landscape_plot", "Where the next run starts (w, b): drag it, or click the map"
            )
        )
        self.step_arrow = pg.PlotDataItem(pen=pg.mkPen("#ffd60a", width=2.5))
        self.step_head = pg.ArrowItem(angle=0, headLen=12, brush="#ffd60a", pen=None)
        self.step_head.setVisible(False)
        for it, z in (
            (self.path, 1.0), (self.current, 1.5), (self.step_arrow, 1.5), (self.step_head, 1.5),
            (self.start, 2.0),
        ):  # fmt: skip
            it.setZValue(z)  # over the map and the kept runs' paths
            item.addItem(it)
        # The path is white on the map: the legend shows it in grey, on white.
        legend_path = pg.PlotDataItem(pen=pg.mkPen("#666", width=2))
        legend_start = pg.ScatterPlotItem(symbol="crosshair", size=12, pen=pg.mkPen("#333"))
        self._run_legend = [
            (legend_path, translate("landscape_plot", "path")),
            (self.current, translate("landscape_plot", "now")),
            (legend_start, translate("landscape_plot", "next start")),
        ]
        self.set_legend_entries(self._run_legend)
        self._racer_items: dict[int, pg.PlotDataItem] = {}
        self.racer_dots = pg.ScatterPlotItem(size=11, pen=pg.mkPen("w", width=1.5))
        self.racer_dots.setZValue(3)
        item.addItem(self.racer_dots)
        self.start.sigPositionChangeFinished.connect(self._on_start_dragged)
        self.scene().sigMouseClicked.connect(self._on_clicked)
        self._log = False
        self.sliced = False  # a model with more than two parameters: a slice of it
        self.result: LandscapeResult | None = None
        self._overlays: dict[int, pg.PlotDataItem] = {}
        self._guessing = False
        self._cursor: tuple[float, float] | None = None  # a guess moved with the keys
        self.guess = pg.ScatterPlotItem(
            symbol="x", size=16, brush=pg.mkBrush("#ff8c00"), pen=pg.mkPen("w", width=1)
        )
        self.guess.setZValue(2.5)
        item.addItem(self.guess)
        # The lowest point of the map drawn: with a penalty, it moves as λ reshapes the bowl.
        self.lowest = pg.ScatterPlotItem(
            symbol="star", size=15, brush=pg.mkBrush("#ffffff"), pen=pg.mkPen("#111", width=1)
        )
        self.lowest.setZValue(1.2)
        self.lowest.setToolTip(
            translate(
                "landscape_plot", "The lowest point of the map shown (the total the run follows)"
            )
        )
        item.addItem(self.lowest)

    # -- the grid ----------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self.became_visible.emit()

    def set_axes_names(self, names: tuple[str, str] | None) -> None:
        """Name the axes: a slice's two parameters, or (None) the lesson's w and b. On a
        slice the start is the seed's, not chosen here: the start marker goes."""
        item = self.getPlotItem()
        lesson = (translate("landscape_plot", "weight w"), translate("landscape_plot", "bias b"))
        x, y = names if names is not None else lesson
        item.setLabel("bottom", x, color=TEXT)
        item.setLabel("left", y, color=TEXT)
        self.sliced = names is not None
        self.start.setVisible(not self.sliced)
        entries = self._run_legend[:2] if self.sliced else self._run_legend
        if not self._racer_items:
            self.set_legend_entries(entries)

    def show_result(self, result: LandscapeResult) -> None:
        self.result = result
        self.contours.setData(result.contour_w, result.contour_b)
        low = result.lowest
        self.lowest.setData([low[0]], [low[1]]) if low else self.lowest.setData([], [])
        self._show_grid()

    def show_computing(self) -> None:
        self.set_title(
            translate("landscape_plot", TITLE), translate("landscape_plot", "computing…")
        )

    def show_failure(self, message: str) -> None:
        self.set_title(
            translate("landscape_plot", TITLE),
            translate("landscape_plot", "could not compute: {message}").format(message=message),
        )

    def _show_grid(self) -> None:
        if self.result is None:
            return
        grid = self.result.grid
        values = np.log10(np.maximum(grid.loss, 1e-300)) if self._log else grid.loss
        finite = values[np.isfinite(values)]
        lo, hi = (float(finite.min()), float(finite.max())) if finite.size else (0.0, 1.0)
        if hi <= lo:
            hi = lo + 1.0
        self.image.setImage(values, autoLevels=False, levels=(lo, hi))
        rect = QRectF(grid.w[0], grid.b[0], grid.w[-1] - grid.w[0], grid.b[-1] - grid.b[0])
        self.image.setRect(rect)
        self.colour_bar.setLevels((lo, hi))
        penalty = self.result.request.penalty.on
        total = (
            translate("landscape_plot", "total loss + penalty")
            if penalty
            else translate("landscape_plot", "total loss")
        )
        self.colour_bar.axis.setLabel(f"log10 {total}" if self._log else total, color=self.ink.text)
        self.getPlotItem().setRange(rect, padding=0)
        note = ""
        cut = self.result.request.slice
        if cut is not None:
            a, b = cut.names
            note = translate("landscape_plot", "a slice: {a} and {b} vary, the rest as now")
            note = note.format(a=a, b=b)
            if grid.groups < grid.rows:  # a big table: an estimate from a sample of rows
                note += translate("landscape_plot", " · from {groups} of {rows} rows, scaled")
                note = localise(note.format(groups=integer(grid.groups), rows=integer(grid.rows)))
        elif not grid.exact:
            # Every row counts, binned; say how close the picture is.
            note = translate("landscape_plot", "{rows} rows in {groups} bins, loss ±{bound}")
            note = localise(
                note.format(
                    rows=integer(grid.rows),
                    groups=integer(grid.groups),
                    bound=significant(grid.error_bound, 2),
                )
            )
        self.set_title(translate("landscape_plot", TITLE), note)

    def set_log_scale(self, on: bool) -> None:
        self._log = on
        self._show_grid()

    # -- the path and the marks -------------------------------------------------------------
    def show_path(
        self, start: tuple[float, float], ws: np.ndarray, bs: np.ndarray, now: tuple[float, float]
    ) -> None:
        """The run's path: from its start through (ws, bs) to ``now``."""
        xs = np.concatenate([[start[0]], ws, [now[0]]])
        ys = np.concatenate([[start[1]], bs, [now[1]]])
        keep = np.isfinite(xs) & np.isfinite(ys)
        self.path.setData(xs[keep], ys[keep])

    def show_current(self, w: float, b: float) -> None:
        if math.isfinite(w) and math.isfinite(b):
            self.current.setData([w], [b])
        else:
            self.current.setData([], [])

    def set_start(self, w: float, b: float) -> None:
        """Mark where the next run starts."""
        blocked = self.start.blockSignals(True)
        self.start.setPos((w, b))
        self.start.blockSignals(blocked)

    def set_overlays(self, runs: Sequence[PastRun], axes: tuple[int, int] = (0, -1)) -> None:
        """The visible kept runs' paths, over the map (under the live path): dashed, each
        in its run's colour, so they are told from the live path (solid white); on a
        slice, projected on its ``axes``."""
        sync_overlays(
            self,
            self._overlays,
            list(runs),
            lambda run: pg.PlotDataItem(
                pen=pg.mkPen(faded(run.colour, 230), width=2, style=Qt.PenStyle.DashLine)
            ),
            lambda run, item: item.setData(*run.along(axes)),
        )
        for item in self._overlays.values():
            item.setZValue(KEPT_PATH_Z)

    def kept_paths(self) -> list[pg.PlotDataItem]:
        """The kept runs' paths as drawn (for tests and screenshots)."""
        return list(self._overlays.values())

    def set_racers(self, racers: Sequence, axes: tuple[int, int] = (0, -1)) -> None:
        """A race's paths, each in its racer's colour with a dot where it is now (on a
        slice, projected on its ``axes``)."""
        a, b = axes
        before = list(self._racer_items)
        sync_overlays(
            self,
            self._racer_items,
            list(racers),
            lambda r: pg.PlotDataItem(pen=pg.mkPen(r.colour, width=2)),
            lambda r, item: item.setData(*_racer_path(r, axes)),
        )
        for item in self._racer_items.values():
            item.setZValue(2)
        now = [
            (r.params[a], r.params[b], r.colour)
            for r in racers
            if math.isfinite(r.params[a]) and math.isfinite(r.params[b])
        ]
        self.racer_dots.setData(
            [p[0] for p in now],
            [p[1] for p in now],
            brush=[pg.mkBrush(p[2]) for p in now],
        )
        for part in (self.path, self.current):
            part.setVisible(not racers)
        if list(self._racer_items) != before:
            entries = [(self._racer_items[id(r)], r.label) for r in racers]
            if not racers:
                entries = self._run_legend[:2] if self.sliced else self._run_legend
            self.set_legend_entries(entries)

    def show_step(self, w0: float, b0: float, w1: float, b1: float) -> None:
        """An arrow for one row's step from (w0, b0) to (w1, b1)."""
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
        if event.button() != Qt.MouseButton.LeftButton or self.sliced:
            return
        vb = self.getPlotItem().vb
        if not vb.sceneBoundingRect().contains(event.scenePos()):
            return
        point = vb.mapSceneToView(event.scenePos())
        if self._guessing:
            self.guess_made.emit(float(point.x()), float(point.y()))
            return
        self.set_start(point.x(), point.y())
        self.start_chosen.emit(float(point.x()), float(point.y()))

    # -- the guided lesson's guess -----------------------------------------------------------
    def set_guessing(self, on: bool) -> None:
        """While on, a click marks a guess of where the next step lands (``guess_made``)
        instead of choosing the next start; so do the arrow keys and Enter, on the map.
        A guess already marked stays (beside where the step landed) until show_guess."""
        self._guessing = bool(on)
        self._cursor = None

    @property
    def guessing(self) -> bool:
        """Taking a guess (clicks and keys mark it) rather than the next start."""
        return self._guessing

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        """The keyboard's click: arrows move the next start (as a click there would), or,
        while guessing, the guess marker, which Enter gives."""
        moves = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, 1),
                 Qt.Key.Key_Down: (0, -1)}  # fmt: skip
        key = Qt.Key(event.key())
        if self.sliced:
            super().keyPressEvent(event)
        elif key in moves:
            (x0, x1), (y0, y1) = self.getPlotItem().vb.viewRange()
            # A press moves 1/80 of the view (Shift: 1/400): an epoch's step is small.
            fine = 400 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 80
            dx, dy = moves[key]
            dw, db = dx * (x1 - x0) / fine, dy * (y1 - y0) / fine
            if not self._guessing:
                at = self.start.pos()
                w, b = float(at.x()) + dw, float(at.y()) + db
                self.set_start(w, b)
                self.start_chosen.emit(w, b)
                return
            if self._cursor is None:
                xs, ys = self.current.getData()
                self._cursor = (
                    (float(xs[0]), float(ys[0])) if len(xs) else ((x0 + x1) / 2, (y0 + y1) / 2)
                )
            w, b = self._cursor[0] + dw, self._cursor[1] + db
            self._cursor = (w, b)
            self.show_guess(w, b)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self._cursor is not None:
            self.guess_made.emit(*self._cursor)
            self._cursor = None
        else:
            super().keyPressEvent(event)

    def show_guess(self, w: float | None, b: float | None = None) -> None:
        """Mark a guess at (w, b), or none."""
        self.guess.setData([] if w is None else [w], [] if b is None else [b])


def _racer_path(racer, axes: tuple[int, int]):
    xs, ys = racer.along(axes)
    return _finite_path(xs, ys, racer.params[axes[0]], racer.params[axes[1]])


def _finite_path(ws: np.ndarray, bs: np.ndarray, w: float, b: float):
    xs = np.append(ws, w)
    ys = np.append(bs, b)
    keep = np.isfinite(xs) & np.isfinite(ys)
    return xs[keep], ys[keep]
