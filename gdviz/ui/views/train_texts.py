"""The Train tab's texts declared as data: the optimisers' tips, the transport buttons
and the step-row hint (marked for the catalogues with the context ``train_texts``;
translated where they are shown), and the counts its read-outs say."""

from __future__ import annotations

from gdviz.core.i18n import QT_TRANSLATE_NOOP, localise, translate
from gdviz.core.teach.words import integer
from gdviz.core.train.optimizers import Optimizer

ROW_HINT = QT_TRANSLATE_NOOP(
    "train_texts", "Press Step row (Shift+S) to see one update worked out."
)
OPTIMIZER_TIPS = {
    Optimizer.SGD: QT_TRANSLATE_NOOP(
        "train_texts", "Step against the gradient: w ← w − lr·g (the lesson's rule)"
    ),
    Optimizer.MOMENTUM: QT_TRANSLATE_NOOP(
        "train_texts",
        "A velocity that keeps most of the last step: v ← μ·v + g; w ← w − lr·v. "
        "It rolls through long, shallow valleys",
    ),
    Optimizer.NESTEROV: QT_TRANSLATE_NOOP(
        "train_texts", "Momentum that looks ahead: w ← w − lr·(g + μ·v)"
    ),
    Optimizer.ADAGRAD: QT_TRANSLATE_NOOP(
        "train_texts", "Steps shrink with the sum of all squared gradients so far"
    ),
    Optimizer.RMSPROP: QT_TRANSLATE_NOOP(
        "train_texts", "Steps divided by a running average of squared gradients"
    ),
    Optimizer.ADAM: QT_TRANSLATE_NOOP(
        "train_texts", "Momentum and RMSProp together, with bias correction: steps of about lr"
    ),
}
# The transport buttons: (object name, text, tool tip).
BUTTONS = {
    "train": (
        "trainButton",
        QT_TRANSLATE_NOOP("train_texts", "Train"),
        QT_TRANSLATE_NOOP("train_texts", "Start training, or resume after a pause (Space)"),
    ),
    "pause": (
        "pauseButton",
        QT_TRANSLATE_NOOP("train_texts", "Pause"),
        QT_TRANSLATE_NOOP("train_texts", "Pause training (Space)"),
    ),
    "step": (
        "stepButton",
        QT_TRANSLATE_NOOP("train_texts", "Step"),
        QT_TRANSLATE_NOOP("train_texts", "Train exactly one epoch (S)"),
    ),
    "reset": (
        "resetButton",
        QT_TRANSLATE_NOOP("train_texts", "Reset"),
        QT_TRANSLATE_NOOP(
            "train_texts",
            "Back to the starting weight and bias; the run so far is kept in the Runs tab (R)",
        ),
    ),
    "step_row": (
        "stepRowButton",
        QT_TRANSLATE_NOOP("train_texts", "Step row"),
        QT_TRANSLATE_NOOP(
            "train_texts",
            "Update w and b on the next single row, and show the arithmetic (Shift+S). "
            "Needs per-row updates.",
        ),
    ),
}


def shown_integer(n: int) -> str:
    """``2,000`` as the window writes it (``2.000`` in German and Spanish)."""
    return localise(integer(n))


def epochs_done(done: int, target: int) -> str:
    """The progress bar's ``12 / 1,000 epochs``."""
    if target == 1:
        text = translate("train_texts", "{done} / 1 epoch")
    else:
        text = translate("train_texts", "{done} / {target} epochs")
    return text.format(done=shown_integer(done), target=shown_integer(target))
