"""The models' rule written again from scratch, from the issue's text alone, independent
of gdviz: what gdviz's reference and kernels are held to (``==``)."""

from __future__ import annotations

import math
import random

from reference import Independent


def act(kind, a):
    if kind == "sigmoid":
        try:
            return 1.0 / (1.0 + math.exp(-a))
        except OverflowError:
            return 0.0
    if kind == "tanh":
        return math.tanh(a)
    return a if a > 0 else 0.0


def act_slope(kind, a, h):
    if kind == "sigmoid":
        return h * (1.0 - h)
    if kind == "tanh":
        return 1.0 - h * h
    return 1.0 if a > 0 else 0.0


def sig(z):
    try:
        return 1.0 / (1.0 + math.exp(-z))
    except OverflowError:
        return 0.0


class Net:
    """Parameters held as the issue names them: w, b; or W1, b1, w2, b2."""

    def __init__(self, inputs, hidden, kind="sigmoid", weight=0.1, bias=0.0, seed=0):
        self.inputs, self.hidden, self.kind = inputs, hidden, kind
        if hidden:
            rng = random.Random(seed)
            self.W1 = [[rng.uniform(-1.0, 1.0) for _ in range(inputs)] for _ in range(hidden)]
            self.w2 = [rng.uniform(-1.0, 1.0) for _ in range(hidden)]
            self.b1 = [0.0] * hidden
            self.b2 = 0.0
        else:
            self.w = [weight] * inputs
            self.b = bias

    def flat(self):
        if self.hidden:
            return [v for row in self.W1 for v in row] + self.b1 + self.w2 + [self.b2]
        return [*self.w, self.b]

    def set_flat(self, values):
        values = list(values)
        if self.hidden:
            n, h = self.inputs, self.hidden
            self.W1 = [values[j * n : (j + 1) * n] for j in range(h)]
            self.b1 = values[h * n : h * n + h]
            self.w2 = values[h * n + h : h * n + 2 * h]
            self.b2 = values[-1]
        else:
            self.w, self.b = values[:-1], values[-1]

    def row(self, x, y, loss, gradient):
        """Loss, and each parameter's (delta, input) pair: the input is None for a bias."""
        if self.hidden:
            a, h = [], []
            for j in range(self.hidden):
                s = x[0] * self.W1[j][0]
                for i in range(1, self.inputs):
                    s = s + x[i] * self.W1[j][i]
                s = s + self.b1[j]
                a.append(s)
                h.append(act(self.kind, s))
            z = h[0] * self.w2[0]
            for j in range(1, self.hidden):
                z = z + h[j] * self.w2[j]
            z = z + self.b2
        else:
            z = x[0] * self.w[0]
            for i in range(1, self.inputs):
                z = z + x[i] * self.w[i]
            z = z + self.b
        p = sig(z)
        error = p - y
        if loss == "squared":
            row_loss = error**2
        else:
            row_loss = max(z, 0.0) - z * y + math.log1p(math.exp(-abs(z)))
        g = error * (2.0 * p * (1.0 - p)) if (loss, gradient) == ("squared", "exact") else error
        if not self.hidden:
            return row_loss, [(g, xi) for xi in x] + [(g, None)]
        deltas = [(g * self.w2[j]) * act_slope(self.kind, a[j], h[j]) for j in range(self.hidden)]
        pairs = [(deltas[j], x[i]) for j in range(self.hidden) for i in range(self.inputs)]
        pairs += [(d, None) for d in deltas]
        pairs += [(g, h[j]) for j in range(self.hidden)]
        pairs += [(g, None)]
        return row_loss, pairs


def train(net, rows, lr, epochs, batch=1, kind="sgd", loss="squared", gradient="seed"):
    """Per-row (``batch`` 1) or batched training by the issue's rule; the history of
    (loss, parameters) per epoch up to the first non-finite."""
    opt = Independent(kind)
    opt.v = opt.s = opt.m = None
    size = len(rows) if batch == 0 else batch
    n_params = len(net.flat())
    opt.v, opt.s, opt.m = [0.0] * n_params, [0.0] * n_params, [0.0] * n_params
    history = []
    for _ in range(epochs):
        total = 0.0
        for start in range(0, len(rows), size):
            chunk = rows[start : start + size]
            sums = [0.0] * n_params
            for x, y in chunk:
                row_loss, pairs = net.row(x, y, loss, gradient)
                total += row_loss
                if batch == 1 and kind == "sgd":
                    net.set_flat(
                        [
                            p - lr * d if i is None else p - lr * d * i
                            for p, (d, i) in zip(net.flat(), pairs, strict=True)
                        ]
                    )
                    continue
                grads = [d if i is None else d * i for d, i in pairs]
                if batch == 1:
                    net.set_flat(opt.update(net.flat(), grads, lr))
                else:
                    sums = [s + g for s, g in zip(sums, grads, strict=True)]
            if batch != 1:
                mean = [s / float(len(chunk)) for s in sums]
                if kind == "sgd":
                    net.set_flat([p - lr * g for p, g in zip(net.flat(), mean, strict=True)])
                else:
                    net.set_flat(opt.update(net.flat(), mean, lr))
        values = net.flat()
        history.append((total, values))
        if not (math.isfinite(total) and all(math.isfinite(v) for v in values)):
            break
    return history
