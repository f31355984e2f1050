"""The one background-job mechanism (gdviz/ui/jobs.py), without a window."""

from __future__ import annotations

import threading

import pytest

from gdviz.ui.threads.jobs import BackgroundThread, Worker


class Probe(Worker):
    """Jobs for the tests; ``gate`` holds a job until the test lets it go."""

    def __init__(self) -> None:
        super().__init__()
        self.gate = threading.Event()
        self.started = threading.Event()

    def echo(self, job_id: int, value: object) -> None:
        self.done.emit(job_id, value)

    def held(self, job_id: int, value: object) -> None:
        self.started.set()
        self.gate.wait(10)
        self.progressed.emit(job_id, f"{value} progress")
        self.done.emit(job_id, value)

    def loop(self, job_id: int, value: object) -> None:
        """Reports progress until the job is stale, then says how it ended."""
        self.started.set()
        count = 0
        while not self.stale(job_id):
            count += 1
            if count == 1:
                self.progressed.emit(job_id, f"{value} running")
            self.gate.wait(0.001)
        self.done.emit(job_id, f"{value} stopped")

    def boom(self, job_id: int) -> None:
        raise RuntimeError("job exploded")


@pytest.fixture
def probe():
    return Probe()


@pytest.fixture
def jobs(qtbot, probe):
    handle = BackgroundThread(probe, "test-jobs")
    handle.start()
    yield handle
    handle.shut_down()


def collect(handle):
    seen = {"progressed": [], "done": [], "failed": []}
    handle.progressed.connect(seen["progressed"].append)
    handle.done.connect(seen["done"].append)
    handle.failed.connect(seen["failed"].append)
    return seen


def test_a_job_reports_and_clears_busy(qtbot, jobs):
    with qtbot.waitSignal(jobs.done, timeout=5000) as blocker:
        jobs.submit(jobs.worker.echo, 42)
        assert jobs.busy
    assert blocker.args == [42] and not jobs.busy


def test_stale_results_are_dropped(qtbot, jobs, probe):
    seen = collect(jobs)
    first = jobs.submit(jobs.worker.held, "old")
    second = jobs.submit(jobs.worker.echo, "new")
    assert second == first + 1
    with qtbot.waitSignal(jobs.done, timeout=5000):
        probe.gate.set()  # the old job finishes now, after the new one was submitted
    # Reports arrive in order: once a later job's result is in, the old job's were too.
    with qtbot.waitSignal(jobs.done, timeout=5000):
        jobs.submit(jobs.worker.echo, "marker")
    assert seen["done"] == ["new", "marker"] and seen["progressed"] == []


def test_restarting_while_a_job_runs(qtbot, jobs):
    seen = collect(jobs)
    with qtbot.waitSignal(jobs.progressed, timeout=5000):
        jobs.submit(jobs.worker.loop, "first")
    with qtbot.waitSignal(jobs.done, timeout=5000) as blocker:
        jobs.submit(jobs.worker.loop, "second")
        qtbot.waitUntil(lambda: "second running" in seen["progressed"], timeout=5000)
        jobs.cancel()
    assert blocker.args == ["second stopped"]
    assert seen["done"] == ["second stopped"]  # the first job's end was stale: dropped
    assert not jobs.busy


def test_a_failure_clears_busy_and_is_reported_once(qtbot, jobs):
    seen = collect(jobs)
    with qtbot.waitSignal(jobs.failed, timeout=5000) as blocker:
        jobs.submit(jobs.worker.boom)
    assert "job exploded" in blocker.args[0] and not jobs.busy
    with qtbot.waitSignal(jobs.done, timeout=5000):
        jobs.submit(jobs.worker.echo, "after")  # the thread lives on
    assert len(seen["failed"]) == 1 and seen["done"] == ["after"]


def test_shut_down_stops_a_running_job_without_terminate(qtbot):
    handle = BackgroundThread(Probe(), "test-jobs")
    handle.start()
    with qtbot.waitSignal(handle.progressed, timeout=5000):
        handle.submit(handle.worker.loop, "forever")
    handle.shut_down()  # waits: returns only once the thread has ended
    assert not handle.is_running() and not handle.busy
    handle.shut_down()  # twice is fine


def test_commands_wait_for_start_and_settings_survive_new_jobs(qtbot):
    handle = BackgroundThread(Probe(), "test-jobs")
    seen = collect(handle)
    handle.submit(handle.worker.echo, "queued before start")
    with qtbot.waitSignal(handle.done, timeout=5000):
        handle.start()
    assert seen["done"] == ["queued before start"]
    handle.shut_down()
