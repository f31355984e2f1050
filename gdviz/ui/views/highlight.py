"""An outline drawn around one widget of the window, over everything else, which lets
every click through: the guided lesson's way of pointing at what a step talks about."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt, QTimer
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QScrollArea, QTabWidget, QWidget

COLOUR = QColor("#ff8c00")
WIDTH = 3
MARGIN = 4  # the outline sits this far outside the widget
FOLLOW_MS = 150  # how often the outline checks where its widget went (splitters, tabs)


def bring_into_view(target: QWidget) -> None:
    """Make ``target`` visible: the tabs that hold it become current, the scroll areas
    that hold it scroll to it."""
    chain = []
    widget: QWidget | None = target
    while widget is not None:
        chain.append(widget)
        widget = widget.parentWidget()
    for holder in chain:
        if isinstance(holder, QTabWidget):
            for i in range(holder.count()):
                page = holder.widget(i)
                if page is not None and (page is target or page.isAncestorOf(target)):
                    holder.setCurrentIndex(i)
        elif isinstance(holder, QScrollArea) and holder is not target:
            holder.ensureWidgetVisible(target, 8, 8)
            if holder.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
                holder.horizontalScrollBar().setValue(0)  # never scrolled sideways out of sight


class Outline(QWidget):
    """An orange frame around ``target`` (a widget anywhere in ``window``), kept on it as
    the layout moves, hidden while the target is hidden."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("guideOutline")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self._target: QWidget | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(FOLLOW_MS)
        self._timer.timeout.connect(self.follow)
        self.hide()

    @property
    def target(self) -> QWidget | None:
        return self._target

    def point_at(self, target: QWidget | None) -> None:
        """Outline ``target`` (None: nothing)."""
        self._target = target
        if target is None:
            self._timer.stop()
            self.hide()
            return
        bring_into_view(target)
        self._timer.start()
        self.follow()

    def follow(self) -> None:
        """Sit on the target where it is now."""
        target, window = self._target, self.parentWidget()
        if target is None or window is None:
            return
        try:
            shown = target.isVisible()
        except RuntimeError:  # the widget was deleted under us
            self.point_at(None)
            return
        if not shown:
            self.hide()
            return
        # Only the part on view: a widget half scrolled away is outlined where it shows.
        seen = target.visibleRegion().boundingRect()
        if seen.isEmpty():
            seen = target.rect()
        corner = target.mapTo(window, seen.topLeft())
        area = QRect(corner, seen.size()).adjusted(-MARGIN, -MARGIN, MARGIN, MARGIN)
        area = area.intersected(window.rect())
        if area != self.geometry():
            self.setGeometry(area)
        if not self.isVisible():
            self.show()
        self.raise_()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(COLOUR, WIDTH))
        half = WIDTH // 2 + 1
        painter.drawRoundedRect(self.rect().adjusted(half, half, -half, -half), 6, 6)
