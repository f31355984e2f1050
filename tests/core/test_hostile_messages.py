"""The third round of hostile input: huge numbers, old sessions, a BOM, a file that goes
away while it is read. Each ends in a clear message (file, line, what is wrong) or in
correct work, never a traceback."""

from __future__ import annotations

import base64
import json
import subprocess
import sys

import numpy as np
import pytest

from gdviz.cli import main
from gdviz.core.io.session import SessionError, from_trainer, load_session, parse_session, to_json
from gdviz.core.io.table import read_inputs, read_table
from gdviz.core.io.table_reader import ReadOptions
from gdviz.core.io.table_text import TextReader
from gdviz.core.train.data import DataError, lesson_data
from gdviz.core.train.trainer import Trainer

GDVIZ = [sys.executable, "-m", "gdviz"]


def write(tmp_path, text, name="d.csv"):
    path = tmp_path / name
    path.write_text(text)
    return path


@pytest.mark.parametrize("digits", [309, 310, 400, 5000])
def test_a_number_of_hundreds_of_digits_is_too_large_with_its_line(tmp_path, digits):
    path = write(tmp_path, f"x,y\n1,0\n{'9' * digits},1\n3,1\n")
    with pytest.raises(DataError) as info:
        read_table(path)
    message = str(info.value)
    assert info.value.line == 3 and "too large" in message
    assert "inf" not in message.split(":", 2)[-1].split("(")[0]
    assert len(message) < len(str(path)) + 250  # the cell is cut, not echoed whole


@pytest.mark.parametrize("digits", [310, 1000])
def test_huge_numbers_are_too_large_in_every_path(tmp_path, capsys, digits):
    path = write(tmp_path, f"x,y\n1,0\n{'9' * digits},1\n3,1\n")
    inputs = write(tmp_path, f"x\n1\n{'9' * digits}\n", "in.csv")
    for args in (
        ["train", "--data", str(path)],
        ["train", "--data", str(path), "--x", "y", "--y", "x", "--above", "3"],
        ["predict", "--weight", "1", "--bias", "0", "--data", str(inputs)],
    ):
        assert main(args) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and err.startswith("gdviz: error: ")
        assert ":3: " in err and "too large" in err and len(err) < 400, err
    with pytest.raises(DataError, match="too large"):
        read_inputs(inputs)


def test_a_huge_number_from_the_shell_has_no_traceback(tmp_path):
    path = write(tmp_path, f"x,y\n1,0\n{'9' * 320},1\n")
    done = subprocess.run(
        [*GDVIZ, "train", "--data", str(path)], capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr
    assert "too large" in done.stderr


def test_an_infinite_x_still_says_so(tmp_path):
    with pytest.raises(DataError, match="x value is too large to read as a number.*or infinite"):
        read_table(write(tmp_path, "x,y\ninf,1\n"))


@pytest.mark.parametrize(
    "cell", ["1" + "0" * 320 + ".5", "1" + "0" * 320 + ",5", "1e400", "-2.5e999"]
)
def test_a_number_too_large_for_a_float_is_said_to_be_too_large(tmp_path, cell):
    sep = ";" if "," in cell else ","
    path = write(tmp_path, f"hours{sep}passed\n1{sep}0\n{cell}{sep}1\n")
    with pytest.raises(DataError, match="too large") as caught:
        read_table(path)
    assert "inf" not in str(caught.value).replace("infinite", "")
    assert len(str(caught.value)) < 300


def test_a_session_number_too_large_for_a_float_is_said_to_be_too_large():
    from gdviz.core.io.session import SessionError, from_trainer, parse_session, to_json
    from gdviz.core.train.data import lesson_data
    from gdviz.core.train.trainer import Trainer

    text = to_json(from_trainer(Trainer(lesson_data())))
    text = text.replace('"learning_rate": 0.1', '"learning_rate": 1' + "0" * 320 + ".5", 1)
    with pytest.raises(SessionError, match="too large for a float"):
        parse_session(text, "s.gdviz.json")


def test_a_learning_rate_too_large_for_a_float_is_said_to_be_too_large():
    done = subprocess.run(
        [*GDVIZ, "train", "--learning-rate", "1" + "0" * 400], capture_output=True, text=True,
        timeout=60,
    )  # fmt: skip
    assert done.returncode == 2 and "too large" in done.stderr and "inf" not in done.stderr


def test_a_long_bad_cell_is_cut_in_the_message(tmp_path):
    path = write(tmp_path, "x,y\n1,0\n" + "abc" * 1000 + ",1\n")
    with pytest.raises(DataError) as info:
        read_table(path)
    assert info.value.line == 3 and len(info.value.message) < 200
    assert "…" in info.value.message


def test_an_old_session_with_a_bad_label_reads_plainly(tmp_path):
    document = {
        "format": "gdviz-session",
        "version": 1,
        "data": {"rows": [[1.0, 0.0], [2.0, 2.0]]},
        "hyperparameters": {
            "learning_rate": 0.1, "epochs": 10, "weight": 0.1, "bias": 0.0,
            "loss": "squared", "gradient": "seed",
        },
        "learning_rate_changes": [[0, 0.1]],
        "history": {"param_stride": 1, "loss": [], "weight": [], "bias": []},
        "state": {"weight": 0.1, "bias": 0.0},
    }  # fmt: skip
    with pytest.raises(SessionError) as info:
        parse_session(json.dumps(document), "old.json")
    assert "np.float64" not in str(info.value)
    assert "label 2 is outside [0, 1]" in str(info.value)


def test_a_session_with_a_bom_opens(tmp_path):
    trainer = Trainer(lesson_data())
    trainer.run(30)
    text = to_json(from_trainer(trainer))
    path = tmp_path / "bom.gdviz.json"
    path.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    session = load_session(path)
    assert (session.w, session.b, session.epoch) == (trainer.w, trainer.b, 30)


def test_a_file_deleted_while_it_is_read_says_so(tmp_path):
    path = write(tmp_path, "x,y\n1,0\n2,1\n")
    reader = TextReader(str(path))  # checked and sampled
    path.unlink()
    with pytest.raises(DataError) as info:
        reader.read(ReadOptions(), None)
    assert "the file is gone" in str(info.value) and "Errno" not in str(info.value)


def test_base64_arrays_with_a_bom_still_decode(tmp_path):
    # A BOM only goes at the very start; one inside the arrays is damage, said plainly.
    trainer = Trainer(lesson_data())
    trainer.run(3)
    document = json.loads(to_json(from_trainer(trainer)))
    document["data"]["x"] = "\ufeff" + document["data"]["x"]
    with pytest.raises(SessionError, match="base64"):
        parse_session(json.dumps(document), "s.json")
    raw = base64.b64decode(json.loads(to_json(from_trainer(trainer)))["data"]["x"])
    assert np.frombuffer(raw, "<f8").tolist() == [1.0, 2.0, 3.0, 4.0]


def test_a_session_with_a_very_long_name_opens_again(tmp_path):
    from gdviz.core.io.session import save_session
    from gdviz.core.train.data import DataSet

    data = DataSet([1.0, 2.0, 3.0, 4.0], [0.0, 0.0, 1.0, 1.0], "n" * 70_000, "h" * 70_000, "y")
    trainer = Trainer(data)
    trainer.run(5)
    path = tmp_path / "long.gdviz.json"
    save_session(path, from_trainer(trainer))
    session = load_session(path)
    assert session.data.x_label == "h" * 70_000 and session.data.name == "n" * 70_000
    assert session.w == trainer.w


@pytest.mark.parametrize("digits", [310, 2000])
def test_an_infinite_label_or_above_column_is_refused(tmp_path, digits):
    cell = "9" * digits + ".5"
    path = write(tmp_path, f"x,y\n1,0\n2,0\n5,1{cell}\n3,1\n4,1\n")
    with pytest.raises(DataError) as info:
        read_table(path, ReadOptions(y="y", above=2.0))
    assert info.value.line == 4 and "too large" in str(info.value)
    with pytest.raises(DataError) as info:
        read_table(path)
    assert info.value.line == 4 and "too large" in str(info.value)


@pytest.mark.parametrize(
    ("text", "fragment"),
    [
        ('{"format": "gdviz-session", "version": 3' + "0" * 500 + "}", "a newer one"),
        ('{"format": "gdviz-session", "version": 3, "x": 1' + "0" * 5000 + "}", "4,300 digits"),
    ],
)
def test_huge_numbers_in_a_session_are_not_echoed(text, fragment):
    with pytest.raises(SessionError) as info:
        parse_session(text, "s.json")
    assert fragment in str(info.value) and len(str(info.value)) < 200
