"""The window's language, seen from code that never imports Qt.

Every text the window shows goes through :func:`translate` (``translate("context",
"text")``, the call Qt's ``lupdate`` finds). Until the window installs Qt's translator
with :func:`install`, it returns the text unchanged: the command line, files and
scripts stay English whatever the window speaks.

Texts declared as data (a table of actions, a lesson's steps) are marked with
:func:`QT_TRANSLATE_NOOP`, which ``lupdate`` also finds; whoever shows one passes it
through ``translate`` with the same context.

Numbers shown in the window go through :func:`number` (or :func:`localise` for text
already formatted): in German and Spanish the decimal point is a comma and the group
separator a point. Files and the command line format numbers themselves.
"""

from __future__ import annotations

import re
from collections.abc import Callable

__all__ = [
    "QT_TRANSLATE_NOOP",
    "decimal_comma",
    "delocalise",
    "install",
    "localise",
    "number",
    "translate",
    "typed_number",
    "typed_unfinished",
    "uninstall",
]

Translator = Callable[[str, str, "str | None", int], str]

_translator: Translator | None = None
_decimal = "."
_group = ","


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the window's language (``text`` itself outside the window)."""
    if _translator is None:
        return text
    return _translator(context, text, disambiguation, n)


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802  (lupdate's name)
    """Marks ``text`` for the catalogues; it is translated where it is shown."""
    return text


def number(value: float, spec: str = "g") -> str:
    """``format(value, spec)`` with the window language's decimal point and groups."""
    return localise(format(value, spec))


# A number formatted the English way: digits with groups of three after commas, and a
# fraction after a point ("1,234.5", "0.25", "3"); a comma followed by a space is a list.
_NUMBER = re.compile(r"(?<![\w.])\d{1,3}(?:,\d{3})+(?:\.\d+)?|(?<![\w.,])\d+\.\d+")


_MINUS = re.compile(r"(?<![\w.,\-])-(?=\d)")


def localise(text: str) -> str:
    """``text``, whose numbers are formatted the English way, with the numbers in the
    window language's way ("w = 0.1, b = 1,000.5" -> "w = 0,1, b = 1.000,5")."""
    if _decimal == ".":
        return text
    swap = {ord("."): _decimal, ord(","): _group}
    text = _NUMBER.sub(lambda m: m.group().translate(swap), text)
    return _MINUS.sub("\u2212", text)  # a number's minus as the window writes it elsewhere


def delocalise(text: str) -> str:
    """A number typed in the window, for ``float``: a decimal comma becomes a point (a
    point is taken as a decimal point too; the window shows no group separators in
    what can be typed)."""
    return text if _decimal == "." else text.replace(_decimal, ".")


# A number as typed: digits with one decimal point and an exponent, in ASCII only (no
# "_" as Python's float() allows, no other scripts' digits).
_TYPED = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?", re.ASCII)
_UNFINISHED = re.compile(r"[+-]?(?:\d*\.?\d*)?(?:\d[eE][+-]?)?", re.ASCII)


def _as_python(text: str) -> str:
    """Typed text with Python's decimal point and minus."""
    return delocalise(text.strip().replace("\u2212", "-"))


def typed_number(text: str) -> float | None:
    """The number typed in the window's box (a decimal comma in German and Spanish, a
    point always; "−" as a minus), or None if the text is not one."""
    plain = _as_python(text)
    return float(plain) if _TYPED.fullmatch(plain) else None


def typed_unfinished(text: str) -> bool:
    """True while ``text`` can still become a number by typing on ("", "-", "0,", "1e-")."""
    return bool(_UNFINISHED.fullmatch(_as_python(text)))


def decimal_comma() -> bool:
    """True when the window writes numbers with a decimal comma (German, Spanish)."""
    return _decimal == ","


def install(translator: Translator, decimal: str = ".", group: str = ",") -> None:
    """The window's translator and number separators (called once, before it is built)."""
    global _translator, _decimal, _group
    _translator, _decimal, _group = translator, decimal, group


def uninstall() -> None:
    """Back to English texts and numbers (tests)."""
    install(None, ".", ",")  # type: ignore[arg-type]
