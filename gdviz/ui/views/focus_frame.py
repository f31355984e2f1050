"""The keyboard focus made visible where Qt's style draws none: a plot or a picture the
arrow keys work in gets a 2-pixel frame in the palette's Highlight colour (blue, in the
light and the dark theme) while it has the focus. Exports never show it: they render
the plot's scene, not the widget."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter, QPalette, QPen
from PySide6.QtWidgets import QWidget

WIDTH = 2  # pixels


def paint_focus_frame(widget: QWidget, surface: QWidget | None = None) -> None:
    """Frame ``surface`` (``widget`` itself by default) if ``widget`` has the focus; call
    at the end of the surface's paint event."""
    if not widget.hasFocus():
        return
    surface = surface or widget
    pen = QPen(widget.palette().color(QPalette.ColorRole.Highlight), WIDTH)
    pen.setJoinStyle(Qt.PenJoinStyle.MiterJoin)
    painter = QPainter(surface)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    half = WIDTH / 2
    painter.drawRect(QRectF(surface.rect()).adjusted(half, half, -half, -half))
    painter.end()
