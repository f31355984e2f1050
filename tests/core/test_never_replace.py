"""Writes never replace what is not a regular file, and never leave anything half done.

Run as root, a rename over ``/dev/full`` turned the device into a file. These tests make
their own nodes in a temporary folder (a FIFO, a socket, a folder, a character device
made with ``os.mknod`` when running as root, and links to them): never the system's.
"""

from __future__ import annotations

import errno
import os
import socket
import stat
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from gdviz.cli import main
from gdviz.core.io.atomic import FileSet, NotAFileTarget, PendingFile, atomic_write_text
from gdviz.core.io.predict import save_predictions
from gdviz.core.io.session import from_trainer, save_history_csv, save_session
from gdviz.core.io.video import AnimationRequest, Encoder
from gdviz.core.train.data import lesson_data, save_csv
from gdviz.core.train.trainer import Trainer

ROOT = os.geteuid() == 0
KINDS = ["fifo", "socket", "folder", "link-to-fifo", "link-to-folder"]
if ROOT:
    KINDS += ["device", "link-to-device", "link-to-link-to-device"]


def make_node(folder: Path, kind: str) -> Path:
    """A node of ``kind`` in ``folder`` (our own, never a system device)."""
    path = folder / f"{kind}.out"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "socket":
        server = socket.socket(socket.AF_UNIX)
        server.bind(str(path))
        server.close()
    elif kind == "folder":
        path.mkdir()
    elif kind == "device":  # a character device like /dev/full (1, 7), in our folder
        os.mknod(path, stat.S_IFCHR | 0o666, os.makedev(1, 7))
    elif kind.startswith("link-to-"):
        target = make_node(folder, kind.removeprefix("link-to-"))
        os.symlink(target, path)
    return path


def fingerprint(path: Path) -> tuple:
    """What a node is: each link on the way, and the kind of what they lead to."""
    chain = []
    while path.is_symlink():
        chain.append(os.readlink(path))
        path = Path(os.readlink(path))
    info = os.lstat(path)
    return (*chain, stat.S_IFMT(info.st_mode), info.st_rdev)


def writers(tmp_path):
    session = from_trainer(_trained())
    data = lesson_data()
    return {
        "text": lambda p: atomic_write_text(p, "hello\n"),
        "session": lambda p: save_session(p, session),
        "history": lambda p: save_history_csv(p, session.history),
        "data": lambda p: save_csv(p, data),
        "predictions": lambda p: save_predictions(p, data.xs, data.ys),
    }


def _trained():
    trainer = Trainer(lesson_data())
    trainer.run(20)
    return trainer


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("writer", ["text", "session", "history", "data", "predictions"])
def test_no_writer_replaces_what_is_not_a_regular_file(tmp_path, kind, writer):
    node = make_node(tmp_path, kind)
    before = fingerprint(node)
    with pytest.raises(NotAFileTarget) as refused:
        writers(tmp_path)[writer](node)
    assert "not a regular file" in str(refused.value) and str(node) in str(refused.value)
    assert fingerprint(node) == before
    leftovers = [p.name for p in tmp_path.rglob(".*")]
    assert leftovers == []


@pytest.mark.parametrize("writer", ["text", "session", "history", "data", "predictions"])
def test_a_link_is_written_through_and_stays_a_link(tmp_path, writer):
    real = tmp_path / "real.txt"
    real.write_text("old\n")
    link = tmp_path / "link.txt"
    os.symlink(real, link)
    writers(tmp_path)[writer](link)
    assert link.is_symlink() and os.readlink(link) == str(real)
    assert real.read_text() != "old\n" and real.read_text() == link.read_text()


def test_a_dangling_link_makes_the_file_it_names(tmp_path):
    link = tmp_path / "link.txt"
    os.symlink(tmp_path / "made.txt", link)
    atomic_write_text(link, "new\n")
    assert link.is_symlink() and (tmp_path / "made.txt").read_text() == "new\n"


def test_a_loop_of_links_is_refused(tmp_path):
    a, b = tmp_path / "a", tmp_path / "b"
    os.symlink(b, a)
    os.symlink(a, b)
    with pytest.raises(NotAFileTarget, match="loop"):
        atomic_write_text(a, "x")
    assert a.is_symlink() and b.is_symlink()


def test_a_target_that_turns_into_a_pipe_mid_write_is_not_replaced(tmp_path):
    target = tmp_path / "t.txt"
    pending = PendingFile(target)
    pending.fill(lambda h: h.write(b"data"))
    os.mkfifo(target)
    with pytest.raises(NotAFileTarget):
        pending.commit()
    pending.discard()
    assert stat.S_ISFIFO(os.lstat(target).st_mode)
    assert [p.name for p in tmp_path.iterdir()] == ["t.txt"]


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("suffix", [".gif", ".mp4"])
def test_an_animation_never_replaces_a_node(tmp_path, kind, suffix):
    node = make_node(tmp_path, kind)
    named = node.with_name(node.name + suffix)
    os.rename(node, named)
    before = fingerprint(named)
    with pytest.raises(NotAFileTarget):
        Encoder(AnimationRequest(named), 120, 80)
    assert fingerprint(named) == before


def test_a_gif_that_fails_on_a_full_disk_leaves_nothing(tmp_path, monkeypatch):
    from gdviz.core.io import video as animation

    real_add = animation._GifWriter.add

    def full_after_two(self, frame, delay):
        if getattr(self, "_n", 0) >= 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        self._n = getattr(self, "_n", 0) + 1
        real_add(self, frame, delay)

    monkeypatch.setattr(animation._GifWriter, "add", full_after_two)
    encoder = Encoder(AnimationRequest(tmp_path / "a.gif"), 120, 80)
    frame = np.zeros((80, 120, 3), dtype=np.uint8)
    with pytest.raises(OSError, match="No space"):
        for shade in range(10):
            encoder.add(frame + shade)
        encoder.finish()
    encoder.abort()
    assert list(tmp_path.iterdir()) == []


def test_a_gif_whose_closing_write_fails_leaves_nothing(tmp_path, monkeypatch):
    from gdviz.core.io import video as animation

    encoder = Encoder(AnimationRequest(tmp_path / "a.gif"), 120, 80)
    for shade in range(3):
        encoder.add(np.full((80, 120, 3), shade * 40, dtype=np.uint8))

    def full(self):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(animation._GifWriter, "close", full)
    with pytest.raises(OSError):
        encoder.finish()
    assert list(tmp_path.iterdir()) == []


# -- a set of files, all or nothing --------------------------------------------------------
def test_a_file_set_checks_every_target_before_writing_any(tmp_path):
    (tmp_path / "b.png").mkdir()
    (tmp_path / "a.png").write_bytes(b"old a")
    files = FileSet(tmp_path)
    with pytest.raises(NotAFileTarget, match="b.png"):
        files.plan("a.png", "b.png")
    assert (tmp_path / "a.png").read_bytes() == b"old a"


def test_a_file_set_that_fails_leaves_the_folder_it_made_unmade(tmp_path):
    target = tmp_path / "new" / "deeper"
    with pytest.raises(OSError), FileSet(target) as files:
        files.add_bytes("a.png", b"a")
        raise OSError(errno.ENOSPC, "No space left on device")
    assert list(tmp_path.iterdir()) == []


def test_a_file_set_moves_everything_in_at_the_end(tmp_path):
    (tmp_path / "a.png").write_bytes(b"old a")
    with FileSet(tmp_path) as files:
        files.add_bytes("a.png", b"new a")
        files.add_bytes("b.png", b"new b")
        assert (tmp_path / "a.png").read_bytes() == b"old a"
        assert not (tmp_path / "b.png").exists()
        written = files.commit()
    assert [p.name for p in written] == ["a.png", "b.png"]
    assert (tmp_path / "a.png").read_bytes() == b"new a"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.png", "b.png"]


# -- the command line ----------------------------------------------------------------------
def error_line(capsys) -> str:
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("gdviz: error: "), err
    return err


@pytest.mark.parametrize("kind", KINDS)
@pytest.mark.parametrize("option", ["--script", "--animation"])
def test_export_refuses_a_node_before_writing_anything(tmp_path, capsys, kind, option):
    from gdviz.app import command

    node = make_node(tmp_path, kind)
    if option == "--animation":
        os.rename(node, node.with_name(node.name + ".gif"))
        node = node.with_name(node.name + ".gif")
    before = fingerprint(node)
    assert command(["export", option, str(node), "--epochs", "5"]) == 2
    assert "not a regular file" in error_line(capsys)
    assert fingerprint(node) == before


def test_export_out_is_all_or_nothing(tmp_path, capsys):
    from gdviz.app import command

    out = tmp_path / "out"
    out.mkdir()
    (out / "loss.png").mkdir()
    (out / "fit.png").write_bytes(b"old fit")
    assert command(["export", "--out", str(out), "--epochs", "5"]) == 2
    assert "loss.png: a folder, not a regular file" in error_line(capsys)
    assert (out / "fit.png").read_bytes() == b"old fit"
    assert sorted(p.name for p in out.iterdir()) == ["fit.png", "loss.png"]


def test_export_out_that_is_a_file_or_a_device_is_refused(tmp_path, capsys):
    from gdviz.app import command

    plain = tmp_path / "plain"
    plain.write_text("keep me")
    assert command(["export", "--out", str(plain), "--epochs", "5"]) == 2
    assert "not a folder" in error_line(capsys)
    assert plain.read_text() == "keep me"


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--animation", "same.gif", "--script", "same.gif"], "name the same file same.gif"),
        (["--out", ".", "--script", "history.csv"], "name the same file history.csv"),
        (["--out", "o", "--animation", "o/loss.png"], None),  # .png is not an animation
    ],
)
def test_one_path_for_two_outputs_is_refused(tmp_path, capsys, monkeypatch, args, fragment):
    from gdviz.app import command

    monkeypatch.chdir(tmp_path)
    assert command(["export", *args, "--epochs", "5"]) == 2
    line = error_line(capsys)
    if fragment is not None:
        assert fragment in line
    assert list(tmp_path.iterdir()) == []


def test_a_failed_export_into_a_new_folder_leaves_no_folder(tmp_path, capsys, monkeypatch):
    from gdviz.app import command

    real_fill, calls = PendingFile.fill, []

    def disk_fills_up(self, write):
        calls.append(self.target.name)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_fill(self, write)

    monkeypatch.setattr(PendingFile, "fill", disk_fills_up)
    assert command(["export", "--out", str(tmp_path / "new" / "dir"), "--epochs", "5"]) == 2
    assert "No space left on device" in error_line(capsys)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("kind", KINDS)
def test_predict_refuses_a_node_before_reading(tmp_path, capsys, kind):
    node = make_node(tmp_path, kind)
    data = tmp_path / "in.csv"
    data.write_text("x\n1\n2\n")
    before = fingerprint(node)
    args = ["predict", "--weight", "1", "--bias", "0", "--data", str(data), "--out", str(node)]
    assert main(args) == 2
    assert "not a regular file" in error_line(capsys)
    assert fingerprint(node) == before


def test_predict_writes_through_a_link(tmp_path, capsys):
    data = tmp_path / "in.csv"
    data.write_text("x\n1\n2\n")
    real, link = tmp_path / "real.csv", tmp_path / "link.csv"
    real.write_text("old")
    os.symlink(real, link)
    assert (
        main(["predict", "--weight", "1", "--bias", "0", "--data", str(data), "--out", str(link)])
        == 0
    )
    assert link.is_symlink() and real.read_text().startswith("x,probability,predicted\n")


@pytest.mark.skipif(not ROOT, reason="needs root to make a device node")
def test_the_repro_of_the_issue_leaves_a_device_a_device(tmp_path):
    """``gdviz export --script`` and ``gdviz predict --out`` at a device, as a process."""
    device = make_node(tmp_path, "device")
    data = tmp_path / "in.csv"
    data.write_text("x\n1\n")
    gdviz = [sys.executable, "-m", "gdviz"]
    for args in (
        ["export", "--script", str(device)],
        ["predict", "--weight", "1", "--bias", "0", "--data", str(data), "--out", str(device)],
    ):
        done = subprocess.run([*gdviz, *args], capture_output=True, text=True, timeout=120)
        assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr
        assert stat.S_ISCHR(os.lstat(device).st_mode)


# -- the second adversary's cases ------------------------------------------------------------
def test_export_never_writes_over_its_own_data(tmp_path, capsys, monkeypatch):
    from gdviz.app import command

    monkeypatch.chdir(tmp_path)
    data = tmp_path / "d.csv"
    data.write_text("x,y\n1,0\n2,0\n3,1\n4,1\n")
    os.symlink(data, tmp_path / "link.csv")
    (tmp_path / "D").mkdir()
    (tmp_path / "D" / "history.csv").write_text(data.read_text())
    for args in (
        ["--data", "d.csv", "--script", "d.csv"],
        ["--data", "link.csv", "--script", "d.csv"],
        ["--data", "D/history.csv", "--out", "D"],
    ):
        assert command(["export", *args, "--epochs", "5"]) == 2
        assert "--data" in error_line(capsys)
    assert data.read_text() == "x,y\n1,0\n2,0\n3,1\n4,1\n"
    assert (tmp_path / "D" / "history.csv").read_text() == data.read_text()


@pytest.mark.parametrize(
    "args",
    [
        ["--out", "NEW", "--animation", "nodir/a.gif"],
        ["--out", "Y.gif", "--animation", "Y.gif"],
        ["--out", "X", "--script", "X"],
        ["--out", "NEW2", "--script", "nodir/a.py"],
    ],
)
def test_every_clash_is_found_before_anything_is_written(tmp_path, capsys, monkeypatch, args):
    from gdviz.app import command

    monkeypatch.chdir(tmp_path)
    assert command(["export", *args, "--epochs", "5"]) == 2
    error_line(capsys)
    assert list(tmp_path.iterdir()) == []


def test_an_animation_that_fails_leaves_the_out_folder_unwritten(tmp_path, capsys, monkeypatch):
    from gdviz.app import command
    from gdviz.core.io import video

    def full(self, frame):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(video.Encoder, "add", full)
    out = tmp_path / "O"
    args = ["export", "--out", str(out), "--animation", str(tmp_path / "c.gif"), "--epochs", "5"]
    assert command([*args, "--duration", "0.2"]) == 2
    assert "No space left on device" in error_line(capsys)
    assert list(tmp_path.iterdir()) == []


def test_links_that_cannot_be_written_through_are_refused_before_training(tmp_path, capsys):
    from gdviz.app import command

    (tmp_path / "plain").write_text("a file")
    os.symlink(tmp_path / "plain" / "x", tmp_path / "through")
    os.symlink(tmp_path / "nowhere", tmp_path / "dangling")
    assert command(["export", "--script", str(tmp_path / "through"), "--epochs", "5"]) == 2
    assert "a path through a file" in error_line(capsys)
    assert command(["export", "--out", str(tmp_path / "dangling"), "--epochs", "5"]) == 2
    assert "a link to a folder that is not there" in error_line(capsys)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dangling", "plain", "through"]
