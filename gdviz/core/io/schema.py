"""A small declarative layer for checking JSON documents (sessions): the shape of a
document is declared once as nested specs, and reading it checks every field, converts
it, and says exactly where and what is wrong.

Each spec's :meth:`~Spec.read` takes a parsed JSON value and its path (``'state.row'``)
and returns the checked value, or raises :class:`Invalid`. Numbers are checked by the
same kinds the settings use (:mod:`gdviz.core.run.values`), so a limit reads the same
wherever it is said. Nothing is sized from an untrusted number before it is checked.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

from gdviz.core.i18n import QT_TRANSLATE_NOOP, translate
from gdviz.core.io.json_arrays import Lifted
from gdviz.core.run.values import Choice, Number, Whole


class Invalid(ValueError):
    """A value that does not fit its spec; the message names its path."""


def kind_of(value: Any) -> str:
    """What a JSON value is, in words."""
    if value is None:
        return translate("schema", "null")
    if isinstance(value, Lifted):
        return translate("schema", "text")
    if isinstance(value, bool):
        return translate("schema", "true/false")
    kinds = {int: "a number", float: "a number", str: "text", list: "a list", dict: "an object"}
    kind = kinds.get(type(value))
    return type(value).__name__ if kind is None else translate("schema", kind)


# The words of :func:`kind_of`, for the catalogues.
_KINDS = (
    QT_TRANSLATE_NOOP("schema", "a number"),
    QT_TRANSLATE_NOOP("schema", "a list"),
    QT_TRANSLATE_NOOP("schema", "an object"),
)


class Spec:
    """What one value must be."""

    optional = False  # may be missing (then ``default`` is used)
    default: Any = None

    def read(self, value: Any, path: str) -> Any:
        raise NotImplementedError


@dataclass(frozen=True)
class Num(Spec):
    """A finite JSON number within ``kind``'s limits."""

    kind: Number = field(default_factory=Number)
    optional: bool = False
    default: Any = None
    words: str = ""  # how the setting is named after the path: "'hyperparameters.beta1': beta1"

    def read(self, value: Any, path: str) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise Invalid(
                translate("schema", "'{path}' must be a number, got {kind}").format(
                    path=path, kind=kind_of(value)
                )
            )
        try:
            number = float(value)
        except OverflowError:
            raise Invalid(
                translate("schema", "'{path}' is too large a number").format(path=path)
            ) from None
        problem = self.kind.problem(
            number, f"'{path}': {self.words}" if self.words else f"'{path}'"
        )
        if problem:
            raise Invalid(problem)
        return number


@dataclass(frozen=True)
class Int(Spec):
    """A whole JSON number within ``kind``'s limits."""

    kind: Whole = field(default_factory=Whole)
    optional: bool = False
    default: Any = None

    def read(self, value: Any, path: str) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise Invalid(
                translate("schema", "'{path}' must be a whole number, got {kind}").format(
                    path=path, kind=kind_of(value)
                )
            )
        problem = self.kind.problem(value, f"'{path}'")
        if problem:
            raise Invalid(problem)
        return value


@dataclass(frozen=True)
class Text(Spec):
    """Text without NUL characters (at most ``longest`` of it kept)."""

    optional: bool = False
    default: Any = None
    longest: int | None = None

    def read(self, value: Any, path: str) -> str:
        if isinstance(value, Lifted):  # a very long text, taken out before parsing
            value = value.text()
        if not isinstance(value, str):
            raise Invalid(
                translate("schema", "'{path}' must be text, got {kind}").format(
                    path=path, kind=kind_of(value)
                )
            )
        if "\x00" in value:
            raise Invalid(translate("schema", "'{path}' holds a NUL character").format(path=path))
        return value if self.longest is None else value[: self.longest]


@dataclass(frozen=True)
class Word(Spec):
    """One of an enum's values, given as its text."""

    kind: Choice
    optional: bool = False
    default: Any = None

    def read(self, value: Any, path: str) -> Any:
        text = Text().read(value, path)
        try:
            return self.kind.kind(text)
        except ValueError:
            raise Invalid(
                translate("schema", "'{path}' is {value}; expected one of {names}").format(
                    path=path, value=repr(text[:40]), names=", ".join(self.kind.names)
                )
            ) from None


@dataclass(frozen=True)
class Flag(Spec):
    optional: bool = False
    default: Any = None

    def read(self, value: Any, path: str) -> bool:
        if not isinstance(value, bool):
            raise Invalid(
                translate("schema", "'{path}' must be true or false, got {kind}").format(
                    path=path, kind=kind_of(value)
                )
            )
        return value


@dataclass(frozen=True)
class Loose(Spec):
    """A number, or (``text_allowed``) a number written as text such as ``"inf"`` (the
    state of a run that diverged)."""

    optional: bool = False
    default: Any = None

    def read(self, value: Any, path: str, text_allowed: bool = False) -> float:
        if text_allowed and isinstance(value, str):
            try:
                return float(value)
            except ValueError:
                raise Invalid(
                    translate("schema", "'{path}' is {value}, not a number").format(
                        path=path, value=repr(value[:40])
                    )
                ) from None
        return Num().read(value, path)


@dataclass(frozen=True)
class Nullable(Spec):
    """``inner``, or null (then None)."""

    inner: Spec
    optional: bool = True
    default: Any = None

    def read(self, value: Any, path: str) -> Any:
        return None if value is None else self.inner.read(value, path)


@dataclass(frozen=True)
class ListOf(Spec):
    """A list of ``item`` s, ``shortest`` to ``longest`` long."""

    item: Spec
    shortest: int = 0
    longest: int | None = None
    optional: bool = False
    default: Any = None
    what: str = ""  # how the list is described in a message: "[epoch, rate] pairs"

    def read(self, value: Any, path: str) -> list:
        if not isinstance(value, list):
            raise Invalid(f"'{path}' must be a list{self._of()}, got {kind_of(value)}")
        if len(value) < self.shortest or (self.longest is not None and len(value) > self.longest):
            if self.longest == self.shortest:
                size = f"{self.shortest}"
            elif self.longest is None:
                size = "a non-empty list of" if self.shortest == 1 else f"at least {self.shortest}"
            else:
                size = f"{self.shortest} to {self.longest}"
            lead = size if size.startswith("a non-empty") else f"a list of {size}"
            raise Invalid(f"'{path}' must be {lead}{self._items()}")
        return [self.item.read(v, f"{path}[{i}]") for i, v in enumerate(value)]

    def _of(self) -> str:
        return f" of {self.what}" if self.what else ""

    def _items(self) -> str:
        return f" {self.what}" if self.what else " items"


@dataclass(frozen=True)
class Pair(Spec):
    """A two-item list: ``[first, second]``."""

    first: Spec
    second: Spec
    what: str = "pair"
    optional: bool = False
    default: Any = None

    def read(self, value: Any, path: str) -> tuple:
        if not isinstance(value, list) or len(value) != 2:
            raise Invalid(f"'{path}' must be an {self.what} pair")
        return self.first.read(value[0], f"{path}[0]"), self.second.read(value[1], f"{path}[1]")


@dataclass(frozen=True)
class Obj(Spec):
    """A JSON object with these fields (others are ignored). Reads into a dict of the
    checked values; a missing optional field takes its spec's default."""

    fields: Mapping[str, Spec]
    optional: bool = False
    default: Any = None

    def read(self, value: Any, path: str) -> dict[str, Any]:
        if not isinstance(value, dict):
            raise Invalid(
                translate("schema", "'{path}' must be an object, got {kind}").format(
                    path=path, kind=kind_of(value)
                )
            )
        out: dict[str, Any] = {}
        for name, spec in self.fields.items():
            where = f"{path}.{name}" if path else name
            if name not in value or (value[name] is None and spec.optional):
                if not spec.optional:
                    raise Invalid(translate("schema", "'{path}' is missing").format(path=where))
                out[name] = spec.default
                continue
            out[name] = spec.read(value[name], where)
        return out


@dataclass(frozen=True)
class Custom(Spec):
    """A value read by a function of (value, path) that raises :class:`Invalid`."""

    reader: Callable[[Any, str], Any]
    optional: bool = False
    default: Any = None

    def read(self, value: Any, path: str) -> Any:
        return self.reader(value, path)
