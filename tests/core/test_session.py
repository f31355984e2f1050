"""Sessions and history CSV: exact round trips, continuing, and bad files."""

from __future__ import annotations

import base64
import csv
import io
import json

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gdviz.core.io.session import (
    SessionError,
    from_trainer,
    history_csv,
    load_session,
    parse_session,
    save_session,
    to_json,
)
from gdviz.core.run.settings import RunSettings
from gdviz.core.train.data import lesson_data, load_builtin
from gdviz.core.train.trainer import Trainer


def trained(epochs=300, total=1000, lr=0.1, data=None):
    trainer = Trainer(data or lesson_data(), RunSettings(learning_rate=lr, epochs=total))
    trainer.run(epochs)
    return trainer


def test_session_round_trip_is_exact(tmp_path):
    trainer = trained()
    path = tmp_path / "run.gdviz.json"
    save_session(path, from_trainer(trainer))
    back = load_session(path)
    assert back.data == trainer.data
    assert back.settings == trainer.settings
    assert back.history.loss.tolist() == trainer.history.loss.tolist()
    assert back.history.w.tolist() == trainer.history.w.tolist()
    assert back.history.b.tolist() == trainer.history.b.tolist()
    assert (back.w, back.b) == (trainer.w, trainer.b)
    assert back.lr_changes == [(0, 0.1)]


def test_reopened_session_continues_bit_identically(tmp_path):
    path = tmp_path / "run.gdviz.json"
    save_session(path, from_trainer(trained(epochs=377)))
    resumed = load_session(path).trainer()
    assert resumed.epoch == 377
    resumed.run_to_end()
    whole = trained(epochs=1000)
    assert resumed.history.loss.tolist() == whole.history.loss.tolist()
    assert resumed.history.w.tolist() == whole.history.w.tolist()
    assert (resumed.w, resumed.b) == (whole.w, whole.b) == (4.3018685464211535, -10.50801155978499)


def test_history_csv_reads_back_exactly():
    trainer = trained(epochs=50, data=load_builtin("students-200"))
    rows = list(csv.reader(io.StringIO(history_csv(trainer.history))))
    assert rows[0] == ["epoch", "loss", "weight", "bias"]
    assert len(rows) == 51
    assert [int(r[0]) for r in rows[1:]] == list(range(50))
    assert [float(r[1]) for r in rows[1:]] == trainer.history.loss.tolist()
    assert [float(r[2]) for r in rows[1:]] == trainer.history.w.tolist()
    assert [float(r[3]) for r in rows[1:]] == trainer.history.b.tolist()


def test_failed_save_keeps_the_old_session(tmp_path, monkeypatch):
    path = tmp_path / "run.gdviz.json"
    save_session(path, from_trainer(trained(epochs=10)))
    before = path.read_bytes()

    def disk_full(*args):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.fsync", disk_full)
    with pytest.raises(OSError):
        save_session(path, from_trainer(trained(epochs=20)))
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["run.gdviz.json"]


def decoded(text):
    return np.frombuffer(base64.b64decode(text), dtype="<f8").tolist()


def as_version_3(doc):
    """A version-4 document of the lesson's neuron as gdviz wrote it before models came:
    w and b by name, the optimiser state of two parameters, no model settings."""
    hist, state = doc["history"], doc["state"]
    w, b = np.array(decoded(hist.pop("params"))).reshape(2, -1)
    assert hist.pop("parameters") == ["w", "b"]
    hist["weight"] = base64.b64encode(w.astype("<f8").tobytes()).decode()
    hist["bias"] = base64.b64encode(b.astype("<f8").tobytes()).decode()
    state["weight"], state["bias"] = state.pop("params")
    for name in ("hidden", "activation", "init_seed"):
        del doc["hyperparameters"][name]
    doc["version"] = 3
    return doc


def as_version_1(doc):
    """A version-2 document as gdviz 0.1 wrote it: lists of numbers instead of base64."""
    doc = as_version_3(doc)
    data, hist = doc["data"], doc["history"]
    data["rows"] = [
        list(r) for r in zip(decoded(data.pop("x")), decoded(data.pop("y")), strict=True)
    ]
    for key in ("loss", "weight", "bias"):
        hist[key] = decoded(hist[key])
    del hist["epochs"]
    doc["state"].pop("row")
    doc["state"].pop("partial_loss")
    doc["state"].pop("optimizer_state")
    for name in ("batch_size", "optimizer", "momentum", "alpha", "beta1", "beta2", "eps"):
        del doc["hyperparameters"][name]
    doc["version"] = 1
    return doc


def good_document():
    return as_version_1(json.loads(to_json(from_trainer(trained(epochs=5, total=10)))))


def test_version_1_sessions_still_open_and_continue(tmp_path):
    doc = as_version_1(json.loads(to_json(from_trainer(trained(epochs=377)))))
    resumed = parse_session(json.dumps(doc), "old.gdviz.json").trainer()
    resumed.run_to_end()
    assert (resumed.w, resumed.b) == (4.3018685464211535, -10.50801155978499)


def test_version_3_sessions_still_open_and_continue():
    doc = as_version_3(json.loads(to_json(from_trainer(trained(epochs=377)))))
    session = parse_session(json.dumps(doc), "v3.gdviz.json")
    assert session.settings.hidden == 0 and session.network.is_lesson
    resumed = session.trainer()
    resumed.run_to_end()
    assert (resumed.w, resumed.b) == (4.3018685464211535, -10.50801155978499)


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        (lambda d: d.update(format="something-else"), "not a gdviz session"),
        (lambda d: d.update(version=99), "newer gdviz"),
        (lambda d: d.pop("hyperparameters"), "'hyperparameters' is missing"),
        (
            lambda d: d["hyperparameters"].update(learning_rate="fast"),
            "'hyperparameters.learning_rate' must be a number, got text",
        ),
        (lambda d: d["hyperparameters"].update(epochs=2.5), "must be a whole number"),
        (lambda d: d["hyperparameters"].update(loss="hinge"), "'hyperparameters.loss'"),
        (lambda d: d["history"]["loss"].append(0.5), "must have 6 values for 6 epochs"),
        (
            lambda d: d["history"].update(loss=[0.1] * 11, weight=[0.1] * 11, bias=[0.0] * 11),
            "the history has 11 epochs, more than the run's 10",
        ),
        (lambda d: d["data"].update(rows=[[1, 2]]), "outside [0, 1]"),
        (lambda d: d["data"].update(rows=[]), "non-empty list"),
        (lambda d: d["state"].update(weight=None), "'state.weight' must be a number, got null"),
        (lambda d: d.update(learning_rate_changes=[[3, 0.1]]), "must start at 0"),
        (lambda d: d["history"].update(param_stride=3), "power of two"),
        (
            lambda d: (d["hyperparameters"].update(batch_size=2), d["state"].update(row=1)),
            "'state.row' must be 0 with a batch size of 2",
        ),
    ],
)
def test_bad_session_names_the_problem(change, fragment):
    doc = good_document()
    change(doc)
    with pytest.raises(SessionError) as info:
        parse_session(json.dumps(doc), "s.gdviz.json")
    assert str(info.value).startswith("s.gdviz.json: ")
    assert fragment in str(info.value)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "not json",
        "[1, 2]",
        '{"format": "gdviz-session"}',
        '{"format": "gdviz-session", "version": 1, "data": NaN}',
    ],
)
def test_not_a_session(text):
    with pytest.raises(SessionError):
        parse_session(text, "x.json")


def test_non_finite_numbers_are_refused():
    doc = good_document()
    doc["history"]["loss"][2] = 1e999  # json writes inf as Infinity
    with pytest.raises(SessionError, match="finite"):
        parse_session(json.dumps(doc), "x.json")


@settings(max_examples=300, deadline=None)
@given(data=st.data())
def test_corrupted_sessions_never_crash(data):
    text = to_json(from_trainer(trained(epochs=4, total=8)))
    kind = data.draw(st.sampled_from(["cut", "flip", "splice"]))
    if kind == "cut":
        text = text[: data.draw(st.integers(0, len(text)))]
    elif kind == "flip":
        i = data.draw(st.integers(0, len(text) - 1))
        text = text[:i] + data.draw(st.characters(codec="utf-8")) + text[i + 1 :]
    else:
        i = data.draw(st.integers(0, len(text)))
        text = (
            text[:i]
            + data.draw(
                st.sampled_from(['"', "null", "-1", "1e999", "[]", "{}", "true", "0.5,", "NaN"])
            )
            + text[i:]
        )
    try:
        session = parse_session(text, "fuzz.gdviz.json")
    except SessionError as exc:
        assert str(exc).startswith("fuzz.gdviz.json: ") and len(str(exc)) > 20
    else:
        assert len(session.history) <= session.settings.epochs


@pytest.mark.parametrize("optimizer", ["momentum", "nesterov", "adagrad", "rmsprop", "adam"])
@pytest.mark.parametrize("batch", [1, 3, 0])
def test_optimizer_sessions_continue_bit_for_bit_mid_epoch(tmp_path, optimizer, batch):
    settings_ = RunSettings(0.05, 40, optimizer=optimizer, batch_size=batch, beta2=0.99)
    data = load_builtin("students-200")
    part = Trainer(data, settings_)
    part.run(13)
    if batch == 1:
        for _ in range(57):  # into the next epoch, row by row
            part.step_row()
    path = tmp_path / "race.gdviz.json"
    save_session(path, from_trainer(part))
    back = load_session(path)
    assert back.settings == settings_ and back.opt_state == part.opt_state
    resumed = back.trainer()
    resumed.run_to_end()
    whole = Trainer(data, settings_)
    whole.run_to_end()
    assert resumed.history.loss.tolist() == whole.history.loss.tolist()
    assert (resumed.w, resumed.b) == (whole.w, whole.b)
    assert resumed.opt_state == whole.opt_state


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        (lambda d: d["hyperparameters"].update(optimizer="adamw"), "expected one of sgd, momentum"),
        (lambda d: d["hyperparameters"].update(beta1=1.5), "beta1 must be at least 0 and below 1"),
        (lambda d: d["state"].update(optimizer_state=[0, 0]), "must hold 5 numbers"),
        (lambda d: d["state"].update(optimizer_state=[0, 0, -1, 0, 3]), "cannot be negative"),
        (lambda d: d["state"].update(optimizer_state=[0, 0, 1, 1, 2.5]), "a whole number"),
    ],
)
def test_bad_optimizer_fields_name_the_problem(change, fragment):
    trainer = Trainer(lesson_data(), RunSettings(0.1, 10, optimizer="adam"))
    trainer.run(4)
    doc = json.loads(to_json(from_trainer(trainer)))
    change(doc)
    with pytest.raises(SessionError, match=fragment):
        parse_session(json.dumps(doc), "s.gdviz.json")


def test_sessions_from_before_optimizers_open_as_sgd():
    doc = good_document()
    for key in ("optimizer", "momentum", "alpha", "beta1", "beta2", "eps"):
        doc["hyperparameters"].pop(key, None)
    doc["state"].pop("optimizer_state", None)
    session = parse_session(json.dumps(doc), "old.gdviz.json")
    assert session.settings.optimizer == "sgd" and session.opt_state.is_zero
