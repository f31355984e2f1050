"""Choosing how to read a table: the sheet, the x and label columns, and how labels are made.

It offers what the command line offers (``--sheet``, ``--x``, ``--y``,
``--positive``, ``--above``), starting from the table's suggestion: the first
label-like column for y and the first other number column for x.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QRadioButton,
    QWidget,
)

from gdviz.core.i18n import QT_TRANSLATE_NOOP, translate
from gdviz.core.io.table import (
    POSITIVE,
    Preview,
    ReadOptions,
    TableReader,
    is_missing,
    is_number,
    open_table,
)
from gdviz.core.train.data import DataError
from gdviz.ui.views.widgets import FloatSpinBox

MODES = (
    QT_TRANSLATE_NOOP("column_dialog", "as they are (numbers 0…1)"),
    QT_TRANSLATE_NOOP("column_dialog", "1 means"),
    QT_TRANSLATE_NOOP("column_dialog", "1 where the value is above"),
)


class ColumnDialog(QDialog):
    """x column, label column, and the label rule, for a table with more than two columns
    or labels that are not 0…1."""

    def __init__(self, parent: QWidget | None, path: str, reader: TableReader) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("column_dialog", "Columns of {file}").format(file=Path(path).name)
        )
        self.setObjectName("columnDialog")
        self.reader = reader  # the table as opened: Open reads it without parsing again
        table = reader.preview()
        self._preview = table
        form = QFormLayout(self)
        self.sheet = QComboBox()
        sheets = reader.sheets
        self.sheet.addItems(sheets)
        if reader.sheet is not None:
            self.sheet.setCurrentText(reader.sheet)
        if len(sheets) > 1:
            form.addRow(translate("column_dialog", "Sheet"), self.sheet)
        self.x_column = QComboBox()
        self.y_column = QComboBox()
        self.x_column.setObjectName("xColumn")
        self.y_column.setObjectName("yColumn")
        self.x2_column = QComboBox()
        self.x2_column.setObjectName("x2Column")
        self.x2_column.setToolTip(
            translate(
                "column_dialog",
                "A second input (e.g. hours slept): the model then takes two, and the fit "
                "plot shows the plane of both",
            )
        )
        form.addRow(translate("column_dialog", "x (input, e.g. hours)"), self.x_column)
        form.addRow(translate("column_dialog", "second input (optional)"), self.x2_column)
        form.addRow(translate("column_dialog", "label (e.g. passed)"), self.y_column)
        self._modes = QButtonGroup(self)
        self.as_is = QRadioButton(translate("column_dialog", MODES[0]))
        self.equals = QRadioButton(translate("column_dialog", MODES[1]))
        self.above = QRadioButton(translate("column_dialog", MODES[2]))
        self.positive = QComboBox()
        self.positive.setObjectName("positiveValue")
        self.threshold = FloatSpinBox(-1e12, 1e12, 0.0)
        self.threshold.setObjectName("aboveThreshold")
        for i, button in enumerate((self.as_is, self.equals, self.above)):
            self._modes.addButton(button, i)
        rule = QFormLayout()
        rule.addRow(self.as_is)
        row = QHBoxLayout()
        row.addWidget(self.equals)
        row.addWidget(self.positive, 1)
        rule.addRow(row)
        row = QHBoxLayout()
        row.addWidget(self.above)
        row.addWidget(self.threshold, 1)
        rule.addRow(row)
        form.addRow(translate("column_dialog", "Labels"), rule)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        form.addRow(self.hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Open | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.y_column.currentIndexChanged.connect(self._on_label_column)
        self.sheet.currentTextChanged.connect(lambda name: self._on_sheet(path, name))
        self.set_preview(table)

    def _on_sheet(self, path: str, sheet: str) -> None:
        try:
            reader = open_table(path, sheet)
            self.set_preview(reader.preview())
        except DataError as exc:
            self.hint.setText(str(exc))
            return
        self.reader = reader

    def set_preview(self, table: Preview) -> None:
        """Show ``table``'s columns, with its suggestion chosen."""
        self._preview = table
        for combo, chosen in ((self.x_column, table.x), (self.y_column, table.y)):
            blocked = combo.blockSignals(True)
            combo.clear()
            combo.addItems(table.names)
            combo.setCurrentIndex(chosen)
            combo.blockSignals(blocked)
        blocked = self.x2_column.blockSignals(True)
        self.x2_column.clear()
        self.x2_column.addItem(translate("column_dialog", "none (one input)"))
        self.x2_column.addItems(table.names)
        self.x2_column.blockSignals(blocked)
        self._on_label_column(table.y)

    def _on_label_column(self, index: int) -> None:
        cells = self._preview.samples[index] if 0 <= index < len(self._preview.samples) else []
        present = [c.strip() for c in cells if not is_missing(c)]
        distinct = sorted({c for c in present}, key=str.casefold)
        self.positive.clear()
        self.positive.addItems(distinct[:50])
        clear = [d for d in distinct if d.casefold() in POSITIVE]
        if clear:
            self.positive.setCurrentText(clear[0])
        numbers = [float(c) for c in present if is_number(c)]
        inside = (
            bool(numbers) and len(numbers) == len(present) and all(0.0 <= v <= 1.0 for v in numbers)
        )
        if inside:
            self.as_is.setChecked(True)
            self.hint.setText("")
        elif len(distinct) == 1:
            # No rule makes one value into passed and failed: say so, never guess one.
            self.as_is.setChecked(True)
            self.hint.setText(
                translate(
                    "column_dialog",
                    "The label column holds the single value {value} in its first rows: it "
                    "cannot tell passed from failed. Is it the right column?",
                ).format(value=repr(distinct[0][:40]))
            )
        elif len(distinct) == 2 or not numbers or len(numbers) < len(present):
            self.equals.setChecked(True)
            self.hint.setText(
                translate(
                    "column_dialog",
                    "The label column has {n} different values in its first rows: choose the "
                    "one that means 1 (passed).",
                ).format(n=len(distinct))
            )
        else:
            self.above.setChecked(True)
            # Counts and amounts (nothing below 0): "any at all", as in affairs above 0.
            lowest = min(numbers) if numbers else 0.0
            self.threshold.setValue(0.0 if lowest >= 0 else sorted(numbers)[len(numbers) // 2])
            self.hint.setText(
                translate(
                    "column_dialog",
                    "The label column holds numbers beyond 0…1: a threshold makes them labels "
                    "(e.g. affairs above 0).",
                )
            )

    def options(self) -> ReadOptions:
        sheet = self.sheet.currentText() or None
        x, y = str(self.x_column.currentIndex() + 1), str(self.y_column.currentIndex() + 1)
        second = self.x2_column.currentIndex()  # 0: none; k: column k
        x2 = str(second) if second > 0 else None
        if self.equals.isChecked():
            return ReadOptions(x, y, sheet, positive=self.positive.currentText(), x2=x2)
        if self.above.isChecked():
            return ReadOptions(x, y, sheet, above=self.threshold.value(), x2=x2)
        return ReadOptions(x, y, sheet, x2=x2)

    @staticmethod
    def choose(
        parent: QWidget | None, path: str, reader: TableReader
    ) -> tuple[ReadOptions, TableReader] | None:
        """The options chosen and the table they read (the sheet chosen), or None."""
        dialog = ColumnDialog(parent, path, reader)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        options = dialog.options()
        if options.sheet != dialog.reader.sheet:  # the sheet shown failed to open
            return options, open_table(path, options.sheet)
        return options, dialog.reader
