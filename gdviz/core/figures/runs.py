"""Earlier runs kept for comparison: what is needed to draw one again, and how to name it.

A kept run's name is computed from what differs *now* between it and the
next run ("lr 0.01", "w₀ 1", "outlier data"), so it stays true as the
settings change; a name the user typed replaces it.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from gdviz.core.figures.decimate import PeakEnvelope
from gdviz.core.i18n import localise, translate
from gdviz.core.run.settings import RunSettings
from gdviz.core.teach.words import GRADIENT_NAMES, short_name
from gdviz.core.train.data import DataSet
from gdviz.core.train.history import History
from gdviz.core.train.model import Loss
from gdviz.core.train.network import Network, NeuronParams
from gdviz.core.train.split import held_out

DRAW_ALL_UP_TO = 4096  # epochs drawn one by one; beyond, a min/max envelope
PATH_POINTS = 2000  # drawn points of a long path (the end is always exact)


class Traced(NeuronParams):
    """A mixin for a run drawn with its path (``path``: one row per parameter)."""

    path: np.ndarray

    def along(self, axes: tuple[int, int]) -> tuple[np.ndarray, np.ndarray]:
        """The path projected on two parameters (a landscape's axes)."""
        return self.path[axes[0]], self.path[axes[1]]


@dataclass(eq=False)
class PastRun(Traced):
    """A finished (or abandoned) run, small enough to keep a few dozen."""

    number: int  # 1, 2, ...: the order runs were kept in
    settings: RunSettings
    data: DataSet
    lr_changes: list[tuple[int, float]]
    epochs: int
    final_loss: float
    params: tuple[float, ...]  # the parameters at the end
    loss_x: np.ndarray
    loss_y: np.ndarray
    path: np.ndarray  # the parameters from the start on, thinned: one row per parameter
    colour: str = "#888"
    visible: bool = True
    hidden_for_data: bool = False  # hidden because the data changed (shown when it is back)
    custom_label: str | None = None
    val_y: np.ndarray | None = None  # with rows held out: their mean loss, at ``loss_x``
    rows: int = 1  # the rows it trained on (a mean per row is ``loss_y / rows``)

    @property
    def network(self) -> Network:
        return self.settings.network(self.data.inputs)

    @property
    def path_w(self) -> np.ndarray:
        """The lesson's neuron: w along the path."""
        return self.path[0]

    @property
    def path_b(self) -> np.ndarray:
        """The lesson's neuron: b along the path."""
        return self.path[-1]

    def label(self, current: RunSettings, data: DataSet) -> str:
        """The user's name for it, else what it did differently from ``current`` on ``data``."""
        if self.custom_label:
            return self.custom_label
        parts = differences(
            self.settings,
            current,
            self.data.name,
            data.name,
            self.lr_changes,
            same_data=self.data.same_rows(data),
        )
        return ", ".join(parts) or f"run {self.number}"


def differences(
    old: RunSettings,
    new: RunSettings,
    old_data: str,
    new_data: str,
    lr_changes: list[tuple[int, float]],
    same_data: bool = True,
) -> list[str]:
    """What ``old`` did differently from ``new``, in a learner's words (the window's
    language and numbers)."""

    def g(value: float) -> str:
        return localise(f"{value:g}")

    parts = []
    if len(lr_changes) > 1:
        parts.append(
            translate("runs", "lr {rates}").format(rates="→".join(g(lr) for _, lr in lr_changes))
        )
    elif old.learning_rate != new.learning_rate:
        parts.append(translate("runs", "lr {rate}").format(rate=g(old.learning_rate)))
    if old.weight != new.weight:
        parts.append(f"w₀ {g(old.weight)}")
    if old.bias != new.bias:
        parts.append(f"b₀ {g(old.bias)}")
    if old.epochs != new.epochs:
        parts.append(translate("runs", "{n} epochs").format(n=localise(f"{old.epochs:,}")))
    if old.loss != new.loss:
        losses = {
            Loss.SQUARED: translate("runs", "squared"),
            Loss.CROSS_ENTROPY: translate("runs", "cross-entropy"),
        }
        parts.append(losses[Loss(old.loss)])
    if old.gradient != new.gradient:
        parts.append(translate("words", GRADIENT_NAMES[old.gradient]))
    if old.hidden != new.hidden:
        parts.append(
            translate("runs", "{n} hidden {activation}").format(
                n=old.hidden, activation=old.activation.value
            )
            if old.hidden
            else translate("runs", "one neuron")
        )
    elif old.hidden and old.activation != new.activation:
        parts.append(old.activation.value)
    if old.hidden and old.init_seed != new.init_seed:
        parts.append(translate("runs", "seed {seed}").format(seed=old.init_seed))
    if old.batch_size != new.batch_size:
        batches = {0: translate("runs", "full batch"), 1: translate("runs", "per-row")}
        parts.append(
            batches.get(old.batch_size) or translate("runs", "batch {n}").format(n=old.batch_size)
        )
    if short_name(old) != short_name(new):
        parts.append(short_name(old))
    if (old.validation, old.split_seed) != (new.validation, new.split_seed):
        held = (
            translate("runs", "{fraction} held out").format(fraction=g(old.validation))
            if old.validation
            else translate("runs", "no rows held out")
        )
        parts.append(
            held
            if old.split_seed == new.split_seed
            else translate("runs", "{held} (seed {seed})").format(held=held, seed=old.split_seed)
        )
    if old.penalty != new.penalty:
        parts.append(
            f"{old.penalty.name} {g(old.penalty.lam)}"
            if old.penalty.on
            else translate("runs", "no penalty")
        )
    if old.patience != new.patience:
        parts.append(
            translate("runs", "patience {n}").format(n=old.patience)
            if old.patience
            else translate("runs", "no early stop")
        )
    if not same_data:
        parts.append(
            translate("runs", "{name} data").format(name=old_data)
            if old_data != new_data
            else translate("runs", "earlier data")
        )
    return parts


PATH_VALUES = 40_000  # parameter values a kept path holds at most (a big model: fewer points)


def path_points(
    ws: np.ndarray, bs: np.ndarray, most: int = PATH_POINTS
) -> tuple[np.ndarray, np.ndarray]:
    """At most ``most`` evenly spaced points of a path (copies; small whatever the run)."""
    if len(ws) <= most:
        return ws.copy(), bs.copy()
    pick = np.linspace(0, len(ws) - 1, most).round().astype(int)
    return ws[pick], bs[pick]


def thinned_path(
    start: tuple[float, ...], params: np.ndarray, most: int = PATH_POINTS
) -> np.ndarray:
    """The start, then at most ``most`` evenly spaced points of the parameters' path (one
    row per parameter; a copy, small whatever the run: a big model keeps fewer points)."""
    most = max(2, min(most, PATH_VALUES // max(1, params.shape[0])))
    if params.shape[1] > most:
        params = params[:, np.linspace(0, params.shape[1] - 1, most).round().astype(int)]
    return np.concatenate([np.array(start, dtype=float).reshape(-1, 1), params], axis=1)


def past_run(
    number: int,
    settings: RunSettings,
    data: DataSet,
    history: History,
    params: tuple[float, ...],
    lr_changes: list[tuple[int, float]] | None = None,
    start: tuple[float, ...] | None = None,
) -> PastRun:
    """A run's curves, copied small enough to keep many of them."""
    h = history
    if len(h) <= DRAW_ALL_UP_TO:
        loss_x, loss_y = np.arange(len(h), dtype=float), h.loss.copy()
    else:
        envelope = PeakEnvelope(max_buckets=1024)
        envelope.update(h.loss)
        loss_x, loss_y = envelope.xy()
    val_y = None
    rows = len(data)
    if settings.validation is not None and h.val_loss is not None:
        rows -= int(held_out(len(data), settings.validation, settings.split_seed).sum())
        if len(h) <= DRAW_ALL_UP_TO:
            val_y = h.val_loss.copy()
        else:  # at the loss envelope's epochs: a few thousand values, not another pass
            val_y = h.val_loss[np.clip(loss_x.astype(np.int64), 0, len(h) - 1)]
    start = start or settings.start_params(settings.network(data.inputs))
    path = thinned_path(start, h.params)
    final = float(h.loss[-1]) if len(h) else float("nan")
    changes = list(lr_changes or [(0, settings.learning_rate)])
    return PastRun(
        number, settings, data, changes, len(h), final, tuple(params), loss_x, loss_y, path,
        val_y=val_y, rows=rows,
    )  # fmt: skip
