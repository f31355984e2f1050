"""Regression tests for the two PySide6 traps in shared/notes/measured-facts.md.

If someone lifts the ``PySide6-Essentials>=6.10.3,<6.11`` pin, these say at
once whether the new version brings either trap back.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET

import numpy as np
import pyqtgraph as pg
import pyqtgraph.exporters

SOAK = """
import sys
from PySide6.QtCore import QCoreApplication, QObject, Signal
class Emitter(QObject):
    fired = Signal(int, float)
app = QCoreApplication([])
emitter = Emitter()
received = []
emitter.fired.connect(lambda i, x: received.append(i))
before = sys.getrefcount(True)
for i in range(5000):
    emitter.fired.emit(i, 0.5)
print(len(received), sys.getrefcount(True) - before)
"""


def test_signal_emit_does_not_leak_references_to_true():
    """PySide6 6.12.0 on 3.11 drops a reference to True per emit, then aborts.

    Run in a child process: on a bad version the interpreter dies (exit 134).
    """
    result = subprocess.run(
        [sys.executable, "-c", SOAK], capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, f"soak crashed: {result.returncode} {result.stderr[-500:]}"
    count, drift = map(int, result.stdout.split())
    assert count == 5000
    assert abs(drift) < 50, f"refcount of True moved by {drift} over 5000 emits"


def test_svg_export_of_a_curve_round_trips(qtbot, tmp_path):
    """Qt 6.11+ writes 'Z' into SVG paths, which breaks pyqtgraph 0.14.0's exporter."""
    widget = pg.PlotWidget()
    qtbot.addWidget(widget)
    x = np.linspace(0, 10, 200)
    widget.plot(x, 1 / (1 + np.exp(-(x - 5))), pen=pg.mkPen("#2ca02c", width=3), name="curve")
    widget.resize(600, 400)
    path = tmp_path / "plot.svg"
    pg.exporters.SVGExporter(widget.getPlotItem()).export(str(path))
    root = ET.parse(path).getroot()
    paths = [el for el in root.iter() if el.tag.endswith("path") and el.get("d")]
    assert paths, "no <path> in the exported SVG"
    assert "#2ca02c" in path.read_text().lower()


def test_quicker_feature_check_answers_as_pysides_own(tmp_path, monkeypatch):
    """gdviz.app replaces PySide6's per-module "does this use PySide6?" check with a
    file read; it must answer the same for modules that do and do not name PySide6."""
    import importlib
    import sys

    import PySide6.QtCore  # noqa: F401

    from gdviz import app

    feature = sys.modules["shibokensupport.feature"]
    original = feature._mod_uses_pyside
    monkeypatch.setattr(feature, "_mod_uses_pyside", getattr(original, "original", original))
    pyside_own = feature._mod_uses_pyside
    (tmp_path / "uses_it.py").write_text("from PySide6 import QtCore\nX = 1\n")
    (tmp_path / "plain_one.py").write_text("X = 2  # no Qt here\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    uses_it = importlib.import_module("uses_it")
    plain_one = importlib.import_module("plain_one")
    expected = [pyside_own(uses_it), pyside_own(plain_one), pyside_own(sys)]
    app.quicker_pyside_imports()
    quick = feature._mod_uses_pyside
    assert quick is not pyside_own
    assert [quick(uses_it), quick(plain_one), quick(sys)] == expected == [True, False, False]
