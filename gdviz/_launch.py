"""The ``gdviz`` command's first moment: Ctrl-C and SIGTERM are noted before anything else
loads (numpy, Qt and gdviz itself take a few hundred milliseconds to import; a signal
then would print a traceback or kill the process with no clean exit).

Only the C-level ``_signal`` module is used here: importing ``signal`` would pull in
``enum`` first. :func:`gdviz.stops.install` takes the notes over.
"""

import _signal

early: list[int] = []  # signals that came before gdviz.stops was installed


def _note(signum, frame):
    early.append(signum)


_signal.signal(_signal.SIGINT, _note)
_signal.signal(_signal.SIGTERM, _note)


def run():
    """The ``gdviz`` command (see :func:`gdviz.app.run`)."""
    from gdviz.app import run as run_app

    run_app(early)
