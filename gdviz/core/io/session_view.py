"""What a session keeps of the window's view: the speed, the loss scale, the epoch
travelled back to, the decision threshold and the guided lesson's progress, as a declared
spec and its reader."""

from __future__ import annotations

from typing import Any

from gdviz.core.io.schema import Custom, Flag, Int, Invalid, ListOf, Num, Obj, Text
from gdviz.core.run.settings import EPOCHS_MAX
from gdviz.core.run.values import Number, Whole
from gdviz.core.teach.guide import (
    LOCKABLE,
    QUESTION_LONGEST,
    QUESTIONS,
    STEPS,
    TITLE_LONGEST,
)

THRESHOLD = Number(0.01, 0.99)  # p ≥ t is predicted 1 (the Metrics tab's box's range)
VIEW_SPEED_MAX = 24  # the window's speed positions (0 slowest … 24 max), as a session stores them

_CHOICES = Obj(
    {k: Int(Whole(0, len(q.choices) - 1), optional=True) for k, q in QUESTIONS.items()},
    optional=True,
    default={},
)


def _lockable(value: Any, path: str) -> str:
    if not isinstance(value, str) or value not in LOCKABLE:
        raise Invalid(f"'{path}' must be one of {', '.join(LOCKABLE)}, got {str(value)[:40]!r}")
    return str(value)


HANDOUT = Obj(
    {
        "title": Text(longest=TITLE_LONGEST),
        "question": Text(longest=QUESTION_LONGEST),
        "keep": ListOf(Custom(_lockable), longest=len(LOCKABLE), what="controls left usable"),
    },
    optional=True,
)
GUIDE = Obj(  # the guided lesson's progress (gdviz.core.teach.guide.Progress)
    {
        "step": Int(Whole(0, len(STEPS) - 1), optional=True, default=0),
        "answers": _CHOICES,
        "revealed": _CHOICES,
        "cards_done": Flag(optional=True, default=False),
        "rounds": Int(Whole(0, 10**9), optional=True, default=0),
        "score": Int(Whole(0, 2 * 10**9), optional=True, default=0),
        "handout": HANDOUT,
    },
    optional=True,
)
VIEW = Obj(
    {
        "speed": Int(Whole(0, VIEW_SPEED_MAX), optional=True),
        "log_loss": Flag(optional=True),
        "epoch": Int(Whole(0, EPOCHS_MAX), optional=True),  # the epoch travelled back to
        "threshold": Num(THRESHOLD, optional=True, words="the decision threshold"),
        "guide": GUIDE,
    },
    optional=True,
    default={},
)


def read_view(doc: dict[str, Any], epochs: int) -> dict[str, Any]:
    """The checked ``view`` of a session document whose run has ``epochs`` epochs."""
    read = VIEW.read(doc.get("view", {}), "view") if "view" in doc else {}
    view = {k: v for k, v in read.items() if v is not None}
    if "guide" in view:
        guide = view["guide"]
        for part in ("answers", "revealed"):
            guide[part] = {k: v for k, v in guide[part].items() if v is not None}
        unasked = sorted(set(guide["revealed"]) - set(guide["answers"]))
        if unasked:
            raise Invalid(
                f"'view.guide.revealed.{unasked[0]}' is a verdict on an answer that "
                f"'view.guide.answers' does not have"
            )
        if guide["score"] > 2 * guide["rounds"]:
            raise Invalid(
                f"'view.guide.score' is at most 2 points a round, got {guide['score']:,} "
                f"from {guide['rounds']:,} rounds"
            )
    epoch = view.get("epoch")
    if epoch is not None and not epoch < epochs:
        if epochs:
            raise Invalid(f"'view.epoch' must be at most {epochs - 1:,}, got {epoch:,}")
        del view["epoch"]
    return view
