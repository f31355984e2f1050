"""Make docs/gdviz.png, README's picture of the window (offscreen, no display needed).

Run:  python docs/make_screenshot.py
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pyqtgraph as pg  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402


def main() -> int:
    app = QApplication(sys.argv[:1])
    pg.setConfigOptions(antialias=True)
    from gdviz.app import MainWindow
    from gdviz.ui.controls import SPEED_STEPS

    win = MainWindow()
    win.resize(1300, 820)
    win.show()
    win.controls.speed_slider.setValue(SPEED_STEPS)
    win.controls.predict_input.setText("3.5")
    done = []
    win.state_changed.connect(lambda s: s == "finished" and (done.append(s), app.quit()))
    win.train()
    app.exec()
    out = Path(__file__).with_name("gdviz.png")
    win.grab().save(str(out))
    win.close()
    print(f"wrote {out}")
    return 0 if done else 1


if __name__ == "__main__":
    sys.exit(main())
