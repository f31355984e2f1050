"""A model's parameters as a JSON file: ``--init FILE.json`` reads one, ``--params-out
FILE.json`` writes one.

Without a hidden layer: ``{"w": [...], "b": B}``; with one: ``{"W1": [[...], ...],
"b1": [...], "w2": [...], "b2": B, "activation": "tanh"}`` (see
:meth:`gdviz.core.train.network.Network.as_json`). Floats are written with ``repr``, so
they read back as the same doubles. Reading is strict: the file's shape must be the
model's, every number finite; a problem is a :class:`ParamsError` naming the file.
"""

from __future__ import annotations

import json
import os
from typing import Any

from gdviz.core.i18n import number, translate
from gdviz.core.io.atomic import atomic_write_text
from gdviz.core.io.files import FileProblem, read_file
from gdviz.core.train.network import MAX_HIDDEN, MAX_INPUTS, Activation, Network

MAX_BYTES = 1 << 20  # the biggest model's parameters take a few kB


class ParamsError(ValueError):
    """A parameters file that cannot be used, with the file and the reason."""

    def __init__(self, source: str, message: str) -> None:
        super().__init__(f"{source}: {message}")


def _reject_constant(name: str) -> Any:
    raise ValueError(translate("params_file", "{name} is not a finite number").format(name=name))


def read_document(path: str | os.PathLike[str]) -> dict[str, Any]:
    """The file's JSON object; raises :class:`ParamsError`."""
    source = str(path)
    try:
        raw = read_file(path, MAX_BYTES)
    except FileProblem as exc:
        raise ParamsError(source, str(exc)) from None
    try:
        doc = json.loads(raw.decode("utf-8-sig"), parse_constant=_reject_constant)
    except UnicodeDecodeError:
        raise ParamsError(source, translate("params_file", "not UTF-8 text")) from None
    except RecursionError:
        raise ParamsError(
            source, translate("params_file", "not parameters: nested too deeply")
        ) from None
    except ValueError as exc:
        if "Exceeds the limit" in str(exc):  # Python's cap on the digits of a whole number
            raise ParamsError(
                source,
                translate("params_file", "it holds a number of over {n} digits").format(
                    n=number(4300, ",")
                ),
            ) from None
        raise ParamsError(
            source,
            translate("params_file", "not valid JSON ({reason})").format(reason=str(exc)[:120]),
        ) from None
    if not isinstance(doc, dict):
        raise ParamsError(source, translate("params_file", "the parameters must be a JSON object"))
    return doc


def read_params(path: str | os.PathLike[str], network: Network) -> tuple[float, ...]:
    """The parameters the file gives for ``network``; raises :class:`ParamsError`."""
    doc = read_document(path)
    try:
        return network.from_json(doc)
    except ValueError as exc:
        raise ParamsError(str(path), str(exc)) from None


def model_of(doc: dict[str, Any], inputs: int | None = None) -> Network:
    """The model a parameters document is for (its keys and shapes say it); raises
    ValueError when they say nothing clear."""
    if "W1" in doc:
        rows = doc["W1"]
        if not isinstance(rows, list) or not 1 <= len(rows) <= MAX_HIDDEN:
            raise ValueError(
                translate(
                    "params_file", "W1 must be a list of 1 to {n} rows (one per hidden unit)"
                ).format(n=MAX_HIDDEN)
            )
        first = rows[0]
        if not isinstance(first, list) or not 1 <= len(first) <= MAX_INPUTS:
            raise ValueError(
                translate("params_file", "each row of W1 must hold 1 or 2 weights (one per input)")
            )
        activation = doc.get("activation", "sigmoid")
        try:
            kind = Activation(activation)
        except ValueError:
            names = ", ".join(a.value for a in Activation)
            raise ValueError(
                translate("params_file", "activation {name} is not one of {names}").format(
                    name=repr(str(activation)[:20]), names=names
                )
            ) from None
        return Network(len(first), len(rows), kind)
    w = doc.get("w")
    if not isinstance(w, list) or not 1 <= len(w) <= MAX_INPUTS:
        raise ValueError(
            translate(
                "params_file",
                'expected "w" (a list of 1 or 2 weights) and "b", or a hidden layer\'s '
                '"W1", "b1", "w2", "b2"',
            )
        )
    return Network(inputs or len(w), 0)


def read_model(path: str | os.PathLike[str]) -> tuple[Network, tuple[float, ...]]:
    """The model a parameters file is for, and its parameters; raises :class:`ParamsError`."""
    doc = read_document(path)
    try:
        network = model_of(doc)
        return network, network.from_json(doc)
    except ValueError as exc:
        raise ParamsError(str(path), str(exc)) from None


def write_params(
    path: str | os.PathLike[str], network: Network, params: tuple[float, ...] | list[float]
) -> None:
    """Write the parameters atomically (an old file survives a failure)."""
    atomic_write_text(path, network.dumps(params))
