"""The guided lesson's panel: a step's title and words, its interactive piece, and
Back / Next / Restart, docked beside the plots."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from gdviz.core.i18n import translate
from gdviz.core.teach.guide import STEPS
from gdviz.ui.views import guide_pages as pages
from gdviz.ui.views.guide_loss_pages import LossesPage, MeasurePage

ROW_STEPS = ("iteration", "code", "reading")  # steps done with Step row


class _SpaceIsTheirs(QObject):
    """Space on a button, a choice or a card presses, chooses or picks it up, as keyboard
    users expect; elsewhere it stays the window's Train/Pause key."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        if event.type() == QEvent.Type.ShortcutOverride:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Space and not event.modifiers():
                event.accept()  # claimed: the key goes to the widget, not the shortcut
        return False


class GuidePanel(QDockWidget):
    """Lesson ▸ Guided lesson. ``step_requested`` asks the controller to go to a step;
    the pages' own signals ask for what they need."""

    step_requested = Signal(int)
    restart_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("guide_panel", "Guided lesson"), parent)
        self.setObjectName("guidedLessonDock")
        self.setAllowedAreas(
            Qt.DockWidgetArea.RightDockWidgetArea | Qt.DockWidgetArea.LeftDockWidgetArea
        )
        body = QWidget()
        column = QVBoxLayout(body)
        self.where = QLabel()
        self.where.setObjectName("guideWhere")
        self.title = QLabel()
        self.title.setObjectName("guideTitle")
        self.title.setWordWrap(True)
        self.words = QLabel()
        self.words.setObjectName("guideText")
        self.words.setWordWrap(True)
        self.words.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        for label, name in (
            (self.where, translate("guide_panel", "Step number")),
            (self.title, translate("guide_panel", "Step title")),
            (self.words, translate("guide_panel", "What to do")),
        ):
            label.setAccessibleName(name)
        self.measure = MeasurePage()
        self.losses = LossesPage()
        self.cards = pages.CardsPage()
        self.iteration = pages.IterationPage()
        self.code = pages.CodePage()
        self.reading = pages.ReadingPage()
        self.rates = pages.QuestionsPage(STEPS[6].questions)
        self.start = pages.QuestionsPage(STEPS[7].questions)
        self.landing = pages.LandingPage()
        self.takeaways = pages.TakeawaysPage()
        self.next_page = pages.NextPage()
        self._pages = {
            "measure": self.measure, "losses": self.losses, "cards": self.cards,
            "iteration": self.iteration, "code": self.code, "reading": self.reading,
            "rates": self.rates, "start": self.start, "landing": self.landing,
            "takeaways": self.takeaways, "next": self.next_page,
        }  # fmt: skip
        self.stack = QStackedWidget()
        for step in STEPS:
            self.stack.addWidget(self._pages[step.key])
        self.handout = QLabel()
        self.handout.setObjectName("guideHandout")
        self.handout.setAccessibleName(translate("guide_panel", "Your teacher's question"))
        self.handout.setWordWrap(True)
        self.handout.setTextFormat(Qt.TextFormat.PlainText)
        self.handout.setStyleSheet(
            "background: #fff2d6; border: 1px solid #e0a040; border-radius: 4px; padding: 6px;"
        )
        self.handout.hide()
        column.addWidget(self.handout)
        column.addWidget(self.where)
        column.addWidget(self.title)
        column.addWidget(self.words)
        self.stepping = QLabel()
        self.stepping.setObjectName("guideSteppingNote")
        self.stepping.setWordWrap(True)
        self.stepping.setStyleSheet("color: #a64b00;")
        self.stepping.hide()
        column.addWidget(self.stepping)
        column.addWidget(self.stack, 1)
        outer = QWidget()
        outer_column = QVBoxLayout(outer)
        outer_column.setContentsMargins(0, 0, 0, 4)
        nav = QHBoxLayout()
        nav.setContentsMargins(8, 0, 8, 0)
        self.back = pages.button(
            translate("guide_panel", "◀ Back"),
            "guideBack",
            translate("guide_panel", "The step before (Alt+Left)"),
        )
        self.next = pages.button(
            translate("guide_panel", "Next ▶"),
            "guideNext",
            translate("guide_panel", "The next step (Alt+Right)"),
        )
        self.restart = pages.button(
            translate("guide_panel", "Restart"),
            "guideRestart",
            translate("guide_panel", "Begin the lesson again"),
        )
        self.back.setShortcut("Alt+Left")
        self.next.setShortcut("Alt+Right")
        nav.addWidget(self.restart)
        nav.addStretch(1)
        nav.addWidget(self.back)
        nav.addWidget(self.next)
        self._scroll = scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(
            Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )  # sideways if too narrow
        outer_column.addWidget(scroll, 1)
        outer_column.addLayout(nav)  # Back and Next stay in sight however long the step
        self.setWidget(outer)
        self.setMinimumWidth(320)
        self._space = _SpaceIsTheirs(self)
        for widget in [*self.findChildren(QAbstractButton), *self.findChildren(QListWidget)]:
            widget.installEventFilter(self._space)
        self.back.clicked.connect(lambda: self.step_requested.emit(self.stack.currentIndex() - 1))
        self.next.clicked.connect(lambda: self.step_requested.emit(self.stack.currentIndex() + 1))
        self.restart.clicked.connect(self.restart_requested)

    def show_handout(self, handout: dict | None) -> None:
        """A teacher's title and question above the steps (None: none)."""
        if handout is None or not (handout["title"] or handout["question"]):
            self.handout.hide()
            return
        self.handout.setText("\n\n".join(t for t in (handout["title"], handout["question"]) if t))
        self.handout.show()

    def set_stepping(self, row: bool, epoch: bool) -> None:
        """Whether Step row and Step can be done now (the window's rule), and why not."""
        why = (
            ""
            if row
            else translate(
                "guide_panel",
                "Step row waits: the run has finished (Reset, R, starts a new one) or is training "
                "(Pause first), or it trains in batches.",
            )
        )
        for page in (self.iteration, self.code, self.reading):
            page.step_row.setEnabled(row)
            page.step_row.setToolTip(why or translate("guide_pages", "One row's update (Shift+S)"))
        self.stepping.setText(why)
        if not row:
            self.iteration.play.setChecked(False)  # playing on would ask for rows in vain
        self.landing.step.setEnabled(epoch)
        self._show_stepping()

    def _show_stepping(self) -> None:
        key = STEPS[self.stack.currentIndex()].key
        self.stepping.setVisible(bool(self.stepping.text()) and key in ROW_STEPS)

    def bring_to_view(self, key: str) -> None:
        """Scroll to question ``key``'s verdict."""
        for page in (self.rates, self.start):
            if key in page.reveals:
                self._scroll.ensureWidgetVisible(page.reveals[key], 8, 24)

    def forget_rows(self) -> None:
        """A new run: nothing of the last run's rows is shown any more."""
        self.iteration.set_frames([])
        self.reading.show_notes([])
        self.code.code.clear_values()
        self.code.counters.setText("")
        self.code.now.setText("")

    def show_step(self, index: int) -> None:
        """Show step ``index`` (0-based)."""
        step = STEPS[index]
        self.where.setText(
            translate("guide_panel", "Step {n} of {total}").format(n=index + 1, total=len(STEPS))
        )
        self.title.setText(f"<h3>{translate('guide', step.title)}</h3>")
        self.words.setText(translate("guide", step.text))
        focus = QApplication.focusWidget()
        had_keys = focus is not None and self.isAncestorOf(focus)
        self.stack.setCurrentIndex(index)
        self._show_stepping()
        # The stack is as tall as the page shown, not as its tallest page.
        for i, page in enumerate(self._pages.values()):
            policy = QSizePolicy.Policy.Preferred if i == index else QSizePolicy.Policy.Ignored
            page.setSizePolicy(policy, policy)
        self.stack.adjustSize()
        self.back.setEnabled(index > 0)
        self.next.setEnabled(index < len(STEPS) - 1)
        if had_keys:  # the keyboard goes on into the step's own controls
            first = next((w for w in self.stack.currentWidget().findChildren(QWidget)
                          if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isEnabled()),
                         None)  # fmt: skip
            (first or self.next).setFocus()
