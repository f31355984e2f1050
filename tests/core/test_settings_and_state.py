"""RunSettings, the run's states and the one enablement rule, the rising-loss counter,
and how kept runs are named."""

from __future__ import annotations

import dataclasses

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from gdviz.core.figures.runs import past_run
from gdviz.core.run.settings import NEW_RUN_FIELDS, RunSettings
from gdviz.core.run.state import RunState, Situation, enablement
from gdviz.core.train.data import lesson_data, load_builtin
from gdviz.core.train.history import History, RiseCounter
from gdviz.core.train.model import Gradient, Loss


def test_run_settings_defaults_are_the_lessons():
    s = RunSettings()
    assert (s.learning_rate, s.epochs, s.weight, s.bias) == (0.1, 1000, 0.1, 0.0)
    assert (s.loss, s.gradient, s.batch_size) == (Loss.SQUARED, Gradient.SEED, 1)
    assert s.per_row and s.start == (0.1, 0.0)
    with pytest.raises(dataclasses.FrozenInstanceError):
        s.epochs = 5  # type: ignore[misc]


def test_run_settings_hold_every_setting_of_the_next_run():
    names = {f.name for f in dataclasses.fields(RunSettings)}
    optimizer = {"optimizer", "momentum", "alpha", "beta1", "beta2", "eps"}
    basics = {"learning_rate", "epochs", "weight", "bias", "loss", "gradient", "batch_size"}
    model = {"hidden", "activation", "init_seed"}
    held = {"validation", "split_seed", "patience", "l2", "l1"}
    assert names == basics | optimizer | model | held
    new_run = {"loss", "gradient", "batch_size", "hidden", "activation"} | optimizer
    assert NEW_RUN_FIELDS == new_run | held


@pytest.mark.parametrize(
    "change",
    [
        {"learning_rate": 0.0},
        {"learning_rate": float("nan")},
        {"epochs": -1},
        {"batch_size": -2},
        {"weight": float("inf")},
        {"loss": "hinge"},
    ],
)
def test_invalid_settings_are_refused(change):
    with pytest.raises(ValueError):
        RunSettings().with_(**change)


def test_with_and_differences():
    a = RunSettings()
    b = a.with_(learning_rate=0.5, loss="cross-entropy")
    assert b.loss is Loss.CROSS_ENTROPY and a.learning_rate == 0.1
    assert b.differences(a) == {"learning_rate", "loss"}
    assert a.differences(a) == set()


@given(
    st.sampled_from(list(RunState)),
    st.sampled_from([0, 1, 2, 10]),
    st.booleans(),
    st.booleans(),
    st.booleans(),
    st.booleans(),
)
def test_enablement_rule(state, batch_size, viewing, racing, trained, predictions):
    situation = Situation(
        state, RunSettings(batch_size=batch_size), viewing, racing, trained, predictions
    )
    e = enablement(situation)
    assert e.pause == (state is RunState.RUNNING)
    assert e.train == (
        state is not RunState.RUNNING and not (racing and state is RunState.FINISHED)
    )
    assert e.step == (state in (RunState.IDLE, RunState.PAUSED))
    # Step row only where a single row can be stepped: per-row updates, a run not over,
    # and no race.
    assert e.step_row == (e.step and batch_size == 1 and not racing)
    assert e.live == viewing and e.reset
    assert e.resume == (state is RunState.PAUSED)
    assert e.export_run == (trained and not racing)
    assert e.clear_predictions == predictions


def brute_streaks(losses, limit):
    starts, streak = [], 0
    for e in range(1, len(losses)):
        streak = streak + 1 if losses[e] > losses[e - 1] else 0
        if streak == limit:
            starts.append(e - limit + 1)
    return starts


@given(
    st.lists(st.integers(0, 5), min_size=1, max_size=60),
    st.integers(1, 4),
    st.lists(st.integers(1, 7), min_size=1, max_size=60),
)
def test_rise_counter_finds_streaks_across_blocks(values, limit, cuts):
    losses = np.array(values, dtype=float)
    counter, found, start = RiseCounter(limit), [], 0
    for cut in cuts * 60:
        if start >= len(losses):
            break
        began = counter.feed(start, losses[start : start + cut])
        if began is not None:
            found.append(began)
        start += cut
    expected = brute_streaks(losses, limit)
    # One report per block at most: the first streak of each block that reports.
    assert set(found) <= set(expected)
    if expected:
        assert found and found[0] == expected[0]


def kept(settings, data, lr_changes=None):
    start = settings.start_params(settings.network(data.inputs))
    h = History(size=len(start))
    return past_run(1, settings, data, h, start, lr_changes)


def test_kept_run_names_say_what_differs_now():
    lesson, outlier = lesson_data(), load_builtin("outlier")
    run = kept(RunSettings(weight=1.0), lesson)
    assert run.label(RunSettings(weight=1.0), lesson) == "run 1"
    assert run.label(RunSettings(), lesson) == "w₀ 1"
    assert run.label(RunSettings(), outlier) == "w₀ 1, lesson data"
    other = kept(RunSettings(), outlier)
    assert other.label(RunSettings(), lesson) == "outlier data"
    changed = kept(RunSettings(), lesson, [(0, 0.1), (300, 0.5)])
    assert changed.label(RunSettings(), lesson) == "lr 0.1→0.5"
    run.custom_label = "mine"
    assert run.label(RunSettings(), outlier) == "mine"


def test_kept_run_names_say_which_model_and_gradient_they_had():
    lesson = lesson_data()
    net = RunSettings(hidden=3, activation="tanh", init_seed=2)
    run = kept(net, lesson)
    assert run.label(RunSettings(), lesson) == "3 hidden tanh, seed 2"
    assert run.label(RunSettings(hidden=3, init_seed=2), lesson) == "tanh"
    assert run.label(RunSettings(hidden=5, activation="tanh", init_seed=2), lesson) == (
        "3 hidden tanh"
    )
    neuron = kept(RunSettings(gradient=Gradient.EXACT), lesson)
    assert neuron.label(net, lesson) == "the exact gradient, one neuron"
