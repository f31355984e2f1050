"""Data points that can be dragged along x (the fit plot's students)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal


class DataPoints(pg.ScatterPlotItem):
    """A scatter whose spots carry their row index; dragging one moves it along x."""

    point_moved = Signal(int, float)  # row index, new x

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self._dragged: int | None = None
        self._drag_y = 0.0
        # Where the dragged point would land, drawn until the drop is applied.
        self._ghost = pg.ScatterPlotItem(
            symbol=kwargs.get("symbol", "o"),
            size=15,
            brush=pg.mkBrush(255, 176, 0, 160),
            pen=pg.mkPen("#7a5200"),
        )
        self._ghost.setParentItem(self)
        self._ghost.setVisible(False)

    def set_rows(self, xs: np.ndarray, ys: np.ndarray, indices: np.ndarray) -> None:
        self.setData(xs, ys, data=indices)

    def index_at(self, scene_pos) -> int | None:
        """Row index of the spot under ``scene_pos`` (scene coordinates), if any."""
        points = self.pointsAt(self.mapFromScene(scene_pos))
        return int(points[0].data()) if len(points) else None

    def mouseDragEvent(self, ev) -> None:  # noqa: N802 (pyqtgraph API)
        if ev.button() != Qt.MouseButton.LeftButton:
            ev.ignore()
            return
        if ev.isStart():
            points = self.pointsAt(ev.buttonDownPos())
            if not len(points):
                ev.ignore()
                return
            self._dragged = int(points[0].data())
            self._drag_y = points[0].pos().y()
        if self._dragged is None:
            ev.ignore()
            return
        ev.accept()
        x = float(ev.pos().x())
        self._ghost.setData([x], [self._drag_y])
        self._ghost.setVisible(True)
        if ev.isFinish():
            index, self._dragged = self._dragged, None
            self._ghost.setVisible(False)
            self.point_moved.emit(index, x)
