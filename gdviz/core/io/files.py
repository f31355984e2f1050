"""Reading the files a user points gdviz at: regular files only, and within a size.

A device (``/dev/zero``), a pipe with no writer or a folder would hang gdviz or
fill its memory; each is refused at once, before anything is read.
"""

from __future__ import annotations

import codecs
import os
import stat
from dataclasses import dataclass

import numpy as np

from gdviz.core.i18n import number, translate


class FileProblem(Exception):
    """Why a file cannot be read, in words for the user."""


def size_text(n: int) -> str:
    for unit, size in (("GB", 1 << 30), ("MB", 1 << 20), ("kB", 1 << 10)):
        if n >= size:
            return f"{number(n / size, '.1f')} {unit}"
    return translate("files", "{n} bytes").format(n=n)


BLOCK = 16 << 20  # bytes read at a time


def vanished(exc: OSError) -> str:
    """What went wrong with a file that was fine a moment ago, in plain words."""
    if isinstance(exc, FileNotFoundError):
        return translate(
            "files",
            "the file is gone: it was deleted or moved while gdviz read it (open it again)",
        )
    if isinstance(exc, PermissionError):
        return translate(
            "files",
            "gdviz may no longer read the file (its permissions changed while it was read)",
        )
    return translate("files", "cannot read the file: {reason}").format(reason=exc.strerror or exc)


class LineTooLong(FileProblem):
    """A line longer than gdviz reads; ``line`` is its 1-based number."""

    def __init__(self, line: int, max_line: int) -> None:
        self.line = line
        super().__init__(
            translate(
                "files",
                "this line is longer than {size}: not a table of "
                "numbers gdviz can read (is it the right file?)",
            ).format(size=size_text(max_line))
        )


def check_regular_file(path: str | os.PathLike[str], max_bytes: int) -> os.stat_result:
    """The file's stat, once it is known to be a regular file of at most ``max_bytes``
    (a folder, device, pipe or socket, or a bigger file, raises :class:`FileProblem`)."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise FileProblem(
            translate("files", "cannot read the file: {reason}").format(reason=exc.strerror or exc)
        ) from None
    if stat.S_ISDIR(info.st_mode):
        raise FileProblem(translate("files", "this is a folder, not a file"))
    if not stat.S_ISREG(info.st_mode):
        raise FileProblem(
            translate(
                "files",
                "this is not a regular file (it is a device, a pipe or a socket); "
                "gdviz reads files saved on disk",
            )
        )
    if info.st_size > max_bytes:
        raise FileProblem(
            translate("files", "the file is {size}, more than the {limit} gdviz reads").format(
                size=size_text(info.st_size), limit=size_text(max_bytes)
            )
        )
    return info


def read_file(path: str | os.PathLike[str], max_bytes: int, max_line: int | None = None) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``; raises :class:`FileProblem`.

    With ``max_line``, a line (ended by LF, CR or CRLF) longer than that many bytes is
    refused as soon as it is seen, with its number (:class:`LineTooLong`).
    """
    check_regular_file(path, max_bytes)
    try:
        # O_NONBLOCK: should the path have become a pipe since stat(), opening it must
        # not wait for a writer.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise FileProblem(translate("files", "this is not a regular file"))
            blocks, total, lines = [], 0, _LineCheck(max_line)
            while total <= max_bytes:
                block = handle.read(BLOCK)
                if not block:
                    break
                lines.feed(block)
                blocks.append(block)
                total += len(block)
            data = b"".join(blocks)
    except OSError as exc:
        raise FileProblem(
            translate("files", "cannot read the file: {reason}").format(reason=exc.strerror or exc)
        ) from None
    if len(data) > max_bytes:
        raise FileProblem(
            translate("files", "the file is larger than the {limit} gdviz reads").format(
                limit=size_text(max_bytes)
            )
        )
    return data


class _LineCheck:
    """Follows line lengths across blocks; raises LineTooLong at the first long line."""

    def __init__(self, max_line: int | None) -> None:
        self.max_line = max_line
        self.run = 0  # bytes since the last line end
        self.line = 1

    def feed(self, block: bytes) -> None:
        if self.max_line is None:
            return
        codes = np.frombuffer(block, dtype=np.uint8)
        ends = np.flatnonzero((codes == 10) | (codes == 13))
        starts = np.concatenate(([-1 - self.run], ends))
        lengths = np.diff(np.concatenate((starts, [len(codes)]))) - 1
        long = np.flatnonzero(lengths > self.max_line)
        if long.size:
            # Lines before it: count LF and lone CR as line ends (a CRLF counts once).
            before = ends[: long[0]]
            crlf = np.count_nonzero(
                (codes[before] == 10) & (before > 0) & (codes[np.maximum(before - 1, 0)] == 13)
            )
            raise LineTooLong(int(self.line + len(before) - crlf), self.max_line)
        self.line += len(ends) - int(
            np.count_nonzero(
                (codes[ends] == 10) & (ends > 0) & (codes[np.maximum(ends - 1, 0)] == 13)
            )
        )
        self.run = int(lengths[-1])


@dataclass(frozen=True)
class TextInfo:
    """What a text file check learned: its size, and its first part as text."""

    size: int
    sample: str
    sample_is_all: bool


SAMPLE_BYTES = 256 << 10


class BadText(FileProblem):
    """Not UTF-8 text, or holding a NUL byte; ``line`` says where."""

    def __init__(self, message: str, line: int) -> None:
        self.line = line
        super().__init__(message)


def check_text_file(path: str | os.PathLike[str], max_bytes: int, max_line: int) -> TextInfo:
    """Check, in one pass of a few milliseconds per 16 MB, that ``path`` is a regular text
    file gdviz can read: within ``max_bytes``, UTF-8, no NUL byte, no line longer than
    ``max_line``. Raises :class:`FileProblem` (:class:`LineTooLong`, :class:`BadText`)."""
    info = check_regular_file(path, max_bytes)
    lines = _LineCheck(max_line)
    decoder = codecs.getincrementaldecoder("utf-8-sig")()
    sample: list[str] = []
    sampled = 0
    line_base = 1
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            while True:
                block = handle.read(BLOCK)
                if not block:
                    break
                lines.feed(block)
                nul = block.find(b"\x00")
                if nul >= 0:
                    raise BadText(
                        translate("files", "contains a NUL byte: this is not a text file"),
                        line_base + block.count(b"\n", 0, nul),
                    )
                try:
                    text = decoder.decode(block)
                except UnicodeDecodeError as exc:
                    where = line_base + block.count(b"\n", 0, max(0, exc.start))
                    raise BadText(
                        translate(
                            "files", "not UTF-8 text (is it a spreadsheet? save it as CSV UTF-8)"
                        ),
                        where,
                    ) from None
                if sampled < SAMPLE_BYTES:
                    sample.append(text[: SAMPLE_BYTES - sampled])
                    sampled += len(sample[-1])
                line_base += block.count(b"\n")
            decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        raise BadText(
            translate("files", "not UTF-8 text: it ends in the middle of a character"), line_base
        ) from None
    except OSError as exc:
        raise FileProblem(
            translate("files", "cannot read the file: {reason}").format(reason=exc.strerror or exc)
        ) from None
    return TextInfo(info.st_size, "".join(sample), info.st_size <= SAMPLE_BYTES)
