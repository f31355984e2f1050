"""PyInstaller runtime hook: a writable cache for numba's compiled kernels.

gdviz's kernels are ``cache=True``: numba compiles them at first use and keeps the
machine code for the next start. In a frozen app there is no source file beside the
module, so numba's only cache is the user-wide one (``$XDG_CACHE_HOME/numba`` or
``~/.cache/numba``; the installed bundle's own folder is read-only). Where that cannot
be written (no home, a read-only home) numba would refuse to compile a ``cache=True``
function at all: point the cache at a fresh temporary folder instead (compiled again
at each start, but working).

And one cache whatever the working folder: PyInstaller gives the frozen modules
relative file names (``gdviz/core/train/_numba_kernel.py``), so numba would name the
cache folder after the working folder, and, started in a gdviz checkout, write its
cache into that checkout's ``__pycache__`` (with the bundle's stamp). Once
``numba.core.caching`` is imported, its locators are replaced by the user-wide one,
given the module's path in the bundle. Runs before gdviz and numba are imported.
"""

import importlib.abc
import importlib.util
import os
import sys
import tempfile


def _writable(folder):
    try:
        os.makedirs(folder, exist_ok=True)
        tempfile.TemporaryFile(dir=folder).close()
        return True
    except OSError:
        return False


# Where numba's appdirs puts the user cache (Windows asks the shell, not the
# environment: left to numba there).
if sys.platform.startswith("linux"):
    _cache = os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache")
    if not _writable(os.path.join(_cache, "numba")):
        os.environ["XDG_CACHE_HOME"] = tempfile.mkdtemp(prefix="gdviz-cache-")
elif sys.platform == "darwin":
    if not _writable(os.path.expanduser("~/Library/Caches/numba")):
        os.environ["HOME"] = tempfile.mkdtemp(prefix="gdviz-home-")


def _bundle_locator(caching):
    """numba's user-wide cache locator, for the module's path inside the bundle."""
    user_wide = getattr(caching, "UserWideCacheLocator", None) or getattr(
        caching, "_UserWideCacheLocator", None
    )
    if user_wide is None:
        return

    class BundleCacheLocator(user_wide):
        @classmethod
        def from_function(cls, py_func, py_file):
            if not os.path.isabs(py_file):
                py_file = os.path.join(sys._MEIPASS, py_file)
            return super().from_function(py_func, py_file)

    # numba 0.68 names the class CacheImpl, earlier ones _CacheImpl. Another numba,
    # another layout: its own locators stay (working, with the quirks above).
    impl = getattr(caching, "CacheImpl", None) or getattr(caching, "_CacheImpl", None)
    if impl is not None and isinstance(getattr(impl, "_locator_classes", None), list):
        impl._locator_classes = [BundleCacheLocator]


class _ThenFix(importlib.abc.Loader):
    def __init__(self, loader):
        self.loader = loader

    def create_module(self, spec):
        return self.loader.create_module(spec)

    def exec_module(self, module):
        self.loader.exec_module(module)
        _bundle_locator(module)


class _WatchNumbaCaching(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name != "numba.core.caching":
            return None
        sys.meta_path.remove(self)
        spec = importlib.util.find_spec(name)
        if spec is not None and spec.loader is not None:
            spec.loader = _ThenFix(spec.loader)
        return spec


sys.meta_path.insert(0, _WatchNumbaCaching())
