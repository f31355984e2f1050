"""The numba twins of :func:`gdviz.core.train.kernel.run_epochs_python` and ``run_batches_python``.

Imported only through :func:`gdviz.core.train.kernel.get_kernels` (importing numba
is slow). Keep every line in step with the Python versions and with
:mod:`gdviz.core.train.optimizers`: same operations, same order, same early stop.
"""

import math

import numba

SGD, MOMENTUM, NESTEROV, ADAGRAD, RMSPROP, ADAM = range(6)  # optimizers.CODE


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
):
    n = xs.shape[0]
    squared_exact = exact and not cross_entropy
    for e in range(n_epochs):
        total = 0.0
        for i in range(n):
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
                # ``two`` is a runtime 2.0 so numba calls libm pow, like Python.
                total += error**two
            if squared_exact:
                grad = error * (two * p * (1.0 - p))
            else:
                grad = error
            if opt == SGD:
                w = w - lr * grad * x
                b = b - lr * grad
            else:
                w, b = _step(opt, params, state, w, b, grad * x, grad, lr)
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
                    total += error**two
                if squared_exact:
                    grad = error * (two * p * (1.0 - p))
                else:
                    grad = error
                sum_w += grad * x
                sum_b += grad
            count = float(stop - start)
            if opt == SGD:
                w = w - lr * (sum_w / count)
                b = b - lr * (sum_b / count)
            else:
                w, b = _step(opt, params, state, w, b, sum_w / count, sum_b / count, lr)
        out_loss[e] = total
        out_w[e] = w
        out_b[e] = b
        if not (math.isfinite(total) and math.isfinite(w) and math.isfinite(b)):
            return e + 1
    return n_epochs
