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
