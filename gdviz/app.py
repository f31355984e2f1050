"""QApplication set-up and the window's entry point."""

from __future__ import annotations

import os
import sys

from gdviz.core.session import Session
from gdviz.ui.main_window import MainWindow

__all__ = ["MainWindow", "main"]


def main(session: Session | None = None) -> int:
    """Open the window on the lesson's data (or ``session``); returns the exit status."""
    import pyqtgraph as pg
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from gdviz.core.resources import resource_path

    if QApplication.instance() is None and not _display_available():
        sys.stderr.write(
            "gdviz: error: no display to open the window on (DISPLAY and "
            "WAYLAND_DISPLAY are not set). Run gdviz on a desktop, or use "
            "'gdviz train' / 'gdviz export', which need no display.\n"
        )
        return 2
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("gdviz")
    app.setOrganizationName("gdviz")
    app.setDesktopFileName("gdviz")
    icon = resource_path("gdviz.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    pg.setConfigOptions(antialias=True)
    window = MainWindow(settings=QSettings())
    if session is not None:
        window.apply_session(session)
    app.aboutToQuit.connect(window.shut_down)
    window.show()
    # numba's import and compile take ~0.5 s: do them after the first paint.
    QTimer.singleShot(150, window.warm_up)
    return app.exec()


def _display_available() -> bool:
    """False on Linux with no X or Wayland display and no other Qt platform chosen."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
