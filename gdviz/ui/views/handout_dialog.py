"""File ▸ Save as handout…: what the class sees when they open it: a step of the guided
lesson, a title, the teacher's question, and which controls stay usable."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from gdviz.core.i18n import translate
from gdviz.core.teach.guide import LOCKABLE, QUESTION_LONGEST, STEPS, TITLE_LONGEST

KEPT_FIRST = ("learning_rate", "training")  # the usual handout: try rates, press Train


class HandoutDialog(QDialog):
    """Asks for a handout; :meth:`handout` is what was chosen."""

    def __init__(self, parent: QWidget | None, step: int) -> None:
        super().__init__(parent)
        self.setObjectName("handoutDialog")
        self.setWindowTitle(translate("handout_dialog", "Save as handout"))
        column = QVBoxLayout(self)
        form = QFormLayout()
        self.title = QLineEdit()
        self.title.setObjectName("handoutTitle")
        self.title.setMaxLength(TITLE_LONGEST)
        self.title.setPlaceholderText(translate("handout_dialog", "e.g. How big a step?"))
        self.question = QPlainTextEdit()
        self.question.setObjectName("handoutQuestion")
        self.question.setTabChangesFocus(True)  # Tab leaves the box: the keyboard gets out
        self.question.setPlaceholderText(
            translate(
                "handout_dialog",
                "Your question for the class, e.g. Which learning rate gets below 0.1 first?",
            )
        )
        self.question.setMaximumHeight(90)
        self.step = QComboBox()
        self.step.setObjectName("handoutStep")
        for i, s in enumerate(STEPS):
            self.step.addItem(f"{i + 1}. {translate('guide', s.title)}")
        self.step.setCurrentIndex(step)
        for widget, name in (
            (self.title, translate("handout_dialog", "Title")),
            (self.question, translate("handout_dialog", "Question")),
            (self.step, translate("handout_dialog", "Opens at the step")),
        ):
            widget.setAccessibleName(name)
            form.addRow(name, widget)
        column.addLayout(form)
        box = QGroupBox(translate("handout_dialog", "Left usable (the rest is locked)"))
        boxes = QVBoxLayout(box)
        self.keep: dict[str, QCheckBox] = {}
        for key, (english, _) in LOCKABLE.items():
            words = translate("guide", english)
            check = QCheckBox(words[0].upper() + words[1:])
            check.setObjectName(f"handoutKeep_{key}")
            check.setChecked(key in KEPT_FIRST)
            boxes.addWidget(check)
            self.keep[key] = check
        column.addWidget(box)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)

    def handout(self) -> tuple[int, dict]:
        """The step it opens at, and the handout as a session keeps it."""
        return self.step.currentIndex(), {
            "title": self.title.text().strip(),
            "question": self.question.toPlainText().strip()[:QUESTION_LONGEST],
            "keep": [key for key, check in self.keep.items() if check.isChecked()],
        }


def ask_handout(parent: QWidget | None, step: int) -> tuple[int, dict] | None:
    """The handout the teacher asks for (None: cancelled)."""
    dialog = HandoutDialog(parent, step)
    return dialog.handout() if dialog.exec() == QDialog.DialogCode.Accepted else None
