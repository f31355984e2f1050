"""Event filters of the Train tab's number fields: Space stays the window's Train/Pause
key, and the wheel scrolls the tab rather than turning a box the pointer passes over.
And the keyboard-only user's: a button, box or list reached by Tab takes Space, and F10
opens the menus."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractScrollArea,
    QApplication,
    QComboBox,
    QMainWindow,
    QWidget,
)

from gdviz.core.i18n import translate

TAKE_SPACE = (QAbstractButton, QComboBox, QAbstractItemView)


class SpaceFilter(QObject):
    """Keeps Space out of number fields: it is the window's Train/Pause key.

    A text field claims every printable key before window shortcuts see it, so
    Space would replace a selected number with a blank. Refusing the claim lets
    the shortcut run instead; a plain key press of Space is dropped (a field that
    takes a space, property ``typesSpace``, keeps it).
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if watched.property("typesSpace"):
            return False
        if event.type() in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            key_event = event  # a QKeyEvent for both kinds
            assert isinstance(key_event, QKeyEvent)
            if key_event.key() == Qt.Key.Key_Space and not key_event.modifiers():
                event.ignore()  # not claimed: the window's shortcut takes it
                return True
        return False


class WheelScrolls(QObject):
    """A box the pointer passes over while the tab scrolls does not take the wheel:
    the tab scrolls on. A box with the keyboard (clicked into) still turns."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() != QEvent.Type.Wheel or not isinstance(watched, QWidget):
            return False
        if watched.hasFocus():
            return False
        area = watched.parent()
        while area is not None and not isinstance(area, QAbstractScrollArea):
            area = area.parent()
        if isinstance(area, QAbstractScrollArea):
            QApplication.sendEvent(area.viewport(), event)
        return True


class ControlsTakeSpace(QObject):
    """A button, check box, list or drop-down with the keyboard focus takes Space (presses,
    ticks, opens it) ahead of the window's Train/Pause key. Clicks leave these controls
    without the focus (their focus policy is Tab): only Tab brings Space to them."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.ShortcutOverride:
            key_event = event
            assert isinstance(key_event, QKeyEvent)
            if key_event.key() == Qt.Key.Key_Space and not key_event.modifiers():
                event.accept()  # claimed: the key press comes to the control
        return False


def keyboard_only(window: QMainWindow) -> None:
    """What a keyboard-only user needs beyond Qt's own: Space for the focused control
    (:class:`ControlsTakeSpace`) and F10 for the menu bar (Alt works too)."""
    space = ControlsTakeSpace(window)
    for control in window.findChildren(QWidget):
        if isinstance(control, TAKE_SPACE):
            control.installEventFilter(space)
    bar = window.menuBar()
    menus = QShortcut(QKeySequence(Qt.Key.Key_F10), window)
    menus.setWhatsThis(translate("key_filters", "open the menus (arrows go on to the others)"))
    menus.activated.connect(lambda: bar.setActiveAction(bar.actions()[0]))
