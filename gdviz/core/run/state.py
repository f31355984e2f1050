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
    FAILED = "failed"  # an internal error; the run so far is kept


@dataclass(frozen=True)
class Enablement:
    """Which commands are available now; buttons and menu items follow it alike."""

    train: bool
    pause: bool
    step: bool
    step_row: bool
    reset: bool
    live: bool
    train_text: str  # "Train", or "Resume" for a paused run


def enablement(
    state: RunState,
    settings: RunSettings,
    *,
    viewing_past: bool = False,
    racing: bool = False,
) -> Enablement:
    """What may be done in ``state`` for a run trained with ``settings``.

    ``viewing_past``: an earlier epoch is shown, so "Back to live" applies.
    ``racing``: the commands act on a race (``state`` is the race's): no single rows.
    """
    steppable = state in (RunState.IDLE, RunState.PAUSED)
    return Enablement(
        train=state is not RunState.RUNNING and not (racing and state is RunState.FINISHED),
        pause=state is RunState.RUNNING,
        step=steppable,
        step_row=steppable and settings.per_row and not racing,
        reset=True,
        live=viewing_past,
        train_text="Resume" if state is RunState.PAUSED else "Train",
    )
