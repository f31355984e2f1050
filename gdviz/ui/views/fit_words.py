"""The fit plot's words: its tool tips, titles and legend names, in the window's language
(:mod:`gdviz.ui.views.fit_plot` draws; this says what it draws)."""

from __future__ import annotations

from gdviz.core.i18n import localise, translate
from gdviz.core.teach.words import integer


def edit_tip() -> str:
    """The tip of a plot whose points can be edited one by one."""
    return translate(
        "fit_words",
        "Click: add a student who passed · Shift+click: one who failed · "
        "drag a point to move it · right-click a point to delete it",
    )


def summary_tip() -> str:
    """The tip of a plot of too many rows to draw one by one."""
    return translate(
        "fit_words",
        "Too many rows to draw one by one: dots are the pass rate of each slice of x "
        "(bigger dots, more rows); the strips show where the failed and passed rows lie. "
        "Edit rows in the Data tab.",
    )


def title() -> str:
    return translate("fit_words", "Model fit")


def plane_title(shown: int, rows: int) -> str:
    """The title of the plane of two inputs, ``shown`` of ``rows`` rows drawn."""
    text = translate("fit_words", "Model fit · the plane of both inputs")
    if shown < rows:
        text += localise(
            translate("fit_words", " · {shown} of {rows} rows drawn").format(
                shown=integer(shown), rows=integer(rows)
            )
        )
    return text


def summary_title(rows: int) -> str:
    return localise(
        translate("fit_words", "Model fit · {rows} rows, pass rate per slice of x").format(
            rows=integer(rows)
        )
    )


def p_axis() -> str:
    return translate("fit_words", "p (pass probability)")


def x_axis(column: str | None = None) -> str:
    """The x axis: hours studied, or a named column's ``x (column)``."""
    if column is None:
        return translate("fit_words", "x (hours studied)")
    return f"x ({column})"


def failed() -> str:
    return translate("fit_words", "failed (y = 0)")


def passed() -> str:
    return translate("fit_words", "passed (y = 1)")


def boundary() -> str:
    return localise(translate("fit_words", "p = 0.5 (the boundary; colour: p)"))


def curve(lesson: bool) -> str:
    return (
        translate("fit_words", "sigmoid") if lesson else translate("fit_words", "the network's p")
    )


def hidden_units() -> str:
    return translate("fit_words", "hidden units, 0…1 (blue raises p, orange lowers)")


def summary_entries() -> tuple[str, str, str]:
    """The legend names of a summary: failed rows, passed rows, the pass-rate dots."""
    return (
        translate("fit_words", "failed rows (y = 0)"),
        translate("fit_words", "passed rows (y = 1)"),
        translate("fit_words", "pass rate per slice (size: rows)"),
    )
