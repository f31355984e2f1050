"""Spreadsheets (.xlsx, .xls, .ods) through python-calamine: a sheet's cells as a grid."""

from __future__ import annotations

from pathlib import Path

import numpy as np

from gdviz.core.i18n import translate
from gdviz.core.io.cells import is_missing, is_number, listed
from gdviz.core.io.files import FileProblem, check_regular_file
from gdviz.core.io.table_reader import (
    MAX_FILE_BYTES,
    Progress,
    TableReader,
)
from gdviz.core.train.data import DataError


def spreadsheet_grid(source: str, sheet: str | None) -> tuple[list[list], list[str], str]:
    """The cells of sheet ``sheet`` (None: the first) of the spreadsheet ``source``, the
    workbook's sheet names, and the name of the sheet read."""
    try:
        check_regular_file(source, MAX_FILE_BYTES)
    except FileProblem as exc:
        raise DataError(source, str(exc)) from None
    try:
        from python_calamine import CalamineWorkbook

        book = CalamineWorkbook.from_path(source)
    except Exception as exc:  # calamine raises its own error types for damaged files
        raise DataError(
            source,
            translate(
                "table_sheet",
                "cannot read this spreadsheet ({reason}): is it really a "
                "{suffix} file? Open it in a spreadsheet program and save it again",
            ).format(reason=exc, suffix=Path(source).suffix),
        ) from None
    names = list(book.sheet_names)
    if sheet is None:
        chosen = names[0] if names else None
    else:
        matches = [n for n in names if n == sheet] or [
            n for n in names if n.casefold() == sheet.casefold()
        ]
        if not matches:
            raise DataError(
                source,
                translate("table_sheet", "no sheet named {sheet} (sheets are {sheets})").format(
                    sheet=repr(sheet), sheets=listed(names)
                ),
            )
        chosen = matches[0]
    if chosen is None:
        raise DataError(source, translate("table_sheet", "the spreadsheet has no sheets"))
    try:
        grid = book.get_sheet_by_name(chosen).to_python(skip_empty_area=False)
    except Exception as exc:
        raise DataError(
            source,
            translate("table_sheet", "cannot read sheet {sheet}: {reason}").format(
                sheet=repr(chosen), reason=exc
            ),
        ) from None
    return grid, names, chosen


class GridReader(TableReader):
    """A table given as rows of cells (a spreadsheet's sheet)."""

    def __init__(
        self, source: str, grid: list[list], sheets: list[str] | None = None, sheet: str = ""
    ) -> None:
        super().__init__(source)
        self.sheets, self.sheet = list(sheets or []), sheet or None
        rows = [
            (n, row)
            for n, row in enumerate(grid, start=1)
            if any(not is_missing(_cell_text(c)) for c in row)
        ]
        if not rows:
            raise DataError(
                source, translate("table_sheet", "the sheet has no data rows (it is empty)")
            )
        first_line, first = rows[0]
        texts = [_cell_text(c) for c in first]
        while texts and not texts[-1].strip():
            texts.pop()
        self.has_header = all(not is_number(t) for t in texts)
        self._rows = rows[1:] if self.has_header else rows
        width = max(len(texts), max(len(r) for _, r in rows))
        if self.has_header:
            self.names = [t.strip() or f"column {i + 1}" for i, t in enumerate(texts)]
            self.names += [f"column {i + 1}" for i in range(len(self.names), width)]
        else:
            self.names = [str(i + 1) for i in range(width)]
        if not self._rows:
            raise DataError(
                source, translate("table_sheet", "the sheet has a header but no data rows")
            )

    def column_text(self, index: int, limit: int) -> list[str]:
        return [_cell_text(r[index]) if index < len(r) else "" for _, r in self._rows[:limit]]

    def columns(self, indices: list[int], progress: Progress | None):
        columns = []
        for index in indices:
            cells = [r[index] if index < len(r) else None for _, r in self._rows]
            if all(isinstance(c, int | float) and not isinstance(c, bool) for c in cells):
                columns.append(np.array(cells, dtype=np.float64))
            else:
                columns.append(np.array([_cell_value(c) for c in cells], dtype=object))
        return columns, np.array([n for n, _ in self._rows], dtype=np.int64)

    def where(self, line: int) -> int:
        return line


def _cell_text(cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, float) and cell.is_integer():
        return f"{cell:g}"
    return str(cell)


def _cell_value(cell):
    if cell is None:
        return ""
    if isinstance(cell, bool):
        return "true" if cell else "false"
    return cell
