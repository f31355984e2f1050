"""Benchmark: how long a 200x200 loss-landscape grid takes.

Targets: the lesson's data <= 20 ms, 10,000 rows <= 500 ms (median of 5, after
the first call, which compiles the numba kernel and is reported separately).

Run:  python bench/bench_landscape.py
"""

from __future__ import annotations

import statistics
import time

import numpy as np

from gdviz.core import landscape
from gdviz.core.data import from_rows, lesson_data
from gdviz.core.model import Loss

TARGETS_MS = {4: 20, 10_000: 500}


def random_data(n: int, seed: int = 7):
    rng = np.random.default_rng(seed)
    xs = rng.uniform(0, 10, n)
    ys = (xs > rng.normal(5, 1.5, n)).astype(float)
    return from_rows(zip(xs.tolist(), ys.tolist(), strict=True), name=f"{n} rows")


def timed(data, loss, repeats=5) -> list[float]:
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        landscape.compute(data, loss, (-2.0, 8.0), (-20.0, 5.0))
        times.append((time.perf_counter() - start) * 1000)
    return times


def main() -> None:
    print("gdviz loss-landscape benchmark: 200 x 200 grid")
    start = time.perf_counter()
    landscape.compute(lesson_data(), Loss.SQUARED, (0, 1), (0, 1), size=4)
    landscape.compute(lesson_data(), Loss.CROSS_ENTROPY, (0, 1), (0, 1), size=4)
    print(f"  first call (imports and compiles the kernels): {time.perf_counter() - start:.2f} s")
    cases = [
        (lesson_data(), 4),
        (random_data(1_000), 1_000),
        (random_data(10_000), 10_000),
        (random_data(100_000), 100_000),
    ]
    for loss in Loss:
        for data, n in cases:
            times = timed(data, loss)
            target = TARGETS_MS.get(n)
            verdict = f" (target <= {target} ms)" if target and loss is Loss.SQUARED else ""
            note = " [subsampled to 10,000 rows]" if n > landscape.MAX_ROWS else ""
            print(
                f"  {loss.value:13s} {n:>7,} rows: median {statistics.median(times):7.1f} ms "
                f"of {', '.join(f'{t:.1f}' for t in times)}{verdict}{note}"
            )


if __name__ == "__main__":
    main()
