"""The validation loss: each epoch's mean loss over the held-out rows, with the
parameters at the end of that epoch (never trained on), and early stopping's bookkeeping.

:func:`mean_losses_python` is the reference (the rule's forward pass,
:func:`gdviz.core.train.network.forward`, and its loss, summed in row order, then divided
by the number of rows); the numba twin (``_numba_net.mean_losses``) gives the same
doubles.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

import numpy as np

from gdviz.core.train import jit
from gdviz.core.train.history import History
from gdviz.core.train.model import Loss
from gdviz.core.train.network import ACTIVATION_CODE, Activation, Network, forward, row_loss
from gdviz.core.train.split import split_problem

if TYPE_CHECKING:
    from gdviz.core.run.settings import RunSettings

LossesKernel = Callable[..., None]


def mean_losses_python(
    X: np.ndarray,
    ys: np.ndarray,
    params: np.ndarray,
    inputs: int,
    hidden: int,
    act: int,
    cross_entropy: bool,
    two: float,
    out: np.ndarray,
) -> None:
    """``out[e]``: the mean loss over the rows of ``X`` with the parameters ``params[:, e]``."""
    net = Network(inputs, hidden, list(Activation)[act])
    loss = Loss.CROSS_ENTROPY if cross_entropy else Loss.SQUARED
    rows = [(tuple(x), y) for x, y in zip(X.tolist(), ys.tolist(), strict=True)]
    for e in range(params.shape[1]):
        values = params[:, e].tolist()
        total = 0.0
        for x, y in rows:
            f = forward(net, values, x)
            total += row_loss(loss, f.z, f.p, y)[1]
        out[e] = total / len(rows)


def get_losses_kernel() -> LossesKernel:
    """The fastest available validation loop (numba if installed, else the reference)."""
    return jit.fastest("gdviz.core.train._numba_net", "mean_losses", mean_losses_python)


def mean_losses(
    network: Network,
    X: np.ndarray,
    ys: np.ndarray,
    params: np.ndarray,
    loss: Loss,
    kernel: LossesKernel | None = None,
) -> np.ndarray:
    """Each column of ``params``' mean loss over the rows ``X``, ``ys``."""
    out = np.empty(params.shape[1])
    (kernel or get_losses_kernel())(
        X, ys, np.ascontiguousarray(params), network.inputs, network.hidden,
        ACTIVATION_CODE[network.activation], Loss(loss) is Loss.CROSS_ENTROPY, 2.0, out,
    )  # fmt: skip
    return out


@dataclass(frozen=True)
class Stop:
    """Where early stopping ended a run: the last epoch trained, and the best one."""

    epoch: int
    best_epoch: int
    best_loss: float

    def message(self) -> str:
        """The line the command line prints (epochs counted as the log counts them)."""
        return (
            f"Stopped at epoch {self.epoch}; best validation loss {self.best_loss:.4f} "
            f"at epoch {self.best_epoch}"
        )


@dataclass(frozen=True)
class Watch:
    """Early stopping's memory: the lowest validation loss so far, its epoch and the
    parameters after it, the epochs since, and the stop (once patience ran out)."""

    best_loss: float = math.inf
    best_epoch: int = -1
    since: int = 0
    best_params: tuple[float, ...] | None = None
    stopped: Stop | None = None

    def feed(
        self, start: int, losses: np.ndarray, params: np.ndarray | None, patience: int | None
    ) -> Watch:
        """After the validation losses of epochs ``start, start+1, ...`` (``params``: the
        parameters after each, or None). An epoch is a new best only if strictly lower;
        once patience runs out, the epochs after the stop are not looked at."""
        if self.stopped is not None or not len(losses):
            return self
        n = len(losses)
        # prior[k]: the best before epoch k (fmin: a nan is never a best)
        prior = np.fmin.accumulate(np.concatenate([[self.best_loss], losses]))[:-1]
        improved = losses < prior
        at = np.where(improved, np.arange(n), -1)
        last = np.maximum.accumulate(at)  # the latest best up to each epoch (-1: before)
        since = np.where(last >= 0, np.arange(n) - last, self.since + np.arange(n) + 1)
        stopped = None
        if patience is not None:
            out = np.flatnonzero(since >= patience)
            if len(out):
                n = int(out[0]) + 1  # the stop: nothing after it counts
        k = int(last[n - 1])
        if k >= 0:
            best, where = float(losses[k]), start + k
            kept = tuple(params[:, k].tolist()) if params is not None else None
        else:
            best, where, kept = self.best_loss, self.best_epoch, self.best_params
        if patience is not None and since[n - 1] >= patience:
            stopped = Stop(start + n - 1, where, best)
        return Watch(best, where, int(since[n - 1]), kept, stopped)

    def room(self, patience: int | None) -> int:
        """Epochs that can run before a stop could come."""
        return 1 << 62 if patience is None else max(1, patience - self.since)


def watch_of(history: History, patience: int | None) -> Watch:
    """Early stopping's memory after the epochs of ``history`` (a fresh one without
    validation losses)."""
    held = history.val_loss
    if held is None or not len(held):
        return Watch()
    watch = Watch().feed(0, held, None, patience)
    best, stride = watch.best_epoch, history.param_stride
    if best >= 0 and best % stride == 0:
        watch = replace(watch, best_params=tuple(history.params[:, best // stride].tolist()))
    return watch


def held_out_problem(settings: RunSettings, rows: int, history: History) -> str | None:
    """Why a saved run's hold-out does not fit (a session's check): its data cannot be
    split so, or its history goes on past where early stopping ends the run."""
    if settings.validation is not None:
        problem = split_problem(rows, settings.validation)
        if problem:
            return f"'hyperparameters.validation': {problem}"
    n, stop = len(history), watch_of(history, settings.patience).stopped
    if stop is not None and stop.epoch < n - 1:
        return (
            f"the history has {n:,} epochs, but early stopping with a patience of "
            f"{settings.patience:,} ends the run at epoch {stop.epoch:,}"
        )
    return None
