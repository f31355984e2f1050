"""The Train tab: the next run's settings, transport, speed, read-outs and predict.

Its boxes are made from the settings' declarations and write what the user types into
the :class:`~gdviz.ui.models.SettingsModel`; it shows the model's value whenever that
changes (from here, a menu, a preset or a session). What a change does to the run is
the run controller's to decide.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
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

from gdviz.core.i18n import decimal_comma, localise, translate, typed_number
from gdviz.core.run.settings import EPOCHS_MAX, HYPER_FIELDS, SETTINGS, RunSettings, uses
from gdviz.core.teach.words import number
from gdviz.core.train.network import Network
from gdviz.core.train.optimizers import TITLES, Optimizer
from gdviz.ui.blocking import signals_blocked
from gdviz.ui.models import DEFAULT_SPEED, SPEED_STEPS, SettingsModel, speed_text
from gdviz.ui.views.generalisation_box import GeneralisationBox
from gdviz.ui.views.key_filters import SpaceFilter, WheelScrolls
from gdviz.ui.views.model_box import ModelBox
from gdviz.ui.views.train_texts import (  # OPTIMIZER_TIPS: also imported from here
    BUTTONS,
    OPTIMIZER_TIPS,
    ROW_HINT,
    epochs_done,
    shown_integer,
)
from gdviz.ui.views.widgets import FloatSpinBox, LogSlider, readout_label, setting_box

SLIDER_SPAN = (1e-4, 100.0)  # the learning-rate slider's span (the box takes any valid rate)
__all__ = ["OPTIMIZER_TIPS", "ControlPanel"]


class ControlPanel(QWidget):
    """Every control of a run; holds no state of its own (the next run's settings are
    ``settings``'s)."""

    speed_moved = Signal(int)  # speed position
    predict_changed = Signal()
    editing_finished = Signal()  # Enter in a number field: give the keys back to the window

    def __init__(self, settings: SettingsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = settings
        self._boxes: dict[str, FloatSpinBox | QSpinBox] = {}
        d = RunSettings()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        self._space_filter = SpaceFilter(self)

        # A note from the Lesson menu (hidden until an exercise starts)
        self.note_box = QGroupBox(translate("train_tab", "Lesson"))
        note_layout = QVBoxLayout(self.note_box)
        self.lesson_note = QLabel()
        self.lesson_note.setObjectName("lessonNote")
        self.lesson_note.setWordWrap(True)
        hide = QPushButton(translate("train_tab", "Hide"))
        hide.clicked.connect(self.clear_note)
        self.leave_button = QPushButton(translate("train_tab", "Back to my run"))
        self.leave_button.setObjectName("leaveLessonButton")
        self.leave_button.setToolTip(
            translate(
                "train_tab",
                "Leave the exercise: your own data and settings come back (its runs stay in Runs)",
            )
        )
        note_layout.addWidget(self.lesson_note)
        note_buttons = QHBoxLayout()
        note_buttons.addStretch(1)
        note_buttons.addWidget(self.leave_button)
        note_buttons.addWidget(hide)
        note_layout.addLayout(note_buttons)
        self.note_box.hide()
        layout.addWidget(self.note_box)

        # The next run's settings: each box made from the setting's declaration.
        box = QGroupBox(translate("train_tab", "Hyperparameters"))
        form = QFormLayout(box)
        self.lr_spin = self._float_box("learning_rate")
        self.lr_slider = LogSlider(*SLIDER_SPAN)
        self.lr_slider.setObjectName("learningRateSlider")
        self.lr_slider.setToolTip(
            translate(
                "train_tab",
                "Drag to change the learning rate on a log scale (0.0001 … 100), live while "
                "training. Shift while dragging, or the arrow keys, move it in fine steps.",
            )
        )
        self.lr_slider.set_float_value(d.learning_rate)
        self.epochs_spin = self._box("epochs")
        self.weight_spin = self._float_box("weight")
        self.bias_spin = self._float_box("bias")
        form.addRow(translate("settings", SETTINGS["learning_rate"].label), self.lr_spin)
        form.addRow("", self.lr_slider)
        for name in ("epochs", "weight", "bias"):
            form.addRow(translate("settings", SETTINGS[name].label), self._boxes[name])
        layout.addWidget(box)

        # The model: the lesson's neuron, or a hidden layer
        self.model_box = ModelBox(self._write)
        for number_box in self.model_box.boxes():
            number_box.installEventFilter(self._space_filter)
            number_box.lineEdit().returnPressed.connect(self.editing_finished)
        layout.addWidget(self.model_box)
        self.generalisation_box = GeneralisationBox(
            self._settings.update, self._settings.refused.emit
        )
        for number_box in self.generalisation_box.boxes():
            number_box.installEventFilter(self._space_filter)
        layout.addWidget(self.generalisation_box)

        # The optimiser and its own settings (only the chosen one's are shown)
        box = self._optimizer_box = QGroupBox(translate("train_tab", "Optimiser"))
        self._optimizer_form = QFormLayout(box)
        self.optimizer_combo = QComboBox()
        self.optimizer_combo.setObjectName("optimizerCombo")
        for kind in Optimizer:
            self.optimizer_combo.addItem(translate("optimizers", TITLES[kind]), kind.value)
            tip = translate("train_texts", OPTIMIZER_TIPS[kind])
            self.optimizer_combo.setItemData(
                self.optimizer_combo.count() - 1, tip, Qt.ItemDataRole.ToolTipRole
            )
        self.optimizer_combo.setToolTip(translate("settings", SETTINGS["optimizer"].tip))
        self._optimizer_form.addRow(self.optimizer_combo)
        self.optimizer_spins: dict[str, FloatSpinBox] = {}
        for name in HYPER_FIELDS:
            spin = self._float_box(name, getattr(d.hyper, name))
            self._optimizer_form.addRow(translate("settings", SETTINGS[name].label), spin)
            self.optimizer_spins[name] = spin
        self.optimizer_combo.currentIndexChanged.connect(
            lambda i: self._write("optimizer", Optimizer(self.optimizer_combo.itemData(i)))
        )
        layout.addWidget(box)

        # Transport
        box = QGroupBox(translate("train_tab", "Training"))
        grid = QGridLayout(box)
        self.train_button = self._button(*BUTTONS["train"])
        self.pause_button = self._button(*BUTTONS["pause"])
        self.step_button = self._button(*BUTTONS["step"])
        self.reset_button = self._button(*BUTTONS["reset"])
        self.step_row_button = self._button(*BUTTONS["step_row"])
        buttons = (self.train_button, self.pause_button, self.step_button, self.reset_button)
        for i, button in enumerate(buttons):
            grid.addWidget(button, i // 2, i % 2)
        self.speed_slider = QSlider(Qt.Orientation.Horizontal)
        self.speed_slider.setObjectName("speedSlider")
        self.speed_slider.setRange(0, SPEED_STEPS)
        self.speed_slider.setValue(DEFAULT_SPEED)
        self.speed_slider.setToolTip(
            translate(
                "train_tab",
                "How fast epochs are shown: from 2 a second (watch each step) to max (as fast "
                "as the computer can train).",
            )
        )
        self.speed_label = QLabel(speed_text(DEFAULT_SPEED))
        self.speed_label.setMinimumWidth(64)
        self.speed_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("train_tab", "Speed")))
        row.addWidget(self.speed_slider, 1)
        row.addWidget(self.speed_label)
        grid.addWidget(self.step_row_button, 2, 0, 1, 2)
        grid.addLayout(row, 3, 0, 1, 2)
        self.progress_bar = QProgressBar()
        self.progress_bar.setObjectName("progressBar")
        self.progress_bar.setRange(0, d.epochs)
        self.progress_bar.setValue(0)
        grid.addWidget(self.progress_bar, 4, 0, 1, 2)
        layout.addWidget(box)

        # Read-outs
        box = QGroupBox(translate("train_tab", "Now"))
        form = self._readouts = QFormLayout(box)
        self.epoch_label = self._readout(
            "epochLabel", translate("train_tab", "Epochs finished in this run")
        )
        self.loss_label = self._readout(
            "lossLabel",
            translate("train_tab", "Loss of the last finished epoch (sum over all rows)"),
        )
        self.weight_label = self._readout("weightLabel", translate("train_tab", "Current weight w"))
        self.bias_label = self._readout("biasLabel", translate("train_tab", "Current bias b"))
        form.addRow(translate("train_tab", "Epoch"), self.epoch_label)
        form.addRow(translate("train_tab", "Loss"), self.loss_label)
        form.addRow(translate("train_tab", "Weight w"), self.weight_label)
        form.addRow(translate("train_tab", "Bias b"), self.bias_label)
        self.viewing_label = QLabel()
        self.viewing_label.setObjectName("viewingLabel")
        self.viewing_label.setWordWrap(True)
        self.viewing_label.setStyleSheet("color: #6a3d9a; font-weight: bold;")
        self.live_button = QPushButton(translate("train_tab", "Live"))
        self.live_button.setObjectName("liveButton")
        self.live_button.setToolTip(
            translate("train_tab", "Stop looking at a past epoch; follow training again (Esc)")
        )
        row = QHBoxLayout()
        row.addWidget(self.viewing_label, 1)
        row.addWidget(self.live_button)
        form.addRow(row)
        layout.addWidget(box)

        box = QGroupBox(translate("train_tab", "One row, by hand"))
        box_layout = QVBoxLayout(box)
        self.row_explanation = QLabel(translate("train_texts", ROW_HINT))
        self.row_explanation.setObjectName("rowExplanation")
        self.row_explanation.setWordWrap(True)
        self.row_explanation.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box_layout.addWidget(self.row_explanation)
        layout.addWidget(box)

        # Predict
        box = QGroupBox(translate("train_tab", "Predict"))
        form = self._predict_form = QFormLayout(box)
        self.predict_input = QLineEdit()
        self.predict_input.setObjectName("predictInput")
        self.predict_input.setPlaceholderText(translate("train_tab", "e.g. 3.5"))
        # What can be typed; predict_inputs reads it as the spin boxes do (typed_number).
        self._one_number = QRegularExpressionValidator(QRegularExpression(r"[-+−0-9.,eE]*"))
        self._two_numbers = QRegularExpressionValidator(QRegularExpression(r"[-+−0-9.eE ,;]*"))
        self.predict_input.setValidator(self._one_number)
        self._inputs = 1
        self.predict_input.setToolTip(
            translate(
                "train_tab",
                "Type hours studied to see the model's pass probability with the current w and b.",
            )
        )
        self.predict_output = QLabel(translate("train_tab", "type hours studied"))
        self.predict_output.setObjectName("predictOutput")
        self.predict_output.setWordWrap(True)
        self.predict_output.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(translate("train_tab", "Hours"), self.predict_input)
        form.addRow(translate("train_tab", "Pass"), self.predict_output)
        layout.addWidget(box)
        layout.addStretch(1)

        self.show_viewing(None, 0)
        self.lr_slider.float_value_changed.connect(self._on_lr_slid)
        self.speed_slider.valueChanged.connect(self._on_speed_moved)
        self.predict_input.textChanged.connect(self.predict_changed)
        self.predict_input.installEventFilter(self._space_filter)
        self.predict_input.returnPressed.connect(self.editing_finished)
        self._wheel_filter = WheelScrolls(self)
        for turning in self.findChildren(QWidget):
            if isinstance(turning, (QAbstractSpinBox, QComboBox, QAbstractSlider)):
                turning.installEventFilter(self._wheel_filter)
        settings.changed.connect(self.show_settings)
        self.show_settings(settings.value)

    def _float_box(self, name: str, value: float | None = None) -> FloatSpinBox:
        box = self._box(name, value)
        assert isinstance(box, FloatSpinBox)
        return box

    def _box(self, name: str, value: float | None = None) -> FloatSpinBox | QSpinBox:
        """The box of the declared setting ``name``; what is typed goes to the model."""
        box = setting_box(SETTINGS[name], value)
        box.valueChanged.connect(lambda v, n=name: self._write(n, v))
        box.installEventFilter(self._space_filter)
        box.lineEdit().returnPressed.connect(self.editing_finished)
        self._boxes[name] = box
        return box

    def _write(self, name: str, value: object) -> None:
        if name == "learning_rate":
            with signals_blocked(self.lr_slider):
                self.lr_slider.set_float_value(float(value))  # type: ignore[arg-type]
        self._settings.update(**{name: value})

    @staticmethod
    def _button(name: str, text: str, tip: str) -> QPushButton:
        button = QPushButton(translate("train_texts", text))
        button.setObjectName(name)
        button.setToolTip(translate("train_texts", tip))
        # Clicks must not take the keyboard: Space and the letters stay the window's keys.
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        return button

    _readout = staticmethod(readout_label)

    # -- showing -----------------------------------------------------------------------
    def show_settings(self, settings: RunSettings) -> None:
        """Show the next run's settings (without echoing them back as edits)."""
        fields = (self.lr_spin, self.lr_slider, self.epochs_spin, self.weight_spin, self.bias_spin)
        with signals_blocked(*fields):
            self.lr_spin.setValue(settings.learning_rate)
            self.lr_slider.set_float_value(settings.learning_rate)
            self.epochs_spin.setValue(int(min(settings.epochs, EPOCHS_MAX)))
            self.weight_spin.setValue(settings.weight)
            self.bias_spin.setValue(settings.bias)
        if not math.isclose(self.lr_spin.value(), settings.learning_rate, rel_tol=1e-9):
            # Outside the box's range (e.g. from a session): say what really applies.
            now = translate("train_tab", "Learning rate now: {rate}")
            self.lr_spin.setToolTip(now.format(rate=localise(repr(settings.learning_rate))))

        self.model_box.show_settings(settings)
        self.generalisation_box.show_settings(settings)
        self.show_locks(self._settings.locked)
        kind = settings.optimizer
        params = settings.hyper
        with signals_blocked(self.optimizer_combo, *self.optimizer_spins.values()):
            self.optimizer_combo.setCurrentIndex(self.optimizer_combo.findData(kind.value))
            for name, spin in self.optimizer_spins.items():
                spin.setValue(getattr(params, name))
                self._optimizer_form.setRowVisible(spin, name in uses(kind))

    def show_locks(self, locked: frozenset[str]) -> None:
        """Boxes of settings a handout locked are greyed (the model refuses their edits)."""
        lesson_start = self._settings.value.hidden == 0  # a hidden layer starts from its seed
        usable = {
            self.lr_spin: "learning_rate", self.lr_slider: "learning_rate",
            self.epochs_spin: "epochs", self.model_box: "hidden",
            self._optimizer_box: "optimizer",
        }  # fmt: skip
        for widget, name in usable.items():
            widget.setEnabled(name not in locked)
        self.generalisation_box.show_locks(locked)
        for spin in (self.weight_spin, self.bias_spin):
            spin.setEnabled(lesson_start and "weight" not in locked)

    def show_speed(self, position: int) -> None:
        with signals_blocked(self.speed_slider):
            self.speed_slider.setValue(position)
        self.speed_label.setText(speed_text(position))

    def show_progress(self, done: int, target: int, viewed: int | None = None) -> None:
        """``done`` of ``target`` epochs, in the bar and the read-out; while an earlier
        epoch is viewed (0-based ``viewed``), the read-out says that one."""
        bar = self.progress_bar
        # QProgressBar.setValue repaints at once whenever its text changes (every frame at
        # full speed: ~3.5 ms each); with updates off it is one coalesced paint instead.
        bar.setUpdatesEnabled(False)
        bar.setRange(0, max(1, target))
        bar.setValue(min(done, max(1, target)))
        bar.setFormat(epochs_done(done, target))
        bar.setUpdatesEnabled(True)  # which schedules the update
        if viewed is None:
            self.epoch_label.setText(f"{shown_integer(done)} / {shown_integer(target)}")
        else:
            viewing = translate("train_tab", "{viewed} (viewed) / {target}")
            self.epoch_label.setText(
                viewing.format(viewed=shown_integer(viewed), target=shown_integer(target))
            )

    def show_parameters(
        self, loss: float | None, network: Network, params: tuple[float, ...]
    ) -> None:
        """The loss and the parameters now: w and b for the lesson's neuron; for a bigger
        model, how many there are and the largest (each one is on the Network view)."""
        lesson = (translate("train_tab", "Weight w"), translate("train_tab", "Bias b"))
        bigger = (translate("train_tab", "Parameters"), translate("train_tab", "Largest"))
        self._name_readouts(lesson if network.is_lesson else bigger)
        if network.is_lesson:
            self.show_model(loss, params[0], params[-1])
            return
        self.loss_label.setText(localise(number(loss)) if loss is not None else "–")
        largest = max(params, key=abs)
        self.weight_label.setText(
            translate("train_tab", "{n} parameters").format(n=shown_integer(len(params)))
        )
        self.bias_label.setText(localise(number(largest)))
        self.weight_label.setToolTip(
            localise("\n".join(f"{n} = {v!r}" for n, v in zip(network.names, params, strict=True)))
        )
        self.bias_label.setToolTip(
            translate("train_tab", "The parameter furthest from 0 (the Network view shows each)")
        )

    def _name_readouts(self, names: tuple[str, str]) -> None:
        for label, name in zip((self.weight_label, self.bias_label), names, strict=True):
            row = self._readouts.labelForField(label)
            if isinstance(row, QLabel) and row.text() != name:
                row.setText(name)

    def show_model(self, loss: float | None, w: float, b: float) -> None:
        self.loss_label.setText(localise(number(loss)) if loss is not None else "–")
        self.weight_label.setText(localise(number(w)))
        self.bias_label.setText(localise(number(b)))
        self.weight_label.setToolTip(localise(f"w = {w!r}"))
        self.bias_label.setToolTip(localise(f"b = {b!r}"))

    def show_viewing(self, epoch: int | None, total: int, kept_from: int | None = None) -> None:
        """Say which past epoch is shown (None: live)."""
        live = epoch is None
        text = ""
        if epoch is not None:
            text = translate("train_tab", "viewing epoch {epoch} of {total}").format(
                epoch=shown_integer(epoch), total=shown_integer(total)
            )
            if kept_from is not None and kept_from != epoch:
                text += translate("train_tab", " (w, b kept from epoch {epoch})").format(
                    epoch=shown_integer(kept_from)
                )
        self.viewing_label.setText(text)
        self.viewing_label.setVisible(not live)
        self.live_button.setVisible(not live)

    def show_note(self, title: str, text: str) -> None:
        """The exercise's question (an empty one clears it)."""
        if not text:
            self.clear_note()
            return
        self.note_box.setTitle(title)
        self.lesson_note.setText(text)
        self.note_box.show()

    def clear_note(self) -> None:
        self.lesson_note.clear()
        self.note_box.hide()

    def show_row(self, title: str, lines: list[str]) -> None:
        body = "<br>".join(lines)
        self.row_explanation.setText(
            f"<b>{title}</b><br><span style='font-family: monospace'>{body}</span>"
        )

    def clear_row(self) -> None:
        self.row_explanation.setText(translate("train_texts", ROW_HINT))

    def predict_hours(self) -> float | None:
        inputs = self.predict_inputs()
        return inputs[0] if inputs is not None and len(inputs) == 1 else None

    def predict_inputs(self) -> tuple[float, ...] | None:
        """The inputs typed in the Predict box: one number, or two (``3.5, 7``) for a model
        with two inputs; None until they are all there."""
        comma = decimal_comma()  # then two inputs are "3,5; 7"
        text = self.predict_input.text().strip()
        cells = [c for c in re.split(r"[;\s]+" if comma else r"[,;\s]+", text) if c]
        values = tuple(typed_number(c) for c in cells)
        if len(values) != self._inputs or any(v is None or not math.isfinite(v) for v in values):
            return None
        return values  # type: ignore[return-value]

    def show_inputs(self, inputs: int, names: tuple[str, ...]) -> None:
        """The data's inputs: the Predict box asks for one value, or two."""
        self._inputs = inputs
        self.model_box.show_inputs(inputs)
        two = inputs == 2
        self.predict_input.setValidator(self._two_numbers if two else self._one_number)
        self.predict_input.setPlaceholderText(
            translate("train_tab", "e.g. 3.5, 7") if two else translate("train_tab", "e.g. 3.5")
        )
        self.predict_input.setProperty("typesSpace", two)  # "3.5, 7": the space is typed
        label = self._predict_form.labelForField(self.predict_input)
        if isinstance(label, QLabel):
            label.setText(", ".join(names)[:30] if two else translate("train_tab", "Hours"))

    # -- edits -------------------------------------------------------------------------
    def _on_lr_slid(self, value: float) -> None:
        # Round to 3 significant digits so dragging gives readable rates.
        self.lr_spin.setValue(float(f"{value:.3g}"))

    def _on_speed_moved(self, position: int) -> None:
        self.speed_label.setText(speed_text(position))
        self.speed_moved.emit(position)
