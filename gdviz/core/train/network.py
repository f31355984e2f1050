"""The models gdviz trains: the lesson's neuron, a neuron with two inputs, and a network
with one hidden layer. This is the one model abstraction everything reads.

A :class:`Network` is a shape: how many inputs (1 or 2), how many hidden units (0 for
none, 1 to 16) and the hidden units' activation. Its parameters are one flat vector of
floats, in an order fixed here and named by :attr:`Network.names`::

    no hidden layer:  w[0], (w[1],) b                      the lesson's neuron: w, b
    a hidden layer:   W1[0][0], W1[0][1], W1[1][0], ...    (unit by unit, input by input)
                      b1[0], ..., w2[0], ..., b2

The functions below are the reference: plain Python floats in the order of operations
the issue fixes (sums left to right in input or unit order, then the bias; each update
``param - lr * delta * input``). The kernels (:mod:`gdviz.core.train.net_kernel`) repeat
them operation for operation and the tests hold them to ``==``. With one input and no
hidden layer every number is the lesson's own (:func:`gdviz.core.train.model.update_row`).
"""

from __future__ import annotations

import json
import math
import random
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cached_property
from typing import Any

from gdviz.core.train.model import Gradient, Loss, RowUpdate, cross_entropy, sigmoid
from gdviz.core.train.optimizers import Hyper, Optimizer, OptimizerState, ParamStep, step
from gdviz.core.train.penalty import NO_PENALTY, Penalty

MAX_INPUTS = 2
MAX_HIDDEN = 16
INIT_RANGE = 1.0  # hidden layers start with weights drawn uniformly from [-1, 1]


class Activation(StrEnum):
    """The hidden units' activation function."""

    SIGMOID = "sigmoid"
    TANH = "tanh"
    RELU = "relu"


ACTIVATION_CODE = {kind: i for i, kind in enumerate(Activation)}  # the kernels' numbers
ACTIVATION_FORMULA = {
    Activation.SIGMOID: "σ(a) = 1 / (1 + e^−a)",
    Activation.TANH: "tanh(a)",
    Activation.RELU: "ReLU(a) = max(a, 0)",
}


def activate(kind: Activation, a: float) -> float:
    """A hidden unit's output for its sum ``a``."""
    if kind is Activation.SIGMOID:
        return sigmoid(a)
    if kind is Activation.TANH:
        return math.tanh(a)
    return a if a > 0 else 0.0


def slope(kind: Activation, a: float, h: float) -> float:
    """The activation's derivative at ``a``, from its output ``h`` where it can be."""
    if kind is Activation.SIGMOID:
        return h * (1.0 - h)
    if kind is Activation.TANH:
        return 1.0 - h * h
    return 1.0 if a > 0 else 0.0


class NeuronParams:
    """A mixin for whatever holds ``params`` in a model's order (a run, a kept run, a
    racer, a session): the lesson's neuron's weight is the first, its bias the last."""

    params: tuple[float, ...]

    @property
    def w(self) -> float:
        """The lesson's neuron: its weight (the first parameter)."""
        return self.params[0]

    @property
    def b(self) -> float:
        """The lesson's neuron: its bias (the last parameter)."""
        return self.params[-1]


@dataclass(frozen=True)
class Network:
    """A model's shape: ``inputs`` (1 or 2), ``hidden`` units (0: no hidden layer) and
    their ``activation`` (read only with a hidden layer)."""

    inputs: int = 1
    hidden: int = 0
    activation: Activation = Activation.SIGMOID

    def __post_init__(self) -> None:
        if not 1 <= self.inputs <= MAX_INPUTS:
            raise ValueError(f"a model takes 1 or 2 inputs, not {self.inputs}")
        if not 0 <= self.hidden <= MAX_HIDDEN:
            raise ValueError(
                f"a hidden layer has 1 to {MAX_HIDDEN} units (0: none), not {self.hidden}"
            )
        object.__setattr__(self, "activation", Activation(self.activation))

    # -- shape ------------------------------------------------------------------------
    @property
    def is_lesson(self) -> bool:
        """The lesson's own neuron: one input, no hidden layer."""
        return self.inputs == 1 and self.hidden == 0

    @property
    def size(self) -> int:
        """How many parameters."""
        if self.hidden:
            return self.hidden * self.inputs + 2 * self.hidden + 1
        return self.inputs + 1

    @cached_property
    def names(self) -> tuple[str, ...]:
        """Each parameter's name, in the vector's order (the neuron's: ``w``, ``b``)."""
        if self.is_lesson:
            return ("w", "b")
        if not self.hidden:
            return (*(f"w[{i}]" for i in range(self.inputs)), "b")
        units, inputs = range(self.hidden), range(self.inputs)
        return (
            *(f"W1[{j}][{i}]" for j in units for i in inputs),
            *(f"b1[{j}]" for j in units),
            *(f"w2[{j}]" for j in units),
            "b2",
        )

    @property
    def groups(self) -> dict[str, slice]:
        """Where each named group sits in the vector (``W1``, ``b1``, ``w2``, ``b2``, or
        ``w``, ``b``)."""
        if not self.hidden:
            return {"w": slice(0, self.inputs), "b": slice(self.inputs, self.inputs + 1)}
        h, w1 = self.hidden, self.hidden * self.inputs
        return {
            "W1": slice(0, w1),
            "b1": slice(w1, w1 + h),
            "w2": slice(w1 + h, w1 + 2 * h),
            "b2": slice(w1 + 2 * h, w1 + 2 * h + 1),
        }

    @cached_property
    def weights(self) -> tuple[bool, ...]:
        """For each parameter, True if it is a weight (what a penalty acts on)."""
        return tuple(not self.is_bias(k) for k in range(self.size))

    def is_bias(self, index: int) -> bool:
        """True for a bias (b, b1[j], b2): it has no input."""
        return self.names[index].startswith("b")

    def describe(self) -> str:
        """The model in a few words: ``2 inputs → 3 tanh units → 1 output``."""
        if self.is_lesson:
            return "the lesson's neuron: p = σ(w·x + b)"
        if not self.hidden:
            return "one neuron with 2 inputs: p = σ(w₀·x₀ + w₁·x₁ + b)"
        ins = "1 input" if self.inputs == 1 else f"{self.inputs} inputs"
        units = "1 unit" if self.hidden == 1 else f"{self.hidden} units"
        return f"{ins} → {units} ({self.activation.value}) → 1 output"

    @property
    def short(self) -> str:
        """``1-3-1 tanh``, ``2-1``: a compact name for run labels."""
        if not self.hidden:
            return f"{self.inputs}-1"
        return f"{self.inputs}-{self.hidden}-1 {self.activation.value}"

    # -- where a run starts ------------------------------------------------------------
    def start(self, weight: float = 0.1, bias: float = 0.0, seed: int = 0) -> tuple[float, ...]:
        """The starting parameters: without a hidden layer every weight is ``weight`` and
        the bias ``bias``; with one, ``random.Random(seed)`` draws every W1 (unit by unit),
        then every w2, uniformly from [-1, 1], and the biases are 0."""
        if not self.hidden:
            return (*([float(weight)] * self.inputs), float(bias))
        rng = random.Random(seed)
        w1 = [rng.uniform(-INIT_RANGE, INIT_RANGE) for _ in range(self.hidden * self.inputs)]
        w2 = [rng.uniform(-INIT_RANGE, INIT_RANGE) for _ in range(self.hidden)]
        return (*w1, *([0.0] * self.hidden), *w2, 0.0)

    # -- parameters as JSON ----------------------------------------------------------
    def as_json(self, params: tuple[float, ...] | list[float]) -> dict[str, Any]:
        """``{"w": [...], "b": B}`` or ``{"W1": [[...]], "b1": [...], "w2": [...], "b2": B,
        "activation": ...}``."""
        values = [float(v) for v in params]
        g = self.groups
        if not self.hidden:
            return {"w": values[g["w"]], "b": values[g["b"]][0]}
        w1 = values[g["W1"]]
        n = self.inputs
        return {
            "W1": [w1[j * n : (j + 1) * n] for j in range(self.hidden)],
            "b1": values[g["b1"]],
            "w2": values[g["w2"]],
            "b2": values[g["b2"]][0],
            "activation": self.activation.value,
        }

    def dumps(self, params: tuple[float, ...] | list[float]) -> str:
        """The JSON text (floats as ``repr`` writes them: they read back identical)."""
        return json.dumps(self.as_json(params), indent=2) + "\n"

    def from_json(self, doc: Any) -> tuple[float, ...]:
        """The parameters a JSON document gives for this model; raises ValueError saying
        what does not fit."""
        if not isinstance(doc, dict):
            raise ValueError("the parameters must be a JSON object")
        expected = {"w", "b"} if not self.hidden else {"W1", "b1", "w2", "b2"}
        keys = set(doc) - {"activation"}
        if keys != expected:
            other = "a hidden layer" if {"W1", "w2"} & keys else "no hidden layer"
            raise ValueError(
                f"they are for a model with {other} (keys {', '.join(sorted(keys)) or 'none'})"
                f", not for {self.describe()} (keys {', '.join(sorted(expected))})"
            )

        def count(value: Any) -> int | None:
            return len(value) if isinstance(value, list) else None

        w = doc.get("W1" if self.hidden else "w")
        units = count(w) if self.hidden else None
        if self.hidden and units not in (None, self.hidden):
            raise ValueError(
                f"they are for a hidden layer of {units} units, not {self.hidden} "
                f"(give --hidden {units})"
            )
        first = w[0] if self.hidden and units and isinstance(w, list) else w
        if count(first) not in (None, self.inputs):
            many = "1 input" if count(first) == 1 else f"{count(first)} inputs"
            raise ValueError(f"they are for {many}, and the data gives the model {self.inputs}")
        if self.hidden:
            given = doc.get("activation", self.activation.value)
            if given != self.activation.value:
                known = [a.value for a in Activation]
                fix = f"give --activation {given}" if given in known else (
                    f"activation must be one of {', '.join(known)}")  # fmt: skip
                raise ValueError(
                    f"they are for {str(given)[:20]!r} hidden units, not "
                    f"{self.activation.value} ({fix})"
                )
            w1 = _matrix(doc["W1"], "W1", self.hidden, self.inputs)
            values = [
                *w1,
                *_vector(doc["b1"], "b1", self.hidden),
                *_vector(doc["w2"], "w2", self.hidden),
                _number(doc["b2"], "b2"),
            ]
        else:
            values = [*_vector(doc["w"], "w", self.inputs), _number(doc["b"], "b")]
        return tuple(values)


def _number(value: Any, name: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ValueError(f"{name} must be a number, got {str(value)[:40]!r}")
    number = float(value)
    if not math.isfinite(number):
        raise ValueError(f"{name} must be a finite number, got {str(value)[:40]}")
    return number


def _vector(value: Any, name: str, n: int) -> list[float]:
    if not isinstance(value, list) or len(value) != n:
        got = f"{len(value)} values" if isinstance(value, list) else str(value)[:40]
        raise ValueError(f"{name} must be a list of {n} number{'s' * (n != 1)}, got {got}")
    return [_number(v, f"{name}[{i}]") for i, v in enumerate(value)]


def _matrix(value: Any, name: str, rows: int, columns: int) -> list[float]:
    if not isinstance(value, list) or len(value) != rows:
        got = f"{len(value)} rows" if isinstance(value, list) else str(value)[:40]
        raise ValueError(f"{name} must be {rows} rows of {columns} numbers, got {got}")
    return [v for j, row in enumerate(value) for v in _vector(row, f"{name}[{j}]", columns)]


# -- one row, forward and backward ------------------------------------------------------
@dataclass(frozen=True)
class Forward:
    """A forward pass: each hidden unit's sum ``a`` and output ``h`` (empty without a
    hidden layer), the output's sum ``z`` and probability ``p``."""

    a: tuple[float, ...]
    h: tuple[float, ...]
    z: float
    p: float


def forward(net: Network, params: tuple[float, ...] | list[float], x: tuple[float, ...]) -> Forward:
    """The forward pass for the inputs ``x``, in the rule's order of operations."""
    n = net.inputs
    if not net.hidden:
        z = x[0] * params[0]
        for i in range(1, n):
            z = z + x[i] * params[i]
        z = z + params[n]
        return Forward((), (), z, sigmoid(z))
    units = net.hidden
    w1, b1, w2 = 0, units * n, units * n + units
    a_list, h_list = [], []
    for j in range(units):
        a = x[0] * params[w1 + j * n]
        for i in range(1, n):
            a = a + x[i] * params[w1 + j * n + i]
        a = a + params[b1 + j]
        a_list.append(a)
        h_list.append(activate(net.activation, a))
    z = h_list[0] * params[w2]
    for j in range(1, units):
        z = z + h_list[j] * params[w2 + j]
    z = z + params[-1]
    return Forward(tuple(a_list), tuple(h_list), z, sigmoid(z))


@dataclass(frozen=True)
class NetRow:
    """Everything one row's update computed, forward and backward, for showing it.

    ``deltas`` are the hidden units' δ_j; ``factors`` and ``inputs`` give each
    parameter's update as ``param - lr * factor * input`` (``input`` 1.0 for a bias,
    where the rule is ``param - lr * factor``); ``grads`` are ``factor * input``, what an
    optimiser or a batch uses."""

    x: tuple[float, ...]
    y: float
    before: tuple[float, ...]
    a: tuple[float, ...]
    h: tuple[float, ...]
    z: float
    p: float
    error: float
    loss: float
    g: float
    deltas: tuple[float, ...]
    factors: tuple[float, ...]
    inputs: tuple[float, ...]
    grads: tuple[float, ...]
    after: tuple[float, ...]
    steps: tuple[ParamStep, ...] | None = None  # with an optimiser other than sgd
    t: float = 0.0
    penalty_grads: tuple[float, ...] = ()  # with a penalty: what it added to each gradient

    @property
    def changes(self) -> tuple[float, ...]:
        return tuple(a - b for a, b in zip(self.after, self.before, strict=True))

    @classmethod
    def from_lesson(cls, u: RowUpdate) -> NetRow:
        """The lesson's neuron's row as any model's (for views that show every model)."""
        return cls(
            (u.x,), u.y, (u.w_before, u.b_before), (), (), u.z, u.p, u.error, u.loss, u.grad,
            (), (u.grad, u.grad), (u.x, 1.0), (u.grad * u.x, u.grad), (u.w_after, u.b_after),
            u.steps, u.t, (u.penalty_grad, 0.0) if u.penalty_grad else (),
        )  # fmt: skip


def row_loss(loss: Loss, z: float, p: float, y: float) -> tuple[float, float]:
    """The row's error ``p - y`` and its loss (``error ** 2`` is libm's pow, as Python's)."""
    error = p - y
    if loss is Loss.SQUARED:
        return error, error**2
    return error, cross_entropy(z, y)


def backward(
    net: Network,
    params: tuple[float, ...] | list[float],
    x: tuple[float, ...],
    y: float,
    loss: Loss = Loss.SQUARED,
    gradient: Gradient = Gradient.SEED,
) -> NetRow:
    """One row forward and backward, with ``after`` equal to ``before`` (see
    :func:`update_row` for the step)."""
    loss, gradient = Loss(loss), Gradient(gradient)
    params = tuple(float(v) for v in params)
    f = forward(net, params, x)
    error, row = row_loss(loss, f.z, f.p, y)
    if gradient is Gradient.EXACT and loss is Loss.SQUARED:
        g = error * (2.0 * f.p * (1.0 - f.p))
    else:
        g = error
    n = net.inputs
    if not net.hidden:
        factors = (g,) * (n + 1)
        inputs = (*x[:n], 1.0)
        deltas: tuple[float, ...] = ()
    else:
        w2 = params[net.groups["w2"]]
        deltas = tuple(
            (g * w2[j]) * slope(net.activation, f.a[j], f.h[j]) for j in range(net.hidden)
        )
        factors = (
            *(deltas[j] for j in range(net.hidden) for _ in range(n)),
            *deltas,
            *([g] * net.hidden),
            g,
        )
        inputs = (
            *(x[i] for _ in range(net.hidden) for i in range(n)),
            *([1.0] * net.hidden),
            *f.h,
            1.0,
        )
    grads = tuple(
        factor if net.is_bias(k) else factor * value
        for k, (factor, value) in enumerate(zip(factors, inputs, strict=True))
    )
    return NetRow(
        tuple(x[:n]), y, params, f.a, f.h, f.z, f.p, error, row, g, deltas, factors, inputs,
        grads, params,
    )  # fmt: skip


def sgd_after(net: Network, r: NetRow, lr: float) -> tuple[float, ...]:
    """The lesson's plain step for every parameter: ``param - lr * factor * input``
    (``param - lr * factor`` for a bias)."""
    return tuple(
        before - lr * factor if net.is_bias(k) else before - lr * factor * value
        for k, (before, factor, value) in enumerate(zip(r.before, r.factors, r.inputs, strict=True))
    )


def update_row(
    net: Network,
    params: tuple[float, ...] | list[float],
    x: tuple[float, ...],
    y: float,
    lr: float,
    loss: Loss = Loss.SQUARED,
    gradient: Gradient = Gradient.SEED,
    optimizer: Optimizer = Optimizer.SGD,
    hyper: Hyper | None = None,
    state: OptimizerState | None = None,
    penalty: Penalty = NO_PENALTY,
    n: int = 1,
) -> tuple[NetRow, OptimizerState]:
    """One row's update by the rule (and the optimiser's state after it); a ``penalty``
    on the weights adds its share to their gradients (``n``: the training rows)."""
    r = backward(net, params, x, y, loss, gradient)
    state = state or OptimizerState.zero(net.size)
    grads = r.grads
    if penalty.on:
        shares = tuple(
            penalty.weight_gradient(v, n) if weight else 0.0
            for v, weight in zip(r.before, net.weights, strict=True)
        )
        pairs = zip(r.grads, shares, net.weights, strict=True)
        grads = tuple(g + s if weight else g for g, s, weight in pairs)
        r = _with(r, grads=grads, penalty_grads=shares)
    if Optimizer(optimizer) is Optimizer.SGD:
        if penalty.on:
            after = tuple(v - lr * g for v, g in zip(r.before, grads, strict=True))
        else:
            after = sgd_after(net, r, lr)
        return _with(r, after=after), state
    steps, state = step(Optimizer(optimizer), hyper or Hyper(), state, r.before, grads, lr)
    after = tuple(s.after for s in steps)
    return _with(r, after=after, steps=tuple(steps), t=state.t), state


def _with(r: NetRow, **changes: Any) -> NetRow:
    return replace(r, **changes)


def total_loss(
    net: Network,
    params: tuple[float, ...] | list[float],
    rows: list[tuple[tuple[float, ...], float]],
    loss: Loss = Loss.SQUARED,
) -> float:
    """The sum of the rows' losses at ``params``, in row order."""
    total = 0.0
    for x, y in rows:
        f = forward(net, params, x)
        total += row_loss(loss, f.z, f.p, y)[1]
    return total
