"""Writing files safely: a failed save never damages the file already there, and gdviz
never replaces what is not a regular file.

Every file gdviz writes goes through :class:`PendingFile`: the content is written to a
hidden temporary file beside the target and renamed over it only when complete. The
target is checked first (:func:`write_target`): a symbolic link is written *through*
(the file it points to is replaced, the link stays), and a folder, a named pipe, a
socket or a device is refused with :class:`NotAFileTarget` before anything is written.
Run as root, a rename over ``/dev/full`` would otherwise turn the device into a file.
:class:`FileSet` writes several files all or nothing (``gdviz export --out``).
"""

from __future__ import annotations

import errno
import os
import stat
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import BinaryIO

from gdviz.core.i18n import translate

__all__ = [
    "FileSet",
    "NotAFileTarget",
    "PendingFile",
    "atomic_write",
    "atomic_write_bytes",
    "atomic_write_text",
    "check_distinct",
    "file_mode",
    "write_target",
]


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return translate("atomic", "a folder")
    if stat.S_ISFIFO(mode):
        return translate("atomic", "a named pipe (FIFO)")
    if stat.S_ISSOCK(mode):
        return translate("atomic", "a socket")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return translate("atomic", "a device")
    if stat.S_ISREG(mode):
        return translate("atomic", "a regular file")
    return translate("atomic", "something other than a file")


class NotAFileTarget(OSError):
    """A path gdviz will not write over: a folder, pipe, socket or device (or a link to
    one). ``strerror`` says what it is, in words for the user; ``str()`` adds the path."""

    def __init__(self, path: str | os.PathLike[str], what: str, via: Path | None = None) -> None:
        if via is not None:
            what = translate("atomic", "a link to {target}, which is {what}").format(
                target=via, what=what
            )
        super().__init__(
            errno.EEXIST,
            translate(
                "atomic",
                "{what}, not a regular file: gdviz never writes over one (choose a file name)",
            ).format(what=what),
            os.fspath(path),
        )

    def __str__(self) -> str:
        return f"{self.filename}: {self.strerror}"


def write_target(path: str | os.PathLike[str]) -> Path:
    """Where writing ``path`` lands: ``path`` itself, or the file a symbolic link (or a
    chain of them) points to. Raises :class:`NotAFileTarget` if that is not a regular file
    (a file that does not exist yet is fine: it will be made)."""
    given = Path(path)
    try:
        real = Path(os.path.realpath(given, strict=True))
    except FileNotFoundError:  # nothing there yet (or a link to nothing): made there
        real = Path(os.path.realpath(given))
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise NotAFileTarget(path, translate("atomic", "a loop of links")) from None
        if exc.errno == errno.ENOTDIR:
            raise NotAFileTarget(
                path, translate("atomic", "a path through a file, as if it were a folder")
            ) from None
        return given  # e.g. a folder we may not enter: the write itself says why
    try:
        info = os.lstat(real)
    except FileNotFoundError:
        return real
    except OSError:
        return real
    if stat.S_ISREG(info.st_mode):
        return real
    via = real if real != Path(os.path.abspath(given)) else None
    raise NotAFileTarget(path, _kind(info.st_mode), via)


def check_distinct(paths: Iterable[tuple[str, str | os.PathLike[str]]]) -> None:
    """Refuse two outputs that land on one file: ``paths`` are (what, path) pairs, e.g.
    ``("--script", "a.gif")``. Raises ValueError naming both."""
    seen: dict[Path, str] = {}
    for what, path in paths:
        real = Path(os.path.realpath(path))
        if real in seen:
            raise ValueError(
                f"{seen[real]} and {what} name the same file {os.fspath(path)}: "
                "give each its own name"
            )
        seen[real] = what


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
        pending.fill(write)
        pending.commit()
    except BaseException:
        pending.discard()
        raise


def atomic_write_text(path: str | os.PathLike[str], text: str) -> None:
    """:func:`atomic_write_bytes` for UTF-8 text with ``\\n`` line ends."""
    atomic_write_bytes(path, text.encode("utf-8"))


class PendingFile:
    """A temporary file beside ``target`` (``path``) for a writer that needs a file name:
    :meth:`commit` makes it ``target`` in one step (synced, with the permissions a saved
    file should have); :meth:`discard` removes it. Until then ``target`` is untouched.

    ``target`` is checked on creation (:func:`write_target`: links are written through,
    anything but a regular file is refused) and again just before the rename."""

    def __init__(self, target: str | os.PathLike[str], suffix: str = ".tmp") -> None:
        self.given = Path(target)
        self.target = write_target(target)
        fd, name = tempfile.mkstemp(
            prefix=f".{self.target.name}.", suffix=suffix, dir=self.target.parent
        )
        os.close(fd)
        self.path = Path(name)

    def fill(self, write: Callable[[BinaryIO], object]) -> None:
        """Write the content with ``write(handle)``. An error names the file the user
        asked for, not this temporary one (a full disk says which output it hit)."""
        try:
            with open(self.path, "wb") as handle:
                write(handle)
        except OSError as exc:
            if exc.filename is None or Path(exc.filename) == self.path:
                raise OSError(exc.errno, exc.strerror or str(exc), str(self.given)) from exc
            raise

    def check(self) -> None:
        """Raise :class:`NotAFileTarget` if the target has become something that is not a
        regular file since this file was begun."""
        try:
            info = os.lstat(self.target)
        except OSError:
            return
        if not stat.S_ISREG(info.st_mode):
            raise NotAFileTarget(self.given, _kind(info.st_mode))

    def commit(self) -> None:
        fd = os.open(self.path, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
        os.chmod(self.path, file_mode(self.target))  # mkstemp makes 0600
        self.check()
        os.replace(self.path, self.target)

    def discard(self) -> None:
        try:
            self.path.unlink()
        except FileNotFoundError:
            pass


class FileSet:
    """Several files written all or nothing: each into a :class:`PendingFile`, then, once
    every one is written and every target checked again, renamed into place together.

    ``folder`` is made if missing (and removed again if nothing came of it). Every target
    is checked when added, so a folder named ``loss.png`` is refused before anything is
    written; two names for one file are refused too."""

    def __init__(self, folder: str | os.PathLike[str] | None = None) -> None:
        self.folder = Path(folder) if folder is not None else None
        self._made: list[Path] = []
        self._pending: list[PendingFile] = []
        self._names: list[tuple[str, Path]] = []
        if self.folder is not None:
            check_folder(self.folder)

    def plan(self, *paths: str | os.PathLike[str]) -> None:
        """Check that each of ``paths`` may be written (before any work is done)."""
        for path in paths:
            write_target(self._where(path))
        check_distinct((os.fspath(p), self._where(p)) for p in paths)

    def _where(self, path: str | os.PathLike[str]) -> Path:
        p = Path(path)
        return self.folder / p if self.folder is not None and not p.is_absolute() else p

    def add(self, path: str | os.PathLike[str], write: Callable[[BinaryIO], object]) -> Path:
        """Write one file of the set (into its pending file); returns its final path."""
        pending = self.reserve(path)
        pending.fill(write)
        return pending.given

    def reserve(self, path: str | os.PathLike[str], suffix: str = ".tmp") -> PendingFile:
        """A pending file of the set for a writer that needs a file name (an encoder):
        it fills ``pending.path`` itself; the set moves it in on commit."""
        where = self._where(path)
        if self.folder is not None and not self._made and not self.folder.exists():
            self._made = make_folder(self.folder)
        if any(where == name for _, name in self._names):
            raise ValueError(f"{where} is written twice")
        pending = PendingFile(where, suffix)
        self._pending.append(pending)
        self._names.append((os.fspath(path), where))
        return pending

    def target_of(self, filename: str | os.PathLike[str] | None) -> Path | None:
        """The file of the set that ``filename`` (a temporary file of it, as an encoder's
        error may name it) stands for, or None."""
        if filename is None:
            return None
        for pending, (_, name) in zip(self._pending, self._names, strict=False):
            if Path(filename) in (pending.path, pending.given, pending.target):
                return name
        return None

    def add_bytes(self, path: str | os.PathLike[str], data: bytes) -> Path:
        return self.add(path, lambda handle: handle.write(data))

    @property
    def paths(self) -> list[Path]:
        """The files of the set, in the order they were added."""
        return [name for _, name in self._names]

    def commit(self) -> list[Path]:
        """Check every target again, then rename every file into place."""
        for pending in self._pending:
            pending.check()
        for pending in self._pending:
            pending.commit()
        self._pending = []
        self._made = []
        return self.paths

    def discard(self) -> None:
        """Drop every pending file, and the folders made for them."""
        for pending in self._pending:
            pending.discard()
        self._pending = []
        for folder in reversed(self._made):
            try:
                folder.rmdir()
            except OSError:
                break
        self._made = []

    def __enter__(self) -> FileSet:
        return self

    def __exit__(self, kind, value, traceback) -> None:
        if kind is not None:
            self.discard()


def check_folder(folder: Path) -> None:
    """Refuse ``folder`` (to write files into) if it exists and is not a folder (or a link
    to one), or is a link to nothing."""
    try:
        info = os.stat(folder)
    except FileNotFoundError:
        if folder.is_symlink():
            raise FolderExpected(
                folder, translate("atomic", "a link to a folder that is not there")
            ) from None
        return
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise NotAFileTarget(folder, translate("atomic", "a loop of links")) from None
        return
    if not stat.S_ISDIR(info.st_mode):
        raise FolderExpected(folder, _kind(info.st_mode))


class FolderExpected(OSError):
    """A path to write files into that is something other than a folder."""

    def __init__(self, path: Path, what: str) -> None:
        super().__init__(
            errno.ENOTDIR,
            translate(
                "atomic", "this is {what}, not a folder: name a folder to write the files into"
            ).format(what=what),
            os.fspath(path),
        )

    def __str__(self) -> str:
        return f"{self.filename}: {self.strerror}"


def make_folder(folder: Path) -> list[Path]:
    """Make ``folder`` and any missing parents; returns those made, outermost first."""
    missing = []
    p = folder
    while not p.exists() and p != p.parent:
        missing.append(p)
        p = p.parent
    folder.mkdir(parents=True, exist_ok=True)
    return list(reversed(missing))


def file_mode(target: Path) -> int:
    """The permissions a file written to ``target`` should get: the old file's, or what
    the umask gives a new one (a temporary file from mkstemp has 0600)."""
    try:
        return target.stat().st_mode & 0o777  # keep the old file's permissions
    except OSError:
        umask = os.umask(0o022)
        os.umask(umask)
        return 0o666 & ~umask
