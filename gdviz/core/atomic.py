"""Atomic file writes: a failed save never damages the file already there."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO


def atomic_write_bytes(path: str | os.PathLike[str], data: bytes) -> None:
    """Write ``data`` to ``path`` via a temporary file in the same folder, then replace.

    A failure at any point (disk full, read-only folder, a crash mid-write)
    leaves any previous file at ``path`` as it was and no temporary file behind.
    """
    atomic_write(path, lambda handle: handle.write(data))


def atomic_write(path: str | os.PathLike[str], write: Callable[[BinaryIO], object]) -> None:
    """Like :func:`atomic_write_bytes`, with ``write(handle)`` writing the content in parts."""
    pending = PendingFile(path)
    try:
        with open(pending.path, "wb") as handle:
            write(handle)
        pending.commit()
    except BaseException:
        pending.discard()
        raise


class PendingFile:
    """A temporary file beside ``target`` (``path``) for a writer that needs a file name:
    :meth:`commit` makes it ``target`` in one step (synced, with the permissions a saved
    file should have); :meth:`discard` removes it. Until then ``target`` is untouched."""

    def __init__(self, target: str | os.PathLike[str], suffix: str = ".tmp") -> None:
        self.target = Path(target)
        fd, name = tempfile.mkstemp(
            prefix=f".{self.target.name}.", suffix=suffix, dir=self.target.parent
        )
        os.close(fd)
        self.path = Path(name)

    def commit(self) -> None:
        fd = os.open(self.path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.chmod(self.path, file_mode(self.target))  # mkstemp makes 0600
        os.replace(self.path, self.target)

    def discard(self) -> None:
        try:
            self.path.unlink()
        except FileNotFoundError:
            pass


def file_mode(target: Path) -> int:
    """The permissions a file written to ``target`` should get: the old file's, or what
    the umask gives a new one (a temporary file from mkstemp has 0600)."""
    try:
        return target.stat().st_mode & 0o777  # keep the old file's permissions
    except OSError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask


def atomic_write_text(path: str | os.PathLike[str], text: str) -> None:
    """:func:`atomic_write_bytes` for UTF-8 text with ``\\n`` line ends."""
    atomic_write_bytes(path, text.encode("utf-8"))
