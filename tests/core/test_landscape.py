from __future__ import annotations

import math

import numpy as np
import pytest

from gdviz.core.figures import landscape
from gdviz.core.train.data import DataSet, from_rows, lesson_data, load_builtin
from gdviz.core.train.model import Loss, cross_entropy, update_row


def direct_total(data, w, b, loss):
    if loss is Loss.SQUARED:
        return sum(update_row(x, y, w, b, 0.1).loss for x, y in data.rows)
    return sum(cross_entropy(x * w + b, y) for x, y in data.rows)


@pytest.mark.parametrize("loss", list(Loss))
@pytest.mark.parametrize("name", ["lesson", "students-200", "outlier"])
def test_grid_values_equal_the_core_loss(name, loss):
    data = load_builtin(name)
    grid = landscape.compute(data, loss, (-3.0, 6.0), (-12.0, 4.0), size=50)
    for i, j in [(0, 0), (10, 40), (25, 25), (49, 3), (49, 49)]:
        expected = direct_total(data, grid.w[j], grid.b[i], loss)
        assert grid.loss[i, j] == pytest.approx(expected, rel=1e-12, abs=1e-300)
    assert grid.rows == len(data) and grid.exact and grid.error_bound == 0.0


def test_duplicate_rows_count_with_their_weight():
    data = from_rows([(1, 0), (1, 0), (1, 0), (3, 1)])
    grid = landscape.compute(data, Loss.SQUARED, (0, 2), (-2, 0), size=5)
    assert grid.groups == 2 and grid.rows == 4
    assert grid.loss[2, 2] == pytest.approx(
        direct_total(data, grid.w[2], grid.b[2], Loss.SQUARED), rel=1e-12
    )


def numpy_total(xs, ys, w, b, loss):
    z = xs * w + b
    if loss is Loss.SQUARED:
        with np.errstate(over="ignore"):  # exp overflow: p = 0, its limit
            return float(np.sum((1 / (1 + np.exp(-z)) - ys) ** 2))
    return float(np.sum(np.maximum(z, 0) - z * ys + np.log1p(np.exp(-np.abs(z)))))


@pytest.mark.parametrize("loss", list(Loss))
def test_a_million_rows_with_few_distinct_values_are_exact(loss):
    rng = np.random.default_rng(4)
    xs = rng.integers(0, 40, 1_000_000) / 4.0  # 40 distinct hours
    ys = rng.choice([0.0, 0.25, 1.0], xs.size)  # and three label values
    data = DataSet(xs, ys, "many")
    grid = landscape.compute(data, loss, (-2.0, 5.0), (-10.0, 3.0), size=40)
    assert grid.exact and grid.groups == 40 and grid.rows == 1_000_000
    for i, j in [(0, 0), (13, 29), (39, 39)]:
        expected = numpy_total(xs, ys, grid.w[j], grid.b[i], loss)
        assert grid.loss[i, j] == pytest.approx(expected, rel=1e-9)


@pytest.mark.parametrize("loss", list(Loss))
@pytest.mark.parametrize("labels", ["binary", "fractional"])
@pytest.mark.parametrize("outlier", [False, True])
def test_many_distinct_x_are_binned_within_the_stated_bound(loss, labels, outlier):
    rng = np.random.default_rng(3)
    xs = rng.normal(5, 2, 200_000)
    if outlier:
        xs = np.append(xs, 1e4)  # the equal-width bins are then all but spent on it
    ys = (xs > rng.normal(5, 1.5, xs.size)).astype(float)
    if labels == "fractional":
        ys = rng.random(xs.size)
    data = DataSet(xs, ys, "continuous")
    grid = landscape.compute(data, loss, (-1.0, 4.0), (-15.0, 2.0), size=30)
    assert not grid.exact and grid.groups <= landscape.MAX_GROUPS[loss]
    errors = [
        abs(grid.loss[i, j] - numpy_total(xs, ys, grid.w[j], grid.b[i], loss))
        for i in range(0, 30, 3)
        for j in range(0, 30, 3)
    ]
    assert max(errors) <= grid.error_bound
    # The bound is worth stating: under 0.1% of the smallest total on the grid (2%
    # with the outlier), while the error itself stays far below it.
    assert grid.error_bound < (2e-2 if outlier else 1e-3) * grid.loss.min()
    assert max(errors) < 1e-4 * grid.loss.min()


def test_extreme_parameters_stay_finite():
    grid = landscape.compute(lesson_data(), Loss.SQUARED, (-500, 500), (-1000, 1000), size=30)
    assert np.isfinite(grid.loss).all()
    assert grid.loss.max() <= 4.0 and grid.loss.min() >= 0.0


def test_ranges_cover_points_with_margin():
    (w0, w1), (b0, b1) = landscape.fit_ranges(np.array([0.1, 4.3]), np.array([0.0, -10.5]))
    assert w0 < 0.1 and w1 > 4.3 and b0 < -10.5 and b1 > 0.0
    (w0, w1), _ = landscape.fit_ranges(np.array([1.0]), np.array([1.0]))
    assert w1 - w0 == pytest.approx(2.0)


def test_optimum_estimate_points_down_the_valley():
    w, b = landscape.optimum_estimate(lesson_data())
    assert math.isfinite(w) and w > 2 and -b / w == pytest.approx(2.5, abs=0.1)


def test_contour_segments_lie_on_the_level():
    i, j = np.meshgrid(np.arange(40.0), np.arange(50.0), indexing="ij")
    values = (i - 20) ** 2 + (j - 25) ** 2  # circles around (20, 25)
    rows, cols = landscape.contour_segments(values, 100.0)
    assert len(rows) % 2 == 0 and len(rows) > 40
    radius = np.hypot(rows - 20, cols - 25)
    assert np.all(np.abs(radius - 10.0) < 0.3)  # linear interpolation on a coarse grid
    # Each segment joins two points on neighbouring cell edges.
    assert np.all(np.hypot(rows[::2] - rows[1::2], cols[::2] - cols[1::2]) <= np.sqrt(2) + 1e-9)


def test_contour_levels_are_quantiles_unchanged_by_log():
    values = np.exp(np.linspace(0, 5, 400)).reshape(20, 20)
    linear = landscape.contour_levels(values, 5)
    logged = landscape.contour_levels(np.log(values), 5)
    assert np.allclose(np.log(linear), logged, rtol=1e-12)
