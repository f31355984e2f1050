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
from typing import TextIO

from gdviz.cli_parser import COMMANDS, UsageError, build_parser, join_negative_values
from gdviz.core.io.atomic import FileSet, check_distinct, write_target
from gdviz.core.io.export_names import export_names
from gdviz.core.io.predict import csv_parts, predicted, probabilities, save_predictions
from gdviz.core.io.script import python_script
from gdviz.core.io.session import Session, SessionError, is_session_path, load_session
from gdviz.core.io.table import ReadOptions, read_inputs, read_table
from gdviz.core.io.video import AnimationRequest
from gdviz.core.run.settings import EPOCHS_MAX, HYPER_FIELDS, SETTINGS, RunSettings, uses
from gdviz.core.train.data import DataError, DataSet, builtin_names, load_builtin
from gdviz.core.train.optimizers import Optimizer
from gdviz.core.train.trainer import Trainer
from gdviz.stops import Interrupted, current

__all__ = ["Launcher", "UsageError", "join_negative_values", "main"]

EXIT_OK, EXIT_DIVERGED, EXIT_USAGE = 0, 1, 2


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
    """The run's settings from the options (each declared setting has its flag)."""
    optimizer = Optimizer(args.optimizer)
    given = {name: getattr(args, name) for name in SETTINGS if getattr(args, name) is not None}
    used = uses(optimizer)
    unused = [k for k in HYPER_FIELDS if k in given and k not in used]
    if unused:
        takes = f"it takes {', '.join('--' + u for u in used)}" if used else "it takes none"
        raise UsageError(
            f"--{unused[0]} is not a setting of --optimizer {optimizer.value} ({takes})"
        )
    try:
        return RunSettings(**given)
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
    divergence = None
    try:
        if args.out is not None or animation is not None:
            _, session = _needed(launcher).export(
                data, settings, files, formats, args.width, window_picture=args.window,
                animation=animation,
            )  # fmt: skip
            divergence = session.divergence
        current().settle()  # writing begins: a signal now stops it at a safe point, cleanly
        if args.script is not None:
            text = python_script(data, settings, script_name=Path(args.script).name)
            files.add(_absolute(args.script), lambda handle: handle.write(text.encode()))
        written = files.commit()
    except Interrupted as stop:
        files.discard()
        return stop.code
    except OSError as exc:
        files.discard()
        where = exc.filename or args.out or args.animation or args.script
        raise UsageError(
            f"{where}: cannot write (nothing was written): {exc.strerror or exc}"
        ) from None
    except BaseException:
        files.discard()
        raise
    for path in written:
        out.write(f"wrote {_shown(path, args)}\n")
    if divergence is not None:
        out.write(f"Training {divergence.message()}\n")
        return EXIT_DIVERGED
    return EXIT_OK


def _absolute(path: str) -> Path:
    return Path(path).absolute()


def _shown(path: Path, args: argparse.Namespace) -> str:
    """A written file as the user named it (``--script adam.py``, ``--out DIR``'s files)."""
    for given in (args.script, args.animation):
        if given is not None and _absolute(given) == path:
            return given
    return str(path)


def _planned_outputs(args: argparse.Namespace, formats: list[str]) -> FileSet:
    """Check every output of ``gdviz export`` before anything is read, trained or written:
    each may be written (no folder, pipe or device in the way, its folder there), none is
    the data read, and no two are one file. Returns the one set they are all written
    into, all or nothing."""
    outputs: list[tuple[str, str | Path]] = []
    try:
        files = FileSet(Path(args.out) if args.out is not None else None)
        if args.out is not None:
            names = export_names(formats, args.window)
            files.plan(*names)
            outputs += [(f"--out's {name}", Path(args.out) / name) for name in names]
            outputs.append(("--out", args.out))
        for option, value in (("--script", args.script), ("--animation", args.animation)):
            if value is not None:
                where = write_target(value)
                if not where.parent.is_dir():
                    what = "the script" if option == "--script" else "the animation"
                    raise UsageError(
                        f"{value}: cannot write {what}: the folder {where.parent} does not "
                        "exist (make it first, or name a file in a folder that exists)"
                    )
                outputs.append((option, value))
        if args.data is not None:
            outputs.append(("--data", args.data))
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
    stops.settle()  # writing begins: a signal now stops it cleanly, writing nothing
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
