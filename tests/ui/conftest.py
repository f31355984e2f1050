from __future__ import annotations

import pyqtgraph as pg
import pytest

from gdviz.ui.threads import jobs

# pyqtgraph drops mouse moves closer than 10 ms apart; tests send theirs at once.
pg.setConfigOption("mouseRateLimit", 0)


@pytest.fixture(scope="session", autouse=True)
def collector_on_the_gui_thread(qapp):
    """As the application runs: Python's cycle collector on the GUI thread only."""
    from gdviz.app import collect_on_gui_thread

    collect_on_gui_thread()


@pytest.fixture(autouse=True)
def no_thread_left_running():
    """Fail any test that leaves a worker QThread running (as napari does)."""
    yield
    running = [t for t in jobs.live_threads if t.isRunning()]
    jobs.live_threads.clear()
    assert not running, f"{len(running)} worker thread(s) left running"


@pytest.fixture
def window(qtbot):
    from gdviz.app import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
