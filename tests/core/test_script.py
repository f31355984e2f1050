"""The run as a standalone Python script: it prints exactly what ``gdviz train`` prints."""

from __future__ import annotations

import ast
import subprocess
import sys

import pytest

from gdviz.core.io.script import python_script
from gdviz.core.run.settings import RunSettings
from gdviz.core.train.data import lesson_data
from gdviz.core.train.trainer import Trainer


def run(*args, cwd=None):
    return subprocess.run(
        [sys.executable, *args], capture_output=True, text=True, timeout=300, cwd=cwd
    )


CASES = [
    [],  # the lesson's run
    ["--dataset", "students-200", "--learning-rate", "0.05", "--epochs", "300"],
    ["--loss", "cross-entropy", "--gradient", "exact", "--batch-size", "0"],
    ["--loss", "squared", "--gradient", "exact", "--epochs", "400", "--weight", "-2"],
    ["--dataset", "overlap", "--batch-size", "3", "--learning-rate", "0.3"],
    ["--optimizer", "momentum", "--momentum", "0.5"],
    ["--optimizer", "nesterov", "--dataset", "outlier", "--batch-size", "0"],
    ["--optimizer", "adagrad", "--learning-rate", "0.5", "--loss", "cross-entropy"],
    ["--optimizer", "rmsprop", "--alpha", "0.9", "--eps", "1e-6", "--batch-size", "2"],
    ["--optimizer", "adam", "--dataset", "ravine", "--learning-rate", "0.07"],
    ["--learning-rate", "100", "--dataset", "outlier", "--epochs", "50"],
]


@pytest.mark.parametrize("args", CASES, ids=lambda a: " ".join(a) or "lesson")
def test_the_script_prints_what_gdviz_train_prints(tmp_path, args):
    script = tmp_path / "run.py"
    made = run("-m", "gdviz", "export", "--script", str(script), *args)
    assert made.returncode == 0, made.stderr
    assert made.stdout == f"wrote {script}\n"
    train = run("-m", "gdviz", "train", *args)
    ran = run("-I", str(script), cwd=tmp_path)  # isolated: no gdviz, no site-packages
    assert (ran.stdout, ran.returncode) == (train.stdout, train.returncode)
    assert ran.stderr == ""


def test_a_diverging_run_stops_the_same_way(tmp_path):
    data = tmp_path / "far.csv"
    data.write_text("x,y\n1e12,0\n1,1\n")
    args = ["--data", str(data), "--learning-rate", "1e300", "--epochs", "5"]
    script = tmp_path / "run.py"
    assert run("-m", "gdviz", "export", "--script", str(script), *args).returncode == 0
    train = run("-m", "gdviz", "train", *args)
    ran = run("-I", str(script))
    assert train.returncode == 1 and "Training diverged at epoch 0: the " in train.stdout
    assert (ran.stdout, ran.returncode) == (train.stdout, train.returncode)


def test_learning_rate_changes_are_replayed(tmp_path):
    settings = RunSettings(0.1, 600)
    changes = [(0, 0.1), (150, 0.5), (400, 0.02)]
    script = tmp_path / "changes.py"
    script.write_text(python_script(lesson_data(), settings, changes))
    trainer = Trainer(lesson_data(), settings)
    for start, stop, lr in ((0, 150, 0.1), (150, 400, 0.5), (400, 600, 0.02)):
        trainer.learning_rate = lr
        trainer.run(stop - start)
    expected = [f"Epoch {e}, Loss: {trainer.history.loss[e]:.4f}" for e in range(0, 600, 100)]
    expected += [f"Final weight: {trainer.w}", f"Final bias: {trainer.b}"]
    assert run("-I", str(script)).stdout.splitlines() == expected


def test_the_script_is_plain_python_a_learner_can_read():
    text = python_script(lesson_data(), RunSettings())
    tree = ast.parse(text)
    imported = {
        a.name for node in ast.walk(tree) if isinstance(node, ast.Import) for a in node.names
    }
    assert imported == {"math", "sys"}
    assert not [n for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)]
    assert "w = w - learning_rate * grad * x" in text
    assert "(1.0, 0.0), (2.0, 0.0), (3.0, 1.0), (4.0, 1.0)," in text
    assert len(text.splitlines()) < 70
    assert "\n\n\n\n" not in text
    adam = python_script(lesson_data(), RunSettings(optimizer="adam", beta1=0.8))
    assert "beta1 = 0.8" in adam and "m_hat = m[i] / (1 - beta1 ** t)" in adam


def test_a_script_that_cannot_be_written_is_said_and_nothing_else_runs(tmp_path):
    target = tmp_path / "missing-folder" / "run.py"
    made = run("-m", "gdviz", "export", "--script", str(target))
    assert made.returncode == 2
    assert f"gdviz: error: {target}: cannot write the script" in made.stderr


# Held-out rows, early stopping and the penalties: the script carries them all. Each case
# is trained and exported in this process (gdviz.cli.main); only the script runs apart.
S200 = ["--dataset", "students-200", "--epochs", "300"]
SLEEP = ["--dataset", "hours-sleep", "--epochs", "300"]
HIDDEN = ["--hidden", "3", "--epochs", "300"]
GENERALISATION = [
    ["--validation", "0.5"],
    ["--validation", "0.25", "--patience", "2", "--l2", "0.3", "--loss", "cross-entropy"],
    ["--l1", "0.2", "--optimizer", "adagrad"],
    ["--l2", "0.05", "--optimizer", "rmsprop", "--batch-size", "4", "--gradient", "exact"],
    [*S200, "--validation", "0.2", "--split-seed", "5", "--patience", "3", "--learning-rate",
     "0.5"],
    [*S200, "--l1", "0.5", "--batch-size", "4", "--optimizer", "momentum"],
    [*S200, "--l2", "0.1", "--batch-size", "0", "--optimizer", "adam", "--loss", "cross-entropy"],
    [*S200, "--validation", "0.3", "--optimizer", "nesterov", "--gradient", "exact", "--l2", "1"],
    [*SLEEP, "--validation", "0.25", "--patience", "4", "--l2", "0.1", "--learning-rate", "0.5"],
    [*SLEEP, "--l1", "0.05", "--batch-size", "4", "--optimizer", "adam", "--loss", "cross-entropy"],
    [*SLEEP, "--l2", "0.02", "--validation", "0.1", "--batch-size", "0"],
    [*HIDDEN, "--validation", "0.5", "--l2", "0.01", "--learning-rate", "0.5"],
    [*HIDDEN, "--dataset", "xor", "--activation", "tanh", "--l1", "0.01", "--batch-size", "0",
     "--optimizer", "adam", "--learning-rate", "0.2", "--validation", "0.3", "--patience", "5"],
    [*HIDDEN, "--dataset", "circle", "--l2", "0.001", "--batch-size", "4", "--optimizer",
     "momentum", "--gradient", "exact"],
    [*HIDDEN, "--dataset", "xor", "--validation", "0.2", "--split-seed", "9", "--optimizer",
     "rmsprop", "--loss", "cross-entropy", "--batch-size", "1"],
]  # fmt: skip


def trained_and_exported(tmp_path, capsys, args):
    from gdviz.cli import main

    script = tmp_path / "run.py"
    assert main(["export", "--script", str(script), *args]) == 0
    assert capsys.readouterr().out == f"wrote {script}\n"
    code = main(["train", *args])
    return script, code, capsys.readouterr().out


@pytest.mark.parametrize("args", GENERALISATION, ids=" ".join)
def test_validation_early_stopping_and_penalties_print_what_train_prints(tmp_path, capsys, args):
    script, code, out = trained_and_exported(tmp_path, capsys, args)
    assert code == 0
    assert ("Validation loss: " in out) == ("--validation" in args)
    assert ("Stopped at epoch" in out) == ("--patience" in args)  # each such case stops
    ran = run("-I", str(script), cwd=tmp_path)
    assert (ran.stdout, ran.returncode, ran.stderr) == (out, code, "")


def test_a_data_files_run_with_held_out_rows_and_a_penalty(tmp_path, capsys):
    one = tmp_path / "one.csv"
    one.write_text("hours,passed\n" + "".join(f"{i / 3},{int(i > 10)}\n" for i in range(24)))
    two = tmp_path / "two.csv"
    two.write_text("a,b,y\n" + "".join(f"{i % 5},{i / 7},{i % 2}\n" for i in range(30)))
    for args in (
        ["--data", str(one), "--validation", "0.25", "--l2", "0.1", "--patience", "3"],
        ["--data", str(two), "--x", "a", "--x", "b", "--y", "y", "--validation", "0.4",
         "--l1", "0.2", "--batch-size", "4", "--optimizer", "adam"],
    ):  # fmt: skip
        script, code, out = trained_and_exported(tmp_path, capsys, args)
        assert code == 0 and "Validation loss: " in out
        ran = run("-I", str(script), cwd=tmp_path)
        assert (ran.stdout, ran.returncode, ran.stderr) == (out, code, "")


def test_the_generalisation_code_is_short_and_plain():
    settings = RunSettings(validation=0.5, split_seed=3, patience=4, l2=0.25)
    text = python_script(lesson_data(), settings)
    tree = ast.parse(text)
    imported = {
        a.name for node in ast.walk(tree) if isinstance(node, ast.Import) for a in node.names
    }
    assert imported == {"math", "random", "sys"}
    assert "random.Random(split_seed).shuffle(order)" in text
    assert "held_out = set(order[: round(validation * len(data))])" in text
    assert "return 2.0 * l2 / len(data) * w" in text
    assert "grad_w = grad * x + penalty_gradient(w)" in text
    assert "if since >= patience:" in text
    assert "\n\n\n\n" not in text and len(text.splitlines()) < 110
    plain = python_script(lesson_data(), RunSettings(l1=0.5))  # no held-out rows
    assert "import random" not in plain and "validation" not in plain
    assert "return l1 / len(data) * sign" in plain
