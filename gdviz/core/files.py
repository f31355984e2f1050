"""Reading the files a user points gdviz at: regular files only, and within a size.

A device (``/dev/zero``), a pipe with no writer or a folder would hang gdviz or
fill its memory; each is refused at once, before anything is read.
"""

from __future__ import annotations

import os
import stat


class FileProblem(Exception):
    """Why a file cannot be read, in words for the user."""


def size_text(n: int) -> str:
    for unit, size in (("GB", 1 << 30), ("MB", 1 << 20), ("kB", 1 << 10)):
        if n >= size:
            return f"{n / size:.1f} {unit}"
    return f"{n} bytes"


def read_file(path: str | os.PathLike[str], max_bytes: int) -> bytes:
    """The bytes of a regular file of at most ``max_bytes``; raises :class:`FileProblem`."""
    try:
        info = os.stat(path)
    except OSError as exc:
        raise FileProblem(f"cannot read the file: {exc.strerror or exc}") from None
    if stat.S_ISDIR(info.st_mode):
        raise FileProblem("this is a folder, not a file")
    if not stat.S_ISREG(info.st_mode):
        raise FileProblem(
            "this is not a regular file (it is a device, a pipe or a socket); "
            "gdviz reads files saved on disk"
        )
    if info.st_size > max_bytes:
        raise FileProblem(
            f"the file is {size_text(info.st_size)}, more than the "
            f"{size_text(max_bytes)} gdviz reads"
        )
    try:
        # O_NONBLOCK: should the path have become a pipe since stat(), opening it must
        # not wait for a writer.
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise FileProblem("this is not a regular file")
            data = handle.read(max_bytes + 1)
    except OSError as exc:
        raise FileProblem(f"cannot read the file: {exc.strerror or exc}") from None
    if len(data) > max_bytes:
        raise FileProblem(f"the file is larger than the {size_text(max_bytes)} gdviz reads")
    return data
