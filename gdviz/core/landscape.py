"""The loss landscape: total loss over a grid of (w, b), for the heat map.

Rows with the same (x, y) are counted once with a weight. Beyond
``MAX_ROWS`` distinct rows an evenly spaced subsample stands in for the data
(scaled to the full row count), and :attr:`Grid.rows_used` says so.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass

import numpy as np

from gdviz.core import jit
from gdviz.core.data import DataSet
from gdviz.core.model import Loss

MAX_ROWS = 10_000
GRID_SIZE = 200
_CLAMP = 350.0  # exp(±350)² stays finite, so E*F never becomes inf*0


@dataclass(frozen=True)
class Grid:
    """``loss[i, j]`` is the total loss at ``w[j]``, ``b[i]``."""

    w: np.ndarray
    b: np.ndarray
    loss: np.ndarray
    rows_used: int  # distinct rows evaluated
    rows_total: int

    @property
    def subsampled(self) -> bool:
        return self.rows_used < self.rows_total and self.rows_used >= MAX_ROWS

    def contains(self, w: float, b: float, inner: float = 0.02) -> bool:
        """Whether (w, b) lies inside the grid, ``inner`` of the span away from its edges."""
        dw = (self.w[-1] - self.w[0]) * inner
        db = (self.b[-1] - self.b[0]) * inner
        inside_w = self.w[0] + dw <= w <= self.w[-1] - dw
        return bool(inside_w and self.b[0] + db <= b <= self.b[-1] - db)


def _rows(data: DataSet, max_rows: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Distinct (x, y) rows with their counts; subsampled (and re-weighted) past ``max_rows``."""
    pairs = np.stack([data.xs, data.ys], axis=1)
    unique, counts = np.unique(pairs, axis=0, return_counts=True)
    counts = counts.astype(float)
    if len(unique) > max_rows:
        pick = np.linspace(0, len(unique) - 1, max_rows).round().astype(int)
        scale = counts.sum() / counts[pick].sum()
        unique, counts = unique[pick], counts[pick] * scale
    return np.ascontiguousarray(unique[:, 0]), np.ascontiguousarray(unique[:, 1]), counts


_kernels = None
_lock = threading.Lock()


def _get_kernels():
    global _kernels
    with _lock:
        if _kernels is None:
            try:
                k = jit.load("gdviz.core._numba_landscape")
                _kernels = (k.squared_grid, k.cross_entropy_grid)
            except ImportError:
                _kernels = (_squared_numpy, _cross_entropy_numpy)
        return _kernels


def _squared_numpy(E, F, ys, counts, out):
    for i, f in enumerate(F):
        errors = 1.0 / (1.0 + E * f) - ys
        out[i] = (errors * errors) @ counts


def _cross_entropy_numpy(xs, ys, counts, ws, bs, out):
    for i, b in enumerate(bs):
        z = np.multiply.outer(ws, xs) + b
        out[i] = (np.maximum(z, 0) - z * ys + np.log1p(np.exp(-np.abs(z)))) @ counts


def compute(
    data: DataSet,
    loss: Loss,
    w_range: tuple[float, float],
    b_range: tuple[float, float],
    size: int = GRID_SIZE,
    max_rows: int = MAX_ROWS,
) -> Grid:
    """Total loss on a ``size`` x ``size`` grid over ``w_range`` x ``b_range``."""
    xs, ys, counts = _rows(data, max_rows)
    ws = np.linspace(*w_range, size)
    bs = np.linspace(*b_range, size)
    out = np.empty((size, size))
    squared, cross_entropy = _get_kernels()
    if loss is Loss.SQUARED:
        E = np.exp(np.clip(-np.multiply.outer(ws, xs), -_CLAMP, _CLAMP))
        F = np.exp(np.clip(-bs, -_CLAMP, _CLAMP))
        squared(E, F, ys, counts, out)
    else:
        cross_entropy(xs, ys, counts, ws, bs, out)
    return Grid(ws, bs, out, len(xs), len(data))


def optimum_estimate(
    data: DataSet, ridge: float = 1e-3, iterations: int = 30
) -> tuple[float, float]:
    """Where the loss is lowest, roughly: a lightly regularised logistic fit (Newton steps).

    Separable data has no finite optimum; the small ridge keeps the estimate
    finite, pointing the way the valley runs.
    """
    xs, ys, counts = _rows(data, MAX_ROWS)
    X = np.stack([xs, np.ones_like(xs)], axis=1)
    theta = np.zeros(2)
    n = counts.sum()
    with np.errstate(all="ignore"):  # absurd data (x near 1e308) just gives no estimate
        for _ in range(iterations):
            p = 1.0 / (1.0 + np.exp(-np.clip(X @ theta, -500, 500)))
            grad = X.T @ (counts * (p - ys)) / n + ridge * theta
            hess = (X.T * (counts * p * (1 - p))) @ X / n + ridge * np.eye(2)
            try:
                step = np.linalg.solve(hess, grad)
            except np.linalg.LinAlgError:
                break
            if not np.isfinite(step).all():
                break
            theta -= step
            if np.abs(step).max() < 1e-9:
                break
    return float(theta[0]), float(theta[1])


def fit_ranges(
    ws: np.ndarray, bs: np.ndarray, margin: float = 0.25, min_span: float = 2.0
) -> tuple[tuple[float, float], tuple[float, float]]:
    """w and b ranges covering the given points with ``margin`` of their span on each side."""

    def span(values: np.ndarray) -> tuple[float, float]:
        lo, hi = float(np.min(values)), float(np.max(values))
        extra = max((hi - lo) * margin, (min_span - (hi - lo)) / 2, 0.0)
        return lo - extra, hi + extra

    return span(ws), span(bs)


def contour_segments(values: np.ndarray, level: float) -> tuple[np.ndarray, np.ndarray]:
    """Line segments where ``values`` crosses ``level`` (marching squares, vectorised).

    Returns ``(rows, cols)``: fractional grid indices, two points per segment
    (draw them with ``connect="pairs"``). Saddle cells get two segments.
    """
    v = np.asarray(values, dtype=float) - level
    a, b = v[:-1, :-1], v[:-1, 1:]  # a cell's top-left and top-right corners
    c, d = v[1:, :-1], v[1:, 1:]  # bottom-left and bottom-right
    i, j = np.meshgrid(
        np.arange(a.shape[0], dtype=float), np.arange(a.shape[1], dtype=float), indexing="ij"
    )
    with np.errstate(divide="ignore", invalid="ignore"):
        # Crossing point on each edge (nan where the edge does not cross), in the
        # order top, right, bottom, left around the cell.
        edges = [
            (a * b < 0, i, j + a / (a - b)),
            (b * d < 0, i + b / (b - d), j + 1),
            (c * d < 0, i + 1, j + c / (c - d)),
            (a * c < 0, i + a / (a - c), j),
        ]
    crosses = np.stack([e[0] for e in edges])
    rows = np.stack([np.where(e[0], e[1], np.nan) for e in edges])
    cols = np.stack([np.where(e[0], e[2], np.nan) for e in edges])
    count = crosses.sum(axis=0)
    seg_r, seg_c = [], []
    two = count == 2
    if two.any():
        # The two crossed edges of each cell, in edge order.
        order = np.argsort(~crosses[:, two], axis=0, kind="stable")[:2]
        r2, c2 = rows[:, two], cols[:, two]
        cells = np.arange(r2.shape[1])
        seg_r.append(np.stack([r2[order[0], cells], r2[order[1], cells]], axis=1).ravel())
        seg_c.append(np.stack([c2[order[0], cells], c2[order[1], cells]], axis=1).ravel())
    four = count == 4
    if four.any():
        r4, c4 = rows[:, four], cols[:, four]
        for first, second in ((0, 3), (1, 2)):  # top-left and right-bottom pairs
            seg_r.append(np.stack([r4[first], r4[second]], axis=1).ravel())
            seg_c.append(np.stack([c4[first], c4[second]], axis=1).ravel())
    if not seg_r:
        return np.empty(0), np.empty(0)
    return np.concatenate(seg_r), np.concatenate(seg_c)


def contour_levels(values: np.ndarray, count: int = 9) -> list[float]:
    """Levels at quantiles of the grid, so each band covers a similar area.

    Taken as actual grid values (not interpolated), they map through any
    monotonic scaling (log), so the same contours serve both colour scales.
    """
    finite = values[np.isfinite(values)]
    if finite.size == 0:
        return []
    qs = np.quantile(finite, np.linspace(0.04, 0.9, count) ** 2, method="nearest")
    return [float(q) for q in qs]
