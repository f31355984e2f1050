"""Benchmark: how long a 200x200 loss-landscape grid takes, over every row.

Targets (issue 11): either loss, 10,000 or 1,000,000 rows: <= 500 ms, grouping
the rows included (the window's worker then keeps the groups, so redraws of
the same data cost only the grid: printed as "redraw"). The lesson's data:
<= 20 ms. Medians of 5, after a first call that compiles the numba kernels.
Also printed: how many weighted groups stood for the rows, and the stated
error bound against the smallest total loss on the grid.

Run:  python bench/bench_landscape.py
"""

from __future__ import annotations

import statistics
import time

import numpy as np

from gdviz.core.figures import landscape
from gdviz.core.train.data import DataSet, lesson_data
from gdviz.core.train.model import Loss

TARGETS_MS = {4: 20, 10_000: 500, 1_000_000: 500}
W_RANGE, B_RANGE = (-2.0, 8.0), (-20.0, 5.0)


def random_data(n: int, seed: int = 7) -> DataSet:
    rng = np.random.default_rng(seed)
    xs = rng.uniform(0, 10, n)
    ys = (xs > rng.normal(5, 1.5, n)).astype(float)
    return DataSet(xs, ys, f"{n} rows")


def median_ms(run, repeats: int = 5) -> float:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        run()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def main() -> None:
    print("gdviz loss-landscape benchmark: 200 x 200 grid, every row")
    start = time.perf_counter()
    for loss in Loss:
        landscape.compute(lesson_data(), loss, (0, 1), (0, 1), size=4)
    print(f"  first call (imports and compiles the kernels): {time.perf_counter() - start:.2f} s")
    cases = [lesson_data(), random_data(10_000), random_data(1_000_000)]
    for loss in Loss:
        for data in cases:
            n = len(data.xs)
            fresh = median_ms(lambda d=data, s=loss: landscape.compute(d, s, W_RANGE, B_RANGE))
            groups = landscape.group_rows(data, landscape.MAX_GROUPS[loss])
            redraw = median_ms(lambda g=groups, s=loss: landscape.compute(g, s, W_RANGE, B_RANGE))
            grid = landscape.compute(groups, loss, W_RANGE, B_RANGE)
            accuracy = (
                "exact"
                if grid.exact
                else f"bound {grid.error_bound / grid.loss.min():.1e} of the smallest total"
            )
            print(
                f"  {loss.value:13s} {n:>9,} rows: {fresh:6.1f} ms (target <= {TARGETS_MS[n]} ms),"
                f" redraw {redraw:6.1f} ms; {grid.groups:,} groups, {accuracy}"
            )


if __name__ == "__main__":
    main()
