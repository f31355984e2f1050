"""The guided lesson's interactive pieces, one page per kind of step (see
:data:`gdviz.core.teach.guide.STEPS`). Pages only show and ask; what they ask for
leaves as a signal, and the guide's controller carries it out."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
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

from gdviz.core.teach.guide import CARDS, QUESTIONS, check_order, cross_entropy, squared
from gdviz.core.teach.words import fixed
from gdviz.ui.views.code_view import LessonCodeView


def _label(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
        label.setAccessibleName(name)
    return label


def button(text: str, name: str, tip: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(text)
    if tip:
        button.setToolTip(tip)
    return button


def _column(widget: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    return layout


class MeasurePage(QWidget):
    """Step 1: drag a prediction and read its squared error."""

    def __init__(self) -> None:
        super().__init__()
        column = _column(self)
        self.actual = QCheckBox("The student passed (actual 1)")
        self.actual.setObjectName("guideActual")
        self.actual.setChecked(True)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("guidePrediction")
        self.slider.setAccessibleName("The model's prediction, 0 to 1")
        self.slider.setRange(0, 100)
        self.slider.setValue(70)
        self.reading = _label(name="guideMistake")
        self.table = _label()
        column.addWidget(self.actual)
        row = QHBoxLayout()
        row.addWidget(QLabel("Prediction"))
        row.addWidget(self.slider, 1)
        column.addLayout(row)
        column.addWidget(self.reading)
        column.addWidget(self.table)
        column.addStretch(1)
        self.slider.valueChanged.connect(self._show)
        self.actual.toggled.connect(self._show)
        self._show()

    def _show(self, *_: object) -> None:
        y = 1.0 if self.actual.isChecked() else 0.0
        p = self.slider.value() / 100
        loss = squared(y, p)
        self.reading.setText(
            f"<b>loss = ({y:g} − {p:.2f})² = {loss:.4f}</b> — "
            + ("small: the prediction is near the actual value" if loss < 0.1 else "")
            + ("large: the prediction is far off" if loss >= 0.25 else "")
            + ("in between" if 0.1 <= loss < 0.25 else "")
        )
        rows = "".join(
            f"<tr><td>{q:.1f}</td><td>{abs(y - q):.1f}</td><td>{squared(y, q):.2f}</td></tr>"
            for q in (0.9, 0.7, 0.5, 0.3, 0.1)
        )
        self.table.setText(
            f"<table cellspacing=6><tr><th>prediction</th><th>miss</th><th>loss</th></tr>"
            f"{rows}</table>Twice the miss costs four times the loss."
        )


class LossesPage(QWidget):
    """Step 2: squared error and cross-entropy over the prediction."""

    def __init__(self) -> None:
        super().__init__()
        column = _column(self)
        plot = pg.PlotWidget()
        plot.setObjectName("guideLossCurves")
        plot.setAccessibleName("Squared error and cross-entropy over the prediction")
        plot.setBackground("w")
        plot.setFixedHeight(240)  # the whole chart in sight, in a narrow panel too
        plot.addLegend(offset=(60, 8))
        plot.setLabel("bottom", "prediction p")
        plot.setLabel("left", "loss of one row")
        p = np.linspace(0.001, 0.999, 300)
        for actual, style in ((1.0, Qt.PenStyle.SolidLine), (0.0, Qt.PenStyle.DashLine)):
            sq = [squared(actual, v) for v in p]
            ce = [cross_entropy(actual, v) for v in p]
            plot.plot(p, sq, pen=pg.mkPen("#1f77b4", width=2, style=style),
                      name=f"squared, actual {actual:g}")  # fmt: skip
            plot.plot(p, ce, pen=pg.mkPen("#d62728", width=2, style=style),
                      name=f"cross-entropy, actual {actual:g}")  # fmt: skip
        plot.setYRange(0, 3)
        plot.setXRange(0, 1)
        plot.setMouseEnabled(False, False)
        self.plot = plot
        column.addWidget(plot)
        column.addStretch(1)


class CardList(QListWidget):
    """Cards to put in order: drag them, or Ctrl+↑/↓ (or Space to pick one up and the
    arrows to carry it)."""

    moved = Signal()

    def __init__(self) -> None:
        super().__init__()
        self.setObjectName("guideCards")
        self.setAccessibleName("Training steps to put in order")
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
            self.addItem(CARDS[card])
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
        column = _column(self)
        self.cards = CardList()
        self.check = button("Check the order", "guideCheckCards")
        self.hint = _label(name="guideCardsHint")
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
        column = _column(self)
        self.step_row = button("Step row", "guideStepRowButton", "One row's update (Shift+S)")
        self.title = _label(name="guideFrameTitle")
        self.words = _label(name="guideFrameText")
        self.back = button("◀ Moment", "guideFrameBack")
        self.next = button("Moment ▶", "guideFrameNext")
        self.play = QCheckBox("Play")
        self.play.setObjectName("guideFramePlay")
        self.pace = QSlider(Qt.Orientation.Horizontal)
        self.pace.setObjectName("guideFramePace")
        self.pace.setAccessibleName("Seconds between moments when playing")
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
        row.addWidget(QLabel("Pace"))
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
            self.words.setText("Press Step row: the first student goes through the model.")
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
        column = _column(self)
        self.code = LessonCodeView()
        self.code.setMinimumHeight(190)
        self.note = _label(name="guideCodeNote")
        self.step_row = button("Step row", "guideCodeStepRow", "Run the loop on the next row")
        self.pace = QSlider(Qt.Orientation.Horizontal)
        self.pace.setObjectName("guideCodePace")
        self.pace.setAccessibleName("Milliseconds between lines (0: all at once)")
        self.pace.setRange(0, 1000)
        self.pace.setValue(260)
        self.pace.valueChanged.connect(self.code.set_pace)
        self.counters = _label(name="guideCodeCounters")
        # The line just run and its values, in full where a narrow panel cuts them off.
        self.now = _label(name="guideCodeNow")
        self.now.setStyleSheet("color: #b35806;")
        self.code.line_reached.connect(self._show_line)
        column.addWidget(self.code, 1)
        column.addWidget(self.now)
        column.addWidget(self.counters)
        column.addWidget(self.note)
        row = QHBoxLayout()
        row.addWidget(self.step_row)
        row.addWidget(QLabel("Pace"))
        row.addWidget(self.pace, 1)
        column.addLayout(row)
        self.step_row.clicked.connect(self.step_row_requested)

    def _show_line(self, index: int) -> None:
        self.now.setText(f"line {index + 1}: {self.code.said_beside(index)}")


class ReadingPage(QWidget):
    """Step 6: the update lines read on the last row."""

    step_row_requested = Signal()

    def __init__(self) -> None:
        super().__init__()
        column = _column(self)
        self.step_row = button("Step row", "guideReadingStepRow", "Update on the next row")
        self.lines = [_label(name=f"guideReading{i}") for i in range(3)]
        column.addWidget(self.step_row)
        for line in self.lines:
            column.addWidget(line)
        column.addStretch(1)
        self.step_row.clicked.connect(self.step_row_requested)
        self.show_notes([])

    def show_notes(self, notes: list[str]) -> None:
        if not notes:
            notes = ["Press Step row: the next student's update is read out here.", "", ""]
        for label, text in zip(self.lines, notes, strict=True):
            label.setText(text)


class QuestionsPage(QWidget):
    """Steps 7 and 8: choose an answer, run, and read what happened."""

    answered = Signal(str, int)  # question key, choice
    run_requested = Signal(str)  # question key

    def __init__(self, keys: tuple[str, ...]) -> None:
        super().__init__()
        column = _column(self)
        self._showing = False  # an answer being shown, not given
        self.groups: dict[str, QButtonGroup] = {}
        self.runs: dict[str, QPushButton] = {}
        self.reveals: dict[str, QLabel] = {}
        for key in keys:
            q = QUESTIONS[key]
            box = QGroupBox()
            inner = QVBoxLayout(box)
            inner.addWidget(_label(f"<b>{q.prompt}</b>"))
            group = QButtonGroup(box)
            for i, choice in enumerate(q.choices):
                radio = QRadioButton(choice)
                radio.setObjectName(f"guideAnswer_{key}_{i}")
                group.addButton(radio, i)
                inner.addWidget(radio)
            run = button("Run it", f"guideRun_{key}", "Train the exercise and compare")
            run.setEnabled(False)
            reveal = _label(name=f"guideReveal_{key}")
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
        column = _column(self)
        self.status = _label("Click on the landscape: where will (w, b) be after one epoch?",
                             "guideLandingStatus")  # fmt: skip
        self.step = button("Step (S)", "guideLandingStep", "Train one epoch and reveal")
        self.keys = button("Guess with the keys", "guideLandingKeys",
                           "The map takes the keys: arrows move the guess (Shift: finely), "
                           "Enter places it")  # fmt: skip
        self.score = _label(name="guideLandingScore")
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
        ("loss", "Loss is the squared gap between label and prediction",
         "Show it: back to step 1"),
        ("loop", "Training loops over rows and epochs, nudging w and b on every row",
         "Show it: step one row"),
        ("small", "A small learning rate is slow and steady", "Show it: run at 0.01"),
        ("big", "A huge one overshoots and bounces", "Show it: 1.0 on the outlier data"),
        ("start", "The start matters less than you fear", "Show it: start at w = 1.0"),
    )  # fmt: skip

    def __init__(self) -> None:
        super().__init__()
        column = _column(self)
        for key, point, action in self.DEMOS:
            column.addWidget(_label(f"• {point}"))
            demo = button(action, f"guideDemo_{key}")
            demo.clicked.connect(lambda _=False, k=key: self.demo_requested.emit(k))
            column.addWidget(demo)
        column.addStretch(1)


class NextPage(QWidget):
    """Step 11: predict new hours, and on to a hidden layer."""

    demo_requested = Signal(str)

    def __init__(self) -> None:
        super().__init__()
        column = _column(self)
        hidden = button("Lesson ▸ Why a hidden layer?", "guideDemo_hidden")
        hidden.clicked.connect(lambda: self.demo_requested.emit("hidden"))
        column.addWidget(hidden)
        column.addStretch(1)


def ask_crossing(parent: QWidget, now: float | None) -> float | None:
    """Ask me first, before Train: where will p = 0.5 be when training ends? (None:
    cancelled)."""
    value, ok = QInputDialog.getDouble(
        parent,
        "Ask me first",
        "When training ends, at how many hours will the model say 50%?\n"
        + (f"(Now it says 50% at x = {fixed(now)}.)" if now is not None else ""),
        now if now is not None else 2.5,
        -1e6,
        1e6,
        2,
    )
    return value if ok else None
