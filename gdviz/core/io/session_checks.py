"""What relates one field of a session's run to another: the history's arrays, the
learning rate's changes, a divergence and the optimiser's state (read by
:mod:`gdviz.core.io.session_read`, which checked each field's own shape first)."""

from __future__ import annotations

from typing import Any

import numpy as np

from gdviz.core.i18n import number, translate
from gdviz.core.io.schema import Invalid, Loose, Num
from gdviz.core.run.settings import RunSettings
from gdviz.core.train.history import History
from gdviz.core.train.network import Network
from gdviz.core.train.optimizers import Optimizer, OptimizerState
from gdviz.core.train.trainer import Divergence


def vector(value: Any, network: Network, name: str) -> tuple[float, ...] | None:
    """A list of the model's parameters (``start``, ``state.best_params``), or None."""
    if value is None:
        return None
    if not isinstance(value, list) or len(value) != network.size:
        raise Invalid(
            translate(
                "session_checks", "'{path}' must be a list of {n} numbers for {model}"
            ).format(path=name, n=network.size, model=network.describe())
        )
    return tuple(Num().read(v, f"{name}[{i}]") for i, v in enumerate(value))


def history(h: dict[str, Any], settings: RunSettings, network: Network) -> History:
    stride = h["param_stride"]
    if stride & (stride - 1):
        raise Invalid(
            translate(
                "session_checks", "'history.param_stride' must be a power of two, got {n}"
            ).format(n=stride)
        )
    loss = h["loss"]
    count = h.get("epochs")
    if count is not None:
        if count > settings.epochs:
            raise Invalid(
                translate("session_checks", "'{path}' must be at most {most}, got {found}").format(
                    path="history.epochs",
                    most=number(settings.epochs, ","),
                    found=number(count, ","),
                )
            )
        if len(loss) != count:
            raise Invalid(
                translate("session_checks", "'{path}' must have {n} values, found {found}").format(
                    path="history.loss", n=count, found=len(loss)
                )
            )
    n = len(loss)
    if n > settings.epochs:
        raise Invalid(
            translate(
                "session_checks", "the history has {n} epochs, more than the run's {epochs}"
            ).format(n=n, epochs=settings.epochs)
        )
    expected = -(-n // stride)
    if "params" in h:
        names = tuple(h["parameters"])
        if names != network.names:
            raise Invalid(
                translate(
                    "session_checks",
                    "'history.parameters' must name {model}'s {n} parameters ({names})",
                ).format(
                    n=network.size, model=network.describe(), names=", ".join(network.names)[:80]
                )
            )
        flat = h["params"]
        if len(flat) != expected * network.size:
            raise Invalid(
                translate(
                    "session_checks",
                    "'history.params' must have {n} values "
                    "({size} parameters × {epochs} epochs), found {found}",
                ).format(
                    n=expected * network.size, size=network.size, epochs=expected, found=len(flat)
                )
            )
        params = flat.reshape(network.size, expected)
    else:
        w, b = h["weight"], h["bias"]
        if len(w) != expected or len(b) != expected:
            raise Invalid(
                translate(
                    "session_checks",
                    "'history.weight' and 'history.bias' must have {n} values for "
                    "{epochs} epochs, found {w} and {b}",
                ).format(n=expected, epochs=n, w=len(w), b=len(b))
            )
        params = np.stack([w, b])
    if (loss < 0).any():
        raise Invalid(
            translate("session_checks", "'{path}' has a negative loss").format(path="history.loss")
        )
    held = h.get("val_loss")
    if settings.validation is None and held is not None:
        raise Invalid(
            translate(
                "session_checks",
                "'history.val_loss' is for a run with rows held out ('validation')",
            )
        )
    if settings.validation is not None and (held is not None or n):
        if held is None or len(held) != n:
            found = translate("session_checks", "none") if held is None else len(held)
            raise Invalid(
                translate(
                    "session_checks",
                    "'history.val_loss' must have {n} values (one per epoch), found {found}",
                ).format(n=n, found=found)
            )
        if (held < 0).any():
            raise Invalid(
                translate("session_checks", "'{path}' has a negative loss").format(
                    path="history.val_loss"
                )
            )
    return History.from_arrays(loss, params, stride, val_loss=held)


def rate_changes(pairs: list[tuple[int, float]], n: int) -> list[tuple[int, float]]:
    if len(pairs) > n + 1:
        raise Invalid(
            translate(
                "session_checks", "'learning_rate_changes' has {n} entries for {epochs} epochs"
            ).format(n=len(pairs), epochs=n)
        )
    for i, (epoch, _) in enumerate(pairs):
        previous = pairs[i - 1][0] if i else None
        if (previous is not None and epoch <= previous) or (i == 0 and epoch != 0) or epoch > n:
            raise Invalid(
                translate(
                    "session_checks",
                    "'learning_rate_changes[{i}]': epochs must start at 0, increase, "
                    "and not pass {n}",
                ).format(i=i, n=n)
            )
    return list(pairs)


def divergence(d: dict[str, Any] | None) -> Divergence | None:
    if d is None:
        return None
    try:
        value = float(d["value"])
    except ValueError:
        raise Invalid(
            translate("session_checks", "'state.divergence.value' is {value}, not a number").format(
                value=repr(d["value"][:40])
            )
        ) from None
    return Divergence(d["epoch"], d["what"], value)


def optimizer_state(
    values: list[Any] | None, settings: RunSettings, diverged: bool, size: int
) -> OptimizerState:
    if values is None:
        return OptimizerState.zero(size)
    name = "state.optimizer_state"
    if len(values) != 2 * size + 1:
        raise Invalid(
            translate(
                "session_checks",
                "'{path}' must hold {n} numbers ({size} parameters), found {found}",
            ).format(path=name, n=2 * size + 1, size=size, found=len(values))
        )
    numbers = [Loose().read(v, f"{name}[{i}]", diverged) for i, v in enumerate(values)]
    if not diverged and any(v < 0 for v in numbers[size : 2 * size]):
        raise Invalid(
            translate(
                "session_checks", "'{path}': the averages of squared gradients cannot be negative"
            ).format(path=name)
        )
    t = numbers[2 * size]
    if not (t >= 0 and float(t).is_integer() and t <= 1e15):
        raise Invalid(
            translate(
                "session_checks", "'{path}' counts updates: a whole number from 0, got {found}"
            ).format(path=f"{name}[{2 * size}]", found=repr(t))
        )
    if settings.optimizer is Optimizer.SGD and any(numbers):
        raise Invalid(
            translate("session_checks", "'{path}' must be all 0 for the sgd optimizer").format(
                path=name
            )
        )
    return OptimizerState.from_array(numbers)
