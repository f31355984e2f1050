"""The loss landscape of a model with more than two parameters: a slice.

Two parameters (the slice's axes) vary over a grid; every other parameter stays at its
value now (the slice's centre). The total loss over every row is computed at each grid
point. Only what the two axes touch is computed again: a hidden unit whose weight or
bias is an axis, and the output's sum; the rest of each row's forward pass is done once.
The numba kernel runs the grid's columns on every core (``parallel=True``); the numpy
twin is its fallback and its check.

The path drawn on a slice is the run's path projected onto the two axes: where the
run's other parameters were, the slice does not show.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass

import numpy as np

from gdviz.core.train import jit
from gdviz.core.train.model import Loss
from gdviz.core.train.network import ACTIVATION_CODE, Network
from gdviz.core.train.network_arrays import forward_array

MOVED = 0.02  # a centre this far (relative) from the slice's: a new slice


@dataclass(frozen=True)
class Slice:
    """Which slice: the model, the parameters it passes through, and its two axes."""

    network: Network
    centre: tuple[float, ...]
    axes: tuple[int, int]

    def __post_init__(self) -> None:
        if len(self.centre) != self.network.size:
            raise ValueError(
                f"a slice of {self.network.describe()} passes through its "
                f"{self.network.size} parameters, not {len(self.centre)}"
            )

    @property
    def names(self) -> tuple[str, str]:
        return self.network.names[self.axes[0]], self.network.names[self.axes[1]]

    def moved_from(self, other: Slice) -> bool:
        """True if this slice is not ``other``'s any more: another model or axes, or the
        other parameters have moved more than a little."""
        if self.network != other.network or self.axes != other.axes:
            return True
        scale = 1.0 + max((abs(v) for v in other.centre), default=0.0)
        far = [
            abs(a - b)
            for k, (a, b) in enumerate(zip(self.centre, other.centre, strict=True))
            if k not in self.axes
        ]
        return not all(math.isfinite(d) for d in far) or max(far, default=0.0) > MOVED * scale


def default_axes(network: Network) -> tuple[int, int]:
    """The axes a slice starts with: the lesson's w and b; a neuron's first weight and
    its bias; a hidden layer's first input weight and first output weight."""
    if not network.hidden:
        return 0, network.size - 1
    return 0, network.groups["w2"].start


def unit_of(network: Network, index: int) -> int:
    """The hidden unit whose sum a parameter enters (W1[j][i], b1[j]: j), else -1."""
    if not network.hidden:
        return -1
    g = network.groups
    if index < g["W1"].stop:
        return index // network.inputs
    if index < g["b1"].stop:
        return index - g["b1"].start
    return -1


def _parts(s: Slice, X: np.ndarray):
    """What the kernels need: per row, the hidden sums and outputs and z at the centre,
    and for each axis its kind (0: an input weight of a unit, 1: a unit's bias, 2: an
    output weight, 3: the output's bias or a neuron's bias, 4: a neuron's weight), its
    unit (or input) and its value at the centre."""
    net = s.network
    a, h, z, _ = forward_array(net, s.centre, X)
    kinds, units, inputs = [], [], []
    for index in s.axes:
        unit = unit_of(net, index)
        if not net.hidden:
            kind = 3 if index == net.inputs else 4
            units.append(-1)
            inputs.append(index if kind == 4 else -1)
        elif unit >= 0:
            kind = 0 if index < net.groups["W1"].stop else 1
            units.append(unit)
            inputs.append(index % net.inputs if kind == 0 else -1)
        elif index < net.groups["w2"].stop:
            kind = 2
            units.append(index - net.groups["w2"].start)
            inputs.append(-1)
        else:
            kind = 3
            units.append(-1)
            inputs.append(-1)
        kinds.append(kind)
    units_arr = np.array(units, dtype=np.int64)
    w2 = np.array(s.centre, dtype=float)[net.groups["w2"]] if net.hidden else np.zeros(1)
    if a.shape[1] == 0:
        a = h = np.zeros((len(X), 1))
    return (
        np.ascontiguousarray(a), np.ascontiguousarray(h), np.ascontiguousarray(z),
        np.array(kinds, dtype=np.int64), units_arr, np.array(inputs, dtype=np.int64),
        np.array([s.centre[i] for i in s.axes]), w2,
    )  # fmt: skip


def compute_slice(
    s: Slice,
    X: np.ndarray,
    y: np.ndarray,
    loss: Loss,
    a_values: np.ndarray,
    b_values: np.ndarray,
) -> np.ndarray:
    """The total loss at every (a_values[j], b_values[i]) of the slice: ``out[i, j]``."""
    X = np.ascontiguousarray(X, dtype=float).reshape(len(X), -1)
    out = np.empty((len(b_values), len(a_values)))
    kernel = get_kernel()
    _leave_cores()
    kernel(
        X, np.ascontiguousarray(y, dtype=float), *_parts(s, X),
        ACTIVATION_CODE[s.network.activation], Loss(loss) is Loss.CROSS_ENTROPY,
        np.ascontiguousarray(a_values, dtype=float), np.ascontiguousarray(b_values, dtype=float),
        out,
    )  # fmt: skip
    return out


def _act(act: int, sums: np.ndarray) -> np.ndarray:
    with np.errstate(over="ignore"):
        if act == 0:
            return 1.0 / (1.0 + np.exp(-sums))
        if act == 1:
            return np.tanh(sums)
        return np.where(sums > 0, sums, 0.0)


def slice_numpy(X, y, a, h, z, kinds, units, inputs, centre, w2, act, cross_entropy,
                a_values, b_values, out) -> None:  # fmt: skip
    """The grid with numpy, a cell at a time (the fallback without numba, and what the
    numba twin is checked against). For a cell: each unit an axis touches gets its sum
    (kinds 0, 1) or output weight (kind 2) moved, and z moves by ``w2'·h' − w2·h``; the
    biases (kind 3) and a neuron's weights (kind 4) move z directly."""
    for j, va in enumerate(a_values):
        for i, vb in enumerate(b_values):
            zz = z.copy()
            sums: dict[int, np.ndarray] = {}
            weights: dict[int, float] = {}
            for axis, value in ((0, va), (1, vb)):
                kind, unit, given = int(kinds[axis]), int(units[axis]), int(inputs[axis])
                delta = value - centre[axis]
                if kind == 4:
                    zz = zz + delta * X[:, given]
                elif kind == 3:
                    zz = zz + delta
                elif kind == 2:
                    weights[unit] = weights.get(unit, w2[unit]) + delta
                else:
                    moved = delta * X[:, given] if kind == 0 else delta
                    sums[unit] = sums.get(unit, a[:, unit]) + moved
            for unit in set(sums) | set(weights):
                h_new = _act(act, sums[unit]) if unit in sums else h[:, unit]
                zz = zz + (weights.get(unit, w2[unit]) * h_new - w2[unit] * h[:, unit])
            with np.errstate(over="ignore", invalid="ignore"):
                if cross_entropy:
                    rows = np.maximum(zz, 0.0) - zz * y + np.log1p(np.exp(-np.abs(zz)))
                else:
                    rows = (1.0 / (1.0 + np.exp(-zz)) - y) ** 2
            out[i, j] = rows.sum()


def _leave_cores() -> None:
    """Run the slice on the cores the training thread and the window's do not need: on a
    machine of two, one (this thread's setting only)."""
    try:
        import numba
    except ImportError:
        return
    most = numba.config.NUMBA_NUM_THREADS  # type: ignore[attr-defined]
    numba.set_num_threads(max(1, min(most, (os.cpu_count() or 2) - 1)))


def get_kernel():
    """The numba kernel (parallel), or the numpy one without numba."""
    return jit.fastest("gdviz.core.figures._numba_slice", "slice_grid", slice_numpy)
