"""Earlier runs kept for comparison (the Runs tab, :mod:`gdviz.ui.views.runs_tab`, is
their view).

When a new run starts, the one before (if it trained at all) is kept. The
plots draw the visible kept runs as faded overlays; the Runs tab lists them,
named by what differs from the next run *now*. Runs on another data set are
hidden (unticked, still listed) whenever the data changes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from gdviz.core.figures.palette import KEPT
from gdviz.core.figures.runs import PastRun, past_run
from gdviz.core.i18n import translate
from gdviz.core.run.settings import RunSettings
from gdviz.core.train.data import DataSet
from gdviz.core.train.trainer import Trainer
from gdviz.ui.controllers.run_controller import RunController
from gdviz.ui.models import SettingsModel

PALETTE = list(KEPT)
KEEP = 10


class KeptRuns(QObject):
    """The kept runs, oldest first. ``changed`` whenever the list, a run's visibility or
    any name may have changed (names follow the next run's settings and data)."""

    changed = Signal()

    def __init__(
        self, run: RunController, settings: SettingsModel, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._run = run
        self._settings = settings
        self.runs: list[PastRun] = []
        self.limit = KEEP
        self._kept = 0  # runs kept so far: numbers and colours
        run.about_to_reset.connect(self.keep_current)
        run.data_changed.connect(self._on_data_changed)
        settings.changed.connect(self.changed)

    def label(self, run: PastRun) -> str:
        """Its name: the user's, else what it did differently from the next run now; a
        name another kept run has too gets what sets it apart ("again, run 4")."""
        return self.labels().get(id(run), "")

    def labels(self) -> dict[int, str]:
        """Every kept run's name (by ``id``), all different."""
        now, data = self._settings.value, self._run.data
        names: dict[int, str] = {}
        taken: dict[str, PastRun] = {}
        for run in self.runs:
            name = run.label(now, data)
            if name in taken and not run.custom_label:
                again = translate("kept_runs", "{name} (again, run {number})")
                name = again.format(name=name, number=run.number)
            taken.setdefault(name, run)
            names[id(run)] = name
        return names

    def visible(self) -> list[PastRun]:
        return [r for r in self.runs if r.visible]

    def keep_current(self) -> PastRun | None:
        """Keep the current run (if it trained at all) before it is replaced."""
        r = self._run
        if not len(r.history):
            return None
        return self.add(
            past_run(
                self._kept + 1,
                r.settings,
                r.data,
                r.history,
                r.params,
                r.lr_changes,
                r.start_params,
            )  # fmt: skip
        )

    def add(self, run: PastRun) -> PastRun:
        self._kept += 1
        run.number = self._kept
        run.colour = PALETTE[(self._kept - 1) % len(PALETTE)]
        self.runs.append(run)
        self._trim()
        self.changed.emit()
        return run

    def keep_racers(self, racers: list, data: DataSet) -> None:
        """Keep every racer that trained (a race's runs stay comparable once it ends)."""
        for racer in racers:
            if len(racer.history):
                run = past_run(0, racer.settings, data, racer.history, racer.params,
                               start=racer.start)  # fmt: skip
                run.custom_label = translate("kept_runs", "race: {label}").format(label=racer.label)
                self.add(run)

    def train_and_keep(self, settings: RunSettings, data: DataSet, label: str) -> PastRun:
        """Train ``settings`` on ``data`` headless (the lesson's run takes a millisecond)
        and keep it under ``label``."""
        trainer = Trainer(data, settings)
        trainer.run_to_end()
        run = past_run(0, settings, data, trainer.history, trainer.parameters)
        run.custom_label = label
        return self.add(run)

    def set_visible(self, index: int, visible: bool) -> None:
        run = self.runs[index]
        run.hidden_for_data = False  # the user's choice from now on
        if run.visible != visible:
            run.visible = visible
            self.changed.emit()

    def rename(self, index: int, text: str) -> None:
        text = text.strip()
        run = self.runs[index]
        if text != self.label(run):
            run.custom_label = text or None
            self.changed.emit()

    def remove(self, indices: list[int]) -> None:
        for index in sorted(set(indices), reverse=True):
            del self.runs[index]
        self.changed.emit()

    def clear(self) -> None:
        self.runs.clear()
        self.changed.emit()

    def set_limit(self, limit: int) -> None:
        self.limit = max(1, int(limit))
        if self._trim():
            self.changed.emit()

    def _trim(self) -> bool:
        excess = len(self.runs) - self.limit
        if excess > 0:
            del self.runs[:excess]
        return excess > 0

    def _on_data_changed(self, data: DataSet, continued: bool) -> None:
        """Runs on other data are hidden (they would stretch the axes); those hidden for
        that reason come back when their data does."""
        for run in self.runs:
            same = run.data.same_rows(data)
            if not same and run.visible:
                run.visible = False
                run.hidden_for_data = True
            elif same and run.hidden_for_data:
                run.visible = True
                run.hidden_for_data = False
        self.changed.emit()
