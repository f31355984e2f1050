"""Worker QObjects on their own QThreads, started and joined explicitly."""

from __future__ import annotations

from PySide6.QtCore import QObject, QThread

# Every worker thread started and not yet joined (tests check it ends empty).
live_threads: set[QThread] = set()


class WorkerThread(QObject):
    """Moves ``worker`` to a new, named QThread and starts it.

    Subclasses talk to the worker only through queued signals, so its slots
    always run in its thread. :meth:`shut_down` ends the thread's event loop
    and waits for it; call it before the owner goes away.
    """

    def __init__(self, worker: QObject, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self._thread = QThread()
        self._thread.setObjectName(name)
        worker.moveToThread(self._thread)
        self._thread.finished.connect(worker.deleteLater)
        self._alive = True

    def start(self) -> None:
        self._thread.start()
        live_threads.add(self._thread)

    def is_running(self) -> bool:
        return self._alive and self._thread.isRunning()

    def before_quit(self) -> None:
        """Ask the worker to stop what it is doing (queued); subclasses override."""

    def shut_down(self, timeout_ms: int = 10_000) -> None:
        """End the thread's event loop and wait for it (idempotent)."""
        if not self._alive:
            return
        self._alive = False
        self.before_quit()
        self._thread.quit()
        if not self._thread.wait(timeout_ms):
            self._thread.terminate()
            self._thread.wait()
        live_threads.discard(self._thread)
