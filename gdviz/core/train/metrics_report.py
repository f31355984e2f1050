"""What ``gdviz train --metrics`` prints after a run: each part's accuracy and confusion
counts at p ≥ 0.5, every p the rule's own forward pass (the numbers training computes)."""

from __future__ import annotations

from gdviz.core.io.predict import model_probabilities
from gdviz.core.train.metrics import confusion
from gdviz.core.train.trainer import Trainer


def metrics_report(trainer: Trainer) -> str:
    """``Train accuracy: A`` and ``Confusion (TP FP FN TN): a b c d`` for the training rows,
    then the same for the validation rows (if any), at the run's final parameters."""
    lines = ""
    for part, data in (("Train", trainer.fit_data), ("Validation", trainer.held_out)):
        if data is not None:
            p = model_probabilities(trainer.network, trainer.parameters, data.X)
            lines += confusion(p, data.ys).lines(part)
    return lines
