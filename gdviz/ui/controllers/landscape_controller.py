"""The loss landscape's grids, computed off the GUI thread as background jobs.

:class:`LandscapeController` decides when a new grid is needed: when the data
or the loss changed, or the points to show (path, start, current) left the
grid. Everything heavier than a comparison happens in the worker: the
optimum estimate (where the valley is, so the grid shows it), the grid
itself and its contour lines.
"""

from __future__ import annotations

import math

import numpy as np
from PySide6.QtCore import QObject, Signal

from gdviz.core.figures import landscape
from gdviz.core.figures.landscape import CLIP, LandscapeRequest, LandscapeResult, compute_result
from gdviz.core.figures.loss_slice import Slice
from gdviz.core.train.data import DataSet
from gdviz.core.train.model import Loss
from gdviz.core.train.penalty import NO_PENALTY, Penalty
from gdviz.ui.threads.jobs import BackgroundThread, Worker, failure_line


class LandscapeWorker(Worker):
    def __init__(self) -> None:
        super().__init__()
        # Per data set (and loss): a million rows are grouped once, not per redraw.
        self._optimum: tuple[DataSet, tuple[float, float]] | None = None
        self._groups: tuple[DataSet, Loss, landscape.Grouped] | None = None

    def compute(self, job_id: int, request: LandscapeRequest) -> None:
        if request.slice is not None:  # a slice: every row at every point, no grouping
            self.done.emit(job_id, compute_result(request, (math.nan, math.nan)))
            return
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
        groups = self._groups[2] if self._groups is not None else None
        self.done.emit(job_id, compute_result(request, self._optimum[1], groups))


class LandscapeController(QObject):
    """Keeps a grid that shows the data's loss around the points that matter."""

    grid_ready = Signal(object)  # LandscapeResult
    busy_changed = Signal(bool)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._jobs: BackgroundThread[LandscapeWorker] = BackgroundThread(
            LandscapeWorker(), "gdviz-landscape", self
        )
        self._jobs.done.connect(self._on_done)
        self._jobs.failed.connect(self._on_failed)
        self._jobs.busy_changed.connect(self.busy_changed)
        self.result: LandscapeResult | None = None
        self._asked: LandscapeRequest | None = None
        self._gave_up = False  # the last request failed: no retry until data or loss change

    def start_threads(self) -> None:
        self._jobs.start()

    def shut_down(self) -> None:
        self._jobs.shut_down()

    @property
    def busy(self) -> bool:
        return self._jobs.busy

    @property
    def grid(self) -> landscape.Grid | None:
        return self.result.grid if self.result is not None else None

    def follow(
        self,
        data: DataSet,
        loss: Loss,
        ws: np.ndarray,
        bs: np.ndarray,
        refit: bool = False,
        cut: Slice | None = None,
        penalty: Penalty = NO_PENALTY,
    ) -> None:
        """Make sure a grid of ``data`` and ``loss`` shows every point (ws[i], bs[i]);
        ``refit``: a new grid framed on just these points (and the optimum), even if the
        one shown holds them (View ▸ Fit view, after a wild run stretched it). ``cut``: a
        model with more than two parameters, the slice to show (a new one is computed when
        the other parameters have moved away from the one shown)."""
        finite = np.isfinite(ws) & np.isfinite(bs)
        if not finite.any():
            ws, bs = np.zeros(1), np.zeros(1)
        else:
            ws, bs = np.clip(ws[finite], -CLIP, CLIP), np.clip(bs[finite], -CLIP, CLIP)
        w_span = (float(ws.min()), float(ws.max()))
        b_span = (float(bs.min()), float(bs.max()))
        if not refit and self._shows(data, loss, w_span, b_span, cut, penalty):
            return
        asked = self._asked
        if (
            asked is not None
            and asked.data is data
            and asked.loss is loss
            and (asked.penalty == penalty)
        ):
            same = _same_slice(asked.slice, cut)
            covers = self._jobs.busy and asked.covers(w_span, b_span)
            if not refit and same and (self._gave_up or covers):
                return  # it failed for these, or the grid on its way will show them
        self._gave_up = False
        self._asked = LandscapeRequest(data, loss, w_span, b_span, cut, penalty)
        self._jobs.submit(self._jobs.worker.compute, self._asked)

    def _shows(
        self, data: DataSet, loss: Loss, w_span, b_span, cut: Slice | None, penalty: Penalty
    ) -> bool:
        result = self.result
        if result is None or result.request.data is not data or result.request.loss is not loss:
            return False
        if result.request.penalty != penalty:
            return False
        if not _same_slice(result.request.slice, cut):
            return False
        grid = result.grid
        return grid.contains(w_span[0], b_span[0]) and grid.contains(w_span[1], b_span[1])

    def _on_failed(self, details: str) -> None:
        self._gave_up = True
        self.failed.emit(failure_line(details))

    def _on_done(self, result: LandscapeResult) -> None:
        self.result = result
        self.grid_ready.emit(result)


def _same_slice(shown: Slice | None, wanted: Slice | None) -> bool:
    """True if the slice shown still stands for the one wanted (both None: the lesson's)."""
    if shown is None or wanted is None:
        return shown is wanted
    return not wanted.moved_from(shown)
