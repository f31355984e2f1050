"""Views show what they claim, second round: one test for each symptom a new teacher
found when the first round's fixes were tried again (issue 17)."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from helpers import set_max_speed, wait_state
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from gdviz.core.io.table import open_table
from gdviz.core.run.settings import RunSettings
from gdviz.core.teach.explain import explain
from gdviz.core.teach.lessons import EXERCISES
from gdviz.core.train.data import load_builtin
from gdviz.core.train.model import Gradient, Loss
from gdviz.core.train.trainer import Trainer
from gdviz.ui.views.column_dialog import ColumnDialog

BUTTON = QMessageBox.StandardButton


def trained(qtbot, win, epochs=300):
    win.controls.epochs_spin.setValue(epochs)
    set_max_speed(win)
    win.train()
    wait_state(qtbot, win, "finished")


def test_racers_keep_their_colours_through_reset(window):
    racers = [RunSettings(), RunSettings(optimizer="momentum"), RunSettings(optimizer="adam")]
    window.start_race(racers)
    first = [r.colour for r in window.race.racers]
    window.race.reset()
    window.race.reset()
    assert [r.colour for r in window.race.racers] == first
    assert len(set(first)) == 3
    window.race.end()


def test_buttons_of_the_runs_tab_leave_space_to_train(window):
    tab = window.runs_panel
    for button in (tab.race_button, tab.remove_button, tab.clear_button):
        assert button.focusPolicy() == Qt.FocusPolicy.TabFocus


def test_a_race_that_ends_is_kept_in_runs(qtbot, window):
    window.start_race([RunSettings(epochs=50), RunSettings(epochs=50, optimizer="adam")])
    window.race.play()
    qtbot.waitUntil(lambda: window.race.state.value == "finished", timeout=20_000)
    before = len(window.runs.runs)
    window.end_race()
    names = [window.runs.label(r) for r in window.runs.runs[before:]]
    assert names == ["race: sgd", "race: adam"]
    assert [r.epochs for r in window.runs.runs[before:]] == [50, 50]


def test_the_loss_plot_frames_a_run_on_new_data_after_kept_runs(qtbot, window):
    trained(qtbot, window, 200)  # the lesson: losses below 1.1
    window.reset()  # kept
    window.data_controller.use_builtin("ravine")  # the kept run hides: other data
    vb = window.loss_plot.getPlotItem().vb
    assert vb.viewRange()[1] == pytest.approx([-0.02, 1.02], abs=0.05)
    trained(qtbot, window, 30)
    qtbot.wait(100)
    low, high = vb.viewRange()[1]
    losses = window.run.history.loss
    assert low <= losses.min() and high >= losses.max() > 3  # ravine's losses, on view


def test_a_label_column_of_one_value_is_said_not_guessed(qtbot, tmp_path):
    path = tmp_path / "minus1.csv"
    path.write_text("hours,label\n1,-1\n2,-1\n3,-1\n")
    dialog = ColumnDialog(None, str(path), open_table(str(path)))
    qtbot.addWidget(dialog)
    assert dialog.as_is.isChecked()
    assert "single value '-1'" in dialog.hint.text()


def test_back_to_my_run_keeps_data_chosen_during_an_exercise(window):
    exercises = [e for e in EXERCISES if not e.race]
    window.lesson.start(exercises[0])
    window.data_controller.use_builtin("overlap")  # the learner's own choice
    window.lesson.start(exercises[1])
    window.lesson.leave()
    assert window.run.data.same_rows(load_builtin("overlap"))


def test_the_threshold_label_says_where_its_line_is_when_it_is_off_the_axis(window):
    window.fit_plot.set_model(1.0, 20.0)  # p = 0.5 at x = −20, far left of the lesson's axis
    edge = window.fit_plot.threshold_edge
    assert edge.isVisible() and edge.textItem.toPlainText().startswith("← p = 0.5 at x = −20")
    window.fit_plot.set_model(1.0, -2.5)
    assert not edge.isVisible()


def test_prediction_rings_widen_the_axis_and_hide_in_a_race(qtbot, window, tmp_path):
    source = tmp_path / "hours.csv"
    source.write_text("hours\n1.5\n-0.5\n9.5\n")
    with qtbot.waitSignal(
        window.predictions.message, timeout=20_000, check_params_cb=lambda m: "Saved" in m
    ):
        window.predict_for_file(str(source), save_to=str(tmp_path / "p.csv"))
    x0, x1 = window.fit_plot.x_span()
    assert x0 < -0.5 and x1 > 9.5
    window.start_race([RunSettings(), RunSettings(optimizer="adam")])
    assert not window.fit_plot.file_predictions.isVisible()
    window.race.end()
    assert window.fit_plot.file_predictions.isVisible()


def test_the_dashboard_caption_is_the_epoch_on_view(qtbot, window):
    trained(qtbot, window, 1000)
    window.view_epoch(0)
    caption = window.sessions.caption()
    assert "epoch 1 of 1,000" in caption
    h = window.run.history
    assert f"{h.w[0]:.2f}" in caption


def test_a_sweep_within_one_decade_has_a_linear_axis_with_numbers(qtbot, window):
    window.data_controller.use_builtin("ravine")
    sweep = window.start_sweep(rates=(0.001, 0.002, 0.004), threshold=0.001)
    qtbot.waitUntil(lambda: not window.sweeps.running, timeout=20_000)
    losses = [p.final_loss for p in sweep.points]
    assert max(losses) / min(losses) < 10
    assert not sweep.loss_plot.getPlotItem().ctrl.logYCheck.isChecked()
    assert sweep.empty_note.isVisible() and "lowest final loss was" in sweep.empty_note.text()
    sweep.close()


NUMBER = r"−?[0-9.]+(?:e[−+]?[0-9]+)?"


def _d(text: str) -> Decimal:
    return Decimal(text.replace("−", "-"))


@pytest.mark.parametrize("optimizer", ["sgd", "adam", "momentum"])
def test_where_a_step_moved_adds_up_with_its_change_at_the_digits_shown(optimizer):
    """before + Δ rounds to after at its digits, with the numbers as printed, for every row
    of a few epochs."""
    data = load_builtin("students-200")
    trainer = Trainer(data, RunSettings(optimizer=optimizer, learning_rate=0.3))
    for _ in range(600):
        u, _block = trainer.step_row()
        lines = explain(u, 0.3, Loss.SQUARED, Gradient.SEED, trainer.settings)
        changes = {}
        for line in lines:
            m = re.match(rf"Δ([wb]) = .* [=≈] ({NUMBER})$", line)
            if m:
                changes[m.group(1)] = _d(m.group(2))
        moved = re.findall(rf"([wb]): ({NUMBER}) → ({NUMBER})", lines[-1])
        assert len(moved) == 2 and set(changes) == {"w", "b"}
        for name, before, after in moved:
            b, a, c = _d(before), _d(after), changes[name]
            unit = Decimal(1).scaleb(a.as_tuple().exponent)  # at the digits of the result
            assert (b + c).quantize(unit) == a, lines


def _wheel(widget, steps=1):
    from PySide6.QtCore import QPoint, QPointF
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication

    centre = QPointF(widget.rect().center())
    event = QWheelEvent(
        centre,
        QPointF(widget.mapToGlobal(centre.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def test_the_wheel_over_a_box_scrolls_the_tab_unless_the_box_has_the_keyboard(qtbot, window):
    window.resize(900, 420)  # the Train tab is taller than this: its scroll bar shows
    qtbot.wait(50)
    spin = window.controls.epochs_spin
    before = spin.value()
    area = next(w for w in _scroll_areas(spin))
    bar = area.verticalScrollBar()
    bar.setValue(bar.maximum())
    _wheel(spin)
    assert spin.value() == before
    assert bar.value() < bar.maximum()  # the tab scrolled up instead
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus, timeout=2000)
    _wheel(spin)
    assert spin.value() == before + spin.singleStep()


def _scroll_areas(widget):
    from PySide6.QtWidgets import QAbstractScrollArea

    parent = widget.parent()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            yield parent
        parent = parent.parent()
