"""Ctrl-C and SIGTERM: noted at once, acted on at the next safe point.

Python would raise KeyboardInterrupt wherever the main thread happens to be:
inside a Qt call, a redraw or a library's import (where some code swallows it).
The process then crashed, left threads running, or kept going. Instead, once
:func:`install` ran, a signal only sets :attr:`StopSignals.code`; the command
checks it between steps (:meth:`StopSignals.check` raises :class:`Interrupted`),
joins its threads and exits with 128 + the signal's number (130, 143). A socket
pair wakes Qt's event loop, where one runs, so the note is taken at once.
"""

from __future__ import annotations

import os
import signal
import socket
import sys
from collections.abc import Callable
from typing import Any

SIGNALS = (signal.SIGINT, signal.SIGTERM)


class Interrupted(Exception):
    """A stop signal came; ``code`` is the exit status to end with."""

    def __init__(self, code: int) -> None:
        super().__init__(code)
        self.code = code


class StopSignals:
    """The process's stop signals, noted (see the module's text)."""

    def __init__(self, early: list[int] | None = None, immediate: bool = False) -> None:
        self.code: int | None = None
        # While nothing has begun (imports, reading options), a signal ends the process
        # at once: there is nothing to finish or clean up yet (see settle()).
        self._immediate = immediate
        if early:  # noted by gdviz._launch before this was installed
            self.code = 128 + early[0]
            if immediate:
                _leave(self.code)
        self._previous = {s: signal.signal(s, self._on_signal) for s in SIGNALS}
        self._read, self._write = socket.socketpair()
        for end in (self._read, self._write):
            end.setblocking(False)
        self._previous_fd = signal.set_wakeup_fd(self._write.fileno())
        self._notifier: Any = None
        self._app: Any = None
        self._callbacks: list[Callable[[], object]] = []

    def attach(self, app: Any) -> None:
        """Let ``app`` (a QCoreApplication) wake up for a signal and leave its event loops."""
        from PySide6.QtCore import QSocketNotifier

        self._app = app
        if self._notifier is None:
            self._notifier = QSocketNotifier(self._read.fileno(), QSocketNotifier.Type.Read)
            self._notifier.activated.connect(self._drain)

    def _drain(self) -> None:
        try:
            self._read.recv(4096)
        except OSError:
            pass
        self.exit_if_stopped()

    def exit_if_stopped(self) -> None:
        """Leave the event loop if a signal came. Qt ignores an ``exit()`` made before its
        loop runs, so a signal that came just before ``exec()`` is acted on here, once the
        loop runs (the wake-up byte, or a zero timer, brings us here)."""
        if self.code is not None and self._app is not None:
            self._app.exit(self.code)

    def when_stopped(self, callback: Callable[[], object]) -> None:
        """Call ``callback()`` once, as soon as a stop signal comes (at once if one came)."""
        self._callbacks.append(callback)
        if self.code is not None:
            callback()

    def settle(self) -> None:
        """Work that must end cleanly begins (a window, files, threads): from now on a
        signal is only noted, and acted on at the next safe point."""
        self._immediate = False

    def _on_signal(self, signum: int, frame: object) -> None:
        if self._immediate:
            _leave(128 + signum)
        if self.code is None:
            self.code = 128 + signum
            for callback in self._callbacks:
                callback()
        if self._app is not None:
            self._app.exit(self.code)  # ends exec() and any local event loop

    def check(self) -> None:
        """Raise :class:`Interrupted` once a stop signal came."""
        if self.code is not None:
            raise Interrupted(self.code)

    def check_exit(self) -> None:
        """Exit quietly with the signal's status once a stop signal came."""
        if self.code is not None:
            raise SystemExit(self.code)

    def restore(self) -> None:
        """Give the signals back to whoever had them."""
        global _current
        signal.set_wakeup_fd(self._previous_fd)
        for s, handler in self._previous.items():
            signal.signal(s, handler)
        if self._notifier is not None:
            self._notifier.setEnabled(False)
        self._read.close()
        self._write.close()
        if _current is self:
            _current = None


def _leave(code: int) -> None:
    """End the process now (nothing of gdviz's is under way): what was printed so far is
    flushed first (``gdviz train``'s lines)."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (OSError, ValueError):
            pass
    os._exit(code)


class NoStops:
    """Where no stop signals were installed (gdviz used as a library): never stops."""

    code = None

    def attach(self, app: Any) -> None:
        pass

    def settle(self) -> None:
        pass

    def when_stopped(self, callback: Callable[[], object]) -> None:
        pass

    def exit_if_stopped(self) -> None:
        pass

    def check(self) -> None:
        pass

    def check_exit(self) -> None:
        pass


_current: StopSignals | None = None


def install(early: list[int] | None = None, immediate: bool = False) -> StopSignals:
    """Note SIGINT and SIGTERM from now on (once per process); ``early``: signals noted
    before (see :mod:`gdviz._launch`). ``immediate``: until :meth:`StopSignals.settle`, a
    signal ends the process at once (only for the gdviz command's own process)."""
    global _current
    if _current is None:
        _current = StopSignals(early, immediate)
    return _current


def current() -> StopSignals | NoStops:
    """The installed stop signals, or a stand-in that never stops."""
    return _current if _current is not None else NoStops()
