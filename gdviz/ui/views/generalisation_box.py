"""The Train tab's Generalisation box: rows held out for validation (fraction and seed),
early stopping's patience, and a penalty on the weights (off, L2 or L1, with λ on a log
slider). Each change goes to the settings model as the next run's settings."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QWidget,
)

from gdviz.core.i18n import QT_TRANSLATE_NOOP, number, translate
from gdviz.core.run.settings import SETTINGS, RunSettings
from gdviz.core.train.penalty import Penalty, PenaltyKind
from gdviz.core.train.split import split_problem
from gdviz.ui.blocking import signals_blocked
from gdviz.ui.views.widgets import FloatSpinBox, LogSlider

LAMBDA_SPAN = (1e-4, 10.0)  # the slider's λ, on a log scale
DEFAULT_FRACTION = 0.25
DEFAULT_LAMBDA = 0.01
PENALTIES = (
    (
        QT_TRANSLATE_NOOP("generalisation_box", "off"),
        QT_TRANSLATE_NOOP("generalisation_box", "No penalty: the rows' loss alone"),
    ),
    ("L2: λ·Σw²", SETTINGS["l2"].tip),
    ("L1: λ·Σ|w|", SETTINGS["l1"].tip),
)


class GeneralisationBox(QGroupBox):
    """Hold-out, patience and penalty; ``write(**changes)`` takes each change to the
    settings model; ``said`` shows why a change was not made."""

    def __init__(
        self,
        write: Callable[..., None],
        said: Callable[[str], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(translate("generalisation_box", "Generalisation"), parent)
        self.setObjectName("generalisationBox")
        self._write, self._said = write, said
        self._rows = 4
        self._settings = RunSettings()
        form = QFormLayout(self)
        self.hold_check = QCheckBox(translate("generalisation_box", "Hold out"))
        self.hold_check.setObjectName("holdOutCheck")
        self.hold_check.setToolTip(translate("settings", SETTINGS["validation"].tip))
        self.fraction_spin = FloatSpinBox(0.001, 0.999, DEFAULT_FRACTION, decimals=3)
        self.fraction_spin.setObjectName("validationSpin")
        self.fraction_spin.setSingleStep(0.05)
        self.fraction_spin.setToolTip(
            translate("generalisation_box", "The fraction of the rows held out (above 0, below 1)")
        )
        self.seed_spin = QSpinBox()
        self.seed_spin.setObjectName("splitSeedSpin")
        self.seed_spin.setRange(0, 2**31 - 1)
        self.seed_spin.setKeyboardTracking(False)
        self.seed_spin.setToolTip(translate("settings", SETTINGS["split_seed"].tip))
        row = QHBoxLayout()
        row.addWidget(self.hold_check)
        row.addWidget(self.fraction_spin, 1)
        form.addRow(translate("generalisation_box", "Validation"), row)
        form.addRow(translate("settings", SETTINGS["split_seed"].label), self.seed_spin)
        self.patience_spin = QSpinBox()
        self.patience_spin.setObjectName("patienceSpin")
        self.patience_spin.setRange(0, 2_000_000_000)
        self.patience_spin.setSpecialValueText(translate("generalisation_box", "off"))
        self.patience_spin.setKeyboardTracking(False)
        self.patience_spin.setSuffix(translate("generalisation_box", " epochs"))
        self.patience_spin.setToolTip(
            translate("settings", SETTINGS["patience"].tip)
            + translate("generalisation_box", " Needs rows held out.")
        )
        form.addRow(translate("generalisation_box", "Early stopping"), self.patience_spin)
        self.penalty_combo = QComboBox()
        self.penalty_combo.setObjectName("penaltyCombo")
        for text, tip in PENALTIES:
            shown = translate("generalisation_box", text) if text == "off" else text
            self.penalty_combo.addItem(shown)
            words = translate("generalisation_box" if text == "off" else "settings", tip)
            self.penalty_combo.setItemData(self.penalty_combo.count() - 1, words, 3)  # tooltip
        self.lambda_spin = FloatSpinBox(1e-12, 1e6, DEFAULT_LAMBDA, decimals=12)
        self.lambda_spin.setObjectName("lambdaSpin")
        self.lambda_spin.setToolTip(
            translate("generalisation_box", "λ: how much the penalty weighs against the rows' loss")
        )
        self.lambda_slider = LogSlider(*LAMBDA_SPAN)
        self.lambda_slider.setObjectName("lambdaSlider")
        self.lambda_slider.setToolTip(
            translate(
                "generalisation_box",
                "Drag λ on a log scale (0.0001 … 10); the landscape reshapes when you let go",
            )
        )
        form.addRow(translate("generalisation_box", "Penalty"), self.penalty_combo)
        form.addRow("λ", self.lambda_spin)
        form.addRow("", self.lambda_slider)
        self.penalty_label = QLabel("")
        self.penalty_label.setObjectName("penaltyLabel")
        self.penalty_label.setWordWrap(True)
        form.addRow(self.penalty_label)
        self.hold_check.toggled.connect(lambda _on: self._write_split())
        self.fraction_spin.valueChanged.connect(lambda _v: self._write_split())
        self.seed_spin.valueChanged.connect(lambda v: self._write(split_seed=int(v)))
        self.patience_spin.valueChanged.connect(lambda v: self._write(patience=int(v) or None))
        self.penalty_combo.currentIndexChanged.connect(lambda _i: self._write_penalty())
        self.lambda_spin.valueChanged.connect(self._on_lambda_typed)
        self.lambda_slider.sliderReleased.connect(self._on_lambda_dragged)
        self.lambda_slider.actionTriggered.connect(self._on_lambda_keyed)
        self.show_settings(self._settings)

    def boxes(self) -> list:
        """The number boxes (the Train tab filters their keys)."""
        return [self.fraction_spin, self.seed_spin, self.patience_spin, self.lambda_spin]

    # -- edits ---------------------------------------------------------------------------
    def _write_split(self) -> None:
        if not self.hold_check.isChecked():
            self._write(validation=None, patience=None)
            return
        fraction = round(self.fraction_spin.value(), 6)
        problem = split_problem(self._rows, fraction)
        if problem:
            self._said(
                translate("generalisation_box", "Rows not held out: {problem}.").format(
                    problem=problem
                )
            )
            self.show_settings(self._settings)
            return
        self._write(validation=fraction)

    def _write_penalty(self, lam: float | None = None) -> None:
        index = self.penalty_combo.currentIndex()
        lam = self.lambda_spin.value() if lam is None else lam
        self._write(l2=lam if index == 1 else 0.0, l1=lam if index == 2 else 0.0)

    def _on_lambda_typed(self, value: float) -> None:
        with signals_blocked(self.lambda_slider):
            self.lambda_slider.set_float_value(value)
        if self.penalty_combo.currentIndex() == 0:
            self.penalty_combo.setCurrentIndex(1)  # typing a λ turns L2 on
        else:
            self._write_penalty(value)

    def _on_lambda_dragged(self) -> None:
        value = float(f"{self.lambda_slider.to_float(self.lambda_slider.value()):.3g}")
        with signals_blocked(self.lambda_spin):
            self.lambda_spin.setValue(value)
        if self.penalty_combo.currentIndex() == 0:
            self.penalty_combo.setCurrentIndex(1)
        else:
            self._write_penalty(value)

    def _on_lambda_keyed(self, _action: int) -> None:
        if not self.lambda_slider.isSliderDown():  # keys and page clicks: at once
            self._on_lambda_dragged()

    # -- showing -------------------------------------------------------------------------
    def show_rows(self, rows: int) -> None:
        """How many rows the data has (a hold-out must leave both parts a row)."""
        self._rows = rows

    def show_settings(self, settings: RunSettings) -> None:
        self._settings = settings
        boxes = (self.hold_check, self.fraction_spin, self.seed_spin, self.patience_spin,
                 self.penalty_combo, self.lambda_spin, self.lambda_slider)  # fmt: skip
        held = settings.validation is not None
        penalty = settings.penalty
        with signals_blocked(*boxes):
            self.hold_check.setChecked(held)
            if held:
                self.fraction_spin.setValue(settings.validation or DEFAULT_FRACTION)
            self.seed_spin.setValue(min(settings.split_seed, self.seed_spin.maximum()))
            self.patience_spin.setValue(settings.patience or 0)
            index = {PenaltyKind.L2: 1, PenaltyKind.L1: 2}.get(penalty.kind, 0)
            self.penalty_combo.setCurrentIndex(index if penalty.on else 0)
            if penalty.on:
                self.lambda_spin.setValue(penalty.lam)
                self.lambda_slider.set_float_value(penalty.lam)
        self.seed_spin.setEnabled(held)
        self.patience_spin.setEnabled(held)
        self.show_penalty(penalty, None)

    def show_penalty(self, penalty: Penalty, value: float | None, rows: int | None = None) -> None:
        """The penalty's formula and, for the parameters shown, its value (with ``rows``,
        the training rows when losses are drawn as means: its share per row too)."""
        if not penalty.on:
            self.penalty_label.setText("")
            self.penalty_label.setVisible(False)
            return
        followed = translate("generalisation_box", "Loss followed: the rows' loss + {formula}")
        text = followed.format(formula=penalty.formula)
        if value is not None and rows:
            text += translate(
                "generalisation_box", " (now {value}; per training row {per_row})"
            ).format(value=number(value, ".4g"), per_row=number(value / rows, ".4g"))
        elif value is not None:
            text += translate("generalisation_box", " (now {value})").format(
                value=number(value, ".4g")
            )
        self.penalty_label.setText(text)
        self.penalty_label.setVisible(True)

    def show_locks(self, locked: frozenset[str]) -> None:
        self.setEnabled("validation" not in locked)
