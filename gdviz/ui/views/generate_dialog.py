"""Data ▸ Generate…: how many students to draw from a known true curve, how noisy their
labels are, the seed, and the curve's w and b (:mod:`gdviz.core.train.generate`)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gdviz.core.i18n import QT_TRANSLATE_NOOP, localise, translate
from gdviz.core.teach.words import MINUS
from gdviz.core.train.generate import KINDS, ROWS_MAX, Recipe
from gdviz.ui.views.plots import NOTE
from gdviz.ui.views.truth_curve import truth_equation
from gdviz.ui.views.widgets import FloatSpinBox

SEED_MAX = (1 << 31) - 1  # a spin box's own limit (a recipe takes seeds up to 2⁶³ − 1)
EXPLANATION = QT_TRANSLATE_NOOP(
    "generate_dialog",
    "Students whose chance of passing after x hours follows a true curve, p = σ(w·x + b); "
    "each label is then flipped with the chance noise. The same seed draws the same rows "
    "on every machine.",
)


class GenerateDialog(QDialog):
    """Asks for a :class:`Recipe`; :meth:`recipe` is what was chosen."""

    def __init__(self, parent: QWidget | None, recipe: Recipe | None = None) -> None:
        super().__init__(parent)
        recipe = recipe or Recipe()
        self.setObjectName("generateDialog")
        self.setWindowTitle(translate("generate_dialog", "Generate data"))
        column = QVBoxLayout(self)
        explanation = QLabel(translate("generate_dialog", EXPLANATION))
        explanation.setObjectName("generateExplanation")
        explanation.setWordWrap(True)
        column.addWidget(explanation)
        self.rows = QSpinBox()
        self.rows.setRange(2, ROWS_MAX)
        self.rows.setGroupSeparatorShown(True)
        self.rows.setValue(recipe.rows)
        self.noise = FloatSpinBox(*_limits("noise"), recipe.noise, decimals=4)
        self.noise.setSingleStep(0.05)
        self.noise.setStepType(FloatSpinBox.StepType.DefaultStepType)
        self.seed = QSpinBox()
        self.seed.setRange(0, SEED_MAX)
        self.seed.setValue(min(recipe.seed, SEED_MAX))
        self.w = FloatSpinBox(*_limits("w"), recipe.w, decimals=6)
        self.b = FloatSpinBox(*_limits("b"), recipe.b, decimals=6)
        form = QFormLayout()
        for box, name, label, tip in (
            (self.rows, "generateRows", translate("generate_dialog", "Rows"),
             translate("generate_dialog", "How many students (2 to 1,000,000)")),
            (self.noise, "generateNoise", translate("generate_dialog", "Noise"),
             translate("generate_dialog",
                       "The chance each label is flipped (0: none, 0.5: labels are coin tosses)")),
            (self.seed, "generateSeed", translate("generate_dialog", "Seed"),
             translate("generate_dialog", "The same seed, the same rows")),
            (self.w, "generateWeight", translate("generate_dialog", "True w"),
             translate("generate_dialog", "The true curve's steepness")),
            (self.b, "generateBias", translate("generate_dialog", "True b"),
             translate("generate_dialog", "The true curve's shift: p = 0.5 at x = −b/w")),
        ):  # fmt: skip
            box.setObjectName(name)
            box.setToolTip(tip)
            box.setAccessibleName(label)
            form.addRow(label, box)
        column.addLayout(form)
        self.truth = QLabel()
        self.truth.setObjectName("generateTruth")
        self.truth.setStyleSheet(f"color: {NOTE}")
        column.addWidget(self.truth)
        self.problem = QLabel()
        self.problem.setObjectName("generateProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b00020")
        self.problem.hide()
        column.addWidget(self.problem)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        column.addWidget(buttons)
        for box in (self.w, self.b):
            box.valueChanged.connect(self._show_truth)
        self._show_truth()

    def recipe(self) -> Recipe:
        """The recipe the boxes hold (raises ValueError saying what is wrong)."""
        for box in (self.rows, self.noise, self.seed, self.w, self.b):
            box.interpretText()  # a number typed and not yet confirmed counts
        return Recipe(
            self.rows.value(), self.noise.value(), self.seed.value(), self.w.value(),
            self.b.value(),
        )  # fmt: skip

    def accept(self) -> None:
        try:
            self.recipe()
        except ValueError as exc:
            self.problem.setText(
                translate("generate_dialog", "Not generated: {problem}.").format(problem=exc)
            )
            self.problem.show()
            return
        super().accept()

    def _show_truth(self) -> None:
        w, b = self.w.value(), self.b.value()
        if w:
            where = translate("generate_dialog", "p = 0.5 at x = {x}").format(
                x=localise(f"{-b / w:g}").replace("-", MINUS)
            )
        else:
            where = translate("generate_dialog", "the same p at every x")
        truth = translate("generate_dialog", "The true curve: {equation}, {where}.")
        self.truth.setText(truth.format(equation=localise(truth_equation(w, b)), where=where))

    @staticmethod
    def ask(parent: QWidget | None, recipe: Recipe | None = None) -> Recipe | None:
        """The recipe chosen (None: cancelled)."""
        dialog = GenerateDialog(parent, recipe)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.recipe()


def _limits(name: str) -> tuple[float, float]:
    kind = KINDS[name]
    return float(kind.low), float(kind.high)
