"""Earlier runs kept for comparison: the list (a model) and the Runs tab (its view).

When a new run starts, the one before (if it trained at all) is kept. The
plots draw the visible kept runs as faded overlays; the Runs tab lists them,
named by what differs from the next run *now*. Runs on another data set are
hidden (unticked, still listed) whenever the data changes.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from superqt.utils import signals_blocked

from gdviz.core.figures.runs import PastRun, past_run
from gdviz.core.run.settings import RunSettings
from gdviz.core.train.data import DataSet
from gdviz.core.train.trainer import Trainer
from gdviz.ui.controllers.run_controller import RunController
from gdviz.ui.models import SettingsModel
from gdviz.ui.views.race_views import RacePanel

PALETTE = [
    "#1f77b4",
    "#ff7f0e",
    "#9467bd",
    "#8c564b",
    "#e377c2",
    "#17becf",
    "#bcbd22",
    "#7f7f7f",
    "#2ca02c",
    "#d62728",
]
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
        return run.label(self._settings.value, self._run.data)

    def visible(self) -> list[PastRun]:
        return [r for r in self.runs if r.visible]

    def keep_current(self) -> PastRun | None:
        """Keep the current run (if it trained at all) before it is replaced."""
        r = self._run
        if not len(r.history):
            return None
        return self.add(
            past_run(self._kept + 1, r.settings, r.data, r.history, r.w, r.b, r.lr_changes)
        )

    def add(self, run: PastRun) -> PastRun:
        self._kept += 1
        run.number = self._kept
        run.colour = PALETTE[(self._kept - 1) % len(PALETTE)]
        self.runs.append(run)
        self._trim()
        self.changed.emit()
        return run

    def train_and_keep(self, settings: RunSettings, data: DataSet, label: str) -> PastRun:
        """Train ``settings`` on ``data`` headless (the lesson's run takes a millisecond)
        and keep it under ``label``."""
        trainer = Trainer(data, settings)
        trainer.run_to_end()
        run = past_run(0, settings, data, trainer.history, trainer.w, trainer.b)
        run.custom_label = label
        return self.add(run)

    def set_visible(self, index: int, visible: bool) -> None:
        if self.runs[index].visible != visible:
            self.runs[index].visible = visible
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
        for run in self.runs:
            if not run.data.same_rows(data):
                run.visible = False
        self.changed.emit()


class RunsPanel(QWidget):
    """The Runs tab: a race (when one is on), and the kept runs: tick to show,
    double-click to rename, remove."""

    race_requested = Signal()

    def __init__(self, kept: KeptRuns, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kept = kept
        self.race_panel = RacePanel()
        self.race_button = QPushButton("Race optimisers…")
        self.race_button.setObjectName("raceButton")
        self.race_button.setToolTip(
            "Train several optimisers at once from the same start and watch them race "
            "(Run ▸ Race optimisers…)"
        )
        self.race_button.clicked.connect(self.race_requested)
        self.list = QListWidget()
        self.list.setObjectName("runsList")
        self.list.setToolTip(
            "Earlier runs, drawn faded on every plot. Untick to hide, double-click to rename."
        )
        self.remove_button = QPushButton("Remove")
        self.remove_button.setObjectName("removeRunButton")
        self.clear_button = QPushButton("Remove all")
        self.keep_spin = QSpinBox()
        self.keep_spin.setObjectName("keepRunsSpin")
        self.keep_spin.setRange(1, 50)
        self.keep_spin.setValue(kept.limit)
        self.keep_spin.setToolTip("How many earlier runs to keep; the oldest go first")
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.clear_button)
        keep = QHBoxLayout()
        keep.addWidget(QLabel("Keep up to"))
        keep.addWidget(self.keep_spin)
        keep.addWidget(QLabel("runs"))
        keep.addStretch(1)
        hint = QLabel(
            "Each new run keeps the one before it here, named by what it did differently. "
            "Runs on other data are hidden when the data changes."
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.race_panel)
        layout.addWidget(self.race_button)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(keep)
        layout.addLayout(buttons)
        self.list.itemChanged.connect(self._on_item_changed)
        self.remove_button.clicked.connect(self._remove_selected)
        self.clear_button.clicked.connect(kept.clear)
        self.keep_spin.valueChanged.connect(kept.set_limit)
        kept.changed.connect(self.refresh)

    def refresh(self) -> None:
        """Show the kept runs as they are now."""
        runs = self._kept.runs
        with signals_blocked(self.list):
            while self.list.count() > len(runs):
                self.list.takeItem(self.list.count() - 1)
            for index, run in enumerate(runs):
                item = self.list.item(index)
                if item is None:
                    item = QListWidgetItem()
                    item.setFlags(
                        item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable
                    )
                    self.list.addItem(item)
                item.setText(self._kept.label(run))
                checked = Qt.CheckState.Checked if run.visible else Qt.CheckState.Unchecked
                item.setCheckState(checked)
                item.setForeground(QColor(run.colour))
                item.setToolTip(
                    f"{run.epochs:,} epochs on {run.data.name}; final loss "
                    f"{run.final_loss:.4g}; w = {run.w:.4g}, b = {run.b:.4g}"
                )

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        index = self.list.row(item)
        visible, text = item.checkState() == Qt.CheckState.Checked, item.text()
        self._kept.rename(index, text)
        self._kept.set_visible(index, visible)

    def _remove_selected(self) -> None:
        self._kept.remove([self.list.row(i) for i in self.list.selectedItems()])
