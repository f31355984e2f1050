"""Remembered settings, the loss plot's hover read-out, renaming a kept run."""

from __future__ import annotations

import pyqtgraph as pg
from helpers import set_max_speed, wait_state
from PySide6.QtCore import QSettings, Qt

from gdviz.app import MainWindow


def test_settings_persist_and_defaults_come_back(qtbot, tmp_path):
    store = QSettings(str(tmp_path / "gdviz.ini"), QSettings.Format.IniFormat)
    first = MainWindow(settings=store)
    qtbot.addWidget(first)
    first.controls.lr_spin.setValue(0.37)
    first.controls.epochs_spin.setValue(250)
    first.controls.weight_spin.setValue(-1.5)
    first.log_action.setChecked(True)
    first.close()
    second = MainWindow(settings=QSettings(str(tmp_path / "gdviz.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(second)
    c = second.controls
    assert (c.lr_spin.value(), c.epochs_spin.value(), c.weight_spin.value()) == (0.37, 250, -1.5)
    assert second.log_action.isChecked()
    assert second.current_parameters == (-1.5, 0.0)
    second.restore_defaults()
    assert (c.lr_spin.value(), c.epochs_spin.value(), c.weight_spin.value()) == (0.1, 1000, 0.1)
    second.close()


def test_damaged_settings_keep_the_lesson_defaults(qtbot, tmp_path):
    path = tmp_path / "bad.ini"
    path.write_text("[run]\nlearning_rate=fast\nepochs=-3\n")
    win = MainWindow(settings=QSettings(str(path), QSettings.Format.IniFormat))
    qtbot.addWidget(win)
    assert win.controls.lr_spin.value() == 0.1 and win.controls.epochs_spin.value() == 1000
    win.close()


def test_hover_shows_epoch_and_loss(qtbot, window):
    set_max_speed(window)
    window.train()
    wait_state(qtbot, window, "finished")
    plot = window.loss_plot
    scene_point = plot.getPlotItem().vb.mapViewToScene(pg.Point(250, 0.5))
    plot._on_mouse_moved(scene_point)
    assert plot._hover.isVisible()
    assert plot._hover.textItem.toPlainText() == f"epoch 250\nloss {window.history.loss[250]:.6g}"


def test_renaming_a_kept_run(qtbot, window):
    set_max_speed(window)
    window.train()
    wait_state(qtbot, window, "finished")
    window.controls.lr_spin.setValue(0.5)
    window.reset()
    item = window.runs_panel.list.item(0)
    item.setText("slow and steady")
    assert window.runs.runs[0].label == "slow and steady"
    names = [i.name() for i in window.loss_plot.getPlotItem().listDataItems()]
    assert "slow and steady" in names and "loss" in names
    assert item.checkState() == Qt.CheckState.Checked
