"""The files ``gdviz export --out`` and the window's Export plots write, by name: one list,
so every target can be checked before anything is drawn or written."""

from __future__ import annotations

from collections.abc import Sequence

PLOT_NAMES = ("fit", "landscape", "loss")
WINDOW_PICTURE = "window.png"
HISTORY = "history.csv"
SESSION = "session.gdviz.json"


def image_names(formats: Sequence[str]) -> list[str]:
    """``fit.png``, ``landscape.png``, ``loss.png``, ``dashboard.png``, then the same for
    the next format."""
    return [f"{name}.{fmt}" for fmt in formats for name in (*PLOT_NAMES, "dashboard")]


def export_names(formats: Sequence[str], window_picture: bool) -> list[str]:
    """Every file ``gdviz export --out`` writes, in the order it writes them."""
    names = image_names(formats)
    if window_picture:
        names.append(WINDOW_PICTURE)
    return [*names, HISTORY, SESSION]
