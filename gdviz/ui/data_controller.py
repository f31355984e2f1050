"""Data editing with undo: the table, points on the fit plot, CSV files, built-in sets.

Every change of the data set is one :class:`DataEdit` on the undo stack; it
replaces the whole (immutable) DataSet, so undo gives back the identical rows.
The run applies the data (:meth:`RunController.set_data`), and the views hear
of it from the run's ``data_changed``.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QMessageBox,
    QWidget,
)

from gdviz.core.data import (
    ColumnChoice,
    DataError,
    DataSet,
    load_builtin,
    load_csv,
    save_csv,
    suggest_columns,
)
from gdviz.ui.run import RunController
from gdviz.ui.text import count


class DataEdit(QUndoCommand):
    """Replace the data set (redo: ``new``; undo: ``old``)."""

    def __init__(self, controller: DataController, old: DataSet, new: DataSet, text: str):
        super().__init__(text)
        self._controller, self._old, self._new = controller, old, new

    def redo(self) -> None:
        self._controller.apply(self._new, self.text())

    def undo(self) -> None:
        self._controller.apply(self._old, f"undo {self.text()}")


class ColumnDialog(QDialog):
    """Pick the x and label columns of a CSV with more than two."""

    def __init__(self, parent: QWidget | None, path: str, choice: ColumnChoice) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"Columns of {Path(path).name}")
        form = QFormLayout(self)
        self.x = QComboBox()
        self.y = QComboBox()
        self.x.addItems(choice.names)
        self.y.addItems(choice.names)
        self.x.setCurrentIndex(choice.x)
        self.y.setCurrentIndex(choice.y)
        form.addRow("x (input, e.g. hours)", self.x)
        form.addRow("label (0…1, e.g. passed)", self.y)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @staticmethod
    def choose(parent: QWidget | None, path: str, choice: ColumnChoice) -> tuple[str, str] | None:
        dialog = ColumnDialog(parent, path, choice)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.x.currentText(), dialog.y.currentText()


class DataController(QObject):
    """Applies data edits undoably; reads and writes data files (dialogs on ``parent``)."""

    message = Signal(str)  # what happened, for the status bar

    def __init__(self, run: RunController, undo_stack: QUndoStack, parent: QWidget) -> None:
        super().__init__(parent)
        self._run = run
        self._parent = parent
        self.undo_stack = undo_stack
        self.last_folder = str(Path.home())

    @property
    def data(self) -> DataSet:
        return self._run.data

    def apply(self, data: DataSet, what: str) -> None:
        """Make ``data`` the run's data (the undo stack's commands call this)."""
        continued = self._run.set_data(data)
        rows = count(len(data), "row")
        if continued:
            self.message.emit(
                f"Data changed ({what}): {rows}. Training goes on with them from the next epoch."
            )
        else:
            self.message.emit(f"Data: {what} ({rows}). Train (Space) to fit them.")

    # -- edits -------------------------------------------------------------------------
    def edit(self, new: DataSet, text: str) -> None:
        """Make ``new`` the data set, undoably."""
        old = self._run.data
        if new.rows == old.rows and new.name == old.name:
            return
        self.undo_stack.push(DataEdit(self, old, new, text))

    def edit_rows(self, rows: list[tuple[float, float]], text: str) -> None:
        data = self._run.data
        try:
            new = DataSet(tuple(rows), name=data.name, x_label=data.x_label, y_label=data.y_label)
        except DataError as exc:
            self.message.emit(f"Not changed: {exc.message}.")
            return
        self.edit(new, text)

    def add_point(self, x: float, label: float) -> None:
        kind = "passed" if label == 1.0 else "failed"
        x = round(x, 2)
        self.edit_rows([*self._run.data.rows, (x, label)], f"add a student who {kind} at x = {x:g}")

    def move_point(self, index: int, x: float) -> None:
        rows = list(self._run.data.rows)
        rows[index] = (round(x, 2), rows[index][1])
        self.edit_rows(rows, f"move row {index + 1} to x = {round(x, 2):g}")

    def delete_point(self, index: int) -> None:
        rows = list(self._run.data.rows)
        if len(rows) == 1:
            self.message.emit("Not deleted: a data set needs one row.")
            return
        del rows[index]
        self.edit_rows(rows, f"delete row {index + 1}")

    # -- files and built-in sets -----------------------------------------------------------
    def use_builtin(self, name: str) -> None:
        self.edit(load_builtin(name), f"use the built-in set '{name}'")

    def open_data(
        self, path: str | None = None, x_col: str | None = None, y_col: str | None = None
    ) -> bool:
        """Load a CSV (asking for the file, and for columns if it has more than two)."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self._parent,
                "Open data",
                self.last_folder,
                "CSV files (*.csv *.txt);;All files (*)",
            )
            if not path:
                return False
            choice = suggest_columns(path)
            if choice is not None and len(choice.names) > 2:
                chosen = ColumnDialog.choose(self._parent, path, choice)
                if chosen is None:
                    return False
                x_col, y_col = chosen
        try:
            data = load_csv(path, x_col=x_col, y_col=y_col)
        except DataError as exc:
            self.message.emit(f"Not loaded: {exc}")
            QMessageBox.warning(
                self._parent, "Cannot use this file", f"{exc}\n\nThe current data is unchanged."
            )
            return False
        self.last_folder = str(Path(path).parent)
        self.edit(data, f"open {Path(path).name}")
        return True

    def save_data(self, path: str | None = None) -> bool:
        data = self._run.data
        if path is None:
            suggested = str(Path(self.last_folder) / f"{data.name}.csv")
            path, _ = QFileDialog.getSaveFileName(
                self._parent, "Save data as CSV", suggested, "CSV files (*.csv)"
            )
            if not path:
                return False
        try:
            save_csv(path, data)
        except OSError as exc:
            QMessageBox.warning(
                self._parent,
                "Cannot save the data",
                f"{path}: {exc.strerror or exc}\n\nAny earlier file is unchanged.",
            )
            return False
        self.message.emit(f"Saved {count(len(data), 'row')} to {path}.")
        return True
