"""Data you can touch and runs you can compare."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from helpers import core_history, legend_item, set_max_speed, wait_state, window_history
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from gdviz.core.run.settings import RunSettings
from gdviz.core.teach.lessons import EXERCISES
from gdviz.core.train.data import lesson_data, load_builtin
from gdviz.core.train.sweep import log_rates, run_point
from gdviz.core.train.trainer import Trainer


def fit_points(win):
    return win.fit_plot.drawn_points()


def view_pos(plot, x, y):
    scene = plot.getPlotItem().vb.mapViewToScene(pg.Point(x, y))
    p = plot.mapFromScene(scene)
    return QPoint(round(p.x()), round(p.y()))


def test_table_edit_updates_everything_and_undo_is_exact(window):
    model = window.data_panel.model
    assert model.rowCount() == 4 and model.data(model.index(2, 0)) == "3"
    assert model.setData(model.index(2, 0), "3.25")
    assert window.run.data.rows == ((1, 0), (2, 0), (3.25, 1), (4, 1))
    assert (3.25, 1.0) in fit_points(window)
    assert window.current_parameters == (0.1, 0.0)  # a fresh run restarted on the new data
    window.undo_stack.undo()
    assert window.run.data.rows == lesson_data().rows
    assert fit_points(window) == sorted(lesson_data().rows)
    window.undo_stack.redo()
    assert window.run.data.rows[2] == (3.25, 1.0)


def test_invalid_cells_are_rejected_in_place(window):
    model = window.data_panel.model
    assert not model.setData(model.index(0, 1), "2")
    assert not model.setData(model.index(0, 0), "many")
    assert window.run.data.rows == lesson_data().rows
    message = window.data_panel.message
    assert not message.isHidden() and "'many' is not a number" in message.text()
    assert window.undo_stack.count() == 0


def test_add_and_delete_rows(window):
    window.data_panel.add_row()
    assert window.run.data.rows[-1] == (5.0, 1.0)
    window.data_panel.table.selectRow(0)
    window.data_panel.delete_selected()
    assert window.run.data.rows == ((2, 0), (3, 1), (4, 1), (5, 1))
    window.undo_stack.undo()
    window.undo_stack.undo()
    assert window.run.data.rows == lesson_data().rows


def test_click_adds_points_and_shift_click_adds_failures(qtbot, window):
    plot = window.fit_plot
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=view_pos(plot, 3.5, 0.6))
    x, y = window.run.data.rows[-1]
    assert y == 1.0 and x == pytest.approx(3.5, abs=0.05)
    qtbot.mouseClick(
        plot.viewport(),
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.ShiftModifier,
        view_pos(plot, 0.5, 0.3),
    )
    x, y = window.run.data.rows[-1]
    assert y == 0.0 and x == pytest.approx(0.5, abs=0.05)
    assert len(fit_points(window)) == 6
    assert "failed" in window.statusBar().currentMessage()


def test_dragging_a_point_moves_it(qtbot, window):
    plot = window.fit_plot
    viewport = plot.viewport()
    start, end = view_pos(plot, 2.0, 0.0), view_pos(plot, 2.6, 0.0)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, 11):
        step = start + (end - start) * (i / 10)
        QTest.mouseMove(viewport, step)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    x, y = window.run.data.rows[1]
    assert y == 0.0 and x == pytest.approx(2.6, abs=0.06)
    window.undo_stack.undo()
    assert window.run.data.rows == lesson_data().rows


def test_delete_point_from_the_fit_plot(window):
    window.fit_plot.point_deleted.emit(0)
    assert window.run.data.rows == ((2, 0), (3, 1), (4, 1))


def test_bad_csv_leaves_data_and_plots_unchanged(window, tmp_path, monkeypatch):
    shown = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *a: shown.append(a[2]))
    path = tmp_path / "class.csv"
    path.write_text("hours,passed\n1,0\nabc,1\n")
    before = fit_points(window)
    assert not window.data_controller.open_data(str(path))
    assert window.run.data.rows == lesson_data().rows and fit_points(window) == before
    assert shown and f"{path}:3: 'hours' value 'abc' is not a number" in shown[0]
    assert window.undo_stack.count() == 0


def test_csv_columns_by_name_and_builtin_sets(window, tmp_path):
    path = tmp_path / "class.csv"
    path.write_text("name,passed,hours\nann,1,5\nbob,0,1.5\n")
    assert window.data_controller.open_data(str(path), x_col="hours", y_col="passed")
    assert window.run.data.rows == ((5.0, 1.0), (1.5, 0.0))
    window.findChild(pg.QtGui.QAction, "dataSet_students-200").trigger()
    assert window.run.data == load_builtin("students-200")
    assert window.data_panel.model.rowCount() == 200


def test_editing_data_mid_run_applies_from_the_next_epoch(qtbot, window):
    window.controls.speed_slider.setValue(12)
    window.train()
    qtbot.waitUntil(lambda: len(window.history) >= 5, timeout=10_000)
    window.data_controller.use_builtin("outlier")
    assert window.state == "running"
    assert "from the next epoch" in window.statusBar().currentMessage()
    changed_at = len(window.history)
    qtbot.waitUntil(lambda: len(window.history) >= changed_at + 5, timeout=10_000)
    window.pause()
    wait_state(qtbot, window, "paused")
    # Before the change every epoch is a core epoch on the lesson's rows; from some epoch
    # near the change on, every epoch is a core epoch on the new rows.
    h = window.history
    switch = next(e for e in range(1, len(h)) if _follows(h, e, load_builtin("outlier")))
    # The worker may be a tick ahead of what the window has drawn, never behind it.
    assert changed_at <= switch <= changed_at + 30
    assert all(_follows(h, e, lesson_data()) for e in range(1, switch))
    assert all(_follows(h, e, load_builtin("outlier")) for e in range(switch, len(h)))
    qtbot.waitUntil(
        lambda: (
            window.landscape.grid is not None
            and window.landscape.grid.rows == len(load_builtin("outlier"))
        ),
        timeout=20_000,
    )


def _follows(h, e, data):
    """True if epoch e of the history is one core epoch on ``data`` after epoch e - 1."""
    trainer = Trainer(data, RunSettings(weight=float(h.w[e - 1]), bias=float(h.b[e - 1])))
    block = trainer.run(1)
    return (float(block.loss[0]), float(block.w[0]), float(block.b[0])) == (
        float(h.loss[e]),
        float(h.w[e]),
        float(h.b[e]),
    )


def test_full_batch_option_through_the_window(qtbot, window):
    window.findChild(pg.QtGui.QAction, "batchAction_0").trigger()
    assert window.run_settings.value.batch_size == 0
    assert not window.controls.step_row_button.isEnabled()
    set_max_speed(window)
    window.train()
    wait_state(qtbot, window, "finished")
    trainer = Trainer(lesson_data(), RunSettings(batch_size=0))
    trainer.run_to_end()
    assert window.history.loss.tolist() == trainer.history.loss.tolist()


def test_reset_keeps_the_old_run_labelled_with_what_differed(qtbot, window):
    set_max_speed(window)
    window.controls.lr_spin.setValue(0.01)
    window.train()
    wait_state(qtbot, window, "finished")
    window.controls.lr_spin.setValue(0.1)
    fit_items = len(window.fit_plot.getPlotItem().listDataItems())
    window.reset()
    runs = window.runs.runs
    assert len(runs) == 1 and window.runs.label(runs[0]) == "lr 0.01"
    assert window.runs_panel.list.count() == 1
    assert window.runs_panel.list.item(0).text() == "lr 0.01"
    loss_item = [legend_item(window.loss_plot, "lr 0.01")]
    assert loss_item[0].getData()[1].tolist() == core_history(RunSettings(learning_rate=0.01))[0]
    window.runs_panel.list.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert loss_item[0] not in window.loss_plot.getPlotItem().listDataItems()
    assert window.loss_plot.legend_names() == ["this run (squared error)"]
    assert len(window.fit_plot.getPlotItem().listDataItems()) == fit_items  # no faded sigmoid
    window.runs_panel.list.item(0).setSelected(True)
    window.runs_panel.remove_button.click()
    assert (
        window.runs.runs == []
        and loss_item[0] not in window.loss_plot.getPlotItem().listDataItems()
    )


def test_at_most_ten_runs_are_kept(qtbot, window):
    window.controls.epochs_spin.setValue(2)
    for i in range(12):
        window.step()
        qtbot.waitUntil(lambda: len(window.history) == 1, timeout=5_000)
        window.controls.weight_spin.setValue(1.5 + i)  # what the next run does differently
        window.reset()
    assert len(window.runs.runs) == 10
    assert window.runs_panel.list.count() == 10
    assert window.runs.runs[0].settings.weight == 2.5  # the two oldest went first
    assert window.runs.label(window.runs.runs[0]) == "w₀ 2.5"


def test_lesson_exercise_keeps_the_default_run_and_asks(qtbot, window):
    set_max_speed(window)
    window.lesson.start(EXERCISES[0])
    assert window.controls.lr_spin.value() == 0.01
    assert [window.runs.label(r) for r in window.runs.runs] == ["lesson defaults"]
    assert window.runs.runs[0].loss_y.tolist() == core_history()[0]
    assert window.controls.lesson_note.isVisibleTo(window)
    assert "slower" in window.controls.lesson_note.text()
    wait_state(qtbot, window, "finished")
    assert window_history(window) == core_history(RunSettings(learning_rate=0.01))


def test_sweep_equals_independent_runs(qtbot, window):
    rates = log_rates(1e-2, 10, 6)
    sweep = window.start_sweep(rates=rates, threshold=0.05)
    qtbot.waitUntil(lambda: not window.sweeps.running, timeout=60_000)
    data = lesson_data()
    for point in sweep.points:
        trainer = Trainer(data, RunSettings(learning_rate=point.learning_rate))
        trainer.run_to_end()
        assert point.final_loss == float(trainer.history.loss[-1])
        below = np.flatnonzero(trainer.history.loss <= 0.05)
        assert point.epochs_to_threshold == (int(below[0]) if below.size else None)
    best = sweep.best_point()
    assert best.final_loss == min(p.final_loss for p in sweep.points)
    sweep.rate_chosen.emit(best.learning_rate)
    assert window.controls.lr_spin.value() == best.learning_rate
    wait_state(qtbot, window, "finished")


def test_cancelling_a_sweep_stops_it(qtbot, window):
    window.controls.epochs_spin.setValue(10_000_000)
    sweep = window.start_sweep(rates=log_rates(1e-3, 1, 5))
    assert sweep.cancel_button.isEnabled()
    with qtbot.waitSignal(window.sweeps.window.cancel_requested, timeout=1000):
        sweep.cancel_button.click()
    qtbot.waitUntil(lambda: not window.sweeps.running, timeout=10_000)
    assert sweep.progress.format() == "cancelled after 0 of %m"
    assert not sweep.cancel_button.isEnabled()
    assert (
        run_point(lesson_data(), RunSettings(epochs=10), 0.1, 0.05, cancelled=lambda: True) is None
    )


def test_restarting_a_sweep_while_one_runs(qtbot, window):
    window.controls.epochs_spin.setValue(10_000_000)
    sweep = window.start_sweep(rates=log_rates(1e-3, 1, 5))
    window.controls.epochs_spin.setValue(100)
    assert window.start_sweep(rates=(0.1, 1.0)) is sweep
    assert sweep.cancel_button.isEnabled() and "cancelled" not in sweep.progress.format()
    qtbot.waitUntil(lambda: not window.sweeps.running, timeout=20_000)
    assert [p.learning_rate for p in sweep.points] == [0.1, 1.0]
    assert sweep.progress.value() == 2 and not sweep.cancel_button.isEnabled()
