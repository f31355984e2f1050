"""The Metrics tab: accuracy, precision, recall and the confusion counts of the model on
view at a decision threshold, checked against rows counted one by one here."""

from __future__ import annotations

import json
import random
import re

import pyqtgraph as pg
import pytest
from helpers import set_max_speed, wait_state
from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from gdviz.core.train.data import DataSet, lesson_data
from gdviz.core.train.network import forward

CELLS = ("TP", "FP", "FN", "TN")


def counted(window, params, t, part="train"):
    """The confusion counts of ``part``'s rows at ``t``, one row at a time: each p from the
    rule's forward pass, the held-out rows by the split's written rule."""
    data, s = window.run.data, window.run.settings
    held = set()
    if s.validation is not None:
        order = list(range(len(data)))
        random.Random(s.split_seed).shuffle(order)
        held = set(order[: round(s.validation * len(data))])
    tally = dict.fromkeys(CELLS, 0)
    for i in range(len(data)):
        if (i in held) != (part == "validation"):
            continue
        x, y = data.inputs_of(i)
        p = forward(window.run.network, tuple(params), x).p
        if y == 1:
            tally["TP" if p >= t else "FN"] += 1
        elif y == 0:
            tally["FP" if p >= t else "TN"] += 1
    return tally


def on_screen(window, part="train"):
    """The counts the panel's cells show."""
    panel = window.metrics_panel
    return {
        name: int(re.sub(r"\D", "", panel.findChild(pg.QtWidgets.QLabel, f"{part}{name}").text()))
        for name in CELLS
    }


def text(window, name):
    return window.metrics_panel.findChild(pg.QtWidgets.QLabel, name).text()


def live_params(window):
    return window.run.params


def step_to(qtbot, window, epochs):
    while len(window.history) < epochs:
        n = len(window.history)
        window.step()
        qtbot.waitUntil(lambda n=n: len(window.history) == n + 1, timeout=10_000)


@pytest.fixture
def students(qtbot, window):
    """students-200 with a quarter held out, 60 epochs trained, the Metrics tab on view."""
    window.data_controller.use_builtin("students-200")
    window.run_settings.update(validation=0.25, epochs=60)
    assert window.run.settings.validation == 0.25 and len(window.run.data) == 200
    window.show_metrics()
    assert window.arranged.view_tabs.currentWidget() is window.metrics_panel
    set_max_speed(window)
    window.train()
    wait_state(qtbot, window, "finished")
    qtbot.waitUntil(lambda: "after 60 epochs" in text(window, "metricsEpoch"), timeout=5_000)
    return window


def test_both_parts_count_what_the_rows_say_at_two_thresholds(students):
    window, panel = students, students.metrics_panel
    for t in (0.5, 0.8):
        panel.threshold_spin.setValue(t)
        assert window.view.threshold == t
        for part in ("train", "validation"):
            want = counted(window, live_params(window), t, part)
            assert on_screen(window, part) == want
            shown = panel.shown[part]
            assert (shown.tp, shown.fp, shown.fn, shown.tn) == tuple(want.values())
            rows = sum(want.values())
            right = want["TP"] + want["TN"]
            assert text(window, f"{part}Accuracy").startswith(f"{right / rows:.1%} ")
            assert f"({right}\u00a0of\u00a0{rows})" in text(window, f"{part}Accuracy")
            predicted = want["TP"] + want["FP"]
            assert f"({want['TP']}\u00a0of\u00a0{predicted})" in text(window, f"{part}Precision")
            labelled = want["TP"] + want["FN"]
            assert f"({want['TP']}\u00a0of\u00a0{labelled})" in text(window, f"{part}Recall")
        assert sum(on_screen(window, "train").values()) == 150
        assert sum(on_screen(window, "validation").values()) == 50
    assert on_screen(window) != counted(window, live_params(window), 0.5)  # t mattered
    assert panel.boxes["validation"].isVisibleTo(panel)
    assert panel.none_held.isHidden()


def test_travelling_back_counts_that_epochs_model(students):
    window = students
    window.metrics_panel.threshold_spin.setValue(0.6)
    live = on_screen(window, "validation")
    window.presenter.view_epoch(2)
    h = window.history
    assert h.param_stride == 1
    then = tuple(h.params[:, 2].tolist())
    for part in ("train", "validation"):
        assert on_screen(window, part) == counted(window, then, 0.6, part)
    assert on_screen(window, "train") != counted(window, live_params(window), 0.6)
    assert "Viewing epoch 2" in text(window, "metricsEpoch")
    window.metrics_panel.threshold_spin.setValue(0.4)  # a new t counts the viewed epoch
    assert on_screen(window) == counted(window, then, 0.4)
    window.go_live()
    assert on_screen(window) == counted(window, live_params(window), 0.4)
    window.metrics_panel.threshold_spin.setValue(0.6)
    assert on_screen(window, "validation") == live
    assert "Live: the model after 60 epochs" in text(window, "metricsEpoch")


def view_pos(plot, x, y):
    scene = plot.getPlotItem().vb.mapViewToScene(pg.Point(x, y))
    p = plot.mapFromScene(scene)
    return QPoint(round(p.x()), round(p.y()))


def test_dragging_the_line_moves_the_threshold_and_the_counts(qtbot, window):
    step_to(qtbot, window, 30)
    window.show_metrics()
    line, spin, plot = window.metrics.line, window.metrics_panel.threshold_spin, window.fit_plot
    assert line.isVisible() and line.threshold == 0.5 and spin.value() == 0.5
    # A click on the line is not a click on the plot: no student is added.
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=view_pos(plot, 2.5, 0.5))
    assert window.run.data.rows == lesson_data().rows
    viewport = plot.viewport()
    start, end = view_pos(plot, 2.5, 0.5), view_pos(plot, 2.5, 0.78)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, pos=start)
    for i in range(1, 11):
        QTest.mouseMove(viewport, start + (end - start) * (i / 10))
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, pos=end)
    t = window.view.threshold
    assert t == pytest.approx(0.78, abs=0.02) and t == round(t, 2)  # in steps of 0.01
    assert line.threshold == t and spin.value() == t
    assert window.run.data.rows == lesson_data().rows
    assert on_screen(window) == counted(window, live_params(window), t)
    spin.setValue(0.25)  # and the box moves the line
    assert line.threshold == 0.25 and window.view.threshold == 0.25
    assert on_screen(window) == counted(window, live_params(window), 0.25)


def test_one_part_without_held_out_rows_and_a_dash_where_nothing_divides(qtbot, window):
    window.show_metrics()
    panel = window.metrics_panel
    assert "start" in text(window, "metricsEpoch")
    panel.threshold_spin.setValue(0.99)  # the start's p stays below 0.6: nothing predicted 1
    assert on_screen(window) == {"TP": 0, "FP": 0, "FN": 2, "TN": 2}
    precision = panel.findChild(pg.QtWidgets.QLabel, "trainPrecision")
    assert precision.text() == "–" and "No row is predicted 1" in precision.toolTip()
    assert text(window, "trainRecall").startswith("0.0% ")
    assert panel.boxes["validation"].isHidden() and not panel.none_held.isHidden()
    assert panel.shown["validation"] is None
    assert "all 4 rows" in text(window, "trainTitle")
    window.data_controller.apply(DataSet([1, 2, 3], [0, 0, 0], "no passes"), "test")
    recall = panel.findChild(pg.QtWidgets.QLabel, "trainRecall")
    qtbot.waitUntil(lambda: on_screen(window) == {"TP": 0, "FP": 0, "FN": 0, "TN": 3})
    assert recall.text() == "–" and "No row is labelled 1" in recall.toolTip()


def test_rows_with_a_fractional_label_are_in_no_cell_and_said(qtbot, window):
    window.show_metrics()
    data = DataSet([1, 2, 3, 4, 5], [0, 0.5, 1, 0.25, 1], "fractions")
    window.data_controller.apply(data, "test")
    qtbot.waitUntil(lambda: sum(on_screen(window).values()) == 3)
    assert on_screen(window) == counted(window, live_params(window), 0.5)
    note = window.metrics_panel.note
    assert not note.isHidden() and note.text().startswith("2 rows labelled between 0 and 1")
    assert "never counted right" in note.toolTip()
    assert window.metrics_panel.shown["train"].rows == 5  # accuracy divides by all 5


def test_two_inputs_hide_the_line_and_the_box_sets_the_threshold(qtbot, window):
    window.data_controller.use_builtin("hours-sleep")
    window.show_metrics()
    step_to(qtbot, window, 5)
    assert window.fit_plot.two_inputs and not window.metrics.line.isVisible()
    assert "Two inputs" in text(window, "thresholdHint")
    window.metrics_panel.threshold_spin.setValue(0.35)
    assert on_screen(window) == counted(window, live_params(window), 0.35)
    assert sum(on_screen(window).values()) == 100


def test_view_metrics_action_shows_the_tab(window):
    tabs = window.arranged.view_tabs
    tabs.setCurrentIndex(0)
    window.acts.metrics.trigger()
    assert tabs.currentWidget() is window.metrics_panel
    assert window.acts.metrics.shortcut().toString() == "Ctrl+M"


def test_a_session_keeps_the_threshold(qtbot, window, tmp_path, monkeypatch):
    step_to(qtbot, window, 3)
    window.show_metrics()
    window.metrics_panel.threshold_spin.setValue(0.37)
    path = tmp_path / "t.gdviz.json"
    assert window.sessions.save_session(str(path))
    assert json.loads(path.read_text())["view"]["threshold"] == 0.37
    window.metrics_panel.threshold_spin.setValue(0.5)
    assert window.sessions.open_session(str(path))
    assert window.view.threshold == 0.37
    assert window.metrics_panel.threshold_spin.value() == 0.37
    assert window.metrics.line.threshold == 0.37
    assert on_screen(window) == counted(window, live_params(window), 0.37)
    # A session without one (an older file) brings back the default.
    doc = json.loads(path.read_text())
    del doc["view"]["threshold"]
    path.write_text(json.dumps(doc))
    assert window.sessions.open_session(str(path))
    assert window.view.threshold == 0.5 and window.metrics.line.threshold == 0.5
    # One out of range is refused, and says why.
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: shown.append(a[2]))
    doc["view"]["threshold"] = 1.5
    path.write_text(json.dumps(doc))
    window.metrics_panel.threshold_spin.setValue(0.42)
    assert not window.sessions.open_session(str(path))
    assert window.view.threshold == 0.42
    assert shown and "'view.threshold': the decision threshold must be at most 0.99" in shown[-1]


def test_counts_follow_training_live(qtbot, window):
    window.show_metrics()
    window.run_settings.update(epochs=5000)
    window.controls.speed_slider.setValue(14)

    def epochs_said():
        found = re.search(r"after ([\d,]+) epochs?", text(window, "metricsEpoch"))
        return int(found.group(1).replace(",", "")) if found else 0

    window.train()
    qtbot.waitUntil(lambda: window.state == "running" and epochs_said() > 0, timeout=10_000)
    qtbot.waitUntil(lambda: epochs_said() > 100, timeout=10_000)  # it went on being counted
    window.pause()
    wait_state(qtbot, window, "paused")
    qtbot.waitUntil(lambda: epochs_said() == len(window.history), timeout=5_000)
    assert on_screen(window) == counted(window, live_params(window), 0.5)
