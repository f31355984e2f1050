"""Per-epoch history: the loss of each epoch and w, b after it.

The loss of every epoch is kept. w and b are kept for every epoch up to
``max_params`` epochs; beyond that, only every ``param_stride``-th epoch's
(the stride doubles as the run grows), so a ten-million-epoch run stays
within a memory budget. Arrays are preallocated and grow geometrically:
appending is a copy into place and reading is a view.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import numpy as np

MAX_PARAMS = 1 << 21  # epochs whose w, b are all kept (~2M, 32 MB)
PREALLOCATE_MAX = 1 << 24  # epochs reserved up front at most (128 MB); beyond, it grows


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


def _grow(array: np.ndarray, used: int, needed: int) -> np.ndarray:
    if needed <= len(array):
        return array
    new = np.empty(max(needed, len(array) + len(array) // 2))
    new[:used] = array[:used]
    return new


class EpochRecord(Protocol):
    """What a view reads of a history: a :class:`History`, or the first epochs of one."""

    @property
    def loss(self) -> np.ndarray: ...

    def __len__(self) -> int: ...


class History:
    """Growable per-epoch record of a run.

    ``loss`` has one value per epoch. ``w`` and ``b`` have one value per
    ``param_stride`` epochs (epochs ``0, s, 2s, ...``); the stride is 1 until
    the run passes ``max_params`` epochs.
    """

    def __init__(self, capacity: int = 1024, max_params: int = MAX_PARAMS) -> None:
        self._n = 0
        self.max_params = max(2, max_params)
        self.param_stride = 1
        self._np = 0
        # Never size memory by a number alone: a run of 10**12 epochs asks for it, but
        # only the epochs actually trained are ever stored.
        capacity = min(max(16, int(capacity)), PREALLOCATE_MAX)
        self._loss = np.empty(capacity)
        self._w = np.empty(min(capacity, self.max_params))
        self._b = np.empty_like(self._w)
        self.last_w = self.last_b = float("nan")

    def __len__(self) -> int:
        return self._n

    @classmethod
    def from_arrays(
        cls,
        loss: np.ndarray,
        w: np.ndarray,
        b: np.ndarray,
        param_stride: int = 1,
        capacity: int = 0,
        max_params: int = MAX_PARAMS,
    ) -> History:
        """A history holding ``loss`` and w, b kept every ``param_stride`` epochs."""
        n = len(loss)
        if len(w) != len(b) or len(w) != -(-n // param_stride):
            raise ValueError(
                f"{len(w)} weights and {len(b)} biases do not fit {n} epochs "
                f"kept every {param_stride}"
            )
        history = cls(max(capacity, n), max_params=max(max_params, len(w)))
        history._loss[:n] = loss
        history._w = np.array(w, dtype=float)
        history._b = np.array(b, dtype=float)
        history._n, history._np, history.param_stride = n, len(w), param_stride
        return history

    def copy(self) -> History:
        """An independent copy of what is stored."""
        return History.from_arrays(
            self.loss, self.w, self.b, self.param_stride, max_params=self.max_params
        )

    def reserve(self, capacity: int) -> None:
        """Make room for ``capacity`` epochs in total, up to PREALLOCATE_MAX (never shrinks)."""
        self._loss = _grow(self._loss, self._n, min(capacity, PREALLOCATE_MAX))

    def append(self, block: EpochBlock) -> None:
        """Append a block; its ``start`` must equal the current length."""
        if block.start != self._n:
            raise ValueError(f"block starts at epoch {block.start}, history has {self._n}")
        end = self._n + len(block)
        self._loss = _grow(self._loss, self._n, end)
        self._loss[self._n : end] = block.loss
        while end > self.max_params * self.param_stride:
            self._thin()
        s = self.param_stride
        first = -(-block.start // s) * s  # the first epoch in the block kept for w, b
        picked = slice(first - block.start, None, s)
        w, b = block.w[picked], block.b[picked]
        self._w = _grow(self._w, self._np, self._np + len(w))
        self._b = _grow(self._b, self._np, self._np + len(b))
        self._w[self._np : self._np + len(w)] = w
        self._b[self._np : self._np + len(b)] = b
        self._np += len(w)
        self._n = end
        if len(block):
            self.last_w, self.last_b = float(block.w[-1]), float(block.b[-1])

    def _thin(self) -> None:
        kept = (self._np + 1) // 2
        self._w[:kept] = self._w[: self._np : 2]
        self._b[:kept] = self._b[: self._np : 2]
        self._np = kept
        self.param_stride *= 2

    def clear(self) -> None:
        self._n = 0
        self._np = 0
        self.param_stride = 1
        self.last_w = self.last_b = float("nan")

    @property
    def loss(self) -> np.ndarray:
        """Loss of every epoch (a view)."""
        return self._loss[: self._n]

    @property
    def w(self) -> np.ndarray:
        """w after epochs ``0, s, 2s, ...`` (``s = param_stride``; a view)."""
        return self._w[: self._np]

    @property
    def b(self) -> np.ndarray:
        """b after epochs ``0, s, 2s, ...`` (a view)."""
        return self._b[: self._np]

    @property
    def param_epochs(self) -> np.ndarray:
        """The epoch of each entry of ``w`` and ``b``."""
        return np.arange(self._np) * self.param_stride

    @property
    def capacity(self) -> int:
        """Epochs the loss array holds without growing."""
        return len(self._loss)

    def nbytes(self) -> int:
        """Memory held by the arrays (capacity, not length)."""
        return self._loss.nbytes + self._w.nbytes + self._b.nbytes


class RiseCounter:
    """Counts the epochs in a row whose loss rose, across blocks of a run.

    :meth:`feed` says when a streak reaches ``limit`` rises, once per streak.
    """

    def __init__(self, limit: int) -> None:
        self.limit = limit
        self.streak = 0  # rises in a row up to the last epoch fed
        self._last: float | None = None

    def reset(self) -> None:
        self.streak = 0
        self._last = None

    def feed(self, start: int, losses: np.ndarray) -> int | None:
        """Take the losses of epochs ``start, start+1, ...``; return the first epoch of a
        streak that reached ``limit`` rises within them (None if none did).

        A few vectorised passes, no per-epoch Python: it runs on the GUI thread for
        every batch of a run at full speed (~140,000 epochs a batch)."""
        if not len(losses):
            return None
        if self._last is None:
            seq, first = losses, start
        else:
            seq, first = np.concatenate(([self._last], losses)), start - 1
        self._last = float(losses[-1])
        up = seq[1:] > seq[:-1]  # up[i]: epoch first + i + 1 rose
        n = len(up)
        if n == 0:
            return None
        carried = self.streak
        rises = np.concatenate(([0], np.cumsum(up)))
        limit = self.limit
        if up.all():
            self.streak = carried + n
            if carried < limit <= self.streak:
                return int(first + 1 - carried)
            return None
        first_fall = int(np.argmin(up))
        last_fall = n - 1 - int(np.argmin(up[::-1]))
        self.streak = n - 1 - last_fall
        if carried < limit <= carried + first_fall:
            return int(first + 1 - carried)
        # Within the block: a window of `limit` epochs that all rose.
        if n - first_fall - 1 >= limit:
            windows = rises[first_fall + 1 + limit :] - rises[first_fall + 1 : n + 1 - limit]
            full = np.flatnonzero(windows == limit)
            if full.size:
                return int(first + first_fall + 2 + full[0])
        return None
