"""The decision threshold on the fit plot: a dashed horizontal line at p = t that the
learner drags. Rows whose p is at least t are predicted 1 (the Metrics tab counts them).

A view: it shows the threshold it is given and says when it was dragged (``dragged``);
the threshold itself belongs to the :class:`~gdviz.ui.models.ViewModel`."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt, Signal

from gdviz.core.figures.palette import THRESHOLD
from gdviz.core.train.metrics import DEFAULT_THRESHOLD

LOWEST, HIGHEST = 0.01, 0.99  # as far as the line (and the Metrics tab's box) goes
COLOUR = THRESHOLD
TIP = (
    "The decision threshold t: a row is predicted 1 (pass) when its p is at least t. "
    "Drag the line to move it; the Metrics tab counts what it gets right and wrong."
)


def snapped(t: float) -> float:
    """``t`` to the nearest 0.01, within the line's range."""
    return min(max(round(t, 2), LOWEST), HIGHEST)


class ThresholdLine(pg.InfiniteLine):
    """A dashed line at p = t, added to ``plot_item`` (whose y axis is p); dragging it
    moves t in steps of 0.01."""

    dragged = Signal(float)  # the threshold the learner dragged the line to

    def __init__(self, plot_item: pg.PlotItem) -> None:
        super().__init__(
            pos=DEFAULT_THRESHOLD,
            angle=0,
            movable=True,
            bounds=(LOWEST, HIGHEST),
            pen=pg.mkPen(COLOUR, width=1.5, style=Qt.PenStyle.DashLine),
            hoverPen=pg.mkPen(COLOUR, width=3, style=Qt.PenStyle.DashLine),
            label="threshold t = {value:.2f}",
            labelOpts={
                "position": 0.02,
                "color": COLOUR,
                "fill": (255, 255, 255, 210),
                "anchors": [(0, 1), (0, 1)],  # above the line, at its left end
            },
        )
        self.setObjectName("thresholdLine")
        self.setToolTip(TIP)
        self.setZValue(4)  # over the curves, under the points and a row's marks
        self.sigDragged.connect(self._on_dragged)
        plot_item.addItem(self, ignoreBounds=True)

    @property
    def threshold(self) -> float:
        return float(self.value())

    def show_threshold(self, t: float) -> None:
        """Put the line at p = ``t`` (only a drag says ``dragged``)."""
        if t != self.threshold:
            self.setPos(t)

    def _on_dragged(self) -> None:
        t = snapped(self.threshold)
        if t != self.threshold:
            self.show_threshold(t)
        self.dragged.emit(t)

    def mouseClickEvent(self, ev) -> None:  # noqa: N802 (pyqtgraph API)
        super().mouseClickEvent(ev)
        if ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()  # a click on the line is not a click on the plot: no point added
