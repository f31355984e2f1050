"""Per-epoch history: the loss of each epoch and w, b after it.

Stored in preallocated float64 arrays that grow geometrically, so appending a
block is a copy into place and reading is a view (no per-epoch objects).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class EpochBlock:
    """Consecutive epochs ``start, start+1, ...``: their loss, and w, b after each.

    Frozen and holding its own arrays, so it can cross threads safely.
    """

    start: int
    loss: np.ndarray
    w: np.ndarray
    b: np.ndarray

    def __len__(self) -> int:
        return len(self.loss)

    @property
    def stop(self) -> int:
        """One past the last epoch in the block."""
        return self.start + len(self.loss)


class History:
    """Growable per-epoch arrays; ``loss``, ``w`` and ``b`` are views of length ``len``."""

    def __init__(self, capacity: int = 1024) -> None:
        self._n = 0
        capacity = max(16, int(capacity))
        self._loss = np.empty(capacity)
        self._w = np.empty(capacity)
        self._b = np.empty(capacity)

    def __len__(self) -> int:
        return self._n

    def reserve(self, capacity: int) -> None:
        """Make room for ``capacity`` epochs in total (never shrinks)."""
        if capacity <= len(self._loss):
            return
        for name in ("_loss", "_w", "_b"):
            old = getattr(self, name)
            new = np.empty(capacity)
            new[: self._n] = old[: self._n]
            setattr(self, name, new)

    def append(self, block: EpochBlock) -> None:
        """Append a block; its ``start`` must equal the current length."""
        if block.start != self._n:
            raise ValueError(f"block starts at epoch {block.start}, history has {self._n}")
        end = self._n + len(block)
        if end > len(self._loss):
            self.reserve(max(end, len(self._loss) + len(self._loss) // 2))
        self._loss[self._n : end] = block.loss
        self._w[self._n : end] = block.w
        self._b[self._n : end] = block.b
        self._n = end

    def clear(self) -> None:
        self._n = 0

    @property
    def loss(self) -> np.ndarray:
        return self._loss[: self._n]

    @property
    def w(self) -> np.ndarray:
        return self._w[: self._n]

    @property
    def b(self) -> np.ndarray:
        return self._b[: self._n]

    def nbytes(self) -> int:
        """Memory held by the arrays (capacity, not length)."""
        return self._loss.nbytes + self._w.nbytes + self._b.nbytes
