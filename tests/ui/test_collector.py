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
from gdviz.ui.threads.collector import CHECK_MS, generation_to_collect

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


def test_which_generation_follows_cpythons_policy():
    limits = (700, 10, 10)
    asked: list[int] = []

    def oldest(size: int):
        def count() -> int:
            asked.append(size)
            return size

        return count

    assert generation_to_collect((700, 10, 10), limits, oldest(0), 0) is None  # not yet
    assert generation_to_collect((701, 3, 11), limits, oldest(0), 0) == 0
    assert generation_to_collect((701, 11, 4), limits, oldest(10_000), 1_000) == 1
    assert asked == []  # no full collection was due by count: the oldest was not counted
    # A full collection is due by count, but the oldest generation grew by less than a
    # quarter since the last one: a middle collection instead.
    assert generation_to_collect((701, 11, 11), limits, oldest(1_249), 1_000) == 1
    assert generation_to_collect((701, 11, 11), limits, oldest(1_250), 1_000) == 2
    assert asked == [1_249, 1_250]


def test_the_timer_frees_garbage_made_on_the_gui_thread_young_collections_first(qtbot):
    collect_on_gui_thread()
    started: list[tuple[int, str]] = []  # (generation, thread) of every collection

    def note(phase: str, info: dict) -> None:
        if phase == "start":
            started.append((info["generation"], threading.current_thread().name))

    freed: list[str] = []
    rounds, per_round = 60, 2_000
    gc.callbacks.append(note)
    try:
        for _ in range(rounds):
            before = len(freed)
            for _ in range(per_round):
                Cycle(freed)
            assert len(freed) == before  # allocating started no collection
            qtbot.wait(2 * CHECK_MS)  # a tick of the timer
        qtbot.waitUntil(lambda: len(freed) == rounds * per_round, timeout=5_000)
    finally:
        gc.callbacks.remove(note)
    assert {thread for _, thread in started} == {threading.main_thread().name}
    generations = [generation for generation, _ in started]
    # By CPython's thresholds (700, 10, 10): mostly young ones, a middle one per ten.
    assert generations.count(0) >= 15 and generations.count(1) >= 1
    assert generations.count(0) > 5 * generations.count(1)
