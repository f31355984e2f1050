"""A run's frames: offscreen copies of the plots, set to any epoch of the run.

:class:`AnimationStage` never touches the window's own plots, so a live run goes on
undisturbed while an animation is made (see :mod:`gdviz.ui.controllers.animation_export`).
"""

from __future__ import annotations

import math
from collections.abc import Iterator
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QEvent, QRect, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter
from PySide6.QtWidgets import QApplication, QGridLayout, QWidget

from gdviz.core.figures import landscape
from gdviz.core.figures.landscape import LandscapeRequest, LandscapeResult, compute_result
from gdviz.core.figures.loss_slice import Slice, default_axes
from gdviz.core.figures.runs import thinned_path
from gdviz.core.i18n import localise, translate
from gdviz.core.io.session import Session
from gdviz.core.teach.words import LOSS_NAMES, integer, number
from gdviz.ui.views import images
from gdviz.ui.views.fit_plot import FitPlot
from gdviz.ui.views.landscape_plot import TITLE, LandscapePlot
from gdviz.ui.views.loss_plot import LossPlot

STAGE_SIZE = (1060, 860)  # the plots' area of the window, as the dashboard lays them out
SINGLE_SIZE = (760, 560)


@dataclass
class _Prefix:
    """The first epochs of a history, as the loss plot reads one (no copy)."""

    loss: np.ndarray
    val_loss: np.ndarray | None = None  # with rows held out

    def __len__(self) -> int:
        return len(self.loss)


@dataclass
class Snapshot:
    """What an animation reads of a run's history (the loss, and the parameters every
    ``param_stride`` epochs), copied so the run may go on, or reset, meanwhile."""

    loss: np.ndarray
    params: np.ndarray  # one row per parameter
    param_stride: int
    val_loss: np.ndarray | None = None  # with rows held out (small: copied at once)

    def __len__(self) -> int:
        return len(self.loss)

    @property
    def w(self) -> np.ndarray:
        return self.params[0]

    @property
    def b(self) -> np.ndarray:
        return self.params[-1]


def _first(values: np.ndarray | None, n: int) -> np.ndarray | None:
    return None if values is None else values[:n]


def landscape_request(session: Session) -> LandscapeRequest:
    """The one grid of an animation: around the whole path, the start and the end (for a
    model with more than two parameters, the slice through where the run ended, along
    the landscape's first two axes)."""
    s, network = session.settings, session.network
    a, b = default_axes(network)
    path = thinned_path(session.start_params, session.history.params)
    ws = np.concatenate([[session.params[a]], path[a]])
    bs = np.concatenate([[session.params[b]], path[b]])
    ws, bs = ws[np.isfinite(ws)], bs[np.isfinite(bs)]
    cut = None if network.is_lesson else Slice(network, session.params, (a, b))
    return LandscapeRequest(
        session.fit_data,
        s.loss,
        (float(ws.min()), float(ws.max())),
        (float(bs.min()), float(bs.max())),
        cut,
        s.penalty,
    )


def landscape_result(request: LandscapeRequest) -> LandscapeResult:
    if request.slice is not None:
        return compute_result(request, (math.nan, math.nan))
    return compute_result(request, landscape.optimum_estimate(request.data))


class AnimationStage:
    """The three plots, offscreen, showing ``session`` at any epoch (``landscape_grid``:
    the landscape to draw on, computed here if not given)."""

    def __init__(self) -> None:
        self.container: QWidget | None = None  # made by build(), taken down by close()

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
        rows = session.fit_rows if s.validation is not None else None
        self.loss.start_run(
            _Prefix(h.loss[:0], _first(h.val_loss, 0)), max(1, len(h)), LOSS_NAMES[s.loss], rows
        )
        network = session.network
        self._axes = default_axes(network)
        a, b = self._axes
        self.landscape.set_axes_names(
            None if network.is_lesson else (network.names[a], network.names[b])
        )
        self.landscape.set_start(*s.start)
        self._path = thinned_path(session.start_params, h.params)
        self.landscape.show_result(landscape_grid or landscape_result(landscape_request(session)))
        if not network.is_lesson:  # one map for every frame: say which one it is
            note = translate("animation_stage", "a slice along {a} and {b} where the run ended")
            self.landscape.set_title(
                translate("landscape_plot", TITLE),
                note.format(a=network.names[a], b=network.names[b]),
            )
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
        h = self.session.history
        index = epoch // h.param_stride
        params = tuple(h.params[:, index].tolist())
        self.fit.show_model(self.session.network, params)
        self.loss.set_history(_Prefix(h.loss[: epoch + 1], _first(h.val_loss, epoch + 1)))
        a, b = self._axes
        steps = self._path.shape[1] - 1  # the start, then the thinned path
        shown = max(1, round(steps * (index + 1) / max(1, h.params.shape[1])))
        xs, ys = self._path[a], self._path[b]
        self.landscape.show_path((xs[0], ys[0]), xs[1 : shown + 1], ys[1 : shown + 1],
                                 (params[a], params[b]))  # fmt: skip
        self.landscape.show_current(params[a], params[b])

    def image(self, epoch: int, width: int) -> QImage:
        """The frame for ``epoch``, ``width`` pixels wide, with the epoch and loss in a corner."""
        self.show_epoch(epoch)
        plots = self.plots()
        h = self.session.history
        if self.view == "dashboard":
            picture = images.dashboard_image(plots, images.caption(self.session, epoch), width)
            # The label goes in the loss plot's top-right corner, where a falling loss
            # leaves room.
            loss_rect = images.plot_rects(plots, width)[2]
        else:
            picture = images.plot_image(plots[0], width)
            loss_rect = picture.rect()
        label = translate("animation_stage", "epoch {n} · loss {loss}")
        label = localise(label.format(n=integer(epoch + 1), loss=number(float(h.loss[epoch]))))
        _corner(picture, label, loss_rect)
        return picture

    def close(self) -> None:
        if self.container is not None:
            self.container.close()
            self.container.deleteLater()
            self.container = None


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
