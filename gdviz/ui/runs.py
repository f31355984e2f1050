"""Earlier runs kept for comparison: faded curves on every plot and a list to manage them.

When a new run starts, the one before (if it trained at all) is kept: its
loss curve, its final sigmoid and its path on the landscape stay as faded
lines, labelled with what differed from the new run ("lr 0.01").
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt, Signal
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

from gdviz.core.decimate import PeakEnvelope
from gdviz.core.history import History
from gdviz.core.trainer import Hyperparameters
from gdviz.ui.landscape import path_points

if TYPE_CHECKING:
    from gdviz.ui.main_window import MainWindow

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


@dataclass
class PastRun:
    """What is needed to draw a finished (or abandoned) run again."""

    label: str
    hp: Hyperparameters
    data_name: str
    epochs: int
    final_loss: float
    w: float
    b: float
    loss_x: np.ndarray
    loss_y: np.ndarray
    path_w: np.ndarray
    path_b: np.ndarray
    colour: str = "#888"
    visible: bool = True
    items: list = field(default_factory=list)


def describe(
    old: Hyperparameters,
    new: Hyperparameters,
    old_data: str,
    new_data: str,
    lr_changes: list[tuple[int, float]],
) -> list[str]:
    """What ``old`` did differently from ``new``, in a learner's words."""
    parts = []
    if len(lr_changes) > 1:
        parts.append("lr " + "→".join(f"{lr:g}" for _, lr in lr_changes))
    elif old.learning_rate != new.learning_rate:
        parts.append(f"lr {old.learning_rate:g}")
    if old.weight != new.weight:
        parts.append(f"w₀ {old.weight:g}")
    if old.bias != new.bias:
        parts.append(f"b₀ {old.bias:g}")
    if old.epochs != new.epochs:
        parts.append(f"{old.epochs:,} epochs")
    if old.loss != new.loss:
        parts.append(old.loss.value)
    if old.gradient != new.gradient:
        parts.append(f"{old.gradient.value} gradient")
    if old.batch_size != new.batch_size:
        parts.append({0: "full batch", 1: "per-row"}.get(old.batch_size, f"batch {old.batch_size}"))
    if old_data != new_data:
        parts.append(f"data {old_data}")
    return parts


def past_run(
    label: str, hp: Hyperparameters, data_name: str, h: History, w: float, b: float
) -> PastRun:
    """A run's curves, copied small enough to keep ten of them."""
    if len(h) <= 4096:
        loss_x, loss_y = np.arange(len(h), dtype=float), h.loss.copy()
    else:
        envelope = PeakEnvelope(max_buckets=1024)
        envelope.update(h.loss)
        loss_x, loss_y = envelope.xy()
    path_w, path_b = path_points(h.w, h.b)
    path_w = np.concatenate([[hp.weight], path_w])
    path_b = np.concatenate([[hp.bias], path_b])
    final = float(h.loss[-1]) if len(h) else float("nan")
    return PastRun(label, hp, data_name, len(h), final, w, b, loss_x, loss_y, path_w, path_b)


def snapshot(window: MainWindow, label: str) -> PastRun:
    """The window's current run as a PastRun."""
    r = window.run
    return past_run(label, r.hp, r.data.name, r.history, r.w, r.b)


class RunsPanel(QWidget):
    """The list of kept runs: tick to show, double-click to rename, remove."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
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
        self.keep_spin.setValue(KEEP)
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
            "Each Reset keeps the run before it here, labelled with what it did differently."
        )
        hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(hint)
        layout.addWidget(self.list, 1)
        layout.addLayout(keep)
        layout.addLayout(buttons)


class RunsKeeper(QObject):
    """Keeps past runs and their faded items on the window's three plots."""

    changed = Signal()

    def __init__(self, window: MainWindow, panel: RunsPanel) -> None:
        super().__init__(window)
        self.window = window
        self.panel = panel
        self.runs: list[PastRun] = []
        self._count = 0  # runs kept so far, for "run N" labels
        self._added = 0  # for colours
        panel.list.itemChanged.connect(self._on_item_changed)
        panel.remove_button.clicked.connect(self.remove_selected)
        panel.clear_button.clicked.connect(self.clear)
        panel.keep_spin.valueChanged.connect(lambda _: self._trim())

    def keep_current(self, new_hp: Hyperparameters, new_data_name: str) -> PastRun | None:
        """Keep the window's run (if it trained) before a new one with ``new_hp`` starts."""
        r = self.window.run
        if not len(r.history):
            return None
        self._count += 1
        parts = describe(r.hp, new_hp, r.data.name, new_data_name, r.lr_changes)
        return self.add(snapshot(self.window, ", ".join(parts) or f"run {self._count}"))

    def add(self, run: PastRun) -> PastRun:
        run.colour = PALETTE[self._added % len(PALETTE)]
        self._added += 1
        pen = pg.mkPen(_faded(run.colour), width=1)  # 1 px: wide translucent pens are slow
        w = self.window
        loss = pg.PlotDataItem(run.loss_x, run.loss_y, pen=pen, name=run.label)
        fit = pg.PlotDataItem(pen=pen)
        path = pg.PlotDataItem(run.path_w, run.path_b, pen=pg.mkPen(_faded(run.colour, 200)))
        for plot, item in ((w.loss_plot, loss), (w.fit_plot, fit), (w.landscape_plot, path)):
            item.setZValue(-5)
            plot.getPlotItem().addItem(item)
        run.items = [loss, fit, path]
        self.runs.append(run)
        self._redraw_fit(run)
        item = QListWidgetItem(self._item_text(run))
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEditable)
        item.setCheckState(Qt.CheckState.Checked)
        item.setForeground(pg.mkColor(run.colour))
        item.setToolTip(
            f"{run.epochs:,} epochs on {run.data_name}; final loss "
            f"{run.final_loss:.4g}; w = {run.w:.4g}, b = {run.b:.4g}"
        )
        blocked = self.panel.list.blockSignals(True)
        self.panel.list.addItem(item)
        self.panel.list.blockSignals(blocked)
        self._trim()
        self.changed.emit()
        return run

    def _item_text(self, run: PastRun) -> str:
        return run.label

    def refresh_fit(self) -> None:
        """Redraw the faded sigmoids over the fit plot's current x range."""
        for run in self.runs:
            self._redraw_fit(run)

    def _redraw_fit(self, run: PastRun) -> None:
        x, p = self.window.fit_plot.curve_points(run.w, run.b)
        run.items[1].setData(x, p)

    def _on_item_changed(self, item: QListWidgetItem) -> None:
        run = self.runs[self.panel.list.row(item)]
        run.visible = item.checkState() == Qt.CheckState.Checked
        text = item.text().strip()
        if text and text != run.label:
            run.label = text
            legend = self.window.loss_plot.getPlotItem().legend
            if legend is not None:
                legend.removeItem(run.items[0])
                run.items[0].opts["name"] = text
                legend.addItem(run.items[0], text)
        for it in run.items:
            it.setVisible(run.visible)
        self.changed.emit()

    def remove(self, index: int) -> None:
        run = self.runs.pop(index)
        for plot, item in zip(
            (self.window.loss_plot, self.window.fit_plot, self.window.landscape_plot),
            run.items,
            strict=True,
        ):
            plot.getPlotItem().removeItem(item)
        blocked = self.panel.list.blockSignals(True)
        self.panel.list.takeItem(index)
        self.panel.list.blockSignals(blocked)
        self.changed.emit()

    def remove_selected(self) -> None:
        for index in sorted(
            (self.panel.list.row(i) for i in self.panel.list.selectedItems()), reverse=True
        ):
            self.remove(index)

    def clear(self) -> None:
        while self.runs:
            self.remove(len(self.runs) - 1)

    def _trim(self) -> None:
        while len(self.runs) > self.panel.keep_spin.value():
            self.remove(0)


def _faded(colour: str, alpha: int = 150):
    c = pg.mkColor(colour)
    c.setAlpha(alpha)
    return c
