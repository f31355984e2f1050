"""The held-out rows on the fit plot: drawn hollow, over their filled points, so the
rows never trained on stand out (a passed student a ring, a failed one an outlined
cross)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from gdviz.core.train.data import DataSet
from gdviz.ui.views.fit_plot import SUMMARY_ROWS as DRAWN_UP_TO  # beyond: pass rates
from gdviz.ui.views.plots import FAILED, PASSED


class HeldOutMarks:
    """Hollow marks over the validation rows of the fit plot's points."""

    def __init__(self, plot_item: pg.PlotItem) -> None:
        self.passed = pg.ScatterPlotItem(
            symbol="o", size=11, brush=pg.mkBrush("w"), pen=pg.mkPen(PASSED, width=2)
        )
        self.failed = pg.ScatterPlotItem(
            symbol="x", size=13, brush=pg.mkBrush("w"), pen=pg.mkPen(FAILED, width=1.5)
        )
        for item in (self.passed, self.failed):
            item.setZValue(5)  # over the filled points, under a row's step marks
            item.setToolTip("Hollow: held out for validation (never trained on)")
            plot_item.addItem(item, ignoreBounds=True)
        self.rows = 0  # how many are marked

    def show(self, data: DataSet, mask: np.ndarray | None) -> None:
        """Mark ``data``'s rows where ``mask`` is True (None: none; two inputs and big
        data are drawn otherwise, so none are marked there)."""
        if mask is None or data.inputs != 1 or len(data) > DRAWN_UP_TO:
            self.passed.setData([], [])
            self.failed.setData([], [])
            self.rows = 0
            return
        xs, ys = data.xs[mask], data.ys[mask]
        passed = ys >= 0.5
        self.passed.setData(xs[passed], ys[passed])
        self.failed.setData(xs[~passed], ys[~passed])
        self.rows = len(xs)

    def drawn(self) -> list[tuple[float, float]]:
        """The marked rows as (x, y), passed first."""
        out = []
        for item in (self.passed, self.failed):
            x, y = item.getData()
            out += list(zip(x.tolist(), y.tolist(), strict=True))
        return out
