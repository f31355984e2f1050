"""The lesson's exercises, as data: what each changes, the question it asks, and, for a
race, which optimisers race on which built-in data set."""

from __future__ import annotations

from dataclasses import dataclass

from gdviz.core.i18n import QT_TRANSLATE_NOOP
from gdviz.core.train.model import Loss
from gdviz.core.train.optimizers import Optimizer


@dataclass(frozen=True)
class Exercise:
    name: str
    title: str
    changes: dict
    question: str
    # A race instead of one run: these optimisers, on this built-in data set, and the
    # loss whose reaching the race table times.
    race: tuple[Optimizer, ...] = ()
    data: str = "lesson"
    threshold: float = 0.05
    # A run to compare with instead of the lesson's default one: its changes and name.
    compare: dict | None = None
    compare_label: str = ""  # (a kept run's name: translated where it is given)


# Why hold out data?: a network with far more bends than 25 noisy rows need, trained until
# it learns their noise. Measured (gdviz train --dataset few-noisy --validation 0.3 --hidden 8
# --optimizer adam --learning-rate 0.03 --batch-size 0 --epochs 3000): the validation loss
# is lowest at epoch 454 (0.088) and ends at 0.254 while the training loss falls from 0.149
# to 0.086; with --l2 0.1 the validation loss ends at 0.095 (tests/core/test_hold_out.py).
HOLD_OUT = {
    "hidden": 8, "optimizer": Optimizer.ADAM, "learning_rate": 0.03, "batch_size": 0,
    "epochs": 3000, "validation": 0.3, "split_seed": 0,
}  # fmt: skip
HOLD_OUT_L2 = 0.1

EXERCISES = [
    Exercise(
        "lr001",
        QT_TRANSLATE_NOOP("lessons", "Exercise 3: learning rate 0.01"),
        {"learning_rate": 0.01},
        QT_TRANSLATE_NOOP(
            "lessons",
            "Steps ten times smaller than the lesson's. Compare the red curve with the faded "
            "default: is the fall slower or faster? Is it smoother? How far is the loss after "
            "1000 epochs from the default's?",
        ),
    ),
    Exercise(
        "lr1",
        QT_TRANSLATE_NOOP("lessons", "Exercise 3: learning rate 1.0"),
        {"learning_rate": 1.0},
        QT_TRANSLATE_NOOP(
            "lessons",
            "Steps ten times bigger. Does the loss fall faster? Look at the start of the curve "
            "and at the path on the landscape: does it bounce across the valley?",
        ),
    ),
    Exercise(
        "outlier",
        QT_TRANSLATE_NOOP("lessons", "Exercise 3: learning rate 1.0 on the outlier data"),
        {"learning_rate": 1.0},
        QT_TRANSLATE_NOOP(
            "lessons",
            "One student studied 12 hours and failed. With steps of 1.0, compare the loss with "
            "the faded run at 0.1 on the same data: does it settle, or bounce?",
        ),
        data="outlier",
        compare={"learning_rate": 0.1},
        compare_label=QT_TRANSLATE_NOOP("lessons", "learning rate 0.1"),
    ),
    Exercise(
        "w1",
        QT_TRANSLATE_NOOP("lessons", "Exercise 4: start at w = 1.0"),
        {"weight": 1.0},
        QT_TRANSLATE_NOOP(
            "lessons",
            "A different starting weight. Does it still get to the bottom? Compare the number "
            "of epochs it needs with the faded default run.",
        ),
    ),
    Exercise(
        "momentum",
        QT_TRANSLATE_NOOP("lessons", "Why momentum?"),
        {
            "learning_rate": 0.07,
            "weight": 0.0,
            "bias": 0.0,
            "loss": Loss.CROSS_ENTROPY,
            "batch_size": 0,
        },
        QT_TRANSLATE_NOOP(
            "lessons",
            "Every student here studied 7.5 to 12.5 hours, far from 0, so the loss is a long, "
            "narrow valley (see the landscape). All three take steps of the same learning rate. "
            "Why does plain gradient descent crawl along the valley floor while momentum and "
            "Adam run down it? Step (S) through the first epochs and watch the paths.",
        ),
        race=(Optimizer.SGD, Optimizer.MOMENTUM, Optimizer.ADAM),
        data="ravine",
        threshold=10.5,
    ),
    Exercise(
        "hidden",
        QT_TRANSLATE_NOOP("lessons", "Why a hidden layer?"),
        {"hidden": 3, "optimizer": Optimizer.ADAM, "learning_rate": 0.05, "epochs": 3000},
        QT_TRANSLATE_NOOP(
            "lessons",
            "These students pass only with a middle range of hours: too few fail, and so do too "
            "many. One neuron (faded) can only draw one S-shaped step, so the best it can do is "
            "a flat guess. Three hidden units each bend their own step (dashed); the output adds "
            "them up, and a bump appears. Watch the fit and the loss. Then open the Network tab: "
            "which unit's output weight turns negative, and why does the network need it?",
        ),
        data="sweet-spot",
        compare={"optimizer": Optimizer.ADAM, "learning_rate": 0.05, "epochs": 3000},
        compare_label=QT_TRANSLATE_NOOP("lessons", "one neuron (no hidden layer)"),
    ),
    Exercise(
        "holdout",
        QT_TRANSLATE_NOOP("lessons", "Why hold out data?"),
        HOLD_OUT,
        QT_TRANSLATE_NOOP(
            "lessons",
            "36 noisy students and a network of 8 hidden units: far more bends than the rule "
            "needs. 11 rows are held out (hollow): never trained on, only measured, as the "
            "dashed validation loss. The training loss keeps falling; find the epoch where the "
            "validation loss stops falling and turns up. From there on the network learns the "
            "noise of the rows it sees, not the rule: watch the fit bend to reach single "
            "students. The faded run is the same with an L2 penalty, which makes big weights "
            "cost: its validation loss (faded, dashed) never turns up, and its curve stays "
            "smooth. Early stopping is the other cure: set a patience of 50 epochs in the "
            "Generalisation box and train again. Which would you trust with a new student?",
        ),
        data="few-noisy",
        compare={**HOLD_OUT, "l2": HOLD_OUT_L2},
        compare_label=QT_TRANSLATE_NOOP("lessons", "the same with L2 λ = 0.1"),  # HOLD_OUT_L2
    ),
]
