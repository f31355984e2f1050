"""The loss landscape: total loss over a grid of (w, b), for the heat map.

Every row counts. Rows are gathered into weighted groups of x, and each group
is evaluated once, at its mean x:

- both losses are exact in the labels: for rows sharing one ``z``,
  ``sum (p - y)^2 = n (p - mean y)^2 + sum (y - mean y)^2`` and
  ``sum softplus(z) - y z = n (softplus(z) - mean y * z)``; so labels need no
  groups of their own (a bin per label would halve the bins of x);
- the grid is exact (up to rounding) when every group holds a single x, which
  is the case whenever x has at most ``MAX_GROUPS`` distinct values;
- otherwise x bins (equal-count and equal-width edges together) replace each
  row's x by its group's mean. The first-order error is put back exactly (the
  labels' covariance with x inside each group); :meth:`Grouped.error_bound`
  bounds the rest over a w range, from the loss's second derivative and the
  groups' spread of x.
"""

from __future__ import annotations

import math
import threading
from dataclasses import dataclass

import numpy as np

from gdviz.core.figures.loss_slice import Slice, compute_slice
from gdviz.core.run.settings import RunSettings
from gdviz.core.train import jit
from gdviz.core.train.data import DataSet
from gdviz.core.train.model import Loss
from gdviz.core.train.network_arrays import total_loss_array
from gdviz.core.train.penalty import NO_PENALTY, Penalty, PenaltyKind

GRID_SIZE = 200
# Groups evaluated per grid point: the cross-entropy costs a log per group,
# the squared loss only a multiply and a divide (see _numba_landscape).
MAX_GROUPS = {Loss.SQUARED: 8192, Loss.CROSS_ENTROPY: 1024}
_CLAMP = 350.0  # exp(±350)² stays finite, so E*F never becomes inf*0
# Bounds on the second derivative in z of one row's loss, over all p and y in [0, 1]:
# (p - y)^2'' = 2 p'^2 + 2 (p - y) p'' with p' <= 1/4, |p''| <= sqrt(3)/18;
# softplus'' = p (1 - p) <= 1/4.
_CURVATURE = {Loss.SQUARED: 2 / 16 + 2 * np.sqrt(3) / 18, Loss.CROSS_ENTROPY: 0.25}


@dataclass(frozen=True)
class Grouped:
    """Rows gathered into weighted groups (see the module's docstring)."""

    xs: np.ndarray  # each group's mean x
    ys: np.ndarray  # each group's mean label
    counts: np.ndarray
    covariances: np.ndarray  # each group's sum (x - mean x)(y - mean y)
    spread_x: float  # sum over groups of sum (x - mean x)^2
    label_variance: float  # sum over groups of sum (y - mean y)^2
    rows: int

    @property
    def exact(self) -> bool:
        return self.spread_x == 0.0

    def error_bound(self, loss: Loss, w_range: tuple[float, float]) -> float:
        """The most any total loss on a grid over ``w_range`` can differ from the exact one."""
        if self.exact:
            return 0.0
        w = max(abs(w_range[0]), abs(w_range[1]))
        return float(0.5 * _CURVATURE[loss] * w * w * self.spread_x)


@dataclass(frozen=True)
class Grid:
    """``loss[i, j]`` is the total loss at ``w[j]``, ``b[i]``."""

    w: np.ndarray
    b: np.ndarray
    loss: np.ndarray
    groups: int  # weighted groups (a slice: rows) evaluated per grid point
    rows: int  # rows they stand for (all of them)
    error_bound: float  # 0.0 when exact

    @property
    def exact(self) -> bool:
        return self.error_bound == 0.0

    def contains(self, w: float, b: float, inner: float = 0.02) -> bool:
        """Whether (w, b) lies inside the grid, ``inner`` of the span away from its edges."""
        dw = (self.w[-1] - self.w[0]) * inner
        db = (self.b[-1] - self.b[0]) * inner
        inside_w = self.w[0] + dw <= w <= self.w[-1] - dw
        return bool(inside_w and self.b[0] + db <= b <= self.b[-1] - db)


def group_rows(data: DataSet, max_groups: int = MAX_GROUPS[Loss.SQUARED]) -> Grouped:
    """Gather ``data``'s rows into at most ``max_groups`` weighted groups of x."""
    order = np.argsort(data.xs)
    xs, ys = data.xs[order], data.ys[order]
    n = len(xs)
    # Where each run of equal x starts, in sorted order.
    starts = np.concatenate([[0], np.flatnonzero(xs[1:] != xs[:-1]) + 1])
    exact = len(starts) <= max_groups
    if not exact:
        edges = _bin_edges(xs, max_groups)
        starts = np.unique(np.searchsorted(xs, edges, side="left"))
        starts = starts[starts < n]
    counts = np.diff(np.append(starts, n)).astype(float)
    # A group of one x value takes that value itself: a computed mean can be
    # off in the last bit, and the grid would stop being exact.
    mean_x = xs[starts] if exact else np.add.reduceat(xs, starts) / counts
    mean_y = np.add.reduceat(ys, starts) / counts
    size = counts.astype(np.intp)
    dx = xs - np.repeat(mean_x, size)
    dy = ys - np.repeat(mean_y, size)
    return Grouped(
        np.ascontiguousarray(mean_x),
        mean_y,
        counts,
        np.add.reduceat(dx * dy, starts),
        spread_x=float(np.dot(dx, dx)),
        label_variance=float(np.dot(dy, dy)),
        rows=n,
    )


def _bin_edges(xs: np.ndarray, bins: int) -> np.ndarray:
    """Left edges of about ``bins`` bins of the sorted ``xs``: half of equal count,
    a quarter of equal width over all of x, a quarter over its central 99.8%.

    Equal-count edges follow where the rows are; equal-width ones split the
    thin tails, and keep a far outlier from sharing a bin with the bulk.
    """
    n = len(xs)
    half = max((bins - 3) // 2, 2)  # edges: half + 1, and twice half // 2 + 1
    lo, hi = xs[int(0.001 * (n - 1))], xs[int(0.999 * (n - 1))]
    with np.errstate(over="ignore", invalid="ignore"):
        even = np.linspace(xs[0], xs[-1], half // 2 + 1)
        central = np.linspace(lo, hi, half // 2 + 1)
    counted = xs[np.linspace(0, n - 1, half + 1).astype(np.intp)]
    edges = np.unique(np.concatenate([counted, even, central]))
    return edges[np.isfinite(edges)]


_kernels = None
_lock = threading.Lock()


def _get_kernels():
    global _kernels
    with _lock:
        if _kernels is None:
            try:
                k = jit.load("gdviz.core.figures._numba_landscape")
                _kernels = (k.squared_grid, k.cross_entropy_grid)
            except ImportError:
                _kernels = (_squared_numpy, _cross_entropy_numpy)
        return _kernels


def _squared_numpy(E, F, ys, counts, covariances, ws, out):
    for i, f in enumerate(F):
        p = 1.0 / (1.0 + E * f)
        errors = p - ys
        slope = (p * (1.0 - p) * ws[:, np.newaxis]) @ covariances
        out[i] = (errors * errors) @ counts - 2.0 * slope


def _cross_entropy_numpy(E, F, xs, ys, counts, ws, bs, out):
    for i, b in enumerate(bs):
        z = np.multiply.outer(ws, xs) + b
        u = E * F[i]
        with np.errstate(divide="ignore"):
            t = np.minimum(u, 1.0 / u)
        out[i] = (np.maximum(z, 0) - z * ys + np.log1p(t)) @ counts


def compute(
    data: DataSet | Grouped,
    loss: Loss,
    w_range: tuple[float, float],
    b_range: tuple[float, float],
    size: int = GRID_SIZE,
) -> Grid:
    """Total loss on a ``size`` x ``size`` grid over ``w_range`` x ``b_range``.

    ``data`` may be already grouped (by :func:`group_rows` with
    ``MAX_GROUPS[loss]``), so a caller redrawing the same data pays that once.
    """
    groups = data if isinstance(data, Grouped) else group_rows(data, MAX_GROUPS[Loss(loss)])
    xs, ys, counts = groups.xs, groups.ys, groups.counts
    ws = np.linspace(*w_range, size)
    bs = np.linspace(*b_range, size)
    out = np.empty((size, size))
    squared, cross_entropy = _get_kernels()
    with np.errstate(over="ignore", invalid="ignore"):
        E = np.exp(np.clip(-np.multiply.outer(ws, xs), -_CLAMP, _CLAMP))
        F = np.exp(np.clip(-bs, -_CLAMP, _CLAMP))
    if loss is Loss.SQUARED:
        squared(E, F, ys, counts, groups.covariances, ws, out)
        out += groups.label_variance
    else:
        cross_entropy(E, F, xs, ys, counts, ws, bs, out)
        # The part of sum(y z) the group means miss: w * sum (x - mean x)(y - mean y).
        out -= ws[np.newaxis, :] * groups.covariances.sum()
    bound = groups.error_bound(loss, (float(ws[0]), float(ws[-1])))
    return Grid(ws, bs, out, len(xs), groups.rows, bound)


def optimum_estimate(
    data: DataSet, ridge: float = 1e-3, iterations: int = 30
) -> tuple[float, float]:
    """Where the loss is lowest, roughly: a lightly regularised logistic fit (Newton steps).

    Separable data has no finite optimum; the small ridge keeps the estimate
    finite, pointing the way the valley runs.
    """
    groups = group_rows(data, MAX_GROUPS[Loss.SQUARED])
    xs, ys, counts = groups.xs, groups.ys, groups.counts
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


# -- what the window asks for: a grid around the points that matter ----------------------
CONTOURS = 9
CLIP = 1e4  # grids never span beyond |w|, |b| <= CLIP


@dataclass(frozen=True)
class LandscapeRequest:
    data: DataSet
    loss: Loss
    w_span: tuple[float, float]  # what the grid must show, before margins
    b_span: tuple[float, float]
    # A model with more than (w, b): the slice through its parameters now, along two of
    # them (the grid's "w" and "b" are then those two). None: the lesson's neuron.
    slice: Slice | None = None
    penalty: Penalty = NO_PENALTY  # added to every cell: the total the run follows

    def covers(self, w_span: tuple[float, float], b_span: tuple[float, float]) -> bool:
        return (
            self.w_span[0] <= w_span[0]
            and w_span[1] <= self.w_span[1]
            and self.b_span[0] <= b_span[0]
            and b_span[1] <= self.b_span[1]
        )


@dataclass(frozen=True)
class LandscapeResult:
    request: LandscapeRequest
    grid: Grid
    contour_w: np.ndarray  # contour segments in (w, b), two points each
    contour_b: np.ndarray
    lowest: tuple[float, float] | None = None  # the grid's lowest cell (None: no finite one)


# A slice moves one or two hidden units for every row at every cell: its cost is rows ×
# cells (about 8 ns each on one core). Past SLICE_WORK the grid gets coarser, down to
# SLICE_GRID_MIN a side, then the rows are sampled evenly and their sum scaled up.
SLICE_WORK = 24_000_000
SLICE_GRID_MIN = 60


def slice_plan(rows: int) -> tuple[int, int]:
    """The grid's side and how many of ``rows`` a slice evaluates (all, or a sample)."""
    side = GRID_SIZE
    if rows * side * side > SLICE_WORK:
        side = max(SLICE_GRID_MIN, math.isqrt(SLICE_WORK // max(rows, 1)))
    return side, min(rows, max(1, SLICE_WORK // (side * side)))


def slice_grid(
    cut: Slice, data: DataSet, loss: Loss, w_range: tuple[float, float],
    b_range: tuple[float, float],
) -> Grid:  # fmt: skip
    """The total loss over a slice; past :data:`SLICE_WORK`, estimated from evenly spaced
    rows (``Grid.groups`` of ``Grid.rows``) scaled to all of them."""
    side, used = slice_plan(len(data))
    a_values, b_values = np.linspace(*w_range, side), np.linspace(*b_range, side)
    X, ys = data.X, data.ys
    if used < len(data):
        pick = np.linspace(0, len(data) - 1, used).round().astype(np.int64)
        X, ys = X[pick], ys[pick]
    total = compute_slice(cut, X, ys, loss, a_values, b_values)
    if used < len(data):
        total *= len(data) / used
    return Grid(a_values, b_values, total, used, len(data), 0.0 if used == len(data) else math.nan)


def compute_result(
    request: LandscapeRequest, optimum: tuple[float, float], groups: Grouped | None = None
) -> LandscapeResult:
    """The grid around the request's span and ``optimum``, with its contour lines.

    ``groups``: the request's data already grouped for its loss, if at hand.
    """
    ws = np.clip([*request.w_span, optimum[0]], -CLIP, CLIP)
    bs = np.clip([*request.b_span, optimum[1]], -CLIP, CLIP)
    ws, bs = ws[np.isfinite(ws)], bs[np.isfinite(bs)]
    w_range, b_range = fit_ranges(ws, bs)
    if request.slice is not None:
        grid = slice_grid(request.slice, request.data, request.loss, w_range, b_range)
    else:
        grid = compute(groups or request.data, request.loss, w_range, b_range)
    if request.penalty.on:
        grid.loss[...] += penalty_grid(request.penalty, grid, request.slice)
    rows, cols = [], []
    for level in contour_levels(grid.loss, CONTOURS):
        r, c = contour_segments(grid.loss, level)
        rows.append(r)
        cols.append(c)
    r = np.concatenate(rows) if rows else np.empty(0)
    c = np.concatenate(cols) if cols else np.empty(0)
    dw = (grid.w[-1] - grid.w[0]) / (len(grid.w) - 1)
    db = (grid.b[-1] - grid.b[0]) / (len(grid.b) - 1)
    return LandscapeResult(request, grid, grid.w[0] + c * dw, grid.b[0] + r * db, lowest(grid))


def lowest(grid: Grid) -> tuple[float, float] | None:
    """The (w, b) of the grid's lowest cell (None: no finite loss)."""
    finite = np.isfinite(grid.loss)
    if not finite.any():
        return None
    i, j = np.unravel_index(np.argmin(np.where(finite, grid.loss, np.inf)), grid.loss.shape)
    return float(grid.w[j]), float(grid.b[i])


def penalty_grid(penalty: Penalty, grid: Grid, cut: Slice | None) -> np.ndarray:
    """The penalty at every cell (``loss[i, j]``: at ``w[j]``, ``b[i]``): on the lesson's
    map λ·w² or λ·|w| (b is a bias); on a slice, the weights held where they are plus
    the two axes' own, if they are weights."""

    def term(values: np.ndarray) -> np.ndarray:
        return values * values if penalty.kind is PenaltyKind.L2 else np.abs(values)

    if cut is None:
        return penalty.lam * term(grid.w)[np.newaxis, :]
    weights = cut.network.weights
    a, b = cut.axes
    held = [v for k, v in enumerate(cut.centre) if weights[k] and k not in (a, b)]
    total = np.full(grid.loss.shape, float(term(np.array(held)).sum()) if held else 0.0)
    if weights[a]:
        total += term(grid.w)[np.newaxis, :]
    if weights[b]:
        total += term(grid.b)[:, np.newaxis]
    return penalty.lam * total


def total_loss(data: DataSet, loss: Loss, w: float, b: float) -> float:
    """The epoch loss of (w, b) over every row (a sum, as the log prints it)."""
    with np.errstate(over="ignore", invalid="ignore"):
        z = data.xs * w + b
        if loss is Loss.CROSS_ENTROPY:
            rows = np.maximum(z, 0.0) - z * data.ys + np.log1p(np.exp(-np.abs(z)))
        else:
            rows = (1.0 / (1.0 + np.exp(-z)) - data.ys) ** 2
    return float(rows.sum())


def loss_threshold(data: DataSet, settings: RunSettings) -> float:
    """A loss that says "it got there" on this data: 5 % of the way from the lowest loss
    the data allows back to the loss at the start, to 2 significant digits. It follows
    the data's scale (0.051 on the lesson's 4 rows, ~10.2 on ``ravine``), so a race's
    or a sweep's "reached" means the same on any data set."""
    network = settings.network(data.inputs)
    if network.is_lesson:
        lowest = total_loss(data, settings.loss, *optimum_estimate(data))
        start = total_loss(data, settings.loss, *settings.start)
    else:  # a bigger model: its lowest loss is not estimated; 0 is where it can go
        params = settings.start_params(network)
        start = total_loss_array(network, params, data.X, data.ys, settings.loss)
        lowest = 0.0
    if not (math.isfinite(lowest) and math.isfinite(start)):
        return 0.05
    threshold = lowest + 0.05 * max(start - lowest, 0.0)
    if threshold <= 0:
        return 0.05 if start <= 0 else start / 20
    return float(f"{threshold:.2g}")
