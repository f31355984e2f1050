"""The numba twins of :func:`gdviz.core.kernel.run_epochs_python` and ``run_batches_python``.

Imported only through :func:`gdviz.core.kernel.get_kernels` (importing numba
is slow). Keep every line in step with the Python version: same operations,
same order, same early stop.
"""

import math

import numba


@numba.njit(nogil=True, cache=True)
def run_epochs(xs, ys, w, b, lr, n_epochs, cross_entropy, exact, two, out_loss, out_w, out_b):
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
            w = w - lr * grad * x
            b = b - lr * grad
        out_loss[e] = total
        out_w[e] = w
        out_b[e] = b
        if not (math.isfinite(total) and math.isfinite(w) and math.isfinite(b)):
            return e + 1
    return n_epochs


@numba.njit(nogil=True, cache=True)
def run_batches(
    xs, ys, w, b, lr, n_epochs, cross_entropy, exact, two, batch_size, out_loss, out_w, out_b
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
            w = w - lr * (sum_w / count)
            b = b - lr * (sum_b / count)
        out_loss[e] = total
        out_w[e] = w
        out_b[e] = b
        if not (math.isfinite(total) and math.isfinite(w) and math.isfinite(b)):
            return e + 1
    return n_epochs
