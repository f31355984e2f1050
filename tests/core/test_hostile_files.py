"""Hostile and clumsy files: every one ends in gdviz's own clear error or in correct work.

Issue 10's classes for data and session files: non-regular files, giant lines and
fields, line ends, damaged and oversized sessions, exact round trips.
"""

from __future__ import annotations

import base64
import json
import os
import stat
import threading

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from gdviz.core.io.files import read_file
from gdviz.core.io.session import (
    Session,
    SessionError,
    from_trainer,
    load_session,
    parse_session,
    rate_changes,
    save_session,
    to_json,
)
from gdviz.core.io.table import read_table as load_csv
from gdviz.core.run.settings import RunSettings
from gdviz.core.train.data import DataError, DataSet, from_rows, lesson_data, save_csv
from gdviz.core.train.history import History
from gdviz.core.train.model import Gradient, Loss
from gdviz.core.train.trainer import Trainer


# -- files that are not files ----------------------------------------------------------
@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to make device nodes")
@pytest.mark.parametrize("minor", [5, 9, 3])  # like /dev/zero, /dev/urandom, /dev/null
def test_devices_are_refused_at_once(tmp_path, minor):
    path = tmp_path / "device"  # our own node, never the system's
    os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, minor))
    with pytest.raises(DataError, match="not a regular file"):
        load_csv(path)
    with pytest.raises(SessionError, match="not a regular file"):
        load_session(path)


def test_a_pipe_with_no_writer_is_refused_without_waiting(tmp_path):
    fifo = tmp_path / "pipe.csv"
    os.mkfifo(fifo)
    outcome = []

    def read():
        try:
            load_csv(fifo)
        except DataError as exc:
            outcome.append(str(exc))

    reader = threading.Thread(target=read, daemon=True)
    reader.start()
    reader.join(10)  # a hang would leave it blocked in open(); this only bounds the test
    assert outcome and "not a regular file" in outcome[0]
    with pytest.raises(SessionError, match="not a regular file"):
        load_session(fifo)


def test_a_folder_is_not_a_file(tmp_path):
    with pytest.raises(DataError, match="folder"):
        load_csv(tmp_path)


# -- text files ------------------------------------------------------------------------
@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_every_line_end_loads_alike(tmp_path, newline):
    path = tmp_path / "mac.csv"
    path.write_bytes(newline.join(["hours,passed", "1,0", "2,0", "3,1", "4,1", ""]).encode())
    assert load_csv(path).rows == lesson_data().rows


def test_mixed_and_bare_carriage_returns(tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_bytes(b"hours,passed\r1,0\r\n2,0\n3,1\r4,1")
    assert load_csv(path).rows == lesson_data().rows


def test_a_giant_line_is_refused_with_its_number(tmp_path):
    path = tmp_path / "wide.csv"
    path.write_bytes(b"x,y\n1,0\n" + b"1," * (600 << 10) + b"0\n")  # a 1.2 MB line
    with pytest.raises(DataError) as info:
        load_csv(path)
    assert info.value.line == 3 and "longer than 1.0 MB" in str(info.value)


def test_a_long_field_within_the_line_limit_gets_a_clear_error(tmp_path):
    path = tmp_path / "field.csv"
    path.write_bytes(b"x,y\n1,0\n" + b'"' + b"9" * 200_000 + b'",1\n')
    with pytest.raises(DataError) as info:
        load_csv(path)
    assert info.value.line == 3


def test_huge_x_is_refused_plainly(tmp_path):
    path = tmp_path / "far.csv"
    path.write_text("x,y\n1e13,0\n")
    with pytest.raises(DataError, match="too large: gdviz takes x from -1e12 to 1e12"):
        load_csv(path)
    assert load_csv(write(tmp_path, "x,y\n-1e12,0\n1e12,1\n")).xs.tolist() == [-1e12, 1e12]


def write(tmp_path, text, name="d.csv"):
    path = tmp_path / name
    path.write_text(text)
    return path


def test_labels_with_newlines_save_a_csv_that_opens(tmp_path):
    data = DataSet(
        [1.0, 2.0], [0.0, 1.0], name="odd", x_label="hours\nstudied", y_label='pass"ed\r'
    )
    path = tmp_path / "odd.csv"
    save_csv(path, data)
    back = load_csv(path)
    assert back.rows == data.rows and back.x_label == "hours studied"


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.binary(max_size=300) | st.text(max_size=200).map(lambda t: t.encode("utf-8")))
def test_any_bytes_load_or_say_why(tmp_path, content):
    path = tmp_path / "fuzz.csv"
    path.write_bytes(content)
    try:
        data = load_csv(path)
    except DataError as exc:
        assert str(exc).startswith(str(path)) and len(exc.message) > 5
    else:
        assert len(data) >= 1 and np.isfinite(data.xs).all()


def test_reading_stops_at_the_size_limit(tmp_path):
    path = tmp_path / "big.bin"
    path.write_bytes(b"1,0\n" * 1000)
    with pytest.raises(Exception, match="more than the 1.0 kB"):
        read_file(path, 1024)


# -- sessions ----------------------------------------------------------------------------
def session_text(**changes):
    trainer = Trainer(lesson_data(), RunSettings(epochs=10))
    trainer.run(4)
    doc = json.loads(to_json(from_trainer(trainer)))
    for path, value in changes.items():
        target = doc
        keys = path.split(".")
        for key in keys[:-1]:
            target = target[key]
        target[keys[-1]] = value
    return json.dumps(doc)


@pytest.mark.parametrize(
    ("change", "fragment"),
    [
        ({"view.speed": 2147483648}, "'view.speed' must be at most 24"),
        ({"view.speed": -1}, "'view.speed' must be 0 or more"),
        ({"view.log_loss": "yes"}, "'view.log_loss' must be true or false"),
        ({"hyperparameters.epochs": 10**9}, "'hyperparameters.epochs' must be at most 10,000,000"),
        ({"hyperparameters.epochs": 2**63}, "at most 10,000,000"),
        ({"history.epochs": 5}, "'history.loss' must have 5 values, found 4"),
        ({"history.loss": "not base64!"}, "'history.loss' is not valid base64"),
        ({"history.loss": base64.b64encode(b"1234567").decode()}, "whole 8-byte numbers"),
        ({"data.rows": 10**12}, "'data.rows' must be at most 50,000,000"),
        ({"data.name": "a\x00b"}, "NUL"),
        ({"state.row": 4}, "'state.row' must be at most 3"),
        ({"state.partial_loss": 0.5}, "must be 0 when no row"),
        ({"learning_rate_changes": [[0, 0.1]] * 20}, "entries for 4 epochs"),
    ],
)
def test_what_a_session_declares_is_checked_before_use(change, fragment):
    with pytest.raises(SessionError) as info:
        parse_session(session_text(**change), "s.gdviz.json")
    assert fragment in str(info.value)


@pytest.mark.parametrize("text", ["[" * 1000, '{"a":' * 5000, "[" * 100_000])
def test_deep_nesting_is_refused(text):
    with pytest.raises(SessionError, match="not a gdviz session"):
        parse_session(text, "deep.json")


def test_a_non_finite_base64_number_is_refused():
    bad = base64.b64encode(np.array([1.0, np.inf, 2.0, 3.0]).tobytes()).decode()
    with pytest.raises(SessionError, match="finite"):
        parse_session(session_text(**{"history.loss": bad}), "s.gdviz.json")


@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_mutated_sessions_never_raise_anything_else(data):
    text = session_text()
    kind = data.draw(st.sampled_from(["cut", "flip", "splice", "value"]))
    if kind == "cut":
        text = text[: data.draw(st.integers(0, len(text)))]
    elif kind == "flip":
        i = data.draw(st.integers(0, len(text) - 1))
        text = text[:i] + data.draw(st.characters(codec="utf-8")) + text[i + 1 :]
    elif kind == "splice":
        i = data.draw(st.integers(0, len(text)))
        piece = data.draw(
            st.sampled_from(
                [
                    '"',
                    "null",
                    "-1",
                    "1e999",
                    "[]",
                    "{}",
                    "true",
                    "9" * 400,
                    "[" * 3000,
                    "NaN",
                    '"\\u0000"',
                ]
            )
        )
        text = text[:i] + piece + text[i:]
    else:
        doc = json.loads(text)
        section = data.draw(
            st.sampled_from(["data", "hyperparameters", "history", "state", "view"])
        )
        if isinstance(doc[section], dict) and doc[section]:
            key = data.draw(st.sampled_from(sorted(doc[section])))
            doc[section][key] = data.draw(
                st.one_of(
                    st.none(),
                    st.booleans(),
                    st.integers(-(2**70), 2**70),
                    st.floats(),
                    st.text(max_size=8),
                    st.lists(st.integers(), max_size=3),
                )
            )
        text = json.dumps(doc)
    try:
        session = parse_session(text, "fuzz.gdviz.json")
    except SessionError as exc:
        assert str(exc).startswith("fuzz.gdviz.json: ")
    else:
        assert len(session.history) <= session.settings.epochs


# -- save, reopen, continue: bit for bit -------------------------------------------------
rows = st.lists(
    st.tuples(st.floats(-20, 20), st.sampled_from([0.0, 1.0, 0.25])), min_size=1, max_size=6
)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    rows=rows,
    lr=st.floats(1e-6, 5.0),
    epochs=st.integers(1, 40),
    done=st.integers(0, 40),
    steps=st.integers(0, 5),
    loss=st.sampled_from(list(Loss)),
    gradient=st.sampled_from(list(Gradient)),
    new_lr=st.none() | st.floats(1e-6, 5.0),
)
def test_save_reopen_continue_is_bit_exact(
    tmp_path, rows, lr, epochs, done, steps, loss, gradient, new_lr
):
    settings_ = RunSettings(lr, epochs, 0.5, -0.25, loss, gradient)
    data = from_rows(rows)
    done = min(done, epochs)

    def start():
        trainer = Trainer(data, settings_)
        trainer.run(done)
        if done < epochs:
            for _ in range(min(steps, len(data) - 1)):
                trainer.step_row()
        return trainer

    saved = start()
    changes = [(0, lr)]
    if new_lr is not None:  # a new rate from the epoch under way, as the window records it
        saved.learning_rate = new_lr
        changes.append((saved.epoch, new_lr))
    path = tmp_path / "s.gdviz.json"
    save_session(path, from_trainer(saved, changes))
    back = load_session(path)
    assert (back.row, back.partial_loss) == (saved.row, saved.partial_loss)
    assert back.learning_rate == saved.learning_rate
    assert back.lr_changes == rate_changes(changes, saved.epoch)
    save_session(path, back)  # what the app saves, it reopens, unchanged
    again = load_session(path)
    assert to_json(again) == to_json(back)
    resumed = again.trainer()
    resumed.run_to_end()
    whole = start()
    whole.learning_rate = saved.learning_rate
    whole.run_to_end()
    assert resumed.history.loss.tolist() == whole.history.loss.tolist()
    assert (resumed.w, resumed.b) == (whole.w, whole.b)


def test_a_rate_change_at_the_last_epoch_is_kept_once():
    trainer = Trainer(lesson_data(), RunSettings(epochs=10))
    trainer.run(4)
    session = from_trainer(trainer, [(0, 0.1), (4, 0.5), (4, 0.7)])
    assert session.lr_changes == [(0, 0.1), (4, 0.7)]
    back = parse_session(to_json(session), "x")
    assert back.lr_changes == [(0, 0.1), (4, 0.7)]


def test_exact_learning_rates_survive(tmp_path):
    for lr in (0.123456789, 1e-5, 123.456):
        trainer = Trainer(lesson_data(), RunSettings(learning_rate=lr, epochs=5))
        trainer.run(2)
        path = tmp_path / "lr.gdviz.json"
        save_session(path, from_trainer(trainer))
        back = load_session(path)
        assert back.settings.learning_rate == lr and back.learning_rate == lr


def test_a_ten_million_epoch_history_is_stored_compactly(tmp_path):
    n = 10_000_000
    rng = np.random.default_rng(1)
    history = History.from_arrays(rng.random(n), rng.random((2, n // 8)), 8)
    session = Session(lesson_data(), RunSettings(epochs=n), history, (1.0, 2.0))
    path = tmp_path / "big.gdviz.json"
    save_session(path, session)
    assert path.stat().st_size < 140e6  # ~107 MB of base64 for the losses, not 320 MB
    back = load_session(path)
    assert np.array_equal(back.history.loss, history.loss)
    assert np.array_equal(back.history.w, history.w) and back.history.param_stride == 8
