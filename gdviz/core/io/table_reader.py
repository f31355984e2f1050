"""What every table reader shares (text tables and spreadsheets alike): the options,
the columns' preview, and turning two columns into x and labels, or one into inputs.
See :mod:`gdviz.core.io.table` for what is read and how."""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from gdviz.core.i18n import number, translate
from gdviz.core.io.cells import decimal_text, is_missing, is_number, to_number, unquote
from gdviz.core.io.table_labels import POSITIVE as POSITIVE
from gdviz.core.io.table_labels import not_labels, two_values
from gdviz.core.train.data import X_LIMIT, DataError, DataSet, row_problem, shown

# Column names that say "this is the outcome", for the column picker's suggestion.
OUTCOME_NAMES = frozenset(
    "y label target class outcome result passed pass grade admit admitted survived "
    "diagnosis default churn".split()
)
INFINITE = ("inf", "infinity")
SPREADSHEETS = (".xlsx", ".xlsm", ".xls", ".ods")
SAMPLE_LINES = 50
MAX_FILE_BYTES = 2 << 30
MAX_LINE_BYTES = 1 << 20
CHUNK_ROWS = 250_000  # rows parsed at a time (progress and Cancel between chunks)


@dataclass(frozen=True)
class ReadOptions:
    """How to read a table: which columns, which sheet, how to make labels."""

    x: str | None = None  # a header name, or a 1-based column number as text
    y: str | None = None
    sheet: str | None = None
    positive: str | None = None  # the label value that means 1
    above: float | None = None  # label = value > above
    x2: str | None = None  # a second input column (for a model with two inputs)


@dataclass(frozen=True)
class Preview:
    """A table's columns and a sample of its cells, to choose columns from."""

    names: list[str]
    samples: list[list[str]]  # per column, up to a few hundred cells as text
    x: int  # suggested columns (0-based)
    y: int
    has_header: bool


@dataclass(frozen=True)
class Inputs:
    """The inputs to predict for (a table read without labels): one column, or two."""

    x: np.ndarray
    x_name: str
    note: str = ""  # e.g. rows skipped for a missing value
    x2: np.ndarray | None = None  # the second input, for a model with two
    x2_name: str = ""

    @property
    def X(self) -> np.ndarray:  # noqa: N802 (a matrix, as the models read it)
        """Every input, one row per row."""
        columns = [self.x] if self.x2 is None else [self.x, self.x2]
        return np.stack(columns, axis=1)


class Cancelled(Exception):
    """Reading was cancelled (``progress`` returned False)."""


Progress = Callable[[float], bool]  # fraction done -> go on?


def column_index(names: list[str], wanted: str, what: str, source: str) -> int:
    """The 0-based index of column ``wanted``: a header name (quotes and case aside when
    unambiguous) or a 1-based number."""
    text = wanted.strip()
    if text.isdigit():
        number = int(text)
        if 1 <= number <= len(names):
            return number - 1
        raise DataError(
            source,
            translate(
                "table_reader", "there is no column {number} for {what} (the table has {n} columns)"
            ).format(number=number, what=what, n=len(names)),
        )
    if text in names:
        return names.index(text)
    folded = [i for i, n in enumerate(names) if n.casefold() == unquote(text).casefold()]
    if len(folded) == 1:
        return folded[0]
    names_text = ", ".join(shown(n, 40) for n in names[:20]) + (" …" if len(names) > 20 else "")
    raise DataError(
        source,
        translate("table_reader", "no column named {name} for {what} (columns are {names})").format(
            name=shown(wanted), what=what, names=names_text
        ),
    )


class TableReader:
    """Turns a table's columns into x and labels (shared by text and spreadsheet tables).

    One reader per opened table: what :meth:`preview` shows, :meth:`read` reads, without
    parsing the file again (a text table's sample, a spreadsheet's sheet, are kept)."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.name = Path(source).stem.removesuffix(".gdviz")

    # What a table reader provides:
    names: list[str]
    has_header: bool
    sheets: list[str] = []  # a spreadsheet's sheets ([] for a text table)
    sheet: str | None = None  # the sheet read

    def column_text(self, index: int, limit: int) -> list[str]:
        raise NotImplementedError

    def columns(self, indices: list[int], progress: Progress | None) -> tuple[list, np.ndarray]:
        """The chosen columns (float arrays, or object arrays of text) and each row's line."""
        raise NotImplementedError

    def where(self, line: int) -> int:
        return line

    # -- shared ---------------------------------------------------------------------
    def preview(self) -> Preview:
        samples = [self.column_text(i, 300) for i in range(len(self.names))]
        numeric = [
            i
            for i, cells in enumerate(samples)
            if cells and all(is_number(decimal_text(c)) or is_missing(c) for c in cells)
        ]
        labels = [i for i, cells in enumerate(samples) if _looks_like_labels(cells)]
        # A column named like an outcome first; then number labels before words; then
        # the last one (tables put the outcome last: GPA, TUCE, PSI, GRADE).
        labels.sort(
            key=lambda i: (
                unquote(self.names[i]).strip().casefold() not in OUTCOME_NAMES,
                i not in numeric,
                -i,
            )
        )
        # No label-like column: the last one (to be made labels with a threshold).
        y = labels[0] if labels else len(self.names) - 1
        # x: the first number column that is not a row number (OBS 1, 2, 3, ...).
        inputs = sorted(
            (i for i in numeric if i != y), key=lambda i: _row_numbers(self.names[i], samples[i])
        )
        x = inputs[0] if inputs else next((i for i in range(len(self.names)) if i != y), 0)
        return Preview(self.names, samples, x, y, self.has_header)

    def read(self, options: ReadOptions, progress: Progress | None) -> DataSet:
        names = self.names
        if options.x is None and options.y is None and len(names) > 2:
            cols = ", ".join(shown(n, 40) for n in names[:8]) + (" …" if len(names) > 8 else "")
            raise DataError(
                self.source,
                translate(
                    "table_reader",
                    "the table has {n} columns ({names}): choose "
                    "the input and the label with --x and --y (a name or a number)",
                ).format(n=len(names), names=cols),
            )
        if len(names) < 2:
            raise DataError(
                self.source,
                translate(
                    "table_reader",
                    "expected at least two columns (x and a label), found "
                    "{n}: is the delimiter a comma, semicolon, tab or space?",
                ).format(n=len(names)),
            )
        xi = column_index(names, options.x, "x", self.source) if options.x is not None else 0
        inputs = [xi]
        if options.x2 is not None:
            inputs.append(
                column_index(
                    names, options.x2, translate("table_reader", "the second x"), self.source
                )
            )
        yi = (
            column_index(names, options.y, translate("table_reader", "the label"), self.source)
            if options.y is not None
            else next((i for i in range(len(names)) if i not in inputs), 0)
        )
        if xi == yi:
            raise DataError(
                self.source,
                translate(
                    "table_reader",
                    "x and the label are the same column {name}: choose two different columns",
                ).format(name=shown(names[xi])),
            )
        chosen = [xi, yi]
        if options.x2 is not None:
            x2i = inputs[1]
            if x2i in (xi, yi):
                what = (
                    translate("table_reader", "the first x")
                    if x2i == xi
                    else translate("table_reader", "the label")
                )
                raise DataError(
                    self.source,
                    translate(
                        "table_reader",
                        "the second x is the same column {name} as {what}: "
                        "choose two different input columns",
                    ).format(name=shown(names[x2i]), what=what),
                )
            chosen.append(x2i)
        (x_col, y_col, *second), lines = self.columns(chosen, progress)
        x_name, y_name = names[xi], names[yi]
        x, missing = self.numbers(x_col, lines, x_name)
        x2 = None
        if second:
            x2, x2_missing = self.numbers(second[0], lines, names[chosen[2]])
            missing = missing | x2_missing
        y, y_missing, mapping = self._labels(y_col, lines, y_name, options)
        missing = missing | y_missing
        notes = []
        if missing.any():
            keep = ~missing
            notes.append(self.skipped_note(lines[missing]))
            x, y, lines = x[keep], y[keep], lines[keep]
            x2 = x2[keep] if x2 is not None else None
        if not len(x):
            raise DataError(
                self.source, translate("table_reader", "no row has both an x and a label")
            )
        if mapping:
            notes.append(mapping)
        for column, name in ((x, x_name), (x2, names[chosen[-1]])):
            if column is None:
                continue
            bad = bad_row(column, y)
            if bad is not None:
                shown_as = name if x2 is not None else "x"
                problem = row_problem(float(column[bad]), float(y[bad]), shown_as) or translate(
                    "table_reader", "bad row"
                )
                raise DataError(self.source, problem, self.where(int(lines[bad])))
        if x2 is not None:
            return DataSet(x, y, self.name, x_name, y_name, "; ".join(notes), x2=x2,
                           x2_label=names[chosen[2]])  # fmt: skip
        return DataSet(x, y, self.name, x_name, y_name, "; ".join(notes))

    def skipped_note(self, skipped: np.ndarray) -> str:
        lines_text = ", ".join(str(self.where(int(n))) for n in skipped[:5])
        more = ", …" if len(skipped) > 5 else ""
        if len(skipped) == 1:
            text = translate("table_reader", "skipped {n} row with a missing value (line {lines})")
        else:
            text = translate(
                "table_reader", "skipped {n} rows with a missing value (lines {lines})"
            )
        return text.format(n=number(len(skipped), ","), lines=lines_text + more)

    def numbers(
        self, column, lines: np.ndarray, name: str, labels: bool = False
    ) -> tuple[np.ndarray, np.ndarray]:
        """Float values of a column, and which rows are missing; bad text is an error."""
        if column.dtype.kind == "f":
            if labels:  # an x beyond the limits is said by the rows' own check
                self._refuse_infinite(column, lines, name)
            return column, np.isnan(column)
        values = np.empty(len(column))
        missing = np.zeros(len(column), dtype=bool)
        for i, cell in enumerate(column.tolist()):
            if isinstance(cell, int | float) and not isinstance(cell, bool):
                try:
                    values[i] = cell
                except OverflowError:  # a whole number of 310 digits or more
                    raise self._too_large(name, str(cell), lines[i]) from None
                missing[i] = cell != cell  # NaN
                continue
            text = "" if cell is None else str(cell)
            if is_missing(text):
                missing[i] = True
                continue
            try:
                value = to_number(decimal_text(text))
            except ValueError:
                raise DataError(
                    self.source,
                    translate(
                        "table_reader",
                        "{name} value {value} is not a number: correct it, "
                        "or leave the cell empty to skip the row",
                    ).format(name=shown(name), value=shown(text.strip())),
                    self.where(int(lines[i])),
                ) from None
            if math.isinf(value) and text.strip().lstrip("+-").casefold() not in INFINITE:
                raise self._too_large(name, text.strip(), lines[i])
            values[i] = value
        return values, missing

    def _too_large(self, name: str, text: str, line: int) -> DataError:
        return DataError(
            self.source,
            translate(
                "table_reader",
                "{name} value {value} is too large to read as a number: correct "
                "it, or leave the cell empty to skip the row",
            ).format(name=shown(name), value=shown(text)),
            self.where(int(line)),
        )

    def _refuse_infinite(self, column: np.ndarray, lines: np.ndarray, name: str) -> None:
        """A cell the parser read as infinite (``inf``, or hundreds of digits) is refused
        with its line: no label rule or range check should meet it."""
        infinite = np.isinf(column)
        if infinite.any():
            i = int(np.argmax(infinite))
            raise DataError(
                self.source,
                translate(
                    "table_reader",
                    "{name} value is infinite or too large to read as a number: correct "
                    "it, or leave the cell empty to skip the row",
                ).format(name=shown(name)),
                self.where(int(lines[i])),
            )

    def _labels(
        self, column, lines: np.ndarray, name: str, options: ReadOptions
    ) -> tuple[np.ndarray, np.ndarray, str]:
        """Labels in [0, 1], which rows are missing, and a note on any mapping made."""
        if options.above is not None:
            values, missing = self.numbers(column, lines, name, labels=True)
            with np.errstate(invalid="ignore"):
                labels = (values > options.above).astype(np.float64)
            return (
                labels,
                missing,
                translate("table_reader", "label = {name} > {value}").format(
                    name=name, value=number(options.above)
                ),
            )
        texts, missing = self._texts(column)
        present = ~missing
        if column.dtype.kind == "f":
            self._refuse_infinite(column, lines, name)
            values = column
            distinct = np.unique(values[present])
            inside = distinct.size and distinct.min() >= 0 and distinct.max() <= 1
            if options.positive is None and (inside or distinct.size > 2):
                if not inside:
                    raise self._not_labels(
                        name,
                        [f"{v:g}" for v in distinct[:6]],
                        distinct.size,
                        lines,
                        values,
                        present,
                    )
                return values, missing, ""
            keys = [f"{v:g}" for v in distinct]
            codes = np.searchsorted(distinct, values)
        else:
            # Words compare without case: "Yes" and "yes" are one value.
            spelled: dict[str, str] = {}
            for text, here in zip(texts, present, strict=True):
                if here:
                    spelled.setdefault(text.strip().casefold(), text.strip())
            keys_all = np.array([t.strip().casefold() for t in texts], dtype=object)
            distinct_texts = sorted(spelled)
            numeric = all(is_number(decimal_text(k)) for k in distinct_texts)
            if numeric and options.positive is None and len(distinct_texts) > 2:
                values = np.array(
                    [
                        to_number(decimal_text(k)) if p else np.nan
                        for k, p in zip(keys_all.tolist(), present, strict=True)
                    ]
                )
                return self._labels(values, lines, name, options)
            keys = [spelled[k] for k in distinct_texts]
            index = {k: i for i, k in enumerate(distinct_texts)}
            codes = np.array([index.get(k, 0) for k in keys_all.tolist()])
            if len(keys) > 2 and options.positive is None:
                words = [k for k in distinct_texts if not is_number(decimal_text(k))]
                if len(words) < len(distinct_texts):  # numbers, and a stray word or two
                    first = next(
                        i for i, k in enumerate(keys_all.tolist()) if present[i] and k in words
                    )
                    raise DataError(
                        self.source,
                        translate(
                            "table_reader",
                            "{name} value {value} is not a number (labels are 0 to 1, "
                            "or two values like yes/no)",
                        ).format(name=shown(name), value=shown(texts[first].strip())),
                        self.where(int(lines[first])),
                    )
                raise self._not_labels(name, keys[:6], len(keys), lines, None, present)
        return two_values(self.source, keys, codes, missing, name, options.positive)

    def _texts(self, column) -> tuple[list[str], np.ndarray]:
        if column.dtype.kind == "f":
            return [], np.isnan(column)
        texts = [
            "" if c is None else (repr(c) if isinstance(c, float) else str(c))
            for c in column.tolist()
        ]
        missing = np.array([is_missing(t) or t == "nan" for t in texts], dtype=bool)
        return texts, missing

    def _not_labels(
        self,
        name: str,
        some: list[str],
        count: int,
        lines: np.ndarray,
        values: np.ndarray | None,
        present: np.ndarray,
    ) -> DataError:
        line = None
        if values is not None:
            with np.errstate(invalid="ignore"):
                outside = present & ((values < 0) | (values > 1))
            if outside.any():
                line = self.where(int(lines[int(np.argmax(outside))]))
        return not_labels(self.source, name, some, count, line)


def _looks_like_labels(cells: list[str]) -> bool:
    """Numbers all in [0, 1], or words of exactly two kinds (yes/no, M/B)."""
    present = [c.strip() for c in cells if not is_missing(c)]
    if not present:
        return False
    try:
        values = [to_number(decimal_text(c)) for c in present]
    except ValueError:
        return len({c.casefold() for c in present}) == 2
    return all(0.0 <= v <= 1.0 for v in values)


def _row_numbers(name: str, cells: list[str]) -> bool:
    """Whether a column looks like row numbers: named so, or counting 1, 2, 3, ..."""
    if unquote(name).strip().casefold() in ("obs", "id", "index", "row", "no", "n", "#"):
        return True
    try:
        values = [to_number(decimal_text(c)) for c in cells if not is_missing(c)]
    except ValueError:
        return False
    counting = all(b - a == 1 for a, b in zip(values, values[1:], strict=False))
    return len(values) > 2 and counting and values[0].is_integer()


def bad_row(x: np.ndarray, y: np.ndarray | None = None) -> int | None:
    """The first row whose x (or label, if given) :func:`row_problem` would refuse."""
    with np.errstate(invalid="ignore"):
        good = np.isfinite(x) & (np.abs(x) <= X_LIMIT)
        if y is not None:
            good &= np.isfinite(y) & (y >= 0) & (y <= 1)
    return None if good.all() else int(np.argmin(good))
