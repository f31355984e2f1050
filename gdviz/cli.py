"""The ``gdviz`` command: ``gdviz`` opens the window; ``train``, ``export``, ``predict`` and
``check-gradient`` run headless.

Bad input never shows a traceback: it exits with status 2 and one line,
``gdviz: error: ...``. A run that diverges exits with status 1.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from gdviz.cli_output import (
    EXIT_DIVERGED,
    EXIT_OK,
    EXIT_USAGE,
    Output,
    OutputClosed,
    OutputFailed,
)
from gdviz.cli_parser import COMMANDS, UsageError, build_parser, join_negative_values
from gdviz.cli_predict import predict_command
from gdviz.core.io.atomic import FileSet, check_distinct, write_target
from gdviz.core.io.export_names import export_names
from gdviz.core.io.params_file import ParamsError, read_model, read_params, write_params
from gdviz.core.io.script import python_script
from gdviz.core.io.session import (
    Session,
    SessionError,
    from_trainer,
    is_session_path,
    load_session,
)
from gdviz.core.io.table import ReadOptions, read_table
from gdviz.core.io.video import AnimationRequest
from gdviz.core.run.settings import EPOCHS_MAX, HYPER_FIELDS, SETTINGS, RunSettings, uses
from gdviz.core.train.data import DataError, DataSet, builtin_names, load_builtin
from gdviz.core.train.generate import generate, parse_recipe
from gdviz.core.train.gradcheck import check_gradient, largest, verdict
from gdviz.core.train.metrics_report import metrics_report
from gdviz.core.train.network import Network
from gdviz.core.train.optimizers import Optimizer
from gdviz.core.train.trainer import Trainer
from gdviz.stops import Interrupted, current

__all__ = ["Launcher", "UsageError", "join_negative_values", "main"]


def _silence_stdout() -> None:
    # Python flushes stdout once more at exit: point it at /dev/null so that last
    # flush cannot fail too.
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def load_data(args: argparse.Namespace, err: TextIO | None = None) -> DataSet:
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
    if getattr(args, "generate", None) is not None:
        try:
            return generate(parse_recipe(args.generate))
        except ValueError as exc:
            raise UsageError(f"--generate {args.generate[:60]}: {exc}") from None
    xs = args.x or []
    if len(xs) > 2:
        raise UsageError(
            f"--x is given {len(xs)} times: a model takes one input or two (--x A --x B)"
        )
    if args.y is not None and args.y in xs:
        raise UsageError(
            f"--x and --y name the same column {args.y!r}: the input and the label "
            "must be two different columns"
        )
    if len(xs) == 2 and xs[0] == xs[1]:
        raise UsageError(f"--x names the column {xs[0]!r} twice: the two inputs must differ")
    if args.positive is not None and args.above is not None:
        raise UsageError("--positive and --above are two ways to make labels: give one")
    if args.data is not None:
        if not args.data.strip():
            raise UsageError("--data needs the name of a data file")
        first, second = (xs + [None, None])[:2]
        options = ReadOptions(first, args.y, args.sheet, args.positive, args.above, second)
        data = read_table(args.data, options)
        for part in data.note.split("; "):
            if part.startswith("skipped"):
                (err or sys.stderr).write(f"gdviz: note: {part}\n")
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
    init = getattr(args, "init", None)
    if init and init.strip() and not _given("hidden"):  # the model the file is for
        network, _ = read_model(init)
        if network.hidden:
            given["hidden"] = network.hidden
            if not _given("activation"):
                given["activation"] = network.activation
    hidden = given.get("hidden", 0)
    own = [n for n in given if SETTINGS[n].hidden_only]
    if own and not hidden:
        raise UsageError(
            f"{SETTINGS[own[0]].flag} is a setting of a hidden layer: give --hidden H "
            "(1 to 16 units) too"
        )
    if _given("l1") and _given("l2"):
        raise UsageError("--l1 and --l2 are two penalties on the weights: give one")
    held = [f for f, name in (("--patience", "patience"), ("--split-seed", "split_seed"))
            if _given(name)]  # fmt: skip
    if held and given.get("validation") is None:
        what = "stops on the validation loss" if held[0] == "--patience" else "picks held-out rows"
        raise UsageError(f"{held[0]} {what}: give --validation F (0 < F < 1) too")
    starts = [f for f, name in (("--weight", "weight"), ("--bias", "bias")) if _given(name)]
    if init and starts:
        raise UsageError(f"{starts[0]} and --init both say where the run starts: give one")
    if hidden and starts:
        raise UsageError(
            f"{starts[0]} is where a model without a hidden layer starts; a hidden layer "
            "starts from random weights (--init-seed S) or from a file (--init FILE)"
        )
    try:
        return RunSettings(**given)
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def _given(name: str) -> bool:
    """True if the setting's flag was on the command line (its default would not say)."""
    flag = SETTINGS[name].flag
    return any(word == flag or word.startswith(flag + "=") for word in _words)


_words: list[str] = []  # the command line's words, as main() read them


def start_params(args: argparse.Namespace, settings: RunSettings, data: DataSet) -> tuple | None:
    """The start ``--init`` gives (None: the settings' own)."""
    if getattr(args, "init", None) is None:
        return None
    if not args.init.strip():
        raise UsageError("--init needs the name of a parameters file (JSON)")
    return read_params(args.init, settings.network(data.inputs))


def check_params_out(args: argparse.Namespace) -> None:
    """Refuse an unwritable --params-out before anything is trained."""
    target = getattr(args, "params_out", None)
    if target is None:
        return
    if not target.strip():
        raise UsageError("--params-out needs the name of a file to write")
    try:
        where = write_target(target)
        if not where.parent.is_dir():
            raise UsageError(
                f"{target}: cannot write the parameters: the folder {where.parent} does not "
                "exist (make it first)"
            )
        named = [("--params-out", target)]
        named += [(o, v) for o, v in (("--data", args.data), ("--init", args.init)) if v]
        named += [(o, getattr(args, a)) for o, a in (("--script", "script"),
                  ("--animation", "animation")) if getattr(args, a, None)]  # fmt: skip
        check_distinct(named)
    except OSError as exc:
        raise UsageError(str(exc)) from None
    except ValueError as exc:
        raise UsageError(str(exc)) from None


def write_final_params(args: argparse.Namespace, network: Network, params: tuple) -> str | None:
    """Write --params-out (if asked); the line that says so."""
    target = getattr(args, "params_out", None)
    if target is None:
        return None
    try:
        write_params(target, network, params)
    except OSError as exc:
        raise UsageError(
            f"{target}: cannot write the parameters (nothing was written): {exc.strerror or exc}"
        ) from None
    return f"wrote {target}\n"


def final_lines(network: Network, params: tuple) -> str:
    """The lesson's two lines, or ``Final parameters:`` and one ``NAME = value`` each."""
    if network.is_lesson:
        return f"Final weight: {params[0]}\nFinal bias: {params[-1]}\n"
    lines = "".join(
        f"{name} = {value!r}\n" for name, value in zip(network.names, params, strict=True)
    )
    return "Final parameters:\n" + lines


def train(args: argparse.Namespace, out: Output) -> int:
    settings = run_settings(args)
    check_params_out(args)
    data = load_data(args)
    trainer = Trainer(data, settings, keep_history=False, start=start_params(args, settings, data))
    every = args.log_every
    stops = current()
    rows = len(trainer.fit_data)
    while trainer.remaining and trainer.diverged is None:
        stops.check()
        block = trainer.run(trainer.block())
        if block is None:
            break
        first = -(-block.start // every) * every
        for epoch in range(first, block.stop, every):
            k = epoch - block.start
            if block.val_loss is None:
                out.write(f"Epoch {epoch}, Loss: {block.loss[k]:.4f}\n")
            else:  # means per row, so the two compare
                out.write(f"Epoch {epoch}, Train loss: {block.loss[k] / rows:.4f}, "
                          f"Validation loss: {block.val_loss[k]:.4f}\n")  # fmt: skip
    if trainer.diverged is not None:
        out.write(f"Training {trainer.diverged.message()}\n")
        return EXIT_DIVERGED
    if trainer.stopped is not None:
        out.write(trainer.stopped.message() + "\n")
    out.write(final_lines(trainer.network, trainer.parameters))
    if args.metrics:
        out.write(metrics_report(trainer))
    current().settle()  # writing begins: a signal now stops it at a safe point
    said = write_final_params(args, trainer.network, trainer.parameters)
    if said:
        out.write(said)
    return EXIT_OK


def check_gradient_command(args: argparse.Namespace, out: Output) -> int:
    settings = run_settings(args)
    data = load_data(args)
    trainer = Trainer(data, settings, keep_history=False, start=start_params(args, settings, data))
    if args.after:
        trainer.set_epochs(args.after)
        stops = current()
        while trainer.remaining and trainer.diverged is None:
            stops.check()
            trainer.run(trainer.block())
        if trainer.diverged is not None:
            out.write(f"Training {trainer.diverged.message()}\n")
            return EXIT_DIVERGED
    rows = trainer.fit_data  # with --validation: the training rows only
    checks = check_gradient(
        trainer.network,
        trainer.parameters,
        rows.X,
        rows.ys,
        settings.loss,
        settings.gradient,
        settings.penalty,
    )
    for c in checks:
        out.write(f"{c.name}  rule={c.rule!r}  numeric={c.numeric!r}  relative={c.relative:.3e}\n")
    out.write(f"max relative error: {largest(checks):.3e}\n")
    out.write(verdict(checks, settings.loss, settings.gradient) + "\n")
    return EXIT_OK


@dataclass(frozen=True)
class Launcher:
    """What the command line needs of the application (gdviz.app gives it): opening the
    window, the headless export, and a start-up error shown as a dialog."""

    open_window: Callable[[Session | None, str | None], int]  # a session read, the file
    export: Callable[..., tuple[list[Path], Session]]
    startup_error: Callable[[str], None]
    language: Callable[[str], None] = lambda _code: None  # --lang, before the window opens


def export(args: argparse.Namespace, out: Output, launcher: Launcher | None) -> int:
    if all(v is None for v in (args.out, args.script, args.animation, args.params_out)):
        raise UsageError("export needs somewhere to write: --out DIR, --script PATH, "
                         "--animation PATH or --params-out FILE")  # fmt: skip
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
    check_params_out(args)
    data = load_data(args)
    start = start_params(args, settings, data)
    divergence = None
    session = None
    try:
        if args.out is not None or animation is not None:
            _, session = _needed(launcher).export(
                data, settings, files, formats, args.width, window_picture=args.window,
                animation=animation, start=start,
            )  # fmt: skip
            divergence = session.divergence
        elif args.params_out is not None:
            session = from_trainer(_trained(data, settings, start))
            divergence = session.divergence
        current().settle()  # writing begins: a signal now stops it at a safe point, cleanly
        if args.script is not None:
            text = python_script(data, settings, script_name=Path(args.script).name, start=start)
            files.add(_absolute(args.script), lambda handle: handle.write(text.encode()))
        if args.params_out is not None and session is not None and divergence is None:
            network, params = session.network, session.params
            text = network.dumps(params)
            files.add(_absolute(args.params_out), lambda handle: handle.write(text.encode()))
        written = files.commit()
    except Interrupted as stop:
        files.discard()
        return stop.code
    except OSError as exc:
        where = files.target_of(exc.filename) or exc.filename
        where = where or args.out or args.animation or args.script
        files.discard()
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
    for given in (args.script, args.animation, args.params_out):
        if given is not None and _absolute(given) == path:
            return given
    return str(path)


def _trained(data: DataSet, settings: RunSettings, start: tuple | None) -> Trainer:
    """A run trained headless to its end (export --params-out without pictures)."""
    trainer = Trainer(data, settings, start=start)
    stops = current()
    while not trainer.finished and trainer.remaining:
        stops.check()
        trainer.run(trainer.block())
    return trainer


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
        if args.params_out is not None and args.params_out.strip():
            outputs.append(("--params-out", args.params_out))
        for option, value in (("--data", args.data), ("--init", args.init)):
            if value is not None and value.strip():
                outputs.append((option, value))  # read: never written over
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


def main(argv: Sequence[str] | None = None, launcher: Launcher | None = None) -> int:
    """The ``gdviz`` command line; returns the exit status. ``train`` works alone; the
    window and ``export`` need the application's ``launcher`` (see gdviz.app.command)."""
    parser = build_parser()
    try:
        words = list(sys.argv[1:] if argv is None else argv)
        if words and not words[0].startswith("-") and words[0] not in COMMANDS:
            words = ["--open", *words]  # gdviz FILE
        _words[:] = join_negative_values(words)
        args = parser.parse_args(_words)
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
                status = predict_command(args, out)  # gdviz/cli_predict.py
            elif args.command == "check-gradient":
                status = check_gradient_command(args, out)
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
        if args.lang:
            _needed(launcher).language(args.lang)
        return _needed(launcher).open_window(session, args.open)
    except (UsageError, DataError, SessionError, ParamsError, OutputFailed) as exc:
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
