"""numba kernels for the loss landscape (imported lazily by gdviz.core.figures.landscape).

``exp(-(w*x + b))`` is computed as ``E[j, k] * F[i]`` with ``E = exp(-w*x)`` and
``F = exp(-b)`` precomputed, so the inner loop calls no exp (the squared loss
then has no function call at all and vectorises; the cross-entropy keeps one
log1p). For a picture, the few-ulp difference from the direct formula is
invisible (the tests bound it).
"""

import math
import os

# OpenMP's worker threads otherwise spin for a while after each parallel loop,
# taking a core from the GUI and the trainer on a two-core machine.
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

import numba  # noqa: E402


def _squared_grid(E, F, ys, counts, covariances, ws, out):
    nb, nw, n = out.shape[0], out.shape[1], E.shape[1]
    for i in numba.prange(nb):  # noqa: B007 (prange, not range)
        f = F[i]
        for j in range(nw):
            total = 0.0
            slope = 0.0
            for k in range(n):
                p = 1.0 / (1.0 + E[j, k] * f)
                error = p - ys[k]
                total += counts[k] * (error * error)
                # First-order term of the x spread inside a group (0 for a single x).
                slope += p * (1.0 - p) * covariances[k]
            out[i, j] = total - 2.0 * ws[j] * slope


def _cross_entropy_grid(E, F, xs, ys, counts, ws, bs, out):
    nb, nw, n = out.shape[0], out.shape[1], xs.shape[0]
    for i in numba.prange(nb):  # noqa: B007 (prange, not range)
        b = bs[i]
        f = F[i]
        for j in range(nw):
            w = ws[j]
            total = 0.0
            for k in range(n):
                z = xs[k] * w + b
                positive = z if z > 0.0 else 0.0
                # exp(-|z|) without calling exp: u = exp(-z), so min(u, 1/u).
                u = E[j, k] * f
                t = u if u < 1.0 else 1.0 / u
                total += counts[k] * (positive - z * ys[k] + math.log1p(t))
            out[i, j] = total


squared_grid = numba.njit(parallel=True, fastmath=True, nogil=True, cache=True)(_squared_grid)
cross_entropy_grid = numba.njit(parallel=True, fastmath=True, nogil=True, cache=True)(
    _cross_entropy_grid
)
