"""A choice the window remembers in its settings as one of a few words (View ▸ Language,
View ▸ Theme): read back only if it is still one of them."""

from __future__ import annotations

from collections.abc import Collection

__all__ = ["remembered"]


def remembered(store: object, key: str, allowed: Collection[str]) -> str | None:
    """``key``'s value in ``store`` if it is one of ``allowed``, as the menu wrote it;
    None for no store, no value, or a damaged or foreign one."""
    try:
        value = getattr(store, "value", lambda _key: None)(key)
    except Exception:  # a value QSettings itself cannot decode
        return None
    return value if isinstance(value, str) and value in allowed else None
