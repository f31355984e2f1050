"""What the window benchmarks measure the same way: how late a 10 ms timer on the GUI
thread fires while the window works, in a window opened as gdviz's main() opens it.
Imported by the bench scripts (run from bench/)."""

from __future__ import annotations

import gc
import time
from collections.abc import Callable

import numpy as np

INTERVAL_MS = 10


def open_window():
    """The application and gdviz's window, as main() makes them: the process configured,
    the cycle collector on the GUI thread's timer, the window shown at 1300×860, then the
    collector's survivors frozen."""
    from PySide6.QtWidgets import QApplication

    from gdviz.app import MainWindow, collect_on_gui_thread, configure_process

    app = QApplication.instance() or QApplication([])
    configure_process()
    collect_on_gui_thread()
    win = MainWindow()
    win.resize(1300, 860)
    win.show()
    gc.freeze()
    return app, win


class Probe:
    """A 10 ms timer on the GUI thread; :meth:`stop` gives the gaps between its ticks."""

    def __init__(self) -> None:
        from PySide6.QtCore import QElapsedTimer, Qt, QTimer

        self.gaps: list[float] = []
        self._clock = QElapsedTimer()
        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(INTERVAL_MS)
        self._timer.timeout.connect(self._tick)
        self._last = 0.0

    def _tick(self) -> None:
        now = self._clock.nsecsElapsed() / 1e6
        self.gaps.append(now - self._last)
        self._last = now

    def start(self) -> None:
        self.gaps.clear()
        self._last = 0.0
        self._clock.start()
        self._timer.start()

    def stop(self) -> np.ndarray:
        """The gaps in ms (the first, from start to the first tick, left out)."""
        self._timer.stop()
        return np.array(self.gaps[1:] or [0.0])


def lateness(gaps: np.ndarray) -> dict[str, float]:
    """p50 and p99 of how late the ticks came, and the longest gap (ms)."""
    late = gaps - INTERVAL_MS
    return {
        "p50": float(np.percentile(late, 50)),
        "p99": float(np.percentile(late, 99)),
        "gap": float(gaps.max()),
    }


def probed(app, action: Callable[[], object], finished: list) -> tuple[float, float]:
    """Run ``action()`` and the event loop until ``finished`` fills: (seconds, longest GUI
    gap in ms)."""
    probe = Probe()
    probe.start()
    start = time.perf_counter()
    action()
    while not finished:
        app.processEvents()
    seconds = time.perf_counter() - start
    return seconds, float(probe.stop().max())
