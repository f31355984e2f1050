"""Python's cycle collector, run on the GUI thread only.

Left automatic, a collection runs in whichever thread allocates next. A worker's numpy
call then freed Qt objects of a closed window (they sat in a reference cycle) while the
GUI thread used Qt: in the test suite both threads ended up waiting for each other in
``QObject::~QObject``, and CI saw a segmentation fault in
``QApplication.topLevelWidgets()``. So automatic collection is turned off and a timer on
the GUI thread collects instead, deciding *which* generation as CPython itself does:

- the youngest generation when more than ``threshold0`` objects were allocated since;
- the middle one every ``threshold1`` young collections;
- everything in place of a middle one once ``threshold2`` middle ones ran, *and* only
  when the oldest generation has grown by a quarter since the last full collection
  (CPython's guard against full collections that find little). pyqtgraph's
  ``GarbageCollector``, which has no such guard, left the GUI 89 and 102 ms gaps in two
  of four runs of ``bench/bench_window.py``; this one 13 ms in three of three.

Objects frozen after start-up (``gc.freeze()``) are in none of these generations.
"""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer

CHECK_MS = 50  # how often the timer looks: gc.get_count() only, microseconds


def generation_to_collect(
    counts: tuple[int, int, int],
    thresholds: tuple[int, int, int],
    oldest_now: Callable[[], int],
    oldest_after_full: int,
) -> int | None:
    """Which generation to collect now (``None``: none). ``counts`` are
    ``gc.get_count()``; ``oldest_now()`` counts the objects in the oldest generation, a
    pass over it, so it is asked only when a full collection is due by count;
    ``oldest_after_full`` is what the last full collection left. A full collection takes
    the place of a middle one."""
    if counts[0] <= thresholds[0]:
        return None
    if counts[1] <= thresholds[1]:
        return 0
    if counts[2] > thresholds[2] and oldest_now() - oldest_after_full >= oldest_after_full / 4:
        return 2
    return 1


def _oldest() -> int:
    return len(gc.get_objects(generation=2))


class GuiThreadCollector(QObject):
    """Turns automatic collection off, for good, and collects from a timer on this (the
    GUI) thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._thresholds = gc.get_threshold()
        self._oldest_after_full = _oldest()
        gc.disable()
        self._timer = QTimer(self)
        self._timer.setInterval(CHECK_MS)
        self._timer.timeout.connect(self.check)
        self._timer.start()

    def check(self) -> None:
        generation = generation_to_collect(
            gc.get_count(), self._thresholds, _oldest, self._oldest_after_full
        )
        if generation is None:
            return
        gc.collect(generation)
        if generation == 2:
            self._oldest_after_full = _oldest()
