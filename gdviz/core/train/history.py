"""Per-epoch history: the loss of each epoch and the parameters after it.

The loss of every epoch is kept. The parameters are kept for every epoch up to
``max_params`` epochs; beyond that, only every ``param_stride``-th epoch's (the stride
doubles as the run grows), so a ten-million-epoch run stays within a memory budget
(a bigger model keeps fewer epochs' parameters, within the same budget). Arrays are
preallocated and grow geometrically: appending is a copy into place and reading is a
view. Parameters are stored one row per parameter (in the model's order, see
:mod:`gdviz.core.train.network`), so each parameter's path is a contiguous view.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import numpy as np

PARAM_VALUES = 1 << 20  # parameter values kept at most (8 MB): the lesson's w, b for ~512k epochs
MAX_PARAMS = PARAM_VALUES // 2  # epochs whose parameters are all kept, for the lesson's neuron
PREALLOCATE_MAX = 1 << 24  # epochs reserved up front at most (128 MB); beyond, it grows


@dataclass(frozen=True)
class EpochBlock:
    """Consecutive epochs ``start, start+1, ...``: their loss, and the parameters after
    each (``params[k]``: parameter k's values, one per epoch).

    Frozen and holding its own arrays, so it can cross threads safely.
    """

    start: int
    loss: np.ndarray
    params: np.ndarray
    val_loss: np.ndarray | None = None  # with rows held out: their mean loss after each

    def __post_init__(self) -> None:
        if self.params.ndim != 2 or self.params.shape[1] != len(self.loss):
            raise ValueError(
                f"parameters of shape {self.params.shape} do not fit {len(self.loss)} epochs"
            )
        if self.val_loss is not None and len(self.val_loss) != len(self.loss):
            raise ValueError(f"{len(self.val_loss)} validation losses for {len(self)} epochs")

    def __len__(self) -> int:
        return len(self.loss)

    @property
    def stop(self) -> int:
        """One past the last epoch in the block."""
        return self.start + len(self.loss)

    @property
    def w(self) -> np.ndarray:
        """The lesson's neuron: w after each epoch (the first parameter)."""
        return self.params[0]

    @property
    def b(self) -> np.ndarray:
        """The lesson's neuron: b after each epoch (the last parameter)."""
        return self.params[-1]

    @staticmethod
    def joined(blocks: list[EpochBlock]) -> EpochBlock:
        """Consecutive blocks as one."""
        if len(blocks) == 1:
            return blocks[0]
        held = [b.val_loss for b in blocks]
        return EpochBlock(
            blocks[0].start,
            np.concatenate([b.loss for b in blocks]),
            np.concatenate([b.params for b in blocks], axis=1),
            np.concatenate(held) if all(v is not None for v in held) else None,  # type: ignore[arg-type]
        )


def _grow(array: np.ndarray, used: int, needed: int) -> np.ndarray:
    """``array`` (1-D, or parameters by epoch) with room for ``needed`` epochs."""
    if needed <= array.shape[-1]:
        return array
    size = max(needed, array.shape[-1] + array.shape[-1] // 2)
    new = np.empty((*array.shape[:-1], size))
    new[..., :used] = array[..., :used]
    return new


class EpochRecord(Protocol):
    """What a view reads of a history: a :class:`History`, or the first epochs of one."""

    @property
    def loss(self) -> np.ndarray: ...

    def __len__(self) -> int: ...


class History:
    """Growable per-epoch record of a run.

    ``loss`` has one value per epoch. ``params`` has one column per ``param_stride``
    epochs (epochs ``0, s, 2s, ...``); the stride is 1 until the run passes
    ``max_params`` epochs. ``size`` is the model's number of parameters.
    """

    def __init__(self, capacity: int = 1024, max_params: int | None = None, size: int = 2) -> None:
        self._n = 0
        self.size = size
        self.max_params = max(2, max_params if max_params is not None else PARAM_VALUES // size)
        self.param_stride = 1
        self._np = 0
        # Never size memory by a number alone: a run of 10**12 epochs asks for it, but
        # only the epochs actually trained are ever stored.
        capacity = min(max(16, int(capacity)), PREALLOCATE_MAX)
        self._loss = np.empty(capacity)
        self._val: np.ndarray | None = None  # validation losses, once a block brings them
        self._held = False  # this run's blocks bring them (the array outlives a clear())
        self._params = np.empty((size, min(capacity, self.max_params)))
        self.last_params = np.full(size, np.nan)

    def __len__(self) -> int:
        return self._n

    @classmethod
    def from_arrays(
        cls,
        loss: np.ndarray,
        params: np.ndarray,
        param_stride: int = 1,
        capacity: int = 0,
        max_params: int | None = None,
        val_loss: np.ndarray | None = None,
    ) -> History:
        """A history holding ``loss`` and the parameters (one row per parameter) kept
        every ``param_stride`` epochs (and the validation losses, if rows were held out)."""
        n = len(loss)
        params = np.array(params, dtype=float, ndmin=2)
        size, kept = params.shape
        if kept != -(-n // param_stride):
            raise ValueError(
                f"{kept} values of each parameter do not fit {n} epochs kept every {param_stride}"
            )
        limit = max_params if max_params is not None else PARAM_VALUES // size
        history = cls(max(capacity, n), max_params=max(limit, kept), size=size)
        history._loss[:n] = loss
        if val_loss is not None:
            if len(val_loss) != n:
                raise ValueError(f"{len(val_loss)} validation losses do not fit {n} epochs")
            history._val = np.empty(len(history._loss))
            history._val[:n] = val_loss
            history._held = True
        history._params = params
        history._n, history._np, history.param_stride = n, kept, param_stride
        return history

    def copy(self) -> History:
        """An independent copy of what is stored."""
        return History.from_arrays(
            self.loss, self.params, self.param_stride, max_params=self.max_params,
            val_loss=self.val_loss,
        )  # fmt: skip

    def reserve(self, capacity: int) -> None:
        """Make room for ``capacity`` epochs in total, up to PREALLOCATE_MAX (never shrinks)."""
        self._loss = _grow(self._loss, self._n, min(capacity, PREALLOCATE_MAX))
        if self._val is not None:
            self._val = _grow(self._val, self._n, len(self._loss))

    def append(self, block: EpochBlock) -> None:
        """Append a block; its ``start`` must equal the current length."""
        if block.start != self._n:
            raise ValueError(f"block starts at epoch {block.start}, history has {self._n}")
        if block.params.shape[0] != self.size:
            raise ValueError(f"a block of {block.params.shape[0]} parameters, not {self.size}")
        end = self._n + len(block)
        self._loss = _grow(self._loss, self._n, end)
        self._loss[self._n : end] = block.loss
        if block.val_loss is not None:
            if not self._held:
                if self._n:
                    raise ValueError("validation losses for a history kept without them")
                self._held = True
            if self._val is None:  # else kept from a run before, and reused
                self._val = np.empty(len(self._loss))
            self._val = _grow(self._val, self._n, len(self._loss))
            self._val[self._n : end] = block.val_loss
        elif self._held and len(block):
            raise ValueError("a block without validation losses for a history with them")
        while end > self.max_params * self.param_stride:
            self._thin()
        s = self.param_stride
        first = -(-block.start // s) * s  # the first epoch in the block whose parameters are kept
        picked = block.params[:, first - block.start :: s]
        kept = picked.shape[1]
        self._params = _grow(self._params, self._np, self._np + kept)
        self._params[:, self._np : self._np + kept] = picked
        self._np += kept
        self._n = end
        if len(block):
            self.last_params = block.params[:, -1].copy()

    def _thin(self) -> None:
        kept = (self._np + 1) // 2
        # Into a new array: numpy's in-place copy of overlapping strided rows goes through
        # a temporary, and takes 50 ms for a 33-parameter model's 4M values (6 ms this way).
        thinned = np.empty_like(self._params)
        thinned[:, :kept] = self._params[:, : self._np : 2]
        self._params = thinned
        self._np = kept
        self.param_stride *= 2

    def clear(self) -> None:
        self._held = False  # the array stays: the next run's validation losses reuse it
        self._n = 0
        self._np = 0
        self.param_stride = 1
        self.last_params = np.full(self.size, np.nan)

    @property
    def loss(self) -> np.ndarray:
        """Loss of every epoch (a view)."""
        return self._loss[: self._n]

    @property
    def val_loss(self) -> np.ndarray | None:
        """The held-out rows' mean loss after every epoch (a view; None: none held out)."""
        return self._val[: self._n] if self._held and self._val is not None else None

    @property
    def params(self) -> np.ndarray:
        """The parameters after epochs ``0, s, 2s, ...`` (``s = param_stride``), one row
        per parameter (a view)."""
        return self._params[:, : self._np]

    def param(self, index: int) -> np.ndarray:
        """One parameter's values after epochs ``0, s, 2s, ...`` (a contiguous view)."""
        return self._params[index, : self._np]

    @property
    def w(self) -> np.ndarray:
        """The lesson's neuron: w after epochs ``0, s, 2s, ...`` (a view)."""
        return self.param(0)

    @property
    def b(self) -> np.ndarray:
        """The lesson's neuron: b after epochs ``0, s, 2s, ...`` (a view)."""
        return self.param(self.size - 1)

    @property
    def last_w(self) -> float:
        return float(self.last_params[0])

    @property
    def last_b(self) -> float:
        return float(self.last_params[-1])

    @property
    def param_epochs(self) -> np.ndarray:
        """The epoch of each column of ``params``."""
        return np.arange(self._np) * self.param_stride

    @property
    def capacity(self) -> int:
        """Epochs the loss array holds without growing."""
        return len(self._loss)

    def nbytes(self) -> int:
        """Memory held by the arrays (capacity, not length)."""
        held = self._val.nbytes if self._val is not None else 0
        return self._loss.nbytes + self._params.nbytes + held


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
