"""The guided lesson, as data: its steps (what to do, what to look at, which widget
they point at), the card exercise, the questions asked before a run and how a run's
own losses answer them, the lesson's loop as code with one row's values line by line,
and the learner's progress.

Nothing here computes a row a second time: the code's values are read from the
:class:`~gdviz.core.train.model.RowUpdate` the run itself made.
"""

from __future__ import annotations

import math
import random
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field, fields
from typing import Any

from gdviz.core.i18n import QT_TRANSLATE_NOOP, localise, translate
from gdviz.core.teach.words import significant


@dataclass(frozen=True)
class Step:
    """One step of the guided lesson. ``target`` is the objectName of the window's
    widget the step talks about (outlined while the step is shown); ``page`` the
    interactive piece the panel shows with it."""

    key: str
    title: str
    text: str
    target: str
    page: str
    questions: tuple[str, ...] = ()


STEPS: tuple[Step, ...] = (
    Step(
        "measure",
        QT_TRANSLATE_NOOP("guide", "Measure the mistake"),
        QT_TRANSLATE_NOOP(
            "guide",
            "A student passed (actual 1) and the model said 0.7. How wrong is that? Drag the "
            "prediction below: the loss is the gap squared, (actual − prediction)². Near the "
            "actual value it is tiny; far from it, it grows fast. On the fit plot (outlined) "
            "each dot is a student and the curve is the model's prediction for every x.",
        ),
        "fitPlot",
        "measure",
    ),
    Step(
        "losses",
        QT_TRANSLATE_NOOP("guide", "Why squared, and what else"),
        QT_TRANSLATE_NOOP(
            "guide",
            "Both losses drawn over every prediction from 0 to 1, for a student who passed and "
            "one who failed. Squared error: a miss of 0.2 costs 0.04, a miss of 0.8 costs 0.64, "
            "sixteen times more. Cross-entropy punishes a confident miss even harder. Training "
            "pushes the total of these, drawn on the loss plot (outlined), down.",
        ),
        "lossPlot",
        "losses",
    ),
    Step(
        "cards",
        QT_TRANSLATE_NOOP("guide", "Training in plain language"),
        QT_TRANSLATE_NOOP(
            "guide",
            "Training is four steps repeated. Put the cards in order: drag them, or select one "
            "and move it with Ctrl+↑ and Ctrl+↓; then Check. Train (outlined) runs exactly "
            "this loop.",
        ),
        "trainButton",
        "cards",
    ),
    Step(
        "iteration",
        QT_TRANSLATE_NOOP("guide", "One training iteration"),
        QT_TRANSLATE_NOOP(
            "guide",
            "Press Step row (outlined) to send one student through the model, then go through "
            "its three moments one at a time, or play them: the row goes in and a probability "
            "comes out; the error is measured; w and b take a small step against it.",
        ),
        "stepRowButton",
        "iteration",
    ),
    Step(
        "code",
        QT_TRANSLATE_NOOP("guide", "The training loop, running"),
        QT_TRANSLATE_NOOP(
            "guide",
            "The lesson's loop as code. Each Step row runs it a line at a time: the line being "
            "run is marked and every value it makes is written beside it, from the run itself. "
            "Step row a few times, then Step (S) to finish the epoch.",
        ),
        "lessonCodeView",
        "code",
    ),
    Step(
        "reading",
        QT_TRANSLATE_NOOP("guide", "Reading the update lines"),
        QT_TRANSLATE_NOOP(
            "guide",
            "Step row, then read the last row's update below, with its own numbers: the sign "
            "of the error says whether the model overshot; x scales how hard the row pushes w; "
            "b moves by the error alone. The Train tab's worked row (outlined) has every digit.",
        ),
        "rowExplanation",
        "reading",
    ),
    Step(
        "rates",
        QT_TRANSLATE_NOOP("guide", "Exercise 3: the learning rate, predict first"),
        QT_TRANSLATE_NOOP(
            "guide",
            "Before each run, say what you expect. The lesson's default run is kept (faded) to "
            "compare with. Then Run it, and read what happened beside the lesson's answer.",
        ),
        "learningRateSpin",
        "questions",
        ("lr001", "lr1", "outlier"),
    ),
    Step(
        "start",
        QT_TRANSLATE_NOOP("guide", "Exercise 4: the starting weight, predict first"),
        QT_TRANSLATE_NOOP(
            "guide",
            "Start at w = 1.0 instead of 0.1 (the weight box, outlined). Say what you expect, "
            "Run it, then compare.",
        ),
        "weightSpin",
        "questions",
        ("w1",),
    ),
    Step(
        "landing",
        QT_TRANSLATE_NOOP("guide", "Where will the next step land?"),
        QT_TRANSLATE_NOOP(
            "guide",
            "Click on the landscape (outlined) where you think (w, b) will be after one more "
            "epoch, then Step (S). The step is revealed with how far your guess was. The arrow "
            "of a step points downhill, across the contour lines.",
        ),
        "landscapePlot",
        "landing",
    ),
    Step(
        "takeaways",
        QT_TRANSLATE_NOOP("guide", "Key takeaways"),
        QT_TRANSLATE_NOOP(
            "guide", "What the lesson comes to. Each button shows it again in one click."
        ),
        "lossPlot",
        "takeaways",
    ),
    Step(
        "next",
        QT_TRANSLATE_NOOP("guide", "Next: predict new study hours"),
        QT_TRANSLATE_NOOP(
            "guide",
            "Type hours in the Predict box (outlined) to see the trained model's probability of "
            "passing; Data ▸ Predict for a file does a whole file. Do the answers make sense? "
            "Then Lesson ▸ Why a hidden layer? takes you from one neuron to a small network.",
        ),
        "predictInput",
        "next",
    ),
)


# -- 3: the card exercise -------------------------------------------------------------
CARDS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("guide", "Make a prediction: p = σ(w·x + b) for the row (the forward pass)"),
    QT_TRANSLATE_NOOP("guide", "Compare it with the label: the loss (y − p)²"),
    QT_TRANSLATE_NOOP("guide", "Nudge w and b a little, so the next prediction is closer"),
    QT_TRANSLATE_NOOP("guide", "Repeat for every row, and then for many epochs"),
)
CARD_HINTS: tuple[str, ...] = (
    QT_TRANSLATE_NOOP("guide", "There is nothing to compare before the model has predicted."),
    QT_TRANSLATE_NOOP("guide", "The nudge needs the error: compare before you nudge."),
    QT_TRANSLATE_NOOP("guide", "A nudge is made from one comparison; repeating comes after it."),
    QT_TRANSLATE_NOOP("guide", "Repeating is what the other three are repeated by: it comes last."),
)


def shuffled_cards(seed: int = 3) -> list[int]:
    """The cards' first order: shuffled, and never already right."""
    order = list(range(len(CARDS)))
    rng = random.Random(seed)
    while order == sorted(order):
        rng.shuffle(order)
    return order


def check_order(order: Sequence[int]) -> tuple[bool, str]:
    """Whether ``order`` (card indices, top first) is the lesson's; if not, a hint
    about the first card out of place (never the whole answer)."""
    if sorted(order) != list(range(len(CARDS))):
        raise ValueError(f"an order of the {len(CARDS)} cards, got {list(order)}")
    for place, card in enumerate(order):
        if card != place:
            return False, translate("guide", "Card {place} is not right yet. {hint}").format(
                place=place + 1, hint=translate("guide", CARD_HINTS[place])
            )
    return True, translate(
        "guide", "Right: predict, compare, nudge, repeat. That loop is all of training."
    )


# -- 1 and 2: the losses over a prediction ---------------------------------------------
def squared(actual: float, prediction: float) -> float:
    """The lesson's loss of one row."""
    return (actual - prediction) ** 2


def cross_entropy(actual: float, prediction: float) -> float:
    """Cross-entropy of one row (inf at a certain, wrong prediction)."""
    p = prediction if actual == 1 else 1.0 - prediction
    return math.inf if p <= 0 else -math.log(p)


# -- 7 and 8: questions asked before a run ------------------------------------------------
@dataclass(frozen=True)
class Question:
    """A question asked before a run. ``exercise`` names the lesson's preset that runs
    (:data:`gdviz.core.teach.lessons.EXERCISES`); ``lesson`` is the lesson's answer;
    the run's own losses decide which choice was right (:func:`outcome`)."""

    key: str
    prompt: str
    choices: tuple[str, ...]
    exercise: str
    lesson: str
    judge: str  # how the run answers: "pace", "rate" or "start"


QUESTIONS: dict[str, Question] = {
    q.key: q
    for q in (
        Question(
            "lr001",
            QT_TRANSLATE_NOOP(
                "guide",
                "With learning rate 0.01 instead of 0.1, will the loss fall faster or slower?",
            ),
            (
                QT_TRANSLATE_NOOP("guide", "Faster"),
                QT_TRANSLATE_NOOP("guide", "Slower"),
                QT_TRANSLATE_NOOP("guide", "About the same"),
            ),
            "lr001",
            QT_TRANSLATE_NOOP(
                "guide",
                "Slower, and steadier: each step is ten times smaller, so after the same "
                "epochs it is still far up the slope.",
            ),
            "pace",
        ),
        Question(
            "lr1",
            QT_TRANSLATE_NOOP("guide", "And with learning rate 1.0, ten times the lesson's?"),
            (
                QT_TRANSLATE_NOOP("guide", "Faster, and smoothly"),
                QT_TRANSLATE_NOOP("guide", "Slower"),
                QT_TRANSLATE_NOOP("guide", "It bounces up and down"),
            ),
            "lr1",
            QT_TRANSLATE_NOOP(
                "guide",
                "A huge rate can overshoot: the loss may bounce or blow up as w and b jump past "
                "a good spot. On these four students 1.0 is still small enough to settle.",
            ),
            "rate",
        ),
        Question(
            "outlier",
            QT_TRANSLATE_NOOP(
                "guide",
                "On the outlier data (one student studied 12 hours and failed), with learning "
                "rate 1.0?",
            ),
            (
                QT_TRANSLATE_NOOP("guide", "Faster, and smoothly"),
                QT_TRANSLATE_NOOP("guide", "Slower"),
                QT_TRANSLATE_NOOP("guide", "It bounces up and down"),
            ),
            "outlier",
            QT_TRANSLATE_NOOP(
                "guide",
                "The outlier's big x pushes w hard every epoch: with a big rate the loss keeps "
                "bouncing and never settles.",
            ),
            "rate",
        ),
        Question(
            "w1",
            QT_TRANSLATE_NOOP(
                "guide", "Starting at w = 1.0 instead of 0.1: will it still converge?"
            ),
            (
                QT_TRANSLATE_NOOP("guide", "Yes, in fewer epochs"),
                QT_TRANSLATE_NOOP("guide", "Yes, in about as many epochs"),
                QT_TRANSLATE_NOOP("guide", "Yes, but it needs more epochs"),
                QT_TRANSLATE_NOOP("guide", "No, it gets stuck"),
            ),
            "w1",
            QT_TRANSLATE_NOOP(
                "guide",
                "It usually still converges; a worse start can need more epochs or look "
                "noisier early on, which is why initialisation matters in big models.",
            ),
            "start",
        ),
    )
}

REACHED = 0.05  # the loss a start's run is timed reaching (the lesson's run: epoch 599)


def turns(losses: Sequence[float]) -> int:
    """How often the loss changes direction (a bouncing run turns hundreds of times)."""
    steps = [b - a for a, b in zip(losses, losses[1:], strict=False) if b != a]
    return sum(1 for a, b in zip(steps, steps[1:], strict=False) if (a > 0) != (b > 0))


def _first_below(losses: Sequence[float], level: float) -> int | None:
    return next((i for i, v in enumerate(losses) if v < level), None)


@dataclass(frozen=True)
class Outcome:
    """Which choice the run bore out, and what it showed, in numbers."""

    choice: int
    seen: str


def outcome(question: Question, losses: Sequence[float], baseline: Sequence[float]) -> Outcome:
    """What the run (``losses``, one per epoch) says against the run it is compared
    with (``baseline``): the choice it bears out, and why."""
    if not losses or not baseline:
        raise ValueError("both runs need at least one epoch")
    n = min(len(losses), len(baseline))
    mine, theirs = losses[n - 1], baseline[n - 1]
    numbers = {"n": f"{n:,}", "loss": significant(mine, 4), "theirs": significant(theirs, 4)}
    at = translate("guide", "after {n} epochs the loss is {loss} (the compared run's: {theirs})")
    at = localise(at.format(**numbers))
    if question.judge == "start":
        a, b = _first_below(losses, REACHED), _first_below(baseline, REACHED)
        if a is None:
            said = translate("guide", "It did not reach a loss of {level} in {n} epochs.")
            return Outcome(3, localise(said.format(level=REACHED, n=f"{len(losses):,}")))
        if b is None or a < 0.9 * b:
            choice = 0
        else:
            choice = 1 if a <= 1.1 * b else 2
        if b is None:
            said = translate("guide", "It reached a loss below {level} at epoch {a} (never "
                             "from w = 0.1).")  # fmt: skip
        else:
            said = translate("guide", "It reached a loss below {level} at epoch {a} (at epoch "
                             "{b} from w = 0.1).")  # fmt: skip
        return Outcome(choice, localise(said.format(level=REACHED, a=f"{a:,}", b=f"{b or 0:,}")))
    bounces = turns(losses)
    if question.judge == "rate" and bounces >= 10:
        said = translate("guide", "The loss changed direction {times} times: {at}.")
        return Outcome(2, said.format(times=localise(f"{bounces:,}"), at=at))
    if mine < 0.8 * theirs:
        pace = 0
    elif mine > 1.25 * theirs:
        pace = 1
    else:
        pace = 2 if question.judge == "pace" else 0
    if question.judge == "rate" and bounces == 1:
        said = translate("guide", "{at}; it changed direction once.")
    elif question.judge == "rate":
        said = translate("guide", "{at}; it changed direction {times} times.")
    else:
        said = translate("guide", "{at}.")
    said = said.format(at=at, times=localise(f"{bounces:,}"))
    return Outcome(pace, said[:1].upper() + said[1:])


# -- handouts ----------------------------------------------------------------------------------
# What a teacher's handout can leave usable; everything else is locked (a classroom
# convenience, not security). Each: what it is called, and the settings it covers.
LOCKABLE: dict[str, tuple[str, tuple[str, ...]]] = {
    "learning_rate": (QT_TRANSLATE_NOOP("guide", "the learning rate"), ("learning_rate",)),
    "epochs": (QT_TRANSLATE_NOOP("guide", "epochs"), ("epochs",)),
    "start": (QT_TRANSLATE_NOOP("guide", "the start (w and b)"), ("weight", "bias")),
    "model": (
        QT_TRANSLATE_NOOP("guide", "the model (hidden units, activation, seed)"),
        ("hidden", "activation", "init_seed"),
    ),
    "optimizer": (
        QT_TRANSLATE_NOOP("guide", "the optimiser, loss, gradient and batches"),
        (
            "optimizer",
            "momentum",
            "alpha",
            "beta1",
            "beta2",
            "eps",
            "loss",
            "gradient",
            "batch_size",
        ),
    ),  # fmt: skip
    "generalisation": (
        QT_TRANSLATE_NOOP("guide", "the held-out rows, early stopping and the penalty"),
        ("validation", "split_seed", "patience", "l2", "l1"),
    ),
    "training": (QT_TRANSLATE_NOOP("guide", "Train, Pause, Step and Reset"), ()),
}
TITLE_LONGEST = 200
QUESTION_LONGEST = 2000


def locked_settings(keep: Sequence[str]) -> frozenset[str]:
    """The settings a handout that keeps ``keep`` usable locks."""
    return frozenset(
        name for group, (_, names) in LOCKABLE.items() if group not in keep for name in names
    )


# -- progress ----------------------------------------------------------------------------------
@dataclass
class Progress:
    """Where the learner is in the guided lesson, what they answered, and the score of
    the landing game; kept in the session (``guide``)."""

    step: int = 0
    answers: dict[str, int] = field(default_factory=dict)  # question key → choice
    revealed: dict[str, int] = field(default_factory=dict)  # question key → what the run bore out
    cards_done: bool = False
    rounds: int = 0  # landing guesses made
    score: int = 0  # points from them
    # A teacher's handout: {"title", "question", "keep": the LOCKABLE groups left usable}
    handout: dict[str, Any] | None = None

    def as_dict(self) -> dict[str, Any]:
        """As a session keeps it."""
        return asdict(self)

    @classmethod
    def from_dict(cls, saved: dict[str, Any]) -> Progress:
        """From a session's checked ``view.guide`` (missing parts: their defaults)."""
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in saved.items() if k in known})

    @property
    def right(self) -> int:
        """Questions whose answer the run bore out."""
        return sum(1 for k, v in self.revealed.items() if self.answers.get(k) == v)


def landing_points(guess: tuple[float, float], before: tuple[float, float],
                   after: tuple[float, float]) -> tuple[int, float]:  # fmt: skip
    """Points for a guess of where a step from ``before`` lands (it landed at
    ``after``), and the distance: 1 for the right direction (within 45°), 1 more for
    landing within the step's own length of it."""
    dx, dy = after[0] - before[0], after[1] - before[1]
    gx, gy = guess[0] - before[0], guess[1] - before[1]
    distance = math.hypot(guess[0] - after[0], guess[1] - after[1])
    step, reach = math.hypot(dx, dy), math.hypot(gx, gy)
    points = 0
    if step > 0 and reach > 0 and (dx * gx + dy * gy) / (step * reach) >= math.cos(math.pi / 4):
        points += 1
        if distance <= step:
            points += 1
    return points, distance


CROSSING_CLOSE = 0.25  # hours: a guess of where p = 0.5 ends up this near earns 2 points
CROSSING_NEAR = 1.0  # this near, 1


def crossing_points(guess: float, w: float, b: float) -> tuple[int, float | None]:
    """Points for a guess of where the trained neuron's p = 0.5 (x = −b/w), and where it
    is (None: w = 0, p is the same for every x)."""
    if w == 0 or not (math.isfinite(w) and math.isfinite(b)):
        return 0, None
    at = -b / w
    off = abs(guess - at)
    return (2 if off <= CROSSING_CLOSE else 1 if off <= CROSSING_NEAR else 0), at
