"""Remembering the window's size and the last settings between launches (QSettings)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from gdviz.core.trainer import Hyperparameters
from gdviz.ui.controls import DEFAULT_SPEED

if TYPE_CHECKING:
    from gdviz.ui.main_window import MainWindow


def restore(window: MainWindow, s: QSettings) -> None:
    """Apply saved settings; a damaged or foreign value keeps the lesson's default."""
    geometry = s.value("window/geometry")
    if geometry is not None:
        window.restoreGeometry(geometry)
    c = window.controls
    try:
        hp = Hyperparameters(
            float(s.value("run/learning_rate", 0.1)),
            int(s.value("run/epochs", 1000)),
            float(s.value("run/weight", 0.1)),
            float(s.value("run/bias", 0.0)),
        )
        speed = int(s.value("run/speed", DEFAULT_SPEED))
    except (TypeError, ValueError):
        return
    c.show_hyperparameters(hp)
    c.speed_slider.setValue(speed)
    window.log_action.setChecked(s.value("view/log_loss", "false") in (True, "true"))


def save(window: MainWindow, s: QSettings) -> None:
    c = window.controls
    s.setValue("window/geometry", window.saveGeometry())
    s.setValue("run/learning_rate", c.lr_spin.value())
    s.setValue("run/epochs", c.epochs_spin.value())
    s.setValue("run/weight", c.weight_spin.value())
    s.setValue("run/bias", c.bias_spin.value())
    s.setValue("run/speed", c.speed_slider.value())
    s.setValue("view/log_loss", window.log_action.isChecked())
    s.sync()
