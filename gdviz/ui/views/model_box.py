"""The Train tab's Model box: the lesson's neuron, or a hidden layer of 1 to 16 units
with its activation and the seed of its starting weights. How many inputs the model
takes is the data's (one column, or two)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QComboBox, QFormLayout, QGroupBox, QLabel, QSpinBox, QWidget

from gdviz.core.i18n import translate
from gdviz.core.run.settings import SETTINGS, RunSettings
from gdviz.core.train.network import ACTIVATION_FORMULA, Activation, Network
from gdviz.ui.blocking import signals_blocked
from gdviz.ui.views.fit_models import model_words
from gdviz.ui.views.widgets import setting_box


class ModelBox(QGroupBox):
    """Hidden units (0: none), their activation and the start seed; ``write(name,
    value)`` takes each change to the settings model."""

    def __init__(self, write: Callable[[str, object], None], parent: QWidget | None = None):
        super().__init__(translate("model_box", "Model"), parent)
        self.setObjectName("modelBox")
        self._write = write
        self._inputs = 1
        form = QFormLayout(self)
        self.description = QLabel()
        self.description.setObjectName("modelLabel")
        self.description.setWordWrap(True)
        hidden = setting_box(SETTINGS["hidden"])
        assert isinstance(hidden, QSpinBox)
        self.hidden_spin = hidden
        self.hidden_spin.setSpecialValueText(translate("model_box", "none (the lesson's neuron)"))
        self.activation_combo = QComboBox()
        self.activation_combo.setObjectName("activationCombo")
        for kind in Activation:
            self.activation_combo.addItem(f"{kind.value}: {ACTIVATION_FORMULA[kind]}", kind.value)
        self.activation_combo.setToolTip(translate("settings", SETTINGS["activation"].tip))
        seed = setting_box(SETTINGS["init_seed"])
        assert isinstance(seed, QSpinBox)
        self.seed_spin = seed
        form.addRow(self.description)
        form.addRow(translate("model_box", "Hidden units"), self.hidden_spin)
        form.addRow(translate("model_box", "Activation"), self.activation_combo)
        form.addRow(translate("model_box", "Start seed"), self.seed_spin)
        self.hidden_spin.valueChanged.connect(lambda v: self._write("hidden", int(v)))
        self.seed_spin.valueChanged.connect(lambda v: self._write("init_seed", int(v)))
        self.activation_combo.currentIndexChanged.connect(
            lambda i: self._write("activation", Activation(self.activation_combo.itemData(i)))
        )
        self._settings = RunSettings()
        self.show_settings(self._settings)

    def boxes(self) -> list[QSpinBox]:
        """The number boxes (the Train tab filters their keys)."""
        return [self.hidden_spin, self.seed_spin]

    def show_settings(self, settings: RunSettings) -> None:
        self._settings = settings
        with signals_blocked(self.hidden_spin, self.activation_combo, self.seed_spin):
            self.hidden_spin.setValue(settings.hidden)
            index = self.activation_combo.findData(settings.activation.value)
            self.activation_combo.setCurrentIndex(index)
            self.seed_spin.setValue(min(settings.init_seed, self.seed_spin.maximum()))
        hidden = settings.hidden > 0
        self.activation_combo.setEnabled(hidden)
        self.seed_spin.setEnabled(hidden)
        self._describe()

    def show_inputs(self, inputs: int) -> None:
        """The data's number of inputs (what the model takes)."""
        self._inputs = inputs
        self._describe()

    def _describe(self) -> None:
        net = Network(self._inputs, self._settings.hidden, self._settings.activation)
        self.description.setText(model_words(net))
