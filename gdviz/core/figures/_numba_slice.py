"""The numba twin of :func:`gdviz.core.figures.loss_slice.slice_numpy`: a slice's grid,
its columns on every core. Activations an axis changes are computed once per column (the
first axis) or once for the whole grid (the second), not once per cell."""

import math

import numba
import numpy as np


@numba.njit(nogil=True, cache=True)
def _act(act, s):
    if act == 0:
        return 1.0 / (1.0 + math.exp(-s))
    if act == 1:
        return math.tanh(s)
    return s if s > 0 else 0.0


@numba.njit(nogil=True, cache=True)
def _moved_sum(kind, given, delta, X, row):
    if kind == 0:
        return delta * X[row, given]
    return delta


@numba.njit(nogil=True, parallel=True, cache=True)
def slice_grid(X, y, a, h, z, kinds, units, inputs, centre, w2, act, cross_entropy,
               a_values, b_values, out):  # fmt: skip
    n = X.shape[0]
    na, nb = a_values.shape[0], b_values.shape[0]
    k0, k1 = kinds[0], kinds[1]
    u0, u1 = units[0], units[1]
    same = (k0 <= 1) and (k1 <= 1) and u0 == u1  # both axes move one unit's sum
    # The second axis's unit outputs, once for every value it takes.
    hb = np.zeros((nb, n))
    if k1 <= 1 and not same:
        for i in range(nb):
            delta = b_values[i] - centre[1]
            for row in range(n):
                hb[i, row] = _act(act, a[row, u1] + _moved_sum(k1, inputs[1], delta, X, row))
    for j in numba.prange(na):
        da = a_values[j] - centre[0]
        ha = np.empty(n)
        if k0 <= 1 and not same:
            for row in range(n):
                ha[row] = _act(act, a[row, u0] + _moved_sum(k0, inputs[0], da, X, row))
        for i in range(nb):
            db = b_values[i] - centre[1]
            total = 0.0
            for row in range(n):
                zz = z[row]
                # the first axis
                if k0 == 4:
                    zz += da * X[row, inputs[0]]
                elif k0 == 3:
                    zz += da
                # the second axis
                if k1 == 4:
                    zz += db * X[row, inputs[1]]
                elif k1 == 3:
                    zz += db
                # units whose sum or output weight an axis moves
                if same:
                    s = a[row, u0] + _moved_sum(k0, inputs[0], da, X, row)
                    s += _moved_sum(k1, inputs[1], db, X, row)
                    zz += w2[u0] * (_act(act, s) - h[row, u0])
                else:
                    if k0 <= 1:
                        weight = w2[u0]
                        if k1 == 2 and u1 == u0:
                            weight += db
                        zz += weight * ha[row] - w2[u0] * h[row, u0]
                    if k1 <= 1:
                        weight = w2[u1]
                        if k0 == 2 and u0 == u1:
                            weight += da
                        zz += weight * hb[i, row] - w2[u1] * h[row, u1]
                    if k0 == 2 and not (k1 <= 1 and u1 == u0):
                        zz += da * h[row, u0]
                    if k1 == 2 and not (k0 <= 1 and u0 == u1):
                        zz += db * h[row, u1]
                if cross_entropy:
                    positive = zz if zz > 0.0 else 0.0
                    total += positive - zz * y[row] + math.log1p(math.exp(-abs(zz)))
                else:
                    e = 1.0 / (1.0 + math.exp(-zz)) - y[row]
                    total += e * e
            out[i, j] = total
