"""The loss landscape's grids, computed off the GUI thread as background jobs.

:class:`LandscapeController` decides when a new grid is needed: when the data
or the loss changed, or the points to show (path, start, current) left the
grid. Everything heavier than a comparison happens in the worker: the
optimum estimate (where the valley is, so the grid shows it), the grid
itself and its contour lines.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QObject, Signal

from gdviz.core.figures import landscape
from gdviz.core.train.data import DataSet
from gdviz.core.train.model import Loss
from gdviz.ui.threads.jobs import BackgroundThread, Worker, failure_line

CONTOURS = 9
CLIP = 1e4  # grids never span beyond |w|, |b| <= CLIP


@dataclass(frozen=True)
class LandscapeRequest:
    data: DataSet
    loss: Loss
    w_span: tuple[float, float]  # what the grid must show, before margins
    b_span: tuple[float, float]

    def covers(self, w_span: tuple[float, float], b_span: tuple[float, float]) -> bool:
        return (
            self.w_span[0] <= w_span[0]
            and w_span[1] <= self.w_span[1]
            and self.b_span[0] <= b_span[0]
            and b_span[1] <= self.b_span[1]
        )


@dataclass(frozen=True)
class LandscapeResult:
    request: LandscapeRequest
    grid: landscape.Grid
    contour_w: np.ndarray  # contour segments in (w, b), two points each
    contour_b: np.ndarray


def compute_result(
    request: LandscapeRequest, optimum: tuple[float, float], groups: landscape.Grouped | None = None
) -> LandscapeResult:
    """The grid around the request's span and ``optimum``, with its contour lines.

    ``groups``: the request's data already grouped for its loss, if at hand.
    """
    ws = np.clip([*request.w_span, optimum[0]], -CLIP, CLIP)
    bs = np.clip([*request.b_span, optimum[1]], -CLIP, CLIP)
    ws, bs = ws[np.isfinite(ws)], bs[np.isfinite(bs)]
    w_range, b_range = landscape.fit_ranges(ws, bs)
    grid = landscape.compute(groups or request.data, request.loss, w_range, b_range)
    rows, cols = [], []
    for level in landscape.contour_levels(grid.loss, CONTOURS):
        r, c = landscape.contour_segments(grid.loss, level)
        rows.append(r)
        cols.append(c)
    r = np.concatenate(rows) if rows else np.empty(0)
    c = np.concatenate(cols) if cols else np.empty(0)
    dw = (grid.w[-1] - grid.w[0]) / (len(grid.w) - 1)
    db = (grid.b[-1] - grid.b[0]) / (len(grid.b) - 1)
    return LandscapeResult(request, grid, grid.w[0] + c * dw, grid.b[0] + r * db)


class LandscapeWorker(Worker):
    def __init__(self) -> None:
        super().__init__()
        # Per data set (and loss): a million rows are grouped once, not per redraw.
        self._optimum: tuple[DataSet, tuple[float, float]] | None = None
        self._groups: tuple[DataSet, Loss, landscape.Grouped] | None = None

    def compute(self, job_id: int, request: LandscapeRequest) -> None:
        if self._optimum is None or self._optimum[0] is not request.data:
            self._optimum = (request.data, landscape.optimum_estimate(request.data))
        if self.stale(job_id):
            return
        cached = self._groups
        if cached is None or cached[0] is not request.data or cached[1] is not request.loss:
            limit = landscape.MAX_GROUPS[request.loss]
            self._groups = (request.data, request.loss, landscape.group_rows(request.data, limit))
        if self.stale(job_id):
            return
        self.done.emit(job_id, compute_result(request, self._optimum[1], self._groups[2]))


class LandscapeController(QObject):
    """Keeps a grid that shows the data's loss around the points that matter."""

    grid_ready = Signal(object)  # LandscapeResult
    busy_changed = Signal(bool)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs = BackgroundThread(LandscapeWorker(), "gdviz-landscape", self)
        self._jobs.done.connect(self._on_done)
        self._jobs.failed.connect(self._on_failed)
        self._jobs.busy_changed.connect(self.busy_changed)
        self.result: LandscapeResult | None = None
        self._asked: LandscapeRequest | None = None
        self._gave_up = False  # the last request failed: no retry until data or loss change

    def start(self) -> None:
        self._jobs.start()

    def shut_down(self) -> None:
        self._jobs.shut_down()

    @property
    def busy(self) -> bool:
        return self._jobs.busy

    @property
    def grid(self) -> landscape.Grid | None:
        return self.result.grid if self.result is not None else None

    def follow(self, data: DataSet, loss: Loss, ws: np.ndarray, bs: np.ndarray) -> None:
        """Make sure a grid of ``data`` and ``loss`` shows every point (ws[i], bs[i])."""
        finite = np.isfinite(ws) & np.isfinite(bs)
        if not finite.any():
            ws, bs = np.zeros(1), np.zeros(1)
        else:
            ws, bs = np.clip(ws[finite], -CLIP, CLIP), np.clip(bs[finite], -CLIP, CLIP)
        w_span = (float(ws.min()), float(ws.max()))
        b_span = (float(bs.min()), float(bs.max()))
        if self._shows(data, loss, w_span, b_span):
            return
        asked = self._asked
        if asked is not None and asked.data is data and asked.loss is loss:
            if self._gave_up or (self._jobs.busy and asked.covers(w_span, b_span)):
                return  # it failed for these, or the grid on its way will show them
        self._gave_up = False
        self._asked = LandscapeRequest(data, loss, w_span, b_span)
        self._jobs.submit("compute", self._asked)

    def _shows(self, data: DataSet, loss: Loss, w_span, b_span) -> bool:
        result = self.result
        if result is None or result.request.data is not data or result.request.loss is not loss:
            return False
        grid = result.grid
        return grid.contains(w_span[0], b_span[0]) and grid.contains(w_span[1], b_span[1])

    def _on_failed(self, details: str) -> None:
        self._gave_up = True
        self.failed.emit(failure_line(details))

    def _on_done(self, result: LandscapeResult) -> None:
        self.result = result
        self.grid_ready.emit(result)
