"""View ▸ Presentation mode: the window full screen and everything in it 1.5 times larger,
readable from the back of a classroom; and back, as it was.

Qt widgets get a larger font (the side panel widens to hold it); each plot is zoomed as a
whole (:meth:`gdviz.ui.views.plots.PlotPanel.set_zoom`), so its text, lines and symbols grow
together and its layout stays as designed.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QSplitter, QWidget

from gdviz.ui.views.plots import PlotPanel

ZOOM = 1.5


class Presentation:
    """Switches ``window`` in and out of presentation mode. ``splitter`` holds ``side``
    (the side panel, at most ``side_max`` pixels wide as designed) and the plots."""

    def __init__(
        self,
        window: QWidget,
        plots: Sequence[PlotPanel],
        splitter: QSplitter,
        side: QWidget,
        side_max: int,
    ) -> None:
        self._window = window
        self._plots = list(plots)
        self._splitter = splitter
        self._side = side
        self._side_max = side_max
        self._sizes_before: list[int] = []
        self._app_font: QFont | None = None  # the application's font before presenting

    def apply(self, on: bool) -> None:
        zoom = ZOOM if on else 1.0
        if self._app_font is None:
            self._app_font = QFont(QApplication.font())
        font = QFont()  # empty: the application's font, inherited
        if on:
            font = QFont(self._app_font)
            font.setPointSizeF(font.pointSizeF() * zoom)
        # Dialogs, menus and tips are windows of their own: they take the application's.
        QApplication.setFont(font if on else self._app_font)
        self._window.setFont(font)
        for widget in self._window.findChildren(QWidget):
            if widget.styleSheet():  # a styled label keeps its font until polished again
                widget.setStyleSheet(widget.styleSheet())
        for plot in self._plots:
            plot.set_zoom(zoom)
        self._side.setMaximumWidth(round(self._side_max * zoom))
        if on:
            self._sizes_before = self._splitter.sizes()
            side, plots = self._sizes_before
            screen = self._window.screen().availableGeometry().width()
            wider = min(round(side * zoom), round(self._side_max * zoom), screen // 3)
            self._splitter.setSizes([wider, max(1, plots - (wider - side))])
        elif self._sizes_before:
            self._splitter.setSizes(self._sizes_before)
        full = Qt.WindowState.WindowFullScreen
        state = self._window.windowState()
        self._window.setWindowState(state | full if on else state & ~full)

    def restore_application_font(self) -> None:
        """The application's font as it was (the window closes: its dialogs go too)."""
        if self._app_font is not None:
            QApplication.setFont(self._app_font)
