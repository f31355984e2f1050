"""A small dialog: where to export the plots, in which format, how wide."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from gdviz.ui.export import DEFAULT_WIDTH

CHOICES = {"PNG": ["png"], "SVG": ["svg"], "PNG and SVG": ["png", "svg"]}


class ExportDialog(QDialog):
    """Folder, format (PNG, SVG or both) and PNG width for exporting every plot."""

    def __init__(self, parent: QWidget | None, folder: str) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export plots")
        self.setObjectName("exportDialog")
        form = QFormLayout(self)
        self.folder = QLineEdit(folder)
        browse = QPushButton("Browse…")
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form.addRow("Folder", row)
        self.format = QComboBox()
        self.format.addItems(list(CHOICES))
        form.addRow("Format", self.format)
        self.width = QSpinBox()
        self.width.setRange(200, 10000)
        self.width.setSingleStep(100)
        self.width.setValue(DEFAULT_WIDTH)
        self.width.setSuffix(" px")
        self.width.setToolTip("Width of PNG images; the height follows the plot's shape")
        form.addRow("PNG width", self.width)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Export to folder", self.folder.text())
        if folder:
            self.folder.setText(folder)

    def options(self) -> tuple[Path, list[str], int]:
        return Path(self.folder.text()), CHOICES[self.format.currentText()], self.width.value()

    @staticmethod
    def get_options(parent: QWidget | None, folder: str) -> tuple[Path, list[str], int] | None:
        """Ask the user; None if cancelled."""
        dialog = ExportDialog(parent, folder)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.options()
