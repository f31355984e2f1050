"""``gdviz export``: draw a finished run in an offscreen window and write its files."""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from gdviz.core.atomic import atomic_write_bytes
from gdviz.core.session import Session, save_history_csv, save_session


def export_run(
    session: Session, folder: Path, formats: list[str], width: int, window_picture: bool = False
) -> list[Path]:
    """Write fit.*, loss.*, dashboard.*, history.csv and session.gdviz.json into ``folder``.

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
    from gdviz.ui.main_window import MainWindow

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


def _wait_for_landscape(app, window, timeout_s: float = 60.0) -> None:
    """Let the landscape's thread deliver its grid, so the export shows it."""
    deadline = time.monotonic() + timeout_s
    plot = window.landscape_plot
    while time.monotonic() < deadline:
        app.processEvents()
        if plot.grid is not None and not plot.busy:
            break
        time.sleep(0.005)
    app.processEvents()


def _quiet_offscreen_notes(mode, context, message: str) -> None:
    # The offscreen platform notes what it cannot do for windows nobody sees.
    if "propagateSizeHints" not in message:
        sys.stderr.write(message + "\n")
