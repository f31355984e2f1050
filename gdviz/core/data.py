"""Data sets: rows of ``(x, y)``, loaded from and saved to CSV.

A CSV may have a header row; blank lines are skipped; CRLF line ends and a
UTF-8 byte-order mark are accepted. Every problem is reported as a
:class:`DataError` that names the file, the line and what is wrong.
"""

from __future__ import annotations

import csv
import math
import os
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from gdviz.core.atomic import atomic_write_text
from gdviz.core.files import FileProblem, LineTooLong, read_file
from gdviz.core.resources import resource_path

Row = tuple[float, float]
X_LIMIT = 1e12  # beyond, a plot's range cannot be drawn without losing its digits
MAX_FILE_BYTES = 2 << 30
MAX_LINE_BYTES = 1 << 20


class DataError(ValueError):
    """A data file or data set that cannot be used, with where and why."""

    def __init__(self, source: str, message: str, line: int | None = None) -> None:
        self.source = source
        self.line = line
        self.message = message
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class DataSet:
    """An ordered, validated list of ``(x, y)`` rows (``y`` in [0, 1])."""

    rows: tuple[Row, ...]
    name: str = "data"
    x_label: str = "x"
    y_label: str = "y"
    _xs: np.ndarray = field(init=False, repr=False, compare=False)
    _ys: np.ndarray = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        rows = tuple((float(x), float(y)) for x, y in self.rows)
        for i, (x, y) in enumerate(rows, start=1):
            problem = row_problem(x, y)
            if problem:
                raise DataError(self.name, f"row {i}: {problem}")
        if not rows:
            raise DataError(self.name, "a data set needs at least one row")
        xs = np.array([r[0] for r in rows], dtype=np.float64)
        ys = np.array([r[1] for r in rows], dtype=np.float64)
        xs.setflags(write=False)
        ys.setflags(write=False)
        object.__setattr__(self, "rows", rows)
        object.__setattr__(self, "_xs", xs)
        object.__setattr__(self, "_ys", ys)

    @property
    def xs(self) -> np.ndarray:
        """The inputs as a read-only float64 array."""
        return self._xs

    @property
    def ys(self) -> np.ndarray:
        """The labels as a read-only float64 array."""
        return self._ys

    def __len__(self) -> int:
        return len(self.rows)


def row_problem(x: float, y: float) -> str | None:
    """Why ``(x, y)`` is not a valid row, or None if it is."""
    if not math.isfinite(x):
        return f"x value {x!r} is not a finite number"
    if abs(x) > X_LIMIT:
        return (
            f"x value {x:g} is too large: gdviz takes x from -1e12 to 1e12 (rescale the "
            "column, e.g. to thousands)"
        )
    if not math.isfinite(y):
        return f"label {y!r} is not a finite number"
    if not 0.0 <= y <= 1.0:
        return f"label {y!r} is outside [0, 1] (use 1 for passed, 0 for failed)"
    return None


def _parse_number(text: str) -> float | None:
    try:
        return float(text.strip())
    except ValueError:
        return None


def _column_index(
    header: Sequence[str], wanted: str | None, default: int, what: str, source: str, line: int
) -> int:
    if wanted is None:
        return default
    names = [h.strip() for h in header]
    if wanted in names:
        return names.index(wanted)
    listed = ", ".join(repr(n) for n in names)
    raise DataError(source, f"no column named {wanted!r} for {what} (columns are {listed})", line)


def parse_csv(
    text: str, source: str, x_col: str | None = None, y_col: str | None = None
) -> DataSet:
    """Parse CSV text into a :class:`DataSet`; ``source`` names it in errors."""
    if text.startswith("\ufeff"):
        text = text[1:]
    # LF, CRLF and the classic Mac's lone CR all end a line.
    split = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    lines = [(n, line) for n, line in enumerate(split, start=1) if line.strip()]
    if not lines:
        raise DataError(
            source,
            "the file has no data rows (it is empty); expected lines like '3,1' (hours, label)",
        )
    parsed = []
    for n, line in lines:
        try:
            parsed.append((n, next(csv.reader([line]))))
        except csv.Error as exc:
            raise DataError(source, f"cannot read this line as CSV: {exc}", n) from None
    first_line, first = parsed[0]
    has_header = all(_parse_number(cell) is None for cell in first)
    if has_header:
        xi = _column_index(first, x_col, 0, "x", source, first_line)
        yi = _column_index(first, y_col, 1, "y", source, first_line)
        x_label = first[xi].strip() if xi < len(first) else "x"
        y_label = first[yi].strip() if yi < len(first) else "y"
        body = parsed[1:]
    else:
        if x_col is not None or y_col is not None:
            raise DataError(
                source,
                "columns can only be chosen by name when the first line is a header row",
                first_line,
            )
        xi, yi = 0, 1
        x_label, y_label = "x", "y"
        body = parsed
    if not body:
        raise DataError(source, "the file has a header but no data rows")
    needed = max(xi, yi) + 1
    rows: list[Row] = []
    for n, cells in body:
        if len(cells) < needed:
            raise DataError(
                source, f"expected at least {needed} comma-separated values, found {len(cells)}", n
            )
        values = []
        for index, label in ((xi, x_label), (yi, y_label)):
            cell = cells[index]
            value = _parse_number(cell)
            if value is None:
                raise DataError(source, f"{label!r} value {cell.strip()!r} is not a number", n)
            values.append(value)
        x, y = values
        problem = row_problem(x, y)
        if problem:
            raise DataError(source, problem, n)
        rows.append((x, y))
    return DataSet(tuple(rows), name=Path(source).stem, x_label=x_label, y_label=y_label)


def load_csv(
    path: str | os.PathLike[str], x_col: str | None = None, y_col: str | None = None
) -> DataSet:
    """Load a data set from a CSV file; raises :class:`DataError` on any problem."""
    source = str(path)
    try:
        raw = read_file(path, MAX_FILE_BYTES, MAX_LINE_BYTES)
    except LineTooLong as exc:
        raise DataError(source, str(exc), exc.line) from None
    except FileProblem as exc:
        raise DataError(source, str(exc)) from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        raise DataError(
            source, "not UTF-8 text (is it a spreadsheet? save it as CSV UTF-8)", line
        ) from None
    if "\x00" in text:
        line = text.count("\n", 0, text.index("\x00")) + 1
        raise DataError(source, "contains a NUL byte: this is not a text CSV file", line)
    return parse_csv(text, source, x_col, y_col)


@dataclass(frozen=True)
class ColumnChoice:
    """A CSV header's columns, and the x and label columns to offer first."""

    names: list[str]
    x: int
    y: int


def suggest_columns(path: str | os.PathLike[str], sample: int = 1000) -> ColumnChoice | None:
    """For a CSV that starts with a header: its column names, the first column whose
    values are all labels (numbers in [0, 1]) for y, and the first other numeric column
    for x. None if the file has no header or cannot be read. Reads at most ``sample`` rows.
    """
    rows: list[list[str]] = []
    try:
        with open(path, encoding="utf-8-sig", newline="") as handle:
            for cells in csv.reader(line for line in handle if line.strip()):
                rows.append([c.strip() for c in cells])
                if len(rows) > sample:
                    break
    except (OSError, UnicodeDecodeError, csv.Error):
        return None
    if not rows or any(_parse_number(cell) is not None for cell in rows[0]):
        return None
    names, body = rows[0], rows[1:]

    def values(i: int) -> list[float] | None:
        cells = [r[i] if i < len(r) else "" for r in body]
        numbers = [_parse_number(c) for c in cells]
        return None if not numbers or None in numbers else numbers  # type: ignore[return-value]

    columns = [values(i) for i in range(len(names))]
    numeric = [i for i, v in enumerate(columns) if v is not None]
    labels = [i for i in numeric if all(0.0 <= x <= 1.0 for x in columns[i] or [])]
    y = labels[0] if labels else (1 if len(names) > 1 else 0)
    x = next((i for i in numeric if i != y), next((i for i in range(len(names)) if i != y), 0))
    return ColumnChoice(names, x, y)


def format_csv(data: DataSet) -> str:
    """CSV text for ``data``: a header, then ``repr`` floats that read back exactly."""
    lines = [f"{_header_cell(data.x_label)},{_header_cell(data.y_label)}"]
    lines += [f"{x!r},{y!r}" for x, y in data.rows]
    return "\n".join(lines) + "\n"


def _header_cell(name: str) -> str:
    name = " ".join(name.split())  # a name is one line: newlines and tabs become spaces
    if _parse_number(name) is not None or not name.strip():
        name = f"col {name}"
    if any(c in name for c in ',"\n\r'):
        return '"' + name.replace('"', '""') + '"'
    return name


def save_csv(path: str | os.PathLike[str], data: DataSet) -> None:
    """Save ``data`` as CSV (atomically: an old file survives a failed save)."""
    atomic_write_text(path, format_csv(data))


BUILTIN = {
    "lesson": "The lesson's 4 students: (1, 0), (2, 0), (3, 1), (4, 1)",
    "students-200": "200 students, noisy: more hours, more passes, with exceptions",
    "overlap": "Passes and fails overlap: no threshold separates them",
    "outlier": "A clean set plus one student who studied 12 hours and failed",
}


def builtin_names() -> list[str]:
    """Names of the built-in data sets, the lesson's first."""
    return list(BUILTIN)


def load_builtin(name: str) -> DataSet:
    """Load a built-in data set by name; raises :class:`DataError` if unknown."""
    if name not in BUILTIN:
        known = ", ".join(BUILTIN)
        raise DataError(f"data set {name!r}", f"unknown data set (the built-in sets are {known})")
    data = load_csv(resource_path("datasets", f"{name}.csv"))
    return DataSet(data.rows, name=name, x_label=data.x_label, y_label=data.y_label)


def lesson_data() -> DataSet:
    """The lesson's data, in the lesson's order."""
    return load_builtin("lesson")


def from_rows(rows: Iterable[Row], name: str = "data") -> DataSet:
    """A data set from ``(x, y)`` pairs (validated)."""
    return DataSet(tuple(rows), name=name)
