"""Whole-epoch training loops: a numba kernel and its pure-Python twin.

Both follow :func:`gdviz.core.model.update_row` operation for operation, so
they give bit-identical results (the property tests hold them to ``==``).

numba is imported lazily, on the first call of :func:`get_kernel`, because
importing and compiling it costs most of a second and the window must not
wait for it. The kernel releases the GIL (``nogil=True``) so the GUI thread
keeps running while a trainer thread is inside it.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable

import numpy as np

from gdviz.core import jit

# The squared loss is ``error ** TWO`` with TWO passed at run time: numba turns
# a literal ``** 2`` into a multiply, which differs from Python's libm ``pow``
# in the last bit for ~0.08% of values. A runtime exponent keeps ``pow``.
TWO = 2.0

EpochKernel = Callable[..., int]


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
    out_loss: np.ndarray,
    out_w: np.ndarray,
    out_b: np.ndarray,
) -> int:
    """Run ``n_epochs`` whole epochs, writing each epoch's loss, w and b.

    Returns how many epochs were written. Stops early, after writing it, at
    the first epoch whose loss, w or b is not finite.
    """
    xl = xs.tolist()
    yl = ys.tolist()
    squared_exact = exact and not cross_entropy
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
            w = w - lr * grad * x
            b = b - lr * grad
        out_loss[e] = total
        out_w[e] = w
        out_b[e] = b
        if not (math.isfinite(total) and math.isfinite(w) and math.isfinite(b)):
            return e + 1
    return n_epochs


def run_epochs_batched(
    xs: np.ndarray,
    ys: np.ndarray,
    w: float,
    b: float,
    lr: float,
    n_epochs: int,
    cross_entropy: bool,
    exact: bool,
    batch_size: int,
    out_loss: np.ndarray,
    out_w: np.ndarray,
    out_b: np.ndarray,
) -> int:
    """Mini-batch (``batch_size`` rows) or full-batch (0) gradient descent, with numpy.

    Each batch's rows are evaluated with the parameters at the batch's start;
    w and b then move by ``lr`` times the batch's *mean* gradient. The epoch's
    loss is still the sum of every row's loss. Rows are taken in order.
    """
    n = len(xs)
    size = n if batch_size <= 0 else min(batch_size, n)
    squared_exact = exact and not cross_entropy
    with np.errstate(over="ignore", invalid="ignore"):
        for e in range(n_epochs):
            total = 0.0
            for start in range(0, n, size):
                x = xs[start : start + size]
                y = ys[start : start + size]
                z = x * w + b
                p = 1.0 / (1.0 + np.exp(-z))  # exp overflow gives inf: p = 0.0, its limit
                error = p - y
                if cross_entropy:
                    row_loss = np.maximum(z, 0.0) - z * y + np.log1p(np.exp(-np.abs(z)))
                else:
                    row_loss = error**2
                total += float(np.sum(row_loss))
                grad = error * (2.0 * p * (1.0 - p)) if squared_exact else error
                w = w - lr * float(np.mean(grad * x))
                b = b - lr * float(np.mean(grad))
            out_loss[e] = total
            out_w[e] = w
            out_b[e] = b
            if not (math.isfinite(total) and math.isfinite(w) and math.isfinite(b)):
                return e + 1
    return n_epochs


_kernel: EpochKernel | None = None
_kernel_lock = threading.Lock()


def _compile() -> EpochKernel:
    return jit.load("gdviz.core._numba_kernel").run_epochs


def get_kernel() -> EpochKernel:
    """The fastest available epoch loop (numba if installed, else Python)."""
    global _kernel
    with _kernel_lock:
        if _kernel is None:
            try:
                _kernel = _compile()
            except ImportError:
                _kernel = run_epochs_python
        return _kernel


def warm_up() -> None:
    """Import numba and compile the kernel, so the first real run is fast."""
    kernel = get_kernel()
    one = np.ones(1)
    out = np.empty(1)
    kernel(one, one, 0.0, 0.0, 0.1, 1, False, False, TWO, out, out.copy(), out.copy())
