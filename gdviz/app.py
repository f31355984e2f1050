"""QApplication set-up: the window's entry point, and the headless ``gdviz export``.

The only module that builds a :class:`MainWindow` (besides tests), and the only
place for process-wide switches: the GIL switch interval, the garbage
collector's freeze after start-up, signal handling.
"""

from __future__ import annotations

import gc
import os
import sys
from pathlib import Path

from gdviz.core.atomic import atomic_write_bytes
from gdviz.core.session import Session, save_history_csv, save_session
from gdviz.ui.main_window import MainWindow

__all__ = ["MainWindow", "configure_process", "export_run", "main", "show_startup_error"]

# Between kernel calls the trainer thread needs the GIL for a few microseconds; by
# default it may wait 5 ms for the GUI thread to hand it over.
SWITCH_INTERVAL_S = 0.001


def configure_process() -> None:
    """Process-wide settings the live window relies on (made once, by :func:`main`)."""
    sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL_S))


def main(session: Session | None = None) -> int:
    """Open the window on the lesson's data (or ``session``); returns the exit status."""
    import pyqtgraph as pg
    from PySide6.QtCore import QSettings, QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from gdviz.core.resources import resource_path

    if QApplication.instance() is None and not display_available():
        sys.stderr.write(
            "gdviz: error: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are "
            "not set). Run gdviz on a desktop, or use 'gdviz train' / 'gdviz export', which "
            "need no display.\n"
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
    configure_process()
    window = MainWindow(settings=QSettings())
    if session is not None:
        window.apply_session(session)
    app.aboutToQuit.connect(window.shut_down)
    window.show()
    # What start-up built lives as long as the process: keep it out of the cycle
    # collector's full passes, which otherwise pause the GUI for 10-20 ms each
    # (p99 lateness 22-27 ms without this, 12-19 ms with it, in bench/).
    gc.freeze()
    # numba's import and compile take ~0.5 s: do them after the first paint.
    QTimer.singleShot(150, window.warm_up)
    return app.exec()


def display_available() -> bool:
    """False on Linux with no X or Wayland display and no other Qt platform chosen."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def show_startup_error(message: str) -> None:
    """Show a start-up error in a dialog, for a window launched from a desktop.

    Nothing is shown without a display. On Qt's offscreen platform nobody can
    answer a dialog, so it closes itself at once.
    """
    if not display_available():
        return
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    app = QApplication.instance() or QApplication(sys.argv[:1])
    if app.platformName() in ("offscreen", "minimal"):
        QTimer.singleShot(0, _close_dialogs)
    QMessageBox.critical(None, "gdviz: cannot start", message)


def _close_dialogs() -> None:
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        if widget.isModal() and widget.isVisible():
            widget.close()


def export_run(
    session: Session, folder: Path, formats: list[str], width: int, window_picture: bool = False
) -> list[Path]:
    """``gdviz export``: draw ``session`` in an offscreen window and write fit.*,
    landscape.*, loss.*, dashboard.*, history.csv and session.gdviz.json into ``folder``.

    With ``window_picture``, also window.png: the window as a user sees it.
    """
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        # No display needed: render offscreen whatever the environment says.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        qInstallMessageHandler(_quiet_offscreen_notes)
    import pyqtgraph as pg

    from gdviz.ui.export import png_bytes

    app = QApplication.instance() or QApplication(["gdviz"])
    pg.setConfigOptions(antialias=True)
    window = MainWindow()
    try:
        window.resize(1300, 860)
        window.apply_session(session)
        window.show()
        _wait_for_landscape(app, window)
        written = window.export_images(folder, formats, width)
        if window_picture:
            atomic_write_bytes(folder / "window.png", png_bytes(window.grab().toImage()))
            written.append(folder / "window.png")
        save_history_csv(folder / "history.csv", session.history)
        save_session(folder / "session.gdviz.json", session)
    finally:
        window.close()
    return [*written, folder / "history.csv", folder / "session.gdviz.json"]


def _wait_for_landscape(app, window: MainWindow, timeout_ms: int = 60_000) -> None:
    """Let the landscape's thread deliver its grid, so the export shows it."""
    from PySide6.QtCore import QEventLoop, QTimer

    app.processEvents()
    landscape = window.landscape
    if landscape.grid is not None and not landscape.busy:
        return
    loop = QEventLoop()
    landscape.grid_ready.connect(loop.quit)
    landscape.failed.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    app.processEvents()


def _quiet_offscreen_notes(mode, context, message: str) -> None:
    # The offscreen platform notes what it cannot do for windows nobody sees.
    if "propagateSizeHints" not in message:
        sys.stderr.write(message + "\n")
