"""The command line's output and exit codes: standard output that turns a closed pipe or a
full disk into an exception the command line says in one line."""

from __future__ import annotations

from typing import TextIO

EXIT_OK, EXIT_DIVERGED, EXIT_USAGE = 0, 1, 2


class OutputClosed(Exception):
    """Whoever read the output went away (``gdviz train | head -1``)."""


class OutputFailed(Exception):
    """The output cannot be written (a full disk); the message says why."""


class Output:
    """Standard output that turns write errors into :class:`OutputClosed` / :class:`OutputFailed`
    (no traceback for a closed pipe or a full disk)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> None:
        self._guard(lambda: self._stream.write(text))

    def flush(self) -> None:
        self._guard(self._stream.flush)

    @staticmethod
    def _guard(action) -> None:
        try:
            action()
        except BrokenPipeError:
            raise OutputClosed from None
        except OSError as exc:
            raise OutputFailed(f"cannot write the output: {exc.strerror or exc}") from None
