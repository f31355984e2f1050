"""Holding rows out for validation: which rows, by a rule anyone can repeat.

The rule, exactly: ``idx = list(range(n)); random.Random(seed).shuffle(idx)``; the first
``round(fraction * n)`` indices are the validation rows. Both parts keep the file's row
order. Python's Mersenne Twister and its shuffle are the same on every machine, so the
same seed holds out the same rows everywhere.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from functools import lru_cache

import numpy as np

from gdviz.core.i18n import localise, translate
from gdviz.core.train.data import DataError, DataSet


@lru_cache(maxsize=8)
def _held_out(n: int, fraction: float, seed: int) -> np.ndarray:
    idx = list(range(n))
    random.Random(seed).shuffle(idx)
    chosen = np.zeros(n, dtype=bool)
    chosen[idx[: round(fraction * n)]] = True
    chosen.setflags(write=False)
    return chosen


def held_out(n: int, fraction: float, seed: int = 0) -> np.ndarray:
    """For each of ``n`` rows, True if it is held out for validation (read-only)."""
    return _held_out(int(n), float(fraction), int(seed))


def split_problem(n: int, fraction: float) -> str | None:
    """Why holding out ``fraction`` of ``n`` rows leaves a part empty (None: it does not)."""
    k = round(fraction * n)
    if 0 < k < n:
        return None
    shown = f"{fraction:g}" if float(f"{fraction:g}") == fraction else repr(fraction)
    low, high = 1 / n, (n - 1) / n  # one row held out, one row trained on
    hint = (
        translate("split", "with {n} rows, hold out between {low} and {high}").format(
            n=f"{n:,}", low=f"{low:.6g}", high=f"{high:.6g}"
        )
        if n > 1
        else translate("split", "a split needs at least 2 rows")
    )
    if k == 0:
        empty = translate(
            "split",
            "holding out {shown} of {n} rows leaves the validation part empty "
            "(round({shown} × {n}) = {k} rows held out): each part needs at least one row; {hint}",
        )
    else:
        empty = translate(
            "split",
            "holding out {shown} of {n} rows leaves the training part empty "
            "(round({shown} × {n}) = {k} rows held out): each part needs at least one row; {hint}",
        )
    return localise(empty.format(shown=shown, n=f"{n:,}", k=f"{k:,}", hint=hint))


@dataclass(frozen=True)
class Split:
    """A data set in two parts: ``train`` (trained on) and ``validation`` (held out);
    ``mask`` marks the held-out rows of ``data``."""

    data: DataSet
    train: DataSet
    validation: DataSet
    mask: np.ndarray
    fraction: float
    seed: int


def split(data: DataSet, fraction: float, seed: int = 0) -> Split:
    """``data`` split by the rule above; raises DataError if a part would be empty."""
    problem = split_problem(len(data), fraction)
    if problem:
        raise DataError(data.name, problem)
    mask = held_out(len(data), fraction, seed)
    x2 = data.x2

    def part(rows: np.ndarray, name: str) -> DataSet:
        return data.with_rows(
            data.xs[rows], data.ys[rows], note=name, x2=x2[rows] if x2 is not None else None
        )

    return Split(data, part(~mask, "training rows"), part(mask, "validation rows"), mask,
                 fraction, seed)  # fmt: skip
