"""Remembering the window between launches: its size, the next run's settings, the view
and the recent files. Every value is checked on the way in; a damaged or foreign one is
ignored (the lesson's default stays) and overwritten on exit.

The file is Qt's INI format (what QSettings reads and writes), but Qt never writes it in
place: :class:`SettingsFile` reads it once, keeps the values in memory and writes them
with :meth:`SettingsFile.sync` only, into a temporary file that replaces the old one in
one step, after checking again that the target is a regular file. So a device, a pipe
or a folder put where the settings file was (or a link to one) is never replaced, even
while the window runs. The file is checked before it is read too, as data files are
(:func:`open_store`): a pipe would hang the start, a huge file would stall every launch.
Such a file is neither read nor written, and gdviz says so once."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths
from PySide6.QtWidgets import QWidget

from gdviz.core.io.atomic import NotAFileTarget, PendingFile, write_target
from gdviz.core.io.files import size_text
from gdviz.core.run.settings import EPOCHS_MAX, SETTINGS, RunSettings
from gdviz.ui import language, theme
from gdviz.ui.models import SPEED_STEPS, SettingsModel, ViewModel
from gdviz.ui.remembered import remembered

MAX_BYTES = 4 << 20  # a settings file is a few kB; beyond this it is not gdviz's
RECENT_KEY = "recent/files"  # File ▸ Recent files (gdviz.ui.controllers.recent_files)
# Written when chosen in the menu, not on exit: View ▸ Language, View ▸ Theme, and
# the values each may take.
KEPT_KEYS = {language.SETTING: language.CHOICES, theme.SETTING: tuple(theme.THEMES)}


def _whole(text: object, low: int, high: int) -> int | None:
    try:
        value = int(str(text).strip())
    except (TypeError, ValueError, OverflowError):
        return None
    return value if low <= value <= high else None


def _key(name: str) -> str:
    return f"run/{name}"


def settings_path() -> Path:
    """Where gdviz keeps its settings: ``~/.config/gdviz/gdviz.conf`` on Linux (the
    folder QSettings uses for the organisation and application "gdviz")."""
    config = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericConfigLocation)
    return Path(config) / "gdviz" / "gdviz.conf"


class SettingsFile:
    """The settings in memory, with the part of QSettings' interface gdviz uses; written
    only by :meth:`sync` (see the module's docstring)."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        self._path = Path(path)
        self._values: dict[str, object] = {}
        self._dirty = False
        self._refused = False
        target = write_target(self._path)
        if target.exists():
            reader = QSettings(str(target), QSettings.Format.IniFormat)
            for key in reader.allKeys():
                try:
                    self._values[key] = reader.value(key)
                except Exception:  # a value Qt itself cannot decode: dropped
                    self._dirty = True

    def fileName(self) -> str:  # noqa: N802 (QSettings' name)
        return str(self._path)

    def value(self, key: str, default: object = None) -> object:
        return self._values.get(key, default)

    def setValue(self, key: str, value: object) -> None:  # noqa: N802 (QSettings' name)
        if self._values.get(key, self) != value:
            self._values[key] = value
            self._dirty = True

    def remove(self, key: str) -> None:
        gone = [k for k in self._values if k == key or k.startswith(key + "/")]
        for k in gone:
            del self._values[k]
        self._dirty = self._dirty or bool(gone)

    def clear(self) -> None:
        self._dirty = self._dirty or bool(self._values)
        self._values.clear()

    def allKeys(self) -> list[str]:  # noqa: N802 (QSettings' name)
        return list(self._values)

    def sync(self) -> None:
        """Write the values, if any changed, through a temporary file beside the target,
        once the target is known to be a regular file (or none yet); otherwise say once
        why nothing is remembered."""
        if not self._dirty or self._refused:
            return
        problem = _unsafe(self._path)
        if not problem:
            try:
                self._write()
                self._dirty = False
                return
            except OSError as exc:
                problem = f"the settings file {self._path} cannot be written: {exc.strerror or exc}"
        self._refused = True  # said once; nothing more is tried this time
        sys.stderr.write(f"gdviz: note: settings not saved: {problem}\n")

    def _write(self) -> None:
        write_target(self._path).parent.mkdir(parents=True, exist_ok=True)  # as Qt would
        pending = PendingFile(self._path, ".conf")
        try:
            writer = QSettings(str(pending.path), QSettings.Format.IniFormat)
            for key, value in self._values.items():
                writer.setValue(key, value)
            writer.sync()
            status = writer.status()
            del writer
            if status != QSettings.Status.NoError:
                raise OSError(f"Qt could not write the settings ({status.name})")
            pending.commit()
        except BaseException:
            pending.discard()
            raise


Store = QSettings | SettingsFile


def open_store(path: str | os.PathLike[str] | None = None) -> tuple[SettingsFile | None, str]:
    """The settings file as a QSettings, once it is known to be safe to read and write:
    a regular file (or a link to one) of at most MAX_BYTES, or no file yet, in a folder,
    with no pipe, device or folder where Qt puts its lock file. Otherwise ``(None,
    note)``: nothing is read or remembered this time, and ``note`` says why. An oversized
    file is kept beside, renamed, and a fresh one begun."""
    path = Path(path) if path is not None else settings_path()
    problem = _unsafe(path)
    if problem:
        return None, f"{problem}: settings are not read or remembered this time"
    target = write_target(path)
    try:
        size = os.stat(target).st_size
    except OSError:
        size = 0
    note = ""
    if size > MAX_BYTES:
        aside = target.with_name(target.name + ".too-big")
        try:
            write_target(aside)  # never renamed over a pipe, a device or a folder
            os.replace(target, aside)
        except OSError as exc:
            return None, (
                f"the settings file {path} is {size_text(size)} (a settings file is a few kB) "
                f"and cannot be set aside ({exc.strerror or exc}): settings are not read "
                "or remembered this time"
            )
        note = (
            f"the settings file {path} was {size_text(size)} (a settings file is a few kB): "
            f"it is kept as {aside.name}, and gdviz starts with fresh settings"
        )
    return SettingsFile(path), note


def _unsafe(path: Path) -> str:
    """Why reading or writing the settings file at ``path`` could hang gdviz or replace
    what is not a file ("": it cannot)."""
    folder = path.parent
    if folder.exists() and not folder.is_dir():
        return f"the settings folder {folder} is not a folder"
    try:
        target = write_target(path)
    except NotAFileTarget as exc:
        what = str(exc.strerror).split(", not a regular file")[0]
        return f"the settings file {path} is {what}, not a regular file"
    # Qt locks the file while it writes with a file beside it; a pipe there would stop
    # the window on every quit.
    lock = target.with_name(target.name + ".lock")
    try:
        write_target(lock)
    except NotAFileTarget as exc:
        what = str(exc.strerror).split(", not a regular file")[0]
        return f"Qt's lock file for the settings, {lock}, is {what}, not a regular file"
    return ""


def may_write(store: Store) -> bool:
    """True if ``store``'s file may be written now (it, and its lock file, are still
    regular files, or none); otherwise says so once on stderr."""
    problem = _unsafe(Path(store.fileName()))
    if problem:
        sys.stderr.write(f"gdviz: note: settings not saved: {problem}\n")
        return False
    return True


def read_settings(store: Store) -> RunSettings:
    """The next run's settings as stored, each unreadable field at the lesson's default
    (every value is checked as its declaration says: :data:`SETTINGS`)."""
    values = {}
    for name, s in SETTINGS.items():
        try:
            stored = store.value(_key(name))
        except Exception:  # a value QSettings itself cannot decode
            stored = None
        if stored is None:
            continue
        try:
            value = s.parse(str(stored))
        except ValueError:
            continue  # damaged or foreign: the default stays, and is written on exit
        if name == "epochs" and not 1 <= value <= EPOCHS_MAX:
            continue  # the window's runs have 1 to EPOCHS_MAX epochs
        values[name] = value
    return RunSettings(**values)


def restore(window: QWidget, store: Store, settings: SettingsModel, view: ViewModel) -> None:
    """Apply what ``store`` remembers to the window, the settings and the view."""
    try:
        geometry = store.value("window/geometry")
    except Exception:
        geometry = None
    if isinstance(geometry, QByteArray | bytes):
        window.restoreGeometry(QByteArray(geometry))
    settings.set(read_settings(store))
    speed = _whole(store.value("view/speed", store.value("run/speed")), 0, SPEED_STEPS)
    if speed is not None:
        view.set_speed(speed)
    view.set_log_scale(_flag(store, "view/log_loss", False))
    view.set_side_panel(_flag(store, "view/side_panel", True))
    view.set_presentation(_flag(store, "view/presentation", False))


def _flag(store: Store, key: str, default: bool) -> bool:
    try:
        text = str(store.value(key, default)).strip().lower()
    except Exception:  # a value QSettings itself cannot decode
        return default
    return {"true": True, "false": False}.get(text, default)


def save(
    window: QWidget,
    store: Store,
    settings: SettingsModel,
    view: ViewModel,
    recent: list[str] | None = None,
) -> None:
    """Write what the window remembers, and only that: keys that are not gdviz's (a
    damaged or foreign file) go, so the file stays a few kB."""
    if isinstance(store, QSettings) and not may_write(store):
        return  # (a SettingsFile checks, and says so, when it syncs)
    s = settings.value
    kept = {key: remembered(store, key, allowed) for key, allowed in KEPT_KEYS.items()}
    store.clear()
    for key, value in kept.items():  # a damaged or foreign value goes
        if value is not None:
            store.setValue(key, value)
    if recent:
        store.setValue(RECENT_KEY, list(recent))
    store.setValue("window/geometry", window.saveGeometry())
    for name, declared in SETTINGS.items():
        value = getattr(s, name)
        if value is None:  # eps: the optimiser's own
            store.remove(_key(name))
        else:
            store.setValue(_key(name), declared.text(value))
    store.setValue("view/speed", view.speed)
    for key, on in (
        ("view/log_loss", view.log_scale),
        ("view/side_panel", view.side_panel),
        ("view/presentation", view.presentation),
    ):
        store.setValue(key, "true" if on else "false")
    store.sync()
