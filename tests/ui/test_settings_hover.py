"""Remembered settings, the loss plot's hover read-out, renaming a kept run."""

from __future__ import annotations

import pyqtgraph as pg
from helpers import set_max_speed, wait_state
from PySide6.QtCore import QEvent, QPoint, QPointF, QSettings, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from gdviz.app import MainWindow
from gdviz.ui.views import images as export


def test_settings_persist_and_defaults_come_back(qtbot, tmp_path):
    store = QSettings(str(tmp_path / "gdviz.ini"), QSettings.Format.IniFormat)
    first = MainWindow(settings=store)
    qtbot.addWidget(first)
    first.controls.lr_spin.setValue(0.37)
    first.controls.epochs_spin.setValue(250)
    first.controls.weight_spin.setValue(-1.5)
    first.view.set_log_scale(True)
    first.close()
    second = MainWindow(settings=QSettings(str(tmp_path / "gdviz.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(second)
    c = second.controls
    assert (c.lr_spin.value(), c.epochs_spin.value(), c.weight_spin.value()) == (0.37, 250, -1.5)
    assert second.acts.log_scale.isChecked() and second.view.log_scale
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


def view_point(plot, x, y):
    scene = plot.getPlotItem().vb.mapViewToScene(pg.Point(x, y))
    p = plot.mapFromScene(scene)
    return QPoint(round(p.x()), round(p.y()))


def hover(qtbot, plot, x):
    """Move the pointer over ``plot`` to epoch ``x``, halfway up. pyqtgraph drops moves
    that come too close to the one before: the tests switch that off (conftest.py)."""
    (_, _), (y0, y1) = plot.getPlotItem().vb.viewRange()
    pos = QPointF(view_point(plot, x, (y0 + y1) / 2))
    event = QMouseEvent(
        QEvent.Type.MouseMove,
        pos,
        plot.viewport().mapToGlobal(pos),
        Qt.MouseButton.NoButton,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(plot.viewport(), event)


def test_hover_shows_epoch_and_loss_and_goes_away(qtbot, window, tmp_path):
    set_max_speed(window)
    window.train()
    wait_state(qtbot, window, "finished")
    plot = window.loss_plot
    hover(qtbot, plot, 250)
    assert plot.hover_text() == f"epoch 250\nloss {window.history.loss[250]:.6g}"
    # Never exported: the read-out follows the pointer, it is not part of the plot.
    image = export.plot_image(plot, 800)
    assert plot.hover_text() is not None  # still shown on screen after the export
    plot.hide_hover()
    assert export.plot_image(plot, 800) == image
    # Gone when the pointer leaves, on log scale, and on reset.
    hover(qtbot, plot, 250)
    QApplication.sendEvent(plot, QEvent(QEvent.Type.Leave))
    assert plot.hover_text() is None
    for change in (lambda: window.view.set_log_scale(True), window.reset):
        hover(qtbot, plot, 200)
        assert plot.hover_text() is not None
        change()
        assert plot.hover_text() is None


def test_renaming_a_kept_run(qtbot, window):
    set_max_speed(window)
    window.train()
    wait_state(qtbot, window, "finished")
    window.controls.lr_spin.setValue(0.5)
    window.reset()
    item = window.runs_panel.list.item(0)
    item.setText("slow and steady")
    assert window.runs.label(window.runs.runs[0]) == "slow and steady"
    assert window.loss_plot.legend_names() == ["this run (squared error)", "slow and steady"]
    assert item.checkState() == Qt.CheckState.Checked
