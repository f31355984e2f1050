"""The File menu: sessions, exports (plots, dashboard, history) and the clipboard.

Every failure is shown to the user in plain words and changes nothing: a bad
session leaves the window as it was, a failed save leaves the old file.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import pyqtgraph as pg
from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QFileDialog, QMenu, QMessageBox

from gdviz.core.session import SUFFIX, SessionError, load_session, save_history_csv, save_session
from gdviz.ui import export
from gdviz.ui.actions import make_action
from gdviz.ui.export_dialog import ExportDialog

if TYPE_CHECKING:
    from gdviz.ui.main_window import MainWindow


class FileMenu(QObject):
    """Builds the File menu's actions for ``window`` and carries them out."""

    def __init__(self, window: MainWindow, menu: QMenu) -> None:
        super().__init__(window)
        self._window = window
        self.session_path: Path | None = None
        self.last_folder = str(Path.home())
        self.last_width = export.DEFAULT_WIDTH

        def action(text, slot, name, shortcut=None, tip=""):
            return make_action(window, text, slot, name, shortcut, tip, menu)

        self.open_action = action(
            "&Open session…",
            lambda: self.open_session(),
            "openSessionAction",
            "Ctrl+O",
            "Open a saved run (.gdviz.json) and continue it",
        )
        self.save_action = action(
            "&Save session",
            lambda: self.save_session(),
            "saveSessionAction",
            "Ctrl+S",
            "Save this run: data, settings and the whole history",
        )
        self.save_as_action = action(
            "Save session &as…",
            lambda: self.save_session(ask=True),
            "saveSessionAsAction",
            "Ctrl+Shift+S",
        )
        menu.addSeparator()
        self.export_plots_action = action(
            "&Export plots…",
            lambda: self.export_plots(),
            "exportPlotsAction",
            "Ctrl+E",
            "Save the fit, the loss and the dashboard as PNG or SVG",
        )
        self.export_history_action = action(
            "Export &history as CSV…",
            lambda: self.export_history(),
            "exportHistoryAction",
            None,
            "epoch, loss, weight, bias of every epoch",
        )
        self.copy_action = action(
            "&Copy dashboard image",
            lambda: self.copy_image(None),
            "copyPlotAction",
            "Ctrl+Shift+C",
            "Copy the plots to the clipboard as an image",
        )
        menu.addSeparator()

    # -- sessions --------------------------------------------------------------------
    def open_session(self, path: str | None = None) -> bool:
        """Open a session (asking for the file if ``path`` is None); False if it failed."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self._window,
                "Open gdviz session",
                self.last_folder,
                f"gdviz sessions (*{SUFFIX});;JSON files (*.json);;All files (*)",
            )
            if not path:
                return False
        try:
            session = load_session(path)
        except SessionError as exc:
            self._error("Cannot open this session", f"{exc}\n\nNothing was changed.")
            return False
        self._window.apply_session(session)
        self.session_path = Path(path)
        self.last_folder = str(self.session_path.parent)
        self._window.statusBar().showMessage(
            f"Opened {self.session_path.name}. {self._window.statusBar().currentMessage()}"
        )
        return True

    def save_session(self, path: str | None = None, ask: bool = False) -> bool:
        if path is None and (ask or self.session_path is None):
            suggested = str(Path(self.last_folder) / f"{self._window.data_name}{SUFFIX}")
            path, _ = QFileDialog.getSaveFileName(
                self._window, "Save gdviz session", suggested, f"gdviz sessions (*{SUFFIX})"
            )
            if not path:
                return False
            if not path.endswith(SUFFIX):
                path += SUFFIX
        target = Path(path) if path is not None else self.session_path
        assert target is not None
        try:
            save_session(target, self._window.session())
        except OSError as exc:
            self._error(
                "Cannot save the session",
                f"{target}: {exc.strerror or exc}\n\nAny earlier file there is "
                "unchanged. Try another folder.",
            )
            return False
        self.session_path = target
        self.last_folder = str(target.parent)
        self._window.statusBar().showMessage(f"Saved the session to {target}.")
        return True

    # -- exports ---------------------------------------------------------------------
    def export_history(self, path: str | None = None) -> bool:
        if path is None:
            suggested = str(Path(self.last_folder) / "history.csv")
            path, _ = QFileDialog.getSaveFileName(
                self._window, "Export history as CSV", suggested, "CSV files (*.csv)"
            )
            if not path:
                return False
        try:
            save_history_csv(path, self._window.history)
        except OSError as exc:
            self._error("Cannot export the history", f"{path}: {exc.strerror or exc}")
            return False
        self._window.statusBar().showMessage(
            f"Wrote {len(self._window.history):,} epochs to {path}."
        )
        return True

    def export_plots(self) -> bool:
        options = ExportDialog.get_options(self._window, self.last_folder)
        if options is None:
            return False
        folder, formats, width = options
        self.last_width = width
        try:
            written = self._window.export_images(folder, formats, width)
        except OSError as exc:
            self._error("Cannot export the plots", f"{folder}: {exc.strerror or exc}")
            return False
        self.last_folder = str(folder)
        names = ", ".join(p.name for p in written)
        self._window.statusBar().showMessage(f"Exported {names} to {folder}.")
        return True

    def export_one(self, plot: pg.PlotWidget, name: str) -> bool:
        """Export one plot, from its context menu."""
        suggested = str(Path(self.last_folder) / f"{name}.png")
        path, chosen = QFileDialog.getSaveFileName(
            self._window,
            f"Export the {name} plot",
            suggested,
            "PNG image (*.png);;SVG vector image (*.svg)",
        )
        if not path:
            return False
        if Path(path).suffix.lower() not in (".png", ".svg"):
            path += ".svg" if "svg" in chosen.lower() else ".png"
        try:
            export.export_plot(plot, path, self.last_width)
        except OSError as exc:
            self._error("Cannot export the plot", f"{path}: {exc.strerror or exc}")
            return False
        self.last_folder = str(Path(path).parent)
        self._window.statusBar().showMessage(f"Exported the {name} plot to {path}.")
        return True

    def copy_image(self, plot: pg.PlotWidget | None) -> None:
        """Copy one plot, or (``None``) the whole dashboard, to the clipboard."""
        if plot is None:
            image = export.dashboard_image(self._window.plots(), self._window.caption())
        else:
            image = export.plot_image(plot)
        QApplication.clipboard().setImage(image)
        self._window.statusBar().showMessage(
            f"Copied a {image.width()}×{image.height()} image to the clipboard."
        )

    def plot_menu(self, plot: pg.PlotWidget, name: str) -> QMenu:
        """The context menu of one plot."""
        menu = QMenu(self._window)
        menu.addAction(f"Export the {name} plot…", lambda: self.export_one(plot, name))
        menu.addAction(f"Copy the {name} plot", lambda: self.copy_image(plot))
        menu.addAction("Export all plots…", self.export_plots)
        menu.addSeparator()
        menu.addAction("Show everything", lambda: plot.getPlotItem().autoRange())
        return menu

    def _error(self, title: str, text: str) -> None:
        self._window.statusBar().showMessage(text.splitlines()[0])
        QMessageBox.warning(self._window, title, text)
