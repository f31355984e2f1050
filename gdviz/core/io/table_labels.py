"""Labels from a column of a table: two values, one of which means 1, or why not."""

from __future__ import annotations

import numpy as np

from gdviz.core.i18n import number, translate
from gdviz.core.io.cells import decimal_text, is_number, listed, to_number
from gdviz.core.train.data import DataError, shown

POSITIVE = ("1", "1.0", "yes", "y", "true", "t", "pass", "passed")


def two_values(
    source: str,
    keys: list[str],
    codes: np.ndarray,
    missing: np.ndarray,
    name: str,
    wanted_positive: str | None,
) -> tuple[np.ndarray, np.ndarray, str]:
    """Labels 1 where the code is the value meaning 1 (``wanted_positive``, or the one
    value of :data:`POSITIVE`), NaN where missing, and the note saying the mapping."""
    if wanted_positive is not None:
        wanted = wanted_positive.strip()
        matches = [
            i
            for i, k in enumerate(keys)
            if k.casefold() == wanted.casefold()
            or (is_number(k) and is_number(wanted) and float(k) == float(wanted))
        ]
        if not matches:
            raise DataError(
                source,
                translate(
                    "table_labels",
                    "--positive {value} is not a value of {name} (its values are {values})",
                ).format(value=shown(wanted), name=shown(name), values=listed(keys)),
            )
        positive = matches[0]
    else:
        if len(keys) == 1:
            only = keys[0]
            if is_number(decimal_text(only)) and not 0 <= to_number(decimal_text(only)) <= 1:
                raise DataError(
                    source,
                    translate(
                        "table_labels",
                        "the label column {name} has the single value {value}: "
                        "labels are 0 to 1, or two values like yes/no (is it the right "
                        "column?)",
                    ).format(name=shown(name), value=shown(only)),
                )
            positive = 0 if only.casefold() in POSITIVE else -1
        else:
            clear = [i for i, k in enumerate(keys) if k.casefold() in POSITIVE]
            if len(clear) != 1:
                numbers = all(is_number(k) for k in keys)
                raise DataError(
                    source,
                    translate(
                        "table_labels",
                        "the label column {name} has the two values "
                        "{first} and {second}; say which one means 1 with "
                        "--positive {first} or --positive {second}",
                    ).format(name=shown(name), first=shown(keys[0]), second=shown(keys[1]))
                    + (
                        translate(
                            "table_labels", " (or use --above T: 1 where the value is above T)"
                        )
                        if numbers
                        else ""
                    ),
                )
            positive = clear[0]
    labels = (codes == positive).astype(np.float64)
    labels[missing] = np.nan
    others = [_cut(k) for i, k in enumerate(keys) if i != positive]
    if positive < 0:
        mapping = f"{_cut(keys[0])} → 0"
    else:
        mapping = ", ".join([f"{_cut(keys[positive])} → 1", *(f"{k} → 0" for k in others)])
    return (
        labels,
        missing,
        translate("table_labels", "labels: {mapping}").format(mapping=mapping),
    )


def not_labels(source: str, name: str, some: list[str], count: int, line: int | None) -> DataError:
    """Why column ``name`` (``count`` values, ``some`` of them) gives no labels."""
    return DataError(
        source,
        translate(
            "table_labels",
            "{name} is not a label column: it has {n} values ({values}). "
            "Labels are 0 to 1 or two values; make a number column binary with "
            "--above T, or pick the value that means 1 with --positive VALUE",
        ).format(
            name=shown(name),
            n=number(count, ","),
            values=listed(some) + (" …" if count > len(some) else ""),
        ),
        line,
    )


def _cut(text: str, limit: int = 40) -> str:
    """A cell as a note names it: at most ``limit`` characters (a cell may be megabytes)."""
    return text if len(text) <= limit else text[: limit - 1] + "…"
