"""The text of one cell, as every table reads it (text files, spreadsheets, pasted
cells): quotes, missing markers, numbers with a decimal comma."""

from __future__ import annotations

import re

import numpy as np

from gdviz.core.i18n import translate
from gdviz.core.train.data import shown

MISSING = ("", "na", "n/a", "nan", "?", "null", "none", "-")


def unquote(text: str) -> str:
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1].strip()
    return text


# A number as a table writes it: ASCII digits, one point, an exponent, or the words of
# infinity and "not a number" (Python's float() also takes "1_0" and other scripts' digits).
NUMBER = re.compile(
    r"[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?|inf|infinity|nan)", re.IGNORECASE | re.ASCII
)


def to_number(text: str) -> float:
    """``text`` as a float, by a table's rules; raises ValueError if it is not one."""
    stripped = str(text).strip()
    if not NUMBER.fullmatch(stripped):
        raise ValueError(
            translate("cells", "{text} is not a number").format(text=repr(stripped[:40]))
        )
    return float(stripped)


def is_number(text: str) -> bool:
    try:
        to_number(text)
    except ValueError:
        return False
    return True


def is_missing(text: str) -> bool:
    return text.strip().lower() in MISSING


def listed(keys: list[str]) -> str:
    return ", ".join(shown(k, 40) for k in keys)


def decimal_text(text: str) -> str:
    text = text.strip()
    if text.count(",") == 1 and "." not in text:
        return text.replace(",", ".")
    return text


def parse_pasted(text: str, columns: int = 2) -> np.ndarray:
    """Rows from pasted text (cells copied from a spreadsheet): the first ``columns``
    cells of each line (the inputs, then the label), split at tabs (or semicolons, commas,
    spaces), read with the rules every table follows (decimal commas,
    :func:`decimal_text`); a first line of words is a header. Raises ValueError naming the
    first line that is not that many numbers."""
    lines = [line for line in re.split(r"\r\n|\r|\n", text) if line.strip()]
    rows = []
    what = (
        translate("cells", "two numbers (x and a label)")
        if columns == 2
        else translate("cells", "{n} numbers (x₀, x₁ and a label)").format(n=columns)
    )
    for number, line in enumerate(lines, start=1):
        cells = [c.strip() for c in re.split(r"\t|;|,(?!\d)|\s+", line.strip()) if c.strip()]
        try:
            rows.append([to_number(decimal_text(cells[k])) for k in range(columns)])
        except (IndexError, ValueError):
            if number == 1 and cells and not any(is_number(decimal_text(c)) for c in cells):
                continue  # a header
            raise ValueError(
                translate("cells", "line {number} ({line}) is not {what}").format(
                    number=number, line=shown(line.strip(), 40), what=what
                )
            ) from None
    if not rows:
        raise ValueError(translate("cells", "the clipboard holds no rows of numbers"))
    return np.array(rows, dtype=float)
