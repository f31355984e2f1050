"""File ▸ Recent files: the sessions and data files last opened or saved, newest first,
remembered between launches (the settings file, written at once when the list changes);
a damaged stored list is ignored."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from gdviz.core.i18n import translate
from gdviz.ui.controllers.settings_store import RECENT_KEY, Store

KEY = RECENT_KEY
MAX_FILES = 10
MAX_PATH = 4096


class RecentFiles(QObject):
    """The list, owned here; ``changed`` when it changes."""

    changed = Signal()

    def __init__(self, store: Store | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._store = store
        self._paths: list[str] = self._read()

    @property
    def paths(self) -> list[str]:
        return list(self._paths)

    def add(self, path: str | os.PathLike[str]) -> None:
        """Put ``path`` first (made absolute); the oldest beyond MAX_FILES drop off."""
        text = os.path.abspath(os.fspath(path))
        if len(text) > MAX_PATH:
            return
        paths = [text] + [p for p in self._paths if p != text]
        self._set(paths[:MAX_FILES])

    def remove(self, path: str) -> None:
        self._set([p for p in self._paths if p != path])

    def clear(self) -> None:
        self._set([])

    def _set(self, paths: list[str]) -> None:
        if paths == self._paths:
            return
        self._paths = paths
        if self._store is not None:
            self._store.setValue(KEY, list(paths))
            self._store.sync()  # a settings file become a device since is refused, said once
        self.changed.emit()

    def _read(self) -> list[str]:
        if self._store is None:
            return []
        try:
            stored = self._store.value(KEY, [])
        except Exception:  # a value QSettings itself cannot decode
            return []
        if isinstance(stored, str):  # QSettings gives one item back as a plain string
            stored = [stored]
        if not isinstance(stored, list):
            return []
        paths: list[str] = []
        for item in stored:
            if isinstance(item, str) and 0 < len(item) <= MAX_PATH and "\0" not in item:
                if item not in paths and Path(item).is_absolute():
                    paths.append(item)
                    if len(paths) == MAX_FILES:
                        break
        if paths != stored:  # damaged or too long: keep only what is used
            self._store.setValue(KEY, list(paths))
        return paths


def menu_text(index: int, path: str) -> str:
    """``&1 lesson.gdviz.json — /home/ann/runs``: a numbered entry, the name first."""
    p = Path(path)
    name = p.name.replace("&", "&&")
    return f"&{index + 1} {name} — {str(p.parent).replace('&', '&&')}"


def fill_menu(
    menu: QMenu, recent: RecentFiles, clear: QAction, open_path: Callable[[str], object]
) -> None:
    """``menu`` lists ``recent`` (choosing one calls ``open_path``), then ``clear``."""
    menu.clear()
    paths = recent.paths
    for i, path in enumerate(paths):
        act = menu.addAction(menu_text(i, path))
        act.setToolTip(path)
        act.triggered.connect(lambda _=False, p=path: open_path(p))
    if not paths:
        menu.addAction(translate("recent_files", "No files yet")).setEnabled(False)
    menu.addSeparator()
    menu.addAction(clear)
    clear.setEnabled(bool(paths))
