"""Background jobs: one mechanism for the trainer, the landscape and the sweep.

A :class:`Worker` is a QObject that lives on its own QThread; a
:class:`BackgroundThread` is its handle on the GUI thread. Every piece of work
belongs to a *job*, numbered by the handle:

- Commands are the worker's bound methods, given to the handle with their arguments
  (``thread.submit(thread.worker.load, path)``), so their types are checked.
- ``submit`` starts a new job; every older job becomes stale at once. A stale
  job's commands are skipped, its loops stop at their next check, and its
  results are dropped, so the GUI only ever hears of the newest job.
- ``send`` gives the current job a further command (the trainer's pause, a
  new learning rate, ...); ``tell`` sets something of the worker's own (the
  trainer's speed), which no job change makes stale.
- ``busy`` is true from a ``submit`` (or ``send(..., busy=True)``) until the
  job reports ``done`` or fails; a failure always clears it and is reported
  exactly once, as ``failed``.
- The thread starts only on :meth:`BackgroundThread.start`, after the owner
  connected its signals, and :meth:`BackgroundThread.shut_down` ends it by
  asking, never with ``terminate()``: jobs check :meth:`Worker.stale`
  between chunks of work that take milliseconds.
"""

from __future__ import annotations

import time
import traceback
from collections.abc import Callable
from typing import Any, Concatenate, Generic, ParamSpec, TypeVar

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

from gdviz.core.i18n import translate

# Every worker thread started and not yet joined (tests check it ends empty).
live_threads: set[QThread] = set()
# Set by gdviz.app when a stop signal ends the process: shutting a thread down then waits
# only until this moment (time.monotonic()); one still busy (numba compiling its kernels
# takes a second) ends with the process. A save under way always finishes.
_exit_deadline: float | None = None


def hurry(seconds: float) -> None:
    """From now on, wait at most ``seconds`` in all for threads to end (only for a process
    that ends right after: see :func:`gdviz.app.run`)."""
    global _exit_deadline
    _exit_deadline = time.monotonic() + seconds


def failure_line(details: str) -> str:
    """What went wrong, in one line: the last line of a ``failed`` report's traceback."""
    lines = details.strip().splitlines()
    return lines[-1] if lines else translate("jobs", "unknown error")


class Worker(QObject):
    """Base of the objects that do work on a :class:`BackgroundThread`.

    Subclasses define command methods ``name(job_id, *args)``; the handle is given the
    worker's bound method (``thread.submit(thread.worker.load, path)``: typed, checked by
    mypy) and runs it in the worker's thread. Workers report through ``progressed``,
    ``done``, ``failed`` and any signals of their own (each carrying one kind of payload),
    always with the job id they were called with.
    """

    progressed = Signal(int, object)  # job id, a partial result (one kind per worker)
    done = Signal(int, object)  # job id, the job's result (its activity ended)
    failed = Signal(int, str)  # job id, what went wrong (a traceback for the details box)

    def __init__(self) -> None:
        super().__init__()
        # Written by the GUI thread, read here between chunks: plain ints and a bool,
        # so no lock is needed (each read or write is atomic under the GIL).
        self.newest_job = 0
        self.cancelled_job = 0
        self.closing = False

    def stale(self, job_id: int) -> bool:
        """True once ``job_id`` was replaced, cancelled, or the thread is shutting down."""
        return self.closing or job_id != self.newest_job or job_id <= self.cancelled_job

    @Slot(int, object, object, object)
    def dispatch(
        self, job_id: int, command: Callable[..., object], args: tuple, kwargs: dict
    ) -> None:
        """Run ``command(job_id, *args, **kwargs)`` unless the job was replaced meanwhile
        (job 0: a setting of the worker itself, never stale)."""
        if self.closing or (job_id and job_id != self.newest_job):
            return
        self.guarded(job_id, command, *args, **kwargs)

    def guarded(self, job_id: int, work: Callable[..., object], *args: Any, **kwargs: Any) -> None:
        """Run ``work(job_id, *args)``; an exception becomes one ``failed`` report."""
        try:
            work(job_id, *args, **kwargs)
        except Exception:  # reported to the GUI, never lost with the thread
            self.stop_activity()
            self.failed.emit(job_id, traceback.format_exc(limit=6))

    def stop_activity(self) -> None:
        """Stop whatever keeps the worker going (timers) after a failure or at shutdown;
        subclasses that start timers override it."""

    @Slot()
    def stop(self) -> None:
        """Last call in the worker's thread: stop timers, then end the event loop."""
        self.stop_activity()
        QThread.currentThread().quit()


W = TypeVar("W", bound=Worker)
P = ParamSpec("P")
Command = Callable[Concatenate[int, P], object]


class _Relay(QObject):
    """Hands a worker's report of the current job to a slot, on the GUI thread (a plain
    function connected to a worker's signal would run in the worker's thread)."""

    def __init__(self, handle: BackgroundThread, slot: Callable[[Any], object]) -> None:
        super().__init__(handle)
        self._handle = handle
        self._slot = slot

    @Slot(int, object)
    def relay(self, job_id: int, payload: object) -> None:
        if job_id == self._handle.job_id:
            self._slot(payload)


class BackgroundThread(QObject, Generic[W]):
    """The GUI thread's handle on a :class:`Worker` and its QThread.

    Re-emits the worker's reports of the current job only: ``progressed``, ``done`` and
    ``failed`` carry the payload (no job id), ``busy_changed`` follows :attr:`busy`;
    :meth:`report` relays a worker's own signals the same way.
    """

    progressed = Signal(object)
    done = Signal(object)
    failed = Signal(str)
    busy_changed = Signal(bool)
    _call = Signal(int, object, object, object)
    _stop = Signal()

    def __init__(self, worker: W, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._thread = QThread()
        self._thread.setObjectName(name)
        worker.moveToThread(self._thread)
        # Queued explicitly: the handle's slots must run on the GUI thread.
        queued = Qt.ConnectionType.QueuedConnection
        worker.progressed.connect(self._on_progressed, queued)
        worker.done.connect(self._on_done, queued)
        worker.failed.connect(self._on_failed, queued)
        self._call.connect(worker.dispatch, queued)
        self._stop.connect(worker.stop, queued)
        self._thread.finished.connect(worker.deleteLater)
        self._job = 0
        self._busy = False
        self._alive = False
        self._ended = False

    @property
    def worker(self) -> W:
        """The worker: its bound methods are the commands (run in its thread)."""
        return self._worker

    def report(self, signal: Any, slot: Callable[[Any], object]) -> None:
        """Relay the worker's ``signal`` (job id, payload) to ``slot(payload)``, for the
        current job only, on the GUI thread."""
        relay = _Relay(self, slot)
        signal.connect(relay.relay, Qt.ConnectionType.QueuedConnection)

    # -- life ------------------------------------------------------------------------
    def start(self) -> None:
        """Start the thread (call after connecting to this handle's signals)."""
        if self._alive or self._ended:
            return
        self._alive = True
        self._thread.start()
        live_threads.add(self._thread)

    def is_running(self) -> bool:
        return self._alive and self._thread.isRunning()

    def shut_down(self, finish: bool = False) -> None:
        """Stop the current job, end the thread and wait for it (idempotent).

        With ``finish``, jobs already asked for run to their end first (a save is
        never cut short)."""
        if not self._alive:
            self._ended = True
            return
        self._alive = False
        self._ended = True
        if not finish:
            self._worker.closing = True  # running loops see it at their next check
        self._stop.emit()
        if finish or _exit_deadline is None:
            self._thread.wait()
        elif not self._thread.wait(max(0, round((_exit_deadline - time.monotonic()) * 1000))):
            return  # still busy: it ends with the process, which ends now
        live_threads.discard(self._thread)
        self._set_busy(False)

    # -- jobs ------------------------------------------------------------------------
    @property
    def job_id(self) -> int:
        """The current job's id (0 before the first)."""
        return self._job

    @property
    def busy(self) -> bool:
        """True from a job's start until it is done or has failed."""
        return self._busy

    def submit(self, command: Command[P], *args: P.args, **kwargs: P.kwargs) -> int:
        """Start a new job, ``command(job_id, *args)``, busy until it is done; older jobs
        become stale."""
        return self._new_job(True, command, args, kwargs)

    def replace(self, command: Command[P], *args: P.args, **kwargs: P.kwargs) -> int:
        """Like :meth:`submit` for a job that sets the worker up and reports nothing when
        it ends (not busy)."""
        return self._new_job(False, command, args, kwargs)

    def _new_job(
        self, busy: bool, command: Callable[..., object], args: tuple, kwargs: dict
    ) -> int:
        self._job += 1
        self._worker.newest_job = self._job
        self._set_busy(busy)
        self._call.emit(self._job, command, args, kwargs)
        return self._job

    def send(self, command: Command[P], *args: P.args, **kwargs: P.kwargs) -> None:
        """Give the current job a further command, ``command(job_id, *args)``."""
        self._call.emit(self._job, command, args, kwargs)

    def tell(self, command: Command[P], *args: P.args, **kwargs: P.kwargs) -> None:
        """``command(0, *args)``: a setting of the worker, whatever job is current."""
        self._call.emit(0, command, args, kwargs)

    def mark_busy(self) -> None:
        """The current job works on now (until it reports ``done``): a run set playing."""
        self._set_busy(True)

    def cancel(self) -> None:
        """Ask the current job to stop at its next check (it still reports ``done``)."""
        self._worker.cancelled_job = self._job

    # -- reports (GUI thread) ----------------------------------------------------------
    @Slot(int, object)
    def _on_progressed(self, job_id: int, payload: object) -> None:
        if job_id == self._job:
            self.progressed.emit(payload)

    @Slot(int, object)
    def _on_done(self, job_id: int, payload: object) -> None:
        if job_id == self._job:
            self._set_busy(False)
            self.done.emit(payload)

    @Slot(int, str)
    def _on_failed(self, job_id: int, message: str) -> None:
        if job_id == self._job:
            self._set_busy(False)
            self.failed.emit(message)

    def _set_busy(self, busy: bool) -> None:
        if busy != self._busy:
            self._busy = busy
            self.busy_changed.emit(busy)
