"""Animations of a run: frame counts, sizes and formats; nothing left behind when stopped."""

from __future__ import annotations

import os
import subprocess
import sys

import av
import numpy as np
import pytest
from PIL import Image

from gdviz.core.io.session import from_trainer
from gdviz.core.io.video import AnimationRequest, frame_epochs
from gdviz.core.run.settings import RunSettings
from gdviz.core.train.data import lesson_data
from gdviz.core.train.trainer import Trainer
from gdviz.ui.controllers.animation_export import write_animation
from gdviz.ui.views.animation_stage import AnimationStage, rgb_array
from gdviz.ui.views.plots import LOSS


@pytest.fixture
def session(qtbot):
    trainer = Trainer(lesson_data(), RunSettings(epochs=300))
    trainer.run_to_end()
    return from_trainer(trainer)


def video_frames(path):
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        frames = [f.to_ndarray(format="rgb24") for f in container.decode(stream)]
        return stream.codec_context.name, frames


@pytest.mark.parametrize(("suffix", "codec"), [(".gif", None), (".mp4", "h264"), (".webm", "vp9")])
def test_each_format_has_the_asked_frames_size_and_codec(session, tmp_path, suffix, codec):
    request = AnimationRequest(tmp_path / f"run{suffix}", "dashboard", 321, 10, 1.5, 0.5)
    path = write_animation(session, request)
    assert path == request.path and sorted(p.name for p in tmp_path.iterdir()) == [path.name]
    if suffix == ".gif":
        with Image.open(path) as gif:
            assert gif.n_frames == 15 == request.frame_count  # 1.5 s at 10 fps
            assert gif.size[0] == 321  # as asked (videos: even, 320)
            gif.seek(14)
            assert gif.info["duration"] == 100 + 500  # the hold: a longer last frame
        return
    name, frames = video_frames(path)
    assert name == codec
    assert len(frames) == 20 == request.frame_count  # 15, and 5 held
    assert frames[0].shape[1] == 320 and frames[0].shape[0] % 2 == 0
    assert np.abs(frames[-1].astype(int) - frames[-6].astype(int)).mean() < 2  # the hold


def test_frames_show_the_run_growing(session):
    stage = AnimationStage.built(session, "loss")
    try:
        early = rgb_array(stage.image(3, 400))
        late = rgb_array(stage.image(299, 400))
    finally:
        stage.close()
    # The loss curve's colour (and its legend sample's, below it)
    red = np.array([int(LOSS[i : i + 2], 16) for i in (1, 3, 5)])

    def right_end(image):
        plot_area = image[: int(image.shape[0] * 0.8)]
        columns = np.flatnonzero((np.abs(plot_area.astype(int) - red).sum(axis=2) < 60).any(0))
        return columns.max()

    assert right_end(late) > right_end(early) + 0.6 * early.shape[1]


def test_frame_epochs_favour_the_start_and_end_on_the_last():
    epochs = frame_epochs(1000, 240)
    assert epochs[0] == 0 and epochs[-1] == 999
    assert np.all(np.diff(epochs) > 0)
    assert np.sum(epochs < 100) > np.sum(epochs >= 900)  # the start gets more frames
    assert frame_epochs(5, 8).tolist() == [0, 1, 2, 3, 4, 4, 4, 4]


def test_a_stopped_export_leaves_nothing(session, tmp_path):
    request = AnimationRequest(tmp_path / "run.mp4", "fit", 300, 30, 2.0, 0.0)
    drawn = []

    def stop_after_five():
        drawn.append(1)
        if len(drawn) == 5:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        write_animation(session, request, stop_after_five)
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"path": "run.avi"}, "must end .gif, .mp4 or .webm"),
        ({"fps": 0}, "frames per second must be 1 to 60"),
        ({"duration": float("nan")}, "the duration must be"),
        ({"view": "window"}, "the view must be one of"),
        ({"width": 50}, "the width must be 120 to 4000"),
    ],
)
def test_bad_requests_are_refused(change, message):
    values = {"path": "run.gif", **change}
    with pytest.raises(ValueError, match=message):
        AnimationRequest(**values)


def gdviz(*args, cwd):
    return subprocess.run(
        [sys.executable, "-m", "gdviz", *args],
        capture_output=True, text=True, timeout=300, cwd=cwd,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )  # fmt: skip


@pytest.mark.parametrize(("name", "codec"), [("lesson.gif", None), ("lesson.mp4", "h264")])
def test_the_command_line_writes_the_asked_animation(tmp_path, name, codec):
    result = gdviz(
        "export", "--epochs", "300", "--animation", name, "--view", "fit",
        "--width", "400", "--fps", "12", "--duration", "2", cwd=tmp_path,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert result.stdout == f"wrote {name}\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no --out needed
    if codec is None:
        with Image.open(tmp_path / name) as gif:
            assert (gif.format, gif.n_frames, gif.size[0]) == ("GIF", 24, 400)
    else:
        found, frames = video_frames(tmp_path / name)
        assert (found, len(frames), frames[0].shape[1]) == (codec, 24, 400)


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (["--animation", "run.avi"], "--animation run.avi: "),
        (["--animation", "run.gif", "--fps", "0"], "--fps"),
        (["--animation", "run.gif", "--duration", "-1"], "--animation run.gif: "),
    ],
)
def test_the_command_line_refuses_bad_animations(tmp_path, args, fragment):
    result = gdviz("export", *args, cwd=tmp_path)
    assert result.returncode == 2
    assert result.stderr.startswith("gdviz: error: ") and fragment in result.stderr
    assert list(tmp_path.iterdir()) == []
