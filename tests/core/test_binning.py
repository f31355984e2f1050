"""Pass rates per x bin, for the fit plot of big data sets."""

from __future__ import annotations

import numpy as np

from gdviz.core.figures.binning import pass_rates


def test_rates_counts_and_label_strips_by_hand():
    xs = np.array([0.0, 0.5, 1.0, 9.0, 9.5, 10.0, 10.0])
    ys = np.array([0.0, 0.0, 1.0, 1.0, 0.0, 1.0, 1.0])
    r = pass_rates(xs, ys, bins=2)  # [0, 5) and [5, 10]
    assert r.edges.tolist() == [0.0, 5.0, 10.0]
    assert r.count.tolist() == [3, 4]
    assert r.x.tolist() == [0.5, 9.625]
    assert r.rate.tolist() == [1 / 3, 0.75]
    assert r.passed.tolist() == [1, 3] and r.failed.tolist() == [2, 1]


def test_empty_bins_are_left_out_of_the_rates_not_the_strips():
    r = pass_rates(np.array([0.0, 10.0]), np.array([0.0, 1.0]), bins=5)
    assert r.x.tolist() == [0.0, 10.0] and r.rate.tolist() == [0.0, 1.0]
    assert r.passed.tolist() == [0, 0, 0, 0, 1] and r.failed.tolist() == [1, 0, 0, 0, 0]


def test_one_x_value_and_huge_values():
    r = pass_rates(np.full(5, 3.0), np.array([1.0, 1, 0, 1, 0]))
    assert r.count.tolist() == [5] and r.rate.tolist() == [0.6]
    big = pass_rates(np.array([-1e12, 1e12]), np.array([0.0, 1.0]))
    assert big.count.sum() == 2 and np.isfinite(big.edges).all()


def test_a_million_rows_follow_the_true_curve():
    rng = np.random.default_rng(2)
    xs = rng.uniform(0, 10, 1_000_000)
    truth = 1 / (1 + np.exp(-(xs - 5)))
    ys = (rng.random(xs.size) < truth).astype(float)
    r = pass_rates(xs, ys)
    expected = 1 / (1 + np.exp(-(r.x - 5)))
    assert np.abs(r.rate - expected).max() < 0.02  # 25,000 rows per bin
    assert r.count.sum() == 1_000_000
