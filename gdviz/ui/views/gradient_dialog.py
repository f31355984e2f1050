"""The gradient check's window: for each parameter, the rule's gradient, the finite
difference and their relative error, and what that says."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gdviz.core.i18n import QT_TRANSLATE_NOOP, localise, translate
from gdviz.core.teach.words import significant
from gdviz.core.train.gradcheck import AGREE, ParameterCheck, largest, verdict
from gdviz.core.train.model import Gradient, Loss
from gdviz.ui.views.plot_ink import text_on_dark

COLUMNS = (
    QT_TRANSLATE_NOOP("gradient_dialog", "parameter"),
    QT_TRANSLATE_NOOP("gradient_dialog", "the rule's gradient"),
    QT_TRANSLATE_NOOP("gradient_dialog", "finite difference"),
    QT_TRANSLATE_NOOP("gradient_dialog", "relative error"),
)


class GradientDialog(QDialog):
    """A table of the checks and the verdict; non-modal (the window stays usable)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("gradientDialog")
        self.setWindowTitle(translate("gradient_dialog", "gdviz — check the gradient"))
        self.resize(620, 420)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("gradientTable")
        self.table.setHorizontalHeaderLabels([translate("gradient_dialog", c) for c in COLUMNS])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.verdict = QLabel()
        self.verdict.setObjectName("gradientVerdict")
        self.verdict.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.close)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.verdict)
        layout.addWidget(buttons)

    def show_checks(
        self, checks: list[ParameterCheck], loss: Loss, gradient: Gradient, where: str
    ) -> None:
        self.heading.setText(
            translate(
                "gradient_dialog",
                "The model {where}: for each parameter, the slope the rule uses (its gradient, "
                "summed over the rows; a step moves the parameter the other way) beside a "
                "central finite difference of the total loss. Relative errors below {agree} "
                "mean they agree.",
            ).format(where=where, agree=localise(f"{AGREE:g}"))
        )
        self.table.setRowCount(len(checks))
        for row, c in enumerate(checks):
            cells = (c.name, localise(significant(c.rule, 8)),
                     localise(significant(c.numeric, 8)),
                     localise(significant(c.relative, 3)))  # fmt: skip
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                if column == 3 and not c.relative < AGREE:
                    red = QColor(Qt.GlobalColor.darkRed)
                    dark = self.palette().base().color().lightness() < 128
                    item.setForeground((text_on_dark(red) or red) if dark else red)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.verdict.setText(
            translate("gradient_dialog", "Largest relative error: {error}. ").format(
                error=localise(significant(largest(checks), 3))
            )
            + verdict(checks, loss, gradient)
        )
