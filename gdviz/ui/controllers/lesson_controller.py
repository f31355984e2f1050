"""The lesson's exercises as one-click presets.

Each preset keeps a run with the lesson's defaults for comparison, makes the
exercise's settings the next run's, trains, and asks the exercise's question. The
learner's own data and settings are kept aside and come back when they leave the
exercise (the note's "Back to my run", or End race).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from gdviz.core.figures.runs import PastRun
from gdviz.core.i18n import QT_TRANSLATE_NOOP, localise, translate
from gdviz.core.run.settings import RunSettings
from gdviz.core.teach.lessons import Exercise
from gdviz.core.train.data import DataSet, lesson_data, load_builtin
from gdviz.ui.controllers.data_controller import DataController
from gdviz.ui.controllers.kept_runs import KeptRuns
from gdviz.ui.controllers.run_controller import RunController
from gdviz.ui.models import SettingsModel

DEFAULTS_LABEL = QT_TRANSLATE_NOOP("lesson_controller", "lesson defaults")


class LessonController(QObject):
    """Starts the lesson's exercises and restores the lesson's defaults."""

    note = Signal(str, str)  # title, question: shown beside the run
    message = Signal(str)
    race_requested = Signal(object, float)  # the racers' settings, the threshold

    def __init__(
        self,
        run: RunController,
        model: SettingsModel,
        data: DataController,
        kept: KeptRuns,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._run = run
        self._model = model
        self._data = data
        self._kept = kept
        self._before: tuple[DataSet, RunSettings] | None = None
        self._switching = False  # the lesson itself is changing the data
        run.data_changed.connect(self._on_data_changed)

    def _on_data_changed(self, data: DataSet, _continued: bool = False) -> None:
        # Data the learner chose during an exercise is their own run from now on: leaving
        # the exercise later must not take it away for what they had before.
        if not self._switching and self._before is not None:
            self._before = None

    @property
    def active(self) -> bool:
        """True while an exercise holds the learner's own data and settings aside."""
        return self._before is not None

    def start(self, exercise: Exercise) -> PastRun | None:
        """Keep a default run to compare with, then train the exercise's settings (or race
        its optimisers). What the learner had (data, settings) is kept aside and comes back
        with :meth:`leave`. Returns the run kept to compare with (None for a race, or
        if a handout locks a setting the exercise changes: ``message`` says so)."""
        title = translate("lessons", exercise.title)
        question = translate("lessons", exercise.question)
        said = translate("lesson_controller", "{title}: {why}")
        why = self.refusal(exercise)
        if why is not None:
            self.message.emit(said.format(title=title, why=why))
            return None
        if self._before is None:
            self._before = (self._run.data, self._model.value)
        if exercise.race:
            self._run.reset()
            self._use(exercise.data)
            settings = RunSettings().with_(**exercise.changes)
            self._run.start_new(settings)
            racers = [settings.with_(optimizer=kind) for kind in exercise.race]
            self.race_requested.emit(racers, exercise.threshold)
            self.note.emit(title, question)
            self.message.emit(said.format(title=title, why=question))
            return None
        self._run.reset()  # the run so far is kept before the data may change
        self._use(exercise.data)
        if exercise.compare is not None:
            compare = RunSettings().with_(**exercise.compare)
            compared = self._kept.train_and_keep(
                compare, self._run.data, localise(translate("lessons", exercise.compare_label))
            )
        else:
            compared = self._show_default_run()
        self._run.start_new(RunSettings().with_(**exercise.changes), train=True)
        self.note.emit(title, question)
        self.message.emit(said.format(title=title, why=question))
        return compared

    def refusal(self, exercise: Exercise) -> str | None:
        """Why ``exercise`` cannot start while a handout locks settings (None: it can)."""
        return self._model.refusal(RunSettings().with_(**exercise.changes))

    def leave(self) -> None:
        """Back to the learner's own data and settings, as they were before the first
        exercise (the exercise's runs stay in Runs)."""
        if self._before is None:
            return
        data, settings = self._before
        self._before = None
        self._run.reset()
        if not self._run.data.same_rows(data):
            self._switching = True
            try:
                self._data.edit(data, "back to my data")
            finally:
                self._switching = False
        self._run.start_new(settings)
        self.note.emit("", "")
        said = translate(
            "lesson_controller",
            "Back to your data ({name}) and settings: the exercise's runs are kept in the Runs "
            "tab.",
        )
        self.message.emit(said.format(name=data.name))

    def _use(self, name: str) -> None:
        if not self._run.data.same_rows(load_builtin(name)):
            self._switching = True
            try:
                self._data.use_builtin(name)
            finally:
                self._switching = False

    def _show_default_run(self) -> PastRun:
        """The faded default run the exercises compare with: kept once, and shown."""
        lesson = lesson_data()
        for index, r in enumerate(self._kept.runs):
            if r.settings == RunSettings() and r.epochs == 1000 and r.data.same_rows(lesson):
                self._kept.set_visible(index, True)
                return r
        return self._kept.train_and_keep(
            RunSettings(), self._run.data, translate("lesson_controller", DEFAULTS_LABEL)
        )

    def restore_defaults(self) -> bool:
        """Everything as the lesson has it: data, learning rate, epochs, start and options
        (False, and said, if a handout locks a setting that would change)."""
        why = self._model.refusal(RunSettings())
        if why is not None:
            said = translate("lesson_controller", "Lesson defaults not restored: {why}")
            self.message.emit(said.format(why=why))
            return False
        self._before = None
        self._run.reset()
        if not self._run.data.same_rows(lesson_data()):
            self._data.use_builtin("lesson")
        self._run.start_new(RunSettings())
        said = translate(
            "lesson_controller",
            "Lesson defaults restored: the lesson's data, learning rate 0.1, 1,000 epochs, start "
            "w = 0.1, b = 0, squared error, the lesson's nudge, per-row updates.",
        )
        self.message.emit(said)
        return True
