"""Whether the run has work that is not saved, and asking about it.

Unsaved means: the run trained (or a race ran), or the data changed (the undo stack is
not clean), since the last save or open of a session. ``ask`` puts Save / Discard /
Cancel to the user before something that would lose it (quitting, opening a session).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QMessageBox, QWidget

from gdviz.core.i18n import translate


class UnsavedWork(QObject):
    """The one owner of "is there unsaved work?". Connect what trains to
    :meth:`trained` and what saves or opens a session to :meth:`saved`."""

    def __init__(self, undo_stack: QUndoStack, parent: QWidget, asking: bool) -> None:
        super().__init__(parent)
        self._undo_stack = undo_stack
        self._parent = parent
        self._trained = False
        self.asking = asking  # False: never ask (tests, exports, a stop signal)

    @property
    def unsaved(self) -> bool:
        return self._trained or not self._undo_stack.isClean()

    def trained(self, *_: object) -> None:
        self._trained = True

    def saved(self, *_: object) -> None:
        self._trained = False
        self._undo_stack.setClean()

    def ask(self, doing: str, save: Callable[[], bool]) -> bool:
        """Before ``doing`` (words that end "Save it before you …?", in the window's
        language): True to go on (nothing unsaved, saved by ``save``, or
        discarded), False to stop (Cancel, or the save did not happen)."""
        if not (self.asking and self.unsaved):
            return True
        buttons = QMessageBox.StandardButton
        answer = QMessageBox.question(
            self._parent,
            translate("unsaved", "Save this run?"),
            translate(
                "unsaved",
                "This run has work that is not saved (training or data changes). Save it "
                "before you {doing}?",
            ).format(doing=doing),
            buttons.Save | buttons.Discard | buttons.Cancel,
            buttons.Save,
        )
        if answer == buttons.Save:
            return save()
        return answer == buttons.Discard
