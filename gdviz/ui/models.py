"""The window's models: the next run's settings, and how the run is viewed.

Each value has one owner here. Widgets, menus, presets, the sweep, QSettings
and sessions read and write these objects; none keeps a copy of its own.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, Signal

from gdviz.core.i18n import number, translate
from gdviz.core.io.session_view import THRESHOLD
from gdviz.core.run.settings import SETTINGS, RunSettings
from gdviz.core.train.metrics import DEFAULT_THRESHOLD

__all__ = ["DEFAULT_SPEED", "SPEED_STEPS", "SettingsModel", "ViewModel", "speed_from_position"]
SPEED_STEPS = 24  # the speed slider's positions are 0..SPEED_STEPS; the top one is "max"
DEFAULT_SPEED = 13  # ~290 epochs/s: the lesson's 1000 epochs in about 3.4 s


def speed_from_position(position: int) -> float:
    """Epochs per second for a speed position (``inf`` at the top)."""
    if position >= SPEED_STEPS:
        return math.inf
    return 2.0 * 10 ** (position / 6)


def speed_text(position: int) -> str:
    eps = speed_from_position(position)
    if math.isinf(eps):
        return translate("models", "max")
    return f"{number(eps, ',.0f')}/s" if eps >= 10 else f"{number(eps, '.1f')}/s"


class SettingsModel(QObject):
    """Owns the settings of the next run (:class:`RunSettings`); emits ``changed``."""

    changed = Signal(object)  # the new RunSettings
    refused = Signal(str)  # an edit of a locked setting, in words
    locks_changed = Signal(object)  # the frozenset of locked setting names

    def __init__(self, value: RunSettings | None = None, parent: QObject | None = None):
        super().__init__(parent)
        self._value = value or RunSettings()
        self._locked: frozenset[str] = frozenset()

    @property
    def locked(self) -> frozenset[str]:
        """Settings a handout locked: the learner's edits of them are refused."""
        return self._locked

    def lock(self, names: frozenset[str]) -> None:
        if names != self._locked:
            self._locked = frozenset(names)
            self.locks_changed.emit(self._locked)

    @property
    def value(self) -> RunSettings:
        return self._value

    def set(self, value: RunSettings) -> None:
        """Make ``value`` the next run's settings (no signal if nothing changed)."""
        if value != self._value:
            self._value = value
            self.changed.emit(value)

    def refusal(self, settings: RunSettings) -> str | None:
        """Why ``settings`` may not become the next run's while a handout locks some
        (None: they may). For commands that replace the settings whole: presets, the
        sweep's choice, the lesson's exercises."""
        blocked = sorted(n for n in self._locked if getattr(settings, n) != getattr(self._value, n))
        if not blocked:
            return None
        names = ", ".join(translate("settings", SETTINGS[n].label) for n in blocked)
        return translate(
            "models", "{names}: locked by the handout (Lesson ▸ Unlock controls)."
        ).format(names=names)

    def update(self, **changes: object) -> None:
        """Change some fields (the learner's edits); raises ValueError (and changes nothing)
        if invalid. An edit of a locked setting is refused: ``refused`` says so, and
        ``changed`` repeats the value kept, so the widget that was edited shows it again."""
        wanted = self._value.with_(**changes)
        why = self.refusal(wanted)
        if why is not None:
            self.refused.emit(why)
            self.changed.emit(self._value)
            return
        self.set(wanted)


class ViewModel(QObject):
    """How the run is shown: the speed position, the loss scale, presentation mode,
    whether the side panel is shown and the decision threshold the metrics use."""

    speed_changed = Signal(int)  # position 0..SPEED_STEPS
    viewed_epoch_changed = Signal(object)  # the epoch viewed (0-based), or None: live
    log_scale_changed = Signal(bool)
    presentation_changed = Signal(bool)
    side_panel_changed = Signal(bool)
    guide_restored = Signal(dict)  # a session's guided-lesson progress
    ask_first_changed = Signal(bool)  # Options ▸ Ask me first
    true_curve_changed = Signal(bool)  # View ▸ True curve (of generated data)
    threshold_changed = Signal(float)  # the decision threshold: p ≥ t is predicted 1

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._speed = DEFAULT_SPEED
        self._log_scale = False
        self._presentation = False
        self._side_panel = True
        self._viewed_epoch: int | None = None
        self._guide: dict | None = None  # the guided lesson's progress, as saved
        self._ask_first = False
        self._true_curve = True
        self._threshold = DEFAULT_THRESHOLD

    @property
    def speed(self) -> int:
        return self._speed

    @property
    def viewed_epoch(self) -> int | None:
        """The epoch whose model is shown (travelled back to), or None: the live one."""
        return self._viewed_epoch

    def set_viewed_epoch(self, epoch: int | None) -> None:
        epoch = None if epoch is None else int(epoch)
        if epoch != self._viewed_epoch:
            self._viewed_epoch = epoch
            self.viewed_epoch_changed.emit(epoch)

    @property
    def log_scale(self) -> bool:
        return self._log_scale

    @property
    def presentation(self) -> bool:
        return self._presentation

    @property
    def side_panel(self) -> bool:
        return self._side_panel

    def set_presentation(self, on: bool) -> None:
        if bool(on) != self._presentation:
            self._presentation = bool(on)
            self.presentation_changed.emit(self._presentation)

    def set_side_panel(self, shown: bool) -> None:
        if bool(shown) != self._side_panel:
            self._side_panel = bool(shown)
            self.side_panel_changed.emit(self._side_panel)

    def set_speed(self, position: int) -> None:
        position = min(max(int(position), 0), SPEED_STEPS)
        if position != self._speed:
            self._speed = position
            self.speed_changed.emit(position)

    @property
    def ask_first(self) -> bool:
        """Before Step or Train, the learner guesses where it will go."""
        return self._ask_first

    def set_ask_first(self, on: bool) -> None:
        if bool(on) != self._ask_first:
            self._ask_first = bool(on)
            self.ask_first_changed.emit(self._ask_first)

    @property
    def true_curve(self) -> bool:
        """Whether generated data's true curve is drawn on the fit plot."""
        return self._true_curve

    def set_true_curve(self, on: bool) -> None:
        if bool(on) != self._true_curve:
            self._true_curve = bool(on)
            self.true_curve_changed.emit(self._true_curve)

    def set_log_scale(self, on: bool) -> None:
        if bool(on) != self._log_scale:
            self._log_scale = bool(on)
            self.log_scale_changed.emit(self._log_scale)

    @property
    def threshold(self) -> float:
        """The decision threshold t: a row whose p ≥ t is predicted 1 (0 < t < 1)."""
        return self._threshold

    def set_threshold(self, t: float) -> None:
        problem = THRESHOLD.problem(t, "the decision threshold")
        if problem:
            raise ValueError(problem)
        t = float(t)
        if t != self._threshold:
            self._threshold = t
            self.threshold_changed.emit(t)

    def as_dict(self) -> dict:
        """What a session remembers of the view."""
        view: dict = {"speed": self._speed, "log_loss": self._log_scale}
        view["threshold"] = self._threshold
        if self._viewed_epoch is not None:
            view["epoch"] = self._viewed_epoch
        if self._guide is not None:
            view["guide"] = dict(self._guide)
        return view

    def keep_guide(self, progress: dict) -> None:
        """The guided lesson's progress changed: a session saves it from now on."""
        self._guide = dict(progress)

    def restore_guide(self, progress: dict) -> None:
        """A session brought the guided lesson's progress: show it."""
        self._guide = dict(progress)
        self.guide_restored.emit(dict(progress))
