"""The classroom features in the window: animation and script exports."""

from __future__ import annotations

import subprocess
import sys

from helpers import set_max_speed, wait_state
from PIL import Image

from gdviz.core.animation import AnimationRequest


def trained(qtbot, window, epochs=200):
    window.controls.epochs_spin.setValue(epochs)
    set_max_speed(window)
    window.train()
    wait_state(qtbot, window, "finished")


def test_export_animation_runs_with_progress_and_writes_the_file(qtbot, window, tmp_path):
    trained(qtbot, window)
    request = AnimationRequest(tmp_path / "lesson.gif", "fit", 300, 10, 2.0, 0.5)
    with qtbot.waitSignal(window.sessions.animation.finished, timeout=60_000) as done:
        assert window.sessions.export_animation(request)
        assert window.sessions.animation.busy  # drawn a frame per event-loop turn
    assert done.args == [request.path]
    with Image.open(request.path) as gif:
        assert gif.n_frames == 20 and gif.size[0] == 300
    assert "Wrote the animation" in window.statusBar().currentMessage()


def test_cancelling_an_animation_leaves_nothing(qtbot, window, tmp_path):
    trained(qtbot, window)
    request = AnimationRequest(tmp_path / "long.mp4", "dashboard", 400, 30, 20.0, 0.0)
    window.sessions.export_animation(request)
    qtbot.wait(200)
    with qtbot.waitSignal(window.sessions.animation.finished, timeout=10_000) as done:
        window.sessions.animation.cancel()
    assert done.args == [None]
    qtbot.wait(300)  # the encoder thread drops its temporary file
    assert list(tmp_path.iterdir()) == []
    assert "cancelled: nothing was written" in window.statusBar().currentMessage()


def test_training_goes_on_while_an_animation_is_written(qtbot, window, tmp_path):
    trained(qtbot, window, epochs=100)
    request = AnimationRequest(tmp_path / "run.webm", "dashboard", 300, 10, 1.0, 0.0)
    window.controls.epochs_spin.setValue(5000)
    with qtbot.waitSignal(window.sessions.animation.finished, timeout=60_000):
        window.sessions.export_animation(request)
        window.train()  # the live run is not disturbed
    wait_state(qtbot, window, "finished")
    assert len(window.history) == 5000 and request.path.exists()


def test_export_as_python_script_replays_the_window_run(qtbot, window, tmp_path):
    window.controls.lr_spin.setValue(0.3)
    trained(qtbot, window, epochs=300)
    path = tmp_path / "run.py"
    assert window.sessions.export_script(str(path))
    ran = subprocess.run([sys.executable, "-I", str(path)], capture_output=True, text=True)
    lines = ran.stdout.splitlines()
    assert lines[-2:] == [f"Final weight: {window.run.w}", f"Final bias: {window.run.b}"]
    assert lines[0] == f"Epoch 0, Loss: {window.history.loss[0]:.4f}"
