"""The true curve on the fit plot: data drawn from a known curve σ(w·x + b)
(:mod:`gdviz.core.train.generate`) shows it dashed, so a learner sees how near the
trained model came to the rule the rows were drawn by.

A view: it draws what it is given (the data, whether it is wanted) across whatever x
range the plot shows, so it follows the data, a pan and a zoom alike."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt

from gdviz.core.figures import palette
from gdviz.core.i18n import QT_TRANSLATE_NOOP, localise, translate
from gdviz.core.teach.words import MINUS
from gdviz.core.train.data import DataSet
from gdviz.core.train.generate import Recipe, truth_of
from gdviz.ui.views.fit_models import sigmoid_curve
from gdviz.ui.views.plots import PlotPanel

# Brown and dashed: apart from the model's green, the classes' and hidden units' blue and
# orange, and the threshold's wine, for colour-blind eyes too (tests/core/test_colour_vision.py).
TRUTH = palette.TRUTH
LEGEND_NAME = QT_TRANSLATE_NOOP("truth_curve", "true curve")
SAMPLES = 400


class TruthCurve:
    """The true curve of generated data on ``plot`` (hidden for other data, or when not
    wanted)."""

    def __init__(self, plot: PlotPanel) -> None:
        self._plot = plot
        self.recipe: Recipe | None = None  # the data's truth (None: the data has none)
        self.wanted = True
        self.curve = pg.PlotDataItem(
            pen=pg.mkPen(TRUTH, width=2.5, style=Qt.PenStyle.DashLine), name=LEGEND_NAME
        )
        self.curve.setZValue(-1)  # under the model's curve and the points
        # With label noise F the labels follow F + (1 − 2F)·σ(w·x + b): flatter than the
        # truth, and what a model fitted to them comes near.
        self.noisy = pg.PlotDataItem(pen=pg.mkPen(TRUTH, width=1.5, style=Qt.PenStyle.DotLine))
        self.noisy.setZValue(-1)
        item = plot.getPlotItem()
        item.addItem(self.curve, ignoreBounds=True)
        item.addItem(self.noisy, ignoreBounds=True)
        item.vb.sigXRangeChanged.connect(lambda *_: self._draw())
        self._show()

    @property
    def shown(self) -> bool:
        """True while the curve is drawn."""
        return self.curve.isVisible()

    def set_data(self, data: DataSet) -> None:
        """The data on view: its true curve, if it was generated."""
        self.recipe = truth_of(data)
        self._show()

    def set_wanted(self, on: bool) -> None:
        """View ▸ True curve: draw it (when the data has one) or not."""
        self.wanted = bool(on)
        self._show()

    def _show(self) -> None:
        on = self.wanted and self.recipe is not None
        noise = self.recipe.noise if self.recipe is not None else 0.0
        self.curve.setVisible(on)
        self.noisy.setVisible(on and noise > 0)
        entries = [(self.curve, translate("truth_curve", LEGEND_NAME))] if on else []
        if self.recipe is not None:
            tip = translate("truth_curve", "The true curve the rows were drawn from: {equation}")
            self.curve.setToolTip(localise(tip.format(equation=truth_equation(*self._wb()))))
            tip = translate(
                "truth_curve",
                "Each label was flipped with chance {noise}, so the labels follow "
                "{noise} + {slope}·σ(…): flatter than the true curve. A model "
                "fitted to these labels comes near this one.",
            )
            self.noisy.setToolTip(
                localise(tip.format(noise=f"{noise:g}", slope=f"{1 - 2 * noise:g}"))
            )
            if on and noise > 0:
                name = translate("truth_curve", "what the labels follow (noise {noise})")
                entries.append((self.noisy, localise(name.format(noise=f"{noise:g}"))))
        self._plot.set_legend_extras(entries, "truth")
        self._draw()

    def _wb(self) -> tuple[float, float]:
        r = self.recipe
        return (r.w, r.b) if r is not None else (np.nan, np.nan)

    def _draw(self) -> None:
        if not self.shown or self.recipe is None:
            self.curve.setData([], [])
            self.noisy.setData([], [])
            return
        x0, x1 = self._plot.getPlotItem().vb.viewRange()[0]
        x, p = sigmoid_curve(*self._wb(), np.linspace(x0, x1, SAMPLES))
        self.curve.setData(x, p)
        noise = self.recipe.noise
        self.noisy.setData(x, noise + (1.0 - 2.0 * noise) * p) if noise > 0 else self.noisy.setData(
            [], []
        )


def truth_equation(w: float, b: float) -> str:
    """``p = σ(1·x − 5)``: a true curve as its recipe gives it (no digits added)."""
    sign = MINUS if b < 0 else "+"
    return f"p = σ({w:g}·x {sign} {abs(b):g})".replace("-", MINUS)
