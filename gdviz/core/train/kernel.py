"""Whole-epoch training loops: numba kernels and their pure-Python twins.

Per-row epochs follow :func:`gdviz.core.train.model.update_row` operation for
operation; (mini-)batch epochs follow :func:`run_batches_python`, which fixes
the summation order (row by row, in file order). Each numba kernel gives the
same doubles as its Python twin (the property tests hold them to ``==``).

numba is imported lazily, on the first call of :func:`get_kernel`, because
importing and compiling it costs most of a second and the window must not
wait for it. The kernel releases the GIL (``nogil=True``) so the GUI thread
keeps running while a trainer thread is inside it.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable
from typing import NamedTuple

import numpy as np

from gdviz.core.train import jit
from gdviz.core.train.optimizers import Hyper, Optimizer, OptimizerState, step
from gdviz.core.train.penalty import weight_gradient

# The squared loss is ``error ** TWO`` with TWO passed at run time: numba turns
# a literal ``** 2`` into a multiply, which differs from Python's libm ``pow``
# in the last bit for ~0.08% of values. A runtime exponent keeps ``pow``.
TWO = 2.0

EpochKernel = Callable[..., int]


class Kernels(NamedTuple):
    """The two epoch loops a trainer needs: per row, and in batches."""

    per_row: EpochKernel
    batches: EpochKernel


def run_epochs_python(
    xs: np.ndarray,
    ys: np.ndarray,
    w: float,
    b: float,
    lr: float,
    n_epochs: int,
    cross_entropy: bool,
    exact: bool,
    two: float,
    opt: int,
    params: np.ndarray,
    state: np.ndarray,
    out_loss: np.ndarray,
    out_w: np.ndarray,
    out_b: np.ndarray,
    penalty: int = 0,
    lam: float = 0.0,
) -> int:
    """Run ``n_epochs`` whole epochs, writing each epoch's loss, w and b.

    ``opt`` is the optimiser's number (0: the lesson's sgd), ``params`` its five
    hyperparameters and ``state`` its five state values, updated in place.
    ``penalty`` (0 none, 1 L2, 2 L1) and ``lam``: the penalty on w
    (:mod:`gdviz.core.train.penalty`); the loss written is the rows' alone.
    Returns how many epochs were written. Stops early, after writing it, at
    the first epoch whose loss, w or b is not finite.
    """
    xl = xs.tolist()
    yl = ys.tolist()
    n = len(xl)
    squared_exact = exact and not cross_entropy
    kind, p_ = _optimizer(opt, params)
    for e in range(n_epochs):
        total = 0.0
        for x, y in zip(xl, yl, strict=True):
            z = x * w + b
            try:
                p = 1.0 / (1.0 + math.exp(-z))
            except OverflowError:
                p = 0.0
            error = p - y
            if cross_entropy:
                positive = z if z > 0.0 else 0.0
                total += positive - z * y + math.log1p(math.exp(-abs(z)))
            else:
                total += error**two
            grad = error * (two * p * (1.0 - p)) if squared_exact else error
            if penalty:
                gw = grad * x + weight_gradient(penalty, lam, w, n)
                if kind is None:
                    w = w - lr * gw
                    b = b - lr * grad
                else:
                    w, b = _step(kind, p_, state, w, b, gw, grad, lr)
            elif kind is None:
                w = w - lr * grad * x
                b = b - lr * grad
            else:
                w, b = _step(kind, p_, state, w, b, grad * x, grad, lr)
        out_loss[e] = total
        out_w[e] = w
        out_b[e] = b
        if not (math.isfinite(total) and math.isfinite(w) and math.isfinite(b)):
            return e + 1
    return n_epochs


def run_batches_python(
    xs: np.ndarray,
    ys: np.ndarray,
    w: float,
    b: float,
    lr: float,
    n_epochs: int,
    cross_entropy: bool,
    exact: bool,
    two: float,
    batch_size: int,
    opt: int,
    params: np.ndarray,
    state: np.ndarray,
    out_loss: np.ndarray,
    out_w: np.ndarray,
    out_b: np.ndarray,
    penalty: int = 0,
    lam: float = 0.0,
) -> int:
    """Mini-batch (``batch_size`` rows) or full-batch (0) gradient descent.

    Each batch's rows are evaluated with the parameters at the batch's start;
    w and b then move by ``lr`` times the batch's *mean* gradient. The epoch's
    loss is the sum of every row's loss. Rows are taken in file order and every
    sum is a plain running sum in that order, which is what makes the numba
    twin reproducible bit for bit. Returns and stops like
    :func:`run_epochs_python`.
    """
    xl = xs.tolist()
    yl = ys.tolist()
    n = len(xl)
    size = n if batch_size <= 0 else min(batch_size, n)
    squared_exact = exact and not cross_entropy
    kind, p_ = _optimizer(opt, params)
    for e in range(n_epochs):
        total = 0.0
        for start in range(0, n, size):
            stop = min(start + size, n)
            sum_w = 0.0
            sum_b = 0.0
            for i in range(start, stop):
                x = xl[i]
                z = x * w + b
                try:
                    p = 1.0 / (1.0 + math.exp(-z))
                except OverflowError:
                    p = 0.0
                error = p - yl[i]
                if cross_entropy:
                    positive = z if z > 0.0 else 0.0
                    total += positive - z * yl[i] + math.log1p(math.exp(-abs(z)))
                else:
                    total += error**two
                grad = error * (two * p * (1.0 - p)) if squared_exact else error
                sum_w += grad * x
                sum_b += grad
            count = float(stop - start)
            gw = sum_w / count
            if penalty:
                gw = gw + weight_gradient(penalty, lam, w, n)
            if kind is None:
                w = w - lr * gw
                b = b - lr * (sum_b / count)
            else:
                w, b = _step(kind, p_, state, w, b, gw, sum_b / count, lr)
        out_loss[e] = total
        out_w[e] = w
        out_b[e] = b
        if not (math.isfinite(total) and math.isfinite(w) and math.isfinite(b)):
            return e + 1
    return n_epochs


def _optimizer(opt: int, params: np.ndarray) -> tuple[Optimizer | None, Hyper]:
    """The reference's objects for the kernels' numbers (None: the lesson's sgd)."""
    kind = list(Optimizer)[opt]
    return (None if kind is Optimizer.SGD else kind), Hyper(*params.tolist())


def _step(
    kind: Optimizer,
    p: Hyper,
    state: np.ndarray,
    w: float,
    b: float,
    gw: float,
    gb: float,
    lr: float,
) -> tuple[float, float]:
    """w and b after the reference optimiser's step; ``state`` (the kernels' layout) is
    updated in place."""
    steps, after = step(kind, p, OptimizerState.from_array(state), (w, b), (gw, gb), lr)
    state[:] = after.as_array()
    return steps[0].after, steps[1].after


PYTHON = Kernels(run_epochs_python, run_batches_python)

_kernels: Kernels | None = None
_kernel_lock = threading.Lock()


def _compile() -> Kernels:
    module = jit.load("gdviz.core.train._numba_kernel")
    return Kernels(module.run_epochs, module.run_batches)


def get_kernels() -> Kernels:
    """The fastest available epoch loops (numba if installed, else Python)."""
    global _kernels
    with _kernel_lock:
        if _kernels is None:
            try:
                _kernels = _compile()
            except ImportError:
                _kernels = PYTHON
        return _kernels


def get_kernel() -> EpochKernel:
    """The fastest available per-row epoch loop."""
    return get_kernels().per_row


def warm_up() -> None:
    """Import numba and compile the kernels, so the first real run is fast."""
    kernels = get_kernels()
    one = np.ones(1)
    out = np.empty(1)
    params = Hyper().as_array()
    for opt in (0, len(Optimizer) - 1):  # one specialisation serves every optimiser
        state = OptimizerState.zero().as_array()
        head = (one, one, 0.0, 0.0, 0.1, 1, False, False, TWO)
        kernels.per_row(*head, opt, params, state, out, out.copy(), out.copy(), 0, 0.0)
        kernels.batches(*head, 0, opt, params, state, out, out.copy(), out.copy(), 0, 0.0)
