"""The trained model's predictions for new inputs: ``p = σ(w·x + b)`` per input (any
model's p), written as a CSV of ``x,probability,predicted`` (``x1,x2,…`` for two inputs;
predicted is 1 when p ≥ 0.5).

Each probability is the rule's own forward pass (:func:`gdviz.core.train.model.predict`,
:func:`gdviz.core.train.network.forward`), so it is exactly the number the window and the
training loop compute; numbers are written with ``repr``, which reads back as the
identical double.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator

import numpy as np

from gdviz.core.io.atomic import atomic_write
from gdviz.core.train.model import predict
from gdviz.core.train.network import Network, forward

HEADER = "x,probability,predicted\n"
THRESHOLD = 0.5
CHUNK = 65536  # rows formatted at a time


def probabilities(
    w: float, b: float, x: np.ndarray, between: Callable[[], None] | None = None
) -> np.ndarray:
    """``σ(w·x + b)`` for every input, each computed as the lesson computes it
    (``between`` runs after each chunk of rows: it may raise to stop)."""
    p = np.empty(len(x))
    for start in range(0, len(x), CHUNK):
        part = x[start : start + CHUNK].tolist()
        p[start : start + len(part)] = [predict(w, b, v) for v in part]
        if between is not None:
            between()
    return p


def model_probabilities(
    net: Network,
    params: tuple[float, ...],
    X: np.ndarray,
    between: Callable[[], None] | None = None,
) -> np.ndarray:
    """Any model's p for every row of inputs ``X`` (rows × inputs), each computed as
    training computes it (``between`` runs after each chunk: it may raise to stop)."""
    X = np.asarray(X, dtype=float).reshape(len(X), -1)
    if net.is_lesson:
        return probabilities(params[0], params[-1], X[:, 0], between)
    p = np.empty(len(X))
    for start in range(0, len(X), CHUNK):
        rows = X[start : start + CHUNK].tolist()
        p[start : start + len(rows)] = [forward(net, params, tuple(r)).p for r in rows]
        if between is not None:
            between()
    return p


def predicted(p: np.ndarray) -> np.ndarray:
    """1 where the probability is at least 0.5, else 0."""
    return (p >= THRESHOLD).astype(np.int8)


def csv_parts(
    x: np.ndarray, p: np.ndarray, between: Callable[[], None] | None = None
) -> Iterator[str]:
    """The CSV's text, a chunk of rows at a time (``between`` runs before each chunk).
    ``x`` is one column of inputs, or rows × 2 for a model with two."""
    X = np.asarray(x, dtype=float).reshape(len(x), -1)
    inputs = X.shape[1]
    yield HEADER if inputs == 1 else ",".join(f"x{i + 1}" for i in range(inputs)) + HEADER[1:]
    labels = predicted(p)
    for start in range(0, len(X), CHUNK):
        if between is not None:
            between()
        rows = zip(
            X[start : start + CHUNK].tolist(),
            p[start : start + CHUNK].tolist(),
            labels[start : start + CHUNK].tolist(),
            strict=True,
        )
        yield "".join(f"{','.join(map(repr, xv))},{pv!r},{label}\n" for xv, pv, label in rows)


def save_predictions(
    path: str | os.PathLike[str],
    x: np.ndarray,
    p: np.ndarray,
    between: Callable[[], None] | None = None,
) -> None:
    """Write the CSV atomically: a failure (or ``between`` raising) leaves any file
    already at ``path`` as it was."""

    def write(handle) -> None:
        for part in csv_parts(x, p, between):
            handle.write(part.encode("utf-8"))

    atomic_write(path, write)
