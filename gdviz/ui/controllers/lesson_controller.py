"""The lesson's exercises as one-click presets.

Each preset keeps a run with the lesson's defaults for comparison, makes the
exercise's settings the next run's, trains, and asks the exercise's question.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from gdviz.core.run.settings import RunSettings
from gdviz.core.teach.lessons import Exercise
from gdviz.core.train.data import lesson_data
from gdviz.ui.controllers.data_controller import DataController
from gdviz.ui.controllers.kept_runs import KeptRuns
from gdviz.ui.controllers.run_controller import RunController

DEFAULTS_LABEL = "lesson defaults"


class LessonController(QObject):
    """Starts the lesson's exercises and restores the lesson's defaults."""

    note = Signal(str, str)  # title, question: shown beside the run
    message = Signal(str)
    race_requested = Signal(object, float)  # the racers' settings, the threshold

    def __init__(
        self,
        run: RunController,
        data: DataController,
        kept: KeptRuns,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._run = run
        self._data = data
        self._kept = kept

    def start(self, exercise: Exercise) -> None:
        """Keep a default run to compare with, then train the exercise's settings (or race
        its optimisers)."""
        if exercise.race:
            self._run.reset()
            self._data.use_builtin(exercise.data)
            settings = RunSettings().with_(**exercise.changes)
            self._run.start_new(settings)
            racers = [settings.with_(optimizer=kind) for kind in exercise.race]
            self.race_requested.emit(racers, exercise.threshold)
            self.note.emit(exercise.title, exercise.question)
            self.message.emit(f"{exercise.title}: {exercise.question}")
            return
        lesson = lesson_data()
        self._run.reset()  # the run so far is kept before the data may change
        if not self._run.data.same_rows(lesson):
            self._data.use_builtin("lesson")
        if not self._has_default_run():
            self._kept.train_and_keep(RunSettings(), self._run.data, DEFAULTS_LABEL)
        self._run.start_new(RunSettings().with_(**exercise.changes), train=True)
        self.note.emit(exercise.title, exercise.question)
        self.message.emit(f"{exercise.title}: {exercise.question}")

    def restore_defaults(self) -> None:
        """Everything as the lesson has it: data, learning rate, epochs, start and options."""
        self._run.reset()
        if not self._run.data.same_rows(lesson_data()):
            self._data.use_builtin("lesson")
        self._run.start_new(RunSettings())
        self.message.emit(
            "Lesson defaults restored: the lesson's data, learning rate 0.1, "
            "1,000 epochs, start w = 0.1, b = 0, squared error, the lesson's nudge, "
            "per-row updates."
        )

    def _has_default_run(self) -> bool:
        lesson = lesson_data()
        return any(
            r.settings == RunSettings() and r.epochs == 1000 and r.data.same_rows(lesson)
            for r in self._kept.runs
        )
