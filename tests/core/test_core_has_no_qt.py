from __future__ import annotations

import subprocess
import sys


def test_importing_core_loads_no_qt():
    code = (
        "import sys\n"
        "import gdviz.core.data, gdviz.core.model, gdviz.core.trainer, gdviz.core.kernel\n"
        "import gdviz.core.history, gdviz.core.resources, gdviz.cli\n"
        "from gdviz.core import kernel; kernel.warm_up()\n"
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
