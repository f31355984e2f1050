"""Where a run stands, why it stopped, and which commands that allows.

Qt-free, so the rule that enables the window's buttons and menu items is one
function that tests can call directly.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from gdviz.core.run.settings import RunSettings


class RunState(StrEnum):
    """The run's state, as the window shows it."""

    IDLE = "idle"  # nothing trained yet, or a run was reset
    RUNNING = "running"
    PAUSED = "paused"  # trained some, can go on
    FINISHED = "finished"  # reached its epochs
    DIVERGED = "diverged"  # w, b or the loss stopped being finite


class StopReason(StrEnum):
    """Why the trainer stopped ticking."""

    FINISHED = "finished"
    PAUSED = "paused"
    DIVERGED = "diverged"


@dataclass(frozen=True)
class Situation:
    """What the window's commands depend on: the run's (or a race's) state and settings,
    and what there is to act on."""

    state: RunState
    settings: RunSettings
    viewing_past: bool = False  # an earlier epoch is shown
    racing: bool = False  # the commands act on a race (``state`` is the race's)
    trained: bool = False  # the run has epochs (to save, export, animate)
    predictions: bool = False  # predictions for a file are drawn
    locked: bool = False  # a handout locked some controls
    training_locked: bool = False  # ... Train, Pause, Step and Reset among them
    generated: bool = False  # the data was drawn from a known true curve


@dataclass(frozen=True)
class Enablement:
    """Which commands are available now; buttons and menu items follow it alike."""

    train: bool
    pause: bool
    step: bool
    step_row: bool
    reset: bool
    live: bool
    resume: bool  # Train goes on with a paused run (the button says so)
    export_run: bool  # history, animation, script: there is a run to write
    clear_predictions: bool
    unlock: bool  # a handout's locks can be lifted
    transport: bool  # Train/Pause (Space) at all: not locked by a handout
    true_curve: bool = False  # View ▸ True curve: the data has one


def enablement(situation: Situation) -> Enablement:
    """What may be done in ``situation`` (one rule for every button and menu item)."""
    state, racing = situation.state, situation.racing
    steppable = state in (RunState.IDLE, RunState.PAUSED)
    free = not situation.training_locked
    return Enablement(
        train=free
        and state is not RunState.RUNNING
        and not (racing and state is RunState.FINISHED),
        pause=free and state is RunState.RUNNING,
        step=free and steppable,
        step_row=free and steppable and situation.settings.per_row and not racing,
        reset=free,
        live=situation.viewing_past,
        resume=state is RunState.PAUSED,
        export_run=situation.trained and not racing,
        clear_predictions=situation.predictions,
        unlock=situation.locked,
        transport=free,
        true_curve=situation.generated,
    )
