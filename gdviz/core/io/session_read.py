"""Reading session documents strictly: every field checked, nothing half-loaded.

The document's shape is declared once (:func:`run_spec`, :data:`DATA`, ...) with the
specs of :mod:`gdviz.core.io.schema`; the run's settings come from their own
declarations (:data:`gdviz.core.run.settings.SETTINGS`), so a session's limits are the
command line's and the window's. What relates one field to another (how many values an
array holds, a row within the data, rates that start at epoch 0) is checked after, in
:func:`read_document`. Versions 1 (arrays as lists of numbers), 2 (base64 arrays), 3
(optimisers and races) and 4 (every model: two inputs, a hidden layer) are read.
Whatever a file declares is checked against caps before anything is sized by it: no
allocation follows an untrusted number.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from gdviz.core.i18n import number, translate
from gdviz.core.io import json_arrays
from gdviz.core.io import session_checks as checks
from gdviz.core.io.schema import (
    Custom,
    Int,
    Invalid,
    ListOf,
    Loose,
    Nullable,
    Num,
    Obj,
    Pair,
    Spec,
    Text,
    Word,
    kind_of,
)
from gdviz.core.io.session_view import read_view
from gdviz.core.run.settings import EPOCHS_MAX, SETTINGS, RunSettings
from gdviz.core.run.values import Choice, Number, Whole
from gdviz.core.train.data import DataError, DataSet
from gdviz.core.train.history import History
from gdviz.core.train.network import MAX_HIDDEN, Network
from gdviz.core.train.optimizers import OptimizerState
from gdviz.core.train.trainer import Divergence
from gdviz.core.train.validation import held_out_problem

FORMAT = "gdviz-session"
NEWEST = 4  # 3: the optimiser, its settings and its state; races. 4: models
MAX_RACERS = 15
ROWS_MAX = 50_000_000  # data rows a session may hold (a 1 GiB file holds fewer)
STATE_SIZE = 5  # versions 1 to 3: the optimiser state of w and b: first (2), second (2), t
MAX_PARAMETERS = Network(2, MAX_HIDDEN).size  # the biggest model's
PLACEHOLDER = json_arrays.PLACEHOLDER


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
    params: tuple[float, ...]
    lr_changes: list[tuple[int, float]]
    learning_rate: float
    divergence: Divergence | None
    view: dict[str, Any]
    row: int
    partial_loss: float
    opt_state: OptimizerState
    start: tuple[float, ...] | None = None
    race: list[SessionParts] = field(default_factory=list)  # a race's other racers
    race_threshold: float = 0.05
    best_params: tuple[float, ...] | None = None  # early stopping's best epoch's

    def run(self) -> dict[str, Any]:
        """The run's own parts, as ``Session`` takes them."""
        return {
            "settings": self.settings,
            "history": self.history,
            "params": self.params,
            "lr_changes": self.lr_changes,
            "learning_rate": self.learning_rate,
            "divergence": self.divergence,
            "row": self.row,
            "partial_loss": self.partial_loss,
            "opt_state": self.opt_state,
            "start": self.start,
            "best_params": self.best_params,
        }


# -- the declarations ---------------------------------------------------------------------
def _setting_spec(name: str) -> Spec:
    """A hyperparameter as the setting's declaration has it (older versions lack the
    optimiser's: those take their defaults)."""
    s = SETTINGS[name]
    # Settings that came after version 1 (batches, optimisers, models) may be missing.
    older = name in LATER_SETTINGS or bool(s.uses)
    default = s.default
    if isinstance(s.kind, Choice):
        return Word(s.kind, optional=older, default=default)
    spec: Spec
    if isinstance(s.kind, Whole):
        kind = Whole(s.kind.low, EPOCHS_MAX) if name == "epochs" else s.kind
        spec = Int(kind, optional=older, default=default)
    else:
        spec = Num(s.kind, optional=older, default=default, words=s.words)
    return Nullable(spec, optional=older) if s.optional else spec


# Settings that came after version 1 (batches, optimisers, models, generalisation): a
# session without them has their defaults.
LATER_SETTINGS = frozenset(
    ("batch_size", "optimizer", "hidden", "activation", "init_seed", "validation",
     "split_seed", "patience", "l2", "l1")
)  # fmt: skip


HYPERPARAMETERS = Obj({name: _setting_spec(name) for name in SETTINGS})
DIVERGENCE = Obj({"epoch": Int(Whole(0, EPOCHS_MAX)), "what": Text(longest=40), "value": Text()})
RATE = Num(Number(0.0, low_open=True))


class Arrays:
    """How a document's number arrays are read: lists of numbers in version 1, base64
    (lifted out of the text, see :mod:`gdviz.core.io.json_arrays`) from version 2."""

    def __init__(self, version: int) -> None:
        self.version = version

    def spec(self) -> Spec:
        return Custom(self.read)

    def read(self, value: Any, path: str) -> np.ndarray:
        if self.version >= 2:
            if not isinstance(value, str | json_arrays.Lifted):
                raise Invalid(
                    translate("session_read", "'{path}' must be base64 text, got {kind}").format(
                        path=path, kind=kind_of(value)
                    )
                )
            try:
                array = json_arrays.decode(value)
            except ValueError as exc:
                raise Invalid(f"'{path}' {exc}") from None
            if not np.isfinite(array).all():
                raise Invalid(
                    translate("session_read", "'{path}' must hold finite numbers only").format(
                        path=path
                    )
                )
            return array
        if not isinstance(value, list):
            raise Invalid(
                translate("session_read", "'{path}' must be a list of numbers, got {kind}").format(
                    path=path, kind=kind_of(value)
                )
            )
        return np.array([Num().read(v, f"{path}[{i}]") for i, v in enumerate(value)])


def data_spec(arrays: Arrays) -> Obj:
    names = {
        "name": Text(optional=True, default="data"),
        "x_label": Text(optional=True, default="x"),
        "y_label": Text(optional=True, default="y"),
    }
    if arrays.version >= 2:
        rows: Spec = Int(Whole(1, ROWS_MAX))
        second: dict[str, Spec] = {}
        if arrays.version >= 4:
            second = {
                "x2_label": Text(optional=True, default="x2"),
                "x2": Custom(arrays.read, optional=True),
            }
        return Obj({**names, "rows": rows, "x": arrays.spec(), **second, "y": arrays.spec()})
    pair = Pair(Num(), Num(), "[x, y]")
    return Obj({**names, "rows": ListOf(pair, 1, what="[x, y] pairs")})


def run_spec(arrays: Arrays) -> Obj:
    """One run: its settings, learning rates, history and state (a race's racers too)."""
    history: dict[str, Spec] = {
        "param_stride": Int(Whole(1, EPOCHS_MAX)),
        "loss": arrays.spec(),
        "val_loss": Custom(arrays.read, optional=True),  # with rows held out
    }
    state: dict[str, Spec] = {}
    states = (STATE_SIZE, STATE_SIZE)
    if arrays.version >= 4:
        names = ListOf(Text(longest=20), 2, MAX_PARAMETERS, what="parameter names")
        history |= {"parameters": names, "params": arrays.spec()}
        state["params"] = ListOf(Custom(_raw), 2, MAX_PARAMETERS, what="numbers")
        states = (0, 2 * MAX_PARAMETERS + 1)  # its size is checked against the model's
    else:
        history |= {"weight": arrays.spec(), "bias": arrays.spec()}
        state |= {"weight": Custom(_raw), "bias": Custom(_raw)}
    if arrays.version >= 2:
        history["epochs"] = Int(Whole(0, EPOCHS_MAX))
    state |= {
        "best_params": Custom(_raw, optional=True),
        "row": Int(Whole(0, ROWS_MAX), optional=True, default=0),
        "partial_loss": Custom(_raw, optional=True, default=0.0),
        "optimizer_state": Nullable(ListOf(Custom(_raw), *states, what="numbers")),
        "divergence": Nullable(DIVERGENCE),
    }
    run: dict[str, Spec] = {
        "hyperparameters": HYPERPARAMETERS,
        "learning_rate_changes": ListOf(
            Pair(Int(), RATE, "[epoch, rate]"), 1, what="[epoch, rate] pairs"
        ),
        "learning_rate": Nullable(RATE),
        "history": Obj(history),
        "state": Obj(state),
    }
    if arrays.version >= 4:
        run["start"] = Custom(_raw, optional=True)
    return Obj(run)


def _raw(value: Any, path: str) -> Any:
    """Checked later, once it is known whether the run diverged (then text is allowed)."""
    return value


# -- reading -------------------------------------------------------------------------------
def read_document(raw: bytes | str, source: str) -> SessionParts:
    """Check a session document; raises :class:`SessionError` naming what is wrong."""
    try:
        return _read(raw)
    except Invalid as exc:
        raise SessionError(source, str(exc)) from None


def _read(raw: bytes | str) -> SessionParts:
    if isinstance(raw, str):
        raw = raw.encode("utf-8", "surrogatepass")
    raw = raw.removeprefix(b"\xef\xbb\xbf")  # a UTF-8 BOM, as some editors write
    skeleton, lifted = json_arrays.lift_long_strings(raw)
    try:
        text = skeleton.decode("utf-8")
    except UnicodeDecodeError:
        raise Invalid(translate("session_read", "not a gdviz session: not UTF-8 text")) from None
    try:
        doc = json.loads(text, parse_constant=_reject_constant, parse_float=_float)
    except _TooLarge as big:
        raise Invalid(
            translate(
                "session_read",
                "not a gdviz session: it holds a number written with {n} characters, "
                "too large for a float",
            ).format(n=number(big.length, ","))
        ) from None
    except RecursionError:
        raise Invalid(translate("session_read", "not a gdviz session: nested too deeply")) from None
    except ValueError as exc:
        if "Exceeds the limit" in str(exc):  # Python's cap on the digits of a whole number
            raise Invalid(
                translate(
                    "session_read", "not a gdviz session: it holds a number of over {n} digits"
                ).format(n=number(4300, ","))
            ) from None
        raise Invalid(
            translate("session_read", "not a gdviz session: not valid JSON ({reason})").format(
                reason=str(exc)[:120]
            )
        ) from None
    if not isinstance(doc, dict):
        raise Invalid(
            translate("session_read", "not a gdviz session: the file is not a JSON object")
        )
    try:
        doc = json_arrays.put_back(doc, lifted)
    except RecursionError:
        raise Invalid(translate("session_read", "not a gdviz session: nested too deeply")) from None
    assert isinstance(doc, dict)
    if doc.get("format") != FORMAT:
        given = doc.get("format")
        found = (given.text() if isinstance(given, json_arrays.Lifted) else str(given))[:40]
        raise Invalid(
            translate(
                "session_read", "not a gdviz session: 'format' is {found}, expected {expected}"
            ).format(found=repr(found), expected=repr(FORMAT))
        )
    version = Obj({"version": Custom(_version)}).read(doc, "")["version"]
    if version > NEWEST:
        said = version if version < 10**9 else translate("session_read", "a newer one")
        raise Invalid(
            translate(
                "session_read",
                "saved by a newer gdviz (session version {version}; this gdviz reads up "
                "to {newest}): update gdviz to open it",
            ).format(version=said, newest=NEWEST)
        )
    arrays = Arrays(version)
    data = _data(Obj({"data": data_spec(arrays)}).read(doc, "")["data"], version)
    parts = _run(run_spec(arrays).read(doc, ""), data)
    parts.view = read_view(doc, len(parts.history))
    if "race" in doc:
        race = Obj({"threshold": Num(optional=True, default=0.05), "racers": Custom(_raw)}).read(
            doc["race"], "race"
        )
        parts.race_threshold = race["threshold"]
        racers = race["racers"]
        if not isinstance(racers, list) or not 1 <= len(racers) <= MAX_RACERS:
            raise Invalid(
                translate("session_read", "'race.racers' must be a list of 1 to {n} runs").format(
                    n=MAX_RACERS
                )
            )
        spec = run_spec(arrays)
        for i, racer in enumerate(racers):
            where = f"race.racers[{i}]"
            if not isinstance(racer, dict):
                raise Invalid(
                    translate("session_read", "'{path}' must be an object, got {kind}").format(
                        path=where, kind=kind_of(racer)
                    )
                )
            try:
                parts.race.append(_run(spec.read(racer, ""), data))
            except Invalid as exc:
                raise Invalid(f"{where}: {exc}") from None
    return parts


def _version(value: Any, path: str) -> int:
    """A whole number from 1 (any size: a huge one is just a newer gdviz's)."""
    if isinstance(value, bool) or not isinstance(value, int):
        raise Invalid(
            translate("session_read", "'{path}' must be a whole number, got {kind}").format(
                path=path, kind=kind_of(value)
            )
        )
    if value < 1:
        raise Invalid(translate("session_read", "'{path}' must be 1 or more").format(path=path))
    return value


class _TooLarge(ValueError):
    def __init__(self, length: int) -> None:
        super().__init__("too large")
        self.length = length


def _float(text: str) -> float:
    """A JSON number as a float; one too large for a float is refused (never read as inf)."""
    value = float(text)
    if math.isinf(value):
        raise _TooLarge(len(text))
    return value


def _reject_constant(name: str) -> float:
    raise ValueError(translate("session_read", "{name} is not a finite number").format(name=name))


def _data(d: dict[str, Any], version: int) -> DataSet:
    x2 = d.get("x2")
    if version >= 2:
        for key in ("x", "x2", "y"):
            if d.get(key) is not None and len(d[key]) != d["rows"]:
                raise Invalid(
                    translate(
                        "session_read", "'{path}' must have {n} values, found {found}"
                    ).format(path=f"data.{key}", n=d["rows"], found=len(d[key]))
                )
        xs, ys = d["x"], d["y"]
    else:
        xs = np.array([p[0] for p in d["rows"]])
        ys = np.array([p[1] for p in d["rows"]])
    try:
        return DataSet(xs, ys, d["name"], d["x_label"], d["y_label"], x2=x2,
                       x2_label=d.get("x2_label", "x2"))  # fmt: skip
    except DataError as exc:
        raise Invalid(f"'data' {exc.message}") from None


def _run(doc: dict[str, Any], data: DataSet) -> SessionParts:
    """A run's parts, with what relates one field to another checked."""
    try:
        settings = RunSettings(**doc["hyperparameters"])
    except ValueError as exc:
        raise Invalid(f"'hyperparameters': {exc}") from None
    network = settings.network(data.inputs)
    history = checks.history(doc["history"], settings, network)
    n = len(history)
    problem = held_out_problem(settings, len(data), history)
    if problem:
        raise Invalid(problem)
    changes = checks.rate_changes(doc["learning_rate_changes"], n)
    learning_rate = doc["learning_rate"] if doc["learning_rate"] is not None else changes[-1][1]
    state = doc["state"]
    divergence = checks.divergence(state["divergence"])
    diverged = divergence is not None
    if "params" in state:
        values = state["params"]
        if len(values) != network.size:
            raise Invalid(
                translate(
                    "session_read", "'{path}' must hold {n} numbers for {model}, found {found}"
                ).format(
                    path="state.params",
                    n=network.size,
                    model=network.describe(),
                    found=len(values),
                )
            )
        params = tuple(
            Loose().read(v, f"state.params[{i}]", diverged) for i, v in enumerate(values)
        )
    else:
        params = (
            Loose().read(state["weight"], "state.weight", diverged),
            Loose().read(state["bias"], "state.bias", diverged),
        )
    start = checks.vector(doc.get("start"), network, "start")
    row = state["row"]
    if row > len(data) - 1:
        raise Invalid(
            translate("session_read", "'{path}' must be at most {most}, got {found}").format(
                path="state.row", most=number(len(data) - 1, ","), found=number(row, ",")
            )
        )
    if row and not settings.per_row:  # only per-row updates stop inside an epoch
        raise Invalid(
            translate(
                "session_read",
                "'state.row' must be 0 with a batch size of {size} (a run stops "
                "mid-epoch only with per-row updates, batch size 1)",
            ).format(size=settings.batch_size)
        )
    partial = Loose().read(state["partial_loss"], "state.partial_loss", diverged)
    if row == 0 and partial != 0.0:
        raise Invalid(
            translate(
                "session_read", "'state.partial_loss' must be 0 when no row of the epoch is done"
            )
        )
    if not diverged and partial < 0:
        raise Invalid(translate("session_read", "'state.partial_loss' must not be negative"))
    opt_state = checks.optimizer_state(state["optimizer_state"], settings, diverged, network.size)
    best = checks.vector(doc["state"].get("best_params"), network, "state.best_params")
    return SessionParts(
        data, settings, history, params, changes, learning_rate, divergence, {}, row, partial,
        opt_state, start, best_params=best,
    )  # fmt: skip
