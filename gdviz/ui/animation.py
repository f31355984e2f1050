"""Drawing a run's frames: offscreen copies of the plots, set to any epoch of the run.

:class:`AnimationStage` never touches the window's own plots, so a live run
goes on undisturbed while an animation is made. :func:`write_animation` draws
and encodes every frame in one go (``gdviz export --animation``);
:class:`AnimationExport` does the same in the window a frame per event-loop
turn, with the encoding on its own thread, progress and Cancel.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QEvent, QObject, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication, QGridLayout, QProgressDialog, QWidget

from gdviz.core import landscape
from gdviz.core.animation import AnimationRequest, Encoder, frame_epochs
from gdviz.core.runs import path_points
from gdviz.core.session import Session
from gdviz.ui import export
from gdviz.ui.fit_plot import FitPlot
from gdviz.ui.jobs import BackgroundThread, Worker
from gdviz.ui.landscape import LandscapePlot
from gdviz.ui.landscape_jobs import LandscapeRequest, compute_result
from gdviz.ui.loss_plot import LossPlot
from gdviz.ui.text import LOSS_NAMES, integer, number

STAGE_SIZE = (1060, 860)  # the plots' area of the window, as the dashboard lays them out
SINGLE_SIZE = (760, 560)


@dataclass
class _Prefix:
    """The first epochs of a history, as the loss plot reads one (no copy)."""

    loss: np.ndarray

    def __len__(self) -> int:
        return len(self.loss)


class AnimationStage:
    """The three plots, offscreen, showing ``session`` at any epoch."""

    def __init__(self, session: Session, view: str) -> None:
        self.session = session
        self.view = view
        s, h = session.settings, session.history
        self.container = QWidget()
        self.container.setAttribute(Qt.WidgetAttribute.WA_DontShowOnScreen, True)
        self.fit = FitPlot()
        self.landscape = LandscapePlot()
        self.loss = LossPlot()
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
        self.fit.set_data(session.data)
        self.loss.start_run(_Prefix(h.loss[:0]), max(1, len(h)), LOSS_NAMES[s.loss])
        self.landscape.set_start(*s.start)
        self._path_w, self._path_b = path_points(h.w, h.b)
        self._show_grid()
        # Lay out what was just added (the legends) now: no event loop runs between
        # here and the first frame.
        QApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)
        for plot in self.plots():
            plot.getPlotItem().layout.activate()

    def _show_grid(self) -> None:
        """One grid for the whole animation: around the whole path and the optimum."""
        s, data = self.session.settings, self.session.data
        ws = np.concatenate([[s.weight, self.session.w], self._path_w])
        bs = np.concatenate([[s.bias, self.session.b], self._path_b])
        ws, bs = ws[np.isfinite(ws)], bs[np.isfinite(bs)]
        request = LandscapeRequest(
            data,
            s.loss,
            (float(ws.min()), float(ws.max())),
            (float(bs.min()), float(bs.max())),
        )
        self.landscape.show_result(compute_result(request, landscape.optimum_estimate(data)))

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
    stage = AnimationStage(session, request.view)
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
    """Encodes frames on its own thread, so the window only draws them."""

    def __init__(self) -> None:
        super().__init__()
        self._encoder: Encoder | None = None

    def open(self, job_id: int, request: AnimationRequest, last: np.ndarray) -> None:
        self._encoder = Encoder(request, last.shape[1], last.shape[0], palette_from=last)

    def add(self, job_id: int, frame: np.ndarray) -> None:
        if self.stale(job_id):
            self.abort(job_id)
            return
        assert self._encoder is not None
        self._encoder.add(frame)
        self.progressed.emit(job_id, self._encoder.frames)

    def finish(self, job_id: int) -> None:
        assert self._encoder is not None
        path = self._encoder.finish()
        self._encoder = None
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
    """An animation made in the window: a frame drawn per event-loop turn (the window
    stays live), encoded on a thread, with a progress dialog and Cancel."""

    finished = Signal(object)  # the path written, or None (cancelled or failed)
    message = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._thread = BackgroundThread(EncodeWorker(), "gdviz-animation", self)
        self._thread.progressed.connect(self._on_encoded)
        self._thread.done.connect(self._on_done)
        self._thread.failed.connect(self._on_failed)
        self._thread.start()
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._draw_next)
        self._stage: AnimationStage | None = None
        self._epochs: np.ndarray = np.empty(0, dtype=np.int64)
        self._next = 0
        self._request: AnimationRequest | None = None
        self._dialog: QProgressDialog | None = None

    @property
    def busy(self) -> bool:
        return self._request is not None

    def start(self, session: Session, request: AnimationRequest) -> None:
        """Make ``request``'s animation of ``session`` (a copy of the run: it may go on)."""
        self.cancel()
        self._request = request
        self._stage = AnimationStage(session, request.view)
        self._epochs = frame_epochs(len(session.history), request.training_frames)
        last = rgb_array(self._stage.image(int(self._epochs[-1]), request.width))
        self._thread.submit("open", request, last)
        self._next = 0
        dialog = QProgressDialog(
            f"Writing {request.path.name}…", "Cancel", 0, len(self._epochs), self._parent
        )
        dialog.setObjectName("animationProgress")
        dialog.setWindowTitle("gdviz: export animation")
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self.cancel)
        self._dialog = dialog
        self._timer.start()

    def _draw_next(self) -> None:
        if self._stage is None or self._request is None:
            self._timer.stop()
            return
        if self._next >= len(self._epochs):
            self._timer.stop()
            self._thread.send("finish")
            return
        epoch = int(self._epochs[self._next])
        self._thread.send("add", rgb_array(self._stage.image(epoch, self._request.width)))
        self._next += 1

    def _on_encoded(self, frames: int) -> None:
        if self._dialog is not None:
            self._dialog.setValue(frames)

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
        self._thread.send("abort")
        reason = details.strip().splitlines()[-1]
        name = self._request.path.name if self._request else "the animation"
        self._end(None)
        self.message.emit(f"Could not write {name}: {reason}. Nothing was written.")

    def _end(self, path: Path | None) -> None:
        self._timer.stop()
        if self._stage is not None:
            self._stage.close()
            self._stage = None
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
        self._request = None
        self.finished.emit(path)

    def shut_down(self) -> None:
        self._timer.stop()
        self._thread.shut_down()
