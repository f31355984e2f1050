"""The numba twin of :func:`gdviz.core.train.net_kernel.run_net_python`.

Imported only through :func:`gdviz.core.train.net_kernel.get_net_kernel`. Keep every
line in step with :mod:`gdviz.core.train.network` (the rule) and
:mod:`gdviz.core.train.optimizers`: same operations, same order, same early stop.
"""

import math

import numba
import numpy as np

from gdviz.core.train._numba_kernel import CHUNK, _squares, square, weight_gradient

SGD, MOMENTUM, NESTEROV, ADAGRAD, RMSPROP, ADAM = range(6)  # optimizers.CODE
SIGMOID, TANH, RELU = range(3)  # network.ACTIVATION_CODE


@numba.njit(nogil=True, cache=True)
def _update(opt, hyper, value, g, first, second, t, lr):
    """One parameter's update: (value, first, second) after it (optimizers.update_param)."""
    if opt == MOMENTUM:
        first = hyper[0] * first + g
        return value - lr * first, first, second
    if opt == NESTEROV:
        first = hyper[0] * first + g
        return value - lr * (g + hyper[0] * first), first, second
    if opt == ADAGRAD:
        second = second + g * g
        return value - lr * g / (math.sqrt(second) + hyper[4]), first, second
    if opt == RMSPROP:
        second = hyper[1] * second + (1 - hyper[1]) * g * g
        return value - lr * g / (math.sqrt(second) + hyper[4]), first, second
    first = hyper[2] * first + (1 - hyper[2]) * g
    second = hyper[3] * second + (1 - hyper[3]) * g * g
    mhat = first / (1 - hyper[2] ** t)
    vhat = second / (1 - hyper[3] ** t)
    return value - lr * mhat / (math.sqrt(vhat) + hyper[4]), first, second


@numba.njit(nogil=True, cache=True)
def _optimizer_step(opt, hyper, state, params, grads, lr):
    """Every parameter moved by the optimiser; Adam's count advances once per update."""
    n = params.shape[0]
    t = state[2 * n]
    if opt == ADAM:
        t = t + 1.0
        state[2 * n] = t
    for k in range(n):
        params[k], state[k], state[n + k] = _update(
            opt, hyper, params[k], grads[k], state[k], state[n + k], t, lr
        )


@numba.njit(nogil=True, cache=True)
def _row(X, ys, i, params, inputs, hidden, act, cross_entropy, exact, two, a, h, d, grads):
    """One row forward and backward: ``grads`` (each parameter's ``factor * input``), ``h``
    and ``d`` (the hidden units' outputs and deltas) filled. Returns (error, loss, g); the
    loss is cross-entropy's, or 0 for the squared loss (squared a chunk at a time by the
    caller, :func:`_Losses`)."""
    y = ys[i]
    if hidden == 0:
        z = X[i, 0] * params[0]
        for k in range(1, inputs):
            z = z + X[i, k] * params[k]
        z = z + params[inputs]
    else:
        for j in range(hidden):
            s = X[i, 0] * params[j * inputs]
            for k in range(1, inputs):
                s = s + X[i, k] * params[j * inputs + k]
            s = s + params[hidden * inputs + j]
            a[j] = s
            if act == SIGMOID:
                h[j] = 1.0 / (1.0 + math.exp(-s))
            elif act == TANH:
                h[j] = math.tanh(s)
            else:
                h[j] = s if s > 0 else 0.0
        w2 = hidden * inputs + hidden
        z = h[0] * params[w2]
        for j in range(1, hidden):
            z = z + h[j] * params[w2 + j]
        z = z + params[w2 + hidden]
    # exp overflows to inf here (no exception): 1 / (1 + inf) == 0.0.
    p = 1.0 / (1.0 + math.exp(-z))
    error = p - y
    loss = 0.0
    if cross_entropy:
        positive = z if z > 0.0 else 0.0
        loss = positive - z * y + math.log1p(math.exp(-abs(z)))
    if exact and not cross_entropy:
        g = error * (two * p * (1.0 - p))
    else:
        g = error
    if hidden == 0:
        for k in range(inputs):
            grads[k] = g * X[i, k]
        grads[inputs] = g
    else:
        w2 = hidden * inputs + hidden
        for j in range(hidden):
            if act == SIGMOID:
                slope = h[j] * (1.0 - h[j])
            elif act == TANH:
                slope = 1.0 - h[j] * h[j]
            else:
                slope = 1.0 if a[j] > 0 else 0.0
            d[j] = (g * params[w2 + j]) * slope
        for j in range(hidden):
            for k in range(inputs):
                grads[j * inputs + k] = d[j] * X[i, k]
            grads[hidden * inputs + j] = d[j]
            grads[w2 + j] = g * h[j]
        grads[w2 + hidden] = g
    return error, loss, g


@numba.njit(nogil=True, cache=True)
def _add_squares(total, errors, count, two, squares):
    """``total`` plus each error's square (libm's pow, as Python's ``** 2``, bit for bit:
    see _numba_kernel.square), added in row order."""
    _squares(errors, count, two, squares)
    for k in range(count):
        total += squares[k]
    return total


@numba.njit(nogil=True, cache=True)
def _sgd_row(X, i, params, inputs, hidden, lr, g, h, d):
    """The lesson's plain step after one row: ``param - lr * factor * input``."""
    if hidden == 0:
        for k in range(inputs):
            params[k] = params[k] - lr * g * X[i, k]
        params[inputs] = params[inputs] - lr * g
        return
    w2 = hidden * inputs + hidden
    for j in range(hidden):
        for k in range(inputs):
            params[j * inputs + k] = params[j * inputs + k] - lr * d[j] * X[i, k]
        params[hidden * inputs + j] = params[hidden * inputs + j] - lr * d[j]
        params[w2 + j] = params[w2 + j] - lr * g * h[j]
    params[w2 + hidden] = params[w2 + hidden] - lr * g


@numba.njit(nogil=True, cache=True)
def _is_weight(k, inputs, hidden):
    """Network.weights: every parameter but b, b1[j] and b2."""
    if hidden == 0:
        return k < inputs
    w2 = hidden * inputs + hidden
    return k < hidden * inputs or w2 <= k < w2 + hidden


@numba.njit(nogil=True, cache=True)
def _penalise(grads, params, inputs, hidden, penalty, lam, n):
    """Each weight's gradient plus the penalty's share (penalty.weight_gradient)."""
    for k in range(params.shape[0]):
        if _is_weight(k, inputs, hidden):
            grads[k] = grads[k] + weight_gradient(penalty, lam, params[k], n)


@numba.njit(nogil=True, cache=True)
def run_net(
    X,
    ys,
    params,
    lr,
    n_epochs,
    inputs,
    hidden,
    act,
    cross_entropy,
    exact,
    two,
    batch_size,
    opt,
    hyper,
    state,
    out_loss,
    out_params,
    penalty=0,
    lam=0.0,
):
    n = X.shape[0]
    size_p = params.shape[0]
    size = n if batch_size <= 0 else min(batch_size, n)
    units = hidden if hidden > 0 else 1
    a = np.zeros(units)
    h = np.zeros(units)
    d = np.zeros(units)
    grads = np.zeros(size_p)
    sums = np.zeros(size_p)
    # The squared loss is squared and added a chunk of rows at a time, in row order: the
    # same total, without pow in the row loop.
    errors = np.empty(CHUNK)
    squares = np.empty(CHUNK)
    for e in range(n_epochs):
        total = 0.0
        kept = 0  # errors waiting to be squared and added
        if batch_size == 1:
            for i in range(n):
                error, loss, g = _row(X, ys, i, params, inputs, hidden, act, cross_entropy,
                                      exact, two, a, h, d, grads)  # fmt: skip
                if cross_entropy:
                    total += loss
                else:
                    errors[kept] = error
                    kept += 1
                    if kept == CHUNK:
                        total = _add_squares(total, errors, kept, two, squares)
                        kept = 0
                if penalty != 0:
                    _penalise(grads, params, inputs, hidden, penalty, lam, n)
                    if opt == SGD:
                        for k in range(size_p):
                            params[k] = params[k] - lr * grads[k]
                    else:
                        _optimizer_step(opt, hyper, state, params, grads, lr)
                elif opt == SGD:
                    _sgd_row(X, i, params, inputs, hidden, lr, g, h, d)
                else:
                    _optimizer_step(opt, hyper, state, params, grads, lr)
        else:
            for start in range(0, n, size):
                stop = min(start + size, n)
                for k in range(size_p):
                    sums[k] = 0.0
                for i in range(start, stop):
                    error, loss, g = _row(X, ys, i, params, inputs, hidden, act,
                                          cross_entropy, exact, two, a, h, d, grads)  # fmt: skip
                    if cross_entropy:
                        total += loss
                    else:
                        errors[kept] = error
                        kept += 1
                        if kept == CHUNK:
                            total = _add_squares(total, errors, kept, two, squares)
                            kept = 0
                    for k in range(size_p):
                        sums[k] += grads[k]
                count = float(stop - start)
                for k in range(size_p):
                    sums[k] = sums[k] / count
                if penalty != 0:
                    _penalise(sums, params, inputs, hidden, penalty, lam, n)
                if opt == SGD:
                    for k in range(size_p):
                        params[k] = params[k] - lr * sums[k]
                else:
                    _optimizer_step(opt, hyper, state, params, sums, lr)
        total = _add_squares(total, errors, kept, two, squares)
        out_loss[e] = total
        finite = math.isfinite(total)
        for k in range(size_p):
            out_params[k, e] = params[k]
            if not math.isfinite(params[k]):
                finite = False
        if not finite:
            return e + 1
    return n_epochs


@numba.njit(nogil=True, cache=True)
def mean_losses(X, ys, params, inputs, hidden, act, cross_entropy, two, out):
    """validation.mean_losses_python: each column of ``params``' mean loss over the rows
    (a forward pass only; the squared loss is libm's pow, as _numba_kernel.square gives)."""
    n = X.shape[0]
    units = hidden if hidden > 0 else 1
    h = np.zeros(units)
    w2 = hidden * inputs + hidden
    for e in range(params.shape[1]):
        total = 0.0
        for i in range(n):
            if hidden == 0:
                z = X[i, 0] * params[0, e]
                for k in range(1, inputs):
                    z = z + X[i, k] * params[k, e]
                z = z + params[inputs, e]
            else:
                for j in range(hidden):
                    a = X[i, 0] * params[j * inputs, e]
                    for k in range(1, inputs):
                        a = a + X[i, k] * params[j * inputs + k, e]
                    a = a + params[hidden * inputs + j, e]
                    if act == SIGMOID:
                        h[j] = 1.0 / (1.0 + math.exp(-a))
                    elif act == TANH:
                        h[j] = math.tanh(a)
                    else:
                        h[j] = a if a > 0 else 0.0
                z = h[0] * params[w2, e]
                for j in range(1, hidden):
                    z = z + h[j] * params[w2 + j, e]
                z = z + params[w2 + hidden, e]
            p = 1.0 / (1.0 + math.exp(-z))
            y = ys[i]
            if cross_entropy:
                positive = z if z > 0.0 else 0.0
                total += positive - z * y + math.log1p(math.exp(-abs(z)))
            else:
                total += square(p - y, two)
        out[e] = total / n
