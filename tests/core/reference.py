"""Training written out again from scratch, independent of gdviz: what the kernels are
held to (``==``) by the batch and optimiser tests."""

from __future__ import annotations

import math


class Independent:
    """The issue's formulas, written again from scratch: per parameter, in a list."""

    def __init__(self, kind, mu=0.9, alpha=0.99, beta1=0.9, beta2=0.999, eps=None):
        self.kind = kind
        self.mu, self.alpha, self.beta1, self.beta2 = mu, alpha, beta1, beta2
        default = {"adagrad": 1e-10, "rmsprop": 1e-8, "adam": 1e-8}
        self.eps = eps if eps is not None else default.get(kind, 1e-8)
        self.v = [0.0, 0.0]
        self.s = [0.0, 0.0]
        self.m = [0.0, 0.0]
        self.t = 0

    def update(self, params, grads, lr):
        if self.kind == "adam":
            self.t = self.t + 1
        out = []
        for i, (p, g) in enumerate(zip(params, grads, strict=True)):
            if self.kind == "momentum":
                self.v[i] = self.mu * self.v[i] + g
                p = p - lr * self.v[i]
            elif self.kind == "nesterov":
                self.v[i] = self.mu * self.v[i] + g
                p = p - lr * (g + self.mu * self.v[i])
            elif self.kind == "adagrad":
                self.s[i] = self.s[i] + g * g
                p = p - lr * g / (math.sqrt(self.s[i]) + self.eps)
            elif self.kind == "rmsprop":
                self.s[i] = self.alpha * self.s[i] + (1 - self.alpha) * g * g
                p = p - lr * g / (math.sqrt(self.s[i]) + self.eps)
            elif self.kind == "adam":
                self.m[i] = self.beta1 * self.m[i] + (1 - self.beta1) * g
                self.v[i] = self.beta2 * self.v[i] + (1 - self.beta2) * g * g
                mhat = self.m[i] / (1 - self.beta1**self.t)  # an int t: Python's float power
                vhat = self.v[i] / (1 - self.beta2**self.t)
                p = p - lr * mhat / (math.sqrt(vhat) + self.eps)
            else:  # sgd: the lesson's plain step
                p = p - lr * g
            out.append(p)
        return out


def reference_run(rows, w, b, lr, epochs, batch, kind, loss, gradient, **params):
    """Training written out plainly: per row (``batch`` 1), or per batch of ``batch`` rows
    (0: all) by the mean gradient, each batch at its starting (w, b), every sum row by
    row in file order. The history: (loss, w, b) per epoch, up to the first non-finite."""
    opt = Independent(kind, **params)
    size = len(rows) if batch == 0 else batch
    history = []
    for _ in range(epochs):
        total = 0.0
        for start in range(0, len(rows), size):
            chunk = rows[start : start + size]
            gw = gb = 0.0
            for x, y in chunk:
                z = x * w + b
                try:
                    p = 1 / (1 + math.exp(-z))
                except OverflowError:
                    p = 0.0
                e = p - y
                if loss == "squared":
                    total += e**2
                else:
                    total += max(z, 0.0) - z * y + math.log1p(math.exp(-abs(z)))
                g = e * (2.0 * p * (1.0 - p)) if (loss, gradient) == ("squared", "exact") else e
                if batch == 1:
                    w, b = opt.update([w, b], [g * x, g], lr)
                else:
                    gw += g * x
                    gb += g
            if batch != 1:
                w, b = opt.update([w, b], [gw / len(chunk), gb / len(chunk)], lr)
        history.append((total, w, b))
        if not all(math.isfinite(v) for v in (total, w, b)):
            break
    return history
