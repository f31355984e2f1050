"""The side panel: hyperparameters, transport, speed, read-outs and predict."""

from __future__ import annotations

import math

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDoubleValidator
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSlider,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gdviz.core.trainer import Hyperparameters
from gdviz.ui.widgets import FloatSpinBox, LogSlider

LR_MIN, LR_MAX = 1e-4, 100.0
EPOCHS_MAX = 10_000_000
SPEED_STEPS = 24  # the slider's maximum means "max"
DEFAULT_SPEED = 13  # ~290 epochs/s: the lesson's 1000 epochs in about 3.4 s


def speed_from_position(position: int) -> float:
    """Epochs per second for a speed-slider position (``inf`` at the maximum)."""
    if position >= SPEED_STEPS:
        return math.inf
    return 2.0 * 10 ** (position / 6)


def speed_text(position: int) -> str:
    eps = speed_from_position(position)
    return "max" if math.isinf(eps) else f"{eps:,.0f}/s" if eps >= 10 else f"{eps:.1f}/s"


class ControlPanel(QWidget):
    """Every control of a run. Emits what the user asked for; holds no run state."""

    learning_rate_changed = Signal(float)
    speed_changed = Signal(float)
    predict_changed = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        d = Hyperparameters()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)

        # A note from the Lesson menu (hidden until an exercise starts)
        self.note_box = QGroupBox("Lesson")
        note_layout = QVBoxLayout(self.note_box)
        self.lesson_note = QLabel()
        self.lesson_note.setObjectName("lessonNote")
        self.lesson_note.setWordWrap(True)
        hide = QPushButton("Hide")
        hide.clicked.connect(self.note_box.hide)
        note_layout.addWidget(self.lesson_note)
        note_layout.addWidget(hide, 0, Qt.AlignmentFlag.AlignRight)
        self.note_box.hide()
        layout.addWidget(self.note_box)

        # Hyperparameters
        box = QGroupBox("Hyperparameters")
        form = QFormLayout(box)
        self.lr_spin = FloatSpinBox(LR_MIN, LR_MAX, d.learning_rate)
        self.lr_spin.setObjectName("learningRateSpin")
        self.lr_spin.setToolTip(
            "Learning rate: how big each nudge of w and b is. Too small "
            "is slow; too big overshoots or blows up. Takes effect at once, "
            "even while training."
        )
        self.lr_slider = LogSlider(LR_MIN, LR_MAX)
        self.lr_slider.setObjectName("learningRateSlider")
        self.lr_slider.setToolTip(
            "Drag to change the learning rate on a log scale (0.0001 … 100), live while training."
        )
        self.lr_slider.set_float_value(d.learning_rate)
        self.epochs_spin = QSpinBox()
        self.epochs_spin.setObjectName("epochsSpin")
        self.epochs_spin.setRange(1, EPOCHS_MAX)
        self.epochs_spin.setGroupSeparatorShown(True)
        self.epochs_spin.setValue(d.epochs)
        self.epochs_spin.setKeyboardTracking(False)
        self.epochs_spin.setToolTip(
            "Epochs: how many passes over all the data the run makes. "
            "Applies on the next Train after Reset."
        )
        self.weight_spin = FloatSpinBox(-100.0, 100.0, d.weight)
        self.weight_spin.setObjectName("weightSpin")
        self.weight_spin.setToolTip(
            "Starting weight w (the curve's steepness) before training. Applies on Reset."
        )
        self.bias_spin = FloatSpinBox(-100.0, 100.0, d.bias)
        self.bias_spin.setObjectName("biasSpin")
        self.bias_spin.setToolTip(
            "Starting bias b (shifts the curve left or right) before training. Applies on Reset."
        )
        form.addRow("Learning rate", self.lr_spin)
        form.addRow("", self.lr_slider)
        form.addRow("Epochs", self.epochs_spin)
        form.addRow("Start weight", self.weight_spin)
        form.addRow("Start bias", self.bias_spin)
        layout.addWidget(box)

        # Transport
        box = QGroupBox("Training")
        grid = QGridLayout(box)
        self.train_button = QPushButton("Train")
        self.train_button.setObjectName("trainButton")
        self.train_button.setToolTip("Start training, or resume after a pause (Space)")
        self.pause_button = QPushButton("Pause")
        self.pause_button.setObjectName("pauseButton")
        self.pause_button.setToolTip("Pause training (Space)")
        self.step_button = QPushButton("Step")
        self.step_button.setObjectName("stepButton")
        self.step_button.setToolTip("Train exactly one epoch (S)")
        self.reset_button = QPushButton("Reset")
        self.reset_button.setObjectName("resetButton")
        self.reset_button.setToolTip("Back to the starting weight and bias; clears the run (R)")
        self.step_row_button = QPushButton("Step row")
        self.step_row_button.setObjectName("stepRowButton")
        self.step_row_button.setToolTip(
            "Update w and b on the next single row, and show the arithmetic (Shift+S)"
        )
        buttons = (self.train_button, self.pause_button, self.step_button, self.reset_button)
        for i, button in enumerate(buttons):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
            grid.addWidget(button, i // 2, i % 2)
        self.step_row_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.speed_slider = QSlider(Qt.Orientation.Horizontal)
        self.speed_slider.setObjectName("speedSlider")
        self.speed_slider.setRange(0, SPEED_STEPS)
        self.speed_slider.setValue(DEFAULT_SPEED)
        self.speed_slider.setToolTip(
            "How fast epochs are shown: from 2 a second (watch each "
            "step) to max (as fast as the computer can train)."
        )
        self.speed_label = QLabel()
        self.speed_label.setMinimumWidth(64)
        self.speed_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row = QHBoxLayout()
        row.addWidget(QLabel("Speed"))
        row.addWidget(self.speed_slider, 1)
        row.addWidget(self.speed_label)
        grid.addWidget(self.step_row_button, 2, 0, 1, 2)
        grid.addLayout(row, 3, 0, 1, 2)
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("progressBar")
        self.progress_bar.setRange(0, d.epochs)
        self.progress_bar.setValue(0)
        self.progress_bar.setFormat("%v / %m epochs")
        grid.addWidget(self.progress_bar, 4, 0, 1, 2)
        layout.addWidget(box)

        # Read-outs
        box = QGroupBox("Now")
        form = QFormLayout(box)
        self.epoch_label = self._readout("epochLabel", "Epochs finished in this run")
        self.loss_label = self._readout(
            "lossLabel", "Loss of the last finished epoch (sum over all rows)"
        )
        self.weight_label = self._readout("weightLabel", "Current weight w")
        self.bias_label = self._readout("biasLabel", "Current bias b")
        form.addRow("Epoch", self.epoch_label)
        form.addRow("Loss", self.loss_label)
        form.addRow("Weight w", self.weight_label)
        form.addRow("Bias b", self.bias_label)
        self.viewing_label = QLabel()
        self.viewing_label.setObjectName("viewingLabel")
        self.viewing_label.setStyleSheet("color: #6a3d9a; font-weight: bold;")
        self.live_button = QPushButton("Live")
        self.live_button.setObjectName("liveButton")
        self.live_button.setToolTip("Stop looking at a past epoch; follow training again (Esc)")
        row = QHBoxLayout()
        row.addWidget(self.viewing_label, 1)
        row.addWidget(self.live_button)
        form.addRow(row)
        self.show_viewing(None, 0)
        layout.addWidget(box)

        box = QGroupBox("One row, by hand")
        box_layout = QVBoxLayout(box)
        self.row_explanation = QLabel("Press Step row to see one update worked out.")
        self.row_explanation.setObjectName("rowExplanation")
        self.row_explanation.setWordWrap(True)
        self.row_explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box_layout.addWidget(self.row_explanation)
        layout.addWidget(box)

        # Predict
        box = QGroupBox("Predict")
        form = QFormLayout(box)
        self.predict_input = QLineEdit()
        self.predict_input.setObjectName("predictInput")
        self.predict_input.setPlaceholderText("e.g. 3.5")
        self.predict_input.setValidator(QDoubleValidator(-1e6, 1e6, 6))
        self.predict_input.setToolTip(
            "Type hours studied to see the model's pass probability with the current w and b."
        )
        self.predict_output = QLabel("type hours studied")
        self.predict_output.setObjectName("predictOutput")
        self.predict_output.setWordWrap(True)
        self.predict_output.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow("Hours", self.predict_input)
        form.addRow("Pass", self.predict_output)
        layout.addWidget(box)
        layout.addStretch(1)

        self.lr_spin.valueChanged.connect(self._on_lr_spin_changed)
        self.lr_slider.float_value_changed.connect(self._on_lr_slider_moved)
        self.speed_slider.valueChanged.connect(self._on_speed_moved)
        self.predict_input.textChanged.connect(self.predict_changed)
        self._on_speed_moved(self.speed_slider.value())

    @staticmethod
    def _readout(name: str, tip: str) -> QLabel:
        label = QLabel("–")
        label.setObjectName(name)
        label.setToolTip(tip)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        label.setStyleSheet("font-family: monospace;")
        return label

    def show_viewing(self, epoch: int | None, total: int) -> None:
        """Say which past epoch is shown (None: live)."""
        live = epoch is None
        self.viewing_label.setText("" if live else f"viewing epoch {epoch:,} of {total:,}")
        self.viewing_label.setVisible(not live)
        self.live_button.setVisible(not live)

    def show_note(self, title: str, text: str) -> None:
        self.note_box.setTitle(title)
        self.lesson_note.setText(text)
        self.note_box.show()

    def show_row(self, title: str, lines: list[str]) -> None:
        body = "<br>".join(lines)
        self.row_explanation.setText(
            f"<b>{title}</b><br><span style='font-family: monospace'>{body}</span>"
        )

    def hyperparameters(self, base: Hyperparameters) -> Hyperparameters:
        """The settings shown, on top of ``base`` (for options not on this panel)."""
        return base.with_(
            learning_rate=self.lr_spin.value(),
            epochs=self.epochs_spin.value(),
            weight=self.weight_spin.value(),
            bias=self.bias_spin.value(),
        )

    def show_hyperparameters(self, hp: Hyperparameters) -> None:
        self.lr_spin.setValue(hp.learning_rate)
        self.epochs_spin.setValue(hp.epochs)
        self.weight_spin.setValue(hp.weight)
        self.bias_spin.setValue(hp.bias)

    def predict_hours(self) -> float | None:
        try:
            value = float(self.predict_input.text().strip())
        except ValueError:
            return None
        return value if math.isfinite(value) else None

    def _on_lr_spin_changed(self, value: float) -> None:
        self.lr_slider.set_float_value(value)
        self.learning_rate_changed.emit(value)

    def _on_lr_slider_moved(self, value: float) -> None:
        # Round to 3 significant digits so dragging gives readable rates.
        self.lr_spin.setValue(float(f"{value:.3g}"))

    def _on_speed_moved(self, position: int) -> None:
        self.speed_label.setText(speed_text(position))
        self.speed_changed.emit(speed_from_position(position))
