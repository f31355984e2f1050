"""Loading the numba-compiled modules: lazily, and one thread at a time.

numba's first import is not safe to run in two threads at once (the trainer's
and the landscape's threads did, and the process died with SIGSEGV), so every
compiled module is imported under one lock.
"""

from __future__ import annotations

import importlib
import threading
from types import ModuleType

_lock = threading.RLock()


def load(module: str) -> ModuleType:
    """Import ``module`` (which imports numba) while no other thread imports one."""
    with _lock:
        return importlib.import_module(module)
