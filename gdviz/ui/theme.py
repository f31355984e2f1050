"""View ▸ Theme: the window light or dark, or (the default) as the system's colour scheme.

The choice is remembered as ``view/theme`` (``system``, ``light`` or ``dark``) when it is
made, and used at once, with no restart: Qt's palette (Fusion's look with a dark palette
on dark), every plot's background, axes, text and legends (:mod:`gdviz.ui.views.plot_ink`),
and the views that paint themselves follow the palette. On ``system`` the window follows
the system's scheme as it changes. Exported and copied images stay white with dark text
whatever the theme (:func:`gdviz.ui.views.images.plot_image`).
"""

from __future__ import annotations

import re

import pyqtgraph as pg
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QMainWindow, QMenu, QStyleFactory, QWidget

from gdviz.core.i18n import QT_TRANSLATE_NOOP, translate
from gdviz.ui.remembered import remembered
from gdviz.ui.views.plot_ink import (
    DARK,
    LIGHT,
    current_ink,
    set_current_ink,
    style_plot,
    text_on_dark,
)
from gdviz.ui.views.plots import PlotPanel

__all__ = ["SETTING", "THEMES", "Theme", "apply", "dark_palette", "saved_choice", "system_is_dark"]

SETTING = "view/theme"
# The choices, in the menu's order, with their menu texts.
THEMES: dict[str, str] = {
    "system": QT_TRANSLATE_NOOP("theme", "As the &system"),
    "light": QT_TRANSLATE_NOOP("theme", "&Light"),
    "dark": QT_TRANSLATE_NOOP("theme", "&Dark"),
}

LIGHT_SHEET, DARK_SHEET = "gdvizLightSheet", "gdvizDarkSheet"
# A text colour in a style sheet ("color: #b00020"), not a background's.
_TEXT_COLOUR = re.compile(r"((?<![-\w])color:\s*)(#[0-9a-fA-F]{3,8})\b")
_native: dict[str, object] = {}  # the application's own style and palette, before any theme


def saved_choice(store: object) -> str:
    """View ▸ Theme as remembered; anything else (damaged, foreign, none) is ``system``."""
    return remembered(store, SETTING, THEMES) or "system"


def system_is_dark() -> bool:
    """True if the system asks for dark colours."""
    return QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark


def dark_palette() -> QPalette:
    """Fusion's dark palette: light text on dark grey, blue selections, readable links
    and disabled texts."""
    p = QPalette()
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    for r, colour in (
        (role.Window, "#353535"), (role.WindowText, "#e6e6e6"), (role.Base, "#262626"),
        (role.AlternateBase, "#303030"), (role.ToolTipBase, "#202020"),
        (role.ToolTipText, "#e6e6e6"), (role.PlaceholderText, "#8c8c8c"),
        (role.Text, "#e6e6e6"), (role.Button, "#3c3c3c"), (role.ButtonText, "#e6e6e6"),
        (role.BrightText, "#ff6b6b"), (role.Light, "#505050"), (role.Midlight, "#444444"),
        (role.Mid, "#2e2e2e"), (role.Dark, "#1e1e1e"), (role.Shadow, "#141414"),
        (role.Highlight, "#2f7fd1"), (role.HighlightedText, "#ffffff"),
        (role.Link, "#6cb4ff"), (role.LinkVisited, "#c39bff"),
    ):  # fmt: skip
        p.setColor(r, QColor(colour))
    for r in (role.WindowText, role.Text, role.ButtonText):
        p.setColor(group.Disabled, r, QColor("#7f7f7f"))
    p.setColor(group.Disabled, role.Highlight, QColor("#505050"))
    return p


def _is_dark(palette: QPalette) -> bool:
    return palette.color(QPalette.ColorRole.Window).lightness() < 128


def apply(dark: bool) -> None:
    """Colour the application dark or light now: the palette, and every plot of every
    window (plots made later start in these colours)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    if not _native:
        _native["style"] = app.style().name()
        _native["palette"] = QPalette(app.palette())
    native = _native["palette"]
    assert isinstance(native, QPalette)
    style, palette = str(_native["style"]), native
    if dark:
        style, palette = "fusion", dark_palette()
    elif _is_dark(native):  # a dark system asked for light: Fusion's light look
        style, palette = "fusion", QStyleFactory.create("Fusion").standardPalette()
    if app.style().name().lower() != style.lower():
        app.setStyle(style)
    if app.palette() != palette:
        app.setPalette(palette)
    _restyle_sheets(app, dark)
    ink = DARK if dark else LIGHT
    if current_ink() is ink and not _plots_differ(ink):
        return
    set_current_ink(ink)
    for top in app.topLevelWidgets():
        for plot in top.findChildren(pg.GraphicsView):
            if isinstance(plot, PlotPanel):
                plot.set_ink(ink)
            else:
                style_plot(plot, ink)


def _restyle_sheets(app: QApplication, dark: bool) -> None:
    """The texts the views colour themselves (a note's brown, a warning's red), light on
    dark; each widget's own style sheet comes back on light. Sheets that paint their own
    background (a metrics cell) are left alone: their text reads on it."""
    for top in app.topLevelWidgets():
        for widget in (top, *top.findChildren(QWidget)):
            sheet = widget.styleSheet()
            if not sheet or "background" in sheet:
                continue
            light = widget.property(LIGHT_SHEET)
            if light is not None and sheet != widget.property(DARK_SHEET):
                light = None  # restyled by its view since: the new sheet is its own
            if not dark:
                # (the same sheet set again is polished with the new palette)
                widget.setStyleSheet(light if light is not None else sheet)
                widget.setProperty(LIGHT_SHEET, None)
            elif light is None:
                lit = _TEXT_COLOUR.sub(_lit, sheet)
                if lit != sheet:
                    widget.setProperty(LIGHT_SHEET, sheet)
                    widget.setProperty(DARK_SHEET, lit)
                widget.setStyleSheet(lit)  # (the same sheet: polished with the new palette)


def _lit(match: re.Match[str]) -> str:
    colour = text_on_dark(QColor(match.group(2)))
    return match.group(0) if colour is None else match.group(1) + colour.name()


def _plots_differ(ink) -> bool:
    app = QApplication.instance()
    assert isinstance(app, QApplication)
    return any(
        plot.property("gdvizInk") not in (None, ink.name)
        for top in app.topLevelWidgets()
        for plot in top.findChildren(pg.GraphicsView)
    )


class Theme(QObject):
    """The window's View ▸ Theme: the submenu, the remembered choice, and the system's
    scheme followed while the choice is ``system``."""

    def __init__(self, window: QMainWindow, store: object | None) -> None:
        super().__init__(window)
        self._store = store
        self.choice = saved_choice(store) if store is not None else "system"
        self.menu = self._add_menu(window)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_changed)
        self.apply()

    @property
    def dark(self) -> bool:
        """Whether the window is dark now."""
        return self.choice == "dark" or (self.choice == "system" and system_is_dark())

    def _add_menu(self, window: QMainWindow) -> QMenu:
        """A Theme submenu at the end of View; its actions are named ``themeAction_system``,
        ``themeAction_light`` and ``themeAction_dark``."""
        view = window.menuBar().findChild(QMenu, "viewMenu")
        menu = view.addMenu(translate("theme", "T&heme")) if view else QMenu(window)
        menu.setObjectName("themeMenu")
        menu.setToolTipsVisible(True)
        group = QActionGroup(menu)
        group.setExclusive(True)
        tip = translate("theme", "The window's colours; exported and copied images stay white")
        for name, text in THEMES.items():
            act = QAction(translate("theme", text), menu)
            act.setObjectName(f"themeAction_{name}")
            act.setCheckable(True)
            act.setChecked(name == self.choice)
            act.setToolTip(tip)
            act.triggered.connect(lambda _on=False, n=name: self.choose(n))
            group.addAction(act)
            menu.addAction(act)
        return menu

    def choose(self, name: str) -> None:
        """Use theme ``name`` now, and remember it."""
        if name not in THEMES:
            return
        self.choice = name
        for act in self.menu.actions():
            act.setChecked(act.objectName() == f"themeAction_{name}")
        if self._store is not None:
            self._store.setValue(SETTING, name)  # type: ignore[attr-defined]
            self._store.sync()  # type: ignore[attr-defined]
        self.apply()

    def apply(self) -> None:
        apply(self.dark)

    def _on_system_changed(self, _scheme: object) -> None:
        if self.choice == "system":
            self.apply()
