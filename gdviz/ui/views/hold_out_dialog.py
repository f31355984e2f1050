"""Data ▸ Hold out for validation…: the fraction of rows held out and the seed that
picks them, for the next run (the Train tab's Generalisation box shows the same)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from gdviz.core.i18n import translate
from gdviz.core.run.settings import SETTINGS, RunSettings
from gdviz.core.train.split import split_problem
from gdviz.ui.views.widgets import FloatSpinBox


class HoldOutDialog(QDialog):
    """Hold rows out (on or off), which fraction and which seed; :meth:`changes` is what
    OK asks of the next run's settings."""

    def __init__(self, settings: RunSettings, rows: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("holdOutDialog")
        self.setWindowTitle(translate("hold_out_dialog", "Hold out for validation"))
        self._rows = rows
        form = QFormLayout(self)
        words = QLabel(
            translate(
                "hold_out_dialog",
                "Rows held out are never trained on. After every epoch their mean loss is "
                "measured with the parameters of that moment: the validation curve. If it "
                "turns up while the training loss keeps falling, the model is learning the "
                "training rows' noise.",
            )
        )
        words.setWordWrap(True)
        form.addRow(words)
        self.on = QCheckBox(translate("hold_out_dialog", "Hold out rows for validation"))
        self.on.setObjectName("holdOutDialogCheck")
        self.on.setChecked(True)
        self._settings = settings
        self.fraction = FloatSpinBox(0.001, 0.999, settings.validation or 0.25, decimals=3)
        self.fraction.setObjectName("holdOutFractionSpin")
        self.fraction.setSingleStep(0.05)
        self.seed = QSpinBox()
        self.seed.setObjectName("holdOutSeedSpin")
        self.seed.setRange(0, 2**31 - 1)
        self.seed.setValue(min(settings.split_seed, 2**31 - 1))
        self.seed.setToolTip(translate("settings", SETTINGS["split_seed"].tip))
        self.problem = QLabel()
        self.problem.setObjectName("holdOutProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        form.addRow(self.on)
        form.addRow(translate("hold_out_dialog", "Fraction held out"), self.fraction)
        form.addRow(translate("settings", SETTINGS["split_seed"].label), self.seed)
        form.addRow(self.problem)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.buttons)
        for changed in (self.on.toggled, self.fraction.valueChanged):
            changed.connect(self._check)
        self._check()

    def _check(self, *_args) -> None:
        """A fraction that would leave a part empty is said, and OK waits for another."""
        self.fraction.setEnabled(self.on.isChecked())
        self.seed.setEnabled(self.on.isChecked())
        problem = split_problem(self._rows, self.fraction.value()) if self.on.isChecked() else None
        cannot = translate("hold_out_dialog", "Cannot split: {problem}.")
        self.problem.setText(cannot.format(problem=problem) if problem else "")
        self.problem.setVisible(bool(problem))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(problem is None)

    def changes(self) -> dict[str, object]:
        """What the next run's settings become (what the boxes could not show, e.g. a seed
        beyond 2³¹ from a session, stays as it was unless edited)."""
        if not self.on.isChecked():
            return {"validation": None, "patience": None}
        s = self._settings
        fraction = round(self.fraction.value(), 6)
        if s.validation is not None and round(s.validation, 3) == fraction:
            fraction = s.validation
        seed = self.seed.value()
        if seed == min(s.split_seed, self.seed.maximum()):
            seed = s.split_seed
        return {"validation": fraction, "split_seed": seed}


def ask_hold_out(parent: QWidget, model, rows: int) -> bool:
    """Ask, and apply the answer to the settings ``model``; False if cancelled."""
    dialog = HoldOutDialog(model.value, rows, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return False
    model.update(**dialog.changes())
    return True
