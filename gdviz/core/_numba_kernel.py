"""The numba twin of :func:`gdviz.core.kernel.run_epochs_python`.

Imported only through :func:`gdviz.core.kernel.get_kernel` (importing numba
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
