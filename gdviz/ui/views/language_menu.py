"""View ▸ Language: the system's language, English, Deutsch or Español, remembered.

Each language is named in its own words, so a learner finds theirs whatever the window
speaks. The choice is used from the next start (see :mod:`gdviz.ui.language`).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMenu

from gdviz.core.i18n import translate
from gdviz.ui.language import LANGUAGES, SETTING, choose, saved_choice

__all__ = ["add_language_menu"]


def add_language_menu(
    view_menu: QMenu | None, store: object, speaking: str, say: Callable[[str], None]
) -> QMenu:
    """A Language submenu at the end of ``view_menu``; its actions are named
    ``languageAction_system`` and ``languageAction_<code>``. ``store`` is the settings
    (None: nothing is remembered), ``speaking`` the language in use now."""
    title = translate("language_menu", "&Language")
    menu = view_menu.addMenu(title) if view_menu is not None else QMenu(title)
    menu.setObjectName("languageMenu")
    group = QActionGroup(menu)
    group.setExclusive(True)
    chosen = saved_choice(store) if store is not None else "system"
    choices = [("system", translate("language_menu", "The system's language"))]
    choices += list(LANGUAGES.items())
    for code, name in choices:
        act = QAction(name, menu)
        act.setObjectName(f"languageAction_{code}")
        act.setCheckable(True)
        act.setChecked(code == chosen)
        act.setToolTip(
            translate("language_menu", "The language of the window, from the next start")
        )
        act.triggered.connect(lambda _on=False, c=code: _choose(c, store, speaking, say))
        group.addAction(act)
        menu.addAction(act)
    return menu


def _choose(code: str, store: object, speaking: str, say: Callable[[str], None]) -> None:
    if store is None:
        say(translate("language_menu", "Settings are not remembered this time: use --lang."))
        return
    store.setValue(SETTING, code)  # type: ignore[attr-defined]
    target = choose(None, store)
    if target == speaking:
        say(
            translate("language_menu", "The window speaks {language}.").format(
                language=LANGUAGES[target]
            )
        )
    else:
        say(
            translate(
                "language_menu", "The window will speak {language} from the next start."
            ).format(language=LANGUAGES[target])
        )
