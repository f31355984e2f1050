"""Data with a known truth: students whose chance of passing follows a true curve
``σ(w·x + b)``, with label noise (the chance each label is flipped).

The rule, row by row, from ``rng = random.Random(seed)``: hours ``x =
round(rng.uniform(0, 10), 2)``; passed ``y = 1 if rng.random() < σ(w·x + b) else 0``; then
``if rng.random() < noise: y = 1 - y``. Python's Mersenne Twister is the same on every
machine, so a seed gives the same rows everywhere, and more rows only add rows at the end.

The data set's name is its recipe (``generated rows=100,noise=0.1,seed=0,w=1,b=-5``), so
a session saved with it still knows the true curve (:func:`truth_of`).
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from gdviz.core.run.values import Number, Whole
from gdviz.core.train.data import DataSet
from gdviz.core.train.model import sigmoid

PREFIX = "generated "
ROWS_MAX = 1_000_000
HOURS = (0.0, 10.0)


@dataclass(frozen=True)
class Recipe:
    """How many rows, the label noise, the seed and the true curve's w and b."""

    rows: int = 100
    noise: float = 0.1
    seed: int = 0
    w: float = 1.0
    b: float = -5.0

    def __post_init__(self) -> None:
        for name, kind in KINDS.items():
            problem = kind.problem(getattr(self, name), name)
            if problem:
                raise ValueError(problem)

    @property
    def text(self) -> str:
        """``rows=100,noise=0.1,seed=0,w=1,b=-5`` (reads back as the same recipe)."""
        return ",".join(f"{k}={_short(getattr(self, k))}" for k in KINDS)

    def truth(self, x: float) -> float:
        """The true chance of passing after ``x`` hours."""
        return sigmoid(x * self.w + self.b)


def _short(value: float) -> str:
    """``5`` for 5.0, else the exact repr (``0.1``)."""
    text = repr(value)
    return text[:-2] if text.endswith(".0") else text


KINDS: dict[str, Number | Whole] = {
    "rows": Whole(2, ROWS_MAX),
    "noise": Number(0.0, 0.5),
    "seed": Whole(0, (1 << 63) - 1),
    "w": Number(-100.0, 100.0),
    "b": Number(-1000.0, 1000.0),
}


def parse_recipe(text: str) -> Recipe:
    """``rows=N,noise=F,seed=S`` (any of them, and w=, b=, in any order) as a Recipe;
    raises ValueError saying what is wrong."""
    given: dict[str, float | int] = {}
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        key, eq, value = part.partition("=")
        key = key.strip()
        if not eq:
            raise ValueError(f"{part[:40]!r} is not KEY=VALUE (e.g. rows=100,noise=0.1,seed=0)")
        if key not in KINDS:
            raise ValueError(f"unknown key {key[:40]!r}: the keys are {', '.join(KINDS)}")
        if key in given:
            raise ValueError(f"{key} is given twice")
        try:
            given[key] = KINDS[key].parse(value, key)
        except ValueError as exc:
            raise ValueError(str(exc)) from None
    return Recipe(**given)  # type: ignore[arg-type]


def generate(recipe: Recipe) -> DataSet:
    """The rows of ``recipe``, as the module's rule draws them."""
    rng = random.Random(recipe.seed)
    xs, ys = [], []
    for _ in range(recipe.rows):
        x = round(rng.uniform(*HOURS), 2)
        y = 1.0 if rng.random() < recipe.truth(x) else 0.0
        if rng.random() < recipe.noise:
            y = 1.0 - y
        xs.append(x)
        ys.append(y)
    return DataSet(xs, ys, PREFIX + recipe.text, "hours", "passed")


def truth_of(data: DataSet) -> Recipe | None:
    """The recipe a generated data set was made by (None: it was not generated)."""
    if not data.name.startswith(PREFIX):
        return None
    try:
        return parse_recipe(data.name[len(PREFIX) :])
    except ValueError:
        return None
