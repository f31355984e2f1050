"""The window's language: English, German or Spanish.

Chosen once, before the window is built, in this order: ``gdviz --lang``, then
View ▸ Language (remembered as ``view/language``), then the system's language. Qt's
translator gets gdviz's catalogue (``resources/translations/gdviz_LANG.qm``) and Qt's own
(the standard dialogs' buttons); numbers follow the language too: the spin boxes through
the default QLocale, the window's read-outs through :mod:`gdviz.core.i18n`. A language
chosen in the menu is used from the next start: every text is made once, in its language.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from gdviz.core import i18n
from gdviz.core.io.resources import resource_path
from gdviz.ui.remembered import remembered

__all__ = [
    "CHOICES",
    "LANGUAGES",
    "SETTING",
    "apply",
    "choose",
    "saved_choice",
    "speaking",
    "system_language",
]

# Code -> the language's own name (so a learner finds their language whatever is shown).
LANGUAGES: dict[str, str] = {"en": "English", "de": "Deutsch", "es": "Español"}
SETTING = "view/language"  # "system" or a code of LANGUAGES
CHOICES = ("system", *LANGUAGES)
_SEPARATORS = {"en": (".", ","), "de": (",", "."), "es": (",", ".")}

_installed: list[QTranslator] = []  # kept alive as long as they are installed
_speaking = ["en"]


def speaking() -> str:
    """The language the window speaks now."""
    return _speaking[0]


def system_language() -> str:
    """The system's language if gdviz speaks it, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def saved_choice(store: object) -> str:
    """View ▸ Language as remembered: ``"system"`` or a language's code; anything else
    (a damaged or foreign value) counts as ``"system"``."""
    return remembered(store, SETTING, CHOICES) or "system"


def choose(requested: str | None, store: object) -> str:
    """The language to use: ``requested`` (``--lang``), else the remembered choice, else
    the system's."""
    if requested in LANGUAGES:
        return requested
    saved = saved_choice(store)
    return saved if saved in LANGUAGES else system_language()


def apply(code: str) -> str:
    """Speak ``code`` from now on (called before the window is built); returns it."""
    app = QCoreApplication.instance()
    for old in _installed:
        if app is not None:
            app.removeTranslator(old)
    _installed.clear()
    _speaking[0] = code
    QLocale.setDefault(QLocale(code))
    if code == "en":
        i18n.uninstall()
        return code
    qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for name, folder in ((f"qtbase_{code}", qt_folder), (f"gdviz_{code}", "")):
        translator = QTranslator()
        where = folder or str(resource_path("translations"))
        if translator.load(name, where) and app is not None:
            app.installTranslator(translator)
            _installed.append(translator)
    decimal, group = _SEPARATORS[code]
    i18n.install(QCoreApplication.translate, decimal, group)
    return code
