"""Small dialogs: where to export the plots (format, width), and how to animate the run."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QWidget,
)

from gdviz.core.i18n import QT_TRANSLATE_NOOP, translate
from gdviz.core.io.video import AnimationRequest
from gdviz.ui.views.images import DEFAULT_WIDTH
from gdviz.ui.views.widgets import FloatSpinBox

CHOICES = {  # the names are shown (translated) and the keys of the formats
    "PNG": ["png"],
    "SVG": ["svg"],
    QT_TRANSLATE_NOOP("export_dialogs", "PNG and SVG"): ["png", "svg"],
}


class ExportDialog(QDialog):
    """Folder, format (PNG, SVG or both) and PNG width for exporting every plot."""

    def __init__(self, parent: QWidget | None, folder: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("export_dialogs", "Export plots"))
        self.setObjectName("exportDialog")
        form = QFormLayout(self)
        self.folder = QLineEdit(folder)
        self.folder.setMinimumWidth(360)  # a whole path, not its last folder
        self.folder.setCursorPosition(0)
        browse = QPushButton(translate("export_dialogs", "Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form.addRow(translate("export_dialogs", "Folder"), row)
        self.format = QComboBox()
        for name in CHOICES:
            self.format.addItem(translate("export_dialogs", name), name)
        form.addRow(translate("export_dialogs", "Format"), self.format)
        self.width_box = QSpinBox()
        self.width_box.setRange(200, 10000)
        self.width_box.setSingleStep(100)
        self.width_box.setValue(DEFAULT_WIDTH)
        self.width_box.setSuffix(" px")
        self.width_box.setToolTip(
            translate("export_dialogs", "Width of PNG images; the height follows the plot's shape")
        )
        form.addRow(translate("export_dialogs", "PNG width"), self.width_box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("export_dialogs", "Export to folder"), self.folder.text()
        )
        if folder:
            self.folder.setText(folder)

    def options(self) -> tuple[Path, list[str], int]:
        formats = CHOICES[self.format.currentData()]
        return Path(self.folder.text()), formats, self.width_box.value()

    @staticmethod
    def get_options(parent: QWidget | None, folder: str) -> tuple[Path, list[str], int] | None:
        """Ask the user; None if cancelled."""
        dialog = ExportDialog(parent, folder)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.options()


class AnimationDialog(QDialog):
    """File (its extension picks GIF, MP4 or WebM), view, width, frames per second,
    seconds of training and of the final hold."""

    def __init__(self, parent: QWidget | None, path: str) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("export_dialogs", "Export animation"))
        self.setObjectName("animationDialog")
        form = QFormLayout(self)
        self.path = QLineEdit(path)
        self.path.setObjectName("animationPath")
        browse = QPushButton(translate("export_dialogs", "Browse…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow(translate("export_dialogs", "File"), row)
        kinds = QLabel(
            translate("export_dialogs", "GIF, MP4 (H.264) or WebM: the file's extension chooses.")
        )
        kinds.setStyleSheet("color: #555;")
        form.addRow("", kinds)
        self.view = QComboBox()
        self.view.setObjectName("animationView")
        for name, text in VIEW_NAMES.items():
            self.view.addItem(translate("export_dialogs", text), name)
        form.addRow(translate("export_dialogs", "Shows"), self.view)
        self.width_box = QSpinBox()
        self.width_box.setRange(120, 4000)
        self.width_box.setSingleStep(100)
        self.width_box.setValue(800)
        self.width_box.setSuffix(" px")
        form.addRow(translate("export_dialogs", "Width"), self.width_box)
        self.fps = QSpinBox()
        self.fps.setRange(1, 60)
        self.fps.setValue(30)
        self.fps.setSuffix(translate("export_dialogs", " frames/s"))
        form.addRow(translate("export_dialogs", "Frame rate"), self.fps)
        # (typed as every box of the window takes numbers: "2,5" in German, a point too)
        self.duration = FloatSpinBox(0.1, 600.0, 8.0, decimals=2)
        self.duration.setSuffix(" s")
        self.duration.setToolTip(
            translate(
                "export_dialogs",
                "How long the training takes to play; the first epochs, where most happens, "
                "get the most frames",
            )
        )
        form.addRow(translate("export_dialogs", "Duration"), self.duration)
        self.hold = FloatSpinBox(0.0, 60.0, 0.0, decimals=2)
        self.hold.setSuffix(" s")
        self.hold.setToolTip(
            translate(
                "export_dialogs", "How long the last frame stays before the animation ends or loops"
            )
        )
        form.addRow(translate("export_dialogs", "Hold the end"), self.hold)
        self.hint = QLabel()
        self.hint.setStyleSheet("color: #b00020;")
        self.hint.setWordWrap(True)
        form.addRow(self.hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.setMinimumWidth(520)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self,
            translate("export_dialogs", "Export animation"),
            self.path.text(),
            translate("export_dialogs", ANIMATION_FILTER),
        )
        if path:
            self.path.setText(path)

    def request(self) -> AnimationRequest:
        """Raises ValueError for a bad choice (the message says which)."""
        return AnimationRequest(
            Path(self.path.text().strip()),
            self.view.currentData(),
            self.width_box.value(),
            self.fps.value(),
            self.duration.value(),
            self.hold.value(),
        )

    def _accept(self) -> None:
        try:
            self.request()
        except ValueError as exc:
            self.hint.setText(str(exc))
            return
        self.accept()

    @staticmethod
    def ask(parent: QWidget | None, path: str) -> AnimationRequest | None:
        dialog = AnimationDialog(parent, path)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.request()


VIEW_NAMES = {
    "dashboard": QT_TRANSLATE_NOOP("export_dialogs", "All three plots, with a caption"),
    "fit": QT_TRANSLATE_NOOP("export_dialogs", "The fit plot"),
    "landscape": QT_TRANSLATE_NOOP("export_dialogs", "The loss landscape"),
    "loss": QT_TRANSLATE_NOOP("export_dialogs", "The loss curve"),
}
# The descriptions are translated where shown; the patterns stay as they are.
ANIMATION_FILTER = QT_TRANSLATE_NOOP(
    "export_dialogs", "GIF animation (*.gif);;MP4 video (*.mp4);;WebM video (*.webm)"
)
