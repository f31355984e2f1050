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

import csv
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from gdviz.core.data import X_LIMIT, DataError, DataSet, row_problem
from gdviz.core.files import FileProblem, LineTooLong, check_text_file

MISSING = ("", "na", "n/a", "nan", "?", "null", "none", "-")
POSITIVE = ("1", "1.0", "yes", "y", "true", "t", "pass", "passed")
# Column names that say "this is the outcome", for the column picker's suggestion.
OUTCOME_NAMES = frozenset(
    "y label target class outcome result passed pass grade admit admitted survived "
    "diagnosis default churn".split()
)
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
    """A column of inputs to predict for (a table read without labels)."""

    x: np.ndarray
    x_name: str
    note: str = ""  # e.g. rows skipped for a missing value


class Cancelled(Exception):
    """Reading was cancelled (``progress`` returned False)."""


Progress = Callable[[float], bool]  # fraction done -> go on?


def read_table(
    path: str | os.PathLike[str],
    options: ReadOptions | None = None,
    progress: Progress | None = None,
) -> DataSet:
    """Read ``path`` into a :class:`DataSet`; raises :class:`DataError` (or
    :class:`Cancelled` when ``progress`` says stop)."""
    options = options or ReadOptions()
    return _reader(str(path), options.sheet).read(options, progress)


def read_inputs(
    path: str | os.PathLike[str],
    x: str | None = None,
    sheet: str | None = None,
    prefer: str | None = None,
    progress: Progress | None = None,
) -> Inputs:
    """Read the x column of ``path`` (any table :func:`read_table` reads): column ``x``;
    else the only column, the one named ``prefer`` (the model's input), or the suggested
    input of a two-column table. Rows with a missing x are skipped (said in the note)."""
    return _reader(str(path), sheet).read_inputs(x, prefer, progress)


def _reader(source: str, sheet: str | None) -> _Reader:
    if Path(source).suffix.lower() in SPREADSHEETS:
        return _GridReader(source, _spreadsheet(source, sheet))
    if sheet is not None:
        raise DataError(source, "--sheet is for spreadsheets (.xlsx, .xls, .ods)")
    return _TextReader(source)


def preview(path: str | os.PathLike[str], sheet: str | None = None) -> Preview:
    """The columns of a table and the ones to offer first: the first column whose values
    are labels (0…1, or two distinct values) for y, the first other numeric one for x."""
    source = str(path)
    if Path(source).suffix.lower() in SPREADSHEETS:
        reader: _Reader = _GridReader(source, _spreadsheet(source, sheet))
    else:
        reader = _TextReader(source)
    return reader.preview()


def sheet_names(path: str | os.PathLike[str]) -> list[str]:
    """The sheets of a spreadsheet ([] for a text table or a file that cannot be read)."""
    if Path(path).suffix.lower() not in SPREADSHEETS:
        return []
    try:
        from python_calamine import CalamineWorkbook

        return list(CalamineWorkbook.from_path(str(path)).sheet_names)
    except Exception:  # the reading itself reports what is wrong
        return []


def column_index(names: list[str], wanted: str, what: str, source: str) -> int:
    """The 0-based index of column ``wanted``: a header name (quotes and case aside when
    unambiguous) or a 1-based number."""
    text = wanted.strip()
    if text.isdigit():
        number = int(text)
        if 1 <= number <= len(names):
            return number - 1
        raise DataError(
            source, f"there is no column {number} for {what} (the table has {len(names)} columns)"
        )
    if text in names:
        return names.index(text)
    folded = [i for i, n in enumerate(names) if n.casefold() == _unquote(text).casefold()]
    if len(folded) == 1:
        return folded[0]
    listed = ", ".join(repr(n) for n in names[:20]) + (" …" if len(names) > 20 else "")
    raise DataError(source, f"no column named {wanted!r} for {what} (columns are {listed})")


def _unquote(text: str) -> str:
    text = text.strip()
    if len(text) >= 2 and text[0] == text[-1] and text[0] in "'\"":
        return text[1:-1].strip()
    return text


def is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def is_missing(text: str) -> bool:
    return text.strip().lower() in MISSING


class _Reader:
    """Turns a table's columns into x and labels (shared by text and spreadsheet tables)."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.name = Path(source).stem.removesuffix(".gdviz")

    # What a table reader provides:
    names: list[str]
    has_header: bool

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
            if cells and all(is_number(c) or is_missing(c) for c in cells)
        ]
        labels = [i for i, cells in enumerate(samples) if _looks_like_labels(cells)]
        # A column named like an outcome first; then number labels before words; then
        # the last one (tables put the outcome last: GPA, TUCE, PSI, GRADE).
        labels.sort(
            key=lambda i: (
                _unquote(self.names[i]).strip().casefold() not in OUTCOME_NAMES,
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
            shown = ", ".join(repr(n) for n in names[:8]) + (" …" if len(names) > 8 else "")
            raise DataError(
                self.source,
                f"the table has {len(names)} columns ({shown}): choose "
                "the input and the label with --x and --y (a name or a number)",
            )
        if len(names) < 2:
            raise DataError(
                self.source,
                "expected at least two columns (x and a label), found "
                f"{len(names)}: is the delimiter a comma, semicolon, tab or space?",
            )
        xi = column_index(names, options.x, "x", self.source) if options.x is not None else 0
        yi = (
            column_index(names, options.y, "the label", self.source)
            if options.y is not None
            else (1 if xi != 1 else 0)
        )
        if xi == yi:
            raise DataError(
                self.source,
                f"x and the label are the same column {names[xi]!r}: choose two different columns",
            )
        (x_col, y_col), lines = self.columns([xi, yi], progress)
        x_name, y_name = names[xi], names[yi]
        x, x_missing = self._numbers(x_col, lines, x_name)
        y, y_missing, mapping = self._labels(y_col, lines, y_name, options)
        missing = x_missing | y_missing
        notes = []
        if missing.any():
            keep = ~missing
            notes.append(self._skipped(lines[missing]))
            x, y, lines = x[keep], y[keep], lines[keep]
        if not len(x):
            raise DataError(self.source, "no row has both an x and a label")
        if mapping:
            notes.append(mapping)
        bad = _bad_row(x, y)
        if bad is not None:
            problem = row_problem(float(x[bad]), float(y[bad]))
            raise DataError(self.source, problem or "bad row", self.where(int(lines[bad])))
        return DataSet(x, y, self.name, x_name, y_name, "; ".join(notes))

    def read_inputs(self, x: str | None, prefer: str | None, progress: Progress | None) -> Inputs:
        names = self.names
        folded = [_unquote(n).strip().casefold() for n in names]
        if x is not None:
            xi = column_index(names, x, "x", self.source)
        elif len(names) == 1:
            xi = 0
        elif prefer is not None and folded.count(prefer.strip().casefold()) == 1:
            xi = folded.index(prefer.strip().casefold())
        elif len(names) == 2:
            xi = self.preview().x
        else:
            shown = ", ".join(repr(n) for n in names[:8]) + (" …" if len(names) > 8 else "")
            raise DataError(
                self.source,
                f"the table has {len(names)} columns ({shown}): choose the input with --x "
                "(a name or a number)",
            )
        # A second column tells a row with an empty x from a blank line.
        other = [next(i for i in range(len(names)) if i != xi)] if len(names) > 1 else []
        (column, *_), lines = self.columns([xi, *other], progress)
        values, missing = self._numbers(column, lines, names[xi])
        note = ""
        if missing.any():
            note = self._skipped(lines[missing])
            values, lines = values[~missing], lines[~missing]
        if not len(values):
            raise DataError(self.source, f"the column {names[xi]!r} has no values")
        bad = _bad_row(values)
        if bad is not None:
            problem = row_problem(float(values[bad]), 0.0) or "bad value"
            raise DataError(self.source, problem, self.where(int(lines[bad])))
        return Inputs(values, names[xi], note)

    def _skipped(self, skipped: np.ndarray) -> str:
        shown = ", ".join(str(self.where(int(n))) for n in skipped[:5])
        more = ", …" if len(skipped) > 5 else ""
        rows = "row" if len(skipped) == 1 else "rows"
        where = "line" if len(skipped) == 1 else "lines"
        return f"skipped {len(skipped):,} {rows} with a missing value ({where} {shown}{more})"

    def _numbers(self, column, lines: np.ndarray, name: str) -> tuple[np.ndarray, np.ndarray]:
        """Float values of a column, and which rows are missing; bad text is an error."""
        if column.dtype.kind == "f":
            return column, np.isnan(column)
        values = np.empty(len(column))
        missing = np.zeros(len(column), dtype=bool)
        for i, cell in enumerate(column.tolist()):
            if isinstance(cell, int | float) and not isinstance(cell, bool):
                values[i] = cell
                missing[i] = cell != cell  # NaN
                continue
            text = "" if cell is None else str(cell)
            if is_missing(text):
                missing[i] = True
                continue
            try:
                values[i] = float(_decimal(text))
            except ValueError:
                raise DataError(
                    self.source,
                    f"{name!r} value {text.strip()[:40]!r} is not a number: correct it, "
                    "or leave the cell empty to skip the row",
                    self.where(int(lines[i])),
                ) from None
        return values, missing

    def _labels(
        self, column, lines: np.ndarray, name: str, options: ReadOptions
    ) -> tuple[np.ndarray, np.ndarray, str]:
        """Labels in [0, 1], which rows are missing, and a note on any mapping made."""
        if options.above is not None:
            values, missing = self._numbers(column, lines, name)
            with np.errstate(invalid="ignore"):
                labels = (values > options.above).astype(np.float64)
            return labels, missing, f"label = {name} > {options.above:g}"
        texts, missing = self._texts(column)
        present = ~missing
        if column.dtype.kind == "f":
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
            shown: dict[str, str] = {}
            for text, here in zip(texts, present, strict=True):
                if here:
                    shown.setdefault(text.strip().casefold(), text.strip())
            keys_all = np.array([t.strip().casefold() for t in texts], dtype=object)
            distinct_texts = sorted(shown)
            numeric = all(is_number(_decimal(k)) for k in distinct_texts)
            if numeric and options.positive is None and len(distinct_texts) > 2:
                values = np.array(
                    [
                        float(_decimal(k)) if p else np.nan
                        for k, p in zip(keys_all.tolist(), present, strict=True)
                    ]
                )
                return self._labels(values, lines, name, options)
            keys = [shown[k] for k in distinct_texts]
            index = {k: i for i, k in enumerate(distinct_texts)}
            codes = np.array([index.get(k, 0) for k in keys_all.tolist()])
            if len(keys) > 2 and options.positive is None:
                words = [k for k in distinct_texts if not is_number(_decimal(k))]
                if len(words) < len(distinct_texts):  # numbers, and a stray word or two
                    first = next(
                        i for i, k in enumerate(keys_all.tolist()) if present[i] and k in words
                    )
                    raise DataError(
                        self.source,
                        f"{name!r} value {texts[first].strip()[:40]!r} "
                        "is not a number (labels are 0 to 1, or two values like "
                        "yes/no)",
                        self.where(int(lines[first])),
                    )
                raise self._not_labels(name, keys[:6], len(keys), lines, None, present)
        return self._two_values(keys, codes, missing, name, options)

    def _two_values(
        self,
        keys: list[str],
        codes: np.ndarray,
        missing: np.ndarray,
        name: str,
        options: ReadOptions,
    ) -> tuple[np.ndarray, np.ndarray, str]:
        if options.positive is not None:
            wanted = options.positive.strip()
            matches = [
                i
                for i, k in enumerate(keys)
                if k.casefold() == wanted.casefold()
                or (is_number(k) and is_number(wanted) and float(k) == float(wanted))
            ]
            if not matches:
                raise DataError(
                    self.source,
                    f"--positive {wanted!r} is not a value of "
                    f"{name!r} (its values are {_listed(keys)})",
                )
            positive = matches[0]
        else:
            if len(keys) == 1:
                positive = 0 if keys[0].casefold() in POSITIVE else -1
            else:
                clear = [i for i, k in enumerate(keys) if k.casefold() in POSITIVE]
                if len(clear) != 1:
                    numbers = all(is_number(k) for k in keys)
                    raise DataError(
                        self.source,
                        f"the label column {name!r} has the two values "
                        f"{keys[0]!r} and {keys[1]!r}; say which one means 1 with "
                        f"--positive {keys[0]!r} or --positive {keys[1]!r}"
                        + (" (or use --above T: 1 where the value is above T)" if numbers else ""),
                    )
                positive = clear[0]
        labels = (codes == positive).astype(np.float64)
        labels[missing] = np.nan
        others = [k for i, k in enumerate(keys) if i != positive]
        if positive < 0:
            return labels, missing, f"labels: {keys[0]} → 0"
        mapping = f"labels: {keys[positive]} → 1"
        if others:
            mapping += ", " + ", ".join(f"{k} → 0" for k in others)
        return labels, missing, mapping

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
        shown: list[str],
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
        return DataError(
            self.source,
            f"{name!r} is not a label column: it has {count:,} "
            f"values ({_listed(shown)}{' …' if count > len(shown) else ''}). "
            "Labels are 0 to 1 or two values; make a number column binary with "
            "--above T, or pick the value that means 1 with --positive VALUE",
            line,
        )


def _listed(keys: list[str]) -> str:
    return ", ".join(repr(k) for k in keys)


def _decimal(text: str) -> str:
    text = text.strip()
    if text.count(",") == 1 and "." not in text:
        return text.replace(",", ".")
    return text


def _looks_like_labels(cells: list[str]) -> bool:
    """Numbers all in [0, 1], or words of exactly two kinds (yes/no, M/B)."""
    present = [c.strip() for c in cells if not is_missing(c)]
    if not present:
        return False
    try:
        values = [float(_decimal(c)) for c in present]
    except ValueError:
        return len({c.casefold() for c in present}) == 2
    return all(0.0 <= v <= 1.0 for v in values)


def _row_numbers(name: str, cells: list[str]) -> bool:
    """Whether a column looks like row numbers: named so, or counting 1, 2, 3, ..."""
    if _unquote(name).strip().casefold() in ("obs", "id", "index", "row", "no", "n", "#"):
        return True
    try:
        values = [float(_decimal(c)) for c in cells if not is_missing(c)]
    except ValueError:
        return False
    counting = all(b - a == 1 for a, b in zip(values, values[1:], strict=False))
    return len(values) > 2 and counting and values[0].is_integer()


def _bad_row(x: np.ndarray, y: np.ndarray | None = None) -> int | None:
    """The first row whose x (or label, if given) :func:`row_problem` would refuse."""
    with np.errstate(invalid="ignore"):
        good = np.isfinite(x) & (np.abs(x) <= X_LIMIT)
        if y is not None:
            good &= np.isfinite(y) & (y >= 0) & (y <= 1)
    return None if good.all() else int(np.argmin(good))


# -- text tables ------------------------------------------------------------------------
@dataclass(frozen=True)
class _Dialect:
    delimiter: str | None  # None: runs of whitespace
    quote: str
    decimal: str


class _TextReader(_Reader):
    def __init__(self, source: str) -> None:
        super().__init__(source)
        try:
            info = check_text_file(source, MAX_FILE_BYTES, MAX_LINE_BYTES)
        except LineTooLong as exc:
            raise DataError(source, str(exc), exc.line) from None
        except FileProblem as exc:
            raise DataError(source, str(exc), getattr(exc, "line", None)) from None
        self._lines = [
            (n, line) for n, line in enumerate(_split_lines(info.sample), start=1) if line.strip()
        ]
        if not info.sample_is_all and len(self._lines) > 1:
            self._lines = self._lines[:-1]  # the sample may end mid-line
        sample_bytes = max(1, len(info.sample.encode("utf-8")))
        # Rows in the whole file, estimated from the sample: for progress only.
        self._rows = max(1, int(info.size * max(1, len(self._lines)) / sample_bytes))
        if not self._lines:
            raise DataError(
                source,
                "the file has no data rows (it is empty); expected lines like '3,1' (hours, label)",
            )
        self.dialect = _sniff([line for _, line in self._lines[:SAMPLE_LINES]])
        first_line, first = self._lines[0]
        cells = self._split(first)
        self.has_header = all(not is_number(_decimal(c)) for c in cells)
        self.header_line = first_line if self.has_header else 0
        if self.has_header:
            self.names = [_unquote(c) or f"column {i + 1}" for i, c in enumerate(cells)]
        else:
            self.names = [str(i + 1) for i in range(len(cells))]
        if self.has_header and len(self._lines) == 1 and info.sample_is_all:
            raise DataError(source, "the file has a header but no data rows")

    def _split(self, line: str) -> list[str]:
        d = self.dialect if hasattr(self, "dialect") else None
        if d is None or d.delimiter is None:
            return [c for c in re.split(r"\s+", line.strip()) if c != ""] if line.strip() else []
        return next(csv.reader([line], delimiter=d.delimiter, quotechar=d.quote))

    def column_text(self, index: int, limit: int) -> list[str]:
        body = self._lines[1:] if self.has_header else self._lines
        cells = []
        for _, line in body[:limit]:
            row = self._split(line)
            cells.append(_unquote(row[index]) if index < len(row) else "")
        return cells

    def columns(self, indices: list[int], progress: Progress | None):
        import pandas as pd

        d = self.dialect
        parts: list[list] = [[] for _ in indices]
        read = 0
        try:
            with pd.read_csv(
                self.source,
                sep=r"\s+" if d.delimiter is None else d.delimiter,
                header=None,
                usecols=indices,
                names=list(range(len(self.names))),
                skiprows=self.header_line,
                skip_blank_lines=False,
                quotechar=d.quote,
                decimal=d.decimal,
                encoding="utf-8-sig",
                na_values=_na_values(),
                keep_default_na=False,
                engine="c",
                chunksize=CHUNK_ROWS,
            ) as chunks:
                for chunk in chunks:
                    for k, index in enumerate(indices):
                        parts[k].append(chunk[index].to_numpy())
                    read += len(chunk)
                    if progress is not None and not progress(min(1.0, read / self._rows)):
                        raise Cancelled
        except (pd.errors.ParserError, ValueError) as exc:
            raise self._parser_error(exc) from None
        except UnicodeDecodeError:
            raise DataError(
                self.source, "not UTF-8 text (is it a spreadsheet? save it as CSV UTF-8)"
            ) from None
        columns = [_join(p) for p in parts]
        n = len(columns[0])
        lines = _line_numbers(self.source, self.header_line, n)
        blank = np.zeros(n, dtype=bool)
        for column in columns:
            blank |= _blank(column)
        if blank.any():  # blank lines (or lines of nothing but delimiters): not rows at all
            whole = np.ones(n, dtype=bool)
            for column in columns:
                whole &= _blank(column)
            keep = ~whole
            columns = [c[keep] for c in columns]
            lines = lines[keep]
        if self.dialect.delimiter is None or self.dialect.quote == "'":
            columns = [_strip_quotes(c) for c in columns]
        return columns, lines

    def _parser_error(self, exc: Exception) -> DataError:
        text = str(exc)
        found = re.search(r"line (\d+)", text)
        line = int(found.group(1)) + self.header_line if found else None
        brief = re.sub(r"^Error tokenizing data\. C error: ", "", text).strip()
        brief = re.sub(r" in line \d+", "", brief)
        return DataError(self.source, f"cannot read this line: {brief}", line)


def _na_values() -> list[str]:
    values = set()
    for word in MISSING:
        values |= {word, word.upper(), word.title()}
    return sorted(values)


def _join(parts: list) -> np.ndarray:
    if not parts:
        return np.empty(0)
    if all(p.dtype.kind in "fiub" for p in parts):  # numbers (whole ones too)
        return np.concatenate(parts).astype(np.float64, copy=False)
    return np.concatenate([p.astype(object) for p in parts])


def _blank(column: np.ndarray) -> np.ndarray:
    if column.dtype.kind == "f":
        return np.isnan(column)
    return np.array(
        [
            c is None or (isinstance(c, float) and c != c) or (isinstance(c, str) and not c.strip())
            for c in column.tolist()
        ],
        dtype=bool,
    )


def _strip_quotes(column: np.ndarray) -> np.ndarray:
    if column.dtype.kind == "f":
        return column
    return np.array(
        [_unquote(c) if isinstance(c, str) else c for c in column.tolist()], dtype=object
    )


def _line_numbers(source: str, header_line: int, rows: int) -> np.ndarray:
    """The 1-based line of each parsed row: rows follow the header one line each (blank
    lines included, as pandas was told to keep them)."""
    return np.arange(header_line + 1, header_line + 1 + rows, dtype=np.int64)


def _split_lines(text: str) -> list[str]:
    return text.replace("\r\n", "\n").replace("\r", "\n").split("\n")


def _sniff(lines: list[str]) -> _Dialect:
    """The delimiter that splits every sample line into the same number of fields (2+)."""
    best, best_score = None, 0.0
    for delimiter in (",", ";", "\t"):
        counts = []
        for line in lines:
            try:
                counts.append(len(next(csv.reader([line], delimiter=delimiter))))
            except csv.Error:
                counts.append(0)
        if not counts or max(counts) < 2:
            continue
        common = max(set(counts), key=counts.count)
        score = counts.count(common) / len(counts)
        if common >= 2 and score > best_score:
            best, best_score = delimiter, score
    if best is None or best_score < 0.5:
        quote = "'" if lines and re.match(r"^\s*'[^']*'", lines[0]) else '"'
        return _Dialect(None, quote, _decimal_mark(lines, None))
    return _Dialect(best, '"', _decimal_mark(lines, best))


def _decimal_mark(lines: list[str], delimiter: str | None) -> str:
    if delimiter == ",":
        return "."
    body = "\n".join(lines[1:])
    commas = len(re.findall(r"\d,\d", body))
    points = len(re.findall(r"\d\.\d", body))
    return "," if commas > points else "."


# -- spreadsheets -----------------------------------------------------------------------
def _spreadsheet(source: str, sheet: str | None) -> list[list]:
    try:
        info = os.stat(source)
    except OSError as exc:
        raise DataError(source, f"cannot read the file: {exc.strerror or exc}") from None
    import stat as stat_module

    if not stat_module.S_ISREG(info.st_mode):
        raise DataError(
            source,
            "this is not a regular file (it is a device, a pipe or a "
            "socket); gdviz reads files saved on disk",
        )
    if info.st_size > MAX_FILE_BYTES:
        raise DataError(source, "the file is larger than gdviz reads")
    try:
        from python_calamine import CalamineWorkbook

        book = CalamineWorkbook.from_path(source)
    except Exception as exc:  # calamine raises its own error types for damaged files
        raise DataError(
            source,
            f"cannot read this spreadsheet ({exc}): is it really a "
            f"{Path(source).suffix} file? Open it in a spreadsheet program and save it again",
        ) from None
    names = list(book.sheet_names)
    if sheet is None:
        chosen = names[0] if names else None
    else:
        matches = [n for n in names if n == sheet] or [
            n for n in names if n.casefold() == sheet.casefold()
        ]
        if not matches:
            raise DataError(source, f"no sheet named {sheet!r} (sheets are {_listed(names)})")
        chosen = matches[0]
    if chosen is None:
        raise DataError(source, "the spreadsheet has no sheets")
    try:
        return book.get_sheet_by_name(chosen).to_python(skip_empty_area=False)
    except Exception as exc:
        raise DataError(source, f"cannot read sheet {chosen!r}: {exc}") from None


class _GridReader(_Reader):
    """A table given as rows of cells (a spreadsheet's sheet)."""

    def __init__(self, source: str, grid: list[list]) -> None:
        super().__init__(source)
        rows = [
            (n, row)
            for n, row in enumerate(grid, start=1)
            if any(not is_missing(_cell_text(c)) for c in row)
        ]
        if not rows:
            raise DataError(source, "the sheet has no data rows (it is empty)")
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
            raise DataError(source, "the sheet has a header but no data rows")

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
