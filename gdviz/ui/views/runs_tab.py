"""The Runs tab: a race (when one is on), and the kept runs: tick to show, double-click to
rename, remove (a view of :class:`~gdviz.ui.controllers.kept_runs.KeptRuns`)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from gdviz.core.i18n import localise, translate
from gdviz.ui.blocking import signals_blocked
from gdviz.ui.controllers.kept_runs import KeptRuns
from gdviz.ui.views.plot_ink import on_palette
from gdviz.ui.views.race_views import RacePanel


class RunsPanel(QWidget):
    """The Runs tab: a race (when one is on), and the kept runs: tick to show,
    double-click to rename, remove."""

    race_requested = Signal()

    def __init__(self, kept: KeptRuns, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._kept = kept
        self.race_panel = RacePanel()
        self.race_button = QPushButton(translate("runs_tab", "Race optimisers…"))
        self.race_button.setObjectName("raceButton")
        self.race_button.setToolTip(
            translate(
                "runs_tab",
                "Train several optimisers at once from the same start and watch them race "
                "(Run ▸ Race optimisers…)",
            )
        )
        self.race_button.clicked.connect(self.race_requested)
        self.list = QListWidget()
        self.list.setObjectName("runsList")
        self.list.setToolTip(
            translate(
                "runs_tab",
                "Earlier runs, drawn faded on every plot. Untick to hide, double-click to rename.",
            )
        )
        self.remove_button = QPushButton(translate("runs_tab", "Remove"))
        self.remove_button.setObjectName("removeRunButton")
        self.clear_button = QPushButton(translate("runs_tab", "Remove all"))
        self.keep_spin = QSpinBox()
        self.keep_spin.setObjectName("keepRunsSpin")
        self.keep_spin.setRange(1, 50)
        self.keep_spin.setValue(kept.limit)
        self.keep_spin.setToolTip(
            translate("runs_tab", "How many earlier runs to keep; the oldest go first")
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.clear_button)
        keep = QHBoxLayout()
        keep.addWidget(QLabel(translate("runs_tab", "Keep up to")))
        keep.addWidget(self.keep_spin)
        keep.addWidget(QLabel(translate("runs_tab", "runs")))
        keep.addStretch(1)
        hint = QLabel(
            translate(
                "runs_tab",
                "Each new run keeps the one before it here, named by what it did differently. "
                "Runs on other data are hidden when the data changes.",
            )
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
        # Space is Train everywhere: a button clicked with the mouse must not take it.
        for button in (self.race_button, self.remove_button, self.clear_button):
            button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        self.list.itemChanged.connect(self._on_item_changed)
        self.remove_button.clicked.connect(self._remove_selected)
        self.clear_button.clicked.connect(self._remove_all)
        self.keep_spin.valueChanged.connect(kept.set_limit)
        kept.changed.connect(self.refresh)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt API)
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange:  # View ▸ Theme: the runs' colours
            self.refresh()

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
                item.setForeground(on_palette(run.colour, self))  # light on dark
                tip = translate(
                    "runs_tab", "{epochs} epochs on {data}; final loss {loss}; w = {w}, b = {b}"
                )
                item.setToolTip(
                    tip.format(
                        epochs=localise(f"{run.epochs:,}"),
                        data=run.data.name,
                        loss=localise(f"{run.final_loss:.4g}"),
                        w=localise(f"{run.w:.4g}"),
                        b=localise(f"{run.b:.4g}"),
                    )
                )

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        index = self.list.row(item)
        visible, text = item.checkState() == Qt.CheckState.Checked, item.text()
        self._kept.rename(index, text)
        self._kept.set_visible(index, visible)

    def _remove_all(self) -> None:
        n = len(self._kept.runs)
        if not n:
            return
        answer = QMessageBox.question(
            self,
            translate("runs_tab", "Remove all runs"),
            translate(
                "runs_tab",
                "Remove all {n} kept runs from the plots and the list? This cannot be undone.",
            ).format(n=n),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self._kept.clear()

    def _remove_selected(self) -> None:
        self._kept.remove([self.list.row(i) for i in self.list.selectedItems()])
