"""What each plot shows now, in words, as its accessible description (a screen reader
reads it when the plot gets focus: the picture's gist for a learner who cannot see it).

:class:`PlotDescriptions` writes them after the presenter redraws, at most
:data:`DESCRIBE_PER_S` times a second (the last redraw is always described, a moment
later at most): a few string formats on the GUI thread, a count of the passed rows only
when the data changes.
"""

from __future__ import annotations

import math
import time
from typing import Protocol

import numpy as np
from PySide6.QtCore import QObject, QTimer

from gdviz.core.i18n import localise, translate
from gdviz.core.teach.words import LOSS_NAMES, integer, math_text, number
from gdviz.core.train.data import DataSet
from gdviz.core.train.network import Network
from gdviz.ui.controllers import generalisation
from gdviz.ui.controllers.landscape_controller import LandscapeController
from gdviz.ui.controllers.presenter import RunPresenter
from gdviz.ui.controllers.run_controller import RunController
from gdviz.ui.models import ViewModel
from gdviz.ui.views.fit_models import model_words
from gdviz.ui.views.fit_plot import FitPlot
from gdviz.ui.views.landscape_plot import LandscapePlot
from gdviz.ui.views.loss_plot import LossPlot
from gdviz.ui.views.metrics_panel import PARTS, MetricsPanel
from gdviz.ui.views.network_view import NetworkView
from gdviz.ui.views.plots import equation_text

DESCRIBE_PER_S = 4


class Described(Protocol):
    """What the descriptions read (the main window)."""

    run: RunController
    presenter: RunPresenter
    landscape: LandscapeController
    view: ViewModel
    fit_plot: FitPlot
    loss_plot: LossPlot
    landscape_plot: LandscapePlot
    network_view: NetworkView
    metrics_panel: MetricsPanel


class PlotDescriptions(QObject):
    """Keeps the fit, loss and landscape plots', the network view's and the metrics
    panel's accessible descriptions saying what they show."""

    def __init__(self, window: Described, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._w = window
        self._last = -math.inf  # when the descriptions were last written
        self._passed: tuple[DataSet | None, int] = (None, 0)
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.timeout.connect(self.describe)
        # After the presenter, the landscape plot and the metrics controller (connected
        # before): what they drew is what is described.
        window.presenter.redrawn.connect(self._on_changed)
        window.landscape.grid_ready.connect(self._on_changed)
        window.view.threshold_changed.connect(self._on_changed)
        window.metrics_panel.became_visible.connect(self._on_changed)
        self.describe()

    def _on_changed(self, *_: object) -> None:
        wait = self._last + 1 / DESCRIBE_PER_S - time.monotonic()
        if wait <= 0:
            self.describe()
        elif not self._later.isActive():
            self._later.start(math.ceil(wait * 1000))

    def describe(self) -> None:
        """Write every description now."""
        self._later.stop()
        self._last = time.monotonic()
        w, run = self._w, self._w.run
        params, epoch = w.presenter.shown_params()
        at = ""
        if epoch is not None:
            at = localise(translate("plot_descriptions", "epoch {n}: ").format(n=integer(epoch)))
        w.fit_plot.setAccessibleDescription(at + self.fit_text(run.network, params, run))
        w.network_view.canvas.setAccessibleDescription(at + network_text(run.network, params))
        w.loss_plot.setAccessibleDescription(loss_text(run, w.view.viewed_epoch))
        w.landscape_plot.setAccessibleDescription(landscape_text(w.landscape_plot))
        w.metrics_panel.setAccessibleDescription(metrics_text(w.metrics_panel))

    def fit_text(self, network: Network, params: tuple[float, ...], run: RunController) -> str:
        """``sigmoid p = σ(4.30·x − 10.51), 4 points, 2 passed``."""
        data = run.data
        if self._passed[0] is not data:
            self._passed = (data, int(np.count_nonzero(data.ys >= 0.5)))
        points = translate("plot_descriptions", "{n} points, {passed} passed").format(
            n=integer(len(data)), passed=integer(self._passed[1])
        )
        held = run.held_out
        if held is not None:
            points += translate("plot_descriptions", ", {n} held out").format(
                n=integer(int(np.count_nonzero(held)))
            )
        return f"{model_text(network, params)}, {localise(points)}"


def model_text(network: Network, params: tuple[float, ...]) -> str:
    """The model drawn, with its numbers as the plot shows them."""
    if not all(map(math.isfinite, params)):
        return translate(
            "plot_descriptions",
            "no curve: the parameters are not finite numbers (the run diverged)",
        )
    if network.is_lesson:
        text = translate("plot_descriptions", "sigmoid {equation}")
        return localise(text.format(equation=equation_text(params[0], params[-1])))
    if not network.hidden:
        w0, w1, b = (math_text(v, 2) for v in params)
        text = translate("plot_descriptions", "sigmoid of both inputs {equation}")
        return localise(text.format(equation=f"p = σ({w0}·x₀ + {w1}·x₁ + {b})"))
    return f"{model_words(network)}, {parameters(len(params))}"


def parameters(n: int) -> str:
    """``3 parameters`` in the window's language."""
    if n == 1:
        return translate("plot_descriptions", "1 parameter")
    return localise(translate("plot_descriptions", "{n} parameters").format(n=integer(n)))


def network_text(network: Network, params: tuple[float, ...]) -> str:
    """``the lesson's neuron: p = σ(w·x + b), w = 4.30, b = −10.51``."""
    values = ", ".join(
        f"{name} = {math_text(v, 2)}" for name, v in zip(network.names, params, strict=True)
    )
    if len(params) > 6:  # a picture of many: the reader hears its shape, not every weight
        return f"{model_words(network)}, {parameters(len(params))}"
    return localise(f"{model_words(network)}, {values}")


def loss_text(run: RunController, viewed: int | None) -> str:
    """``cross-entropy over 1,000 epochs, last loss 0.0291`` (with rows held out: both
    means)."""
    h, name = run.history, translate("words", LOSS_NAMES[run.settings.loss])
    n = len(h)
    if not n:
        return translate("plot_descriptions", "{loss}: no epoch trained yet").format(loss=name)
    text = (
        translate("plot_descriptions", "{loss} over 1 epoch, last {losses}")
        if n == 1
        else translate("plot_descriptions", "{loss} over {n} epochs, last {losses}")
    )
    text = text.format(loss=name, n=integer(n), losses=generalisation.last_losses(run))
    if viewed is not None:
        k = min(viewed, n - 1)
        text += translate("plot_descriptions", "; viewing epoch {n}, loss {loss}").format(
            n=integer(k), loss=number(float(h.loss[k]))
        )
    if run.divergence is not None:
        text += translate("plot_descriptions", "; diverged at epoch {n}").format(
            n=integer(run.divergence.epoch)
        )
    return localise(text)


def landscape_text(plot: LandscapePlot) -> str:
    """``total loss over weight w from −2.00 to 10.00, bias b from …, the run at (4.30,
    −10.51)``."""
    result = plot.result
    if result is None:
        return translate("plot_descriptions", "loss landscape: not computed yet")
    item = plot.getPlotItem()
    across, up = item.getAxis("bottom").labelText, item.getAxis("left").labelText
    g = result.grid
    text = translate(
        "plot_descriptions", "total loss over {across} from {x0} to {x1}, {up} from {y0} to {y1}"
    ).format(
        across=across,
        up=up,
        x0=math_text(g.w[0], 2),
        x1=math_text(g.w[-1], 2),
        y0=math_text(g.b[0], 2),
        y1=math_text(g.b[-1], 2),
    )
    xs, ys = plot.current.getData()
    if xs is not None and len(xs):
        x, y = math_text(float(xs[0]), 2), math_text(float(ys[0]), 2)
        text += translate("plot_descriptions", ", the run at ({x}, {y})").format(x=x, y=y)
    return localise(text)


def metrics_text(panel: MetricsPanel) -> str:
    """``threshold 0.5; training: accuracy 75.0% (3 of 4), precision …, recall …``."""
    threshold = translate("plot_descriptions", "threshold {t}")
    parts = [localise(threshold.format(t=f"{panel.threshold_spin.value():g}"))]
    for key in PARTS:
        if panel.shown.get(key) is None:
            continue
        values = ", ".join(
            f"{translate('metrics_panel', name).lower()} {label.text().replace(chr(0xA0), ' ')}"
            for name, label in panel.values[key].items()
        )
        part = (
            translate("plot_descriptions", "train")
            if key == "train"
            else translate("plot_descriptions", "validation")
        )
        parts.append(f"{part}: {values}")
    if len(parts) == 1:
        parts.append(panel.note.text() or translate("plot_descriptions", "no counts shown"))
    return "; ".join(parts)
