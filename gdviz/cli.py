"""The ``gdviz`` command: ``gdviz`` opens the window; ``train``, ``export`` and ``predict``
run headless.

Bad input never shows a traceback: it exits with status 2 and one line,
``gdviz: error: ...``. A run that diverges exits with status 1.
"""

from __future__ import annotations

import argparse
import math
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import NoReturn, TextIO

from gdviz import __version__
from gdviz.core.io.atomic import FileSet, atomic_write_text, check_distinct, write_target
from gdviz.core.io.export_names import export_names
from gdviz.core.io.predict import csv_parts, predicted, probabilities, save_predictions
from gdviz.core.io.script import python_script
from gdviz.core.io.session import Session, SessionError, is_session_path, load_session
from gdviz.core.io.table import ReadOptions, read_inputs, read_table
from gdviz.core.io.video import AnimationRequest
from gdviz.core.run.settings import EPOCHS_MAX, RunSettings
from gdviz.core.train.data import DataError, DataSet, builtin_names, load_builtin
from gdviz.core.train.model import Gradient, Loss
from gdviz.core.train.optimizers import USES, Optimizer
from gdviz.core.train.trainer import Trainer
from gdviz.stops import Interrupted, current

EXIT_OK, EXIT_DIVERGED, EXIT_USAGE = 0, 1, 2
COMMANDS = ("train", "export", "predict")
CLI_EPOCHS_MAX = 10**12  # 'gdviz train' keeps no history: only time limits it
BATCH_MAX = 1 << 31


class UsageError(Exception):
    """Bad input from the command line; the message is shown as one line."""


class OutputClosed(Exception):
    """Whoever read the output went away (``gdviz train | head -1``)."""


class OutputFailed(Exception):
    """The output cannot be written (a full disk); the message says why."""


class Output:
    """Standard output that turns write errors into :class:`OutputClosed` / :class:`OutputFailed`
    (no traceback for a closed pipe or a full disk)."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> None:
        self._guard(lambda: self._stream.write(text))

    def flush(self) -> None:
        self._guard(self._stream.flush)

    @staticmethod
    def _guard(action) -> None:
        try:
            action()
        except BrokenPipeError:
            raise OutputClosed from None
        except OSError as exc:
            raise OutputFailed(f"cannot write the output: {exc.strerror or exc}") from None


def _silence_stdout() -> None:
    # Python flushes stdout once more at exit: point it at /dev/null so that last
    # flush cannot fail too.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


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


def _whole(low: int, high: int):
    """An argparse type: a whole number from ``low`` to ``high``, saying which if not."""

    def parse(text: str) -> int:
        digits = text.strip().lstrip("+-")
        if digits.isdigit() and len(digits) > len(str(high)) + 1:
            raise argparse.ArgumentTypeError(
                f"a number with {len(digits):,} digits is too large (at most {high:,})"
            )
        try:
            value = int(text)
        except ValueError:
            raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
        if value < low:
            raise argparse.ArgumentTypeError(f"must be {low:,} or more, got {value:,}")
        if value > high:
            raise argparse.ArgumentTypeError(f"must be at most {high:,}, got {value:,}")
        return value

    return parse


def join_negative_values(argv: Sequence[str]) -> list[str]:
    """``--bias -1e-3`` as ``--bias=-1e-3``: argparse would take ``-1e-3`` for an option."""
    out: list[str] = []
    for token in argv:
        if out and out[-1].startswith("--") and "=" not in out[-1] and token.startswith("-"):
            try:
                float(token)
            except ValueError:
                pass
            else:
                out[-1] = f"{out[-1]}={token}"
                continue
        out.append(token)
    return out


def add_training_options(parser: argparse.ArgumentParser) -> None:
    """The options shared by ``train`` and ``export``: data and hyperparameters."""
    d = RunSettings()
    source = parser.add_mutually_exclusive_group()
    source.add_argument(
        "--data",
        metavar="FILE",
        help="train on this file: CSV (comma, semicolon, tab or space separated) or a "
        "spreadsheet (.xlsx, .xls, .ods)",
    )
    source.add_argument(
        "--dataset",
        metavar="NAME",
        help=f"a built-in data set: {', '.join(builtin_names())} (default: lesson)",
    )
    parser.add_argument(
        "--x", metavar="COL", help="with --data: the x column, by header name or number (1, 2, ...)"
    )
    parser.add_argument("--y", metavar="COL", help="with --data: the label column")
    parser.add_argument(
        "--sheet", metavar="NAME", help="with a spreadsheet: the sheet to read (default: the first)"
    )
    parser.add_argument(
        "--positive",
        metavar="VALUE",
        help="the label value that means 1 (for a label column with words or other values)",
    )
    parser.add_argument(
        "--above",
        metavar="T",
        type=_finite,
        help="labels from a number column: 1 where the value is above T, else 0",
    )
    parser.add_argument(
        "--learning-rate",
        type=_finite,
        default=d.learning_rate,
        metavar="F",
        help=f"step size (default {d.learning_rate})",
    )
    parser.add_argument(
        "--epochs",
        type=_whole(0, CLI_EPOCHS_MAX),
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
        type=_whole(0, BATCH_MAX),
        default=1,
        metavar="K",
        help="1: update after every row (the lesson's, default); K: after "
        "every K rows, by their mean gradient; 0: once per epoch",
    )
    parser.add_argument(
        "--optimizer",
        choices=[o.value for o in Optimizer],
        default=d.optimizer.value,
        help="how each update moves w and b: sgd (the lesson's, default), momentum, "
        "nesterov, adagrad, rmsprop or adam",
    )
    for name, metavar, value, meaning in (
        ("momentum", "MU", d.momentum, "momentum and nesterov: how much velocity carries over"),
        ("alpha", "A", d.alpha, "rmsprop: how slowly the average of squared gradients moves"),
        ("beta1", "B1", d.beta1, "adam: decay of the average gradient"),
        ("beta2", "B2", d.beta2, "adam: decay of the average squared gradient"),
    ):
        parser.add_argument(
            f"--{name}",
            type=_finite,
            metavar=metavar,
            help=f"{meaning}, from 0 to below 1 (default {value})",
        )
    parser.add_argument(
        "--eps",
        type=_finite,
        metavar="E",
        help="adagrad, rmsprop, adam: added to the square root to avoid dividing by 0 "
        "(default 1e-10 for adagrad, else 1e-8)",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="gdviz",
        description="Watch gradient descent train a tiny model. With no command, opens the window.",
    )
    parser.add_argument("--version", action="version", version=f"gdviz {__version__}")
    parser.add_argument(
        "--open",
        metavar="FILE",
        help="open a saved session (.gdviz.json) or a data file in the window (also: gdviz FILE)",
    )
    commands = parser.add_subparsers(dest="command", parser_class=_Parser, metavar="COMMAND")
    train = commands.add_parser(
        "train",
        help="train headless and print the loss",
        description="Train headless; prints the lesson's log format.",
    )
    add_training_options(train)
    train.add_argument(
        "--log-every",
        type=_whole(1, CLI_EPOCHS_MAX),
        default=100,
        metavar="N",
        help="print the loss every N epochs (default 100)",
    )
    export = commands.add_parser(
        "export",
        help="train headless, then write plots, history, session, animation or script",
        description="Train headless (same options as train), then write loss.*, fit.*, "
        "dashboard.*, history.csv and session.gdviz.json into --out, the run as an "
        "animation (--animation) and/or as a Python script (--script). Needs no display.",
    )
    add_training_options(export)
    export.add_argument("--out", metavar="DIR", help="folder to write the plots and files into")
    export.add_argument(
        "--script",
        metavar="PATH",
        help="write the run as a standalone Python script that prints what 'gdviz train' prints",
    )
    export.add_argument(
        "--animation",
        metavar="PATH",
        help="write the run as an animation: .gif, .mp4 (H.264) or .webm, by the extension",
    )
    export.add_argument(
        "--view",
        choices=["dashboard", "fit", "landscape", "loss"],
        default="dashboard",
        help="what the animation shows (default dashboard: all three with a caption)",
    )
    export.add_argument(
        "--fps", type=_whole(1, 60), default=30, metavar="N", help="animation frames per second"
    )
    export.add_argument(
        "--duration",
        type=_finite,
        default=8.0,
        metavar="S",
        help="animation length in seconds, before the hold (default 8)",
    )
    export.add_argument(
        "--hold",
        type=_finite,
        default=0.0,
        metavar="S",
        help="an optional final hold: seconds the last frame stays at the end (default 0)",
    )
    export.add_argument(
        "--width",
        type=_whole(200, 4000),
        metavar="PX",
        help="width of PNG images in pixels (default 1600) and of the animation (800)",
    )
    export.add_argument(
        "--format", choices=["png", "svg", "both"], default="png", help="image format (default png)"
    )
    export.add_argument(
        "--window", action="store_true", help="also write window.png: the whole window as it looks"
    )
    predict = commands.add_parser(
        "predict",
        help="the trained model's pass probability for each x of a file",
        description="Write x,probability,predicted for every x of --data (predicted is 1 "
        "when the probability is 0.5 or more), with the weight and bias of a saved "
        "session or given as numbers. Reads every table 'train' reads.",
    )
    predict.add_argument("--session", metavar="FILE", help="a saved session (.gdviz.json)")
    predict.add_argument("--weight", type=_finite, metavar="W", help="the model's weight")
    predict.add_argument("--bias", type=_finite, metavar="B", help="the model's bias")
    predict.add_argument("--data", metavar="FILE", help="a table of inputs (CSV, TSV, .xlsx …)")
    predict.add_argument("--x", metavar="COL", help="the input column: a name or a number")
    predict.add_argument("--sheet", metavar="NAME", help="the sheet of a spreadsheet")
    predict.add_argument(
        "--out", metavar="PATH", help="the CSV to write (default: print it to standard output)"
    )
    return parser


def load_data(args: argparse.Namespace, err: TextIO = sys.stderr) -> DataSet:
    """The data set the options ask for; raises UsageError/DataError. Rows skipped for a
    missing value are noted on ``err``."""
    file_options = {
        "--x": args.x,
        "--y": args.y,
        "--sheet": args.sheet,
        "--positive": args.positive,
        "--above": args.above,
    }
    given = [name for name, value in file_options.items() if value is not None]
    if given and args.data is None:
        raise UsageError(f"{', '.join(given)} choose how to read a --data file")
    if args.x is not None and args.x == args.y:
        raise UsageError(
            f"--x and --y name the same column {args.x!r}: the input and the label "
            "must be two different columns"
        )
    if args.positive is not None and args.above is not None:
        raise UsageError("--positive and --above are two ways to make labels: give one")
    if args.data is not None:
        if not args.data.strip():
            raise UsageError("--data needs the name of a data file")
        data = read_table(
            args.data, ReadOptions(args.x, args.y, args.sheet, args.positive, args.above)
        )
        for part in data.note.split("; "):
            if part.startswith("skipped"):
                err.write(f"gdviz: note: {part}\n")
        return data
    if args.dataset is not None and not args.dataset.strip():
        raise UsageError(f"--dataset needs a name: {', '.join(builtin_names())}")
    return load_builtin(args.dataset or "lesson")


def run_settings(args: argparse.Namespace) -> RunSettings:
    optimizer = Optimizer(args.optimizer)
    given = {k: getattr(args, k) for k in ("momentum", "alpha", "beta1", "beta2", "eps")}
    given = {k: v for k, v in given.items() if v is not None}
    unused = [k for k in given if k not in USES[optimizer]]
    if unused:
        uses = USES[optimizer]
        takes = f"it takes {', '.join('--' + u for u in uses)}" if uses else "it takes none"
        raise UsageError(
            f"--{unused[0]} is not a setting of --optimizer {optimizer.value} ({takes})"
        )
    try:
        return RunSettings(
            args.learning_rate,
            args.epochs,
            args.weight,
            args.bias,
            Loss(args.loss),
            Gradient(args.gradient),
            args.batch_size,
            optimizer,
            **given,
        )
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def train(args: argparse.Namespace, out: Output) -> int:
    settings = run_settings(args)
    data = load_data(args)
    trainer = Trainer(data, settings, keep_history=False)
    every = args.log_every
    stops = current()
    while trainer.remaining and trainer.diverged is None:
        stops.check()
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


@dataclass(frozen=True)
class Launcher:
    """What the command line needs of the application (gdviz.app gives it): opening the
    window, the headless export, and a start-up error shown as a dialog."""

    open_window: Callable[[Session | None, str | None], int]  # a session read, the file
    export: Callable[..., tuple[list[Path], Session]]
    startup_error: Callable[[str], None]


def export(args: argparse.Namespace, out: Output, launcher: Launcher | None) -> int:
    if args.out is None and args.script is None and args.animation is None:
        raise UsageError("export needs somewhere to write: --out DIR, --script PATH or "
                         "--animation PATH")  # fmt: skip
    for option, value, what in (
        ("--out", args.out, "the name of a folder"),
        ("--script", args.script, "the name of a file"),
    ):
        if value is not None and not value.strip():
            raise UsageError(f"{option} needs {what} to write to")
    animation = animation_request(args)
    if args.epochs > EPOCHS_MAX:
        raise UsageError(
            f"--epochs {args.epochs:,} is more than export keeps: at most "
            f"{EPOCHS_MAX:,} (the longest run the window shows); 'gdviz train' "
            "takes more"
        )
    settings = run_settings(args)
    formats = ["png", "svg"] if args.format == "both" else [args.format]
    files = _planned_outputs(args, formats)
    data = load_data(args)
    written: list[Path] = []
    divergence = None
    if args.out is not None or animation is not None:
        try:
            written, session = _needed(launcher).export(
                data, settings, files, formats, args.width, window_picture=args.window,
                animation=animation,
            )  # fmt: skip
        except Interrupted as stop:
            return stop.code
        except OSError as exc:
            where = args.out if args.out is not None else args.animation
            raise UsageError(
                f"{where}: cannot write (nothing was written there): {exc.strerror or exc}"
            ) from None
        divergence = session.divergence
    if args.script is not None:
        script = Path(args.script)
        try:
            atomic_write_text(script, python_script(data, settings))
        except OSError as exc:
            raise UsageError(f"{script}: cannot write the script: {exc.strerror or exc}") from None
        written.insert(0, script)
    for path in written:
        out.write(f"wrote {path}\n")
    if divergence is not None:
        out.write(f"Training {divergence.message()}\n")
        return EXIT_DIVERGED
    return EXIT_OK


def _planned_outputs(args: argparse.Namespace, formats: list[str]) -> FileSet | None:
    """Check every output of ``gdviz export`` before anything is trained or written: each
    may be written (no folder, pipe or device in the way) and no two are one file.
    Returns the set of files for ``--out`` (None without it)."""
    outputs: list[tuple[str, str | Path]] = []
    files = None
    try:
        if args.out is not None:
            files = FileSet(Path(args.out))
            names = export_names(formats, args.window)
            files.plan(*names)
            outputs += [(f"--out's {name}", Path(args.out) / name) for name in names]
        for option, value in (("--script", args.script), ("--animation", args.animation)):
            if value is not None:
                write_target(value)
                outputs.append((option, value))
        check_distinct(outputs)
    except OSError as exc:
        raise UsageError(str(exc) if exc.filename else exc.strerror or str(exc)) from None
    except ValueError as exc:
        raise UsageError(str(exc)) from None
    return files


def animation_request(args: argparse.Namespace) -> AnimationRequest | None:
    """The animation ``--animation`` and its options ask for (None: none)."""
    if args.animation is None:
        return None
    path = args.animation
    if not path.strip():
        raise UsageError("--animation needs a file name ending .gif, .mp4 or .webm")
    try:
        return AnimationRequest(
            Path(path), args.view, args.width or 800, args.fps, args.duration, args.hold
        )
    except ValueError as exc:
        raise UsageError(f"--animation {path}: {exc}") from None


def predict_command(args: argparse.Namespace, out: Output) -> int:
    if args.data is None or not args.data.strip():
        raise UsageError("predict needs --data FILE: the inputs to predict for")
    numbers = args.weight is not None or args.bias is not None
    if args.session is not None and numbers:
        raise UsageError("give --session or --weight and --bias, not both")
    if args.session is None and (args.weight is None or args.bias is None):
        raise UsageError(
            "predict needs the model: --session FILE (a saved run) or --weight W --bias B"
        )
    prefer = None
    if args.session is not None:
        session = load_session(args.session)
        w, b = session.w, session.b
        if not (math.isfinite(w) and math.isfinite(b)):
            raise UsageError(
                f"{args.session}: the run diverged (w = {w!r}, b = {b!r}): it predicts "
                "nothing; train it with a smaller learning rate"
            )
        prefer = session.data.x_label
    else:
        w, b = args.weight, args.bias
    if args.out is not None and not args.out.strip():
        raise UsageError("--out needs the name of a file to write")
    if args.out is not None:
        try:
            write_target(args.out)
            check_distinct([("--data", args.data), ("--out", args.out)])
        except OSError as exc:
            raise UsageError(str(exc)) from None
        except ValueError:
            raise UsageError(
                f"--out {args.out} is the --data file itself: write the predictions to another file"
            ) from None
    inputs = read_inputs(args.data, args.x, args.sheet, prefer)
    if inputs.note:
        sys.stderr.write(f"gdviz: note: {inputs.note}\n")
    stops = current()
    p = probabilities(w, b, inputs.x, stops.check)
    if args.out is None:
        for part in csv_parts(inputs.x, p, stops.check):
            out.write(part)
        return EXIT_OK
    try:
        save_predictions(args.out, inputs.x, p, stops.check)
    except OSError as exc:
        raise UsageError(
            f"{args.out}: cannot write the predictions (nothing was written): {exc.strerror or exc}"
        ) from None
    passing = int(predicted(p).sum())
    out.write(f"wrote {args.out}: {len(p):,} predictions, {passing:,} predicted to pass\n")
    return EXIT_OK


def main(argv: Sequence[str] | None = None, launcher: Launcher | None = None) -> int:
    """The ``gdviz`` command line; returns the exit status. ``train`` works alone; the
    window and ``export`` need the application's ``launcher`` (see gdviz.app.command)."""
    parser = build_parser()
    try:
        words = list(sys.argv[1:] if argv is None else argv)
        if words and not words[0].startswith("-") and words[0] not in COMMANDS:
            words = ["--open", *words]  # gdviz FILE
        args = parser.parse_args(join_negative_values(words))
        if args.open is not None and args.command is not None:
            raise UsageError(
                f"--open opens a session in the window; it does not go with "
                f"'{args.command}' (use 'gdviz --open FILE' alone)"
            )
        if args.open is not None and not args.open.strip():
            raise UsageError("--open needs the name of a session or data file")
        if args.command in COMMANDS:
            current().settle()  # work begins: a signal now stops it at a safe point
            out = Output(sys.stdout)
            if args.command == "train":
                status = train(args, out)
            elif args.command == "predict":
                status = predict_command(args, out)
            else:
                status = export(args, out, launcher)
            out.flush()
            return status
        session = None  # a data file is read by the window (it asks for columns if need be)
        if args.open and is_session_path(args.open):
            try:
                session = load_session(args.open)
            except SessionError as exc:
                # Launched from a desktop, nobody reads stderr: say it in a dialog too.
                sys.stderr.write(f"gdviz: error: {exc}\n")
                _needed(launcher).startup_error(f"{exc}\n\nThe session was not opened.")
                return EXIT_USAGE
        return _needed(launcher).open_window(session, args.open)
    except (UsageError, DataError, SessionError, OutputFailed) as exc:
        _silence_stdout()
        sys.stderr.write(f"gdviz: error: {exc}\n")
        return EXIT_USAGE
    except OutputClosed:
        _silence_stdout()
        return EXIT_OK
    except Interrupted as stop:
        _silence_stdout()
        return stop.code
    except KeyboardInterrupt:
        return 130


def _needed(launcher: Launcher | None) -> Launcher:
    if launcher is None:
        raise UsageError("the window and 'export' run through gdviz.app.command, not cli.main")
    return launcher
