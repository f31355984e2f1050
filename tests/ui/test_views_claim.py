"""Views show what they claim: one test for each symptom a new teacher and student found
(issue 17's list, in its order)."""

from __future__ import annotations

import math
import random

import pytest
from helpers import set_max_speed, wait_grid, wait_state
from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QMessageBox

from gdviz.core.io.predict import probabilities
from gdviz.core.io.script import python_script
from gdviz.core.io.table import preview, read_table
from gdviz.core.run.settings import RunSettings
from gdviz.core.teach.explain import agreeing, explain
from gdviz.core.teach.lessons import EXERCISES
from gdviz.core.train.data import DataError, lesson_data
from gdviz.core.train.model import Gradient, Loss, update_row

BUTTON = QMessageBox.StandardButton


def trained(qtbot, win, epochs=300):
    win.controls.epochs_spin.setValue(epochs)
    set_max_speed(win)
    win.train()
    wait_state(qtbot, win, "finished")


def test_prediction_rings_follow_the_model_on_view(qtbot, window, tmp_path):
    source = tmp_path / "x.csv"
    source.write_text("3.3\n1.5\n")
    with qtbot.waitSignal(
        window.predictions.message, timeout=20_000, check_params_cb=lambda m: "Saved" in m
    ):
        window.predict_for_file(str(source), save_to=str(tmp_path / "p.csv"))
    before = window.fit_plot.drawn_predictions()[1].tolist()
    trained(qtbot, window)
    w, b = window.current_parameters
    xs, ps = window.fit_plot.drawn_predictions()
    assert ps.tolist() == probabilities(w, b, xs).tolist() != before
    window.view_epoch(20)
    w20, b20, _ = window.shown_parameters()
    assert window.fit_plot.drawn_predictions()[1].tolist() == probabilities(w20, b20, xs).tolist()
    window.go_live()
    window.data_controller.use_builtin("students-200")
    qtbot.wait(50)
    w, b = window.current_parameters
    assert window.fit_plot.drawn_predictions()[1].tolist() == probabilities(w, b, xs).tolist()


def test_step_row_markers_clear_when_the_run_goes_on(qtbot, window):
    trained(qtbot, window, 300)
    window.controls.epochs_spin.setValue(1000)
    with qtbot.waitSignal(window.run.row_stepped, timeout=5000):
        window.step_row()
    assert window.fit_plot.row_ring.isVisible() and window.landscape_plot.step_head.isVisible()
    window.controls.speed_slider.setValue(8)
    window.train()
    qtbot.waitUntil(lambda: len(window.history) > 302, timeout=10_000)
    assert not window.fit_plot.row_ring.isVisible()
    assert not window.landscape_plot.step_head.isVisible()
    assert "Step row" in window.controls.row_explanation.text()
    window.pause()


def test_kept_runs_paths_are_drawn_over_the_map(qtbot, window):
    trained(qtbot, window, 100)
    window.reset()
    wait_grid(qtbot, window)
    plot = window.landscape_plot
    paths = plot.kept_paths()
    assert len(paths) == 1 and paths[0].isVisible()
    assert paths[0].zValue() > plot.image.zValue() and paths[0].zValue() > plot.contours.zValue()
    assert paths[0].zValue() < plot.path.zValue()  # the live path stays on top
    assert paths[0].opts["pen"].style() == Qt.PenStyle.DashLine  # told from the live one


def test_the_exercise_shows_its_faded_default_run_after_other_data(qtbot, window):
    lr001 = next(e for e in EXERCISES if e.name == "lr001")
    window.lesson.start(lr001)
    wait_state(qtbot, window, "finished")
    window.data_controller.use_builtin("outlier")
    assert not any(r.visible for r in window.runs.runs if r.data.same_rows(lesson_data()))
    window.lesson.start(lr001)
    defaults = [r for r in window.runs.runs if window.runs.label(r) == "lesson defaults"]
    assert len(defaults) == 1 and defaults[0].visible
    assert "lesson defaults" in window.loss_plot.legend_names()


def test_a_race_trained_on_is_unsaved_work(qtbot, window, monkeypatch):
    window.work.asking = True
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or BUTTON.Cancel
    )
    window.start_race([RunSettings(), RunSettings(optimizer="adam")], 0.1)
    with qtbot.waitSignal(window.race.changed, timeout=5000):
        window.race.step()
    assert window.work.unsaved
    assert window.open_session("/nonexistent.gdviz.json") is False  # asked, and cancelled
    assert asked and "not saved" in asked[0]
    window.work.asking = False


def test_race_and_sweep_thresholds_follow_the_data(qtbot, window, monkeypatch):
    momentum = next(e for e in EXERCISES if e.name == "momentum")
    window.lesson.start(momentum)
    assert window.race.threshold == 10.5
    window.end_race()
    window.data_controller.use_builtin("lesson")
    window.start_race([RunSettings(), RunSettings(optimizer="adam")])
    assert window.race.threshold < 1.0  # the lesson's losses are ~1 at most
    window.race.end()
    sweep = window.start_sweep(rates=(1e-5, 2e-5), threshold=1e-9)
    qtbot.waitUntil(lambda: not window.sweeps.running, timeout=20_000)
    assert sweep.empty_note.isVisible() and "no learning rate reached" in (sweep.empty_note.text())
    sweep.close()


def test_the_now_panel_the_status_bar_and_an_empty_plot_say_what_is_shown(qtbot, window):
    trained(qtbot, window, 1000)
    window.view_epoch(507)
    assert window.controls.epoch_label.text() == "507 (viewed) / 1,000"
    window.go_live()
    assert window.controls.epoch_label.text() == "1,000 / 1,000"
    window.view.set_presentation(True)
    assert "Presentation mode" in window.statusBar().currentMessage()
    window.view.set_presentation(False)
    assert "F11" not in window.statusBar().currentMessage()
    window.loss_plot.getPlotItem().setYRange(0, 500)
    window.restore_defaults()
    qtbot.wait(50)
    (_, top) = window.loss_plot.getPlotItem().vb.viewRange()[1]
    assert top < 5  # the scale of what is drawn now (the kept run), not the stale one


@pytest.mark.parametrize("seed", range(8))
def test_the_worked_row_adds_up_at_the_digits_shown(seed):
    rng = random.Random(seed)
    for _ in range(200):
        x, w, b = rng.uniform(-5, 5), rng.uniform(-9, 9), rng.uniform(-9, 9)
        u = update_row(x, rng.choice([0.0, 1.0]), w, b, 0.1)
        texts, total = agreeing((u.w_before, u.x, u.b_before), u.z, lambda w, x, b: x * w + b)
        shown = [float(t.replace("−", "-")) for t in texts]
        if not total.startswith("≈"):
            assert float(f"{shown[1] * shown[0] + shown[2]:.3g}") == float(total.replace("−", "-"))
    lines = explain(update_row(1.0, 0.0, 0.39968, -0.10033, 0.1), 0.1, Loss.SQUARED, Gradient.SEED)
    assert lines[0] == "z = w·x + b = 0.3997 · 1 + (−0.1003) = 0.299"
    lines = explain(update_row(3.0, 1.0, 0.2481, -0.2771, 0.1), 0.1, Loss.SQUARED, Gradient.SEED)
    assert lines[0] == "z = w·x + b = 0.248 · 3 + (−0.277) = 0.467"


def test_labels_never_overlap_and_predictions_are_always_drawn(qtbot, window):
    trained(qtbot, window, 300)
    window.controls.epochs_spin.setValue(1000)
    for _ in range(2):  # row 2: x = 2, left of the threshold near 2.4
        with qtbot.waitSignal(window.run.row_stepped, timeout=5000):
            window.step_row()
    fit = window.fit_plot
    assert fit.row_label.anchor.x() == 1  # its label left of the row, away from the line
    assert fit.threshold.label.orthoPos > 0.5  # the line's label moved above the row's
    window.controls.predict_input.setText("9")
    assert fit.x_span()[1] > 9 and fit.prediction.isVisible()
    window.controls.predict_input.setText("-3")
    assert fit.x_span()[0] < -3
    window.run_settings.update(weight=1.0, bias=-4.6)  # p = 0.5 at x = 4.6: the right edge
    window.reset()
    assert fit.threshold_label_side() == "left"


def test_the_column_picker_reads_decimal_commas(tmp_path):
    path = tmp_path / "de.csv"
    path.write_text("Name;Stunden;Bestanden\nAnna;0,5;0\nBen;1,5;0\nCara;2,5;1\nDan;3,5;1\n")
    table = preview(path)
    assert table.names[table.x] == "Stunden" and table.names[table.y] == "Bestanden"


def test_a_label_column_with_one_value_outside_0_to_1_is_refused(tmp_path):
    path = tmp_path / "neg.csv"
    path.write_text("x,y\n1,-1\n2,-1\n")
    with pytest.raises(DataError, match="single value '-1'"):
        read_table(path)


def test_kept_run_names_are_unique(qtbot, window):
    for _ in range(3):
        window.controls.lr_spin.setValue(0.01)
        trained(qtbot, window, 50)
        window.controls.lr_spin.setValue(0.1)
        window.reset()
    names = [window.runs.label(r) for r in window.runs.runs]
    assert names == ["lr 0.01", "lr 0.01 (again, run 2)", "lr 0.01 (again, run 3)"]
    assert window.loss_plot.legend_names()[1:] == names


def test_leaving_a_preset_brings_back_the_learners_data_and_settings(qtbot, window, tmp_path):
    mine = tmp_path / "mine.csv"
    mine.write_text("hours,passed\n1,0\n5,1\n6,1\n")
    assert window.data_controller.open_data(str(mine))
    window.run_settings.update(learning_rate=0.37, epochs=77)
    momentum = next(e for e in EXERCISES if e.name == "momentum")
    window.lesson.start(momentum)
    assert window.race.active and window.run.data.name == "ravine"
    window.end_race()
    assert window.run.data.name == "mine" and window.run.data.xs.tolist() == [1.0, 5.0, 6.0]
    assert window.run_settings.value.learning_rate == 0.37
    assert window.run_settings.value.epochs == 77
    lr1 = next(e for e in EXERCISES if e.name == "lr1")
    window.lesson.start(lr1)
    wait_state(qtbot, window, "finished")
    window.controls.leave_button.click()
    assert window.run.data.name == "mine" and window.run_settings.value.learning_rate == 0.37
    assert not window.controls.note_box.isVisible()


def test_fit_view_frames_the_landscape_after_a_wild_run(qtbot, window):
    window.controls.lr_spin.setValue(100.0)
    trained(qtbot, window, 50)
    wait_grid(qtbot, window)
    wide = window.landscape.grid.w[-1] - window.landscape.grid.w[0]
    window.reset()
    window.controls.lr_spin.setValue(0.1)
    window.fit_view()
    qtbot.waitUntil(lambda: window.landscape.grid.w[-1] - window.landscape.grid.w[0] < wide / 3)


def test_the_learning_rate_slider_has_a_fine_mode(qtbot, window):
    slider = window.controls.lr_slider
    slider.resize(300, slider.height())
    start = slider.value()

    def drag(dx, modifiers):
        y = slider.height() / 2
        x0 = slider.width() / 2
        for kind, x, buttons in (
            (QMouseEvent.Type.MouseButtonPress, x0, Qt.MouseButton.LeftButton),
            (QMouseEvent.Type.MouseMove, x0 + dx, Qt.MouseButton.LeftButton),
        ):
            event = QMouseEvent(
                kind, QPointF(x, y), QPointF(x, y), Qt.MouseButton.LeftButton, buttons, modifiers
            )
            if kind == QMouseEvent.Type.MouseButtonPress:
                slider.mousePressEvent(event)
            else:
                slider.mouseMoveEvent(event)

    slider.setValue(start)
    drag(90, Qt.KeyboardModifier.ShiftModifier)
    fine = slider.value() - start
    assert 0 < fine <= (slider.maximum() * 90 / 300) / 10 + 1
    ratio = slider.to_float(start + fine) / slider.to_float(start)
    assert ratio < 2  # a fine drag of 90 px changes the rate by well under 2x


def test_the_script_says_how_to_run_it_by_its_name():
    text = python_script(lesson_data(), RunSettings(), script_name="adam run.py")
    assert "python 'adam run.py'" in text and "{this file}" not in text
    assert math.isfinite(0.1)
