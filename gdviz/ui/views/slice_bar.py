"""Above the landscape, for a model with more than two parameters: which two the slice
runs along (the others are held at their values now)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from gdviz.core.i18n import translate
from gdviz.ui.blocking import signals_blocked


class SliceBar(QWidget):
    """Two boxes of parameter names; ``axes_chosen`` says which two (as indices)."""

    axes_chosen = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sliceBar")
        self.x_combo = QComboBox()
        self.x_combo.setObjectName("sliceXCombo")
        self.y_combo = QComboBox()
        self.y_combo.setObjectName("sliceYCombo")
        tip = translate(
            "slice_bar",
            "A model with more than two parameters has a landscape of as many dimensions: "
            "this one is a slice along two of them, through the parameters as they are now. "
            "The path is its shadow on these two.",
        )
        for combo, name in (
            (self.x_combo, translate("slice_bar", "Landscape slice: the parameter across")),
            (self.y_combo, translate("slice_bar", "Landscape slice: the parameter up")),
        ):
            combo.setToolTip(tip)
            combo.setAccessibleName(name)
        row = QHBoxLayout(self)
        row.setContentsMargins(4, 0, 4, 0)
        row.addWidget(QLabel(translate("slice_bar", "Slice along")))
        row.addWidget(self.x_combo, 1)
        row.addWidget(QLabel(translate("slice_bar", "and")))
        row.addWidget(self.y_combo, 1)
        self.x_combo.currentIndexChanged.connect(self._on_chosen)
        self.y_combo.currentIndexChanged.connect(self._on_chosen)

    def show_axes(self, names: tuple[str, ...] | None, axes: tuple[int, int]) -> None:
        """The parameters to choose from and the two chosen (None: hide the bar, the
        lesson's neuron has only w and b)."""
        self.setVisible(names is not None)
        if names is None:
            return
        with signals_blocked(self.x_combo, self.y_combo):
            for combo, chosen in ((self.x_combo, axes[0]), (self.y_combo, axes[1])):
                if [combo.itemText(i) for i in range(combo.count())] != list(names):
                    combo.clear()
                    combo.addItems(list(names))
                combo.setCurrentIndex(chosen)

    def _on_chosen(self) -> None:
        a, b = self.x_combo.currentIndex(), self.y_combo.currentIndex()
        if a == b:  # one parameter twice is no plane: move the other one on
            b = (a + 1) % self.y_combo.count()
            with signals_blocked(self.y_combo):
                self.y_combo.setCurrentIndex(b)
        self.axes_chosen.emit(a, b)
