from __future__ import annotations

import subprocess
import sys


def test_importing_core_loads_no_qt():
    code = (
        "import importlib, pkgutil, sys\n"
        "import gdviz.core, gdviz.cli\n"
        "for m in pkgutil.walk_packages(gdviz.core.__path__, 'gdviz.core.'):\n"
        "    importlib.import_module(m.name)\n"
        "from gdviz.core.train import kernel; kernel.warm_up()\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in "
        "('PySide6', 'shiboken6', 'pyqtgraph', 'superqt', 'PyQt5', 'PyQt6') "
        "or m.startswith('gdviz.ui')]\n"
        "print(','.join(bad))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == ""
