"""Reading the inputs to predict for: a table's input columns, without labels."""

from __future__ import annotations

import numpy as np

from gdviz.core.i18n import translate
from gdviz.core.io.cells import unquote
from gdviz.core.io.table_reader import Inputs, Progress, TableReader, bad_row, column_index
from gdviz.core.train.data import DataError, row_problem, shown


def read_inputs(
    reader: TableReader,
    x: str | None,
    prefer: str | None,
    progress: Progress | None,
    x2: str | None = None,
    prefer2: str | None = None,
    inputs: int = 1,
) -> Inputs:
    """The ``inputs`` input columns of ``reader``'s table: given (``x``, ``x2``), else the
    ones named like the model's (``prefer``, ``prefer2``), else the only ones there are.
    Rows with a missing input are skipped (said in the note)."""
    names = reader.names
    folded = [unquote(n).strip().casefold() for n in names]

    def named(wanted: str | None) -> int | None:
        if wanted is not None and folded.count(wanted.strip().casefold()) == 1:
            return folded.index(wanted.strip().casefold())
        return None

    cols = ", ".join(shown(n, 40) for n in names[:8]) + (" …" if len(names) > 8 else "")
    if x is not None:
        xi = column_index(names, x, "x", reader.source)
    elif len(names) == 1:
        xi = 0
    elif (by_name := named(prefer)) is not None:
        xi = by_name
    elif len(names) == 2 and inputs == 1:
        xi = reader.preview().x
    elif len(names) == inputs:
        xi = 0
    else:
        if inputs == 1:
            text = translate(
                "table_inputs",
                "the table has {n} columns ({names}): choose the input with --x "
                "(a name or a number)",
            )
        else:
            text = translate(
                "table_inputs",
                "the table has {n} columns ({names}): choose the two inputs with --x A --x B "
                "(a name or a number)",
            )
        raise DataError(reader.source, text.format(n=len(names), names=cols))
    chosen = [xi]
    if inputs == 2:
        if x2 is not None:
            x2i = column_index(names, x2, translate("table_reader", "the second x"), reader.source)
        elif (second := named(prefer2)) is not None and second != xi:
            x2i = second
        elif len(names) == 2:
            x2i = 1 - xi
        else:
            raise DataError(
                reader.source,
                translate(
                    "table_inputs",
                    "the model takes two inputs and the table has {n} columns "
                    "({names}): choose them with --x A --x B (names or numbers)",
                ).format(n=len(names), names=cols),
            )
        if x2i == xi:
            raise DataError(
                reader.source,
                translate(
                    "table_inputs", "the two inputs are the same column {name}: choose two"
                ).format(name=shown(names[xi])),
            )
        chosen.append(x2i)
    # A column beyond the inputs tells a row with an empty x from a blank line.
    other = [i for i in range(len(names)) if i not in chosen][:1]
    columns, lines = reader.columns([*chosen, *other], progress)
    values, missing = [], np.zeros(len(lines), dtype=bool)
    for column, index in zip(columns, chosen, strict=False):
        numbers, gaps = reader.numbers(column, lines, names[index])
        values.append(numbers)
        missing |= gaps
    note = ""
    if missing.any():
        note = reader.skipped_note(lines[missing])
        values, lines = [v[~missing] for v in values], lines[~missing]
    if not len(values[0]):
        what = shown(names[chosen[0]])
        if len(chosen) > 1:
            what = translate("table_inputs", "{first} and {second}").format(
                first=what, second=shown(names[chosen[1]])
            )
        raise DataError(
            reader.source,
            translate("table_inputs", "the column {what} has no values").format(what=what),
        )
    for column, index in zip(values, chosen, strict=True):
        bad = bad_row(column)
        if bad is not None:
            shown_as = names[index] if inputs == 2 else "x"
            problem = row_problem(float(column[bad]), 0.0, shown_as) or translate(
                "table_inputs", "bad value"
            )
            raise DataError(reader.source, problem, reader.where(int(lines[bad])))
    if inputs == 2:
        return Inputs(values[0], names[xi], note, values[1], names[chosen[1]])
    return Inputs(values[0], names[xi], note)
