"""Help ▸ Keyboard and mouse: a table made from the window's own actions, shortcuts and
the gestures each view declares, so it always says what the window does."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMessageBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gdviz import __version__
from gdviz.core.i18n import translate
from gdviz.ui.views.view_keys import EVERYWHERE, Keys

NATIVE = QKeySequence.SequenceFormat.NativeText
KEYS_COLUMN_MAX = 220  # pixels: the Where and Keys columns wrap beyond this


@dataclass(frozen=True)
class HelpRow:
    where: str  # a menu, a view, or "Window"
    keys: str  # keys or a mouse gesture
    what: str


def keyboard_rows(
    acts: Iterable[QAction], shortcuts: Sequence[QShortcut], window: Sequence[tuple[str, str]] = ()
) -> list[HelpRow]:
    """A row per action with keys (menu text and its tip), per described shortcut, and
    per key the window handles itself (``window``: (keys, what))."""
    rows = []
    for act in acts:
        keys = ", ".join(k.toString(NATIVE) for k in act.shortcuts())
        if not keys:
            continue
        name = act.text().replace("&", "").removesuffix("…")
        tip = act.statusTip()
        rows.append(HelpRow(_menu_of(act), keys, f"{name}: {tip}" if tip else name))
    for shortcut in shortcuts:
        keys = shortcut.key().toString(NATIVE)
        what = shortcut.whatsThis()
        if keys and what:
            where, _, text = what.partition(": ") if ": " in what else (_window(), "", what)
            rows.append(HelpRow(where, keys, text))
    rows += [HelpRow(_window(), keys, what) for keys, what in window]
    return rows


def view_key_rows(
    views: Sequence[tuple[str, QWidget]], everywhere: Keys = EVERYWHERE
) -> list[HelpRow]:
    """A row per key each view declares (its class's KEYS: the keyboard's way to its
    GESTURES), after the keys every window, tab and dialog shares."""
    rows = [HelpRow(_window(), _key(keys), _key(what)) for keys, what in everywhere]
    rows += [
        HelpRow(name, _key(keys), _key(what))
        for name, view in views
        for keys, what in getattr(view, "KEYS", ())
    ]
    return rows


def _key(text: str) -> str:
    return translate("view_keys", text)


def _menu_of(act: QAction) -> str:
    for widget in act.associatedObjects():
        title = getattr(widget, "title", None)
        if callable(title) and title():
            return title().replace("&", "")
    return _window()


def _window() -> str:
    return translate("help", "Window")


def mouse_rows(
    views: Sequence[tuple[str, QWidget]], window: Sequence[tuple[str, str]]
) -> list[HelpRow]:
    """A row per gesture each view declares (its class's GESTURES, translated in the
    context of the module that declares them), then the window's."""
    rows = [
        HelpRow(name, _declared(view, gesture), _declared(view, what))
        for name, view in views
        for gesture, what in getattr(view, "GESTURES", ())
    ]
    rows += [HelpRow(_window(), gesture, what) for gesture, what in window]
    return rows


def _declared(view: QWidget, text: str) -> str:
    """``text`` of a view's GESTURES, translated: a class's GESTURES may hold its base's,
    so each declaring module's context is tried, the view's own first."""
    for cls in type(view).__mro__:
        if "GESTURES" in cls.__dict__:
            shown = translate(cls.__module__.rsplit(".", 1)[-1], text)
            if shown != text:
                return shown
    return text


class KeysDialog(QDialog):
    """The two tables, keyboard then mouse."""

    def __init__(self, keys: list[HelpRow], mouse: list[HelpRow], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("keysDialog")
        self.setWindowTitle(translate("help", "gdviz: keyboard and mouse"))
        self.table = QTableWidget(0, 3, self)
        self.table.setObjectName("keysTable")
        self.table.setHorizontalHeaderLabels(
            [
                translate("help", "Where"),
                translate("help", "Keys or gesture"),
                translate("help", "What it does"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        for title, rows in (
            (translate("help", "Keyboard"), keys),
            (translate("help", "Mouse"), mouse),
        ):
            self._section(title)
            for row in rows:
                self._row(row.where, row.keys, row.what[:1].upper() + row.what[1:])
        header = self.table.horizontalHeader()
        # The first two columns as wide as their text, but at most a fifth of the table
        # each (a long gesture wraps): the descriptions keep the room, unelided.
        self.table.setTextElideMode(Qt.TextElideMode.ElideNone)
        for column in (0, 1):
            self.table.resizeColumnToContents(column)
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Interactive)
            header.resizeSection(column, min(header.sectionSize(column), KEYS_COLUMN_MAX))
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        # Rows fit their wrapped text once the columns have their widths.
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(900, 640)

    def _section(self, title: str) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        item = QTableWidgetItem(title)
        font = item.font()
        font.setBold(True)
        item.setFont(font)
        self.table.setItem(r, 0, item)
        self.table.setSpan(r, 0, 1, 3)

    def _row(self, *cells: str) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        for c, text in enumerate(cells):
            self.table.setItem(r, c, QTableWidgetItem(text))

    def rows(self) -> list[tuple[str, ...]]:
        """The table's text, row by row (section titles as one-cell rows)."""
        out = []
        for r in range(self.table.rowCount()):
            cells = [self.table.item(r, c) for c in range(3)]
            out.append(tuple(c.text() for c in cells if c is not None))
        return out


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        translate("help", "About gdviz"),
        translate(
            "help",
            "<b>gdviz {version}</b><p>Watch gradient descent train "
            "p = σ(w·x + b), one epoch or one row at a time.</p>",
        ).format(version=__version__),
    )
