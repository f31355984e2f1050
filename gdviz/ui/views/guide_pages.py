"""The guided lesson's interactive pieces, one page per kind of step (see
:data:`gdviz.core.teach.guide.STEPS`). Pages only show and ask; what they ask for
leaves as a signal, and the guide's controller carries it out."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QPushButton,
    QRadioButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from gdviz.core.i18n import QT_TRANSLATE_NOOP, localise, translate
from gdviz.core.teach.guide import CARDS, QUESTIONS, check_order
from gdviz.core.teach.words import fixed
from gdviz.ui.views.code_view import LessonCodeView
from gdviz.ui.views.guide_loss_pages import button, column_of, text_label


class CardList(QListWidget):
    """Cards to put in order: drag them, or Ctrl+↑/↓ (or Space to pick one up and the
    arrows to carry it)."""

    moved = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("guideCards")
        self.setAccessibleName(translate("guide_pages", "Training steps to put in order"))
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setWordWrap(True)
        self.setSpacing(4)
        self.setStyleSheet(
            "QListWidget { background: transparent; border: none; }"
            "QListWidget::item { border: 1px solid #999; border-radius: 5px; padding: 8px;"
            " background: #fffdf5; color: black; }"
            "QListWidget::item:selected { border: 2px solid #1f6fb4; background: #e8f1fb; }"
        )
        self._carrying = False
        self.model().rowsMoved.connect(lambda *_: self.moved.emit())

    def set_cards(self, order: list[int]) -> None:
        self.clear()
        for card in order:
            self.addItem(translate("guide", CARDS[card]))
            self.item(self.count() - 1).setData(Qt.ItemDataRole.UserRole, card)
        self.setCurrentRow(0)
        self.setFixedHeight(len(order) * 52 + 12)

    def order(self) -> list[int]:
        return [int(self.item(i).data(Qt.ItemDataRole.UserRole)) for i in range(self.count())]

    def move_current(self, by: int) -> None:
        row = self.currentRow()
        to = row + by
        if row < 0 or not 0 <= to < self.count():
            return
        item = self.takeItem(row)
        self.insertItem(to, item)
        self.setCurrentRow(to)
        self.moved.emit()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt API)
        key, mods = event.key(), event.modifiers()
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(key))
        if key == Qt.Key.Key_Space:
            self._carrying = not self._carrying
            return
        if step is not None and (mods & Qt.KeyboardModifier.ControlModifier or self._carrying):
            self.move_current(step)
            return
        super().keyPressEvent(event)


class CardsPage(QWidget):
    """Step 3: the four steps of training, in order."""

    solved = Signal()

    def __init__(self) -> None:
        super().__init__()
        column = column_of(self)
        self.cards = CardList()
        self.check = button(translate("guide_pages", "Check the order"), "guideCheckCards")
        self.hint = text_label(name="guideCardsHint")
        column.addWidget(self.cards)
        column.addWidget(self.check)
        column.addWidget(self.hint)
        column.addStretch(1)
        self.check.clicked.connect(self._check)
        self.cards.moved.connect(lambda: self.hint.setText(""))

    def _check(self) -> None:
        right, words = check_order(self.cards.order())
        self.hint.setText(words)
        if right:
            self.solved.emit()


class IterationPage(QWidget):
    """Step 4: one row's update in three moments, one at a time or played."""

    step_row_requested = Signal()
    frame_shown = Signal(int, str)  # the moment, and the objectName of the plot it is on

    def __init__(self) -> None:
        super().__init__()
        column = column_of(self)
        self.step_row = button(
            translate("guide_pages", "Step row"),
            "guideStepRowButton",
            translate("guide_pages", "One row's update (Shift+S)"),
        )
        self.title = text_label(name="guideFrameTitle")
        self.words = text_label(name="guideFrameText")
        self.back = button(translate("guide_pages", "◀ Moment"), "guideFrameBack")
        self.next = button(translate("guide_pages", "Moment ▶"), "guideFrameNext")
        self.play = QCheckBox(translate("guide_pages", "Play"))
        self.play.setObjectName("guideFramePlay")
        self.pace = QSlider(Qt.Orientation.Horizontal)
        self.pace.setObjectName("guideFramePace")
        self.pace.setAccessibleName(
            translate("guide_pages", "Seconds between moments when playing")
        )
        self.pace.setRange(1, 8)
        self.pace.setValue(3)
        column.addWidget(self.step_row)
        column.addWidget(self.title)
        column.addWidget(self.words)
        row = QHBoxLayout()
        for w in (self.back, self.next, self.play):
            row.addWidget(w)
        column.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("guide_pages", "Pace")))
        row.addWidget(self.pace, 1)
        column.addLayout(row)
        column.addStretch(1)
        self._frames: list[tuple[str, str, str]] = []
        self._at = 0
        self._timer = QTimer(self)
        self._timer.timeout.connect(self._advance)
        self.step_row.clicked.connect(self.step_row_requested)
        self.back.clicked.connect(lambda: self.show_frame(self._at - 1))
        self.next.clicked.connect(lambda: self.show_frame(self._at + 1))
        self.play.toggled.connect(self._on_play)
        self.pace.valueChanged.connect(lambda s: self._timer.setInterval(s * 1000))
        self._timer.setInterval(self.pace.value() * 1000)
        self.set_frames([])

    def set_frames(self, frames: list[tuple[str, str, str]]) -> None:
        self._frames = frames
        if not frames:
            self.title.setText("")
            self.words.setText(
                translate(
                    "guide_pages", "Press Step row: the first student goes through the model."
                )
            )
        self.show_frame(0)

    def show_frame(self, index: int) -> None:
        if not self._frames:
            self.back.setEnabled(False)
            self.next.setEnabled(False)
            return
        self._at = min(max(index, 0), len(self._frames) - 1)
        title, words, where = self._frames[self._at]
        self.title.setText(f"<b>{title}</b>")
        self.words.setText(words)
        self.back.setEnabled(self._at > 0)
        self.next.setEnabled(self._at < len(self._frames) - 1)
        self.frame_shown.emit(self._at, where)

    def _advance(self) -> None:
        if self._at < len(self._frames) - 1:
            self.show_frame(self._at + 1)
        else:
            self.step_row_requested.emit()  # the next row, from its first moment

    def _on_play(self, on: bool) -> None:
        if on:
            self._timer.start()
        else:
            self._timer.stop()


class CodePage(QWidget):
    """Step 5: the lesson's loop, run a line at a time on each row stepped."""

    step_row_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        column = column_of(self)
        self.code = LessonCodeView()
        self.code.setMinimumHeight(190)
        self.note = text_label(name="guideCodeNote")
        self.step_row = button(
            translate("guide_pages", "Step row"),
            "guideCodeStepRow",
            translate("guide_pages", "Run the loop on the next row"),
        )
        self.pace = QSlider(Qt.Orientation.Horizontal)
        self.pace.setObjectName("guideCodePace")
        self.pace.setAccessibleName(
            translate("guide_pages", "Milliseconds between lines (0: all at once)")
        )
        self.pace.setRange(0, 1000)
        self.pace.setValue(260)
        self.pace.valueChanged.connect(self.code.set_pace)
        self.counters = text_label(name="guideCodeCounters")
        # The line just run and its values, in full where a narrow panel cuts them off.
        self.now = text_label(name="guideCodeNow")
        self.now.setStyleSheet("color: #b35806;")
        self.code.line_reached.connect(self._show_line)
        column.addWidget(self.code, 1)
        column.addWidget(self.now)
        column.addWidget(self.counters)
        column.addWidget(self.note)
        row = QHBoxLayout()
        row.addWidget(self.step_row)
        row.addWidget(QLabel(translate("guide_pages", "Pace")))
        row.addWidget(self.pace, 1)
        column.addLayout(row)
        self.step_row.clicked.connect(self.step_row_requested)

    def _show_line(self, index: int) -> None:
        said = translate("guide_pages", "line {n}: {values}")
        self.now.setText(said.format(n=index + 1, values=self.code.said_beside(index)))


class ReadingPage(QWidget):
    """Step 6: the update lines read on the last row."""

    step_row_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        column = column_of(self)
        self.step_row = button(
            translate("guide_pages", "Step row"),
            "guideReadingStepRow",
            translate("guide_pages", "Update on the next row"),
        )
        self.lines = [text_label(name=f"guideReading{i}") for i in range(3)]
        column.addWidget(self.step_row)
        for line in self.lines:
            column.addWidget(line)
        column.addStretch(1)
        self.step_row.clicked.connect(self.step_row_requested)
        self.show_notes([])

    def show_notes(self, notes: list[str]) -> None:
        if not notes:
            notes = [
                translate(
                    "guide_pages", "Press Step row: the next student's update is read out here."
                ),
                "",
                "",
            ]
        for label, text in zip(self.lines, notes, strict=True):
            label.setText(text)


class QuestionsPage(QWidget):
    """Steps 7 and 8: choose an answer, run, and read what happened."""

    answered = Signal(str, int)  # question key, choice
    run_requested = Signal(str)  # question key

    def __init__(self, keys: tuple[str, ...]) -> None:
        super().__init__()
        column = column_of(self)
        self._showing = False  # an answer being shown, not given
        self.groups: dict[str, QButtonGroup] = {}
        self.runs: dict[str, QPushButton] = {}
        self.reveals: dict[str, QLabel] = {}
        for key in keys:
            q = QUESTIONS[key]
            box = QGroupBox()
            inner = QVBoxLayout(box)
            inner.addWidget(text_label(f"<b>{translate('guide', q.prompt)}</b>"))
            group = QButtonGroup(box)
            for i, choice in enumerate(q.choices):
                radio = QRadioButton(translate("guide", choice))
                radio.setObjectName(f"guideAnswer_{key}_{i}")
                group.addButton(radio, i)
                inner.addWidget(radio)
            run = button(
                translate("guide_pages", "Run it"),
                f"guideRun_{key}",
                translate("guide_pages", "Train the exercise and compare"),
            )
            run.setEnabled(False)
            reveal = text_label(name=f"guideReveal_{key}")
            inner.addWidget(run)
            inner.addWidget(reveal)
            column.addWidget(box)
            # However it is checked (click, arrows, Space), a checked choice is the answer.
            group.idToggled.connect(
                lambda i, on, k=key: self.answered.emit(k, i) if on and not self._showing else None
            )
            run.clicked.connect(lambda _=False, k=key: self.run_requested.emit(k))
            self.groups[key], self.runs[key], self.reveals[key] = group, run, reveal
        column.addStretch(1)

    def show_answer(self, key: str, choice: int | None, revealed: str, running: bool) -> None:
        """The learner's ``choice`` (None: none yet), the verdict, and whether Run it can
        be pressed (not while a question's run is under way)."""
        group = self.groups[key]
        self._showing = True
        try:
            if choice is None:
                group.setExclusive(False)  # an exclusive group cannot uncheck its last
                for button in group.buttons():
                    button.setChecked(False)
                group.setExclusive(True)
            else:
                button = group.button(choice)
                if button is not None and not button.isChecked():
                    button.setChecked(True)
        finally:
            self._showing = False
        self.runs[key].setEnabled(choice is not None and not running)
        self.reveals[key].setText(revealed)


class LandingPage(QWidget):
    """Step 9: guess where the next step lands on the landscape."""

    step_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        column = column_of(self)
        self.status = text_label(
            translate(
                "guide_pages", "Click on the landscape: where will (w, b) be after one epoch?"
            ),
            "guideLandingStatus",
        )
        self.step = button(
            translate("guide_pages", "Step (S)"),
            "guideLandingStep",
            translate("guide_pages", "Train one epoch and reveal"),
        )
        self.keys = button(
            translate("guide_pages", "Guess with the keys"),
            "guideLandingKeys",
            translate(
                "guide_pages",
                "The map takes the keys: arrows move the guess (Shift: finely), Enter places it",
            ),
        )
        self.score = text_label(name="guideLandingScore")
        column.addWidget(self.status)
        column.addWidget(self.keys)
        column.addWidget(self.step)
        column.addWidget(self.score)
        column.addStretch(1)
        self.step.clicked.connect(self.step_requested)


class TakeawaysPage(QWidget):
    """Step 10: the lesson's points, each shown again in one click."""

    demo_requested = Signal(str)

    DEMOS = (
        (
            "loss",
            QT_TRANSLATE_NOOP(
                "guide_pages", "Loss is the squared gap between label and prediction"
            ),
            QT_TRANSLATE_NOOP("guide_pages", "Show it: back to step 1"),
        ),
        (
            "loop",
            QT_TRANSLATE_NOOP(
                "guide_pages", "Training loops over rows and epochs, nudging w and b on every row"
            ),
            QT_TRANSLATE_NOOP("guide_pages", "Show it: step one row"),
        ),
        (
            "small",
            QT_TRANSLATE_NOOP("guide_pages", "A small learning rate is slow and steady"),
            QT_TRANSLATE_NOOP("guide_pages", "Show it: run at 0.01"),
        ),
        (
            "big",
            QT_TRANSLATE_NOOP("guide_pages", "A huge one overshoots and bounces"),
            QT_TRANSLATE_NOOP("guide_pages", "Show it: 1.0 on the outlier data"),
        ),
        (
            "start",
            QT_TRANSLATE_NOOP("guide_pages", "The start matters less than you fear"),
            QT_TRANSLATE_NOOP("guide_pages", "Show it: start at w = 1.0"),
        ),
    )

    def __init__(self) -> None:
        super().__init__()
        column = column_of(self)
        for key, point, action in self.DEMOS:
            column.addWidget(text_label("• " + translate("guide_pages", point)))
            demo = button(translate("guide_pages", action), f"guideDemo_{key}")
            demo.clicked.connect(lambda _=False, k=key: self.demo_requested.emit(k))
            column.addWidget(demo)
        column.addStretch(1)


class NextPage(QWidget):
    """Step 11: predict new hours, and on to a hidden layer."""

    demo_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        column = column_of(self)
        hidden = button(
            translate("guide_pages", "Lesson ▸ Why a hidden layer?"), "guideDemo_hidden"
        )
        hidden.clicked.connect(lambda: self.demo_requested.emit("hidden"))
        column.addWidget(hidden)
        column.addStretch(1)


def ask_crossing(parent: QWidget, now: float | None) -> float | None:
    """Ask me first, before Train: where will p = 0.5 be when training ends? (None:
    cancelled)."""
    value, ok = QInputDialog.getDouble(
        parent,
        translate("guide_pages", "Ask me first"),
        translate("guide_pages", "When training ends, at how many hours will the model say 50%?\n")
        + (
            translate("guide_pages", "(Now it says 50% at x = {x}.)").format(x=localise(fixed(now)))
            if now is not None
            else ""
        ),
        now if now is not None else 2.5,
        -1e6,
        1e6,
        2,
    )
    return value if ok else None
