"""Reading session documents strictly: every field checked, nothing half-loaded.

Versions 1 (arrays as lists of numbers) and 2 (arrays as base64 of little-endian
float64) are read. Whatever a file declares is checked against caps before
anything is sized by it: no allocation follows an untrusted number.
"""

from __future__ import annotations

import binascii
import json
import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from gdviz.core.run.settings import EPOCHS_MAX, RunSettings
from gdviz.core.train.data import DataError, DataSet
from gdviz.core.train.history import History
from gdviz.core.train.model import Gradient, Loss
from gdviz.core.train.optimizers import Optimizer, OptimizerState
from gdviz.core.train.trainer import Divergence

STATE_SIZE = 5  # the optimiser state of w and b: first (2), second (2), t

FORMAT = "gdviz-session"
NEWEST = 3  # 3: the optimiser, its settings and its state; races
MAX_RACERS = 15
# Long base64 strings are taken out of the text before it is parsed, and stand in the
# parsed document as this text plus a number (no text field may hold a NUL).
PLACEHOLDER = "\x00gdviz-array:"
LIFT = 1 << 16  # strings this long or longer are lifted
SCAN_MAX = 100_000  # strings looked at before giving up on lifting (not gdviz's file)
CHUNK = 4 << 20  # base64 characters decoded at a time (~10 ms): other threads keep running
ROWS_MAX = 50_000_000  # data rows a session may hold (a 1 GiB file holds fewer)
BATCH_MAX = 1 << 31
VIEW_SPEED_MAX = 24  # the window's speed positions (0 slowest … 24 max), as a session stores them


class SessionError(ValueError):
    """A session file that cannot be opened, with the file and the reason."""

    def __init__(self, source: str, message: str) -> None:
        self.source = source
        self.message = message
        super().__init__(f"{source}: {message}")


@dataclass
class SessionParts:
    """A checked session document, ready to become a ``Session``."""

    data: DataSet
    settings: RunSettings
    history: History
    w: float
    b: float
    lr_changes: list[tuple[int, float]]
    learning_rate: float
    divergence: Divergence | None
    view: dict[str, Any]
    row: int
    partial_loss: float
    opt_state: OptimizerState
    race: list[SessionParts] = field(default_factory=list)  # a race's other racers
    race_threshold: float = 0.05

    def run(self) -> dict[str, Any]:
        """The run's own parts, as ``Session`` takes them."""
        return {
            "settings": self.settings,
            "history": self.history,
            "w": self.w,
            "b": self.b,
            "lr_changes": self.lr_changes,
            "learning_rate": self.learning_rate,
            "divergence": self.divergence,
            "row": self.row,
            "partial_loss": self.partial_loss,
            "opt_state": self.opt_state,
        }


def _reject_constant(name: str) -> float:
    raise ValueError(f"{name} is not a finite number")


def _kind(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true/false"
    kinds = {int: "a number", float: "a number", str: "text", list: "a list", dict: "an object"}
    return kinds.get(type(value), type(value).__name__)


class _Reader:
    """Typed access to the parsed JSON, with messages that say where."""

    def __init__(
        self, source: str, version: int = NEWEST, lifted: list[memoryview] | None = None
    ) -> None:
        self.source = source
        self.version = version
        self.lifted = lifted or []

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
        try:
            value = float(value)
        except OverflowError:
            raise self.fail(f"'{name}' is too large a number") from None
        if not math.isfinite(value):
            raise self.fail(f"'{name}' must be a finite number, got {value!r}")
        return value

    def integer(self, value: Any, name: str, minimum: int = 0, maximum: int | None = None) -> int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise self.fail(f"'{name}' must be a whole number, got {_kind(value)}")
        if value < minimum:
            raise self.fail(f"'{name}' must be {minimum} or more, got {value}")
        if maximum is not None and value > maximum:
            raise self.fail(f"'{name}' must be at most {maximum:,}, got {value:,}")
        return value

    def text(self, value: Any, name: str) -> str:
        if not isinstance(value, str):
            raise self.fail(f"'{name}' must be text, got {_kind(value)}")
        if "\x00" in value:
            raise self.fail(f"'{name}' holds a NUL character")
        return value

    def numbers(self, value: Any, name: str, count: int | None = None) -> np.ndarray:
        """A float64 array: a list of numbers (version 1) or base64 (version 2)."""
        if self.version >= 2:
            if not isinstance(value, str):
                raise self.fail(f"'{name}' must be base64 text, got {_kind(value)}")
            try:
                raw = self._decode(value)
            except (binascii.Error, UnicodeEncodeError, ValueError, IndexError):
                raise self.fail(f"'{name}' is not valid base64") from None
            if len(raw) % 8:
                raise self.fail(f"'{name}' does not hold whole 8-byte numbers")
            array = np.frombuffer(raw, dtype="<f8").astype(np.float64, copy=False)
            if not np.isfinite(array).all():
                raise self.fail(f"'{name}' must hold finite numbers only")
        else:
            if not isinstance(value, list):
                raise self.fail(f"'{name}' must be a list of numbers, got {_kind(value)}")
            for i, item in enumerate(value):
                self.number(item, f"{name}[{i}]")
            array = np.array(value, dtype=float)
        if count is not None and len(array) != count:
            raise self.fail(f"'{name}' must have {count} values, found {len(array)}")
        return array

    def _decode(self, value: str) -> memoryview:
        if value.startswith(PLACEHOLDER):
            encoded = self.lifted[int(value[len(PLACEHOLDER) :])]
        else:
            encoded = memoryview(value.encode("ascii"))
        if len(encoded) % 4:
            raise ValueError("base64 comes in groups of 4 characters")
        out = np.empty(len(encoded) // 4 * 3, dtype=np.uint8)
        filled = 0
        for i in range(0, len(encoded), CHUNK):
            part = binascii.a2b_base64(encoded[i : i + CHUNK], strict_mode=True)
            out[filled : filled + len(part)] = np.frombuffer(part, dtype=np.uint8)
            filled += len(part)
        return memoryview(out)[:filled]


def _string_end(raw: bytes, start: int) -> int:
    """Index of the quote that closes the JSON string opened at ``start`` (-1: none)."""
    end = raw.find(b'"', start + 1)
    while end > 0:
        backslashes = 0
        while raw[end - 1 - backslashes] == 0x5C:  # a quote after an odd run is escaped
            backslashes += 1
        if backslashes % 2 == 0:
            return end
        end = raw.find(b'"', end + 1)
    return -1


def lift_long_strings(raw: bytes) -> tuple[bytes, list[memoryview]]:
    """Take the long strings (the base64 arrays) out of the document, leaving placeholders.

    Parsing the few kilobytes left is quick; the arrays are decoded in chunks after,
    so a thread reading a 150 MB session never holds the GIL for long.
    """
    pieces: list[bytes] = []
    lifted: list[memoryview] = []
    whole = memoryview(raw)  # slices of it are views, not 100 MB copies
    pos = copied = 0
    for _ in range(SCAN_MAX):
        start = raw.find(b'"', pos)
        if start < 0:
            break
        end = _string_end(raw, start)
        if end < 0:
            break
        if end - start - 1 >= LIFT and raw.find(b"\\", start + 1, end) < 0:
            pieces += [raw[copied:start], json.dumps(f"{PLACEHOLDER}{len(lifted)}").encode()]
            lifted.append(whole[start + 1 : end])
            copied = end + 1
        pos = end + 1
    pieces.append(raw[copied:])
    return b"".join(pieces), lifted


def read_document(raw: bytes | str, source: str) -> SessionParts:
    """Check a session document; raises :class:`SessionError` naming what is wrong."""
    if isinstance(raw, str):
        raw = raw.encode("utf-8", "surrogatepass")
    raw = raw.removeprefix(b"\xef\xbb\xbf")  # a UTF-8 BOM, as some editors write
    skeleton, lifted = lift_long_strings(raw)
    r = _Reader(source, NEWEST, lifted)
    try:
        text = skeleton.decode("utf-8")
    except UnicodeDecodeError:
        raise r.fail("not a gdviz session: not UTF-8 text") from None
    try:
        doc = json.loads(text, parse_constant=_reject_constant)
    except RecursionError:
        raise r.fail("not a gdviz session: nested too deeply") from None
    except ValueError as exc:
        raise r.fail(f"not a gdviz session: not valid JSON ({exc})") from None
    if not isinstance(doc, dict):
        raise r.fail("not a gdviz session: the file is not a JSON object")
    if doc.get("format") != FORMAT:
        raise r.fail(
            f"not a gdviz session: 'format' is {str(doc.get('format'))[:40]!r}, expected {FORMAT!r}"
        )
    version = r.integer(r.field(doc, "version", ""), "version", minimum=1)
    if version > NEWEST:
        raise r.fail(
            f"saved by a newer gdviz (session version {version}; this gdviz reads up "
            f"to {NEWEST}): update gdviz to open it"
        )
    r.version = version
    data = _data(r, r.obj(doc, "data", ""))
    parts = _run(r, doc, data, "")
    parts.view = _view(r, doc.get("view", {}), len(parts.history))
    if "race" in doc:
        race = r.obj(doc, "race", "")
        parts.race_threshold = r.number(race.get("threshold", 0.05), "race.threshold")
        racers = race.get("racers")
        if not isinstance(racers, list) or not 1 <= len(racers) <= MAX_RACERS:
            raise r.fail(f"'race.racers' must be a list of 1 to {MAX_RACERS} runs")
        for i, racer in enumerate(racers):
            if not isinstance(racer, dict):
                raise r.fail(f"'race.racers[{i}]' must be an object, got {_kind(racer)}")
            parts.race.append(_run(r, racer, data, f"race.racers[{i}]."))
    return parts


def _run(r: _Reader, doc: dict, data: DataSet, where: str) -> SessionParts:
    """One run's settings, history and state (``where``: its place, for messages)."""
    try:
        settings = _settings(r, r.obj(doc, "hyperparameters", where))
        history = _history(r, r.obj(doc, "history", where), settings)
        n = len(history)
        changes = _rate_changes(r, r.field(doc, "learning_rate_changes", where), n)
        current_lr = r.number(doc.get("learning_rate", changes[-1][1]), "learning_rate")
        if current_lr <= 0:
            raise r.fail(f"'learning_rate' must be above 0, got {current_lr!r}")
        state = r.obj(doc, "state", where)
        w, b, row, partial, divergence = _state(r, state, data)
        opt_state = _optimizer_state(r, state.get("optimizer_state"), settings, divergence)
    except SessionError as exc:
        if not where:
            raise
        raise SessionError(r.source, f"{where.rstrip('.')}: {exc.message}") from None
    return SessionParts(
        data, settings, history, w, b, changes, current_lr, divergence, {}, row, partial,
        opt_state,
    )  # fmt: skip


def _data(r: _Reader, d: dict) -> DataSet:
    names = {
        key: r.text(d.get(key, default), f"data.{key}")
        for key, default in (("name", "data"), ("x_label", "x"), ("y_label", "y"))
    }
    if r.version >= 2:
        count = r.integer(r.field(d, "rows", "data."), "data.rows", 1, ROWS_MAX)
        xs = r.numbers(r.field(d, "x", "data."), "data.x", count)
        ys = r.numbers(r.field(d, "y", "data."), "data.y", count)
    else:
        value = r.field(d, "rows", "data.")
        if not isinstance(value, list) or not value:
            raise r.fail("'data.rows' must be a non-empty list of [x, y] pairs")
        pairs = []
        for i, row in enumerate(value):
            if not isinstance(row, list) or len(row) != 2:
                raise r.fail(f"'data.rows[{i}]' must be an [x, y] pair, got {_kind(row)}")
            pairs.append(
                (r.number(row[0], f"data.rows[{i}][0]"), r.number(row[1], f"data.rows[{i}][1]"))
            )
        xs = np.array([p[0] for p in pairs])
        ys = np.array([p[1] for p in pairs])
    try:
        return DataSet(xs, ys, **names)
    except DataError as exc:
        raise r.fail(f"'data' {exc.message}") from None


def _settings(r: _Reader, h: dict) -> RunSettings:
    where = "hyperparameters."
    loss = r.text(r.field(h, "loss", where), "hyperparameters.loss")
    gradient = r.text(r.field(h, "gradient", where), "hyperparameters.gradient")
    if loss not in {m.value for m in Loss}:
        raise r.fail(f"'hyperparameters.loss' is {loss[:40]!r}; expected squared or cross-entropy")
    if gradient not in {m.value for m in Gradient}:
        raise r.fail(f"'hyperparameters.gradient' is {gradient[:40]!r}; expected seed or exact")
    try:
        return RunSettings(
            r.number(r.field(h, "learning_rate", where), "hyperparameters.learning_rate"),
            r.integer(r.field(h, "epochs", where), "hyperparameters.epochs", 0, EPOCHS_MAX),
            r.number(r.field(h, "weight", where), "hyperparameters.weight"),
            r.number(r.field(h, "bias", where), "hyperparameters.bias"),
            Loss(loss),
            Gradient(gradient),
            r.integer(h.get("batch_size", 1), "hyperparameters.batch_size", 0, BATCH_MAX),
            **_optimizer(r, h),
        )
    except ValueError as exc:
        if isinstance(exc, SessionError):
            raise
        raise r.fail(f"'hyperparameters': {exc}") from None


def _optimizer(r: _Reader, h: dict) -> dict[str, Any]:
    """The optimiser and its hyperparameters (version 3; before it, the lesson's sgd)."""
    found: dict[str, Any] = {}
    if "optimizer" in h:
        name = r.text(h["optimizer"], "hyperparameters.optimizer")
        if name not in {o.value for o in Optimizer}:
            names = ", ".join(o.value for o in Optimizer)
            raise r.fail(f"'hyperparameters.optimizer' is {name[:40]!r}; expected one of {names}")
        found["optimizer"] = Optimizer(name)
    for key in ("momentum", "alpha", "beta1", "beta2"):
        if key in h:
            found[key] = r.number(h[key], f"hyperparameters.{key}")
    if h.get("eps") is not None:
        found["eps"] = r.number(h["eps"], "hyperparameters.eps")
    return found


def _optimizer_state(
    r: _Reader, value: Any, settings: RunSettings, divergence: Divergence | None
) -> OptimizerState:
    if value is None:
        return OptimizerState()
    if not isinstance(value, list) or len(value) != STATE_SIZE:
        raise r.fail(f"'state.optimizer_state' must be a list of {STATE_SIZE} numbers")
    name = "state.optimizer_state"
    numbers = [
        _loose_float(r, v, f"{name}[{i}]", divergence is not None) for i, v in enumerate(value)
    ]
    if divergence is None and (numbers[2] < 0 or numbers[3] < 0):
        raise r.fail(f"'{name}': the averages of squared gradients cannot be negative")
    t = numbers[4]
    if not (t >= 0 and float(t).is_integer() and t <= 1e15):
        raise r.fail(f"'{name}[4]' counts updates: a whole number from 0, got {t!r}")
    if settings.optimizer is Optimizer.SGD and any(numbers):
        raise r.fail(f"'{name}' must be all 0 for the sgd optimizer")
    return OptimizerState.from_array(numbers)


def _history(r: _Reader, hist: dict, settings: RunSettings) -> History:
    stride = r.integer(
        r.field(hist, "param_stride", "history."), "history.param_stride", 1, EPOCHS_MAX
    )
    if stride & (stride - 1):
        raise r.fail(f"'history.param_stride' must be a power of two, got {stride}")
    count = None
    if r.version >= 2:
        count = r.integer(r.field(hist, "epochs", "history."), "history.epochs", 0, settings.epochs)
    loss = r.numbers(r.field(hist, "loss", "history."), "history.loss", count)
    n = len(loss)
    if n > settings.epochs:
        raise r.fail(f"the history has {n} epochs, more than the run's {settings.epochs}")
    expected = -(-n // stride)
    w = r.numbers(r.field(hist, "weight", "history."), "history.weight")
    b = r.numbers(r.field(hist, "bias", "history."), "history.bias")
    if len(w) != expected or len(b) != expected:
        raise r.fail(
            f"'history.weight' and 'history.bias' must have {expected} values for "
            f"{n} epochs, found {len(w)} and {len(b)}"
        )
    if (loss < 0).any():
        raise r.fail("'history.loss' has a negative loss")
    return History.from_arrays(loss, w, b, stride)


def _rate_changes(r: _Reader, value: Any, n: int) -> list[tuple[int, float]]:
    if not isinstance(value, list) or not value:
        raise r.fail("'learning_rate_changes' must be a non-empty list of [epoch, rate]")
    if len(value) > n + 1:
        raise r.fail(f"'learning_rate_changes' has {len(value)} entries for {n} epochs")
    changes: list[tuple[int, float]] = []
    for i, item in enumerate(value):
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
    return changes


def _loose_float(r: _Reader, value: Any, name: str, text_allowed: bool) -> float:
    if text_allowed and isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            raise r.fail(f"'{name}' is {value[:40]!r}, not a number") from None
    return r.number(value, name)


def _state(r: _Reader, state: dict, data: DataSet):
    divergence = None
    if state.get("divergence") is not None:
        dv = r.obj(state, "divergence", "state.")
        where = "state.divergence."
        value_text = r.text(r.field(dv, "value", where), "state.divergence.value")
        try:
            value = float(value_text)
        except ValueError:
            raise r.fail(f"'state.divergence.value' is {value_text[:40]!r}, not a number") from None
        divergence = Divergence(
            r.integer(r.field(dv, "epoch", where), "state.divergence.epoch", 0, EPOCHS_MAX),
            r.text(r.field(dv, "what", where), "state.divergence.what")[:40],
            value,
        )
    diverged = divergence is not None
    w = _loose_float(r, r.field(state, "weight", "state."), "state.weight", diverged)
    b = _loose_float(r, r.field(state, "bias", "state."), "state.bias", diverged)
    row = r.integer(state.get("row", 0), "state.row", 0, len(data) - 1)
    partial = _loose_float(r, state.get("partial_loss", 0.0), "state.partial_loss", diverged)
    if row == 0 and partial != 0.0:
        raise r.fail("'state.partial_loss' must be 0 when no row of the epoch is done")
    if not diverged and partial < 0:
        raise r.fail("'state.partial_loss' must not be negative")
    return w, b, row, partial, divergence


def _view(r: _Reader, view: Any, epochs: int) -> dict[str, Any]:
    if not isinstance(view, dict):
        raise r.fail(f"'view' must be an object, got {_kind(view)}")
    checked: dict[str, Any] = {}
    if "speed" in view:
        # A position of the window's speed slider (the window keeps it within its range).
        checked["speed"] = r.integer(view["speed"], "view.speed", 0, VIEW_SPEED_MAX)
    if "log_loss" in view:
        if not isinstance(view["log_loss"], bool):
            raise r.fail(f"'view.log_loss' must be true or false, got {_kind(view['log_loss'])}")
        checked["log_loss"] = view["log_loss"]
    if view.get("epoch") is not None and epochs:
        checked["epoch"] = r.integer(view["epoch"], "view.epoch", 0, epochs - 1)
    return checked
