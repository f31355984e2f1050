"""The application: the ``gdviz`` command, the window's start, and the headless export.

The only module that builds a :class:`MainWindow` (besides tests), and the only
place for process-wide switches: stop signals (:mod:`gdviz.stops`), the GIL switch
interval, the garbage collector (run on the GUI thread only, frozen after start-up).
It imports little at first, so the command notes Ctrl-C before numpy and Qt have
loaded.
"""

from __future__ import annotations

import gc
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, NoReturn

from gdviz.stops import NoStops, StopSignals, current, install

if TYPE_CHECKING:
    from gdviz.core.io.atomic import FileSet
    from gdviz.core.io.session import Session
    from gdviz.core.io.video import AnimationRequest
    from gdviz.core.run.settings import RunSettings
    from gdviz.core.train.data import DataSet

__all__ = [
    "collect_on_gui_thread",
    "command",
    "configure_process",
    "main",
    "run",
    "show_startup_error",
    "train_and_export",
]

# Between kernel calls the trainer thread needs the GIL for a few microseconds; by
# default it may wait 5 ms for the GUI thread to hand it over.
SWITCH_INTERVAL_S = 0.001
# After a stop signal, how long the window's threads get to end (a save always finishes).
EXIT_WAIT_S = 0.15


def __getattr__(name: str):
    # ``from gdviz.app import MainWindow`` (tests, benchmarks) loads Qt only then.
    if name == "MainWindow":
        from gdviz.ui.main_window import MainWindow

        return MainWindow
    raise AttributeError(name)


_own_process = False  # True in the gdviz command: the process ends when the command does


def run(early: list[int] | None = None) -> NoReturn:
    """The ``gdviz`` command. Stop signals are noted from its first moment (``early``:
    those :mod:`gdviz._launch` noted), so Ctrl-C while Python loads numpy and Qt ends it
    quietly too (130).

    Once the command is done (its files written and closed, its threads joined or, after
    a stop signal, given a moment), the process ends at once: tearing down numba's and
    Qt's objects would add a second to every exit."""
    global _own_process
    _own_process = True
    stops = install(early, immediate=True)
    try:
        status = command()
    except SystemExit as exc:  # argparse's --help and --version
        status = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    if stops.code is not None:
        status = stops.code
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(status)


def command(argv: list[str] | None = None) -> int:
    """Run the command line ``argv`` (default: this process's); returns the exit status."""
    from gdviz import cli

    current().check_exit()
    return cli.main(argv, cli.Launcher(main, train_and_export, show_startup_error, ask_language))


_asked_language: str | None = None  # gdviz --lang


def ask_language(code: str) -> None:
    """The window's language as ``gdviz --lang`` asks (over View ▸ Language)."""
    global _asked_language
    _asked_language = code


def configure_process() -> None:
    """Process-wide settings the live window relies on (made once, by :func:`main`)."""
    sys.setswitchinterval(min(sys.getswitchinterval(), SWITCH_INTERVAL_S))
    # numpy asks Linux for huge pages for big arrays; the first write into a fresh 80 MB
    # history (10,000,000 epochs) then cost the GUI thread 130-180 ms of page faults here,
    # against ~40 ms with ordinary pages (bench/bench_window.py: p99 25 -> 8 ms with rows
    # held out, whose losses are a second such array).
    try:
        from numpy._core.multiarray import _set_madvise_hugepage  # type: ignore[attr-defined]
    except ImportError:  # another numpy: its default stays
        return
    _set_madvise_hugepage(False)


_collector: list[object] = []  # the one GuiThreadCollector, once made


def collect_on_gui_thread() -> None:
    """Python's cycle collector from a timer on the GUI thread, never in a worker
    (:mod:`gdviz.ui.threads.collector` says why). Made once, after the QApplication."""
    if _collector:
        return
    from gdviz.ui.threads.collector import GuiThreadCollector

    _collector.append(GuiThreadCollector())


def main(session: Session | None = None, path: str | None = None) -> int:
    """Open the window on the lesson's data, or on ``session`` read from ``path``, or on
    the data file ``path``; returns the exit status (130 or 143 when SIGINT or SIGTERM
    ended it)."""
    stops = install()
    configure_process()
    return _open_window(session, path, stops)


def quicker_pyside_imports() -> None:
    """PySide6 looks at the source of every module imported after it, for ``from
    __feature__ import``, with ``inspect.getsource`` (tokenising each file): ~0.15 s of
    the window's start here, over pyqtgraph's and gdviz's modules. Ask the same question
    by reading the file's bytes. (Process-wide, so made here, by the application only;
    PySide6 is pinned below 6.11, where this hook is ``_mod_uses_pyside``.)"""
    import PySide6.QtCore  # noqa: F401  (loads the hook)

    feature = sys.modules.get("shibokensupport.feature")
    original = getattr(feature, "_mod_uses_pyside", None)
    if original is None or getattr(original, "quick", False):
        return

    def uses_pyside(module: object) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return bool(original(module))

    uses_pyside.quick = True  # type: ignore[attr-defined]
    uses_pyside.original = original  # type: ignore[attr-defined]
    feature._mod_uses_pyside = uses_pyside  # type: ignore[union-attr]


def _open_window(session: Session | None, path: str | None, stops: StopSignals) -> int:
    quicker_pyside_imports()
    import pyqtgraph as pg
    from PySide6.QtCore import QTimer
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import QApplication

    from gdviz.core.io.resources import resource_path
    from gdviz.ui import language
    from gdviz.ui.controllers import settings_store
    from gdviz.ui.main_window import MainWindow

    if QApplication.instance() is None and not display_available():
        sys.stderr.write(
            "gdviz: error: no display to open the window on (DISPLAY and WAYLAND_DISPLAY are "
            "not set). Run gdviz on a desktop, or use 'gdviz train' / 'gdviz export', which "
            "need no display.\n"
        )
        return 2
    app = _application()
    collect_on_gui_thread()
    stops.attach(app)
    app.setApplicationName("gdviz")
    app.setOrganizationName("gdviz")
    app.setDesktopFileName("gdviz")
    icon = resource_path("gdviz.svg")
    if icon.exists():
        app.setWindowIcon(QIcon(str(icon)))
    pg.setConfigOptions(antialias=True)
    store, note = settings_store.open_store()
    language.apply(language.choose(_asked_language, store))
    stops.settle()  # from here on a signal is noted and the window closes cleanly
    stops.when_stopped(_hurry)
    # GDVIZ_ASK_TO_SAVE=0: quit without "Save this run?" (scripted demos, kiosks, tests).
    asking = os.environ.get("GDVIZ_ASK_TO_SAVE", "1").strip() != "0"
    window = MainWindow(settings=store, ask_to_save=asking)
    if note:
        sys.stderr.write(f"gdviz: note: {note}\n")
        window.say(note[0].upper() + note[1:] + ".")
    if session is not None and path is not None:
        window.sessions.show_session_file(path, session)  # Save writes back there
    elif session is not None:
        window.apply_session(session)
    if stops.code is not None:  # interrupted while the window was being built
        window.work.asking = False
        window.close()
        return stops.code
    app.aboutToQuit.connect(window.shut_down)
    window.show()
    # What start-up built lives as long as the process: keep it out of the cycle
    # collector's full passes, which otherwise pause the GUI for 10-20 ms each
    # (p99 lateness 22-27 ms without this, 12-19 ms with it, in bench/).
    gc.freeze()
    if session is None and path is not None:
        QTimer.singleShot(0, lambda: window.open_file(path))
    # numba's import and compile take ~0.5 s: do them after the first paint.
    QTimer.singleShot(150, window.warm_up)
    # A signal between the check above and exec() asked an event loop not yet running
    # to exit, which Qt ignores: ask again as soon as it runs.
    QTimer.singleShot(0, stops.exit_if_stopped)
    status = app.exec()
    if stops.code is not None:  # Ctrl-C / SIGTERM: leave now, asking nothing
        window.work.asking = False
    window.close()  # saves the settings and joins the threads (a no-op if closed already)
    return stops.code if stops.code is not None else status


def _hurry() -> None:
    """A stop signal ends the gdviz command: its threads get EXIT_WAIT_S to end."""
    if _own_process:
        from gdviz.ui.threads import jobs

        jobs.hurry(EXIT_WAIT_S)


def display_available() -> bool:
    """False on Linux with no X or Wayland display and no other Qt platform chosen."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def show_startup_error(message: str) -> None:
    """Show a start-up error in a dialog, for a window launched from a desktop.

    Nothing is shown without a display. On Qt's offscreen platform nobody can
    answer a dialog, so it closes itself at once.
    """
    if not display_available():
        return
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    from gdviz.core.i18n import translate

    app = _application()
    if app.platformName() in ("offscreen", "minimal"):
        QTimer.singleShot(0, _close_dialogs)
    QMessageBox.critical(None, translate("app", "gdviz: cannot start"), message)


def _application():  # -> QApplication (Qt is imported only when a window is made)
    """The QApplication, made if there is none yet."""
    from PySide6.QtWidgets import QApplication

    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        return existing
    return QApplication(sys.argv[:1])


def _close_dialogs() -> None:
    from PySide6.QtWidgets import QApplication

    for widget in QApplication.topLevelWidgets():
        if widget.isModal() and widget.isVisible():
            widget.close()


def train_and_export(
    data: DataSet,
    settings: RunSettings,
    files: FileSet,
    formats: list[str],
    width: int | None,
    window_picture: bool = False,
    animation: AnimationRequest | None = None,
    start: tuple[float, ...] | None = None,
) -> tuple[list[Path], Session]:
    """``gdviz export``: train headless, draw the run in an offscreen window and add
    fit.*, landscape.*, loss.*, dashboard.*, history.csv and session.gdviz.json (and with
    ``window_picture`` window.png) to ``files`` when it has a folder, and ``animation``
    (if given); ``start``: the parameters to start from (None: the settings'). Nothing is
    committed here: the caller moves every file in at once, or
    none (:class:`~gdviz.core.io.atomic.FileSet`). Returns the files added and the run.
    Raises :class:`Interrupted` on SIGINT/SIGTERM, OSError if writing failed."""
    from gdviz.core.io.session import from_trainer
    from gdviz.core.train.trainer import Trainer

    stops = current()
    stops.check()
    trainer = Trainer(data, settings, start=start)
    chunk = 1
    while not trainer.finished and trainer.remaining:
        stops.check()
        started = time.perf_counter()
        trainer.run(min(trainer.remaining, chunk))
        # Chunks of ~50 ms: an interrupt is heard at once whatever the data's size.
        if time.perf_counter() - started < 0.05:
            chunk = min(chunk * 2, 1 << 20)
    stops.check()
    session = from_trainer(trainer)
    if files.folder is not None:
        _render(session, files, formats, width or 1600, window_picture, stops)
        stops.check()
    if animation is not None:
        from gdviz.ui.controllers.animation_export import write_animation

        _offscreen_app(stops)
        stops.settle()
        write_animation(session, animation, stops.check, files)
    return files.paths, session


def _offscreen_app(stops: StopSignals | NoStops):
    """The QApplication (offscreen unless one runs already), with Ctrl-C attached."""
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    if QApplication.instance() is None:
        # No display needed: render offscreen whatever the environment says.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        qInstallMessageHandler(_quiet_offscreen_notes)
    import pyqtgraph as pg

    app = QApplication.instance() or QApplication(["gdviz"])
    stops.attach(app)
    pg.setConfigOptions(antialias=True)
    return app


def _render(
    session: Session,
    files: FileSet,
    formats: list[str],
    width: int,
    window_picture: bool,
    stops: StopSignals | NoStops,
) -> None:
    """Draw ``session`` in an offscreen window and write its files into ``files``."""
    from gdviz.core.io.session import csv_names, write_history_csv, write_json
    from gdviz.ui.main_window import MainWindow
    from gdviz.ui.views.images import png_bytes

    app = _offscreen_app(stops)
    collect_on_gui_thread()
    window = MainWindow()
    try:
        window.resize(1300, 860)
        window.apply_session(session)
        window.show()
        stops.check()
        _wait_for_landscape(app, window)
        stops.check()
        stops.settle()  # files are written from here: a signal now stops at a safe point
        window.export_images(files, formats, width)
        stops.check()
        if window_picture:
            files.add_bytes("window.png", png_bytes(window.grab().toImage()))
        names = csv_names(session.network)
        files.add(
            "history.csv", lambda h: write_history_csv(h, session.history, stops.check, names)
        )
        files.add("session.gdviz.json", lambda h: write_json(h, session))
    finally:
        window.close()  # joins the window's threads, also when interrupted


def _wait_for_landscape(app, window, timeout_ms: int = 60_000) -> None:
    """Let the landscape's thread deliver its grid, so the export shows it."""
    from PySide6.QtCore import QEventLoop, QTimer

    app.processEvents()
    landscape = window.landscape
    if landscape.grid is not None and not landscape.busy:
        return
    loop = QEventLoop()
    landscape.grid_ready.connect(loop.quit)
    landscape.failed.connect(loop.quit)
    QTimer.singleShot(timeout_ms, loop.quit)
    loop.exec()
    app.processEvents()


def _quiet_offscreen_notes(mode, context, message: str) -> None:
    # The offscreen platform notes what it cannot do for windows nobody sees.
    if "propagateSizeHints" not in message:
        sys.stderr.write(message + "\n")
