"""Start-up: from process start to the first painted window, for the real gdviz window.

Each launch is a fresh ``python`` process that runs ``gdviz.app.main()`` (what the
``gdviz`` command runs) with an event filter noting the first Paint event of the main
window; the time is measured from just before the process is spawned. Offscreen (no
display needed). Also: the import of gdviz.ui.main_window alone, in a fresh process.

Run:  python bench/bench_startup.py [--runs N]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time

PAINTED = r"""
import os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow

app = QApplication(sys.argv[:1])

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
            print(time.time(), flush=True)
            os._exit(0)  # measured: nothing else to wait for
        return False

probe = FirstPaint()
app.installEventFilter(probe)
from gdviz import app as gdviz_app
gdviz_app.main()
"""

IMPORT = r"""
import time
t = time.perf_counter()
import gdviz.ui.main_window
print(time.perf_counter() - t)
"""


def painted(runs: int) -> list[float]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": os.environ.get("HOME", "/tmp")}
    times = []
    for _ in range(runs):
        start = time.time()
        out = subprocess.run(
            [sys.executable, "-c", PAINTED], capture_output=True, text=True, env=env, timeout=60
        ).stdout
        times.append(float(out.split()[0]) - start)
    return times


def imported(runs: int) -> list[float]:
    return [
        float(subprocess.run([sys.executable, "-c", IMPORT], capture_output=True, text=True,
                             check=True).stdout)
        for _ in range(runs)
    ]  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    shown = painted(args.runs)
    imports = imported(args.runs)
    print("gdviz start-up (offscreen)")
    print(
        f"  process start to the first painted window: median {statistics.median(shown):.2f} s "
        f"of {args.runs} ({', '.join(f'{t:.2f}' for t in shown)}); target <= 0.6 s"
    )
    print(
        f"  import gdviz.ui.main_window alone: median {statistics.median(imports):.2f} s "
        f"({', '.join(f'{t:.2f}' for t in imports)})"
    )


if __name__ == "__main__":
    main()
