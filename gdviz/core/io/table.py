"""Reading the data files people have: CSV in every common dialect, and spreadsheets.

- Text tables: the delimiter is detected (comma, semicolon, tab, runs of
  whitespace); fields may be quoted, header names too (``'GPA'`` matches
  ``GPA``); with semicolons, decimal commas (``0,50``) are read; LF, CRLF and a
  lone CR end lines. pandas' C parser does the reading.
- Spreadsheets (``.xlsx``, ``.xls``, ``.ods``): the first sheet, or a named
  one, through python-calamine.
- Columns by header name or by 1-based number; x and the label must differ.
- Labels: numbers in [0, 1]; a column with exactly two distinct values (numbers
  or words) becomes 0/1 when one of them is clearly positive (1, yes, true,
  pass, ...), or the one ``positive`` names; ``above`` makes a numeric column
  binary (label = value > threshold).
- A missing x or label (empty, NA, N/A, NaN, ?, null) skips the row, and the
  data set's ``note`` says which lines; any other bad cell is an error naming
  the file and line.
"""

from __future__ import annotations

import os
from pathlib import Path

from gdviz.core.io import table_inputs
from gdviz.core.io.cells import MISSING, is_missing, is_number
from gdviz.core.io.table_reader import (
    OUTCOME_NAMES,
    POSITIVE,
    SPREADSHEETS,
    Cancelled,
    Inputs,
    Preview,
    Progress,
    ReadOptions,
    TableReader,
    column_index,
)
from gdviz.core.io.table_sheet import GridReader, spreadsheet_grid
from gdviz.core.io.table_text import TextReader
from gdviz.core.train.data import DataError, DataSet

__all__ = [
    "MISSING",
    "OUTCOME_NAMES",
    "POSITIVE",
    "Cancelled",
    "Inputs",
    "Preview",
    "ReadOptions",
    "column_index",
    "is_missing",
    "is_number",
    "open_table",
    "preview",
    "read_inputs",
    "read_table",
    "TableReader",
]


def read_table(
    path: str | os.PathLike[str],
    options: ReadOptions | None = None,
    progress: Progress | None = None,
) -> DataSet:
    """Read ``path`` into a :class:`DataSet`; raises :class:`DataError` (or
    :class:`Cancelled` when ``progress`` says stop)."""
    options = options or ReadOptions()
    return open_table(path, options.sheet).read(options, progress)


def read_inputs(
    path: str | os.PathLike[str],
    x: str | None = None,
    sheet: str | None = None,
    prefer: str | None = None,
    progress: Progress | None = None,
    *,
    x2: str | None = None,
    prefer2: str | None = None,
    inputs: int = 1,
) -> Inputs:
    """Read the x column of ``path`` (any table :func:`read_table` reads): column ``x``;
    else the only column, the one named ``prefer`` (the model's input), or the suggested
    input of a two-column table. A model with two ``inputs`` reads ``x2`` too (or the
    column named ``prefer2``, or the other of two). Rows with a missing input are skipped
    (said in the note)."""
    reader = open_table(path, sheet)
    return table_inputs.read_inputs(reader, x, prefer, progress, x2, prefer2, inputs)


def open_table(path: str | os.PathLike[str], sheet: str | None = None) -> TableReader:
    """Open a table once: its :meth:`~TableReader.preview` and :meth:`~TableReader.read`
    share what was parsed (a text table's sample and dialect, a spreadsheet's sheet)."""
    source = str(path)
    if Path(source).suffix.lower() in SPREADSHEETS:
        return GridReader(source, *spreadsheet_grid(source, sheet))
    if sheet is not None:
        raise DataError(source, "--sheet is for spreadsheets (.xlsx, .xls, .ods)")
    return TextReader(source)


def preview(path: str | os.PathLike[str], sheet: str | None = None) -> Preview:
    """The columns of a table and the ones to offer first: the first column whose values
    are labels (0…1, or two distinct values) for y, the first other numeric one for x."""
    return open_table(path, sheet).preview()
