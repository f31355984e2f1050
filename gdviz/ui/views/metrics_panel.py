"""The Metrics tab: the numbers a classifier is judged by, for the model on view.

At a decision threshold t (a row is predicted 1 when its p ≥ t): accuracy, precision,
recall and the confusion matrix as counts, for the training rows and, when rows are held
out, the validation rows. A view: it shows what it is given, and says when the learner
set the threshold (``threshold_edited``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QBoxLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from gdviz.core.i18n import QT_TRANSLATE_NOOP, localise, translate
from gdviz.core.teach.words import integer
from gdviz.core.train.metrics import DEFAULT_THRESHOLD, Confusion
from gdviz.ui.blocking import signals_blocked
from gdviz.ui.views.threshold_line import HIGHEST, LOWEST
from gdviz.ui.views.widgets import FloatSpinBox

PARTS = ("train", "validation")
METRICS_TIP = QT_TRANSLATE_NOOP(
    "metrics_panel",
    "Accuracy, precision, recall and the confusion matrix of the model on view, at the "
    "decision threshold t (View ▸ Classifier metrics, Ctrl+M)",
)
RIGHT, WRONG = "#dcefd9", "#f8ddd0"  # the cells a prediction got right, and wrong
CELLS = {  # name: (row, column, colour, what it counts)
    "TP": (1, 1, RIGHT, QT_TRANSLATE_NOOP("metrics_panel",
                                          "True positives: labelled 1 and predicted 1 (p ≥ t)")),
    "FP": (1, 2, WRONG, QT_TRANSLATE_NOOP("metrics_panel",
                                          "False positives: labelled 0 but predicted 1 (p ≥ t)")),
    "FN": (2, 1, WRONG, QT_TRANSLATE_NOOP("metrics_panel",
                                          "False negatives: labelled 1 but predicted 0 (p < t)")),
    "TN": (2, 2, RIGHT, QT_TRANSLATE_NOOP("metrics_panel",
                                          "True negatives: labelled 0 and predicted 0 (p < t)")),
}  # fmt: skip
TIPS = {  # the keys are shown too (translated where shown)
    QT_TRANSLATE_NOOP("metrics_panel", "Accuracy"): QT_TRANSLATE_NOOP(
        "metrics_panel",
        "The fraction of rows whose prediction equals their label: (TP + TN) / rows",
    ),
    QT_TRANSLATE_NOOP("metrics_panel", "Precision"): QT_TRANSLATE_NOOP(
        "metrics_panel", "Of the rows predicted 1, the fraction labelled 1: TP / (TP + FP)"
    ),
    QT_TRANSLATE_NOOP("metrics_panel", "Recall"): QT_TRANSLATE_NOOP(
        "metrics_panel", "Of the rows labelled 1, the fraction predicted 1: TP / (TP + FN)"
    ),
}
LINE_HINT = QT_TRANSLATE_NOOP(
    "metrics_panel",
    "A row is predicted 1 when its p ≥ t. Drag the dashed line on the fit plot, or set t here.",
)
PLANE_HINT = QT_TRANSLATE_NOOP(
    "metrics_panel",
    "A row is predicted 1 when its p ≥ t. Two inputs: the fit plot shows the plane (its "
    "boundary is p = 0.5), so t is set here.",
)


@dataclass(frozen=True)
class Part:
    """One part's counts, as shown: ``key`` is ``train`` or ``validation``; ``name`` heads
    its column and its matrix; ``rows`` says which rows they are."""

    key: str
    name: str
    rows: str
    counts: Confusion


def share(done: int, out_of: int) -> str:
    """``91.3% (137 of 150)`` (a narrow column breaks it after the percentage only)."""
    text = translate("metrics_panel", "{share} ({done}\u00a0of\u00a0{total})")
    return localise(
        text.format(share=f"{done / out_of:.1%}", done=integer(done), total=integer(out_of))
    )


class MatrixBox(QGroupBox):
    """One part's confusion matrix: predicted 1/0 down, labelled 1/0 across, as counts."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.setObjectName(f"{key}Confusion")
        grid = QGridLayout(self)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(3)
        for text, row, column, tip in (
            (translate("metrics_panel", "labelled 1"), 0, 1,
             translate("metrics_panel", "Rows whose label is 1 (passed)")),
            (translate("metrics_panel", "labelled 0"), 0, 2,
             translate("metrics_panel", "Rows whose label is 0 (failed)")),
            (translate("metrics_panel", "predicted 1"), 1, 0,
             translate("metrics_panel", "Rows whose p ≥ t")),
            (translate("metrics_panel", "predicted 0"), 2, 0,
             translate("metrics_panel", "Rows whose p < t")),
        ):  # fmt: skip
            head = QLabel(text)
            head.setToolTip(tip)
            head.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(head, row, column)
        self.cells: dict[str, QLabel] = {}
        for name, (row, column, colour, tip) in CELLS.items():
            cell = QLabel()
            cell.setObjectName(f"{key}{name}")
            cell.setAlignment(Qt.AlignmentFlag.AlignCenter)
            cell.setStyleSheet(f"background: {colour}; border-radius: 3px; padding: 3px 6px;")
            cell.setToolTip(translate("metrics_panel", tip))
            grid.addWidget(cell, row, column)
            self.cells[name] = cell
        grid.setColumnStretch(3, 1)  # the cells keep their width; the room is left over

    def show_counts(self, part: Part) -> None:
        self.setTitle(f"{part.name}: {part.rows}")
        for name, n in zip(CELLS, part.counts.cells, strict=True):
            self.cells[name].setText(f"{name} <b>{localise(integer(n))}</b>")


class MetricsPanel(QScrollArea):
    """The Metrics tab: the threshold; accuracy, precision and recall of each part side by
    side (training, validation); each part's confusion matrix."""

    threshold_edited = Signal(float)  # the learner set t in the box
    became_visible = Signal()  # shown: counts are only made while the tab is on view

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("metricsPanel")
        self.setAccessibleName(
            translate("metrics_panel", "Metrics")
        )  # its description: the counts shown (plot_descriptions)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )  # sideways if too narrow
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        inner = QWidget()
        self.column = column = QVBoxLayout(inner)
        column.addLayout(self._threshold_row())
        self.hint = self._words(
            "thresholdHint", translate("metrics_panel", LINE_HINT), "color: #555;"
        )
        self.heading = self._words("metricsEpoch", "")
        self.heading.setStyleSheet("font-weight: bold;")
        self.table = QGridLayout()
        self.table.setHorizontalSpacing(14)
        self.titles: dict[str, QLabel] = {}
        self.values: dict[str, dict[str, QLabel]] = {key: {} for key in PARTS}
        for j, key in enumerate(PARTS, start=1):
            title = QLabel()
            title.setObjectName(f"{key}Title")
            title.setWordWrap(True)
            self.titles[key] = title
            self.table.addWidget(title, 0, j)
        for i, (name, tip) in enumerate(TIPS.items(), start=1):
            label = QLabel(translate("metrics_panel", name))
            label.setToolTip(translate("metrics_panel", tip))
            self.table.addWidget(label, i, 0)
            for j, key in enumerate(PARTS, start=1):
                value = QLabel()
                value.setObjectName(f"{key}{name}")
                value.setWordWrap(True)
                self.table.addWidget(value, i, j)
                self.values[key][name] = value
        self.table.setColumnStretch(1, 1)
        self.table.setColumnStretch(2, 1)
        column.addLayout(self.table)
        self.boxes = {key: MatrixBox(key) for key in PARTS}
        self.parts = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        for box in self.boxes.values():
            self.parts.addWidget(box)
        column.addLayout(self.parts)
        self.none_held = self._words(
            "metricsNoValidation",
            translate(
                "metrics_panel",
                "No rows are held out: every row is trained on. Hold some out for validation "
                "to see how the model does on rows it never saw.",
            ),
            "color: #555;",
        )
        self.note = self._words("metricsNote", "", "color: #7a5200;")
        self.note.hide()
        column.addStretch(1)
        self.setWidget(inner)
        self.shown: dict[str, Confusion | None] = dict.fromkeys(PARTS)  # as on screen

    def _threshold_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        label = QLabel(translate("metrics_panel", "Decision threshold t:"))
        # (typed as the other boxes take numbers: "0,25" in German, "−" as a minus)
        spin = self.threshold_spin = FloatSpinBox(LOWEST, HIGHEST, DEFAULT_THRESHOLD, decimals=2)
        spin.shown = ".2f"
        spin.setObjectName("thresholdSpin")
        spin.setStepType(QAbstractSpinBox.StepType.DefaultStepType)
        spin.setSingleStep(0.01)
        spin.setValue(DEFAULT_THRESHOLD)  # written with the format above
        spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
        spin.setToolTip(
            translate(
                "metrics_panel",
                "A row is predicted 1 (pass) when the model's p for it is at least t",
            )
        )
        label.setBuddy(spin)
        spin.valueChanged.connect(self.threshold_edited)
        spin.editingFinished.connect(self._hand_back_keys)
        row.addWidget(label)
        row.addWidget(spin)
        row.addStretch(1)
        return row

    def _words(self, name: str, text: str, style: str = "") -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setWordWrap(True)
        label.setStyleSheet(style)
        self.column.addWidget(label)
        return label

    # -- what it is given ------------------------------------------------------------------
    def show_threshold(self, t: float) -> None:
        with signals_blocked(self.threshold_spin):
            self.threshold_spin.setValue(t)

    def set_two_inputs(self, two: bool) -> None:
        """Whether the fit plot shows the plane (no line to drag there)."""
        self.hint.setText(translate("metrics_panel", PLANE_HINT if two else LINE_HINT))

    def show_parts(
        self, heading: str, parts: Sequence[Part], threshold: float, note: str = ""
    ) -> None:
        """Each part's counts (a part not given is hidden), under ``heading``; ``note``
        says what is in no cell (empty: nothing)."""
        self.heading.setText(heading)
        given = {p.key: p for p in parts}
        for key in PARTS:
            part = given.get(key)
            self.shown[key] = part.counts if part is not None else None
            for widget in (self.titles[key], self.boxes[key], *self.values[key].values()):
                widget.setVisible(part is not None)
            if part is not None:
                self.titles[key].setText(f"<b>{part.name}</b><br>{part.rows}")
                self.boxes[key].show_counts(part)
                self._show_values(key, part.counts, threshold)
        self.none_held.setVisible("validation" not in given and bool(given))
        self.note.setText(note)
        self.note.setToolTip(
            translate(
                "metrics_panel",
                "A row counts in the confusion matrix only if its label is exactly 0 or 1; "
                "accuracy divides by every row, so such a row is never counted right.",
            )
            if note
            else ""
        )
        self.note.setVisible(bool(note))
        self._arrange()  # longer numbers may need more room

    def _show_values(self, key: str, c: Confusion, threshold: float) -> None:
        none_predicted = translate(
            "metrics_panel",
            "No row is predicted 1 at t = {t}: precision, TP / (TP + FP), would divide by zero",
        ).format(t=localise(f"{threshold:g}"))
        none_labelled = translate(
            "metrics_panel", "No row is labelled 1: recall, TP / (TP + FN), would divide by zero"
        )
        for name, text, tip in (
            (
                "Accuracy",
                share(c.correct, c.rows) if c.rows else "–",
                translate("metrics_panel", TIPS["Accuracy"]),
            ),
            (
                "Precision",
                share(c.tp, c.tp + c.fp) if c.precision is not None else "–",
                translate("metrics_panel", TIPS["Precision"])
                if c.precision is not None
                else none_predicted,
            ),
            (
                "Recall",
                share(c.tp, c.tp + c.fn) if c.recall is not None else "–",
                translate("metrics_panel", TIPS["Recall"])
                if c.recall is not None
                else none_labelled,
            ),
        ):  # fmt: skip (none_predicted and none_labelled are translated already)
            self.values[key][name].setText(text)
            self.values[key][name].setToolTip(tip)

    def show_unavailable(self, heading: str, why: str) -> None:
        """No counts: say why."""
        self.show_parts(heading, [], DEFAULT_THRESHOLD, why)
        self.note.setToolTip("")

    # -- Qt --------------------------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self.became_visible.emit()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().resizeEvent(event)
        self._arrange()

    def _arrange(self) -> None:
        """The matrices side by side if they fit, else one under the other."""
        margins = self.column.contentsMargins()
        room = self.viewport().width() - margins.left() - margins.right()
        boxes = [box for box in self.boxes.values() if not box.isHidden()]
        need = sum(box.sizeHint().width() for box in boxes) + self.parts.spacing()
        wide = room >= need
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.parts.direction() != direction:
            self.parts.setDirection(direction)

    def _hand_back_keys(self) -> None:
        """Typed: Space and the other keys go back to the window (Train, Step …)."""
        window = self.window()
        if window is not self and self.threshold_spin.hasFocus():
            window.setFocus()
