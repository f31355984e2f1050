"""The window's generalisation: rows held out (box and dialog), the validation curve and
the mean losses, early stopping's travel back to the best epoch, the penalty on the
landscape and in a row's arithmetic, and sessions that carry them all."""

from __future__ import annotations

import numpy as np
import pytest
from helpers import set_max_speed, wait_grid, wait_state
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from gdviz.app import MainWindow
from gdviz.core.io.session import load_session
from gdviz.core.run.settings import RunSettings
from gdviz.core.train.data import load_builtin
from gdviz.core.train.split import held_out
from gdviz.core.train.trainer import Trainer
from gdviz.ui.views.hold_out_dialog import HoldOutDialog


def students(qtbot, win):
    win.data_controller.use_builtin("students-200")
    qtbot.waitUntil(lambda: win.run.data.name == "students-200")


def test_holding_out_rows_draws_both_mean_curves_and_marks_the_rows(qtbot, window):
    students(qtbot, window)
    box = window.controls.generalisation_box
    box.hold_check.setChecked(True)
    assert window.run_settings.value.validation == 0.25
    window.controls.epochs_spin.setValue(60)
    set_max_speed(window)
    window.train()
    wait_state(qtbot, window, "finished")
    h, rows = window.history, window.run.fit_rows
    assert rows == 150
    expected = Trainer(load_builtin("students-200"), RunSettings(epochs=60, validation=0.25))
    expected.run_to_end()
    assert h.val_loss.tolist() == expected.history.val_loss.tolist()
    plot = window.loss_plot
    x, y = plot.curve.getData()
    assert y.tolist() == (h.loss / rows).tolist()
    assert plot.val_curve.getData()[1].tolist() == h.val_loss.tolist()
    assert plot.getPlotItem().getAxis("left").labelText == "mean loss per row"
    mask = held_out(200, 0.25, 0)
    data = window.run.data
    marked = sorted(window.presenter._v.held_marks.drawn())
    assert marked == sorted(zip(data.xs[mask].tolist(), data.ys[mask].tolist(), strict=True))
    table = window.data_panel.model
    first = int(np.flatnonzero(mask)[0])
    assert table.headerData(first, 2) == f"{first + 1} held out"  # 2: vertical
    assert "validation" in window.controls.loss_label.text()


def test_early_stopping_travels_back_to_the_best_epoch(qtbot, window):
    students(qtbot, window)
    window.run_settings.update(validation=0.25, patience=5, epochs=3000)
    set_max_speed(window)
    window.train()
    wait_state(qtbot, window, "finished", timeout=30_000)
    stop = window.run.early
    assert stop is not None and stop.epoch == stop.best_epoch + 5
    assert len(window.history) == stop.epoch + 1
    assert window.presenter.viewed_epoch == stop.best_epoch
    best = tuple(window.history.params[:, stop.best_epoch].tolist())
    assert window.run.params == best
    assert window.loss_plot.best.isVisible()
    assert window.loss_plot.best.getData()[0].tolist() == [stop.best_epoch]
    assert "Early stopping" in window.statusBar().currentMessage()


def test_a_penalty_reshapes_the_landscape_and_shows_in_a_rows_arithmetic(qtbot, window):
    wait_grid(qtbot, window)
    plain = window.landscape.result
    box = window.controls.generalisation_box
    box.penalty_combo.setCurrentIndex(1)
    box.lambda_spin.setValue(2.0)
    assert window.run_settings.value.l2 == 2.0 and window.run_settings.value.l1 == 0.0
    window.presenter.follow_landscape(refit=True)
    qtbot.waitUntil(
        lambda: (
            window.landscape.result is not None
            and window.landscape.result.request.penalty.on
            and not window.landscape.busy
        ),
        timeout=30_000,
    )
    shaped = window.landscape.result
    assert "penalty" in window.landscape_plot.colour_bar.axis.labelText
    # Same grid of (w, b): the penalised one is the plain one plus 2·w² in every row.
    if np.array_equal(shaped.grid.w, plain.grid.w) and np.array_equal(shaped.grid.b, plain.grid.b):
        diff = shaped.grid.loss - plain.grid.loss
        assert np.allclose(diff, 2.0 * plain.grid.w[np.newaxis, :] ** 2)
    assert shaped.lowest is not None
    window.step_row()
    qtbot.waitUntil(lambda: window.run.row == 1)
    trainer = Trainer(load_builtin("lesson"), RunSettings(l2=2.0))
    u, _ = trainer.step_row()
    assert window.run.params == (u.w_after, u.b_after)
    text = window.controls.row_explanation.text()
    assert "share = 2λ/n · w = 2·2/4" in text and f"{u.penalty_grad:.3g}" in text


def test_the_dialog_refuses_a_split_that_empties_a_part(qtbot, window):
    dialog = HoldOutDialog(window.run_settings.value, 4, window)
    qtbot.addWidget(dialog)
    dialog.fraction.setValue(0.1)
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and "each part needs at least one row" in dialog.problem.text()
    dialog.fraction.setValue(0.5)
    assert ok.isEnabled() and dialog.changes() == {"validation": 0.5, "split_seed": 0}


def test_the_menu_holds_rows_out(qtbot, window):
    def answer():
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, HoldOutDialog):
            dialog.fraction.setValue(0.5)
            dialog.seed.setValue(3)
            dialog.accept()

    QTimer.singleShot(200, answer)
    window.acts.hold_out.trigger()
    assert window.run_settings.value.validation == 0.5
    assert window.run_settings.value.split_seed == 3


def test_a_session_keeps_split_penalty_patience_and_continues_bit_for_bit(qtbot, window, tmp_path):
    students(qtbot, window)
    window.run_settings.update(validation=0.3, split_seed=4, l2=0.5, patience=400, epochs=300)
    window.step()
    qtbot.waitUntil(lambda: len(window.history) == 1)
    for _ in range(7):
        window.step_row()
    qtbot.waitUntil(lambda: window.run.row == 7)
    path = tmp_path / "g.gdviz.json"
    assert window.sessions.save_session(str(path))
    saved = load_session(path)
    assert (saved.settings.validation, saved.settings.split_seed) == (0.3, 4)
    assert (saved.settings.l2, saved.settings.patience) == (0.5, 400)
    other = MainWindow()
    qtbot.addWidget(other)
    other.show()
    assert other.sessions.open_session(str(path))
    assert other.controls.generalisation_box.hold_check.isChecked()
    set_max_speed(other)
    other.train()
    wait_state(qtbot, other, "finished", timeout=30_000)
    whole = Trainer(load_builtin("students-200"), saved.settings)
    whole.run_to_end()
    assert other.history.loss.tolist() == whole.history.loss.tolist()
    assert other.history.val_loss.tolist() == whole.history.val_loss.tolist()
    assert other.run.params == whole.parameters
    other.close()


def test_held_out_rows_are_hollow_on_the_plane_of_two_inputs(qtbot, window):
    window.data_controller.use_builtin("hours-sleep")
    qtbot.waitUntil(lambda: window.run.data.name == "hours-sleep")
    window.run_settings.update(validation=0.3, split_seed=2)
    qtbot.waitUntil(lambda: window.run.held_out is not None)
    data, mask = window.run.data, held_out(100, 0.3, 2)
    marked = sorted(window.presenter._v.held_marks.drawn())
    assert marked == sorted(zip(data.xs[mask].tolist(), data.x2[mask].tolist(), strict=True))
    assert len(marked) == 30


def test_the_decision_line_follows_the_threshold(qtbot, window):
    import math

    window.controls.epochs_spin.setValue(100)
    set_max_speed(window)
    window.train()
    wait_state(qtbot, window, "finished")
    window.view.set_threshold(0.8)
    w, b = window.run.params
    line = window.fit_plot.threshold
    assert line.value() == pytest.approx((math.log(0.8 / 0.2) - b) / w)
    assert line.label.toPlainText().startswith("p = 0.8 at x = ")
    window.view.set_threshold(0.5)
    assert line.value() == pytest.approx(-b / w)


def test_a_kept_run_is_drawn_in_the_units_of_the_run_on_view(qtbot, window):
    window.data_controller.use_builtin("students-200")
    qtbot.waitUntil(lambda: window.run.data.name == "students-200")
    window.controls.epochs_spin.setValue(50)
    set_max_speed(window)
    window.train()
    wait_state(qtbot, window, "finished")
    sums = window.history.loss.copy()
    window.controls.generalisation_box.hold_check.setChecked(True)  # a new run; that one kept
    qtbot.waitUntil(lambda: len(window.runs.runs) >= 1)
    kept = window.runs.runs[-1]
    item = window.loss_plot._overlays[id(kept)]
    assert item.getData()[1].tolist() == (sums / 200).tolist()  # means, as this run's


def test_data_too_small_for_the_hold_out_turns_it_off_and_says_so(qtbot, window):
    window.run_settings.update(validation=0.5)
    qtbot.waitUntil(lambda: window.run.held_out is not None)
    from gdviz.core.train.data import DataSet

    window.run.reset(data=DataSet([1.0], [0.0]))
    assert window.run.settings.validation is None
    assert window.run_settings.value.validation is None
    assert not window.controls.generalisation_box.hold_check.isChecked()
    qtbot.waitUntil(lambda: "No rows held out" in window.statusBar().currentMessage())


def test_ok_with_nothing_changed_keeps_what_the_boxes_cannot_show(qtbot, window):
    settings = window.run_settings.value.with_(validation=0.3333, split_seed=2**62)
    dialog = HoldOutDialog(settings, 200, window)
    qtbot.addWidget(dialog)
    assert dialog.changes() == {"validation": 0.3333, "split_seed": 2**62}
