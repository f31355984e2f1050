"""What the window shows stays true: one test for each drift that split state caused
(issue 9's list, in its order)."""

from __future__ import annotations

import json
import subprocess
import sys

import numpy as np
import pyqtgraph as pg
import pytest
from helpers import core_history, set_max_speed, wait_grid, wait_state, window_history
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QAction, QMouseEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from gdviz.core.io.table import preview
from gdviz.core.run.settings import RunSettings
from gdviz.core.run.state import RunState
from gdviz.core.train.data import lesson_data
from gdviz.core.train.model import Gradient, Loss
from gdviz.ui.views.plots import EpochAxis
from gdviz.ui.views.sweep_window import CLICK_PX


def view_pos(plot, x, y):
    scene = plot.getPlotItem().vb.mapViewToScene(pg.Point(x, y))
    p = plot.mapFromScene(scene)
    return QPoint(round(p.x()), round(p.y()))


def mid_y(plot):
    (_, _), (y0, y1) = plot.getPlotItem().vb.viewRange()
    return (y0 + y1) / 2


def trained(qtbot, window, epochs=None):
    if epochs is not None:
        window.controls.epochs_spin.setValue(epochs)
    set_max_speed(window)
    window.train()
    wait_state(qtbot, window, "finished")


# 1
def test_step_row_labels_name_the_epoch_of_the_row(qtbot, window):
    trained(qtbot, window, epochs=296)
    window.controls.epochs_spin.setValue(1000)
    titles = []
    for _ in range(4):
        with qtbot.waitSignal(window.run.row_stepped, timeout=5000):
            QTest.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ShiftModifier)
        titles.append(window.controls.row_explanation.text().split("</b>")[0])
    assert titles == [
        f"<b>Epoch 296, row {row} of 4: x = {row}, y = {int(row > 2)}" for row in range(1, 5)
    ]


# 2, 3
def test_clicking_or_dragging_anywhere_on_the_loss_plot_travels_back(qtbot, window):
    trained(qtbot, window)
    plot = window.loss_plot
    before = plot.getPlotItem().vb.viewRange()
    QTest.mouseClick(
        plot.viewport(), Qt.MouseButton.LeftButton, pos=view_pos(plot, 100, mid_y(plot))
    )
    assert window.viewed_epoch == 100
    assert plot.cursor_label() == "epoch 100"
    assert window.controls.viewing_label.text() == "viewing epoch 100 of 1,000"
    # A drag through empty space (well above the curve) scrubs, it does not pan.
    viewport, y = plot.viewport(), mid_y(plot)
    start, end = view_pos(plot, 200, y), view_pos(plot, 600, y)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, 11):
        event_pos = QPointF(start + (end - start) * (i / 10))
        move = QMouseEvent(
            QMouseEvent.Type.MouseMove,
            event_pos,
            viewport.mapToGlobal(event_pos),
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(viewport, move)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    assert window.viewed_epoch == pytest.approx(600, abs=3)
    assert plot.cursor_label() == f"epoch {window.viewed_epoch}"
    assert plot.getPlotItem().vb.viewRange() == before
    _, w, b = core_history()
    k = window.viewed_epoch
    assert window.shown_parameters() == (w[k], b[k], k)


# 5
def test_restore_lesson_defaults_restores_everything(qtbot, window):
    window.data_controller.use_builtin("outlier")
    window.run_settings.set(RunSettings(0.5, 50, 2.0, -1.0, Loss.CROSS_ENTROPY, Gradient.EXACT, 0))
    window.view.set_speed(3)
    window.acts.defaults.trigger()
    assert window.run_settings.value == RunSettings()
    assert window.run.settings == RunSettings() and window.run.data.rows == lesson_data().rows
    c = window.controls
    assert (
        c.lr_spin.value(),
        c.epochs_spin.value(),
        c.weight_spin.value(),
        c.bias_spin.value(),
    ) == (0.1, 1000, 0.1, 0.0)
    assert window.acts.loss[Loss.SQUARED].isChecked()
    assert window.acts.gradient[Gradient.SEED].isChecked()
    assert window.acts.batch[1].isChecked()
    assert window.data_panel.model.rowCount() == 4
    trained(qtbot, window)
    assert window_history(window) == core_history()


# 6
def test_options_apply_at_once_on_a_fresh_run(qtbot, window):
    wait_grid(qtbot, window)
    window.acts.loss[Loss.CROSS_ENTROPY].trigger()
    assert window.run.settings.loss is Loss.CROSS_ENTROPY
    assert "cross-entropy" in window.statusBar().currentMessage()
    assert "cross-entropy" in window.status_label.text()
    assert window.loss_plot.legend_names() == ["this run (cross-entropy)"]
    qtbot.waitUntil(
        lambda: (
            window.landscape.result is not None
            and window.landscape.result.request.loss is Loss.CROSS_ENTROPY
            and not window.landscape.busy
        ),
        timeout=30_000,
    )


def test_options_during_a_run_start_a_new_run_and_keep_the_old(qtbot, window):
    window.controls.epochs_spin.setValue(100_000)
    window.controls.speed_slider.setValue(20)
    window.train()
    qtbot.waitUntil(lambda: len(window.history) > 20, timeout=10_000)
    window.controls.lr_spin.setValue(0.3)  # live: same run
    qtbot.waitUntil(lambda: len(window.run.lr_changes) == 2, timeout=10_000)
    assert window.runs.runs == []
    window.acts.batch[0].trigger()
    assert window.state is RunState.RUNNING and window.run.settings.batch_size == 0
    assert len(window.runs.runs) == 1 and window.runs.runs[0].settings.batch_size == 1
    assert window.runs.label(window.runs.runs[0]).startswith("lr 0.1→0.3")
    assert window.run.settings.start == (0.1, 0.0) and window.run.learning_rate == 0.3
    assert not window.controls.step_row_button.isEnabled()
    assert not window.acts.step_row.isEnabled()


# 7
def test_train_after_the_end_continues_when_epochs_were_raised(qtbot, window):
    trained(qtbot, window)
    window.controls.epochs_spin.setValue(2000)
    assert window.controls.train_button.text() == "Resume"
    window.train()
    wait_state(qtbot, window, "finished")
    assert window_history(window) == core_history(RunSettings(epochs=2000))
    window.train()  # epochs unchanged: a new run, the finished one kept
    wait_state(qtbot, window, "finished")
    assert len(window.runs.runs) == 1 and window.runs.runs[0].epochs == 2000
    assert len(window.history) == 2000


# 8
def test_clicking_the_landscape_mid_run_sets_the_next_start(qtbot, window):
    wait_grid(qtbot, window)
    window.controls.epochs_spin.setValue(100_000)
    window.controls.speed_slider.setValue(18)
    window.train()
    qtbot.waitUntil(lambda: len(window.history) > 5, timeout=10_000)
    plot = window.landscape_plot
    QTest.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=view_pos(plot, 1.0, -2.0))
    nxt = window.run_settings.value
    assert nxt.weight == pytest.approx(1.0, abs=0.1) and nxt.bias == pytest.approx(-2.0, abs=0.1)
    assert window.run.settings.start == (0.1, 0.0) and window.state is RunState.RUNNING
    assert f"The next run starts at w = {nxt.weight:g}" in window.statusBar().currentMessage()
    assert window.controls.weight_spin.value() == nxt.weight
    window.reset()
    assert window.current_parameters == nxt.start


# 9
def test_runs_on_other_data_are_hidden_and_names_follow_the_settings(qtbot, window):
    window.controls.weight_spin.setValue(1.0)
    trained(qtbot, window)
    window.reset()
    run = window.runs.runs[0]
    assert window.runs.label(run) == "run 1"
    window.controls.weight_spin.setValue(0.1)
    assert window.runs.label(run) == "w₀ 1"
    assert window.runs_panel.list.item(0).text() == "w₀ 1"
    window.data_controller.use_builtin("outlier")
    assert not run.visible and window.runs_panel.list.count() == 1
    assert window.runs_panel.list.item(0).checkState() == Qt.CheckState.Unchecked
    assert window.runs.label(run) == "w₀ 1, lesson data"
    assert window.loss_plot.legend_names() == ["this run (squared error)"]
    trained(qtbot, window)
    top = window.loss_plot.getPlotItem().vb.viewRange()[1][1]
    assert top < 3 * float(window.history.loss.max())  # not stretched by the hidden run


# 10
def test_the_worked_row_and_the_exercise_note_clear(qtbot, window, tmp_path):
    c = window.controls
    for clear in (
        window.reset,
        lambda: window.data_controller.use_builtin("overlap"),
        lambda: window.sessions.open_session(str(tmp_path / "s.gdviz.json")),
    ):
        window.sessions.save_session(str(tmp_path / "s.gdviz.json"))
        with qtbot.waitSignal(window.run.row_stepped, timeout=5000):
            window.step_row()
        c.show_note("Exercise", "A question")
        assert "Epoch 0, row 1" in c.row_explanation.text() and c.note_box.isVisibleTo(window)
        clear()
        assert "Epoch" not in c.row_explanation.text()
        assert not c.note_box.isVisibleTo(window) and c.lesson_note.text() == ""
        assert not window.fit_plot.row_ring.isVisible()


# 12
def test_enter_gives_the_keys_back_and_space_never_blanks_a_field(qtbot, window):
    spin = window.controls.lr_spin
    spin.setFocus()
    spin.selectAll()
    QTest.keyClick(spin, Qt.Key.Key_Space)
    assert spin.text() == "0.1" and window.state is RunState.RUNNING  # Space: Train
    window.pause()
    wait_state(qtbot, window, "paused")
    window.controls.epochs_spin.setFocus()
    window.controls.epochs_spin.selectAll()
    QTest.keyClicks(window.controls.epochs_spin, "5000")
    QTest.keyClick(window.controls.epochs_spin, Qt.Key.Key_Return)
    assert window.run_settings.value.epochs == 5000
    assert QApplication.focusWidget() is window
    before = len(window.history)
    with qtbot.waitSignal(window.run.epochs_added, timeout=5000):
        QTest.keyClick(window, Qt.Key.Key_S)
    assert len(window.history) == before + 1


# 13, 20
def test_axes_never_show_si_prefixes_or_exponents(qtbot, window):
    for plot in window.plots():
        for side in ("left", "bottom"):
            assert not plot.getPlotItem().getAxis(side).autoSIPrefix
    assert EpochAxis("bottom").tickStrings([0, 1e6, 2e6], 1, 1e6) == ["0", "1,000,000", "2,000,000"]
    window.data_controller.use_builtin("students-200")
    window.controls.lr_spin.setValue(20)
    trained(qtbot, window, epochs=50)
    axis = window.loss_plot.getPlotItem().getAxis("left")
    assert axis.labelString().count("x0.") == 0 and "10<sup>" not in axis.labelString()


# 14, 15
def test_column_picker_defaults(tmp_path):
    path = tmp_path / "class.csv"
    path.write_text("name,passed,hours,age\nann,1,5,20\nbob,0,1.5,22\n")
    choice = preview(path)
    assert choice.names[choice.x] == "hours" and choice.names[choice.y] == "passed"
    path.write_text("hours,score,passed\n5,80,1\n1.5,40,0\n")
    choice = preview(path)
    assert choice.names[choice.x] == "hours" and choice.names[choice.y] == "passed"


# 16
def test_the_sweep_window(qtbot, window):
    sweep = window.start_sweep(rates=(0.01, 0.1, 1.0, 10.0), threshold=0.05)
    qtbot.waitUntil(lambda: not window.sweeps.running, timeout=60_000)
    assert sweep.best_label.text().startswith(
        f"Lowest final loss: learning rate {sweep.best_point().learning_rate:g}"
    )
    assert sweep.best_label not in sweep.loss_plot.getPlotItem().items  # not over the line
    plot = sweep.loss_plot
    lr = 1.0
    point = sweep.points[2]
    assert point.learning_rate == lr
    target = view_pos(plot, np.log10(lr), np.log10(point.final_loss))
    chosen = []
    sweep.rate_chosen.connect(chosen.append)
    QTest.mouseClick(
        plot.viewport(), Qt.MouseButton.LeftButton, pos=target + QPoint(0, CLICK_PX + 12)
    )
    assert chosen == []  # too far from any point
    with qtbot.waitSignal(window.run.run_started, timeout=5000):
        QTest.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=target + QPoint(6, 5))
    assert chosen == [1.0] and window.run.settings.learning_rate == 1.0
    assert sweep.isVisible()
    QTest.keyClick(sweep, Qt.Key.Key_Escape)
    assert not sweep.isVisible()
    window.start_sweep(rates=(0.1, 1.0))
    assert sweep.isVisible() and sweep.cancel_button.isEnabled()
    sweep.close_button.click()
    assert not sweep.isVisible()


# 17
def test_legends_sit_outside_the_data_and_hidden_runs_leave_them(qtbot, window):
    trained(qtbot, window)
    window.controls.lr_spin.setValue(0.5)
    window.reset()
    assert window.loss_plot.legend_names() == ["this run (squared error)", "lr 0.1"]
    for plot in window.plots():
        data_area = plot.getPlotItem().vb.sceneBoundingRect()
        assert not plot.legend.sceneBoundingRect().intersects(data_area)
    window.runs.set_visible(0, False)
    assert window.loss_plot.legend_names() == ["this run (squared error)"]


# 18
def test_status_bar_elides_and_step_says_where_it_paused(qtbot, window):
    bar = window.statusBar()
    window.statusBar().showMessage("A very long message " * 40)
    shown = bar.shown_text()
    assert shown.endswith("…") and len(shown) < len(bar.currentMessage())
    room = window.status_label.x() - 6
    assert bar.fontMetrics().horizontalAdvance(shown) <= room
    with qtbot.waitSignal(window.run.epochs_added, timeout=5000):
        window.step()
    assert bar.currentMessage().startswith("Paused at epoch 1.")


# 19
def test_nothing_is_clipped_at_1000_by_650(qtbot, window):
    window.resize(1000, 650)
    trained(qtbot, window)
    window.controls.lr_spin.setValue(0.5)
    window.reset()  # a kept run in the loss legend too
    qtbot.waitUntil(lambda: len(window.loss_plot.legend_names()) == 2)
    for plot in window.plots():
        item = plot.getPlotItem()
        assert item.geometry().width() <= plot.width() + 0.5
        assert item.titleLabel.item.boundingRect().width() <= plot.width()
        legend = plot.legend.sceneBoundingRect()
        assert legend.right() <= plot.width() and legend.bottom() <= plot.height()
        for side in ("left", "bottom"):
            axis = item.getAxis(side)
            assert axis.sceneBoundingRect().right() <= plot.width() + 0.5


# 20
def test_one_way_of_writing_numbers_and_words(qtbot, window):
    window.controls.bias_spin.setValue(0.0)
    window.controls.weight_spin.setValue(5.0)
    window.run_settings.update(bias=1e-9)
    assert window.fit_plot.threshold.label.toPlainText() == "p = 0.5 at x = 0.00"
    window.controls.epochs_spin.setValue(1)
    assert window.controls.progress_bar.text() == "0 / 1 epoch"
    window.controls.show_progress(2_000_000, 2_000_000)
    assert window.controls.progress_bar.text() == "2,000,000 / 2,000,000 epochs"
    window.acts.gradient[Gradient.EXACT].trigger()
    window.acts.gradient[Gradient.SEED].trigger()
    assert "the lesson's nudge" in window.statusBar().currentMessage()
    assert "the lesson's nudge" in window.acts.gradient[Gradient.SEED].text().lower()
    assert "seed" not in window.statusBar().currentMessage()


# 21
def test_no_qt_warnings_when_editing_the_table(qtbot, window, qtlog):
    table = window.data_panel.table
    window.side_tabs.setCurrentIndex(1)
    index = window.data_panel.model.index(2, 0)
    table.setCurrentIndex(index)
    table.edit(index)
    editor = QApplication.focusWidget()
    assert editor is not None and editor is not table
    QTest.keyClicks(editor, "3.25")
    QTest.keyClick(editor, Qt.Key.Key_Return)  # the delegate commits on its next turn
    qtbot.waitUntil(lambda: window.run.data.rows[2] == (3.25, 1.0), timeout=5000)
    noise = [r.message for r in qtlog.records if "propagateSizeHints" not in r.message]
    assert noise == []


# 22
def test_open_of_a_broken_session_says_so_in_a_dialog(tmp_path, monkeypatch, capsys, qtbot):
    from gdviz.app import command

    path = tmp_path / "broken.gdviz.json"
    path.write_text(json.dumps({"format": "gdviz-session", "version": 1}))
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *a: shown.append(a[2]))
    assert command(["--open", str(path)]) == 2
    assert capsys.readouterr().err.startswith(f"gdviz: error: {path}: ")
    assert shown and str(path) in shown[0] and "was not opened" in shown[0]


def test_open_of_a_broken_session_ends_even_offscreen(tmp_path):
    path = tmp_path / "broken.gdviz.json"
    path.write_text("{")
    result = subprocess.run(
        [sys.executable, "-m", "gdviz", "--open", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and "gdviz: error:" in result.stderr


# 23
def test_a_rising_loss_gets_a_hint(qtbot, window):
    window.findChild(QAction, "dataSet_outlier").trigger()
    with qtbot.waitSignal(window.run.loss_rising, timeout=20_000):
        window.train()
    message = window.statusBar().currentMessage()
    assert "The loss has risen for 20 epochs in a row" in message
    assert "smaller learning rate" in message
