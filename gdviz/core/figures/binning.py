"""What a person can read of a big data set: the pass rate per x bin.

Thousands of overlapping symbols say nothing; the fraction of passes in each
slice of x does, and it is what the sigmoid is trying to follow.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

BINS = 40


@dataclass(frozen=True)
class PassRates:
    """Rows binned by x (equal widths over the data's range); empty bins left out."""

    edges: np.ndarray  # BINS + 1 bin edges
    x: np.ndarray  # each non-empty bin's mean x
    rate: np.ndarray  # its mean label (the pass rate, for 0/1 labels)
    count: np.ndarray  # its rows
    passed: np.ndarray  # rows per bin (all bins) with label >= 0.5
    failed: np.ndarray  # rows per bin (all bins) with label < 0.5


def pass_rates(xs: np.ndarray, ys: np.ndarray, bins: int = BINS) -> PassRates:
    """Bin ``xs`` into ``bins`` equal widths and summarise the labels of each bin."""
    lo, hi = float(xs.min()), float(xs.max())
    if hi <= lo:
        lo, hi = lo - 0.5, hi + 0.5
    edges = np.linspace(lo, hi, bins + 1)
    which = np.clip(((xs - lo) / (hi - lo) * bins).astype(np.intp), 0, bins - 1)
    count = np.bincount(which, minlength=bins)
    passed = np.bincount(which, weights=ys >= 0.5, minlength=bins).astype(np.intp)
    used = count > 0
    mean_x = np.bincount(which, xs, minlength=bins)[used] / count[used]
    rate = np.bincount(which, ys, minlength=bins)[used] / count[used]
    return PassRates(edges, mean_x, rate, count[used], passed, count - passed)
