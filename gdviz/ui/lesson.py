"""The Lesson menu: the lesson's exercises as one-click presets.

Each preset keeps a run with the lesson's defaults for comparison, sets the
controls, trains, and asks the exercise's question in the side note.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenuBar

from gdviz.core.data import lesson_data
from gdviz.core.trainer import Hyperparameters, Trainer
from gdviz.ui.runs import past_run

if TYPE_CHECKING:
    from gdviz.ui.main_window import MainWindow


@dataclass(frozen=True)
class Exercise:
    name: str
    title: str
    changes: dict
    question: str


EXERCISES = [
    Exercise(
        "lr001",
        "Exercise 1: learning rate 0.01",
        {"learning_rate": 0.01},
        "Steps ten times smaller than the lesson's. Compare the red curve with the faded "
        "default: is the fall slower or faster? Is it smoother? How far is the loss "
        "after 1000 epochs from the default's?",
    ),
    Exercise(
        "lr1",
        "Exercise 2: learning rate 1.0",
        {"learning_rate": 1.0},
        "Steps ten times bigger. Does the loss fall faster? Look at the start of the "
        "curve and at the path on the landscape: does it bounce across the valley?",
    ),
    Exercise(
        "w1",
        "Exercise 3: start at w = 1.0",
        {"weight": 1.0},
        "A different starting weight. Does it still get to the bottom? Compare the "
        "number of epochs it needs with the faded default run.",
    ),
]


class LessonMenu(QObject):
    def __init__(self, window: MainWindow, bar: QMenuBar) -> None:
        super().__init__(window)
        self.window = window
        menu = bar.addMenu("&Lesson")
        menu.setObjectName("lessonMenu")
        self.actions = {}
        for exercise in EXERCISES:
            act = QAction(exercise.title, window)
            act.setObjectName(f"exercise_{exercise.name}")
            act.setStatusTip(exercise.question)
            act.triggered.connect(lambda _=False, e=exercise: self.start(e))
            menu.addAction(act)
            self.actions[exercise.name] = act
        menu.addSeparator()
        menu.addAction(window.defaults_action)

    def start(self, exercise: Exercise) -> None:
        w = self.window
        if w.run.data.rows != lesson_data().rows:
            w.data_menu.use_builtin("lesson")
        w.set_options(Hyperparameters())
        if not self._has_default_run():
            self._add_default_run()
        w.controls.show_hyperparameters(Hyperparameters().with_(**exercise.changes))
        w.reset()
        w.train()
        w.controls.show_note(exercise.title, exercise.question)
        w.statusBar().showMessage(f"{exercise.title}: {exercise.question}")

    def _has_default_run(self) -> bool:
        w = self.window
        current_default = (
            w.run.hp == Hyperparameters()
            and len(w.run.history) == 1000
            and w.run.data.rows == lesson_data().rows
        )
        kept = any(
            r.hp == Hyperparameters() and r.epochs == 1000 and r.data_name == "lesson"
            for r in w.runs.runs
        )
        return current_default or kept

    def _add_default_run(self) -> None:
        """Train the lesson's defaults headless (a millisecond) and keep them for comparison."""
        w = self.window
        trainer = Trainer(lesson_data(), Hyperparameters())
        trainer.run_to_end()
        w.runs.add(
            past_run("lesson defaults", trainer.hp, "lesson", trainer.history, trainer.w, trainer.b)
        )
