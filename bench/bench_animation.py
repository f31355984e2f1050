"""Benchmark: animations of the lesson's run.

Issue 13's target: an 8 s, 30 fps, 800 px wide dashboard animation of the
lesson's 1000 epochs is written in <= 10 s. Also printed: the file sizes, and
the GUI's longest gap while the window writes one (target <= 100 ms), idle and
with a new run training at max speed, probed with a 10 ms timer. Offscreen.

Run:  python bench/bench_animation.py
"""

from __future__ import annotations

import os
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from probe import probed  # noqa: E402  (bench/probe.py)
from PySide6.QtWidgets import QApplication  # noqa: E402

from gdviz.core.io.session import from_trainer  # noqa: E402
from gdviz.core.io.video import AnimationRequest  # noqa: E402
from gdviz.core.run.settings import RunSettings  # noqa: E402
from gdviz.core.train.data import lesson_data  # noqa: E402
from gdviz.core.train.trainer import Trainer  # noqa: E402


def headless(folder: Path) -> None:
    from gdviz.ui.controllers.animation_export import write_animation

    trainer = Trainer(lesson_data(), RunSettings())
    trainer.run_to_end()
    session = from_trainer(trainer)
    for suffix in (".gif", ".mp4", ".webm"):
        request = AnimationRequest(folder / f"lesson{suffix}", "dashboard", 800, 30, 8.0, 1.0)
        start = time.perf_counter()
        write_animation(session, request)
        seconds = time.perf_counter() - start
        size = request.path.stat().st_size / 1e6
        print(
            f"  {suffix:5s} {request.frame_count} frames: {seconds:.1f} s (target <= 10 s), "
            f"{size:.1f} MB"
        )


def in_window(folder: Path, live_run: bool) -> None:
    """Export from the window: the GUI's longest gap meanwhile (and with ``live_run``, a
    new 10,000,000-epoch run training at max speed all along)."""
    from gdviz.app import MainWindow
    from gdviz.ui.models import SPEED_STEPS

    app = QApplication.instance()
    win = MainWindow()
    win.resize(1300, 860)
    win.show()
    win.controls.speed_slider.setValue(SPEED_STEPS)
    win.train()
    while win.state != "finished":
        app.processEvents()
    request = AnimationRequest(folder / "window.mp4", "dashboard", 800, 30, 8.0, 1.0)
    session = win.run.session({}, copy=True)  # the finished lesson run
    if live_run:
        win.controls.epochs_spin.setValue(10_000_000)
        win.reset()  # a new run; the animation is of the finished one
    done: list[object] = []
    win.sessions.animation.finished.connect(done.append)

    def export() -> None:
        win.sessions.animation.start(session, request)
        if live_run:
            win.train()

    seconds, gap = probed(app, export, done)
    win.pause()
    what = "a new 10,000,000-epoch run training at max speed" if live_run else "idle"
    print(
        f"  in the window ({what}): {seconds:.1f} s, longest GUI gap {gap:.0f} ms "
        "(target <= 100 ms)"
    )
    win.close()


def main() -> None:
    QApplication.instance() or QApplication([])
    print("gdviz animation benchmark: the lesson's 1000 epochs, 8 s at 30 fps, 800 px dashboard")
    with tempfile.TemporaryDirectory() as folder:
        headless(Path(folder))
        in_window(Path(folder), live_run=False)
        in_window(Path(folder), live_run=True)


if __name__ == "__main__":
    main()
