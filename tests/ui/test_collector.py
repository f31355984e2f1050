"""Python's cycle collector runs on the GUI thread only (gdviz.app.collect_on_gui_thread).

Left automatic, a collection starts in whichever thread allocates next. In the test
suite a landscape worker's numpy call collected a closed window's Qt objects while the
GUI thread was deleting others: both threads waited for each other in
``QObject::~QObject``. CI saw a segmentation fault of the same kind.
"""

from __future__ import annotations

import gc
import threading

from gdviz.app import collect_on_gui_thread

MADE = 20_000  # far beyond the collector's first threshold (700 allocations)


class Cycle:
    """Garbage only the cycle collector frees; notes the thread that freed it."""

    def __init__(self, freed: list[str]) -> None:
        self.me = self
        self.freed = freed

    def __del__(self) -> None:
        self.freed.append(threading.current_thread().name)


def test_cycles_made_in_a_worker_thread_are_freed_on_the_gui_thread(qtbot):
    collect_on_gui_thread()
    assert not gc.isenabled()
    freed: list[str] = []

    def work() -> None:
        for _ in range(MADE):
            Cycle(freed)

    worker = threading.Thread(target=work, name="worker")
    worker.start()
    worker.join()
    assert freed == []  # the worker's allocations started no collection
    qtbot.waitUntil(lambda: len(freed) == MADE, timeout=5_000)  # the timer's collection
    assert set(freed) == {threading.main_thread().name}
