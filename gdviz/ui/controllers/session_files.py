"""Sessions written and read on a thread of their own (a big run saves without a gap)."""

from __future__ import annotations

import os
from dataclasses import dataclass

from gdviz.core.io.session import Session, SessionError, load_session
from gdviz.core.io.session import save_session as write_session
from gdviz.ui.threads.jobs import Worker


@dataclass(frozen=True)
class FileResult:
    """What a file job did: ``kind`` "save" or "load", and the session read or an error."""

    kind: str
    path: str
    session: Session | None = None
    error: str | None = None


class FileWorker(Worker):
    """Writes and reads sessions on its own thread (no GUI gap however long the run)."""

    def save(self, job_id: int, path: str, session: Session) -> None:
        try:
            write_session(path, session)
        except OSError as exc:
            self.done.emit(job_id, FileResult("save", path, error=exc.strerror or str(exc)))
            return
        self.done.emit(job_id, FileResult("save", path))

    def load(self, job_id: int, path: str) -> None:
        try:
            session = load_session(path)
        except SessionError as exc:
            self.done.emit(job_id, FileResult("load", path, error=str(exc)))
            return
        self.done.emit(job_id, FileResult("load", path, session))


def file_size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0
