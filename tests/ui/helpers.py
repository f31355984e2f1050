from __future__ import annotations

from gdviz.core.run.settings import RunSettings
from gdviz.core.train.data import lesson_data
from gdviz.core.train.trainer import Trainer
from gdviz.ui.models import SPEED_STEPS


def core_history(hp=None, data=None, lr_changes=None):
    """Loss, w, b per epoch from the core trainer, switching learning rates as given."""
    trainer = Trainer(data or lesson_data(), hp or RunSettings())
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


def legend_item(plot, name):
    """The plot item shown in ``plot``'s legend as ``name``."""
    found = [sample.item for sample, label in plot.legend.items if label.text == name]
    assert len(found) == 1, plot.legend_names()
    return found[0]


def wait_grid(qtbot, win):
    """Until the landscape shows a grid and computes no other."""
    qtbot.waitUntil(
        lambda: win.landscape.grid is not None and not win.landscape.busy, timeout=30_000
    )
