"""``gdviz train``: the lesson's reference output, and clean failures."""

from __future__ import annotations

import subprocess
import sys

import pytest

from gdviz.cli import main

# Copied from the lesson (shared/lesson.md, "Reference output").
REFERENCE = """\
Epoch 0, Loss: 1.0155
Epoch 100, Loss: 0.2670
Epoch 200, Loss: 0.1557
Epoch 300, Loss: 0.1075
Epoch 400, Loss: 0.0800
Epoch 500, Loss: 0.0622
Epoch 600, Loss: 0.0499
Epoch 700, Loss: 0.0410
Epoch 800, Loss: 0.0343
Epoch 900, Loss: 0.0291
Final weight: 4.3018685464211535
Final bias: -10.50801155978499
"""


def gdviz(*args, cwd=None):
    return subprocess.run(
        [sys.executable, "-m", "gdviz", *args], capture_output=True, text=True, timeout=120, cwd=cwd
    )


def test_default_output_is_the_lesson_reference():
    result = gdviz("train")
    assert result.returncode == 0, result.stderr
    assert result.stdout == REFERENCE
    assert result.stderr == ""


def test_explicit_lesson_options_give_the_same_output(capsys):
    code = main(
        [
            "train",
            "--dataset",
            "lesson",
            "--learning-rate",
            "0.1",
            "--epochs",
            "1000",
            "--weight",
            "0.1",
            "--bias",
            "0",
            "--log-every",
            "100",
            "--loss",
            "squared",
            "--gradient",
            "seed",
        ]
    )
    assert code == 0
    assert capsys.readouterr().out == REFERENCE


def test_log_every_and_epochs(capsys):
    assert main(["train", "--epochs", "3", "--log-every", "1"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert [line.split(",")[0] for line in lines[:3]] == ["Epoch 0", "Epoch 1", "Epoch 2"]
    assert lines[0] == "Epoch 0, Loss: 1.0155"
    assert lines[3].startswith("Final weight: ") and len(lines) == 5


def test_zero_epochs_prints_the_start(capsys):
    assert main(["train", "--epochs", "0", "--weight", "1.5", "--bias", "-2"]) == 0
    assert capsys.readouterr().out == "Final weight: 1.5\nFinal bias: -2.0\n"


def test_csv_with_named_columns(tmp_path, capsys):
    path = tmp_path / "class.csv"
    path.write_text("name,passed,hours\na,0,1\nb,0,2\nc,1,3\nd,1,4\n")
    assert main(["train", "--data", str(path), "--x", "hours", "--y", "passed"]) == 0
    assert capsys.readouterr().out == REFERENCE


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--epochs", "-1"], "--epochs: must be 0 or more, got -1"),
        (["--epochs", "ten"], "'ten' is not a whole number"),
        (["--learning-rate", "0"], "learning rate must be a finite number above 0"),
        (["--learning-rate", "-0.1"], "learning rate must be a finite number above 0"),
        (["--learning-rate", "nan"], "'nan' is not a finite number"),
        (["--learning-rate", "inf"], "'inf' is not a finite number"),
        (["--weight", "inf"], "'inf' is not a finite number"),
        (["--dataset", "nope"], "unknown data set"),
        (["--log-every", "0"], "--log-every: must be 1 or more, got 0"),
        (["--loss", "hinge"], "invalid choice: 'hinge'"),
        (["--x", "hours"], "--x choose how to read a --data file"),
        (["--data", "/nonexistent/dir/d.csv"], "/nonexistent/dir/d.csv: cannot read the file"),
        (["--data", "a.csv", "--dataset", "lesson"], "not allowed with argument"),
    ],
)
def test_bad_input_is_one_line_and_status_2(capsys, args, fragment):
    assert main(["train", *args]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("gdviz: error: ")
    assert fragment in lines[0]


def test_bad_csv_names_file_and_line(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("hours,passed\n1,0\n2,1\n3,maybe\n")
    result = gdviz("train", "--data", str(path))
    assert result.returncode == 2
    assert result.stderr.startswith(
        f"gdviz: error: {path}:4: 'passed' value 'maybe' is not a number"
    )
    assert "Traceback" not in result.stderr


def test_huge_learning_rate_overflows_exp_but_finishes(capsys):
    assert main(["train", "--learning-rate", "1000"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 12 and out[-2].startswith("Final weight: ")


def test_divergence_prints_epochs_then_where_and_exits_1(tmp_path):
    path = tmp_path / "one.csv"
    path.write_text("1e12,0\n")
    result = gdviz("train", "--data", str(path), "--learning-rate", "1e300")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stdout.splitlines()[-1] == (
        "Training diverged at epoch 0: the weight became -inf. Try a smaller learning rate."
    )


def test_no_display_gives_a_clear_message():
    import os

    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")
    }
    result = subprocess.run(
        [sys.executable, "-m", "gdviz"], capture_output=True, text=True, timeout=60, env=env
    )
    assert result.returncode == 2
    assert result.stderr.startswith("gdviz: error: no display")
    assert "Traceback" not in result.stderr


def test_gdviz_file_opens_the_window_on_data_or_a_session(tmp_path):
    """``gdviz FILE`` and ``gdviz --open FILE``: data files go to the window to read (it
    asks for columns if need be); sessions are read and checked first."""
    from gdviz.cli import Launcher
    from gdviz.core.io.session import from_trainer, save_session
    from gdviz.core.run.settings import RunSettings
    from gdviz.core.train.data import lesson_data
    from gdviz.core.train.trainer import Trainer

    opened = []
    launcher = Launcher(lambda session, data: opened.append((session, data)) or 0, None, print)
    data = tmp_path / "grades.xlsx"
    data.write_bytes(b"")  # read later, by the window
    assert main([str(data)], launcher) == 0
    assert main(["--open", str(data)], launcher) == 0
    assert opened == [(None, str(data)), (None, str(data))]
    trainer = Trainer(lesson_data(), RunSettings(epochs=7))
    trainer.run_to_end()
    session = tmp_path / "run.gdviz.json"
    save_session(session, from_trainer(trainer))
    opened.clear()
    assert main([str(session)], launcher) == 0
    ((loaded, path),) = opened
    assert path == str(session) and len(loaded.history) == 7  # read first, and its file


@pytest.mark.parametrize("optimizer", ["sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"])
def test_every_optimizer_trains_from_the_command_line(optimizer):
    from gdviz.core.run.settings import RunSettings
    from gdviz.core.train.data import lesson_data
    from gdviz.core.train.trainer import Trainer

    result = gdviz("train", "--optimizer", optimizer, "--epochs", "300", "--log-every", "100")
    assert result.returncode == 0, result.stderr
    trainer = Trainer(lesson_data(), RunSettings(epochs=300, optimizer=optimizer))
    trainer.run_to_end()
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Epoch 0, Loss: ") and len(lines) == 5
    assert lines[-2:] == [f"Final weight: {trainer.w!r}", f"Final bias: {trainer.b!r}"]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--beta1", "0.5"], "--beta1 is not a setting of --optimizer sgd (it takes none)"),
        (
            ["--optimizer", "adam", "--momentum", "0.5"],
            "--momentum is not a setting of --optimizer adam (it takes --beta1, --beta2, --eps)",
        ),
        (["--optimizer", "adam", "--beta2", "1"], "beta2 must be at least 0 and below 1"),
        (["--optimizer", "rmsprop", "--eps", "-1"], "eps must be a finite number above 0"),
        (["--optimizer", "adamw"], "invalid choice: 'adamw'"),
    ],
)
def test_bad_optimizer_options_are_refused_in_one_line(args, message):
    result = gdviz("train", *args)
    assert result.returncode == 2
    assert message in result.stderr and len(result.stderr.splitlines()) == 1
