"""The held-out rows on the fit plot: drawn hollow, over their filled points, so the
rows never trained on stand out (a passed student a ring, a failed one an outlined
cross)."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg

from gdviz.core.i18n import translate
from gdviz.core.train.data import DataSet
from gdviz.ui.views.fit_plot import SUMMARY_ROWS as DRAWN_UP_TO  # beyond: pass rates
from gdviz.ui.views.plots import FAILED, PASSED, PlotPanel


class HeldOutMarks:
    """Hollow marks over the validation rows of the fit plot's points."""

    def __init__(self, plot: PlotPanel) -> None:
        self._plot = plot
        plot_item = plot.getPlotItem()
        self.passed = pg.ScatterPlotItem(
            symbol="o", size=11, brush=pg.mkBrush("w"), pen=pg.mkPen(PASSED, width=2)
        )
        self.failed = pg.ScatterPlotItem(
            symbol="x", size=13, brush=pg.mkBrush("w"), pen=pg.mkPen(FAILED, width=1.5)
        )
        for item in (self.passed, self.failed):
            item.setZValue(5)  # over the filled points, under a row's step marks
            item.setToolTip(
                translate("held_marks", "Hollow: held out for validation (never trained on)")
            )
            plot_item.addItem(item, ignoreBounds=True)
        self.rows = 0  # how many are marked

    def show(self, data: DataSet, mask: np.ndarray | None) -> None:
        """Mark ``data``'s rows where ``mask`` is True (None: none): at (x, y), or with two
        inputs at (x₀, x₁) on the plane. Big data is drawn as pass rates (or a sample of
        rows, on the plane): nothing is marked then."""
        if mask is None or len(data) > DRAWN_UP_TO:
            self.passed.setData([], [])
            self.failed.setData([], [])
            self.rows = 0
            self._plot.set_legend_extras([], "held out")
            return
        xs, ys = data.xs[mask], data.ys[mask]
        up = data.x2[mask] if data.x2 is not None else ys  # the plane's, or p's axis
        passed = ys >= 0.5
        self.passed.setData(xs[passed], up[passed])
        self.failed.setData(xs[~passed], up[~passed])
        self.rows = len(xs)
        self._plot.set_legend_extras(
            [(self.passed, translate("held_marks", "hollow: held out"))], "held out"
        )

    def drawn(self) -> list[tuple[float, float]]:
        """The marked rows as (x, y), passed first."""
        out = []
        for item in (self.passed, self.failed):
            x, y = item.getData()
            out += list(zip(x.tolist(), y.tolist(), strict=True))
        return out
