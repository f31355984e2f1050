"""What a valid value is, and how text becomes one: the one parser of numbers in gdviz.

A :class:`Number`, :class:`Whole` or :class:`Choice` knows its limits; ``parse`` turns
text (from the command line, a settings file, a spin box) into a value or raises
ValueError with a message for the user, and ``problem`` says why a value (from a
session, a preset) is not valid. The command line, the remembered settings, sessions
and the window's boxes all use these, so a limit is written once.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum
from typing import Any


def _said(value: int) -> str:
    """A whole number as a message shows it: ``1,000`` (a huge one by its length)."""
    digits = len(str(abs(value)))
    return f"a number of {digits:,} digits" if digits > 24 else f"{value:,}"


def _plain(value: float) -> str:
    """``1,000,000`` for a whole number, else ``1e-12``: how a limit is said."""
    if float(value).is_integer() and abs(value) < 1e16:
        return f"{int(value):,}"
    return f"{value:g}"


@dataclass(frozen=True)
class Number:
    """A finite float from ``low`` to ``high``; ``low_open``: strictly above ``low``
    (``high_open``: strictly below ``high``)."""

    low: float = -math.inf
    high: float = math.inf
    low_open: bool = False
    high_open: bool = False

    def parse(self, text: str, name: str = "") -> float:
        try:
            value = float(str(text).strip())
        except (ValueError, OverflowError):
            raise ValueError(f"{str(text)[:40]!r} is not a number") from None
        if math.isinf(value) and "inf" not in str(text).lower():
            digits = len(str(text).strip())
            raise ValueError(f"a number written with {digits:,} characters is too large")
        if not math.isfinite(value):
            raise ValueError(f"{str(text)[:40]!r} is not a finite number")
        problem = self.problem(value, name)
        if problem:
            raise ValueError(problem)
        return value

    def problem(self, value: Any, name: str = "") -> str | None:
        """Why ``value`` is not one of these numbers (None: it is)."""
        lead = f"{name} must be" if name else "must be"
        if isinstance(value, bool) or not isinstance(value, int | float):
            return f"{lead} a number, got {value!r}"
        value = float(value)
        if self.low_open and self.high_open and math.isfinite(self.low + self.high):
            if not (math.isfinite(value) and self.low < value < self.high):
                low, high = _plain(self.low), _plain(self.high)
                return f"{lead} above {low} and below {high}, got {value!r}"
        if self.low == 0 and not self.low_open and self.high_open:
            if not (math.isfinite(value) and 0 <= value < self.high):
                return f"{lead} at least 0 and below {_plain(self.high)}, got {value!r}"
        if not math.isfinite(value):
            return f"{lead} a finite number, got {value!r}"
        if self.low_open and not value > self.low:
            return f"{lead} a finite number above {_plain(self.low)}, got {value!r}"
        if not self.low_open and value < self.low:
            return f"{lead} at least {_plain(self.low)}, got {value!r}"
        if self.high_open and not value < self.high:
            return f"{lead} below {_plain(self.high)}, got {value!r}"
        if not self.high_open and value > self.high:
            return f"{lead} at most {_plain(self.high)}, got {value!r}"
        return None

    def clamp(self, value: float) -> float:
        return min(max(value, self.low), self.high)


@dataclass(frozen=True)
class Whole:
    """A whole number from ``low`` to ``high``."""

    low: int = 0
    high: int = 1 << 62

    def parse(self, text: str, name: str = "") -> int:
        text = str(text).strip()
        digits = text.lstrip("+-")
        if digits.isdigit() and len(digits) > len(str(self.high)) + 1:
            raise ValueError(
                f"a number with {len(digits):,} digits is too large (at most {self.high:,})"
            )
        try:
            value = int(text)
        except ValueError:
            raise ValueError(f"{text[:40]!r} is not a whole number") from None
        problem = self.problem(value, name)
        if problem:
            raise ValueError(problem)
        return value

    def problem(self, value: Any, name: str = "") -> str | None:
        lead = f"{name} must be" if name else "must be"
        if isinstance(value, bool) or not isinstance(value, int):
            return f"{lead} a whole number, got {value!r}"
        if value < self.low:
            return f"{lead} {self.low:,} or more, got {_said(value)}"
        if value > self.high:
            return f"{lead} at most {self.high:,}, got {_said(value)}"
        return None


@dataclass(frozen=True)
class Choice:
    """One of an enum's values (given by its text)."""

    kind: type[Enum]

    @property
    def names(self) -> list[str]:
        return [str(m.value) for m in self.kind]

    def parse(self, text: str, name: str = "") -> Enum:
        try:
            return self.kind(str(text).strip())
        except ValueError:
            raise ValueError(self._expected(str(text), name)) from None

    def problem(self, value: Any, name: str = "") -> str | None:
        try:
            self.kind(value)
        except ValueError:
            return self._expected(str(value), name)
        return None

    def _expected(self, text: str, name: str) -> str:
        what = f"{name} is" if name else "it is"
        return f"{what} {text[:40]!r}; expected one of {', '.join(self.names)}"


Kind = Number | Whole | Choice
