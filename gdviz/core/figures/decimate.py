"""A min/max envelope of a long, growing series, for drawing.

Drawing ten million epochs every frame is too slow; drawing each bucket's
minimum and maximum keeps every spike visible at a few thousand points.
Each update costs O(new points); when the buckets outgrow the budget,
neighbours merge pairwise (O(buckets)), never O(full length).
"""

from __future__ import annotations

import numpy as np


class PeakEnvelope:
    """Bucketed min/max of ``y`` over ``x = 0, 1, 2, ...``; ``y`` only ever grows."""

    def __init__(self, max_buckets: int = 4096) -> None:
        self.max_buckets = max_buckets
        self.clear()

    def clear(self) -> None:
        self.bucket = 1  # points per bucket, a power of two
        self._mins = np.empty(0)
        self._maxs = np.empty(0)
        self._tail = np.empty(0)

    def update(self, y: np.ndarray) -> None:
        """Catch up with ``y``, the full series so far (earlier values unchanged)."""
        n = len(y)
        while n > self.max_buckets * self.bucket:
            even = len(self._mins) // 2 * 2  # an odd last bucket is recomputed below
            self._mins = self._mins[:even].reshape(-1, 2).min(axis=1)
            self._maxs = self._maxs[:even].reshape(-1, 2).max(axis=1)
            self.bucket *= 2
        have = len(self._mins)
        full = n // self.bucket
        if full > have:
            blocks = y[have * self.bucket : full * self.bucket].reshape(-1, self.bucket)
            self._mins = np.concatenate([self._mins, blocks.min(axis=1)])
            self._maxs = np.concatenate([self._maxs, blocks.max(axis=1)])
        self._tail = y[full * self.bucket :]

    @property
    def decimated(self) -> bool:
        return self.bucket > 1

    def xy(self) -> tuple[np.ndarray, np.ndarray]:
        """Points to draw: each bucket's min then max (the last bucket may be partial)."""
        n = len(self._mins)
        if self.bucket == 1:
            return np.arange(n, dtype=float), self._mins.copy()
        x = np.empty(2 * n)
        y = np.empty(2 * n)
        starts = np.arange(n, dtype=float) * self.bucket
        x[0::2] = starts
        x[1::2] = starts + (self.bucket - 1)
        y[0::2] = self._mins
        y[1::2] = self._maxs
        if len(self._tail) == 0:
            return x, y
        # The unfinished last bucket, as its own min and max.
        start = n * self.bucket
        tail_x = np.array([start, start + len(self._tail) - 1], dtype=float)
        tail_y = np.array([self._tail.min(), self._tail.max()])
        return np.concatenate([x, tail_x]), np.concatenate([y, tail_y])
