"""Session files (``.gdviz.json``): a run saved so it can be reopened and continued.

A session holds the data set, the settings (the model among them), the learning rates
used and from which epoch, the full history, the current parameters and where inside an
epoch the run stands (after single-row steps). Numbers are stored exactly: settings as
JSON numbers (written with ``repr``), long arrays (data, history) as base64 of
little-endian float64 (version 2; version 1 files, with lists of numbers, still open;
version 4 holds any model's parameters, versions 1 to 3 the lesson's w and b). A
reopened run continues bit for bit.

Reading is strict (:mod:`gdviz.core.io.session_read`): anything malformed raises
:class:`SessionError` naming the file and what is wrong; nothing is half-loaded.
"""

from __future__ import annotations

import base64
import io
import json
import math
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any, BinaryIO

import numpy as np

from gdviz import __version__
from gdviz.core.io.atomic import atomic_write
from gdviz.core.io.files import FileProblem, read_file
from gdviz.core.io.session_read import FORMAT, NEWEST, PLACEHOLDER, SessionError, read_document
from gdviz.core.run.settings import SETTINGS, RunSettings
from gdviz.core.train.data import DataSet
from gdviz.core.train.history import History
from gdviz.core.train.network import Network, NeuronParams
from gdviz.core.train.optimizers import OptimizerState
from gdviz.core.train.split import held_out, split
from gdviz.core.train.trainer import Divergence, Position, Trainer
from gdviz.core.train.validation import Watch, watch_of

__all__ = [
    "FORMAT",
    "SUFFIX",
    "Session",
    "SessionError",
    "from_trainer",
    "history_csv",
    "load_session",
    "parse_session",
    "save_history_csv",
    "save_session",
    "to_json",
    "write_history_csv",
    "write_json",
]

VERSION = NEWEST
SUFFIX = ".gdviz.json"
MAX_BYTES = 1 << 30  # a 10,000,000-epoch session is ~150 MB


@dataclass
class Session(NeuronParams):
    """Everything needed to show a run again and to continue it."""

    data: DataSet
    settings: RunSettings
    history: History
    params: tuple[float, ...]  # the parameters now, in the model's order
    lr_changes: list[tuple[int, float]] = field(default_factory=list)
    learning_rate: float | None = None  # the rate the next epoch uses
    divergence: Divergence | None = None
    view: dict[str, Any] = field(default_factory=dict)
    row: int = 0  # rows done in the epoch under way (single-row steps)
    partial_loss: float = 0.0  # their loss so far
    opt_state: OptimizerState | None = None  # None: nothing remembered yet
    start: tuple[float, ...] | None = None  # where the run started, when not the settings'
    # A race saved with this run as its first racer: the other racers (same data and
    # start) and the loss the race table times reaching.
    race: list[Session] = field(default_factory=list)
    race_threshold: float = 0.05
    # Early stopping: the best epoch's parameters (the history may not keep that epoch's)
    best_params: tuple[float, ...] | None = None

    def __post_init__(self) -> None:
        self.lr_changes = rate_changes(
            self.lr_changes or [(0, self.settings.learning_rate)], len(self.history)
        )
        if self.learning_rate is None:
            self.learning_rate = self.lr_changes[-1][1]
        self.params = tuple(float(v) for v in self.params)
        if self.opt_state is None:
            self.opt_state = OptimizerState.zero(len(self.params))

    @property
    def network(self) -> Network:
        """The model this run trains."""
        return self.settings.network(self.data.inputs)

    @property
    def start_params(self) -> tuple[float, ...]:
        """Where the run started."""
        return self.start or self.settings.start_params(self.network)

    @property
    def next_rate(self) -> float:
        """The rate the next epoch uses (the last change's when not given)."""
        return self.learning_rate if self.learning_rate is not None else self.lr_changes[-1][1]

    @property
    def epoch(self) -> int:
        return len(self.history)

    @property
    def watch(self) -> Watch:
        """Early stopping's memory of this run (with the best epoch's parameters saved)."""
        watch = watch_of(self.history, self.settings.patience)
        if self.best_params is not None and watch.best_epoch >= 0:
            watch = replace(watch, best_params=self.best_params)
        return watch

    @property
    def fit_data(self) -> DataSet:
        """The rows the run trains on: every row, or those not held out."""
        s = self.settings
        if s.validation is None:
            return self.data
        return split(self.data, s.validation, s.split_seed).train

    @property
    def fit_rows(self) -> int:
        """How many rows the run trains on."""
        s = self.settings
        if s.validation is None:
            return len(self.data)
        return len(self.data) - int(held_out(len(self.data), s.validation, s.split_seed).sum())

    @property
    def position(self) -> Position:
        """Where the run stands (what a trainer continues from)."""
        return Position(self.epoch, self.params, self.row, self.partial_loss, self.opt_state)

    def trainer(self, keep_history: bool = True) -> Trainer:
        """A trainer that continues this run exactly where it stopped."""
        trainer = Trainer(self.data, self.settings, keep_history=False, start=self.start)
        last = float(self.history.loss[-1]) if len(self.history) else None
        trainer.restore(self.position, last, self.watch)
        if keep_history:
            trainer.keep_history = True
            trainer.history = self.history.copy()
        trainer.learning_rate = self.next_rate
        trainer.diverged = self.divergence
        return trainer


def is_session_path(path: str) -> bool:
    """True for a file to open as a session: named ``*.gdviz.json`` or ``*.json``."""
    return str(path).lower().endswith(".json")


def rate_changes(changes: list[tuple[int, float]], epochs: int) -> list[tuple[int, float]]:
    """``changes`` as a session keeps them: epochs increasing from 0 up to ``epochs``, one
    rate an epoch (a later entry for the same epoch wins) and no repeat of the rate
    before."""
    out: list[tuple[int, float]] = []
    for epoch, lr in sorted(changes, key=lambda c: c[0]):
        epoch = min(max(int(epoch), 0), epochs)
        if out and out[-1][0] == epoch:
            out.pop()
        if not out or out[-1][1] != lr:
            out.append((epoch, float(lr)))
    if not out or out[0][0] != 0:
        out.insert(0, (0, out[0][1] if out else 0.1))
    return out


def from_trainer(trainer: Trainer, lr_changes: list[tuple[int, float]] | None = None) -> Session:
    """A session of a finished (or stopped) headless run; needs ``keep_history``."""
    return Session(
        trainer.data,
        trainer.settings,
        trainer.history,
        trainer.parameters,
        lr_changes or [(0, trainer.settings.learning_rate)],
        trainer.learning_rate,
        trainer.diverged,
        row=trainer.row,
        partial_loss=trainer.partial_loss,
        opt_state=trainer.opt_state,
        start=trainer.start,
        best_params=trainer.watch.best_params,
    )


# -- writing --------------------------------------------------------------------------
CHUNK = 3 << 20  # bytes encoded at a time: ~5 ms each, so other threads keep running


class _Arrays:
    """Big arrays stand in the JSON text as placeholders, written out in chunks later."""

    def __init__(self) -> None:
        self.arrays: list[np.ndarray] = []

    def __call__(self, values: np.ndarray) -> str:
        self.arrays.append(np.ascontiguousarray(values, dtype="<f8"))
        return f"{PLACEHOLDER}{len(self.arrays) - 1}"


def write_json(handle: BinaryIO, session: Session) -> None:
    """Write the session document to ``handle``: small parts as JSON numbers, arrays as
    base64 of little-endian float64, encoded a few MB at a time."""
    arrays = _Arrays()
    text = json.dumps(_document(session, arrays), indent=1, allow_nan=False) + "\n"
    marker = json.dumps(PLACEHOLDER)[:-1]  # how the placeholder's start reads in JSON text
    pieces = text.split(marker)
    handle.write(pieces[0].encode("utf-8"))
    for piece in pieces[1:]:
        index, rest = piece.split('"', 1)
        raw = memoryview(arrays.arrays[int(index)].data).cast("B")  # no copy of the whole
        handle.write(b'"')
        for start in range(0, len(raw), CHUNK):
            handle.write(base64.b64encode(raw[start : start + CHUNK]))
        handle.write(b'"')
        handle.write(rest.encode("utf-8"))


def to_json(session: Session) -> str:
    """The session document as text (what :func:`save_session` writes)."""
    buffer = io.BytesIO()
    write_json(buffer, session)
    return buffer.getvalue().decode("utf-8")


def _document(session: Session, array: _Arrays) -> dict[str, Any]:
    data = session.data
    document = {
        "format": FORMAT,
        "version": VERSION,
        "saved_by": f"gdviz {__version__}",
        "data": {
            "name": data.name,
            "x_label": data.x_label,
            "y_label": data.y_label,
            "rows": len(data),
            "x": array(data.xs),
            **({"x2_label": data.x2_label, "x2": array(data.x2)} if data.x2 is not None else {}),
            "y": array(data.ys),
        },
        **_run_document(session, array),
        "view": session.view,
    }
    if session.race:
        document["race"] = {
            "threshold": session.race_threshold,
            "racers": [_run_document(other, array) for other in session.race],
        }
    return document


def _run_document(session: Session, array: _Arrays) -> dict[str, Any]:
    """One run's settings, history and state (a race's racers share the data)."""
    settings, h = session.settings, session.history
    divergence = None
    if session.divergence is not None:
        d = session.divergence
        divergence = {"epoch": d.epoch, "what": d.what, "value": repr(d.value)}
    opt_state = session.opt_state or OptimizerState.zero(len(session.params))
    document: dict[str, Any] = {
        "hyperparameters": {name: _json_value(getattr(settings, name)) for name in SETTINGS},
        "learning_rate_changes": [[e, lr] for e, lr in rate_changes(session.lr_changes, len(h))],
        "learning_rate": session.learning_rate,
        "history": {
            "epochs": len(h),
            "param_stride": h.param_stride,
            "loss": array(h.loss),
            "parameters": list(session.network.names),
            "params": array(h.params.reshape(-1)),
            **({"val_loss": array(h.val_loss)} if h.val_loss is not None else {}),
        },
        "state": {
            "params": [_finite_or_text(v) for v in session.params],
            "row": session.row,
            "partial_loss": _finite_or_text(session.partial_loss),
            "optimizer_state": [_finite_or_text(v) for v in opt_state.as_list()],
            "divergence": divergence,
            **({"best_params": list(session.best_params)} if session.best_params else {}),
        },
    }
    if session.start is not None:
        document["start"] = list(session.start)
    return document


def _json_value(value: Any) -> Any:
    return value.value if isinstance(value, StrEnum) else value


def _finite_or_text(value: float) -> float | str:
    return value if math.isfinite(value) else repr(value)


def save_session(path: str | os.PathLike[str], session: Session) -> None:
    """Write a session atomically (an old file survives any failure)."""
    atomic_write(path, lambda handle: write_json(handle, session))


CSV_CHUNK = 100_000  # history rows formatted at a time (~0.2 s)


def csv_names(network: Network) -> tuple[str, ...]:
    """The history CSV's parameter columns: the lesson's ``weight,bias``, a model's own
    parameter names."""
    return ("weight", "bias") if network.is_lesson else network.names


def history_csv_parts(
    history: History, names: tuple[str, ...] = ("weight", "bias")
) -> Iterator[str]:
    """``epoch,loss,`` (the sum over the rows trained on; then ``val_loss_mean,``, the
    held-out rows' mean, with rows held out) and a column per parameter
    (``weight,bias`` for the lesson's neuron), ``repr`` floats (exact on reading back), a
    chunk at a time. Where the parameters were kept only every ``param_stride`` epochs,
    the other rows leave their cells empty."""
    held = history.val_loss
    yield (
        ",".join(("epoch", "loss", *(("val_loss_mean",) if held is not None else ()), *names))
        + "\n"
    )
    stride = history.param_stride
    n = len(history)
    empty = "," * history.size
    for start in range(0, n, CSV_CHUNK):
        loss = history.loss[start : start + CSV_CHUNK].tolist()
        if held is not None:
            part = held[start : start + CSV_CHUNK].tolist()
            loss = [f"{a!r},{b!r}" for a, b in zip(loss, part, strict=True)]
        else:
            loss = [repr(a) for a in loss]
        first = -(-start // stride)
        kept = history.params[:, first : first + CSV_CHUNK // stride + 1]
        cells = [",".join(map(repr, column)) for column in kept.T.tolist()]
        lines = []
        for epoch, value in enumerate(loss, start):
            if epoch % stride == 0:
                lines.append(f"{epoch},{value},{cells[epoch // stride - first]}\n")
            else:
                lines.append(f"{epoch},{value}{empty}\n")
        yield "".join(lines)


def history_csv(history: History, names: tuple[str, ...] = ("weight", "bias")) -> str:
    """The whole history CSV as text (see :func:`history_csv_parts`)."""
    return "".join(history_csv_parts(history, names))


def write_history_csv(
    handle: BinaryIO,
    history: History,
    between: Callable[[], object] | None = None,
    names: tuple[str, ...] = ("weight", "bias"),
) -> None:
    """Write the history CSV to ``handle``; ``between()`` runs between chunks (it may
    raise to stop)."""
    for part in history_csv_parts(history, names):
        if between is not None:
            between()
        handle.write(part.encode("utf-8"))


def save_history_csv(
    path: str | os.PathLike[str],
    history: History,
    between: Callable[[], object] | None = None,
    names: tuple[str, ...] = ("weight", "bias"),
) -> None:
    """Write the history CSV atomically; ``between()`` runs between chunks (it may raise
    to stop: the old file then stays)."""
    atomic_write(path, lambda handle: write_history_csv(handle, history, between, names))


# -- reading --------------------------------------------------------------------------
def parse_session(text: str | bytes, source: str) -> Session:
    """Check and read a session document; raises :class:`SessionError`."""
    p = read_document(text, source)
    racers = [Session(p.data, **r.run()) for r in p.race]  # a race's other racers
    return Session(p.data, **p.run(), view=p.view, race=racers, race_threshold=p.race_threshold)


def load_session(path: str | os.PathLike[str]) -> Session:
    """Read a session file; raises :class:`SessionError` with the file and the reason."""
    source = str(path)
    try:
        raw = read_file(path, MAX_BYTES)
    except FileProblem as exc:
        raise SessionError(source, str(exc)) from None
    return parse_session(raw, source)
