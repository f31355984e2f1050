"""Loading the numba-compiled modules: lazily, and one thread at a time.

numba's first import is not safe to run in two threads at once (the trainer's
and the landscape's threads did, and the process died with SIGSEGV), so every
compiled module is imported under one lock.
"""

from __future__ import annotations

import importlib
import threading
from collections.abc import Callable
from types import ModuleType
from typing import Any

_lock = threading.RLock()
_found: dict[tuple[str, str], Callable[..., Any]] = {}


def load(module: str) -> ModuleType:
    """Import ``module`` (which imports numba) while no other thread imports one."""
    with _lock:
        return importlib.import_module(module)


def fastest(module: str, name: str, fallback: Callable[..., Any]) -> Callable[..., Any]:
    """``module``'s compiled ``name`` (imported once, as :func:`load` does), or
    ``fallback`` where numba is not installed."""
    with _lock:
        if (module, name) not in _found:
            try:
                _found[module, name] = getattr(load(module), name)
            except ImportError:
                _found[module, name] = fallback
        return _found[module, name]
