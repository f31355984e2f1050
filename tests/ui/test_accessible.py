"""Every control a screen reader lands on has a name, in the window and in its dialogs;
each plot's description says what it shows now."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from helpers import set_max_speed, wait_grid, wait_state
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSlider,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QGraphicsView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from gdviz.core.io.table import open_table
from gdviz.core.teach.guide import STEPS
from gdviz.core.teach.words import math_text, number
from gdviz.core.train.optimizers import Optimizer
from gdviz.ui.views.column_dialog import ColumnDialog
from gdviz.ui.views.export_dialogs import AnimationDialog, ExportDialog
from gdviz.ui.views.generate_dialog import GenerateDialog
from gdviz.ui.views.gradient_dialog import GradientDialog
from gdviz.ui.views.handout_dialog import HandoutDialog
from gdviz.ui.views.help import KeysDialog
from gdviz.ui.views.hold_out_dialog import HoldOutDialog
from gdviz.ui.views.race_views import RaceDialog
from gdviz.ui.views.sweep_window import SweepDialog, SweepWindow

INTERACTIVE = (QAbstractButton, QAbstractSpinBox, QComboBox, QAbstractSlider, QLineEdit,
               QTabBar, QAbstractItemView, QPlainTextEdit, QTextEdit, QGraphicsView)  # fmt: skip
DATASETS = Path(__file__).resolve().parents[2] / "resources" / "datasets"


def reachable(root: QWidget) -> list[QWidget]:
    """The interactive widgets of ``root`` a user can reach now: shown, enabled and
    taking focus (a spin box's own line edit is the spin box's)."""
    return [
        w
        for w in [root, *root.findChildren(QWidget)]
        if isinstance(w, INTERACTIVE)
        and not isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox))
        and w.isVisibleTo(root)
        and w.isEnabled()
        and w.focusPolicy() != Qt.FocusPolicy.NoFocus
    ]


def unnamed(widgets: list[QWidget]) -> list[str]:
    return [f"{type(w).__name__} {w.objectName()!r}" for w in widgets if not w.accessibleName()]


def every_tab(window) -> list[QWidget]:
    """What is reachable with each tab of each tab widget chosen in turn."""
    found: dict[int, QWidget] = {}
    for tabs in window.findChildren(QTabWidget):
        for i in range(tabs.count()):
            tabs.setCurrentIndex(i)
            found.update((id(w), w) for w in reachable(window))
    return list(found.values())


def test_every_control_of_the_window_has_a_name(qtbot, window):
    widgets = every_tab(window)
    window.guide.open()
    for step in range(len(STEPS)):
        window.guide.go(step)
        found = reachable(window.guide.panel)
        widgets += found
        assert found, step
    assert len(widgets) > 60
    assert unnamed(widgets) == []
    names = {w.objectName(): w.accessibleName() for w in widgets}
    assert names["learningRateSpin"] == "Learning rate"  # its form row's label
    assert names["learningRateSlider"] == "Learning rate"  # the row under it, unlabelled
    assert names["trainButton"] == "Train"  # its text
    assert names["keepRunsSpin"] == "Keep up to"  # the label before it in its row
    assert names["fitPlot"] == "Fit plot"  # its object name, in words
    spin = window.controls.lr_spin
    assert spin.accessibleDescription() == spin.toolTip().removeprefix("Learning rate: ")


def dialogs(window, tmp_path) -> list[QWidget]:
    """Every dialog the menus open, made as they make them (parented to the window)."""
    path = str(DATASETS / "hours-sleep.csv")
    settings = window.run_settings.value
    return [
        HoldOutDialog(settings, 4, window),
        GenerateDialog(window),
        SweepDialog(window, 1000, 0.05),
        SweepWindow(window),
        RaceDialog(window, settings),
        HandoutDialog(window, 0),
        GradientDialog(window),
        ExportDialog(window, str(tmp_path)),
        AnimationDialog(window, str(tmp_path / "run.gif")),
        ColumnDialog(window, path, open_table(path)),
    ]


def test_every_control_of_every_dialog_has_a_name(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(KeysDialog, "exec", QDialog.show)
    window.show_keys()  # Help ▸ Keyboard and mouse, as the menu opens it
    made = [*dialogs(window, tmp_path), window.findChild(KeysDialog, "keysDialog")]
    missing = {}
    for dialog in made:
        dialog.show()  # named when first shown, everything in it built
        widgets = reachable(dialog)
        assert widgets, type(dialog).__name__
        if unnamed(widgets):
            missing[type(dialog).__name__] = unnamed(widgets)
        dialog.close()
    assert missing == {}
    race = made[4]
    assert race.rates[Optimizer.ADAM].accessibleName() == "Adam learning rate"  # by hand
    sweep = made[3]
    assert sweep.epochs_plot.accessibleName() == "Epochs to reach the threshold"  # its title


def test_each_plot_says_what_it_shows_after_training(qtbot, window):
    fit, loss, land = window.fit_plot, window.loss_plot, window.landscape_plot
    data = window.run.data
    passed = int(np.count_nonzero(data.ys >= 0.5))
    start = fit.accessibleDescription()
    assert start == (f"sigmoid p = σ(0.10·x + 0.00), {len(data)} points, {passed} passed")
    assert loss.accessibleDescription() == "squared error: no epoch trained yet"
    set_max_speed(window)
    window.controls.train_button.click()
    wait_state(qtbot, window, "finished")
    wait_grid(qtbot, window)
    w, b = window.current_parameters
    assert (round(w, 2), round(b, 2)) == (4.30, -10.51)
    qtbot.waitUntil(lambda: fit.accessibleDescription() != start, timeout=2_000)
    assert fit.accessibleDescription() == (
        f"sigmoid p = σ(4.30·x − 10.51), {len(data)} points, {passed} passed"
    )
    last = float(window.history.loss[-1])
    assert loss.accessibleDescription() == (
        f"squared error over 1,000 epochs, last loss {number(last)}"
    )
    qtbot.waitUntil(lambda: "the run at" in land.accessibleDescription(), timeout=2_000)
    grid = window.landscape.grid
    assert land.accessibleDescription() == (
        f"total loss over weight w from {math_text(grid.w[0], 2)} to "
        f"{math_text(grid.w[-1], 2)}, bias b from {math_text(grid.b[0], 2)} to "
        f"{math_text(grid.b[-1], 2)}, the run at (4.30, −10.51)"
    )
    assert window.network_view.canvas.accessibleDescription() == (
        "the lesson's neuron: p = σ(w·x + b), w = 4.30, b = −10.51"
    )


def test_a_past_epoch_and_held_out_rows_are_described(qtbot, window):
    set_max_speed(window)
    window.run_settings.update(validation=0.25)
    window.controls.train_button.click()
    wait_state(qtbot, window, "finished")
    window.presenter.view_epoch(10)
    fit, loss = window.fit_plot, window.loss_plot
    qtbot.waitUntil(lambda: "viewing epoch 10" in loss.accessibleDescription(), timeout=2_000)
    h = window.history
    rows = window.run.fit_rows
    assert loss.accessibleDescription() == (
        f"squared error over 1,000 epochs, last mean loss {number(h.loss[-1] / rows)}, "
        f"validation {number(h.val_loss[-1])}; viewing epoch 10, loss {number(h.loss[10])}"
    )
    w, b, _ = window.shown_parameters()
    held = int(np.count_nonzero(window.run.held_out))
    assert held > 0
    assert fit.accessibleDescription().startswith(f"epoch 10: sigmoid p = σ({math_text(w, 2)}·x")
    assert fit.accessibleDescription().endswith(f"passed, {held} held out")


@pytest.mark.parametrize("trained", [False, True])
def test_the_metrics_panel_says_its_counts(qtbot, window, trained):
    window.arranged.view_tabs.setCurrentWidget(window.metrics_panel)
    panel = window.metrics_panel
    qtbot.waitUntil(lambda: "accuracy" in panel.accessibleDescription(), timeout=2_000)
    if trained:
        set_max_speed(window)
        window.controls.train_button.click()
        wait_state(qtbot, window, "finished")
    label = panel.values["train"]["Accuracy"].text().replace("\u00a0", " ")
    assert label == ("50.0% (2 of 4)" if not trained else "100.0% (4 of 4)")
    qtbot.waitUntil(lambda: label in panel.accessibleDescription(), timeout=2_000)
    assert panel.accessibleName() == "Metrics"
    assert panel.accessibleDescription().startswith(f"threshold 0.5; train: accuracy {label}")


def test_descriptions_are_written_at_most_4_times_a_second(qtbot, window, monkeypatch):
    written: list[str] = []
    monkeypatch.setattr(window.loss_plot, "setAccessibleDescription", written.append)
    window.descriptions.describe()
    for _ in range(100):  # a burst of redraws, as while training
        window.presenter.redrawn.emit()
    assert len(written) == 1
    qtbot.waitUntil(lambda: len(written) == 2, timeout=1_000)  # the last one, a moment later
    qtbot.wait(400)
    assert len(written) == 2
