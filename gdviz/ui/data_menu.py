"""Data editing with undo: the table, points on the fit plot, CSV files, built-in sets.

Every change of the data set is one :class:`DataEdit` on an undo stack, which
replaces the whole (immutable) DataSet, so undo gives back the identical rows.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMenuBar,
    QMessageBox,
)

from gdviz.core.data import BUILTIN, DataError, DataSet, load_builtin, load_csv, save_csv
from gdviz.ui.actions import make_action

if TYPE_CHECKING:
    from gdviz.ui.main_window import MainWindow


class DataEdit(QUndoCommand):
    """Replace the data set (redo: ``new``; undo: ``old``)."""

    def __init__(self, menu: DataMenu, old: DataSet, new: DataSet, text: str) -> None:
        super().__init__(text)
        self._menu, self._old, self._new = menu, old, new

    def redo(self) -> None:
        self._menu.apply(self._new, self.text())

    def undo(self) -> None:
        self._menu.apply(self._old, f"undo {self.text()}")


class ColumnDialog(QDialog):
    """Pick the x and label columns of a CSV with more than two."""

    def __init__(self, parent, path: str, names: list[str]) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Columns of {Path(path).name}")
        form = QFormLayout(self)
        self.x = QComboBox()
        self.y = QComboBox()
        self.x.addItems(names)
        self.y.addItems(names)
        self.y.setCurrentIndex(1)
        form.addRow("x (input, e.g. hours)", self.x)
        form.addRow("label (0…1, e.g. passed)", self.y)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @staticmethod
    def choose(parent, path: str, names: list[str]) -> tuple[str, str] | None:
        dialog = ColumnDialog(parent, path, names)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.x.currentText(), dialog.y.currentText()


def header_names(path: str) -> list[str] | None:
    """The header's column names if the file starts with a header row, else None."""
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            for line in handle:
                if line.strip():
                    cells = [c.strip() for c in next(csv.reader(io.StringIO(line)))]
                    break
            else:
                return None
    except (OSError, UnicodeDecodeError, StopIteration):
        return None
    for cell in cells:
        try:
            float(cell)
            return None
        except ValueError:
            pass
    return cells


class DataMenu(QObject):
    """The Edit (undo/redo) and Data menus, and the wiring of every data edit."""

    def __init__(self, window: MainWindow, bar: QMenuBar) -> None:
        super().__init__(window)
        self.window = window
        self.undo_stack = QUndoStack(self)
        self.last_folder = str(Path.home())
        edit_menu = bar.addMenu("&Edit")
        undo = self.undo_stack.createUndoAction(self, "&Undo")
        undo.setShortcut(QKeySequence("Ctrl+Z"))
        undo.setObjectName("undoAction")
        redo = self.undo_stack.createRedoAction(self, "&Redo")
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        redo.setObjectName("redoAction")
        for act in (undo, redo):
            edit_menu.addAction(act)
            window.addAction(act)

        menu = bar.addMenu("&Data")
        self.open_action = make_action(
            window,
            "&Open data (CSV)…",
            self.open_data,
            "openDataAction",
            "Ctrl+Shift+O",
            "Load rows of x, label from a CSV file",
            menu,
        )
        self.save_action = make_action(
            window,
            "&Save data as CSV…",
            self.save_data,
            "saveDataAction",
            None,
            "Write the rows to a CSV file",
            menu,
        )
        sets = menu.addMenu("Built-in data &sets")
        sets.setObjectName("dataSetsMenu")
        for name, description in BUILTIN.items():
            act = sets.addAction(name)
            act.setToolTip(description)
            act.setStatusTip(description)
            act.setObjectName(f"dataSet_{name}")
            act.triggered.connect(lambda _=False, n=name: self.use_builtin(n))
        sets.setToolTipsVisible(True)

        window.data_panel.edit_requested.connect(self.edit)
        window.fit_plot.point_added.connect(self._on_point_added)
        window.fit_plot.point_moved.connect(self._on_point_moved)
        window.fit_plot.point_deleted.connect(self._on_point_deleted)

    def apply(self, data: DataSet, what: str) -> None:
        """Make ``data`` the data set everywhere (the undo stack's commands call this)."""
        w = self.window
        continued = w.run.set_data(data, w.controls.hyperparameters(w.options))
        w.data_panel.set_data_set(data)
        if continued:  # a fresh run redraws everything itself (run_started)
            w.fit_plot.set_data(data)
            w._refresh_landscape()
            w._redraw()
        w.runs.refresh_fit()  # the faded sigmoids follow the new x range
        rows = f"{len(data):,} rows"
        if continued:
            w.statusBar().showMessage(
                f"Data changed ({what}): {rows}. Training goes on with them from the next epoch."
            )
        else:
            w.statusBar().showMessage(f"Data: {what} ({rows}). Train (Space) to fit them.")

    # -- edits -------------------------------------------------------------------------
    def edit(self, new: DataSet, text: str) -> None:
        """Make ``new`` the data set, undoably."""
        old = self.window.run.data
        if new.rows == old.rows and new.name == old.name:
            return
        self.undo_stack.push(DataEdit(self, old, new, text))

    def _rows_changed(self, rows, text: str) -> None:
        data = self.window.run.data
        try:
            new = DataSet(tuple(rows), name=data.name, x_label=data.x_label, y_label=data.y_label)
        except DataError as exc:
            self.window.statusBar().showMessage(f"Not changed: {exc.message}.")
            return
        self.edit(new, text)

    def _on_point_added(self, x: float, label: float) -> None:
        data = self.window.run.data
        kind = "passed" if label == 1.0 else "failed"
        self._rows_changed(
            [*data.rows, (round(x, 2), label)], f"add a student who {kind} at x = {round(x, 2):g}"
        )

    def _on_point_moved(self, index: int, x: float) -> None:
        rows = list(self.window.run.data.rows)
        rows[index] = (round(x, 2), rows[index][1])
        self._rows_changed(rows, f"move row {index + 1} to x = {round(x, 2):g}")

    def _on_point_deleted(self, index: int) -> None:
        rows = list(self.window.run.data.rows)
        if len(rows) == 1:
            self.window.statusBar().showMessage("Not deleted: a data set needs one row.")
            return
        del rows[index]
        self._rows_changed(rows, f"delete row {index + 1}")

    # -- files and built-in sets -----------------------------------------------------------
    def use_builtin(self, name: str) -> None:
        self.edit(load_builtin(name), f"use the built-in set '{name}'")

    def open_data(
        self, path: str | None = None, x_col: str | None = None, y_col: str | None = None
    ) -> bool:
        """Load a CSV (asking for the file, and for columns if it has more than two)."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self.window, "Open data", self.last_folder, "CSV files (*.csv *.txt);;All files (*)"
            )
            if not path:
                return False
            names = header_names(path)
            if names is not None and len(names) > 2:
                chosen = ColumnDialog.choose(self.window, path, names)
                if chosen is None:
                    return False
                x_col, y_col = chosen
        try:
            data = load_csv(path, x_col=x_col, y_col=y_col)
        except DataError as exc:
            self.window.statusBar().showMessage(f"Not loaded: {exc}")
            QMessageBox.warning(
                self.window, "Cannot use this file", f"{exc}\n\nThe current data is unchanged."
            )
            return False
        self.last_folder = str(Path(path).parent)
        self.edit(data, f"open {Path(path).name}")
        return True

    def save_data(self, path: str | None = None) -> bool:
        if path is None:
            suggested = str(Path(self.last_folder) / f"{self.window.run.data.name}.csv")
            path, _ = QFileDialog.getSaveFileName(
                self.window, "Save data as CSV", suggested, "CSV files (*.csv)"
            )
            if not path:
                return False
        try:
            save_csv(path, self.window.run.data)
        except OSError as exc:
            QMessageBox.warning(
                self.window,
                "Cannot save the data",
                f"{path}: {exc.strerror or exc}\n\nAny earlier file is unchanged.",
            )
            return False
        self.window.statusBar().showMessage(f"Saved {len(self.window.run.data)} rows to {path}.")
        return True
