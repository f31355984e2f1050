"""Benchmark: six optimisers racing on the lesson's data at max speed, through the window.

Issue 12's target: the single run's UI targets still hold with 6 runs racing
(GUI p99 lateness <= 20 ms, longest gap <= 50 ms). Also printed: epochs/s of
the race (each racer) against the same six trainers headless, one after the
other. Probed with a 10 ms timer, offscreen.

Run:  python bench/bench_race.py
"""

from __future__ import annotations

import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from probe import Probe, lateness, open_window  # noqa: E402  (bench/probe.py)

from gdviz.core.run.settings import RunSettings  # noqa: E402
from gdviz.core.train import kernel  # noqa: E402
from gdviz.core.train.data import lesson_data  # noqa: E402
from gdviz.core.train.optimizers import Optimizer  # noqa: E402
from gdviz.core.train.trainer import Trainer  # noqa: E402

EPOCHS = 1_000_000  # the most a race allows each racer
SECONDS = 4.0


def racers() -> list[RunSettings]:
    return [RunSettings(epochs=EPOCHS, optimizer=kind) for kind in Optimizer]


def headless_epochs_per_second(seconds: float = 2.0) -> float:
    """Epochs/s of each racer when the six run one after the other, in chunks."""
    trainers = [Trainer(lesson_data(), s, keep_history=False) for s in racers()]
    for t in trainers:
        t.run(100)
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        for t in trainers:
            t.run(20_000)
        done += 20_000
    return done / (time.perf_counter() - start)


def race_in_window() -> dict[str, float]:

    from gdviz.ui.models import SPEED_STEPS

    app, win = open_window()
    kernel.warm_up()
    win.controls.speed_slider.setValue(SPEED_STEPS)
    win.start_race(racers(), threshold=0.05)
    for _ in range(20):
        app.processEvents()
    probe = Probe()
    probe.start()
    start = time.perf_counter()
    win.train()
    while time.perf_counter() - start < SECONDS and win.race.state.value != "finished":
        app.processEvents()
    elapsed = time.perf_counter() - start
    gaps = probe.stop()
    win.pause()
    epochs = min(r.epoch for r in win.race.racers)
    win.close()
    return {
        **lateness(gaps),
        "eps": epochs / elapsed,
        "epochs": epochs,
        "elapsed": elapsed,
    }


def main() -> None:
    print("gdviz race benchmark: 6 optimisers on the lesson's data at max speed (offscreen)")
    before = headless_epochs_per_second()
    live = race_in_window()
    headless = (before + headless_epochs_per_second()) / 2
    print(
        f"  {live['epochs']:,} epochs each in {live['elapsed']:.1f} s; GUI lateness p50 "
        f"{live['p50']:.1f} ms, p99 {live['p99']:.1f} ms (target <= 20), longest gap "
        f"{live['gap']:.1f} ms (target <= 50)"
    )
    print(
        f"  epochs/s of each racer: window {live['eps']:,.0f} vs the six headless one "
        f"after the other {headless:,.0f} = {live['eps'] / headless:.0%}"
    )


if __name__ == "__main__":
    main()
