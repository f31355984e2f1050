"""exp overflow keeps training; non-finite parameters stop it with a result."""

from __future__ import annotations

import math

from gdviz.core.run.settings import RunSettings
from gdviz.core.train.data import from_rows, lesson_data
from gdviz.core.train.model import sigmoid
from gdviz.core.train.trainer import Trainer


def test_sigmoid_limit_on_overflow():
    assert sigmoid(-710.0) == 0.0
    assert sigmoid(-1e308) == 0.0
    assert sigmoid(709.0) == 1.0
    assert sigmoid(0.0) == 0.5


def test_learning_rate_1000_runs_to_the_end():
    trainer = Trainer(lesson_data(), RunSettings(learning_rate=1000))
    trainer.run_to_end()
    assert trainer.diverged is None
    assert trainer.epoch == 1000 and len(trainer.history) == 1000
    assert math.isfinite(trainer.w) and math.isfinite(trainer.b)
    # The run overflowed exp: some z went below -709.78 (weights in the thousands).
    assert abs(trainer.w) > 709


def test_single_huge_row_diverges_in_epoch_0():
    trainer = Trainer(from_rows([(1e12, 0)]), RunSettings(learning_rate=1e300))
    trainer.run_to_end()
    assert trainer.diverged is not None
    assert trainer.diverged.epoch == 0
    assert trainer.diverged.what == "weight"
    assert trainer.w == -math.inf
    assert len(trainer.history) == 0
    assert "diverged at epoch 0" in trainer.diverged.message()


def test_row_stepping_sees_the_same_divergence():
    trainer = Trainer(from_rows([(1e12, 0)]), RunSettings(learning_rate=1e300))
    update, block = trainer.step_row()
    assert block is None and update.w_after == -math.inf
    assert trainer.diverged is not None and trainer.diverged.epoch == 0


def test_step_row_reports_the_lesson_numbers():
    trainer = Trainer(lesson_data())
    update, block = trainer.step_row()
    assert block is None
    assert update.z == 1 * 0.1 + 0.0
    assert update.p == 1 / (1 + math.exp(-0.1))
    assert update.error == update.p - 0
    assert update.w_after == 0.1 - 0.1 * update.error * 1
    for _ in range(3):
        update, block = trainer.step_row()
    assert block is not None and block.start == 0 and f"{block.loss[0]:.4f}" == "1.0155"
