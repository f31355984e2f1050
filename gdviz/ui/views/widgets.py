"""Small widgets: a compact float spin box, a log-scale slider, an eliding status bar."""

from __future__ import annotations

import math

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QFont, QPainter, QValidator
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDoubleSpinBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QProgressBar,
    QPushButton,
    QSlider,
    QSpinBox,
    QStatusBar,
    QStyle,
    QStyleOption,
    QWidget,
)

from gdviz.core.i18n import localise, translate, typed_number, typed_unfinished
from gdviz.core.run.settings import EPOCHS_MAX, Setting
from gdviz.core.run.values import Number, Whole


class FloatSpinBox(QDoubleSpinBox):
    """A QDoubleSpinBox that shows ``0.1`` rather than ``0.100000``."""

    shown = ".6g"  # how the value is written (format's spec; an instance may change it)

    def __init__(
        self, minimum: float, maximum: float, value: float, parent=None, decimals: int = 8
    ) -> None:
        super().__init__(parent)
        self.setDecimals(decimals)  # before the value: Qt rounds values to the decimals
        self.setRange(minimum, maximum)
        self.setStepType(QAbstractSpinBox.StepType.AdaptiveDecimalStepType)
        self.setKeyboardTracking(False)
        self.setValue(value)

    def textFromValue(self, value: float) -> str:  # noqa: N802 (Qt API)
        return localise(format(value, self.shown))  # 0,1 in German and Spanish

    def _number(self, text: str) -> str:
        """``text`` without the box's prefix and suffix (a duration's " s")."""
        text = text.strip()
        prefix, suffix = self.prefix().strip(), self.suffix().strip()
        if prefix and text.startswith(prefix):
            text = text[len(prefix) :]
        if suffix and text.endswith(suffix):
            text = text[: -len(suffix)]
        return text

    def valueFromText(self, text: str) -> float:  # noqa: N802
        value = typed_number(self._number(text))
        return self.value() if value is None else value

    def validate(self, text: str, pos: int):  # noqa: D102
        value = typed_number(self._number(text))
        if value is None:
            unfinished = typed_unfinished(self._number(text))
            return (QValidator.State.Intermediate if unfinished else QValidator.State.Invalid,
                    text, pos)  # fmt: skip
        if not math.isfinite(value):
            return QValidator.State.Invalid, text, pos
        if self.minimum() <= value <= self.maximum():
            return QValidator.State.Acceptable, text, pos
        return QValidator.State.Intermediate, text, pos


BOX_LIMIT = 1e300  # a box's end where a setting has none (any finite number)


def setting_box(s: Setting, value: float | None = None) -> FloatSpinBox | QSpinBox:
    """A box for one declared setting: its range is the setting's (a bound it may not
    reach is one step in), its tip the declaration's; shows ``value`` (default: the
    setting's default)."""
    shown = float(s.default if value is None else value)
    kind = s.kind
    box: FloatSpinBox | QSpinBox
    if isinstance(kind, Whole):
        box = QSpinBox()
        least = max(kind.low, 1) if s.name == "epochs" else kind.low  # a window's run: 1 or more
        box.setRange(least, min(kind.high, EPOCHS_MAX))
        box.setGroupSeparatorShown(True)
        box.setKeyboardTracking(False)
        box.setValue(int(shown))
    else:
        assert isinstance(kind, Number)
        step = 10.0**-s.decimals
        low = kind.low + step if kind.low_open else max(kind.low, -BOX_LIMIT)
        high = kind.high - step if kind.high_open else min(kind.high, BOX_LIMIT)
        box = FloatSpinBox(low, high, shown, decimals=s.decimals)
    box.setObjectName(f"{_camel(s.name)}Spin")
    box.setToolTip(f"{translate('settings', s.label)}: {translate('settings', s.tip)}")
    return box


def _camel(name: str) -> str:
    first, *rest = name.split("_")
    return first + "".join(part.title() for part in rest)


class LogSlider(QSlider):
    """A horizontal slider over ``[low, high]`` on a log scale, in ``steps`` ticks."""

    float_value_changed = Signal(float)

    def __init__(self, low: float, high: float, steps: int = 600, parent=None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self._log_low = math.log10(low)
        self._log_high = math.log10(high)
        self.setRange(0, steps)
        self._grab: tuple[float, int] | None = None
        # Arrow keys: a tenth of a decade a press (x1.26); Page keys: a decade.
        self.setSingleStep(steps // 60 or 1)
        self.setPageStep(steps // 6 or 1)
        self.valueChanged.connect(lambda v: self.float_value_changed.emit(self.to_float(v)))

    FINE = 10  # Shift-drag moves this many times more slowly

    def mousePressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self._grab = (event.position().x(), self.value())
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """With Shift held, a drag moves the value a tenth as fast (fine tuning: 90 px
        of a plain drag cross about two decades)."""
        grab = getattr(self, "_grab", None)
        if grab is not None and event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
            x0, v0 = grab
            span = max(1, self.width())
            moved = (event.position().x() - x0) / span * (self.maximum() - self.minimum())
            self.setValue(round(v0 + moved / self.FINE))
            event.accept()
            return
        super().mouseMoveEvent(event)

    def to_float(self, position: int) -> float:
        frac = position / self.maximum()
        return 10 ** (self._log_low + frac * (self._log_high - self._log_low))

    def to_position(self, value: float) -> int:
        value = min(max(value, 10**self._log_low), 10**self._log_high)
        frac = (math.log10(value) - self._log_low) / (self._log_high - self._log_low)
        return round(frac * self.maximum())

    def set_float_value(self, value: float) -> None:
        """Move to ``value`` without emitting (for keeping a spin box in sync)."""
        blocked = self.blockSignals(True)
        self.setValue(self.to_position(value))
        self.blockSignals(blocked)


class ElidingStatusBar(QStatusBar):
    """A status bar whose message ends in "…" where it would run into the permanent
    widgets on the right; the whole message is its tooltip."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.messageChanged.connect(self.setToolTip)

    def _message_rect(self) -> QRect:
        right = self.width() - 12
        for child in self.findChildren(QWidget):
            if child.parent() is self and child.isVisible() and child.x() > self.width() // 3:
                right = min(right, child.x() - 8)
        return QRect(6, 0, max(0, right - 6), self.height())

    def shown_text(self) -> str:
        """The message as drawn: cut with "…" to the room left of the permanent widgets."""
        width = self._message_rect().width()
        return self.fontMetrics().elidedText(
            self.currentMessage(), Qt.TextElideMode.ElideRight, width
        )

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        painter = QPainter(self)
        option = QStyleOption()
        option.initFrom(self)
        self.style().drawPrimitive(QStyle.PrimitiveElement.PE_PanelStatusBar, option, painter, self)
        if self.currentMessage():
            painter.setPen(self.palette().windowText().color())
            flags = (
                Qt.AlignmentFlag.AlignLeading
                | Qt.AlignmentFlag.AlignVCenter
                | Qt.TextFlag.TextSingleLine
            )
            painter.drawText(self._message_rect(), flags, self.shown_text())
        painter.end()


class JobProgress(QWidget):
    """A progress bar with Cancel, for the status bar: work that goes on while the window
    stays in use (no dialog to wait on)."""

    cancel_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("jobProgress")
        self.label = QLabel()
        self.bar = QProgressBar()
        self.bar.setMaximumWidth(160)
        self.bar.setMaximumHeight(16)
        self.cancel_button = QPushButton(translate("widgets", "Cancel"))
        self.cancel_button.setObjectName("jobCancelButton")
        self.cancel_button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.cancel_button.clicked.connect(self.cancel_requested)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        for widget in (self.label, self.bar, self.cancel_button):
            row.addWidget(widget)
        self.hide()

    def show_progress(self, text: str, done: int, total: int) -> None:
        self.label.setText(text)
        self.bar.setRange(0, max(1, total))
        self.bar.setValue(done)
        self.show()


def ask_batch_size(parent: QWidget, current: int) -> int | None:
    """Rows per mini-batch, asked for (None if cancelled)."""
    size, ok = QInputDialog.getInt(
        parent,
        translate("widgets", "Mini-batch size"),
        translate("widgets", "Rows per update (2 or more):"),
        current if current > 1 else 10,
        2,
        (1 << 31) - 1,
    )
    return size if ok else None


def readout_label(name: str, tip: str) -> QLabel:
    """A read-out: monospaced, selectable, "–" until it has a value."""
    label = QLabel("–")
    label.setObjectName(name)
    label.setToolTip(tip)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    mono = QFont()  # only the family: the size follows the window (presentation mode)
    mono.setFamily("monospace")
    mono.setStyleHint(QFont.StyleHint.Monospace)
    label.setFont(mono)
    return label
