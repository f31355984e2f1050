"""``gdviz predict``: the trained model's probability for each x of a file, exactly."""

from __future__ import annotations

import csv
import errno
import io
import math
import os
import signal
import subprocess
import sys
import time

import numpy as np
import openpyxl
import pytest

from gdviz.cli import main
from gdviz.core.io import predict as predict_module
from gdviz.core.io.session import from_trainer, load_session, save_session
from gdviz.core.io.table import read_inputs
from gdviz.core.run.settings import RunSettings
from gdviz.core.train.data import from_rows, load_builtin
from gdviz.core.train.model import predict
from gdviz.core.train.trainer import Trainer


def sigma(w: float, b: float, x: float) -> float:
    """σ(w·x + b), written out independently of gdviz."""
    z = w * x + b
    try:
        return 1.0 / (1.0 + math.exp(-z))
    except OverflowError:
        return 0.0


def rows(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text)))


@pytest.fixture
def lesson_session(tmp_path):
    trainer = Trainer(load_builtin("lesson"), RunSettings())
    trainer.run(trainer.remaining)
    path = tmp_path / "run.gdviz.json"
    save_session(path, from_trainer(trainer))
    return path


def test_predictions_for_a_session_equal_sigmoid_exactly(tmp_path, lesson_session, capsys):
    xs = [0.0, 1.5, 2.44, 2.5, 3.0, 7.25, -4.0, 0.1, 1e-300, 123456.789012345, 1e12]
    data = tmp_path / "new.csv"
    data.write_text("hours\n" + "".join(f"{x!r}\n" for x in xs))
    out = tmp_path / "predictions.csv"
    assert main(["predict", "--session", str(lesson_session), "--data", str(data),
                 "--out", str(out)]) == 0  # fmt: skip
    session = load_session(lesson_session)
    w, b = session.w, session.b
    assert (w, b) == (4.3018685464211535, -10.50801155978499)  # the lesson's final model
    table = rows(out.read_text())
    assert table[0] == ["x", "probability", "predicted"]
    assert len(table) == len(xs) + 1
    for x, (x_text, p_text, label) in zip(xs, table[1:], strict=True):
        assert float(x_text) == x  # reads back as the identical double
        assert float(p_text) == sigma(w, b, x) == predict(w, b, x)
        assert label == ("1" if float(p_text) >= 0.5 else "0")
    assert [r[2] for r in table[3:5]] == ["0", "1"]  # 2.44 h fails, 2.5 h passes
    said = capsys.readouterr().out
    assert f"{len(xs)} predictions" in said


def test_weight_and_bias_given_as_numbers_and_the_csv_on_stdout(tmp_path, capsys):
    data = tmp_path / "new.csv"
    data.write_text("0\n-1\n1\n")
    assert main(["predict", "--weight", "1", "--bias", "0", "--data", str(data)]) == 0
    table = rows(capsys.readouterr().out)
    assert table == [
        ["x", "probability", "predicted"],
        ["0.0", "0.5", "1"],  # exactly 0.5 counts as predicted to pass
        ["-1.0", repr(sigma(1.0, 0.0, -1.0)), "0"],
        ["1.0", repr(sigma(1.0, 0.0, 1.0)), "1"],
    ]


def test_extreme_weights_give_the_limits_not_errors(tmp_path, capsys):
    data = tmp_path / "new.csv"
    data.write_text("x\n-1e12\n1e12\n")
    assert main(["predict", "--weight", "1e300", "--bias", "0", "--data", str(data)]) == 0
    assert rows(capsys.readouterr().out)[1:] == [
        ["-1000000000000.0", "0.0", "0"],
        ["1000000000000.0", "1.0", "1"],
    ]


def test_training_files_are_read_by_the_same_reader(tmp_path, capsys):
    # Semicolons and decimal commas, a label column beside x, a missing x: skipped and said.
    data = tmp_path / "semi.csv"
    data.write_text("hours;passed\n1,5;0\n;1\n3,25;1\n")
    assert main(["predict", "--weight", "2", "--bias", "-5", "--data", str(data)]) == 0
    captured = capsys.readouterr()
    assert [r[0] for r in rows(captured.out)[1:]] == ["1.5", "3.25"]
    assert "gdviz: note: skipped 1 row with a missing value (line 3)" in captured.err


def test_the_sessions_input_column_is_found_by_name(tmp_path, lesson_session, capsys):
    x_name = load_session(lesson_session).data.x_label
    data = tmp_path / "wide.csv"
    data.write_text(f"student,{x_name},notes\n1,2.0,a\n2,4.0,b\n")
    assert main(["predict", "--session", str(lesson_session), "--data", str(data)]) == 0
    assert [r[0] for r in rows(capsys.readouterr().out)[1:]] == ["2.0", "4.0"]
    assert read_inputs(data, x="1").x.tolist() == [1.0, 2.0]  # or chosen by number


def test_spreadsheets_and_sheets(tmp_path, capsys):
    book = openpyxl.Workbook()
    book.active.title = "notes"
    book.active.append(["nothing here"])
    sheet = book.create_sheet("new students")
    sheet.append(["name", "hours"])
    for name, hours in (("ann", 1.25), ("bo", None), ("cy", 4)):
        sheet.append([name, hours])
    path = tmp_path / "students.xlsx"
    book.save(path)
    args = ["predict", "--weight", "1", "--bias", "-2", "--data", str(path)]
    assert main([*args, "--sheet", "new students", "--x", "hours"]) == 0
    captured = capsys.readouterr()
    table = rows(captured.out)[1:]
    assert [r[0] for r in table] == ["1.25", "4.0"]
    assert float(table[1][1]) == sigma(1.0, -2.0, 4.0)
    assert "skipped 1 row" in captured.err


@pytest.mark.parametrize(
    ("extra", "fragment"),
    [
        (["--weight", "1"], "--session FILE (a saved run) or --weight W --bias B"),
        (["--session", "s.gdviz.json", "--weight", "1", "--bias", "0"], "not both"),
        (["--weight", "1", "--bias", "0", "--x", "c"], "no column named 'c'"),
        (["--weight", "1", "--bias", "0", "--out", " "], "--out needs the name of a file"),
    ],
)
def test_clear_errors(tmp_path, capsys, extra, fragment):
    data = tmp_path / "new.csv"
    data.write_text("a,b\n1,2\n")
    assert main(["predict", "--data", str(data), *extra]) == 2
    err = capsys.readouterr().err
    assert err.startswith("gdviz: error: ") and fragment in err


def test_bad_cells_name_the_file_and_line(tmp_path, capsys):
    data = tmp_path / "new.csv"
    data.write_text("hours\n1\n2\nmany\n")
    assert main(["predict", "--weight", "1", "--bias", "0", "--data", str(data)]) == 2
    assert f"{data}:4" in capsys.readouterr().err
    wide = tmp_path / "wide.csv"
    wide.write_text("a,b,c\n1,2,3\n")
    assert main(["predict", "--weight", "1", "--bias", "0", "--data", str(wide)]) == 2
    assert "choose the input with --x" in capsys.readouterr().err


def test_a_diverged_session_predicts_nothing(tmp_path, capsys):
    trainer = Trainer(from_rows([(1e12, 0)]), RunSettings(learning_rate=1e300))
    trainer.run_to_end()
    assert trainer.diverged is not None
    path = tmp_path / "wild.gdviz.json"
    save_session(path, from_trainer(trainer))
    data = tmp_path / "new.csv"
    data.write_text("1\n")
    assert main(["predict", "--session", str(path), "--data", str(data)]) == 2
    assert "the run diverged" in capsys.readouterr().err


def test_a_failed_write_keeps_the_old_file(tmp_path, monkeypatch, capsys):
    data = tmp_path / "new.csv"
    data.write_text("".join(f"{i}\n" for i in range(10)))
    out = tmp_path / "predictions.csv"
    out.write_text("the old predictions\n")

    def full_disk(x, p, between=None):
        yield "x,probability,predicted\n"
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(predict_module, "csv_parts", full_disk)
    args = ["predict", "--weight", "1", "--bias", "0", "--data", str(data), "--out", str(out)]
    assert main(args) == 2
    assert "No space left on device" in capsys.readouterr().err
    assert out.read_text() == "the old predictions\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.csv", "predictions.csv"]


def test_a_million_inputs(tmp_path):
    x = np.linspace(-5.0, 5.0, 1_000_000)
    p = predict_module.probabilities(0.75, 0.25, x)
    picks = [0, 1, 499_999, 500_000, 999_999]
    assert [p[i] for i in picks] == [sigma(0.75, 0.25, float(x[i])) for i in picks]
    assert predict_module.predicted(p).sum() == int((p >= 0.5).sum())


def _reading(pid: int, path) -> bool:
    """Whether process ``pid`` has ``path`` open (Linux: /proc/PID/fd)."""
    try:
        fds = os.listdir(f"/proc/{pid}/fd")
    except OSError:
        return False
    for fd in fds:
        try:
            if os.readlink(f"/proc/{pid}/fd/{fd}") == str(path):
                return True
        except OSError:
            continue
    return False


def test_ctrl_c_stops_at_once_and_writes_nothing(tmp_path):
    x = np.random.default_rng(3).uniform(0, 10, 2_000_000)
    data = tmp_path / "many.csv"
    np.savetxt(data, x, fmt="%.12g", header="hours", comments="")
    out = tmp_path / "p.csv"
    started = time.monotonic()
    child = subprocess.Popen(
        [sys.executable, "-m", "gdviz", "predict", "--weight", "1", "--bias", "-5",
         "--data", str(data), "--out", str(out)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE,
    )  # fmt: skip
    # Once it has begun the work that must be stopped cleanly: it has opened the file.
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and child.poll() is None:
        if _reading(child.pid, data) or any(tmp_path.glob(".p.csv*")):
            break
        time.sleep(0.005)
    child.send_signal(signal.SIGINT)
    assert child.wait(timeout=30) == 130
    assert time.monotonic() - started < 20
    assert sorted(p.name for p in tmp_path.iterdir()) == ["many.csv"]  # no file, no temp
