"""Optimisers in the window, and races of them: the same doubles as the core, live."""

from __future__ import annotations

import numpy as np
import pytest
from helpers import set_max_speed, wait_state
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from gdviz.core.io.session import load_session
from gdviz.core.run.settings import RunSettings
from gdviz.core.run.state import RunState
from gdviz.core.teach.words import significant
from gdviz.core.train.data import lesson_data, load_builtin
from gdviz.core.train.optimizers import Optimizer
from gdviz.core.train.trainer import Trainer
from gdviz.ui.views.race_views import RaceDialog


def core(data, settings):
    trainer = Trainer(data, settings)
    trainer.run_to_end()
    return trainer


def wait_race(qtbot, window, state="finished", timeout=30_000):
    qtbot.waitUntil(lambda: window.race.state.value == state, timeout=timeout)


def test_the_optimiser_from_the_menu_or_the_train_tab_trains_like_the_core(qtbot, window):
    window.acts.optimizer[Optimizer.ADAM].trigger()
    c = window.controls
    assert c.optimizer_combo.currentData() == "adam"
    visible = {n: not s.isHidden() for n, s in c.optimizer_spins.items()}
    assert visible == {"momentum": False, "alpha": False, "beta1": True, "beta2": True, "eps": True}
    c.optimizer_spins["beta1"].setValue(0.8)  # typed into the Train tab
    assert window.run_settings.value.beta1 == 0.8
    assert "adam β₁ 0.8" in window.statusBar().currentMessage()
    c.optimizer_combo.setCurrentIndex(c.optimizer_combo.findData("momentum"))
    assert window.acts.optimizer[Optimizer.MOMENTUM].isChecked()
    assert not c.optimizer_spins["momentum"].isHidden() and c.optimizer_spins["beta1"].isHidden()
    set_max_speed(window)
    window.train()
    wait_state(qtbot, window, "finished")
    expected = core(lesson_data(), RunSettings(optimizer="momentum", beta1=0.8))
    assert window.history.loss.tolist() == expected.history.loss.tolist()
    assert (window.run.w, window.run.b) == (expected.w, expected.b)


def test_step_row_works_out_adams_arithmetic(qtbot, window):
    window.acts.optimizer[Optimizer.ADAM].trigger()
    for _ in range(3):
        window.step_row()
        qtbot.waitUntil(lambda: "row" in window.controls.row_explanation.text(), timeout=5000)
    qtbot.waitUntil(lambda: "row 3 of 4" in window.controls.row_explanation.text(), timeout=5000)
    text = window.controls.row_explanation.text()
    trainer = Trainer(lesson_data(), RunSettings(optimizer="adam"))
    for _ in range(3):
        update, _ = trainer.step_row()
    sw, _sb = update.steps
    assert "t = 3 (updates so far)" in text
    assert f"m̂_w = m_w/(1−β₁^3) = {significant(sw.mhat, 3)}".replace("-", "−") in text
    assert f"= {significant(sw.step, 3)}" in text
    assert window.run.w == trainer.w and window.run.opt_state == trainer.opt_state


def race_settings(*kinds, epochs=300, **changes):
    base = RunSettings(epochs=epochs, **changes)
    return [base.with_(optimizer=k) for k in kinds]


def test_a_race_trains_every_racer_exactly_and_draws_them_all(qtbot, window):
    racers = race_settings("sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam")
    set_max_speed(window)
    assert window.start_race(racers, threshold=0.5)
    assert window.race.active and window.controls.train_button.isEnabled()
    assert not window.controls.step_row_button.isEnabled()
    window.train()  # Space, the Train button: the race
    wait_race(qtbot, window)
    for racer, settings in zip(window.race.racers, racers, strict=True):
        expected = core(lesson_data(), settings)
        assert racer.history.loss.tolist() == expected.history.loss.tolist()
        assert (racer.w, racer.b) == (expected.w, expected.b)
        assert racer.opt_state == expected.opt_state
        hits = np.flatnonzero(expected.history.loss <= 0.5)
        assert racer.reached == (int(hits[0]) if hits.size else None)
    names = ["sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"]
    assert window.loss_plot.legend_names() == names
    assert window.landscape_plot.legend_names() == names
    assert window.fit_plot.legend_names()[-6:] == names
    rows = window.runs_panel.race_panel.rows()
    assert [r[0] for r in rows] == names and all(r[1] == "300" for r in rows)
    assert window.history.loss.size == 0  # the run itself did not train
    assert "Race finished: lowest loss" in window.statusBar().currentMessage()
    window.race.end()
    assert not window.race.active and window.loss_plot.legend_names()[0].startswith("this run")
    assert window.runs_panel.race_panel.isHidden()


def test_pause_step_and_reset_act_on_every_racer(qtbot, window):
    window.start_race(race_settings("sgd", "adam", epochs=5_000_000))
    window.controls.speed_slider.setValue(10)  # slow enough to catch it running
    window.step()
    qtbot.waitUntil(lambda: all(r.epoch == 1 for r in window.race.racers), timeout=5000)
    window.train()
    qtbot.waitUntil(lambda: window.race.racers[0].epoch > 3, timeout=10_000)
    window.toggle_training()  # Space pauses the race
    wait_race(qtbot, window, "paused")
    epochs = {r.epoch for r in window.race.racers}
    assert len(epochs) == 1  # lock-step
    (done,) = epochs
    window.step()
    qtbot.waitUntil(lambda: {r.epoch for r in window.race.racers} == {done + 1}, timeout=5000)
    window.reset()
    assert all(r.epoch == 0 for r in window.race.racers) and window.race.state is RunState.IDLE
    window.race.end()


def test_a_saved_race_reopens_and_continues_bit_for_bit(qtbot, window, tmp_path):
    racers = race_settings("momentum", "rmsprop", "adam", epochs=400, batch_size=0)
    window.data_controller.use_builtin("students-200")
    window.start_race(racers, threshold=80.0)
    for _ in range(7):
        window.step()
    qtbot.waitUntil(lambda: all(r.epoch == 7 for r in window.race.racers), timeout=5000)
    path = tmp_path / "race.gdviz.json"
    assert window.sessions.save_session(str(path))
    saved = load_session(path)
    assert [s.settings.optimizer for s in (saved, *saved.race)] == ["momentum", "rmsprop", "adam"]
    assert saved.race_threshold == 80.0
    window.race.end()
    window.data_controller.use_builtin("lesson")
    assert window.sessions.open_session(str(path))
    assert window.race.active and [r.epoch for r in window.race.racers] == [7, 7, 7]
    set_max_speed(window)
    window.train()
    wait_race(qtbot, window)
    data = load_builtin("students-200")
    for racer, settings in zip(window.race.racers, racers, strict=True):
        expected = core(data, settings)
        assert racer.history.loss.tolist() == expected.history.loss.tolist()
        assert racer.opt_state == expected.opt_state
    window.race.end()


def test_why_momentum_races_on_the_ravine(qtbot, window):
    window.resize(1300, 860)
    window.acts.exercises["momentum"].trigger()
    assert window.run.data.name == "ravine" and window.race.active
    assert [r.label for r in window.race.racers] == ["sgd", "momentum", "adam"]
    assert "long, narrow valley" in window.controls.lesson_note.text()
    assert "long, narrow valley" in window.runs_panel.race_panel.note.text()
    set_max_speed(window)
    wait_race(qtbot, window)
    sgd, momentum, adam = window.race.racers
    assert adam.loss < momentum.loss < sgd.loss  # plain steps crawl along the valley
    for plot in window.plots():  # five legend entries still fit: nothing pushed off
        assert plot.getPlotItem().geometry().width() <= plot.width() + 0.5
    assert sgd.reached is None and adam.reached < momentum.reached
    # Other data ends the race.
    window.data_controller.use_builtin("lesson")
    assert not window.race.active


def test_the_race_dialog_offers_each_optimisers_settings(qtbot, window):
    dialog = RaceDialog(window, RunSettings(learning_rate=0.3, epochs=50))
    qtbot.addWidget(dialog)
    assert [k for k, t in dialog.ticks.items() if t.isChecked()] == ["sgd", "momentum", "adam"]
    assert set(dialog.params["adam"]) == {"beta1", "beta2", "eps"}
    assert dialog.params["adagrad"]["eps"].value() == 1e-10
    dialog.ticks[Optimizer.NESTEROV].setChecked(True)
    dialog.params[Optimizer.NESTEROV]["momentum"].setValue(0.5)
    dialog.rates[Optimizer.ADAM].setValue(0.01)
    got = {s.optimizer: s for s in dialog.racers()}
    assert got["nesterov"].momentum == 0.5 and got["adam"].learning_rate == 0.01
    assert all(s.epochs == 50 for s in got.values()) and got["sgd"].learning_rate == 0.3
    for tick in dialog.ticks.values():
        tick.setChecked(False)
    dialog.ticks[Optimizer.SGD].setChecked(True)
    dialog._accept()  # one racer is no race
    assert "at least two" in dialog.hint.text()


@pytest.mark.parametrize("answer", ["accept", "cancel"])
def test_run_menu_race_opens_the_dialog(qtbot, window, answer):
    def respond():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, RaceDialog):
            QTimer.singleShot(20, respond)
            return
        dialog.accept() if answer == "accept" else dialog.reject()

    QTimer.singleShot(0, respond)
    window.acts.race.trigger()
    assert window.race.active == (answer == "accept")
    if window.race.active:
        assert [r.label for r in window.race.racers] == ["sgd", "momentum", "adam"]
        window.race.end()


def test_the_sweep_sweeps_the_chosen_optimiser(qtbot, window):
    window.acts.optimizer[Optimizer.RMSPROP].trigger()
    window.start_sweep(rates=(0.01, 0.1), threshold=0.05)
    qtbot.waitUntil(lambda: not window.sweeps.running, timeout=60_000)
    sweep = window.sweeps.window
    assert sweep.windowTitle().endswith("per-row updates, rmsprop")
    points = sweep.points
    for point in points:
        expected = core(lesson_data(), RunSettings(point.learning_rate, optimizer="rmsprop"))
        assert point.final_loss == float(expected.history.loss[-1])
    assert len(points) == 2


def test_closing_the_window_mid_race_stops_every_thread(qtbot):
    from gdviz.app import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    set_max_speed(win)
    win.start_race(race_settings(*Optimizer, epochs=1_000_000))
    win.train()
    qtbot.waitUntil(lambda: win.race.racers[0].epoch > 1000, timeout=10_000)
    win.close()  # the conftest fixture fails the test if a worker thread still runs
    assert win.race.state is RunState.RUNNING or win.race.racers[0].epoch < 1_000_000
