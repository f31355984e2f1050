"""The command line under hostile and clumsy use: clear errors, quiet ends, clean exits."""

from __future__ import annotations

import os
import random
import signal
import stat
import subprocess
import sys

import pytest

from gdviz.cli import join_negative_values, main

GDVIZ = [sys.executable, "-m", "gdviz"]


def gdviz(*args, **kwargs):
    return subprocess.run([*GDVIZ, *args], capture_output=True, text=True, timeout=120, **kwargs)


def error_line(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("gdviz: error: ")
    return err


def test_negative_numbers_work_as_separate_arguments(capsys):
    assert join_negative_values(["--bias", "-1e-3", "--weight", "-2.5e0", "--x", "-a"]) == [
        "--bias=-1e-3",
        "--weight=-2.5e0",
        "--x",
        "-a",
    ]
    assert main(["train", "--bias", "-1e-3", "--weight", "-2.5e0", "--epochs", "1"]) == 0
    direct = capsys.readouterr().out
    assert main(["train", "--bias=-0.001", "--weight=-2.5", "--epochs", "1"]) == 0
    assert capsys.readouterr().out == direct


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["train", "--data", ""], "--data needs the name of a data file"),
        (["train", "--dataset", ""], "--dataset needs a name"),
        (["export", "--out", ""], "--out needs the name of a folder"),
        (["--open", "s.gdviz.json", "train"], "--open opens a session in the window"),
        (["train", "--data", "d.csv", "--x", "b", "--y", "b"], "name the same column 'b'"),
        (
            ["train", "--epochs", "9" * 5000],
            "a number with 5,000 digits is too large (at most 1,000,000,000,000)",
        ),
        (["export", "--out", "o", "--epochs", str(10**12)], "at most 10,000,000"),
        (["train", "--batch-size", "-3"], "must be 0 or more"),
    ],
)
def test_nonsense_gets_a_clear_error(capsys, args, fragment):
    assert main(args) == 2
    assert fragment in error_line(capsys)


def test_a_closed_pipe_ends_quietly():
    shell = f"{' '.join(GDVIZ)} train --log-every 1 --epochs 200000 | head -1"
    result = subprocess.run(
        ["bash", "-o", "pipefail", "-c", shell], capture_output=True, text=True, timeout=120
    )
    assert result.stdout == "Epoch 0, Loss: 1.0155\n"
    assert result.stderr == "" and result.returncode == 0


@pytest.mark.skipif(os.geteuid() != 0, reason="needs root to make a device node")
def test_a_full_disk_is_one_error_line(tmp_path):
    full_node = tmp_path / "full"  # our own node like /dev/full (1, 7), never the system's
    os.mknod(full_node, stat.S_IFCHR | 0o666, os.makedev(1, 7))
    with open(full_node, "w") as full:
        result = subprocess.run(
            [*GDVIZ, "train", "--log-every", "1", "--epochs", "2000"],
            stdout=full,
            stderr=subprocess.PIPE,
            text=True,
            timeout=120,
        )
    assert result.returncode == 2
    assert result.stderr == "gdviz: error: cannot write the output: No space left on device\n"


def test_a_failed_export_leaves_the_folder_as_it_was(tmp_path, monkeypatch, capsys):
    from gdviz.app import command
    from gdviz.core.io.atomic import PendingFile

    out = tmp_path / "out"
    out.mkdir()
    (out / "history.csv").write_text("old history\n")
    (out / "session.gdviz.json").write_text("old session\n")
    real_fill, writes = PendingFile.fill, []

    def disk_fills_up(self, write):  # the third image does not fit any more
        writes.append(self.target.name)
        if len(writes) == 3:
            raise OSError(28, "No space left on device")
        real_fill(self, write)

    monkeypatch.setattr(PendingFile, "fill", disk_fills_up)
    assert command(["export", "--out", str(out)]) == 2
    assert "No space left on device" in error_line(capsys)
    assert sorted(p.name for p in out.iterdir()) == ["history.csv", "session.gdviz.json"]
    assert (out / "history.csv").read_text() == "old history\n"


def test_ctrl_c_or_sigterm_at_any_moment_of_an_export_exits_cleanly(tmp_path):
    rng = random.Random(10)
    outcomes = []
    for run in range(8):
        out = tmp_path / f"out{run}"
        out.mkdir()
        process = subprocess.Popen(
            [*GDVIZ, "export", "--out", str(out), "--epochs", "2000000"],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        stop = rng.choice([signal.SIGINT, signal.SIGTERM])
        try:
            process.communicate(timeout=rng.uniform(0.05, 2.5))
        except subprocess.TimeoutExpired:
            process.send_signal(stop)
        _, err = process.communicate(timeout=30)
        files = sorted(p.name for p in out.iterdir())
        outcomes.append((process.returncode, files))
        assert process.returncode in (0, 128 + stop), err
        assert "Traceback" not in err and "Fatal" not in err and "QThread" not in err
        if process.returncode:
            assert files == []  # nothing half-written
        else:
            assert "session.gdviz.json" in files
    assert any(code != 0 for code, _ in outcomes)


def test_extreme_but_allowed_x_exports_without_warnings(tmp_path):
    data = tmp_path / "far.csv"
    data.write_text("x,y\n-1e12,0\n1e12,1\n5,1\n")
    result = gdviz("export", "--data", str(data), "--out", str(tmp_path / "out"))
    assert result.returncode == 0 and result.stderr == ""


def test_ctrl_c_while_the_window_starts_exits_cleanly(tmp_path):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path)}
    rng = random.Random(4)
    for _ in range(5):
        process = subprocess.Popen(
            GDVIZ, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
        )
        stop = rng.choice([signal.SIGINT, signal.SIGTERM])
        try:
            process.communicate(timeout=rng.uniform(0.05, 2.0))
        except subprocess.TimeoutExpired:
            process.send_signal(stop)
        _, err = process.communicate(timeout=30)
        assert process.returncode == 128 + stop, err
        noise = [line for line in err.splitlines() if "propagateSizeHints" not in line]
        assert noise == []
