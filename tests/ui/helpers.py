from __future__ import annotations

from gdviz.core.data import lesson_data
from gdviz.core.trainer import Hyperparameters, Trainer
from gdviz.ui.controls import SPEED_STEPS


def core_history(hp=None, data=None, lr_changes=None):
    """Loss, w, b per epoch from the core trainer, switching learning rates as given."""
    trainer = Trainer(data or lesson_data(), hp or Hyperparameters())
    changes = dict(lr_changes or [])
    while trainer.remaining:
        if trainer.epoch in changes:
            trainer.learning_rate = changes[trainer.epoch]
        trainer.run(1)
    h = trainer.history
    return h.loss.tolist(), h.w.tolist(), h.b.tolist()


def window_history(win):
    h = win.history
    return h.loss.tolist(), h.w.tolist(), h.b.tolist()


def set_max_speed(win):
    win.controls.speed_slider.setValue(SPEED_STEPS)


def wait_state(qtbot, win, state, timeout=20_000):
    qtbot.waitUntil(lambda: win.state == state, timeout=timeout)
