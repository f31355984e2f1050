"""The ``gdviz`` command: ``gdviz`` opens the window; ``train`` and ``export`` run headless.

Bad input never shows a traceback: it exits with status 2 and one line,
``gdviz: error: ...``. A run that diverges exits with status 1.
"""

from __future__ import annotations

import argparse
import math
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn, TextIO

from gdviz import __version__
from gdviz.core.data import DataError, DataSet, builtin_names, load_builtin, load_csv
from gdviz.core.model import Gradient, Loss
from gdviz.core.session import SessionError, from_trainer, load_session
from gdviz.core.settings import RunSettings
from gdviz.core.trainer import Trainer

EXIT_OK, EXIT_DIVERGED, EXIT_USAGE = 0, 1, 2


class UsageError(Exception):
    """Bad input from the command line; the message is shown as one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _finite(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a number") from None
    if not math.isfinite(value):
        raise argparse.ArgumentTypeError(f"{text!r} is not a finite number")
    return value


def _int(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None


def add_training_options(parser: argparse.ArgumentParser) -> None:
    """The options shared by ``train`` and ``export``: data and hyperparameters."""
    d = RunSettings()
    source = parser.add_mutually_exclusive_group()
    source.add_argument("--data", metavar="CSV", help="train on this CSV file (x, y columns)")
    source.add_argument(
        "--dataset",
        metavar="NAME",
        help=f"a built-in data set: {', '.join(builtin_names())} (default: lesson)",
    )
    parser.add_argument("--x", metavar="COL", help="with --data: name of the x column")
    parser.add_argument("--y", metavar="COL", help="with --data: name of the label column")
    parser.add_argument(
        "--learning-rate",
        type=_finite,
        default=d.learning_rate,
        metavar="F",
        help=f"step size (default {d.learning_rate})",
    )
    parser.add_argument(
        "--epochs",
        type=_int,
        default=d.epochs,
        metavar="N",
        help=f"passes over the data (default {d.epochs})",
    )
    parser.add_argument(
        "--weight",
        type=_finite,
        default=d.weight,
        metavar="F",
        help=f"starting weight (default {d.weight})",
    )
    parser.add_argument(
        "--bias",
        type=_finite,
        default=d.bias,
        metavar="F",
        help=f"starting bias (default {d.bias})",
    )
    parser.add_argument(
        "--loss",
        choices=[m.value for m in Loss],
        default=d.loss.value,
        help="loss to report (default squared)",
    )
    parser.add_argument(
        "--gradient",
        choices=[m.value for m in Gradient],
        default=d.gradient.value,
        help="seed: the lesson's error*x nudge; exact: the loss's true gradient",
    )
    parser.add_argument(
        "--batch-size",
        type=_int,
        default=1,
        metavar="K",
        help="1: update after every row (the lesson's, default); K: after "
        "every K rows, by their mean gradient; 0: once per epoch",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="gdviz",
        description="Watch gradient descent train a tiny model. With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"gdviz {__version__}")
    parser.add_argument("--open", metavar="FILE", help="open a saved session in the window")
    commands = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")
    train = commands.add_parser(
        "train",
        help="train headless and print the loss",
        description="Train headless; prints the lesson's log format.",
    )
    add_training_options(train)
    train.add_argument(
        "--log-every",
        type=_int,
        default=100,
        metavar="N",
        help="print the loss every N epochs (default 100)",
    )
    export = commands.add_parser(
        "export",
        help="train headless, then write plots, history and session files",
        description="Train headless (same options as train), then write loss.*, fit.*, "
        "dashboard.*, history.csv and session.gdviz.json into --out. Needs no "
        "display.",
    )
    add_training_options(export)
    export.add_argument("--out", required=True, metavar="DIR", help="folder to write into")
    export.add_argument(
        "--width",
        type=_int,
        default=1600,
        metavar="PX",
        help="width of PNG images in pixels (default 1600)",
    )
    export.add_argument(
        "--format", choices=["png", "svg", "both"], default="png", help="image format (default png)"
    )
    export.add_argument(
        "--window", action="store_true", help="also write window.png: the whole window as it looks"
    )
    return parser


def load_data(args: argparse.Namespace) -> DataSet:
    """The data set the options ask for; raises UsageError/DataError."""
    if (args.x or args.y) and not args.data:
        raise UsageError("--x and --y choose columns of a --data CSV file")
    if args.data:
        return load_csv(args.data, x_col=args.x, y_col=args.y)
    return load_builtin(args.dataset or "lesson")


def run_settings(args: argparse.Namespace) -> RunSettings:
    try:
        return RunSettings(
            args.learning_rate,
            args.epochs,
            args.weight,
            args.bias,
            Loss(args.loss),
            Gradient(args.gradient),
            args.batch_size,
        )
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def train(args: argparse.Namespace, out: TextIO) -> int:
    if args.log_every < 1:
        raise UsageError(f"--log-every must be 1 or more, got {args.log_every}")
    settings = run_settings(args)
    data = load_data(args)
    trainer = Trainer(data, settings, keep_history=False)
    every = args.log_every
    while trainer.remaining and trainer.diverged is None:
        block = trainer.run(min(trainer.remaining, 65536))
        if block is None:
            break
        first = -(-block.start // every) * every
        for epoch in range(first, block.stop, every):
            out.write(f"Epoch {epoch}, Loss: {block.loss[epoch - block.start]:.4f}\n")
    if trainer.diverged is not None:
        out.write(f"Training {trainer.diverged.message()}\n")
        return EXIT_DIVERGED
    out.write(f"Final weight: {trainer.w}\n")
    out.write(f"Final bias: {trainer.b}\n")
    return EXIT_OK


def export(args: argparse.Namespace, out: TextIO) -> int:
    if not 200 <= args.width <= 10000:
        raise UsageError(f"--width must be between 200 and 10000 pixels, got {args.width}")
    settings = run_settings(args)
    data = load_data(args)
    folder = Path(args.out)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise UsageError(f"{folder}: cannot create the folder: {exc.strerror or exc}") from None
    trainer = Trainer(data, settings)
    trainer.run_to_end()
    from gdviz.app import export_run

    formats = ["png", "svg"] if args.format == "both" else [args.format]
    try:
        written = export_run(
            from_trainer(trainer), folder, formats, args.width, window_picture=args.window
        )
    except OSError as exc:
        raise UsageError(f"{folder}: cannot write: {exc.strerror or exc}") from None
    for path in written:
        out.write(f"wrote {path}\n")
    if trainer.diverged is not None:
        out.write(f"Training {trainer.diverged.message()}\n")
        return EXIT_DIVERGED
    return EXIT_OK


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``gdviz`` command; returns the exit status."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.command == "train":
            return train(args, sys.stdout)
        if args.command == "export":
            return export(args, sys.stdout)
        session = None
        if args.open:
            try:
                session = load_session(args.open)
            except SessionError as exc:
                # Launched from a desktop, nobody reads stderr: say it in a dialog too.
                sys.stderr.write(f"gdviz: error: {exc}\n")
                from gdviz.app import show_startup_error

                show_startup_error(f"{exc}\n\nThe session was not opened.")
                return EXIT_USAGE
        from gdviz.app import main as open_window

        return open_window(session=session)
    except (UsageError, DataError, SessionError) as exc:
        sys.stderr.write(f"gdviz: error: {exc}\n")
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


def run() -> NoReturn:
    sys.exit(main())
