"""Making an animation of a run: one job, a step at a time, whoever drives it.

:class:`AnimationJob` goes through its :class:`Phase` s (copy the history, compute the
landscape, build the offscreen stage, the palette frame, every frame, finish) and hands
frames to a :class:`FrameSink`. ``gdviz export --animation`` drives it to the end at once
with an encoder in the same thread (:func:`write_animation`); the window drives it a
step per event-loop turn with the encoder on its own thread (:class:`AnimationExport`),
so the window stays live and a run goes on. A cancel or a failure leaves no file.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import replace
from enum import Enum
from pathlib import Path
from typing import Protocol, cast

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from gdviz.core.figures.landscape import LandscapeRequest, LandscapeResult
from gdviz.core.i18n import translate
from gdviz.core.io.atomic import FileSet
from gdviz.core.io.session import Session
from gdviz.core.io.video import AnimationRequest, Encoder, frame_epochs
from gdviz.core.train.history import History
from gdviz.ui.threads.jobs import BackgroundThread, Worker, failure_line
from gdviz.ui.views.animation_stage import (
    AnimationStage,
    Snapshot,
    landscape_request,
    landscape_result,
    rgb_array,
)

TRAINING_PAUSE_MS = 30  # between frames while a run trains: its redraws keep their share
COPY_SLICE = 1 << 21  # epochs of loss copied per step (~3 ms)


class Phase(Enum):
    """Where an animation job stands."""

    COPY = "copy the run's history"
    GRID = "compute the landscape"
    STAGE = "build the offscreen plots"
    PALETTE = "draw the frame that holds every colour"
    FRAMES = "draw the frames"
    FINISH = "finish the file"
    DONE = "done"


class FrameSink(Protocol):
    """Where an animation job's landscape is computed and its frames encoded."""

    def grid(self, request: LandscapeRequest) -> LandscapeResult | None:
        """The landscape (None: it comes later, through :meth:`AnimationJob.grid_ready`)."""
        ...

    def open(self, request: AnimationRequest, palette_frame: np.ndarray) -> None: ...
    def add(self, frame: np.ndarray) -> None: ...
    def finish(self) -> Path | None:
        """Close the file; its path, or None when that is said later."""
        ...

    def abort(self) -> None: ...


class AnimationJob:
    """``request``'s animation of ``session`` (whose history may be a live run's: it is
    copied in slices in :attr:`Phase.COPY`), made by calling :meth:`advance` until
    :attr:`phase` is DONE (or :attr:`waiting`)."""

    def __init__(self, session: Session, request: AnimationRequest, sink: FrameSink) -> None:
        h = session.history
        if not len(h):
            raise ValueError(translate("animation_export", "the run has no epochs to animate yet"))
        self.request = request
        self._sink = sink
        self._source: np.ndarray | None = h.loss
        # w and b are compacted in place as a long run grows: copy them now (small).
        held = None if h.val_loss is None else h.val_loss.copy()
        snapshot = Snapshot(np.empty(len(h)), h.params.copy(), h.param_stride, held)
        # The snapshot reads as a history does (it is never trained on).
        self._session = replace(session, history=cast(History, snapshot))
        self._copied = 0
        self.epochs = frame_epochs(len(h), request.training_frames)
        self.next_frame = 0
        self.phase = Phase.COPY
        self.waiting = False  # for the landscape from another thread
        self.path: Path | None = None
        self._grid: LandscapeResult | None = None
        self._stage: AnimationStage | None = None
        self._building: Iterator[None] | None = None

    def hold_source(self) -> None:
        """The run is about to reuse its history: finish copying it now."""
        if self._source is not None:
            self._copy(len(self._source))

    def _copy(self, until: int) -> None:
        assert self._source is not None
        loss = self._session.history.loss
        loss[self._copied : until] = self._source[self._copied : until]
        self._copied = until
        if until >= len(loss):
            self._source = None

    def grid_ready(self, result: LandscapeResult) -> None:
        self._grid = result
        self.waiting = False
        self.phase = Phase.STAGE

    def advance(self) -> None:
        """One step of the current phase (a few milliseconds)."""
        if self.phase is Phase.COPY:
            if self._source is not None:
                self._copy(min(len(self._session.history), self._copied + COPY_SLICE))
            if self._source is None:
                self.phase = Phase.GRID
        elif self.phase is Phase.GRID:
            result = self._sink.grid(landscape_request(self._session))
            if result is None:
                self.waiting = True
            else:
                self.grid_ready(result)
        elif self.phase is Phase.STAGE:
            if self._building is None:
                self._stage = AnimationStage()
                self._building = self._stage.build(self._session, self.request.view, self._grid)
            try:
                next(self._building)
            except StopIteration:
                self._building = None
                self.phase = Phase.PALETTE
        elif self.phase is Phase.PALETTE:
            # The last frame first: it holds every colour, for a GIF's one palette.
            self._sink.open(self.request, self._frame(int(self.epochs[-1])))
            self.phase = Phase.FRAMES
        elif self.phase is Phase.FRAMES:
            self._sink.add(self._frame(int(self.epochs[self.next_frame])))
            self.next_frame += 1
            if self.next_frame >= len(self.epochs):
                self.phase = Phase.FINISH
        elif self.phase is Phase.FINISH:
            self.path = self._sink.finish()
            self.phase = Phase.DONE

    def _frame(self, epoch: int) -> np.ndarray:
        assert self._stage is not None
        return rgb_array(self._stage.image(epoch, self.request.width))

    def close(self) -> None:
        """Take the offscreen plots down (after the end, a cancel or a failure)."""
        self._building = None
        if self._stage is not None:
            self._stage.close()
        self._stage = None
        self._source = None


class DirectSink:
    """Computes and encodes in the calling thread (``gdviz export --animation``)."""

    def __init__(self, files: FileSet | None = None) -> None:
        self._encoder: Encoder | None = None
        self._files = files

    def grid(self, request: LandscapeRequest) -> LandscapeResult:
        return landscape_result(request)

    def open(self, request: AnimationRequest, palette_frame: np.ndarray) -> None:
        shape = palette_frame.shape
        pending = None
        if self._files is not None:  # written with the set's other files, all or nothing
            pending = self._files.reserve(request.path.absolute(), request.suffix)
        self._encoder = Encoder(
            request, shape[1], shape[0], palette_from=palette_frame, pending=pending
        )

    def add(self, frame: np.ndarray) -> None:
        assert self._encoder is not None
        self._encoder.add(frame)

    def finish(self) -> Path:
        assert self._encoder is not None
        encoder, self._encoder = self._encoder, None
        return encoder.finish()

    def abort(self) -> None:
        if self._encoder is not None:
            self._encoder.abort()
            self._encoder = None


def write_animation(
    session: Session,
    request: AnimationRequest,
    between: Callable[[], None] | None = None,
    files: FileSet | None = None,
) -> Path:
    """Draw and encode every frame at once (``between`` runs after each step: it may
    raise to stop; nothing is then left behind). With ``files``, the animation joins that
    set and is moved in when the set is committed."""
    sink = DirectSink(files)
    job = AnimationJob(session, request, sink)
    try:
        while job.phase is not Phase.DONE:
            job.advance()
            if between is not None:
                between()
    except BaseException:
        sink.abort()
        raise
    finally:
        job.close()
    assert job.path is not None
    return job.path


class EncodeWorker(Worker):
    """Computes the animation's landscape and encodes its frames on its own thread, so
    the window only draws them. ``grid_computed`` carries the landscape, ``progressed``
    the frames encoded so far, ``done`` the file's path."""

    grid_computed = Signal(int, object)  # job id, LandscapeResult

    def __init__(self) -> None:
        super().__init__()
        self._encoder: Encoder | None = None

    def grid(self, job_id: int, request: LandscapeRequest) -> None:
        result = landscape_result(request)
        if not self.stale(job_id):
            self.grid_computed.emit(job_id, result)

    def open(self, job_id: int, request: AnimationRequest, last: np.ndarray) -> None:
        self._encoder = Encoder(request, last.shape[1], last.shape[0], palette_from=last)

    def add(self, job_id: int, frame: np.ndarray) -> None:
        if self.stale(job_id):
            self.abort(job_id)
            return
        if self._encoder is None:  # failed already: frames sent meanwhile are dropped
            return
        try:
            self._encoder.add(frame)
        except BaseException:
            self.abort(job_id)  # the temporary file goes now; the failure is reported once
            raise
        self.progressed.emit(job_id, self._encoder.frames)

    def finish(self, job_id: int) -> None:
        if self._encoder is None:
            return
        encoder, self._encoder = self._encoder, None
        self.done.emit(job_id, encoder.finish())  # removes its temporary file if it fails

    def abort(self, job_id: int) -> None:
        if self._encoder is not None:
            self._encoder.abort()
            self._encoder = None

    def stop_activity(self) -> None:
        self.abort(0)  # shut down mid-export: leave nothing behind


class ThreadSink:
    """Computes and encodes on the encoding thread (the window's export)."""

    def __init__(self, thread: BackgroundThread[EncodeWorker]) -> None:
        self._thread = thread

    def grid(self, request: LandscapeRequest) -> None:
        self._thread.submit(self._thread.worker.grid, request)

    def open(self, request: AnimationRequest, palette_frame: np.ndarray) -> None:
        self._thread.send(self._thread.worker.open, request, palette_frame)

    def add(self, frame: np.ndarray) -> None:
        self._thread.send(self._thread.worker.add, frame)

    def finish(self) -> None:
        self._thread.send(self._thread.worker.finish)

    def abort(self) -> None:
        self._thread.send(self._thread.worker.abort)


def _reason(details: str) -> str:
    """A failure's last line, without the exception's name and errno:
    ``OSError: [Errno 28] No space left on device`` -> ``No space left on device``."""
    last = re.sub(r"^(?:\w+\.)*\w+(?:Error|Exception|Target): ", "", failure_line(details))
    last = re.sub(r": '[^']*'$", "", last)  # an encoder names its temporary file: not ours to say
    return re.sub(r"^\[Errno \d+\] ", "", last) or translate("animation_export", "unknown error")


def _not_written(name: str, reason: str) -> str:
    text = translate("animation_export", "Could not write {name}: {reason}. Nothing was written.")
    return text.format(name=name, reason=reason)


class AnimationExport(QObject):
    """The window's animation: an :class:`AnimationJob` advanced a step per event-loop
    turn, its frames encoded on a thread. ``progressed`` feeds a progress bar (the
    status bar's, with Cancel)."""

    finished = Signal(object)  # the path written, or None (cancelled or failed)
    message = Signal(str)
    progressed = Signal(int, int)  # frames encoded, frames in all

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._thread: BackgroundThread[EncodeWorker] = BackgroundThread(
            EncodeWorker(), "gdviz-animation", self
        )
        self._thread.progressed.connect(self._on_progress)
        self._thread.report(self._thread.worker.grid_computed, self._on_grid)
        self._thread.done.connect(self._on_done)
        self._thread.failed.connect(self._on_failed)
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)
        self._job: AnimationJob | None = None

    def start_threads(self) -> None:
        self._thread.start()

    @property
    def busy(self) -> bool:
        return self._job is not None

    def set_gentle(self, gentle: bool) -> None:
        """While a run trains, draw a frame every TRAINING_PAUSE_MS rather than every
        event-loop turn: the run's own redraws and the window keep their share."""
        self._timer.setInterval(TRAINING_PAUSE_MS if gentle else 0)

    def start(self, session: Session, request: AnimationRequest) -> None:
        """Make ``request``'s animation of ``session``, whose history is the live run's
        (not a copy: it is copied here, a slice per turn; see :meth:`hold_source`)."""
        self.cancel()
        self._job = AnimationJob(session, request, ThreadSink(self._thread))
        self.progressed.emit(0, len(self._job.epochs))
        self._timer.start()

    def hold_source(self) -> None:
        """The run is about to reuse its history: finish copying it now."""
        if self._job is not None:
            self._job.hold_source()

    def _step(self) -> None:
        job = self._job
        if job is None or job.waiting or job.phase is Phase.DONE:
            self._timer.stop()
            return
        try:
            job.advance()
        except Exception as exc:  # said, and nothing is left behind
            self._thread.send(self._thread.worker.abort)
            name = job.request.path.name
            self._end(None)
            self.message.emit(_not_written(name, str(exc)))
            return
        if job.waiting or job.phase is Phase.DONE:
            self._timer.stop()  # the grid, or the encoder's last word, comes from the thread

    def _on_grid(self, result: LandscapeResult) -> None:
        if self._job is not None:
            self._job.grid_ready(result)
            self._timer.start()

    def _on_progress(self, frames: int) -> None:
        if self._job is not None:
            self.progressed.emit(frames, len(self._job.epochs))

    def cancel(self) -> None:
        """Stop; the file is not written (a temporary one is removed)."""
        if self._job is None:
            return
        path = self._job.request.path
        self._thread.cancel()
        self._thread.send(self._thread.worker.abort)
        self._end(None)
        text = translate("animation_export", "Export of {name} cancelled: nothing was written.")
        self.message.emit(text.format(name=path.name))

    def _on_done(self, path: Path) -> None:
        self._end(path)
        self.message.emit(
            translate("animation_export", "Wrote the animation {path}.").format(path=path)
        )

    def _on_failed(self, details: str) -> None:
        if self._job is None:  # ended already (cancelled): nothing more to say
            return
        self._thread.send(self._thread.worker.abort)
        name = self._job.request.path.name
        self._end(None)
        self.message.emit(_not_written(name, _reason(details)))

    def _end(self, path: Path | None) -> None:
        self._timer.stop()
        if self._job is not None:
            self._job.close()
        self._job = None
        self.finished.emit(path)

    def shut_down(self) -> None:
        self._timer.stop()
        self._thread.shut_down()
