"""Benchmark: does the window stay live while a 2-8-1 network trains at "max" speed?

A network of 2 inputs, 8 sigmoid hidden units and one output trains on ``xor`` through
a shown window at max speed, with the boundary map (the fit plot's plane) redrawn live,
for a few seconds with the landscape slice on view, then with the Network view on view.
Printed, from one run on this machine:

- GUI event-loop lateness (p50, p99) and the longest gap, probed with a 10 ms timer
  (targets: p99 <= 20 ms, longest gap <= 50 ms);
- epochs/s with the window attached against the same trainer headless (target >= 70%).

Run:  python bench/bench_network_window.py        (offscreen; no display needed)
"""

from __future__ import annotations

import os
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from probe import Probe, lateness, open_window  # noqa: E402  (bench/probe.py)

from gdviz.core.run.settings import RunSettings  # noqa: E402
from gdviz.core.train import kernel, net_kernel  # noqa: E402
from gdviz.core.train.data import load_builtin  # noqa: E402
from gdviz.core.train.trainer import Trainer  # noqa: E402

SETTINGS = dict(hidden=8, activation="sigmoid", learning_rate=0.3)


def headless_epochs_per_second(seconds: float = 2.0) -> float:
    trainer = Trainer(load_builtin("xor"), RunSettings(epochs=10**12, **SETTINGS),
                      keep_history=False)  # fmt: skip
    trainer.run(100)
    done, start = 0, time.perf_counter()
    while time.perf_counter() - start < seconds:
        done += len(trainer.run(20_000))
    return done / (time.perf_counter() - start)


def window_run(tab: int, seconds: float = 4.0) -> dict[str, float]:
    from PySide6.QtCore import QTimer

    from gdviz.ui.models import SPEED_STEPS

    app, win = open_window()
    win.data_controller.use_builtin("xor")
    win.run_settings.update(epochs=10_000_000, **SETTINGS)
    win.arranged.view_tabs.setCurrentIndex(tab)
    win.controls.speed_slider.setValue(SPEED_STEPS)
    kernel.warm_up()
    net_kernel.warm_up()
    probe = Probe()
    start = [0.0]

    def begin() -> None:
        probe.start()
        start[0] = time.perf_counter()
        win.train()

    QTimer.singleShot(300, begin)
    QTimer.singleShot(int((seconds + 0.3) * 1000), app.quit)
    app.exec()
    elapsed = time.perf_counter() - start[0]
    gaps = probe.stop()
    done = len(win.history)
    slices = win.landscape.result is not None and win.landscape.result.request.slice is not None
    win.close()
    return {"eps": done / elapsed, **lateness(gaps), "sliced": slices}


def main() -> None:
    headless = headless_epochs_per_second()
    print(f"a 2-8-1 network on xor (60 rows): {headless:,.0f} epochs/s headless")
    for tab, name in ((0, "landscape slice"), (1, "Network view")):
        r = window_run(tab)
        print(
            f"  window with the boundary map and the {name} on view: "
            f"p50 {r['p50']:.1f} ms, p99 {r['p99']:.1f} ms (<= 20), longest gap "
            f"{r['gap']:.0f} ms (<= 50); {r['eps']:,.0f} epochs/s = "
            f"{r['eps'] / headless:.0%} of headless (>= 70%)"
            + ("" if tab else f"; slice shown: {r['sliced']}")
        )


if __name__ == "__main__":
    main()
