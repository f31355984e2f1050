"""Whole-epoch training loops for every model but the lesson's neuron (which keeps its
own, :mod:`gdviz.core.train.kernel`): a plain-Python reference built from
:mod:`gdviz.core.train.network`'s rule, and its numba twin (``_numba_net.py``), which
gives the same doubles (the tests hold them to ``==``).

Both take the same arguments, flat arrays the kernel can read:

``X``        the inputs, shape (rows, inputs), C-ordered
``ys``       the labels
``params``   the parameters (the network's order), updated in place
``lr``, ``n_epochs``, ``inputs``, ``hidden``, ``act`` (an activation's number)
``cross_entropy``, ``exact``, ``two`` (2.0: the squared loss is libm's pow)
``batch_size`` (1: per row, k: by k rows, 0: the full batch), ``opt`` (an optimiser's
number), ``hyper`` (its five hyperparameters), ``state`` (first of each parameter,
second of each, then Adam's t; updated in place)
``out_loss`` (n_epochs), ``out_params`` (parameters, n_epochs): each epoch's loss and
the parameters after it; ``penalty`` (0 none, 1 L2, 2 L1) and ``lam``: the penalty on
the weights (:mod:`gdviz.core.train.penalty`), added to each update's gradient.

They return how many epochs were written, stopping after the first epoch whose loss or
any parameter is not finite.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from gdviz.core.train import jit
from gdviz.core.train.model import Gradient, Loss
from gdviz.core.train.network import Activation, Network, backward, sgd_after
from gdviz.core.train.optimizers import Hyper, Optimizer, OptimizerState, step
from gdviz.core.train.penalty import weight_gradient

NetKernel = Callable[..., int]


def run_net_python(
    X: np.ndarray,
    ys: np.ndarray,
    params: np.ndarray,
    lr: float,
    n_epochs: int,
    inputs: int,
    hidden: int,
    act: int,
    cross_entropy: bool,
    exact: bool,
    two: float,
    batch_size: int,
    opt: int,
    hyper: np.ndarray,
    state: np.ndarray,
    out_loss: np.ndarray,
    out_params: np.ndarray,
    penalty: int = 0,
    lam: float = 0.0,
) -> int:
    """The reference (see the module's docstring for the arguments)."""
    net = Network(inputs, hidden, list(Activation)[act])
    loss = Loss.CROSS_ENTROPY if cross_entropy else Loss.SQUARED
    gradient = Gradient.EXACT if exact else Gradient.SEED
    kind = list(Optimizer)[opt]
    h = Hyper(*hyper.tolist())
    rows = [(tuple(x), y) for x, y in zip(X.tolist(), ys.tolist(), strict=True)]
    n = len(rows)
    size = n if batch_size <= 0 else min(batch_size, n)
    values = tuple(params.tolist())
    opt_state = OptimizerState.from_array(state)
    weights = net.weights

    def penalised(grads: tuple[float, ...], at: tuple[float, ...]) -> tuple[float, ...]:
        if not penalty:
            return grads
        return tuple(
            g + weight_gradient(penalty, lam, v, n) if weight else g
            for g, v, weight in zip(grads, at, weights, strict=True)
        )

    for e in range(n_epochs):
        total = 0.0
        for start in range(0, n, size):
            if batch_size == 1:
                r = backward(net, values, *rows[start], loss, gradient)
                total += r.loss
                grads = penalised(r.grads, values)
                if kind is Optimizer.SGD:
                    if penalty:
                        values = tuple(v - lr * g for v, g in zip(values, grads, strict=True))
                    else:
                        values = sgd_after(net, r, lr)
                    continue
            else:
                sums = [0.0] * net.size
                for x, y in rows[start : start + size]:
                    r = backward(net, values, x, y, loss, gradient)
                    total += r.loss
                    sums = [s + g for s, g in zip(sums, r.grads, strict=True)]
                count = float(min(start + size, n) - start)
                grads = penalised(tuple(s / count for s in sums), values)
                if kind is Optimizer.SGD:
                    values = tuple(v - lr * g for v, g in zip(values, grads, strict=True))
                    continue
            steps, opt_state = step(kind, h, opt_state, values, grads, lr)
            values = tuple(s.after for s in steps)
        out_loss[e] = total
        out_params[:, e] = values
        if not (np.isfinite(total) and all(np.isfinite(v) for v in values)):
            params[:] = values
            state[:] = opt_state.as_array()
            return e + 1
    params[:] = values
    state[:] = opt_state.as_array()
    return n_epochs


def get_net_kernel() -> NetKernel:
    """The fastest available network loop (numba if installed, else the reference)."""
    return jit.fastest("gdviz.core.train._numba_net", "run_net", run_net_python)


def warm_up() -> None:
    """Compile the network kernel (one specialisation serves every model and mode)."""
    kernel = get_net_kernel()
    X = np.ones((1, 2))
    params = np.zeros(Network(2, 1).size)
    state = np.zeros(2 * len(params) + 1)
    kernel(
        X, np.ones(1), params, 0.1, 1, 2, 1, 0, False, False, 2.0, 1, 0,
        Hyper().as_array(), state, np.empty(1), np.empty((len(params), 1)), 0, 0.0,
    )  # fmt: skip
