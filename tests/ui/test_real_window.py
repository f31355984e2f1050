"""Smoke test: the installed ``gdviz`` in a real window on an X server (Xvfb).

Started as a user would: the command on PATH, trained with its keyboard
shortcut (Space), a screenshot taken and checked, quit with Ctrl+Q.
"""

from __future__ import annotations

import os
import random
import select
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.xvfb

TOOLS = ("Xvfb", "xdotool", "xwd")


def _gdviz_command() -> list[str]:
    script = Path(sys.executable).with_name("gdviz")
    return [str(script)] if script.exists() else [sys.executable, "-m", "gdviz"]


@pytest.fixture
def display(tmp_path):
    missing = [t for t in TOOLS if shutil.which(t) is None]
    if missing:
        pytest.skip(f"needs {', '.join(missing)} (installed by .ci/run)")
    server, number, pipe = _start_xvfb()
    env = dict(
        os.environ,
        DISPLAY=f":{number}",
        QT_QPA_PLATFORM="xcb",
        XDG_CONFIG_HOME=str(tmp_path / "config"),
        XDG_RUNTIME_DIR=str(tmp_path),
    )
    yield env
    server.terminate()
    server.wait(10)
    os.close(pipe)


def _start_xvfb():
    """An Xvfb on a display number no one uses: (the process, its number, the pipe's end
    to close when it is stopped)."""
    rng = random.Random()
    for _ in range(20):
        wanted = rng.randrange(200, 60_000)
        # Xvfb writes its display number and a newline to this pipe once it accepts
        # clients, and exits at once if the number is taken. The pipe stays open while
        # it runs: a closed pipe would make its next write fatal.
        read_end, write_end = os.pipe()
        server = subprocess.Popen(
            [
                "Xvfb",
                f":{wanted}",
                "-displayfd",
                str(write_end),
                "-screen",
                "0",
                "1400x900x24",
                "-nolisten",
                "tcp",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            pass_fds=(write_end,),
        )
        os.close(write_end)
        said = b""
        while not said.endswith(b"\n"):
            ready, _, _ = select.select([read_end], [], [], 15)
            chunk = os.read(read_end, 64) if ready else b""
            if not chunk:
                break
            said += chunk
        if said.strip() == str(wanted).encode():
            return server, str(wanted), read_end
        os.close(read_end)
        server.kill()
        server.wait()
    pytest.fail("Xvfb did not start")


def _window_id(env):
    found = subprocess.run(
        ["xdotool", "search", "--sync", "--onlyvisible", "--name", "^gdviz$"],
        env=env,
        capture_output=True,
        text=True,
        timeout=30,
    )
    return found.stdout.split()[0] if found.returncode == 0 and found.stdout.strip() else None


def _settled_screenshot(env, path, tries=200):
    """A screenshot once two in a row are the same (the window has stopped changing)."""
    shot = _screenshot(env, path)
    for _ in range(tries):
        again = _screenshot(env, path)
        if again == shot:
            return shot
        shot = again
    return shot


def _changed_screenshot(env, path, before, tries=200):
    """The first screenshot that differs from ``before`` (or the last one tried)."""
    shot = before
    for _ in range(tries):
        shot = _screenshot(env, path)
        if shot != before:
            return shot
    return shot


def _screenshot(env, path):
    dump = subprocess.run(["xwd", "-root", "-silent"], env=env, capture_output=True, check=True)
    path.write_bytes(dump.stdout)
    return dump.stdout


def _pixel_spread(xwd: bytes) -> int:
    # xwd: a big-endian header, then 32-bit pixels. Count distinct colours in the image.
    header_size = int.from_bytes(xwd[0:4], "big")
    ncolors = int.from_bytes(xwd[76:80], "big")
    pixels = xwd[header_size + 12 * ncolors :]
    return len({pixels[i : i + 4] for i in range(0, len(pixels) - 4, 4 * 97)})


def test_gdviz_trains_on_space_and_quits_cleanly(display, tmp_path):
    # Epochs trained before Ctrl+Q would be asked about ("Save this run?"), and with no
    # window manager that question never gets the keyboard: this run quits without it.
    quiet = dict(display, GDVIZ_ASK_TO_SAVE="0")
    proc = subprocess.Popen(
        _gdviz_command(), env=quiet, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        window = _window_id(display)
        assert window, "the gdviz window did not appear"
        # No window manager on Xvfb: focus directly, then type through XTEST.
        subprocess.run(["xdotool", "windowfocus", "--sync", window], env=display, check=True)
        before = _settled_screenshot(display, tmp_path / "idle.xwd")
        subprocess.run(["xdotool", "key", "space"], env=display, check=True)
        shot = _changed_screenshot(display, tmp_path / "training.xwd", before)
        assert _pixel_spread(shot) > 20, "the screenshot is blank"
        assert shot != before, "Space did not start training: nothing on screen changed"
        subprocess.run(["xdotool", "key", "ctrl+q"], env=display, check=True)
        out, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert "QThread: Destroyed" not in err
    assert "Traceback" not in err


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_ctrl_c_or_sigterm_ends_a_training_window_cleanly(display, tmp_path, stop):
    proc = subprocess.Popen(
        _gdviz_command(), env=display, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        window = _window_id(display)
        assert window, "the gdviz window did not appear"
        subprocess.run(["xdotool", "windowfocus", "--sync", window], env=display, check=True)
        before = _settled_screenshot(display, tmp_path / "idle.xwd")
        subprocess.run(["xdotool", "key", "space"], env=display, check=True)
        assert _changed_screenshot(display, tmp_path / "training.xwd", before) != before
        proc.send_signal(stop)
        _, err = proc.communicate(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 128 + stop, err
    assert "Traceback" not in err and "QThread" not in err and "KeyboardInterrupt" not in err
