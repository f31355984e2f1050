"""Learning-rate sweeps run in the background and shown in a sweep window: the same data
and start at many learning rates (see :mod:`gdviz.ui.views.sweep_window`)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from gdviz.core.i18n import translate
from gdviz.core.train.sweep import SweepPoint, SweepRequest, run_point
from gdviz.ui.threads.jobs import BackgroundThread, Worker, failure_line
from gdviz.ui.views.sweep_window import SweepWindow


class SweepWorker(Worker):
    def run(self, job_id: int, request: SweepRequest) -> None:
        """Train each rate; report each point, then whether the sweep ran to the end."""
        for i, lr in enumerate(request.rates):
            point = run_point(
                request.data, request.settings, lr, request.threshold, lambda: self.stale(job_id)
            )
            if point is None:
                self.done.emit(job_id, False)
                return
            self.progressed.emit(job_id, (i, point))
        self.done.emit(job_id, True)


class SweepController(QObject):
    """Runs sweeps on its own thread and shows them in a :class:`SweepWindow`."""

    rate_chosen = Signal(float)  # the user picked this learning rate to train

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._jobs: BackgroundThread[SweepWorker] = BackgroundThread(
            SweepWorker(), "gdviz-sweep", self
        )
        self.window: SweepWindow | None = None
        self._jobs.progressed.connect(self._on_point)
        self._jobs.done.connect(self._on_done)
        self._jobs.failed.connect(self._on_failed)
        self._jobs.busy_changed.connect(self._on_busy)

    def start_threads(self) -> None:
        self._jobs.start()

    @property
    def running(self) -> bool:
        return self._jobs.busy

    def start(self, request: SweepRequest) -> SweepWindow:
        """Show the sweep window and run ``request`` (replacing a sweep under way)."""
        if self.window is None:
            self.window = SweepWindow(self._parent)
            self.window.rate_chosen.connect(self.rate_chosen)
            self.window.cancel_requested.connect(self.cancel)
        self.window.show_start(request)
        self._jobs.submit(self._jobs.worker.run, request)
        self.window.show()
        self.window.raise_()
        return self.window

    def cancel(self) -> None:
        self._jobs.cancel()

    def shut_down(self) -> None:
        self._jobs.shut_down()

    def _on_point(self, payload: tuple[int, SweepPoint]) -> None:
        if self.window is not None:
            self.window.show_point(*payload)

    def _on_done(self, complete: bool) -> None:
        if self.window is not None:
            self.window.show_end(complete)

    def _on_failed(self, details: str) -> None:
        if self.window is not None:
            self.window.progress.setFormat(
                translate("sweep_controller", "stopped by an internal error: {error}").format(
                    error=failure_line(details)
                )
            )

    def _on_busy(self, busy: bool) -> None:
        if self.window is not None:
            self.window.set_busy(busy)
