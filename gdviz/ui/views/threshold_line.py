"""The decision threshold on the fit plot: a dashed horizontal line at p = t that the
learner drags, or moves with Up and Down while the plot has the focus. Rows whose p is
at least t are predicted 1 (the Metrics tab counts them).

A view: it shows the threshold it is given and says when it was dragged (``dragged``);
the threshold itself belongs to the :class:`~gdviz.ui.models.ViewModel`."""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent

from gdviz.core.figures.palette import THRESHOLD
from gdviz.core.i18n import QT_TRANSLATE_NOOP, number, translate
from gdviz.core.train.metrics import DEFAULT_THRESHOLD

LOWEST, HIGHEST = 0.01, 0.99  # as far as the line (and the Metrics tab's box) goes
COLOUR = THRESHOLD
TIP = QT_TRANSLATE_NOOP(
    "threshold_line",
    "The decision threshold t: a row is predicted 1 (pass) when its p is at least t. "
    "Drag the line to move it; the Metrics tab counts what it gets right and wrong.",
)


def label_text(t: float) -> str:
    """The line's label: ``threshold t = 0.50`` (with the window's decimal point)."""
    return translate("threshold_line", "threshold t = {value}").format(value=number(t, ".2f"))


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
            label="",
            labelOpts={
                "position": 0.02,
                "color": COLOUR,
                "fill": (255, 255, 255, 210),
                "anchors": [(0, 1), (0, 1)],  # above the line, at its left end
            },
        )
        self.setObjectName("thresholdLine")
        self.setToolTip(translate("threshold_line", TIP))
        self.sigPositionChanged.connect(self._write_label)  # after the label's own update
        self._write_label()
        self.setZValue(4)  # over the curves, under the points and a row's marks
        self.sigDragged.connect(self._on_dragged)
        plot_item.addItem(self, ignoreBounds=True)
        self._keys = _ThresholdKeys(self)
        view = plot_item.getViewWidget()  # the plot: Up and Down move the line there
        if view is not None:
            view.installEventFilter(self._keys)

    @property
    def threshold(self) -> float:
        return float(self.value())

    def show_threshold(self, t: float) -> None:
        """Put the line at p = ``t`` (only a drag says ``dragged``)."""
        if t != self.threshold:
            self.setPos(t)

    def _write_label(self, *_args) -> None:
        self.label.setFormat(label_text(self.threshold))

    def _on_dragged(self) -> None:
        t = snapped(self.threshold)
        if t != self.threshold:
            self.show_threshold(t)
        self.dragged.emit(t)

    def nudge(self, steps: int) -> None:
        """Move t by ``steps`` hundredths, as a drag there would (``dragged``)."""
        self.show_threshold(snapped(self.threshold + steps / 100))
        self._on_dragged()

    def mouseClickEvent(self, ev) -> None:  # noqa: N802 (pyqtgraph API)
        super().mouseClickEvent(ev)
        if ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()  # a click on the line is not a click on the plot: no point added


class _ThresholdKeys(QObject):
    """Up and Down (Shift: ten steps) on the focused plot move its visible line."""

    def __init__(self, line: ThresholdLine) -> None:
        super().__init__(line)
        self._line = line

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() != QEvent.Type.KeyPress or not self._line.isVisible():
            return False
        assert isinstance(event, QKeyEvent)
        way = {Qt.Key.Key_Up: 1, Qt.Key.Key_Down: -1}.get(Qt.Key(event.key()), 0)
        if not way:
            return False
        shift = event.modifiers() & Qt.KeyboardModifier.ShiftModifier
        self._line.nudge(way * (10 if shift else 1))
        return True
