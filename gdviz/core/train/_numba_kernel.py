"""The numba twins of :func:`gdviz.core.train.kernel.run_epochs_python` and ``run_batches_python``.

Imported only through :func:`gdviz.core.train.kernel.get_kernels` (importing numba
is slow). Keep every line in step with the Python versions and with
:mod:`gdviz.core.train.optimizers`: same operations, same order, same early stop.
"""

import math

import numba
import numpy as np

SGD, MOMENTUM, NESTEROV, ADAGRAD, RMSPROP, ADAM = range(6)  # optimizers.CODE
SPLIT = 134217729.0  # 2**27 + 1: Veltkamp's split of a double into two halves
# pow is within 0.52 ulp of the true square: e * e (correctly rounded) can differ from it
# only where the true square is within 0.02 ulp of a rounding midpoint. A rounding error
# of e * e beyond 0.47 ulp sends the row to pow; sq + err * NEAR != sq tests exactly that.
NEAR = 0.5 / 0.47
CHUNK = 1024  # rows whose squares are made together, between two runs of the row loop


@numba.njit(nogil=True, cache=True, inline="always")
def _near_midpoint(e):
    """``e * e``, and whether its true value lies near a rounding midpoint (or is too small
    for an exact two-product): then only libm's pow gives Python's ``e ** 2``."""
    sq = e * e
    c = SPLIT * e
    hi = c - (c - e)
    lo = e - hi
    err = ((hi * hi - sq) + 2.0 * hi * lo) + lo * lo  # exact: e * e = sq + err
    return sq, sq + err * NEAR != sq or not sq > 1e-290


@numba.njit(nogil=True, cache=True, inline="always")
def square(e, two):
    """``e ** two`` (two = 2.0) exactly as libm's pow gives it, mostly at the cost of a
    multiply: an exact two-product (Dekker, with Veltkamp's split) says when pow must be
    asked. bench/bench_kernels.py checks it against pow on tens of millions of values."""
    sq, near = _near_midpoint(e)
    return e**two if near else sq


@numba.njit(nogil=True, cache=True)
def _squares(errors, count, two, out):
    """``out[k] = errors[k] ** two`` for the first ``count``, as :func:`square`: every
    multiply and check first (a loop without calls), then pow for the few near a midpoint."""
    for k in range(count):
        sq, near = _near_midpoint(errors[k])
        out[k] = -1.0 if near else sq
    for k in range(count):
        if out[k] < 0.0:
            out[k] = errors[k] ** two


@numba.njit(nogil=True, cache=True)
def _update(opt, params, value, g, first, second, t, lr):
    """One parameter's update: (value, first, second) after it (see optimizers.update_param)."""
    if opt == MOMENTUM:
        first = params[0] * first + g
        return value - lr * first, first, second
    if opt == NESTEROV:
        first = params[0] * first + g
        return value - lr * (g + params[0] * first), first, second
    if opt == ADAGRAD:
        second = second + g * g
        return value - lr * g / (math.sqrt(second) + params[4]), first, second
    if opt == RMSPROP:
        second = params[1] * second + (1 - params[1]) * g * g
        return value - lr * g / (math.sqrt(second) + params[4]), first, second
    # ADAM; t is a float, so ``** t`` is libm's pow, as Python's float power is.
    first = params[2] * first + (1 - params[2]) * g
    second = params[3] * second + (1 - params[3]) * g * g
    mhat = first / (1 - params[2] ** t)
    vhat = second / (1 - params[3] ** t)
    return value - lr * mhat / (math.sqrt(vhat) + params[4]), first, second


@numba.njit(nogil=True, cache=True, inline="always")
def weight_gradient(code, lam, w, n):
    """penalty.weight_gradient: the penalty's share of a weight's gradient."""
    if code == 1:
        return 2.0 * lam / n * w
    if code == 2:
        return lam / n * (1.0 if w > 0.0 else -1.0 if w < 0.0 else 0.0)
    return 0.0


@numba.njit(nogil=True, cache=True)
def _step(opt, params, state, w, b, gw, gb, lr):
    """w and b updated by the optimiser; ``state`` changes in place (see optimizers.step)."""
    t = state[4]
    if opt == ADAM:
        t = t + 1.0
        state[4] = t
    w, state[0], state[2] = _update(opt, params, w, gw, state[0], state[2], t, lr)
    b, state[1], state[3] = _update(opt, params, b, gb, state[1], state[3], t, lr)
    return w, b


@numba.njit(nogil=True, cache=True)
def run_epochs(
    xs,
    ys,
    w,
    b,
    lr,
    n_epochs,
    cross_entropy,
    exact,
    two,
    opt,
    params,
    state,
    out_loss,
    out_w,
    out_b,
    penalty=0,
    lam=0.0,
):
    n = xs.shape[0]
    squared_exact = exact and not cross_entropy
    # The squared loss is summed a chunk behind: the row loop keeps each error, the next
    # chunk's row loop adds the squares made in between (_squares). The sum's order is the
    # rows' order, so every total is the one row-by-row adding gives, bit for bit; the
    # row loop itself stays a loop without pow in it.
    errors = np.empty(CHUNK)
    squares = np.empty(CHUNK)
    for e in range(n_epochs):
        total = 0.0
        pending = 0  # squares of the chunk before, still to add
        for start in range(0, n, CHUNK):
            count = min(start + CHUNK, n) - start
            for k in range(count):
                i = start + k
                x = xs[i]
                y = ys[i]
                z = x * w + b
                # exp overflows to inf here (no exception): 1 / (1 + inf) == 0.0.
                p = 1.0 / (1.0 + math.exp(-z))
                error = p - y
                if cross_entropy:
                    positive = z if z > 0.0 else 0.0
                    total += positive - z * y + math.log1p(math.exp(-abs(z)))
                else:
                    errors[k] = error
                    if k < pending:
                        total += squares[k]
                if squared_exact:
                    grad = error * (two * p * (1.0 - p))
                else:
                    grad = error
                if penalty != 0:
                    gw = grad * x + weight_gradient(penalty, lam, w, n)
                    if opt == SGD:
                        w = w - lr * gw
                        b = b - lr * grad
                    else:
                        w, b = _step(opt, params, state, w, b, gw, grad, lr)
                elif opt == SGD:
                    w = w - lr * grad * x
                    b = b - lr * grad
                else:
                    w, b = _step(opt, params, state, w, b, grad * x, grad, lr)
            if not cross_entropy:
                for k in range(count, pending):
                    total += squares[k]
                _squares(errors, count, two, squares)
                pending = count
        for k in range(pending):
            total += squares[k]
        out_loss[e] = total
        out_w[e] = w
        out_b[e] = b
        if not (math.isfinite(total) and math.isfinite(w) and math.isfinite(b)):
            return e + 1
    return n_epochs


@numba.njit(nogil=True, cache=True)
def run_batches(
    xs,
    ys,
    w,
    b,
    lr,
    n_epochs,
    cross_entropy,
    exact,
    two,
    batch_size,
    opt,
    params,
    state,
    out_loss,
    out_w,
    out_b,
    penalty=0,
    lam=0.0,
):
    n = xs.shape[0]
    size = n if batch_size <= 0 else min(batch_size, n)
    squared_exact = exact and not cross_entropy
    for e in range(n_epochs):
        total = 0.0
        for start in range(0, n, size):
            stop = min(start + size, n)
            sum_w = 0.0
            sum_b = 0.0
            for i in range(start, stop):
                x = xs[i]
                z = x * w + b
                p = 1.0 / (1.0 + math.exp(-z))
                error = p - ys[i]
                if cross_entropy:
                    positive = z if z > 0.0 else 0.0
                    total += positive - z * ys[i] + math.log1p(math.exp(-abs(z)))
                else:
                    total += square(error, two)
                if squared_exact:
                    grad = error * (two * p * (1.0 - p))
                else:
                    grad = error
                sum_w += grad * x
                sum_b += grad
            count = float(stop - start)
            gw = sum_w / count
            if penalty != 0:
                gw = gw + weight_gradient(penalty, lam, w, n)
            if opt == SGD:
                w = w - lr * gw
                b = b - lr * (sum_b / count)
            else:
                w, b = _step(opt, params, state, w, b, gw, sum_b / count, lr)
        out_loss[e] = total
        out_w[e] = w
        out_b[e] = b
        if not (math.isfinite(total) and math.isfinite(w) and math.isfinite(b)):
            return e + 1
    return n_epochs
