"""The data table: every row of the data set, editable in place.

The model never changes data itself: an edit becomes a request for a new
:class:`DataSet` (``edit_requested``) that the window applies through its
undo stack, so the table, the plots and the trainer always agree.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from gdviz.core.i18n import QT_TRANSLATE_NOOP, delocalise, localise, translate
from gdviz.core.io.cells import to_number
from gdviz.core.train.data import DataSet, row_problem, shown
from gdviz.ui.views.view_keys import DATA

_ROOT = QModelIndex()


SUB = "₀₁"


HELD_OUT = QColor("#f5e4ee")  # the validation curve's purple, pale


class DataTableModel(QAbstractTableModel):
    """Rows of a DataSet as a table: the input columns (one, or two), then the label."""

    edit_requested = Signal(object, str)  # new DataSet, what changed
    edit_rejected = Signal(str)  # why a typed value was refused

    def __init__(self, data: DataSet, parent=None) -> None:
        super().__init__(parent)
        self._data = data
        self.held: np.ndarray | None = None  # rows held out for validation (None: none)

    @property
    def data_set(self) -> DataSet:
        return self._data

    def mark_held_out(self, mask: np.ndarray | None) -> None:
        """Shade the held-out rows and say so in their row headers."""
        self.held = mask if mask is not None and len(mask) == len(self._data) else None
        if len(self._data):
            self.dataChanged.emit(
                self.index(0, 0), self.index(len(self._data) - 1, self._data.inputs)
            )
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, len(self._data) - 1)

    def _held(self, row: int) -> bool:
        return self.held is not None and row < len(self.held) and bool(self.held[row])

    def set_data_set(self, data: DataSet) -> None:
        if len(data) == len(self._data):
            # Same shape (a cell edit, an undo of one): update in place. A reset here
            # would close the editor that is still committing this very edit.
            if data.inputs == self._data.inputs:
                last = self.index(len(data) - 1, data.inputs)
                self._data = data
                self.dataChanged.emit(self.index(0, 0), last)
                self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, data.inputs)
                return
        self.beginResetModel()
        self._data = data
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802 (Qt API)
        return 0 if parent.isValid() else len(self._data)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else self._data.inputs + 1

    def _column(self, index: int):
        return self._data.ys if index == self._data.inputs else self._data.X[:, index]

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        vertical = orientation == Qt.Orientation.Vertical
        if role == Qt.ItemDataRole.ToolTipRole and vertical and self._held(section):
            return translate(
                "data_tab",
                "Held out for validation: never trained on, its loss measured each epoch",
            )
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal:
            data = self._data
            names = (*data.x_labels, data.y_label)
            if section == data.inputs:
                return f"{names[section]} (y, 0…1)"
            return f"{names[section]} ({'x' if data.inputs == 1 else f'x{SUB[section]}'})"
        if self._held(section):
            return translate("data_tab", "{row} held out").format(row=section + 1)
        return str(section + 1)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        column = self._column(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return localise(f"{column[index.row()]:g}")
        if role == Qt.ItemDataRole.EditRole:
            return repr(float(column[index.row()]))
        if role == Qt.ItemDataRole.ToolTipRole:
            return localise(repr(float(column[index.row()])))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.BackgroundRole and self._held(index.row()):
            return HELD_OUT
        return None

    def flags(self, index):
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        try:
            number = to_number(delocalise(str(value)))  # 3,5 typed in German: 3.5
        except ValueError:
            if index.column() < self._data.inputs:
                refusal = translate(
                    "data_tab", "Row {row}: {value} is not a number; type an x value, e.g. 3.5."
                )
            else:
                refusal = translate(
                    "data_tab",
                    "Row {row}: {value} is not a number; "
                    "type a label from 0 to 1 (1 = passed, 0 = failed).",
                )
            self.edit_rejected.emit(refusal.format(row=index.row() + 1, value=shown(value)))
            return False
        data, i, c = self._data, index.row(), index.column()
        cells = [*data.X[i].tolist(), float(data.ys[i])]
        if cells[c] == number:
            return True
        cells[c] = number
        for x in cells[:-1]:
            problem = row_problem(x, cells[-1])
            if problem:
                self.edit_rejected.emit(
                    translate("data_tab", "Row {row}: {problem}.").format(
                        row=i + 1, problem=problem
                    )
                )
                return False
        X, ys = data.X.copy(), data.ys.copy()
        X[i], ys[i] = cells[:-1], cells[-1]
        second = X[:, 1] if data.inputs > 1 else None
        what = translate("data_tab", "edit row {row}").format(row=i + 1)
        self.edit_requested.emit(data.with_rows(X[:, 0], ys, x2=second), what)
        return True


class DataPanel(QWidget):
    """The table with Add and Delete buttons, copy and paste, and a message line."""

    edit_requested = Signal(object, str)
    GESTURES = (
        (
            QT_TRANSLATE_NOOP("data_tab", "Double-click a value"),
            QT_TRANSLATE_NOOP("data_tab", "change it (undoable)"),
        ),
    )
    KEYS = DATA  # the keyboard's way (Help ▸ Keyboard and mouse)
    paste_requested = Signal(str, object)  # clipboard text, the row to paste at (None: end)

    def __init__(self, data: DataSet, parent=None) -> None:
        super().__init__(parent)
        self.model = DataTableModel(data, self)
        self.table = QTableView()
        self.table.setObjectName("dataTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setTabKeyNavigation(False)  # arrows move in it; Tab goes on to the buttons
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        rows = self.table.verticalHeader()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # a million rows scroll
        rows.setDefaultSectionSize(22)
        self.table.setToolTip(
            translate(
                "data_tab",
                "Double-click a value to change it. Labels are 1 (passed), 0 (failed) or "
                "anything between. Ctrl+C copies the selected rows, Ctrl+V pastes rows from a "
                "spreadsheet.",
            )
        )
        self.note = QLabel()
        self.note.setObjectName("dataNote")
        self.note.setWordWrap(True)
        self.note.hide()
        self.message = QLabel()
        self.message.setObjectName("dataMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020;")
        self.message.hide()
        add = QPushButton(translate("data_tab", "Add row"))
        add.setObjectName("addRowButton")
        add.setToolTip(
            translate("data_tab", "Add a student: x one hour more than the last row, label 1")
        )
        delete = QPushButton(translate("data_tab", "Delete rows"))
        delete.setObjectName("deleteRowsButton")
        delete.setToolTip(
            translate("data_tab", "Delete the selected rows (at least one row must stay)")
        )
        add.clicked.connect(self.add_row)
        delete.clicked.connect(self.delete_selected)
        for keys, slot, what in (
            (
                QKeySequence.StandardKey.Copy,
                self.copy_rows,
                translate("data_tab", "Data table: copy the selected rows"),
            ),
            (
                QKeySequence.StandardKey.Paste,
                self.paste_rows,
                translate("data_tab", "Data table: paste rows from a spreadsheet (undoable)"),
            ),
        ):
            shortcut = QShortcut(QKeySequence(keys), self.table)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.setWhatsThis(what)  # listed by Help ▸ Keyboard and mouse
            shortcut.activated.connect(slot)
        buttons = QHBoxLayout()
        buttons.addWidget(add)
        buttons.addWidget(delete)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.model.edit_requested.connect(self._forward)
        self.model.edit_rejected.connect(self.show_message)
        self._show_note(data)

    @property
    def data_set(self) -> DataSet:
        return self.model.data_set

    def set_data_set(self, data: DataSet) -> None:
        self.model.set_data_set(data)
        self._show_note(data)

    def mark_held_out(self, mask: np.ndarray | None) -> None:
        """The rows held out for validation, shaded (None: none)."""
        self.model.mark_held_out(mask)

    def _show_note(self, data: DataSet) -> None:
        read = translate("data_tab", "Read from the file: {note}.")
        self.note.setText(read.format(note=data.note) if data.note else "")
        self.note.setVisible(bool(data.note))

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def _forward(self, data: DataSet, what: str) -> None:
        self.show_message("")
        self.edit_requested.emit(data, what)

    def add_row(self) -> None:
        data = self.data_set
        x = float(data.xs.max()) + 1.0
        second = np.append(data.x2, float(data.x2.mean())) if data.x2 is not None else None
        added = data.with_rows(np.append(data.xs, x), np.append(data.ys, 1.0), x2=second)
        self._forward(added, translate("data_tab", "add a row"))

    def selected_rows(self) -> list[int]:
        # From the selection's ranges: listing a million selected indexes takes seconds.
        selection = self.table.selectionModel().selection()
        ranges = [selection.at(i) for i in range(selection.count())]
        if not ranges:
            return []
        rows = np.concatenate([np.arange(r.top(), r.bottom() + 1) for r in ranges])
        return np.unique(rows).tolist()

    def delete_selected(self) -> None:
        rows = self.selected_rows()
        data = self.data_set
        if not rows:
            self.show_message(
                translate("data_tab", "Select the rows to delete first (click their numbers).")
            )
            return
        if len(rows) >= len(data):
            self.show_message(translate("data_tab", "A data set needs at least one row: keep one."))
            return
        keep = np.ones(len(data), dtype=bool)
        keep[rows] = False
        second = data.x2[keep] if data.x2 is not None else None
        self._forward(
            data.with_rows(data.xs[keep], data.ys[keep], x2=second),
            translate("data_tab", "delete 1 row")
            if len(rows) == 1
            else translate("data_tab", "delete {n} rows").format(n=len(rows)),
        )

    def copy_rows(self) -> str:
        """The selected rows (or the current one) as tab-separated text, on the clipboard."""
        data = self.data_set
        rows = self.selected_rows() or (
            [self.table.currentIndex().row()] if self.table.currentIndex().isValid() else []
        )
        cells = np.column_stack([data.X[rows], data.ys[rows]]).tolist()
        text = "".join("\t".join(map(repr, row)) + "\n" for row in cells)
        QApplication.clipboard().setText(text)
        self.show_message("")
        return text

    def paste_rows(self) -> None:
        """Ask to paste the clipboard's rows at the current row (at the end if none)."""
        current = self.table.currentIndex()
        self.paste_requested.emit(
            QApplication.clipboard().text(), current.row() if current.isValid() else None
        )
