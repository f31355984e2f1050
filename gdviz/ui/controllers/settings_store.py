"""Remembering the window between launches (QSettings): its size, the next run's settings
and the view. Every value is checked on the way in; a damaged or foreign one is ignored
(the lesson's default stays) and overwritten on exit.

The file itself is checked before Qt reads it, as data files are (:func:`open_store`):
a pipe would hang the start, a device would be replaced by an ini file on exit, and a
huge file would stall every launch. Such a file is neither read nor written, and the
window says so once."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, QStandardPaths
from PySide6.QtWidgets import QWidget

from gdviz.core.io.atomic import NotAFileTarget, write_target
from gdviz.core.io.files import size_text
from gdviz.core.run.settings import EPOCHS_MAX, SETTINGS, RunSettings
from gdviz.ui.models import SPEED_STEPS, SettingsModel, ViewModel

MAX_BYTES = 4 << 20  # a settings file is a few kB; beyond this it is not gdviz's
RECENT_KEY = "recent/files"  # File ▸ Recent files (gdviz.ui.controllers.recent_files)


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


def open_store(path: str | os.PathLike[str] | None = None) -> tuple[QSettings | None, str]:
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
    return QSettings(str(target), QSettings.Format.IniFormat), note


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


def may_write(store: QSettings) -> bool:
    """True if ``store``'s file may be written now (it, and its lock file, are still
    regular files, or none); otherwise says so once on stderr."""
    problem = _unsafe(Path(store.fileName()))
    if problem:
        sys.stderr.write(f"gdviz: note: settings not saved: {problem}\n")
        return False
    return True


def read_settings(store: QSettings) -> RunSettings:
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


def restore(window: QWidget, store: QSettings, settings: SettingsModel, view: ViewModel) -> None:
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


def _flag(store: QSettings, key: str, default: bool) -> bool:
    try:
        text = str(store.value(key, default)).strip().lower()
    except Exception:  # a value QSettings itself cannot decode
        return default
    return {"true": True, "false": False}.get(text, default)


def save(
    window: QWidget,
    store: QSettings,
    settings: SettingsModel,
    view: ViewModel,
    recent: list[str] | None = None,
) -> None:
    """Write what the window remembers, and only that: keys that are not gdviz's (a
    damaged or foreign file) go, so the file stays a few kB."""
    if not may_write(store):
        return
    s = settings.value
    store.clear()
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
