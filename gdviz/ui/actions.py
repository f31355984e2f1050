"""One way to make the window's actions."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget


def make_action(
    window: QWidget,
    text: str,
    slot,
    name: str,
    shortcut=None,
    tip: str = "",
    menu: QMenu | None = None,
) -> QAction:
    """An action with a name (for automation), a shortcut that works anywhere in the
    window, and a tip shown in the status bar."""
    act = QAction(text, window)
    act.setObjectName(name)
    if shortcut:
        act.setShortcut(QKeySequence(shortcut))
    act.setStatusTip(tip)
    act.setToolTip(tip)
    act.triggered.connect(lambda _=False: slot())
    window.addAction(act)
    if menu is not None:
        menu.addAction(act)
    return act
