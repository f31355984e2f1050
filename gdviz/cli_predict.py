"""``gdviz predict``: any trained model's pass probability for each input of a file."""

from __future__ import annotations

import argparse
import math
import sys

from gdviz.cli_output import EXIT_OK, Output
from gdviz.cli_parser import UsageError
from gdviz.core.io.atomic import check_distinct, write_target
from gdviz.core.io.params_file import read_model
from gdviz.core.io.predict import csv_parts, model_probabilities, predicted, save_predictions
from gdviz.core.io.session import load_session
from gdviz.core.io.table import read_inputs
from gdviz.core.train.network import Network
from gdviz.stops import current


def _predict_model(args: argparse.Namespace) -> tuple[Network, tuple, tuple[str, ...]]:
    """The model to predict with (from --session, --init, or --weight and --bias), its
    parameters, and the input columns it was trained on (names to look for)."""
    numbers = args.weight is not None or args.bias is not None
    sources = [o for o, v in (("--session", args.session), ("--init", args.init)) if v]
    if numbers:
        sources.append("--weight and --bias")
    if len(sources) > 1:
        raise UsageError(f"give one model: {' or '.join(sources)}, not both")
    if not sources or (numbers and (args.weight is None or args.bias is None)):
        raise UsageError(
            "predict needs the model: --session FILE (a saved run) or --weight W --bias B, "
            "or --init FILE (its parameters as JSON)"
        )
    if args.session is not None:
        session = load_session(args.session)
        if not all(math.isfinite(v) for v in session.params):
            shown = ", ".join(f"{n} = {v!r}" for n, v in zip(session.network.names,
                              session.params, strict=True))[:120]  # fmt: skip
            raise UsageError(
                f"{args.session}: the run diverged ({shown}): it predicts nothing; train it "
                "with a smaller learning rate"
            )
        return session.network, session.params, session.data.x_labels
    if args.init is not None:
        if not args.init.strip():
            raise UsageError("--init needs the name of a parameters file (JSON)")
        network, params = read_model(args.init)
        return network, params, ()
    return Network(), (args.weight, args.bias), ()


def predict_command(args: argparse.Namespace, out: Output) -> int:
    if args.data is None or not args.data.strip():
        raise UsageError("predict needs --data FILE: the inputs to predict for")
    network, params, trained_on = _predict_model(args)
    xs = args.x or []
    if len(xs) > network.inputs:
        raise UsageError(
            f"--x is given {len(xs)} times, but the model takes "
            f"{'one input' if network.inputs == 1 else 'two inputs'}"
        )
    if args.out is not None and not args.out.strip():
        raise UsageError("--out needs the name of a file to write")
    if args.out is not None:
        try:
            write_target(args.out)
            read = [(o, v) for o, v in (("--data", args.data), ("--session", args.session),
                                        ("--init", args.init)) if v]  # fmt: skip
            check_distinct([*read, ("--out", args.out)])  # never write over what is read
        except (OSError, ValueError) as exc:
            raise UsageError(str(exc)) from None
    first, second = (xs + [None, None])[:2]
    prefer, prefer2 = ((*trained_on, None, None))[:2]
    inputs = read_inputs(args.data, first, args.sheet, prefer, x2=second, prefer2=prefer2,
                         inputs=network.inputs)  # fmt: skip
    if inputs.note:
        sys.stderr.write(f"gdviz: note: {inputs.note}\n")
    stops = current()
    stops.settle()  # writing begins: a signal now stops it cleanly, writing nothing
    X = inputs.X
    p = model_probabilities(network, params, X, stops.check)
    if args.out is None:
        for part in csv_parts(X if network.inputs > 1 else inputs.x, p, stops.check):
            out.write(part)
        return EXIT_OK
    try:
        save_predictions(args.out, X if network.inputs > 1 else inputs.x, p, stops.check)
    except OSError as exc:
        raise UsageError(
            f"{args.out}: cannot write the predictions (nothing was written): {exc.strerror or exc}"
        ) from None
    passing = int(predicted(p).sum())
    out.write(f"wrote {args.out}: {len(p):,} predictions, {passing:,} predicted to pass\n")
    return EXIT_OK
