"""Text tables: the dialect (delimiter, quotes, decimal mark) sniffed from a sample, the
columns read by pandas' C parser a chunk at a time, each row's line number kept."""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass

import numpy as np

from gdviz.core.i18n import translate
from gdviz.core.io.cells import MISSING, decimal_text, is_number, unquote
from gdviz.core.io.files import FileProblem, LineTooLong, check_text_file, vanished
from gdviz.core.io.table_reader import (
    CHUNK_ROWS,
    MAX_FILE_BYTES,
    MAX_LINE_BYTES,
    SAMPLE_LINES,
    Cancelled,
    Progress,
    TableReader,
)
from gdviz.core.train.data import DataError


@dataclass(frozen=True)
class _Dialect:
    delimiter: str | None  # None: runs of whitespace
    quote: str
    decimal: str


class TextReader(TableReader):
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
                translate(
                    "table_text",
                    "the file has no data rows (it is empty); expected lines like '3,1' "
                    "(hours, label)",
                ),
            )
        self.dialect = _sniff([line for _, line in self._lines[:SAMPLE_LINES]])
        first_line, first = self._lines[0]
        cells = self._split(first)
        self.has_header = all(not is_number(decimal_text(c)) for c in cells)
        self.header_line = first_line if self.has_header else 0
        if self.has_header:
            self.names = [unquote(c) or f"column {i + 1}" for i, c in enumerate(cells)]
        else:
            self.names = [str(i + 1) for i in range(len(cells))]
        if self.has_header and len(self._lines) == 1 and info.sample_is_all:
            raise DataError(
                source, translate("table_text", "the file has a header but no data rows")
            )

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
            cells.append(unquote(row[index]) if index < len(row) else "")
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
                self.source,
                translate(
                    "table_text", "not UTF-8 text (is it a spreadsheet? save it as CSV UTF-8)"
                ),
            ) from None
        except OSError as exc:  # deleted, moved or made unreadable since it was checked
            raise DataError(self.source, vanished(exc)) from None
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
        return DataError(
            self.source,
            translate("table_text", "cannot read this line: {reason}").format(reason=brief),
            line,
        )


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
        [unquote(c) if isinstance(c, str) else c for c in column.tolist()], dtype=object
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
