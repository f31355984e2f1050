"""Session files (``.gdviz.json``): a run saved so it can be reopened and continued.

A session holds the data set, the hyperparameters and options, the learning
rates used and from which epoch, the full history and the current w, b.
Floats are written with ``repr`` (JSON numbers), so they read back as the
identical doubles and a reopened run continues bit for bit.

Reading is strict: anything malformed raises :class:`SessionError` naming
the file and what is wrong; nothing is half-loaded.
"""

from __future__ import annotations

import json
import math
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from gdviz import __version__
from gdviz.core.atomic import atomic_write_text
from gdviz.core.data import DataError, DataSet
from gdviz.core.history import History
from gdviz.core.model import Gradient, Loss
from gdviz.core.settings import RunSettings
from gdviz.core.trainer import Divergence, Trainer

FORMAT = "gdviz-session"
VERSION = 1
SUFFIX = ".gdviz.json"


class SessionError(ValueError):
    """A session file that cannot be opened, with the file and the reason."""

    def __init__(self, source: str, message: str) -> None:
        self.source = source
        self.message = message
        super().__init__(f"{source}: {message}")


@dataclass
class Session:
    """Everything needed to show a run again and to continue it."""

    data: DataSet
    settings: RunSettings
    history: History
    w: float
    b: float
    lr_changes: list[tuple[int, float]] = field(default_factory=list)
    learning_rate: float | None = None  # the rate the next epoch uses
    divergence: Divergence | None = None
    view: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if not self.lr_changes:
            self.lr_changes = [(0, self.settings.learning_rate)]
        if self.learning_rate is None:
            self.learning_rate = self.lr_changes[-1][1]

    @property
    def epoch(self) -> int:
        return len(self.history)

    def trainer(self, keep_history: bool = True) -> Trainer:
        """A trainer that continues this run exactly where it stopped."""
        trainer = Trainer(self.data, self.settings, keep_history=False)
        last = float(self.history.loss[-1]) if len(self.history) else None
        trainer.restore(self.epoch, self.w, self.b, last)
        if keep_history:
            trainer.keep_history = True
            trainer.history = History.from_arrays(
                self.history.loss,
                self.history.w,
                self.history.b,
                self.history.param_stride,
                capacity=self.settings.epochs,
            )
        trainer.learning_rate = float(self.learning_rate)  # type: ignore[arg-type]
        trainer.diverged = self.divergence
        return trainer


def from_trainer(trainer: Trainer, lr_changes: list[tuple[int, float]] | None = None) -> Session:
    """A session of a finished (or stopped) headless run; needs ``keep_history``."""
    return Session(
        trainer.data,
        trainer.settings,
        trainer.history,
        trainer.w,
        trainer.b,
        lr_changes or [(0, trainer.settings.learning_rate)],
        trainer.learning_rate,
        trainer.diverged,
    )


# -- writing --------------------------------------------------------------------------
def to_json(session: Session) -> str:
    settings, h, data = session.settings, session.history, session.data
    divergence = None
    if session.divergence is not None:
        d = session.divergence
        divergence = {"epoch": d.epoch, "what": d.what, "value": repr(d.value)}
    document = {
        "format": FORMAT,
        "version": VERSION,
        "saved_by": f"gdviz {__version__}",
        "data": {
            "name": data.name,
            "x_label": data.x_label,
            "y_label": data.y_label,
            "rows": [list(row) for row in data.rows],
        },
        "hyperparameters": {
            "learning_rate": settings.learning_rate,
            "epochs": settings.epochs,
            "weight": settings.weight,
            "bias": settings.bias,
            "loss": settings.loss.value,
            "gradient": settings.gradient.value,
            "batch_size": settings.batch_size,
        },
        "learning_rate_changes": [[epoch, lr] for epoch, lr in session.lr_changes],
        "learning_rate": session.learning_rate,
        "history": {
            "loss": h.loss.tolist(),
            "param_stride": h.param_stride,
            "weight": h.w.tolist(),
            "bias": h.b.tolist(),
        },
        "state": {
            "weight": _finite_or_text(session.w),
            "bias": _finite_or_text(session.b),
            "divergence": divergence,
        },
        "view": session.view,
    }
    return json.dumps(document, indent=1, allow_nan=False) + "\n"


def _finite_or_text(value: float) -> float | str:
    return value if math.isfinite(value) else repr(value)


def save_session(path: str | os.PathLike[str], session: Session) -> None:
    """Write a session atomically (an old file survives any failure)."""
    atomic_write_text(path, to_json(session))


def history_csv(history: History) -> str:
    """``epoch,loss,weight,bias`` rows with ``repr`` floats (exact on reading back).

    Where w, b were kept only every ``param_stride`` epochs, the other rows
    leave those two cells empty.
    """
    lines = ["epoch,loss,weight,bias"]
    stride = history.param_stride
    w, b = history.w.tolist(), history.b.tolist()
    for epoch, loss in enumerate(history.loss.tolist()):
        if epoch % stride == 0:
            k = epoch // stride
            lines.append(f"{epoch},{loss!r},{w[k]!r},{b[k]!r}")
        else:
            lines.append(f"{epoch},{loss!r},,")
    return "\n".join(lines) + "\n"


def save_history_csv(path: str | os.PathLike[str], history: History) -> None:
    atomic_write_text(path, history_csv(history))


# -- reading --------------------------------------------------------------------------
def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not a finite number")


class _Reader:
    """Typed access to the parsed JSON, with messages that say where."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, message: str) -> SessionError:
        return SessionError(self.source, message)

    def obj(self, parent: dict, key: str, where: str) -> dict:
        value = self.field(parent, key, where)
        if not isinstance(value, dict):
            raise self.fail(f"'{where}{key}' must be an object, got {_kind(value)}")
        return value

    def field(self, parent: dict, key: str, where: str) -> Any:
        if key not in parent:
            raise self.fail(f"'{where}{key}' is missing")
        return parent[key]

    def number(self, value: Any, name: str) -> float:
        if isinstance(value, bool) or not isinstance(value, int | float):
            raise self.fail(f"'{name}' must be a number, got {_kind(value)}")
        value = float(value)
        if not math.isfinite(value):
            raise self.fail(f"'{name}' must be a finite number, got {value!r}")
        return value

    def integer(self, value: Any, name: str, minimum: int = 0) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(f"'{name}' must be a whole number, got {_kind(value)}")
        if value < minimum:
            raise self.fail(f"'{name}' must be {minimum} or more, got {value}")
        return value

    def text(self, value: Any, name: str) -> str:
        if not isinstance(value, str):
            raise self.fail(f"'{name}' must be text, got {_kind(value)}")
        return value

    def numbers(self, value: Any, name: str) -> np.ndarray:
        if not isinstance(value, list):
            raise self.fail(f"'{name}' must be a list of numbers, got {_kind(value)}")
        for i, item in enumerate(value):
            self.number(item, f"{name}[{i}]")
        return np.array(value, dtype=float)


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    return {int: "a number", float: "a number", str: "text", list: "a list", dict: "an object"}.get(
        type(value), type(value).__name__
    )


def parse_session(text: str, source: str) -> Session:
    """Parse and check a session document; raises :class:`SessionError`."""
    r = _Reader(source)
    try:
        doc = json.loads(text, parse_constant=_reject_constant)
    except ValueError as exc:
        raise r.fail(f"not a gdviz session: not valid JSON ({exc})") from None
    if not isinstance(doc, dict):
        raise r.fail("not a gdviz session: the file is not a JSON object")
    if doc.get("format") != FORMAT:
        raise r.fail(f"not a gdviz session: 'format' is {doc.get('format')!r}, expected {FORMAT!r}")
    version = r.integer(r.field(doc, "version", ""), "version", minimum=1)
    if version > VERSION:
        raise r.fail(
            f"saved by a newer gdviz (session version {version}; this gdviz reads "
            f"up to {VERSION}): update gdviz to open it"
        )

    d = r.obj(doc, "data", "")
    rows_value = r.field(d, "rows", "data.")
    if not isinstance(rows_value, list) or not rows_value:
        raise r.fail("'data.rows' must be a non-empty list of [x, y] pairs")
    rows = []
    for i, row in enumerate(rows_value):
        if not isinstance(row, list) or len(row) != 2:
            raise r.fail(f"'data.rows[{i}]' must be an [x, y] pair, got {_kind(row)}")
        rows.append(
            (r.number(row[0], f"data.rows[{i}][0]"), r.number(row[1], f"data.rows[{i}][1]"))
        )
    try:
        data = DataSet(
            tuple(rows),
            name=r.text(d.get("name", "data"), "data.name"),
            x_label=r.text(d.get("x_label", "x"), "data.x_label"),
            y_label=r.text(d.get("y_label", "y"), "data.y_label"),
        )
    except DataError as exc:
        raise r.fail(f"'data' {exc.message}") from None

    h = r.obj(doc, "hyperparameters", "")
    loss_name = r.text(r.field(h, "loss", "hyperparameters."), "hyperparameters.loss")
    gradient_name = r.text(r.field(h, "gradient", "hyperparameters."), "hyperparameters.gradient")
    if loss_name not in {m.value for m in Loss}:
        raise r.fail(f"'hyperparameters.loss' is {loss_name!r}; expected squared or cross-entropy")
    if gradient_name not in {m.value for m in Gradient}:
        raise r.fail(f"'hyperparameters.gradient' is {gradient_name!r}; expected seed or exact")
    try:
        settings = RunSettings(
            r.number(
                r.field(h, "learning_rate", "hyperparameters."), "hyperparameters.learning_rate"
            ),
            r.integer(r.field(h, "epochs", "hyperparameters."), "hyperparameters.epochs"),
            r.number(r.field(h, "weight", "hyperparameters."), "hyperparameters.weight"),
            r.number(r.field(h, "bias", "hyperparameters."), "hyperparameters.bias"),
            Loss(loss_name),
            Gradient(gradient_name),
            r.integer(h.get("batch_size", 1), "hyperparameters.batch_size"),
        )
    except ValueError as exc:
        if isinstance(exc, SessionError):
            raise
        raise r.fail(f"'hyperparameters': {exc}") from None

    hist = r.obj(doc, "history", "")
    loss = r.numbers(r.field(hist, "loss", "history."), "history.loss")
    stride = r.integer(r.field(hist, "param_stride", "history."), "history.param_stride", 1)
    if stride & (stride - 1):
        raise r.fail(f"'history.param_stride' must be a power of two, got {stride}")
    w = r.numbers(r.field(hist, "weight", "history."), "history.weight")
    b = r.numbers(r.field(hist, "bias", "history."), "history.bias")
    n = len(loss)
    if n > settings.epochs:
        raise r.fail(f"the history has {n} epochs, more than the run's {settings.epochs}")
    expected = -(-n // stride)
    if len(w) != expected or len(b) != expected:
        raise r.fail(
            f"'history.weight' and 'history.bias' must have {expected} values for "
            f"{n} epochs, found {len(w)} and {len(b)}"
        )
    if (loss < 0).any():
        raise r.fail("'history.loss' has a negative loss")

    changes_value = r.field(doc, "learning_rate_changes", "")
    if not isinstance(changes_value, list) or not changes_value:
        raise r.fail("'learning_rate_changes' must be a non-empty list of [epoch, rate]")
    changes: list[tuple[int, float]] = []
    for i, item in enumerate(changes_value):
        name = f"learning_rate_changes[{i}]"
        if not isinstance(item, list) or len(item) != 2:
            raise r.fail(f"'{name}' must be an [epoch, rate] pair")
        epoch = r.integer(item[0], f"{name}[0]")
        lr = r.number(item[1], f"{name}[1]")
        if lr <= 0:
            raise r.fail(f"'{name}[1]' must be above 0, got {lr!r}")
        if (changes and epoch <= changes[-1][0]) or (not changes and epoch != 0) or epoch > n:
            raise r.fail(f"'{name}': epochs must start at 0, increase, and not pass {n}")
        changes.append((epoch, lr))
    current_lr = r.number(doc.get("learning_rate", changes[-1][1]), "learning_rate")
    if current_lr <= 0:
        raise r.fail(f"'learning_rate' must be above 0, got {current_lr!r}")

    state = r.obj(doc, "state", "")
    divergence = None
    if state.get("divergence") is not None:
        dv = r.obj(state, "divergence", "state.")
        value_text = r.text(r.field(dv, "value", "state.divergence."), "state.divergence.value")
        try:
            value = float(value_text)
        except ValueError:
            raise r.fail(f"'state.divergence.value' is {value_text!r}, not a number") from None
        divergence = Divergence(
            r.integer(r.field(dv, "epoch", "state.divergence."), "state.divergence.epoch"),
            r.text(r.field(dv, "what", "state.divergence."), "state.divergence.what"),
            value,
        )
    cur = []
    for key in ("weight", "bias"):
        value = r.field(state, key, "state.")
        if divergence is not None and isinstance(value, str):
            try:
                cur.append(float(value))
                continue
            except ValueError:
                pass
        cur.append(r.number(value, f"state.{key}"))
    view = doc.get("view", {})
    if not isinstance(view, dict):
        raise r.fail(f"'view' must be an object, got {_kind(view)}")
    history = History.from_arrays(loss, w, b, stride, capacity=settings.epochs)
    return Session(data, settings, history, cur[0], cur[1], changes, current_lr, divergence, view)


def load_session(path: str | os.PathLike[str]) -> Session:
    """Read a session file; raises :class:`SessionError` with the file and the reason."""
    source = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise SessionError(source, f"cannot read the file: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise SessionError(source, "not a gdviz session: not UTF-8 text") from None
    return parse_session(text, source)
