"""Drawing a run's frames: offscreen copies of the plots, set to any epoch of the run.

:class:`AnimationStage` never touches the window's own plots, so a live run
goes on undisturbed while an animation is made. :func:`write_animation` draws
and encodes every frame in one go (``gdviz export --animation``);
:class:`AnimationExport` does the same in the window a frame per event-loop
turn, with the encoding on its own thread, progress and Cancel.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication, QGridLayout, QWidget

from gdviz.core.figures import landscape
from gdviz.core.figures.runs import path_points
from gdviz.core.io.session import Session
from gdviz.core.io.video import AnimationRequest, Encoder, frame_epochs
from gdviz.core.teach.words import LOSS_NAMES, integer, number
from gdviz.ui.controllers.landscape_controller import LandscapeRequest, compute_result
from gdviz.ui.threads.jobs import BackgroundThread, Worker, failure_line
from gdviz.ui.views import images as export
from gdviz.ui.views.fit_plot import FitPlot
from gdviz.ui.views.landscape_plot import LandscapePlot
from gdviz.ui.views.loss_plot import LossPlot

TRAINING_PAUSE_MS = 30
STAGE_SIZE = (1060, 860)  # the plots' area of the window, as the dashboard lays them out
SINGLE_SIZE = (760, 560)


@dataclass
class _Prefix:
    """The first epochs of a history, as the loss plot reads one (no copy)."""

    loss: np.ndarray

    def __len__(self) -> int:
        return len(self.loss)


@dataclass
class Snapshot:
    """What an animation reads of a run's history (the loss, and w, b every
    ``param_stride`` epochs), copied so the run may go on, or reset, meanwhile."""

    loss: np.ndarray
    w: np.ndarray
    b: np.ndarray
    param_stride: int

    def __len__(self) -> int:
        return len(self.loss)


def landscape_request(session: Session) -> LandscapeRequest:
    """The one grid of an animation: around the whole path, the start and the end."""
    s, h = session.settings, session.history
    path_w, path_b = path_points(h.w, h.b)
    ws = np.concatenate([[s.weight, session.w], path_w])
    bs = np.concatenate([[s.bias, session.b], path_b])
    ws, bs = ws[np.isfinite(ws)], bs[np.isfinite(bs)]
    return LandscapeRequest(
        session.data,
        s.loss,
        (float(ws.min()), float(ws.max())),
        (float(bs.min()), float(bs.max())),
    )


def landscape_result(request: LandscapeRequest):
    return compute_result(request, landscape.optimum_estimate(request.data))


class AnimationStage:
    """The three plots, offscreen, showing ``session`` at any epoch (``landscape_grid``:
    the landscape to draw on, computed here if not given)."""

    @classmethod
    def built(cls, session: Session, view: str, landscape_grid=None) -> AnimationStage:
        """A stage set up in one go."""
        stage = cls()
        for _ in stage.build(session, view, landscape_grid):
            pass
        return stage

    def build(self, session: Session, view: str, landscape_grid=None) -> Iterator[None]:
        """Set the stage up, pausing (yielding) between the steps that take a while: the
        window builds it a step per event-loop turn."""
        self.session = session
        self.view = view
        s, h = session.settings, session.history
        self.container = QWidget()
        self.container.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        self.fit = FitPlot()
        yield
        self.landscape = LandscapePlot()
        yield
        self.loss = LossPlot()
        yield
        grid = QGridLayout(self.container)
        grid.setContentsMargins(0, 0, 0, 0)
        if view == "dashboard":
            grid.addWidget(self.fit, 0, 0)
            grid.addWidget(self.landscape, 0, 1)
            grid.addWidget(self.loss, 1, 0, 1, 2)
            grid.setColumnStretch(0, 56)
            grid.setColumnStretch(1, 44)
            grid.setRowStretch(0, 58)
            grid.setRowStretch(1, 42)
            self.container.resize(*STAGE_SIZE)
        else:
            grid.addWidget({"fit": self.fit, "landscape": self.landscape, "loss": self.loss}[view])
            self.container.resize(*SINGLE_SIZE)
        self.container.show()  # laid out, never on screen
        yield
        self.fit.set_data(session.data)
        self.loss.start_run(_Prefix(h.loss[:0]), max(1, len(h)), LOSS_NAMES[s.loss])
        self.landscape.set_start(*s.start)
        self._path_w, self._path_b = path_points(h.w, h.b)
        self.landscape.show_result(landscape_grid or landscape_result(landscape_request(session)))
        yield
        # Lay out what was just added (the legends) now: no event loop runs between
        # here and the first frame.
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        for plot in self.plots():
            plot.getPlotItem().layout.activate()

    def plots(self) -> list:
        if self.view == "dashboard":
            return [self.fit, self.landscape, self.loss]
        return [{"fit": self.fit, "landscape": self.landscape, "loss": self.loss}[self.view]]

    def show_epoch(self, epoch: int) -> None:
        """Every plot as it was after ``epoch`` (0-based)."""
        h, s = self.session.history, self.session.settings
        index = epoch // h.param_stride
        w, b = float(h.w[index]), float(h.b[index])
        self.fit.set_model(w, b)
        self.loss.set_history(_Prefix(h.loss[: epoch + 1]))
        shown = max(1, round(len(self._path_w) * (index + 1) / max(1, len(h.w))))
        self.landscape.show_path(s.start, self._path_w[:shown], self._path_b[:shown], (w, b))
        self.landscape.show_current(w, b)

    def image(self, epoch: int, width: int) -> QImage:
        """The frame for ``epoch``, ``width`` pixels wide, with the epoch and loss in a corner."""
        self.show_epoch(epoch)
        plots = self.plots()
        h = self.session.history
        if self.view == "dashboard":
            picture = export.dashboard_image(plots, export.caption(self.session, epoch), width)
            # The label goes in the loss plot's top-right corner, where a falling loss
            # leaves room.
            loss_rect = export.plot_rects(plots, width)[2]
        else:
            picture = export.plot_image(plots[0], width)
            loss_rect = picture.rect()
        label = f"epoch {integer(epoch + 1)} · loss {number(float(h.loss[epoch]))}"
        _corner(picture, label, loss_rect)
        return picture

    def close(self) -> None:
        self.container.close()
        self.container.deleteLater()


def _reason(details: str) -> str:
    """A failure's last line, without the exception's name and errno:
    ``OSError: [Errno 28] No space left on device`` -> ``No space left on device``."""
    last = re.sub(r"^[\w.]+(Error|Exception): ", "", failure_line(details))
    return re.sub(r"^\[Errno \d+\] ", "", last) or "unknown error"


def _corner(image: QImage, text: str, area: QRect) -> None:
    """``text`` in a box at the top right of ``area``, below its title."""
    painter = QPainter(image)
    try:
        font = QFont()
        font.setPixelSize(max(11, image.width() // 60))
        font.setBold(True)
        painter.setFont(font)
        metrics = painter.fontMetrics()
        pad = font.pixelSize() // 2
        box = QRect(0, 0, metrics.horizontalAdvance(text) + 2 * pad, metrics.height() + pad)
        box.moveRight(area.right() - 3 * pad)
        box.moveTop(area.top() + area.height() // 9)
        painter.fillRect(box, QColor(255, 255, 255, 225))
        painter.setPen(QColor("#6a3d9a"))
        painter.drawText(box, Qt.AlignmentFlag.AlignCenter, text)
    finally:
        painter.end()


def rgb_array(image: QImage) -> np.ndarray:
    """An image's pixels as a height x width x 3 uint8 array (a copy)."""
    image = image.convertToFormat(QImage.Format.Format_RGB888)
    rows = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), -1)
    return rows[:, : image.width() * 3].reshape(image.height(), image.width(), 3).copy()


def write_animation(
    session: Session, request: AnimationRequest, between: Callable[[], None] | None = None
) -> Path:
    """Draw and encode every frame (``between`` runs after each: it may raise to stop;
    nothing is then left behind)."""
    stage = AnimationStage.built(session, request.view)
    try:
        epochs = frame_epochs(len(session.history), request.training_frames)
        # The last frame first: it holds every colour, for a GIF's one palette.
        last = rgb_array(stage.image(int(epochs[-1]), request.width))
        encoder = Encoder(request, last.shape[1], last.shape[0], palette_from=last)
        try:
            for epoch in epochs:
                if between is not None:
                    between()
                encoder.add(rgb_array(stage.image(int(epoch), request.width)))
            return encoder.finish()
        except BaseException:
            encoder.abort()
            raise
    finally:
        stage.close()


class EncodeWorker(Worker):
    """Computes the animation's landscape and encodes its frames on its own thread, so
    the window only draws them."""

    def __init__(self) -> None:
        super().__init__()
        self._encoder: Encoder | None = None

    def grid(self, job_id: int, request: LandscapeRequest) -> None:
        result = landscape_result(request)
        if not self.stale(job_id):
            self.progressed.emit(job_id, result)

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
        path = encoder.finish()  # removes its temporary file if it fails
        self.done.emit(job_id, path)

    def abort(self, job_id: int) -> None:
        if self._encoder is not None:
            self._encoder.abort()
            self._encoder = None

    def stop_activity(self) -> None:
        if self._encoder is not None:  # shut down mid-export: leave nothing behind
            self._encoder.abort()
            self._encoder = None


class AnimationExport(QObject):
    """An animation made in the window, a step per event-loop turn so the window stays
    live (the run too): copy the run's history in slices, compute the landscape on the
    encoding thread, build the offscreen plots, then draw a frame per turn while the
    thread encodes. ``progressed`` feeds a progress bar (the window's status bar, with
    Cancel); a cancel or failure leaves no file."""

    finished = Signal(object)  # the path written, or None (cancelled or failed)
    message = Signal(str)
    progressed = Signal(int, int)  # frames encoded, frames in all

    COPY_SLICE = 1 << 21  # epochs of loss copied per turn (~3 ms)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._thread = BackgroundThread(EncodeWorker(), "gdviz-animation", self)
        self._thread.progressed.connect(self._on_progress)
        self._thread.done.connect(self._on_done)
        self._thread.failed.connect(self._on_failed)
        self._thread.start()
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)
        self._stage: AnimationStage | None = None
        self._epochs: np.ndarray = np.empty(0, dtype=np.int64)
        self._next = 0
        self._request: AnimationRequest | None = None
        self._session: Session | None = None
        self._source: np.ndarray | None = None  # the run's loss, until copied
        self._copied = 0
        self._grid = None
        self._building: Iterator[None] | None = None
        self._phase = ""

    @property
    def busy(self) -> bool:
        return self._request is not None

    def set_gentle(self, gentle: bool) -> None:
        """While a run trains, draw a frame every TRAINING_PAUSE_MS rather than every
        event-loop turn: the run's own redraws and the window keep their share."""
        self._timer.setInterval(TRAINING_PAUSE_MS if gentle else 0)

    def start(self, session: Session, request: AnimationRequest) -> None:
        """Make ``request``'s animation of ``session``, whose history is the live run's
        (not a copy: it is copied here, a slice per turn; see :meth:`hold_source`)."""
        self.cancel()
        h = session.history
        if not len(h):
            raise ValueError("the run has no epochs to animate yet")
        self._request = request
        self._source = h.loss
        loss = np.empty(len(h))
        # w and b are compacted in place as a long run grows: copy them now (small).
        snapshot = Snapshot(loss, h.w.copy(), h.b.copy(), h.param_stride)
        self._session = replace(session, history=snapshot)
        self._copied = 0
        self._epochs = frame_epochs(len(h), request.training_frames)
        self._next = 0
        self._phase = "copy"
        self.progressed.emit(0, len(self._epochs))
        self._timer.start()

    def hold_source(self) -> None:
        """The run is about to reuse its history: finish copying it now."""
        if self._source is not None and self._session is not None:
            self._copy(len(self._source))

    def _copy(self, until: int) -> None:
        assert self._source is not None and self._session is not None
        loss = self._session.history.loss
        loss[self._copied : until] = self._source[self._copied : until]
        self._copied = until
        if until >= len(loss):
            self._source = None

    def _step(self) -> None:
        if self._request is None or self._session is None:
            self._timer.stop()
            return
        try:
            self._advance()
        except Exception as exc:  # said, and nothing is left behind
            self._thread.send("abort")
            name = self._request.path.name
            self._end(None)
            self.message.emit(f"Could not write {name}: {exc}. Nothing was written.")

    def _advance(self) -> None:
        assert self._request is not None and self._session is not None
        if self._phase == "copy":
            if self._source is not None:
                total = len(self._session.history)
                self._copy(min(total, self._copied + self.COPY_SLICE))
            if self._source is None:
                self._phase = "grid"
                self._timer.stop()  # until the grid arrives
                self._thread.submit("grid", landscape_request(self._session))
        elif self._phase == "stage":
            if self._building is None:
                self._stage = AnimationStage()
                self._building = self._stage.build(self._session, self._request.view, self._grid)
            try:
                next(self._building)
            except StopIteration:
                self._building = None
                self._phase = "palette"
        elif self._phase == "palette":
            # The last frame first: it holds every colour, for a GIF's one palette.
            last = rgb_array(self._stage.image(int(self._epochs[-1]), self._request.width))
            self._thread.send("open", self._request, last)
            self._phase = "frames"
        elif self._next < len(self._epochs):
            epoch = int(self._epochs[self._next])
            self._thread.send("add", rgb_array(self._stage.image(epoch, self._request.width)))
            self._next += 1
        else:
            self._timer.stop()
            self._thread.send("finish")

    def _on_progress(self, payload: object) -> None:
        if isinstance(payload, int):
            self.progressed.emit(payload, len(self._epochs))
        elif self._phase == "grid":
            self._grid = payload
            self._phase = "stage"
            self._timer.start()

    def cancel(self) -> None:
        """Stop; the file is not written (a temporary one is removed)."""
        if self._request is None:
            return
        path = self._request.path
        self._thread.cancel()
        self._thread.send("abort")
        self._end(None)
        self.message.emit(f"Export of {path.name} cancelled: nothing was written.")

    def _on_done(self, path: Path) -> None:
        self._end(path)
        self.message.emit(f"Wrote the animation {path}.")

    def _on_failed(self, details: str) -> None:
        if self._request is None:  # ended already (cancelled): nothing more to say
            return
        self._thread.send("abort")
        name = self._request.path.name
        self._end(None)
        self.message.emit(f"Could not write {name}: {_reason(details)}. Nothing was written.")

    def _end(self, path: Path | None) -> None:
        self._timer.stop()
        self._request = None
        self._session = None
        self._source = None
        self._grid = None
        self._phase = ""
        self._building = None
        if self._stage is not None and hasattr(self._stage, "container"):
            self._stage.close()
        self._stage = None
        self.finished.emit(path)

    def shut_down(self) -> None:
        self._timer.stop()
        self._thread.shut_down()
