"""One row's step on the fit plot: the row ringed, its prediction on the curve, the error
between them and a label with the error and the loss (with two inputs: the row ringed
in the plane)."""

from __future__ import annotations

import math

import pyqtgraph as pg
from PySide6.QtCore import Qt

from gdviz.core.i18n import localise, translate
from gdviz.core.teach.words import MINUS, fixed
from gdviz.core.train.model import RowUpdate
from gdviz.core.train.network import NetRow


class RowMarks:
    """The marks of one row's step, added to a plot once and moved or hidden after."""

    def __init__(self, plot_item: pg.PlotItem) -> None:
        self.ring = pg.ScatterPlotItem(
            symbol="o", size=26, brush=None, pen=pg.mkPen("#ffb000", width=3)
        )
        self.prediction = pg.ScatterPlotItem(
            symbol="d", size=14, brush=pg.mkBrush("#ffb000"), pen=pg.mkPen("k")
        )
        self.error = pg.PlotDataItem(pen=pg.mkPen("#ffb000", width=2.5, style=Qt.PenStyle.DashLine))
        self.label = pg.TextItem(
            color="#7a5200", anchor=(0, 0.5), fill=pg.mkBrush(255, 248, 225, 230)
        )
        for it in (self.error, self.ring, self.prediction, self.label):
            plot_item.addItem(it, ignoreBounds=True)
        self.hide()

    def hide(self) -> None:
        for part in (self.ring, self.prediction, self.error, self.label):
            part.setVisible(False)

    def show(self, update: RowUpdate | NetRow, two_inputs: bool, threshold: float | None) -> None:
        """Mark ``update``'s row; its label on the side away from ``threshold`` (the x of
        the 0.5 line, None if none is drawn)."""
        if isinstance(update, NetRow) and two_inputs:
            self.ring.setData([update.x[0]], [update.x[1]])
            self.ring.setVisible(True)
            for part in (self.prediction, self.error, self.label):
                part.setVisible(False)
            return
        for part in (self.ring, self.prediction, self.error, self.label):
            part.setVisible(True)
        x = update.x[0] if isinstance(update, NetRow) else update.x
        y, p = update.y, update.p
        self.ring.setData([x], [y])
        self.prediction.setData([x], [p])
        self.error.setData([x, x], [y, p])
        error, loss = (
            localise(f"{v:.3g}".replace("-", MINUS)) for v in (update.error, update.loss)
        )
        self.label.setText(
            translate("fit_marks", "error = {error}\nloss = {loss}").format(error=error, loss=loss)
        )
        # On the side of the row away from the threshold's line (and its label).
        away = (1, 0.5) if threshold is not None and x < threshold else (0, 0.5)
        self.label.setAnchor(away)
        # Beside the error bar, but in the band between the points at p = 0 and p = 1.
        self.label.setPos(x, min(max((y + p) / 2, 0.22), 0.78))


class ThresholdMark:
    """Where the lesson's neuron decides: a dashed line at the x where p = t (the decision
    threshold, 0.5 unless the Metrics tab moves it: x = (ln(t/(1−t)) − b)/w) with a label,
    and, when the line is off the axis, a note at the edge it is beyond."""

    def __init__(self, plot_item: pg.PlotItem) -> None:
        self.t = 0.5
        # The label sits right of the line at p ≈ 0.25, where a rising curve is left of it.
        self.line = pg.InfiniteLine(
            angle=90,
            pen=pg.mkPen("#555", width=1.5, style=Qt.PenStyle.DashLine),
            label="",
            labelOpts={
                "position": 0.28,
                "color": "#333",
                "fill": (255, 255, 255, 200),
                "anchors": [(0, 0.5), (0, 0.5)],
            },
        )
        self.edge = pg.TextItem(color="#333", fill=(255, 255, 255, 200))
        self.edge.setVisible(False)
        plot_item.addItem(self.edge, ignoreBounds=True)

    def hide(self) -> None:
        self.line.setVisible(False)
        self.edge.setVisible(False)

    def show_for(self, w: float, b: float, visible: bool) -> None:
        """The line where σ(w·x + b) = t (hidden if there is none, or not ``visible``)."""
        logit = math.log(self.t / (1.0 - self.t))
        at = (logit - b) / w if w != 0 else math.nan
        if not math.isfinite(at):
            self.hide()
            return
        self.line.setPos(at)
        t, x = (localise(v.replace("-", MINUS)) for v in (f"{self.t:g}", fixed(at)))
        self.line.label.setFormat(translate("fit_marks", "p = {t} at x = {x}").format(t=t, x=x))
        self.line.setVisible(visible)

    def place(self, span: tuple[float, float], row_y: float | None) -> None:
        """The label on the side of its line with room (left of the line in the right
        part of the plot, so it is never cut off), and below or above the middle, away
        from a worked row's label (at ``row_y``)."""
        x0, x1 = span
        at = float(self.line.value())
        outside = self.line.isVisible() and not x0 <= at <= x1
        self.edge.setVisible(outside)
        if outside:  # the line is off the axis: say where, at the edge it is beyond
            text = self.line.label.format
            self.edge.setText(f"← {text}" if at < x0 else f"{text} →")
            self.edge.setAnchor((0, 0.5) if at < x0 else (1, 0.5))
            self.edge.setPos(x0 if at < x0 else x1, 0.28)
        side = (1, 0.5) if at > x0 + 0.6 * (x1 - x0) else (0, 0.5)
        height = 0.72 if row_y is not None and 0.1 < row_y < 0.45 else 0.28
        label = self.line.label
        if label.anchors != [side, side] or label.orthoPos != height:
            label.anchors = [side, side]
            label.setPosition(height)

    @property
    def side(self) -> str:
        """Which side of its line the label sits ("left" or "right")."""
        return "left" if self.line.label.anchors[0][0] == 1 else "right"
