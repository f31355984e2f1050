"""The numbers a classifier is judged by: at a decision threshold t, a row is predicted
1 when its p ≥ t. Accuracy is the fraction of rows whose prediction equals the label;
the confusion matrix counts the rows labelled 1 or 0 by what was predicted (a label
between 0 and 1 is neither, and is counted in no cell); precision is TP / (TP + FP),
recall TP / (TP + FN).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

DEFAULT_THRESHOLD = 0.5


@dataclass(frozen=True)
class Confusion:
    """Counts at one threshold: true and false positives and negatives, ``correct``
    (prediction equals label) and ``rows`` (all of them)."""

    tp: int
    fp: int
    fn: int
    tn: int
    correct: int
    rows: int

    @property
    def accuracy(self) -> float:
        """``correct / rows``: the exact fraction's nearest double."""
        return self.correct / self.rows if self.rows else float("nan")

    @property
    def precision(self) -> float | None:
        """Of the rows predicted 1, the fraction labelled 1 (None: none predicted 1)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else None

    @property
    def recall(self) -> float | None:
        """Of the rows labelled 1, the fraction predicted 1 (None: none labelled 1)."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else None

    @property
    def cells(self) -> tuple[int, int, int, int]:
        return self.tp, self.fp, self.fn, self.tn

    def lines(self, part: str) -> str:
        """What ``gdviz train --metrics`` prints for one part (``Train``, ``Validation``)."""
        return (
            f"{part} accuracy: {self.accuracy!r}\n"
            f"Confusion (TP FP FN TN): {self.tp} {self.fp} {self.fn} {self.tn}\n"
        )


def confusion(p: np.ndarray, ys: np.ndarray, threshold: float = DEFAULT_THRESHOLD) -> Confusion:
    """The counts for probabilities ``p`` against labels ``ys`` at ``threshold``."""
    p, ys = np.asarray(p, dtype=float), np.asarray(ys, dtype=float)
    predicted = p >= threshold
    one, zero = ys == 1.0, ys == 0.0
    tp = int(np.count_nonzero(predicted & one))
    fp = int(np.count_nonzero(predicted & zero))
    fn = int(np.count_nonzero(~predicted & one))
    tn = int(np.count_nonzero(~predicted & zero))
    return Confusion(tp, fp, fn, tn, tp + tn, len(ys))
