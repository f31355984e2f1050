"""Data sets: ``x`` values and labels ``y`` in [0, 1], held as numpy arrays end to end.

Files are read by :mod:`gdviz.core.io.table` (CSV in every common dialect,
spreadsheets); this module holds the validated data set itself, writing it back
as CSV, and the built-in sets. Every problem is a :class:`DataError` that names
the file (or data set), the line and what is wrong.
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable
from functools import cached_property

import numpy as np

from gdviz.core.i18n import QT_TRANSLATE_NOOP, localise, translate
from gdviz.core.io.atomic import atomic_write
from gdviz.core.io.resources import resource_path

Row = tuple[float, float]
X_LIMIT = 1e12  # beyond, a plot's range cannot be drawn without losing its digits


class DataError(ValueError):
    """A data file or data set that cannot be used, with where and why."""

    def __init__(self, source: str, message: str, line: int | None = None) -> None:
        self.source = source
        self.line = line
        self.message = message
        where = f"{source}:{line}" if line is not None else source
        super().__init__(f"{where}: {message}")


class DataSet:
    """Rows of inputs and a label, as read-only float64 arrays, checked on creation.

    ``xs`` is the first (for the lesson, the only) input; a data set with two inputs
    also has ``x2`` (``X`` holds both, one row per row). ``note`` says how the rows were
    read (rows skipped, labels mapped); it is not part of the data (equal data sets may
    have different notes).
    """

    def __init__(
        self,
        xs: Iterable[float] | np.ndarray,
        ys: Iterable[float] | np.ndarray,
        name: str = "data",
        x_label: str = "x",
        y_label: str = "y",
        note: str = "",
        *,
        x2: Iterable[float] | np.ndarray | None = None,
        x2_label: str = "x2",
    ) -> None:
        x = np.array(xs, dtype=np.float64)  # a copy: nobody else may change it
        y = np.array(ys, dtype=np.float64)
        if x.ndim != 1 or y.shape != x.shape:
            raise DataError(name, "x and labels must be two columns of the same length")
        if not len(x):
            raise DataError(name, "a data set needs at least one row")
        columns = [x]
        if x2 is not None:
            second = np.array(x2, dtype=np.float64)
            if second.shape != x.shape:
                raise DataError(name, "the two inputs must be columns of the same length")
            columns.append(second)
        for column, label in zip(columns, (x_label, x2_label), strict=False):
            bad = _first_bad_row(column, y)
            if bad is not None:
                problem = row_problem(column[bad], y[bad], label if len(columns) > 1 else "x")
                raise DataError(name, f"row {bad + 1}: {problem}")
        X = np.ascontiguousarray(np.stack(columns, axis=1))
        X.setflags(write=False)
        y.setflags(write=False)
        self.X = X
        self.xs = X[:, 0] if len(columns) > 1 else X.reshape(-1)
        self.x2 = X[:, 1] if len(columns) > 1 else None
        self.ys = y
        self.name, self.x_label, self.y_label, self.note = name, x_label, y_label, note
        self.x2_label = x2_label if len(columns) > 1 else ""

    def __len__(self) -> int:
        return len(self.xs)

    @property
    def inputs(self) -> int:
        """How many input columns: 1 (the lesson's) or 2."""
        return self.X.shape[1]

    @property
    def x_labels(self) -> tuple[str, ...]:
        """The input columns' names."""
        return (self.x_label, self.x2_label) if self.x2 is not None else (self.x_label,)

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, DataSet):
            return NotImplemented
        return self is other or (
            (self.name, self.x_labels, self.y_label) == (other.name, other.x_labels, other.y_label)
            and self.same_rows(other)
        )

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"DataSet({len(self):,} rows, name={self.name!r})"

    def same_rows(self, other: DataSet) -> bool:
        """True if both hold the identical rows (names aside)."""
        return self is other or (
            np.array_equal(self.X, other.X) and np.array_equal(self.ys, other.ys)
        )

    def row(self, index: int) -> Row:
        """The first input and the label of one row."""
        return float(self.xs[index]), float(self.ys[index])

    def inputs_of(self, index: int) -> tuple[tuple[float, ...], float]:
        """Every input and the label of one row."""
        return tuple(self.X[index].tolist()), float(self.ys[index])

    @cached_property
    def rows(self) -> tuple[Row, ...]:
        """The rows as Python pairs (for small data; big data stays in the arrays)."""
        return tuple(zip(self.xs.tolist(), self.ys.tolist(), strict=True))

    def with_rows(
        self,
        xs: Iterable[float] | np.ndarray,
        ys: Iterable[float] | np.ndarray,
        note: str = "",
        x2: Iterable[float] | np.ndarray | None = None,
    ) -> DataSet:
        """The same names with other rows (two inputs need ``x2`` too)."""
        if self.x2 is not None and x2 is None:
            raise DataError(self.name, f"rows of {self.name!r} need both inputs")
        return DataSet(
            xs, ys, self.name, self.x_label, self.y_label, note,
            x2=x2 if self.x2 is not None else None, x2_label=self.x2_label,
        )  # fmt: skip


def _first_bad_row(x: np.ndarray, y: np.ndarray) -> int | None:
    with np.errstate(invalid="ignore"):
        good = np.isfinite(x) & np.isfinite(y) & (np.abs(x) <= X_LIMIT) & (y >= 0) & (y <= 1)
    if good.all():
        return None
    return int(np.argmin(good))


def row_problem(x: float, y: float, x_name: str = "x") -> str | None:
    """Why ``(x, y)`` is not a valid row, or None if it is (``x_name``: the input's name,
    for a model with two)."""
    x, y = float(x), float(y)  # numpy's floats would be shown as np.float64(...)
    if math.isnan(x):
        return translate("data", "{x} value nan is not a number").format(x=x_name)
    if math.isinf(x):
        return translate(
            "data",
            "{x} value is too large to read as a number (beyond ±1.8e308), or infinite: "
            "gdviz takes x from -1e12 to 1e12",
        ).format(x=x_name)
    if abs(x) > X_LIMIT:
        return translate(
            "data",
            "{x} value {value} is too large: gdviz takes x from -1e12 to 1e12 (rescale the "
            "column, e.g. to thousands)",
        ).format(x=x_name, value=localise(f"{x:g}"))
    if math.isinf(y):
        return translate(
            "data", "label is too large to read as a number, or infinite: labels are 0 to 1"
        )
    if not math.isfinite(y):
        return translate("data", "label {value} is not a finite number").format(value=repr(y))
    if not 0.0 <= y <= 1.0:
        return translate(
            "data", "label {value} is outside [0, 1] (use 1 for passed, 0 for failed)"
        ).format(value=localise(f"{y:g}"))
    return None


def shown(text: object, limit: int = 80) -> str:
    """``text`` quoted for a message, cut to about ``limit`` characters (a cell of a file
    may be a megabyte long)."""
    text = str(text)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return repr(text)


def from_rows(
    rows: Iterable[Row], name: str = "data", x_label: str = "x", y_label: str = "y"
) -> DataSet:
    """A data set from ``(x, y)`` pairs (validated)."""
    pairs = [(float(x), float(y)) for x, y in rows]
    xs = [p[0] for p in pairs]
    ys = [p[1] for p in pairs]
    return DataSet(xs, ys, name, x_label, y_label)


# -- writing ----------------------------------------------------------------------------
CSV_CHUNK = 200_000  # rows formatted at a time


def _header_cell(name: str) -> str:
    name = " ".join(name.split())  # a name is one line: newlines and tabs become spaces
    try:
        float(name)
        numeric = True
    except ValueError:
        numeric = False
    if numeric or not name:
        name = f"col {name}"
    if any(c in name for c in ',"'):
        return '"' + name.replace('"', '""') + '"'
    return name


def save_csv(path: str | os.PathLike[str], data: DataSet) -> None:
    """Save ``data`` as CSV (atomically: an old file survives a failed save)."""

    def write(handle) -> None:
        names = [*data.x_labels, data.y_label]
        handle.write((",".join(_header_cell(n) for n in names) + "\n").encode())
        for start in range(0, len(data), CSV_CHUNK):
            columns = [c[start : start + CSV_CHUNK].tolist() for c in (*data.X.T, data.ys)]
            handle.write(
                "".join(
                    ",".join(map(repr, row)) + "\n" for row in zip(*columns, strict=True)
                ).encode()
            )

    atomic_write(path, write)


# -- built-in sets ----------------------------------------------------------------------
# The built-in data sets by name, each with what it shows (translated where shown:
# ``translate("data", BUILTIN[name])``).
BUILTIN = {
    "lesson": QT_TRANSLATE_NOOP(
        "data",
        "The lesson's 4 students: (1, 0), (2, 0), (3, 1), (4, 1)",
    ),
    "students-200": QT_TRANSLATE_NOOP(
        "data",
        "200 students, noisy: more hours, more passes, with exceptions",
    ),
    "overlap": QT_TRANSLATE_NOOP(
        "data",
        "Passes and fails overlap: no threshold separates them",
    ),
    "outlier": QT_TRANSLATE_NOOP(
        "data",
        "A clean set plus one student who studied 12 hours and failed",
    ),
    "ravine": QT_TRANSLATE_NOOP(
        "data",
        "21 students who all studied 7.5 to 12.5 hours: far from 0, so the loss is a long, "
        "narrow valley where plain steps zig-zag and crawl (Lesson ▸ Why momentum?)",
    ),
    "sweet-spot": QT_TRANSLATE_NOOP(
        "data",
        "60 students who pass only with a middle range of hours, neither too few nor too many: "
        "one neuron cannot fit it, a hidden layer can (Lesson ▸ Why a hidden layer?)",
    ),
    "few-noisy": QT_TRANSLATE_NOOP(
        "data",
        "36 students drawn from a known curve, σ(x − 5), each label flipped with a chance of "
        "0.15: few rows and noisy, so a big model learns their noise (Lesson ▸ Why hold out "
        "data?)",
    ),
    "hours-sleep": QT_TRANSLATE_NOOP(
        "data",
        "100 students, two inputs (hours studied, hours slept): a straight line separates "
        "passes from fails",
    ),
    "xor": QT_TRANSLATE_NOOP(
        "data",
        "60 points, two inputs: each class in two opposite corners, so no straight line "
        "separates them; a hidden layer can",
    ),
    "circle": QT_TRANSLATE_NOOP(
        "data",
        "120 points, two inputs: one class inside a ring of the other",
    ),
}

TWO_INPUTS = ("hours-sleep", "xor", "circle")  # the built-in sets with two input columns


def builtin_names() -> list[str]:
    """Names of the built-in data sets, the lesson's first."""
    return list(BUILTIN)


def load_builtin(name: str) -> DataSet:
    """Load a built-in data set by name; raises :class:`DataError` if unknown."""
    if name not in BUILTIN:
        known = ", ".join(BUILTIN)
        raise DataError(f"data set {name!r}", f"unknown data set (the built-in sets are {known})")
    path = resource_path("datasets", f"{name}.csv")
    lines = path.read_text(encoding="utf-8").split()
    header = lines[0].split(",")
    columns = list(zip(*(map(float, line.split(",")) for line in lines[1:]), strict=True))
    if len(header) == 3:
        return DataSet(columns[0], columns[2], name, header[0], header[2],
                       x2=columns[1], x2_label=header[1])  # fmt: skip
    return DataSet(columns[0], columns[1], name, header[0], header[1])


def lesson_data() -> DataSet:
    """The lesson's data, in the lesson's order."""
    return load_builtin("lesson")
