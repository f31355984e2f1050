"""The window trains the lesson through its worker thread, bit for bit."""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from helpers import core_history, set_max_speed, wait_state, window_history
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSlider,
    QSpinBox,
)

from gdviz.core.run.settings import RunSettings
from gdviz.core.train.data import from_rows
from gdviz.ui.models import DEFAULT_SPEED, speed_from_position

NAMES = {
    "trainButton": QPushButton,
    "pauseButton": QPushButton,
    "stepButton": QPushButton,
    "resetButton": QPushButton,
    "learningRateSpin": QDoubleSpinBox,
    "weightSpin": QDoubleSpinBox,
    "biasSpin": QDoubleSpinBox,
    "epochsSpin": QSpinBox,
    "learningRateSlider": QSlider,
    "speedSlider": QSlider,
    "lossPlot": pg.PlotWidget,
    "fitPlot": pg.PlotWidget,
    "progressBar": QProgressBar,
    "epochLabel": QLabel,
    "lossLabel": QLabel,
    "weightLabel": QLabel,
    "biasLabel": QLabel,
    "predictInput": QLineEdit,
    "predictOutput": QLabel,
}


def named_item(plot, name):
    items = [i for i in plot.getPlotItem().listDataItems() if i.name() == name]
    assert len(items) == 1
    return items[0]


def test_window_opens_on_the_lesson(window):
    assert window.windowTitle() == "gdviz"
    for name, cls in NAMES.items():
        widget = window.findChild(cls, name)
        assert widget is not None, name
        assert widget.toolTip() or cls in (QLabel, pg.PlotWidget, QProgressBar), name
    find = window.findChild
    assert find(QDoubleSpinBox, "learningRateSpin").value() == 0.1
    assert find(QSpinBox, "epochsSpin").value() == 1000
    assert find(QDoubleSpinBox, "weightSpin").value() == 0.1
    assert find(QDoubleSpinBox, "biasSpin").value() == 0.0
    assert window.state == "idle"
    scatter_points = sum(
        len(i.data)
        for i in window.fit_plot.getPlotItem().items
        if isinstance(i, pg.ScatterPlotItem) and i.isVisible()
    )
    assert scatter_points == 4


def test_default_speed_shows_1000_epochs_in_3_to_5_seconds():
    assert 1000 / 5 <= speed_from_position(DEFAULT_SPEED) <= 1000 / 3


def test_train_at_max_speed_equals_the_core(qtbot, window):
    set_max_speed(window)
    qtbot.mouseClick(window.controls.train_button, pg.QtCore.Qt.MouseButton.LeftButton)
    wait_state(qtbot, window, "finished")
    loss, w, b = core_history()
    x, y = named_item(window.loss_plot, "loss").getData()
    assert x.tolist() == list(range(1000))
    assert y.tolist() == loss
    assert window_history(window) == (loss, w, b)
    assert window.current_parameters == (w[-1], b[-1]) == (4.3018685464211535, -10.50801155978499)
    sx, sy = named_item(window.fit_plot, "sigmoid").getData()
    expected = 1 / (1 + np.exp(-(sx * w[-1] + b[-1])))
    assert np.allclose(sy, expected, rtol=0, atol=1e-15)
    assert window.controls.progress_bar.value() == 1000
    assert window.controls.weight_label.text() == "4.3019"
    assert window.controls.loss_label.text() == f"{loss[-1]:.4f}"
    assert "Finished 1,000 epochs" in window.statusBar().currentMessage()


def test_learning_rate_change_mid_run_applies_from_that_epoch(qtbot, window):
    window.controls.speed_slider.setValue(15)  # ~600 epochs/s: a run of ~1.7 s
    window.train()
    qtbot.waitUntil(lambda: len(window.history) >= 100, timeout=10_000)
    window.controls.lr_spin.setValue(0.5)
    set_max_speed(window)
    wait_state(qtbot, window, "finished")
    changes = window.run.lr_changes
    assert len(changes) == 2 and changes[0] == (0, 0.1) and changes[1][1] == 0.5
    k = changes[1][0]
    assert 100 <= k < 1000
    assert window_history(window) == core_history(lr_changes=changes)
    assert window_history(window)[0][k:] != core_history()[0][k:]


def test_pause_step_resume_equals_uninterrupted(qtbot, window):
    window.controls.speed_slider.setValue(12)  # 200 epochs/s
    window.train()
    qtbot.waitUntil(lambda: len(window.history) >= 20, timeout=10_000)
    qtbot.mouseClick(window.controls.pause_button, pg.QtCore.Qt.MouseButton.LeftButton)
    wait_state(qtbot, window, "paused")
    paused_at = len(window.history)
    for i in range(3):
        window.step()
        qtbot.waitUntil(lambda i=i: len(window.history) == paused_at + i + 1, timeout=5_000)
    assert window.state == "paused"
    set_max_speed(window)
    window.train()
    wait_state(qtbot, window, "finished")
    assert window_history(window) == core_history()


def test_reset_clears_and_the_next_run_is_identical(qtbot, window):
    set_max_speed(window)
    window.controls.weight_spin.setValue(1.0)
    window.train()
    wait_state(qtbot, window, "finished")
    first = window_history(window)
    assert first == core_history(RunSettings(weight=1.0))
    window.reset()
    assert len(window.history) == 0 and window.current_parameters == (1.0, 0.0)
    assert (
        named_item(window.loss_plot, "loss").getData()[1] is None
        or len(named_item(window.loss_plot, "loss").getData()[1]) == 0
    )
    window.train()
    wait_state(qtbot, window, "finished")
    assert window_history(window) == first


def test_step_from_idle_trains_one_epoch(qtbot, window):
    window.step()
    qtbot.waitUntil(lambda: len(window.history) == 1, timeout=5_000)
    loss, w, b = core_history(RunSettings(epochs=1))
    assert window_history(window) == (loss, w, b)
    assert window.controls.epoch_label.text() == "1 / 1,000"
    assert window.controls.loss_label.text() == "1.0155"


def test_divergence_is_reported_not_raised(qtbot):
    from gdviz.app import MainWindow

    win = MainWindow(data=from_rows([(1e12, 0)], name="huge"))
    qtbot.addWidget(win)
    win.run_settings.update(learning_rate=1e300)  # beyond the box: only a session gets here
    win.train()
    wait_state(qtbot, win, "diverged")
    message = win.statusBar().currentMessage()
    assert "Diverged at epoch 0" in message and "smaller learning rate" in message
    assert win.controls.step_button.isEnabled() is False
    assert win.loss_plot.banner.isVisible()
    assert "Diverged at epoch 0" in win.loss_plot.banner.textItem.toPlainText()
    win.reset()
    assert not win.loss_plot.banner.isVisible()
    win.close()


def test_predict_uses_current_parameters(qtbot, window):
    set_max_speed(window)
    window.train()
    wait_state(qtbot, window, "finished")
    window.controls.predict_input.setText("3.5")
    w, b = window.current_parameters
    p = 1 / (1 + math.exp(-(3.5 * w + b)))
    assert f"{p:.4f}" in window.controls.predict_output.text()
    assert window.fit_plot.prediction.isVisible()
    assert window.fit_plot.prediction.data["y"][0] == p


def test_learning_rate_slider_and_spin_stay_in_sync(window):
    c = window.controls
    c.lr_slider.setValue(c.lr_slider.maximum())
    assert c.lr_spin.value() == 100
    c.lr_slider.setValue(0)
    assert c.lr_spin.value() == 0.0001
    c.lr_spin.setValue(0.1)
    assert c.lr_slider.value() == c.lr_slider.maximum() // 2


def test_close_mid_training_leaves_no_thread(qtbot):
    from gdviz.app import MainWindow
    from gdviz.ui.threads import jobs as threads

    win = MainWindow()
    qtbot.addWidget(win)
    win.controls.epochs_spin.setValue(10_000_000)
    set_max_speed(win)
    win.train()
    qtbot.waitUntil(lambda: len(win.history) > 1000, timeout=10_000)
    win.close()
    assert not any(t.isRunning() for t in threads.live_threads)


def test_keyboard_space_trains_and_pauses(qtbot, window):
    window.controls.speed_slider.setValue(10)
    window.setFocus()
    qtbot.keyClick(window, pg.QtCore.Qt.Key.Key_Space)
    assert window.state == "running"
    qtbot.waitUntil(lambda: len(window.history) >= 2, timeout=5_000)
    qtbot.keyClick(window, pg.QtCore.Qt.Key.Key_Space)
    wait_state(qtbot, window, "paused")


def test_worker_exception_reaches_the_gui(qtbot, window, monkeypatch):
    from gdviz.core.train import trainer as trainer_module

    def broken(self, n_epochs):
        raise RuntimeError("kernel exploded")

    monkeypatch.setattr(trainer_module.Trainer, "run", broken)
    window.train()
    wait_state(qtbot, window, "paused")
    assert "internal error" in window.statusBar().currentMessage()
    boxes = [w for w in window.findChildren(pg.QtWidgets.QMessageBox) if w.isVisible()]
    assert boxes and "kernel exploded" in boxes[0].detailedText()
    # The thread survived: with the kernel mended, the same run trains to the end.
    monkeypatch.undo()
    set_max_speed(window)
    window.train()
    wait_state(qtbot, window, "finished")
    assert window_history(window) == core_history()
