"""RunController with its settings model and training thread, without a window."""

from __future__ import annotations

import pytest
from helpers import core_history

from gdviz.core.run.settings import RunSettings
from gdviz.core.run.state import RunState
from gdviz.core.train.data import lesson_data, load_builtin
from gdviz.ui.controllers.run_controller import RunController
from gdviz.ui.models import SettingsModel


@pytest.fixture
def model(qtbot):
    return SettingsModel()


@pytest.fixture
def run(qtbot, model):
    controller = RunController(lesson_data(), model)
    controller.start_threads()
    controller.set_speed(float("inf"))
    yield controller
    controller.shut_down()


def history(run):
    h = run.history
    return h.loss.tolist(), h.w.tolist(), h.b.tolist()


def finish(qtbot, run):
    with qtbot.waitSignal(
        run.stopped, timeout=20_000, check_params_cb=lambda r: r.reason == "finished"
    ):
        run.train()


def test_trains_the_lesson_bit_for_bit(qtbot, run):
    finish(qtbot, run)
    assert run.state is RunState.FINISHED
    assert history(run) == core_history()
    assert (run.w, run.b) == (4.3018685464211535, -10.50801155978499)


def test_a_fresh_run_takes_every_change_at_once(qtbot, run, model):
    model.update(weight=1.0, loss="cross-entropy", batch_size=0)
    assert run.settings == model.value and (run.w, run.b) == (1.0, 0.0)
    assert run.fresh and len(run.history) == 0


def test_raising_epochs_after_the_end_goes_on_unchanged_epochs_start_afresh(qtbot, run, model):
    finish(qtbot, run)
    first = history(run)
    model.update(epochs=2000)
    assert run.state is RunState.PAUSED  # it can go on
    finish(qtbot, run)
    assert len(run.history) == 2000
    assert history(run) == core_history(RunSettings(epochs=2000))
    assert history(run)[0][:1000] == first[0]
    kept = []
    run.about_to_reset.connect(lambda: kept.append(len(run.history)))
    finish(qtbot, run)  # epochs unchanged: a new run (the old one offered for keeping)
    assert kept == [2000] and history(run) == core_history(RunSettings(epochs=2000))


def test_learning_rate_is_live_start_waits_options_start_a_new_run(qtbot, run, model):
    model.update(epochs=10_000_000)
    run.set_speed(2000.0)
    with qtbot.waitSignal(run.epochs_added, timeout=10_000):
        run.train()
    model.update(learning_rate=0.5)
    model.update(weight=2.0, bias=-1.0)
    assert run.settings.start == (0.1, 0.0) and run.state is RunState.RUNNING
    qtbot.waitUntil(lambda: len(run.lr_changes) == 2, timeout=10_000)
    assert run.lr_changes[1][1] == 0.5
    kept = []
    run.about_to_reset.connect(lambda: kept.append(len(run.history)))
    model.update(loss="cross-entropy")  # a new run from the next run's settings, still running
    assert len(kept) == 1 and kept[0] > 0
    assert run.settings.loss == "cross-entropy" and run.settings.start == (2.0, -1.0)
    assert run.state is RunState.RUNNING
    with qtbot.waitSignal(run.stopped, timeout=10_000):
        run.pause()
    assert run.state is RunState.PAUSED


def test_row_steps_name_the_epoch_they_belong_to(qtbot, run, model):
    model.update(epochs=296)
    finish(qtbot, run)
    model.update(epochs=1000)
    steps = []
    run.row_stepped.connect(steps.append)
    for _ in range(4):
        with qtbot.waitSignal(run.row_stepped, timeout=5000):
            assert run.step_row()
    assert [(s.epoch, s.rows_done) for s in steps] == [(296, 1), (296, 2), (296, 3), (296, 4)]
    assert len(run.history) == 297 and run.row == 0


def test_step_row_is_refused_for_batches(qtbot, run, model):
    model.update(batch_size=0)
    assert not run.step_row()
    assert run.fresh


def test_a_rising_loss_is_reported_once_per_streak(qtbot, run):
    run.set_data(load_builtin("outlier"))
    with qtbot.waitSignal(run.loss_rising, timeout=10_000) as blocker:
        run.train()
    began, streak = blocker.args
    assert streak == 20
    loss = run.history.loss
    assert all(loss[e] > loss[e - 1] for e in range(began, began + streak))
