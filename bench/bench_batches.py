"""Epochs per second of each training mode, on the lesson's data and on 10k rows.

Issue 11's target: full-batch epochs/s on the lesson's 4 rows at least 50% of
per-row epochs/s. Every mode runs in the numba kernels through the Trainer, as
the window and the CLI run them. Run: .venv/bin/python bench/bench_batches.py
"""

from __future__ import annotations

import statistics
import time

import numpy as np

from gdviz.core.run.settings import RunSettings
from gdviz.core.train import kernel
from gdviz.core.train.data import DataSet, lesson_data
from gdviz.core.train.model import Loss
from gdviz.core.train.trainer import Trainer


def epochs_per_second(data: DataSet, batch: int, loss: Loss, epochs: int) -> float:
    times = []
    for _ in range(5):
        trainer = Trainer(data, RunSettings(0.1, epochs, batch_size=batch, loss=loss))
        start = time.perf_counter()
        trainer.run_to_end()
        times.append(time.perf_counter() - start)
    return epochs / statistics.median(times)


def main() -> None:
    kernel.warm_up()
    rng = np.random.default_rng(3)
    xs = rng.normal(0, 2, 10_000)
    big = DataSet(xs, (rng.random(10_000) < 1 / (1 + np.exp(-xs))).astype(float), "10k")
    for data, epochs in ((lesson_data(), 2_000_000), (big, 1_000)):
        print(f"{data.name} ({len(data.xs)} rows)")
        for loss in Loss:
            rates = {
                name: epochs_per_second(data, batch, loss, epochs)
                for name, batch in (("per row", 1), ("mini-batch 2", 2), ("full batch", 0))
            }
            row = rates["per row"]
            print(f"  {loss}:")
            for name, rate in rates.items():
                print(f"    {name:13s} {rate:14,.0f} epochs/s  {rate / row:6.0%} of per-row")


if __name__ == "__main__":
    main()
