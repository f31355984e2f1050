"""Feeds the Metrics tab: the confusion counts of the model on view at the decision
threshold, for the training rows and the held-out ones.

The threshold is the :class:`~gdviz.ui.models.ViewModel`'s: the tab's box and the line on
the fit plot set it there and both show it. The counts follow the presenter's redraws
(at most 25 a second while training, and every travel back on the loss plot), are only
made while the tab is on view, and keep each model's p, so moving the threshold only
counts again.
"""

from __future__ import annotations

import math
import time

import numpy as np
from PySide6.QtCore import QObject, QTimer

from gdviz.core.i18n import localise, translate
from gdviz.core.io.predict import model_probabilities
from gdviz.core.run.state import RunState
from gdviz.core.teach.words import integer, shown_rows
from gdviz.core.train.data import DataSet
from gdviz.core.train.metrics import confusion
from gdviz.core.train.network import Network
from gdviz.core.train.network_arrays import forward_array
from gdviz.core.train.split import held_out, split_problem
from gdviz.ui.controllers.presenter import RunPresenter
from gdviz.ui.controllers.run_controller import RunController
from gdviz.ui.models import ViewModel
from gdviz.ui.views.fit_plot import FitPlot
from gdviz.ui.views.metrics_panel import MetricsPanel, Part
from gdviz.ui.views.threshold_line import ThresholdLine

NEAR = 1e-9  # a p this close to t is taken from the rule's own forward pass
BUSY_SHARE = 0.1  # while training, counting takes at most this share of the GUI thread


class MetricsController(QObject):
    """Counts for the Metrics tab, and the threshold's line on the fit plot."""

    def __init__(
        self,
        run: RunController,
        presenter: RunPresenter,
        view: ViewModel,
        panel: MetricsPanel,
        fit_plot: FitPlot,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._run, self._presenter, self._view, self._panel = run, presenter, view, panel
        self._fit_plot = fit_plot
        self.line = ThresholdLine(fit_plot.getPlotItem())
        # The model whose p is kept: its data, network and parameters.
        self._model: tuple[DataSet, Network, tuple[float, ...]] | None = None
        self._p = np.empty(0)
        self._quiet_until = 0.0  # a big data set: no counting again before this
        self._later = QTimer(self)
        self._later.setSingleShot(True)
        self._later.timeout.connect(self.refresh)
        panel.threshold_edited.connect(self._on_threshold_set)
        self.line.dragged.connect(self._on_threshold_set)
        view.threshold_changed.connect(self._on_threshold_changed)
        presenter.redrawn.connect(self._on_redrawn)
        panel.became_visible.connect(self.refresh)
        self._on_threshold_changed(view.threshold)

    def _on_threshold_set(self, t: float) -> None:
        self._view.set_threshold(t)

    def _on_threshold_changed(self, t: float) -> None:
        self._panel.show_threshold(t)
        self.line.show_threshold(t)
        self._fit_plot.set_decision(t)
        self.refresh()

    def _on_redrawn(self) -> None:
        two = self._fit_plot.two_inputs  # the plane: its y axis is not p
        self.line.setVisible(not two)
        self._panel.set_two_inputs(two)
        if self._run.state is RunState.RUNNING and time.perf_counter() < self._quiet_until:
            if not self._later.isActive():
                wait = self._quiet_until - time.perf_counter()
                self._later.start(max(1, math.ceil(wait * 1000)))
            return
        self.refresh()

    # -- counting --------------------------------------------------------------------------
    def refresh(self) -> None:
        """Count again for the model on view (only while the tab is shown)."""
        if not self._panel.isVisible():
            return
        started = time.perf_counter()
        run, t = self._run, self._view.threshold
        params, epoch = self._presenter.shown_params()
        heading = self._heading(epoch)
        if not all(map(math.isfinite, params)):
            self._panel.show_unavailable(
                heading, translate(
                    "metrics_controller",
                    "The model's parameters are not finite numbers (the run diverged): "
                    "there is no p to compare with t.",
                ),
            )  # fmt: skip
            return
        data, network = run.data, run.network
        p = self._probabilities(data, network, params, t)
        mask = self._held_out(data)
        if mask is None:
            rows = translate("metrics_controller", "all {rows}, none held out").format(
                rows=shown_rows(len(data))
            )
            training = translate("metrics_controller", "Training")
            parts = [Part("train", training, rows, confusion(p, data.ys, t))]
        else:
            held = translate("metrics_controller", "{rows}, held out")
            parts = [
                Part(key, name, what.format(rows=shown_rows(int(rows.sum()))),
                     confusion(p[rows], data.ys[rows], t))
                for key, name, what, rows in (
                    ("train", translate("metrics_controller", "Training"), "{rows}", ~mask),
                    ("validation", translate("metrics_controller", "Validation"), held, mask),
                )
            ]  # fmt: skip
        self._panel.show_parts(heading, parts, t, _fractional_note(parts))
        spent = time.perf_counter() - started
        self._quiet_until = time.perf_counter() + spent * (1 / BUSY_SHARE - 1)

    def _heading(self, epoch: int | None) -> str:
        n = len(self._run.history)
        if epoch is not None:
            return translate(
                "metrics_controller",
                "Viewing epoch {epoch} (travelled back on the loss plot; Back to live: Esc)",
            ).format(epoch=localise(integer(epoch)))
        if n == 0:
            return translate("metrics_controller", "The model at its start: no epoch trained yet")
        if n == 1:
            return translate("metrics_controller", "Live: the model after 1 epoch")
        return translate("metrics_controller", "Live: the model after {n} epochs").format(
            n=localise(integer(n))
        )

    def _held_out(self, data: DataSet) -> np.ndarray | None:
        """The run's validation rows (None: none held out), by the trainer's own rule."""
        s = self._run.settings
        if s.validation is None or split_problem(len(data), s.validation):
            return None
        return held_out(len(data), s.validation, s.split_seed)

    def _probabilities(
        self, data: DataSet, network: Network, params: tuple[float, ...], t: float
    ) -> np.ndarray:
        """Every row's p (numpy's, kept for the model); where it is within ``NEAR`` of
        ``t``, the rule's own, so a row sits on the side of t that training puts it."""
        model = self._model
        if model is None or model[0] is not data or model[1:] != (network, params):
            self._model = (data, network, params)
            self._p = forward_array(network, params, data.X)[3]
        p = self._p
        near = np.flatnonzero(np.abs(p - t) <= NEAR)
        if near.size:
            rows, back = np.unique(data.X[near], axis=0, return_inverse=True)
            p = p.copy()
            p[near] = model_probabilities(network, params, rows)[back.reshape(-1)]
        return p


def _fractional_note(parts: list[Part]) -> str:
    """What is in no cell: rows labelled neither 0 nor 1 (empty: none)."""
    outside = [(p, p.counts.rows - sum(p.counts.cells)) for p in parts]
    total = sum(n for _, n in outside)
    if not total:
        return ""
    part_words = {
        "train": translate("metrics_controller", "{n} train"),
        "validation": translate("metrics_controller", "{n} validation"),
    }
    where = (
        ", ".join(part_words[p.key].format(n=localise(integer(n))) for p, n in outside if n)
        if len(parts) > 1
        else ""
    )
    if where:
        text = translate(
            "metrics_controller",
            "{rows} ({where}) labelled between 0 and 1: in no cell, and never counted right.",
        )
    else:
        text = translate(
            "metrics_controller",
            "{rows} labelled between 0 and 1: in no cell, and never counted right.",
        )
    return text.format(rows=shown_rows(total), where=where)
