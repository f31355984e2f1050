"""Any model's forward pass, losses and the rule's gradient for many rows at once (numpy):
for pictures (the fit plot, the landscape), predictions shown, and the gradient check.

numpy's own ``exp`` may differ from the rule's in the last bit, so the numbers a run
reports come from :mod:`gdviz.core.train.network` and the kernels, never from here.
"""

from __future__ import annotations

import numpy as np

from gdviz.core.train.model import Gradient, Loss
from gdviz.core.train.network import Activation, Network


def _activate_array(kind: Activation, a: np.ndarray) -> np.ndarray:
    with np.errstate(over="ignore"):
        if kind is Activation.SIGMOID:
            return 1.0 / (1.0 + np.exp(-a))
        if kind is Activation.TANH:
            return np.tanh(a)
        return np.where(a > 0, a, 0.0)


def forward_array(
    net: Network, params: tuple[float, ...] | list[float] | np.ndarray, X: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """The forward pass of every row of ``X`` (rows × inputs) at once: the hidden sums
    and outputs (rows × units; empty without a hidden layer), z and p. numpy's own
    ``exp`` may differ from the rule's in the last bit: for pictures and checks; the
    numbers a run reports come from :func:`forward` and the kernels."""
    theta = np.asarray(params, dtype=float)
    X = np.asarray(X, dtype=float).reshape(len(X), -1)
    n = net.inputs
    if not net.hidden:
        z = X[:, 0] * theta[0]
        for i in range(1, n):
            z = z + X[:, i] * theta[i]
        z = z + theta[n]
        empty = np.empty((len(X), 0))
        a_all, h_all = empty, empty
    else:
        g = net.groups
        w1 = theta[g["W1"]].reshape(net.hidden, n)
        a_all = X[:, :1] * w1[:, 0]
        for i in range(1, n):
            a_all = a_all + X[:, i : i + 1] * w1[:, i]
        a_all = a_all + theta[g["b1"]]
        h_all = _activate_array(net.activation, a_all)
        w2 = theta[g["w2"]]
        z = h_all[:, 0] * w2[0]
        for j in range(1, net.hidden):
            z = z + h_all[:, j] * w2[j]
        z = z + theta[-1]
    with np.errstate(over="ignore"):
        p = 1.0 / (1.0 + np.exp(-z))
    return a_all, h_all, z, p


def unit_outputs(
    net: Network, params: tuple[float, ...] | list[float] | np.ndarray, X: np.ndarray
) -> np.ndarray:
    """Each hidden unit's contribution to z, ``h_j · w2[j]``, for every row (rows × units):
    what the output neuron adds up."""
    _, h, _, _ = forward_array(net, params, X)
    return h * np.asarray(params, dtype=float)[net.groups["w2"]]


def losses_array(loss: Loss, z: np.ndarray, p: np.ndarray, y: np.ndarray) -> np.ndarray:
    """Every row's loss (squared error, or cross-entropy from z so it never takes log 0)."""
    if Loss(loss) is Loss.SQUARED:
        return (p - y) ** 2
    return np.maximum(z, 0.0) - z * y + np.log1p(np.exp(-np.abs(z)))


def total_loss_array(
    net: Network, params: tuple[float, ...] | list[float] | np.ndarray, X: np.ndarray,
    y: np.ndarray, loss: Loss = Loss.SQUARED,
) -> float:  # fmt: skip
    """The sum of the rows' losses at ``params`` (numpy)."""
    _, _, z, p = forward_array(net, params, X)
    return float(losses_array(loss, z, p, np.asarray(y, dtype=float)).sum())


def rule_gradient(
    net: Network,
    params: tuple[float, ...] | list[float] | np.ndarray,
    X: np.ndarray,
    y: np.ndarray,
    loss: Loss = Loss.SQUARED,
    gradient: Gradient = Gradient.SEED,
) -> np.ndarray:
    """The direction the rule moves each parameter against, summed over the rows: the
    full-batch gradient the rule follows (the lesson's nudge ``error · input``, or the
    exact gradient of the chosen loss)."""
    theta = np.asarray(params, dtype=float)
    X = np.asarray(X, dtype=float).reshape(len(X), -1)
    a, h, _, p = forward_array(net, theta, X)
    error = p - np.asarray(y, dtype=float)
    if Gradient(gradient) is Gradient.EXACT and Loss(loss) is Loss.SQUARED:
        g = error * (2.0 * p * (1.0 - p))
    else:
        g = error
    if not net.hidden:
        return np.array([*(g @ X[:, i] for i in range(net.inputs)), g.sum()])
    w2 = theta[net.groups["w2"]]
    if net.activation is Activation.SIGMOID:
        slopes = h * (1.0 - h)
    elif net.activation is Activation.TANH:
        slopes = 1.0 - h * h
    else:
        slopes = (a > 0).astype(float)
    deltas = (g[:, None] * w2) * slopes  # rows × units
    w1 = (deltas.T @ X).reshape(-1)  # unit by unit, input by input
    return np.concatenate([w1, deltas.sum(axis=0), g @ h, [g.sum()]])
