"""The lesson's training loop as code, run a line at a time on the rows the learner
steps: the line being run is marked, and each value it made is written beside it.

The values come from the run's own row (:func:`gdviz.core.teach.guide_rows.code_lines`),
never from a second computation."""

from __future__ import annotations

import math
import re

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QSyntaxHighlighter,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QWidget

from gdviz.core.i18n import translate
from gdviz.core.teach.guide_rows import Line, lesson_code
from gdviz.core.teach.words import integer, number
from gdviz.core.train.model import Gradient, Loss
from gdviz.ui.views.plot_ink import text_on_dark

KEYWORDS = re.compile(r"\b(for|in|range|exp|log)\b")
NUMBERS = re.compile(r"(?<![\w.])\d+(\.\d+)?\b")
BESIDE = "   # "  # what separates a line from its values
LINE_MS = 260  # the pace of a row's lines, played one after another


def value_text(value: float) -> str:
    """A value as the code view writes it: whole numbers (epoch, x, y) as they are,
    the rest with four decimals, as the lesson prints."""
    if math.isfinite(value) and value == int(value) and abs(value) < 1e9:
        return integer(int(value))
    return number(value)


class _Colours(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._keyword = QTextCharFormat()
        self._keyword.setFontWeight(QFont.Weight.Bold)
        self._number = QTextCharFormat()
        self._value = QTextCharFormat()
        self._value.setFontItalic(True)
        self.dark: bool | None = None
        self.set_dark(False)

    def set_dark(self, dark: bool) -> None:
        """Colours that read on the code's background (light stand-ins on dark)."""
        if dark == self.dark:
            return
        self.dark = dark
        for fmt, colour in ((self._keyword, "#7b3294"), (self._number, "#1f6f8b"),
                            (self._value, "#b35806")):  # fmt: skip
            shown = QColor(colour)
            fmt.setForeground((text_on_dark(shown) or shown) if dark else shown)
        self.rehighlight()

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt API)
        code, _, _ = text.partition(BESIDE)
        for match in KEYWORDS.finditer(code):
            self.setFormat(match.start(), match.end() - match.start(), self._keyword)
        for match in NUMBERS.finditer(code):
            self.setFormat(match.start(), match.end() - match.start(), self._number)
        if BESIDE in text:
            start = len(code)
            self.setFormat(start, len(text) - start, self._value)


class LessonCodeView(QPlainTextEdit):
    """Read-only code of the lesson's loop. :meth:`run_row` plays one row's lines;
    :meth:`marked_line` and :meth:`values` say what is shown."""

    line_reached = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lessonCodeView")
        self.setAccessibleName(
            translate("code_view", "The lesson's training loop, run line by line")
        )
        self.setReadOnly(True)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        # Only the family is set: the size follows the window's (presentation mode).
        font = QFont()
        font.setFamily(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family())
        font.setStyleHint(QFont.StyleHint.Monospace)
        self.setFont(font)
        self._colours = _Colours(self.document())
        self._code: list[str] = []
        self._beside: dict[int, str] = {}
        self._values: dict[str, float] = {}
        self._marked: int | None = None
        self._queue: list[Line] = []
        self._timer = QTimer(self)
        self._timer.setInterval(LINE_MS)
        self._timer.timeout.connect(self._next_line)
        self.show_code(Loss.SQUARED, Gradient.SEED)

    # -- what it shows ---------------------------------------------------------------------
    def show_code(self, loss: Loss, gradient: Gradient) -> None:
        """The loop with the run's loss and nudge; values and mark cleared."""
        code = lesson_code(loss, gradient)
        if code != self._code:
            self._code = code
            self._beside.clear()
            self._values.clear()
            self._marked = None
            self._queue.clear()
            self._render()

    def clear_values(self) -> None:
        """No row shown: the code alone."""
        self._timer.stop()
        self._queue.clear()
        self._beside.clear()
        self._values.clear()
        self._marked = None
        self._render()

    def said_beside(self, index: int) -> str:
        """What is written beside line ``index`` ("" if nothing)."""
        return self._beside.get(index, "")

    def marked_line(self) -> int | None:
        """The index of the line marked as run last (None: none yet)."""
        return self._marked

    def values(self) -> dict[str, float]:
        """Every value written beside the code now, by name (the row's, exactly)."""
        return dict(self._values)

    def set_pace(self, ms: int) -> None:
        """Milliseconds between a row's lines (0: all at once)."""
        self._timer.setInterval(max(0, int(ms)))

    # -- running a row ---------------------------------------------------------------------------
    def run_row(self, lines: list[Line]) -> None:
        """Play one row's ``lines``; a row still playing is finished first."""
        self.finish()
        if lines and lines[0].index > 1:  # a later row: the row's own lines start afresh
            for index in range(2, len(self._code)):
                self._beside.pop(index, None)
        self._queue = list(lines)
        if self._timer.interval() == 0:
            self.finish()
        else:
            self._next_line()
            if self._queue:
                self._timer.start()

    def finish(self) -> None:
        """Show the rest of the row at once."""
        self._timer.stop()
        while self._queue:
            self._next_line(render=not self._queue[1:])

    def _next_line(self, render: bool = True) -> None:
        if not self._queue:
            self._timer.stop()
            return
        line = self._queue.pop(0)
        for name, value in line.values:
            self._values[name] = value
        self._beside[line.index] = ", ".join(f"{n} = {value_text(v)}" for n, v in line.values)
        self._marked = line.index
        if render:
            self._render()
        self.line_reached.emit(line.index)
        if not self._queue:
            self._timer.stop()

    def _render(self) -> None:
        # Values right after their own line: a narrow panel still shows them.
        shown = [
            text + BESIDE + self._beside[i] if i in self._beside else text
            for i, text in enumerate(self._code)
        ]
        dark = self.palette().base().color().lightness() < 128
        self.setPlainText("\n".join(shown))
        self._colours.set_dark(dark)
        if self._marked is None:
            self.setExtraSelections([])
            return
        mark = QTextEdit.ExtraSelection()
        mark.format.setBackground(QColor("#5c4a00" if dark else "#fff2b3"))
        mark.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        cursor = QTextCursor(self.document().findBlockByNumber(self._marked))
        mark.cursor = cursor
        self.setExtraSelections([mark])
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
