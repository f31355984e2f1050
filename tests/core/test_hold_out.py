"""Lesson ▸ Why hold out data?: its built-in data is the recipe it says, and its settings
really overfit (the validation loss turns up while the training loss keeps falling) and
its L2 comparison really ends lower."""

from __future__ import annotations

import numpy as np
import pytest

from gdviz.core.run.settings import RunSettings
from gdviz.core.teach.lessons import EXERCISES, HOLD_OUT, HOLD_OUT_L2
from gdviz.core.train.data import BUILTIN, load_builtin
from gdviz.core.train.generate import Recipe, generate
from gdviz.core.train.trainer import Trainer

EXERCISE = next(e for e in EXERCISES if e.name == "holdout")


def _losses(settings: RunSettings) -> tuple[np.ndarray, np.ndarray]:
    """Mean training loss and validation loss of every epoch, as ``gdviz train`` prints."""
    trainer = Trainer(load_builtin(EXERCISE.data), settings)
    trainer.run_to_end()
    h = trainer.history
    return h.loss / len(trainer.fit_data), np.asarray(h.val_loss)


@pytest.fixture(scope="module")
def plain() -> tuple[np.ndarray, np.ndarray]:
    return _losses(RunSettings().with_(**EXERCISE.changes))


def test_the_data_is_drawn_from_its_recipe_and_described():
    data = load_builtin("few-noisy")
    drawn = generate(Recipe(rows=36, noise=0.15, seed=7))
    assert data.same_rows(drawn)
    assert (data.x_label, data.y_label) == ("hours", "passed")
    assert "Why hold out data?" in BUILTIN["few-noisy"]
    assert EXERCISE.data == "few-noisy" and EXERCISE.title == "Why hold out data?"


def test_the_exercise_holds_out_rows_of_a_network_and_compares_with_l2():
    settings = RunSettings().with_(**EXERCISE.changes)
    assert (settings.hidden, settings.validation, settings.l2) == (8, 0.3, 0.0)
    assert EXERCISE.compare == {**HOLD_OUT, "l2": HOLD_OUT_L2}
    trainer = Trainer(load_builtin("few-noisy"), settings)
    assert (len(trainer.fit_data), len(trainer.held_out or ())) == (25, 11)


def test_the_validation_loss_turns_up_while_the_training_loss_keeps_falling(plain):
    train, val = plain
    best = int(np.argmin(val))
    assert len(val) == 3000
    assert 300 <= best <= 700  # a minimum the learner can see, well inside the run
    assert val[best] == pytest.approx(0.0882, abs=1e-4)
    assert val[0] > 2 * val[best]  # it falls first ...
    assert val[-1] > 2.5 * val[best]  # ... then turns up, clearly
    assert val[-1] == pytest.approx(0.2535, abs=1e-4)
    # The training loss keeps falling after the validation minimum: every stretch of 100
    # epochs ends lower than it began, and it ends far below where it was at the minimum.
    stretches = train[best:][::100]
    assert np.all(np.diff(stretches) < 0)
    assert train[-1] < train[best] - 0.05
    assert train[-1] == pytest.approx(0.0858, abs=1e-4)


def test_l2_ends_with_a_lower_validation_loss(plain):
    _, val = plain
    train_l2, val_l2 = _losses(RunSettings().with_(**EXERCISE.compare))
    assert val_l2[-1] == pytest.approx(0.0950, abs=1e-4)
    assert val_l2[-1] < val[-1] - 0.1  # clearly lower than without the penalty
    assert val_l2[-1] < val[int(np.argmin(val))] + 0.01  # near the best the plain run saw
    assert train_l2[-1] > 0.15  # it does not chase the training rows' noise
