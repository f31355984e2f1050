"""The command line's options: the run's settings come from their declarations
(:data:`gdviz.core.run.settings.SETTINGS`), so a flag's limits, default and help are
the ones the window, the settings file and sessions use; the rest are the commands' own.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable, Sequence
from typing import Any, NoReturn

from gdviz import __version__
from gdviz.core.io.video import VIEWS
from gdviz.core.run.settings import EPOCHS_CLI_MAX, SETTINGS, Setting
from gdviz.core.run.values import Choice, Number, Whole
from gdviz.core.train.data import builtin_names

COMMANDS = ("train", "export", "predict", "check-gradient")


class UsageError(Exception):
    """Bad input from the command line; the message is shown as one line."""


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        raise UsageError(f"{message} (see '{self.prog} --help')")


def _typed(parse: Callable[[str], Any]) -> Callable[[str], Any]:
    """An argparse type from a parser that raises ValueError with the user's message."""

    def read(text: str) -> Any:
        try:
            return parse(text)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    return read


def number(low: float = float("-inf"), high: float = float("inf")) -> Callable[[str], float]:
    """An argparse type: a finite number (from ``low`` to ``high``)."""
    return _typed(Number(low, high).parse)


def whole(low: int, high: int) -> Callable[[str], int]:
    """An argparse type: a whole number from ``low`` to ``high``, saying which if not."""
    return _typed(Whole(low, high).parse)


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


def _add_setting(parser: argparse.ArgumentParser, s: Setting) -> None:
    """The flag of one declared setting. An optimiser's own setting has no default here,
    so the command line can tell which were given (and refuse one the optimiser does not
    read)."""
    options: dict[str, Any] = {"help": s.help, "dest": s.name}
    if isinstance(s.kind, Choice):
        options["choices"] = s.kind.names
        if not s.hidden_only:  # a hidden layer's own: no default, so a stray one is seen
            options["default"] = str(s.default.value)
    else:
        options["type"] = _typed(s.parse)
        options["metavar"] = s.metavar
        if s.uses:
            if s.default is not None:
                options["help"] = f"{s.help} (default {s.default:g})"
        elif not s.hidden_only:
            options["default"] = s.default
    parser.add_argument(s.flag, **options)


def add_training_options(parser: argparse.ArgumentParser) -> None:
    """The options shared by ``train`` and ``export``: data and every setting of a run."""
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
    source.add_argument(
        "--generate",
        metavar="SPEC",
        help="students drawn from a known true curve: rows=N,noise=F,seed=S (and w=, b= "
        "of the curve σ(w·x + b); defaults rows=100,noise=0.1,seed=0,w=1,b=-5); noise is "
        "the chance a label is flipped",
    )
    parser.add_argument(
        "--x",
        metavar="COL",
        action="append",
        help="with --data: the input column, by header name or number (1, 2, ...); give it "
        "twice for a model with two inputs",
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
        type=number(),
        help="labels from a number column: 1 where the value is above T, else 0",
    )
    for s in SETTINGS.values():
        _add_setting(parser, s)
    parser.add_argument(
        "--init",
        metavar="FILE",
        help="start from the parameters in this JSON file (as --params-out writes them); "
        "without --hidden, the model is the one the file is for",
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
    parser.add_argument(
        "--lang",
        choices=("en", "de", "es"),
        help="the window's language (default: as chosen in View ▸ Language, else the "
        "system's); the command line always speaks English",
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
        type=whole(1, EPOCHS_CLI_MAX),
        default=100,
        metavar="N",
        help="print the loss every N epochs (default 100)",
    )
    train.add_argument(
        "--metrics",
        action="store_true",
        help="after the run, print the accuracy and the confusion matrix (at p ≥ 0.5) of "
        "the training rows and of the validation rows",
    )
    _add_params_out(train)
    _add_export(commands)
    _add_predict(commands)
    _add_check_gradient(commands)
    return parser


def _add_params_out(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--params-out",
        metavar="FILE",
        help="write the final parameters as JSON (they read back as the same numbers; "
        "--init takes them)",
    )


def _add_check_gradient(commands: Any) -> None:
    check = commands.add_parser(
        "check-gradient",
        help="compare the rule's gradient with a finite difference, parameter by parameter",
        description="For each parameter: the direction the chosen rule moves it (summed "
        "over the rows) against the central finite difference of the chosen total loss, "
        "and their relative error; at the run's start, or after --after epochs. Takes "
        "train's options.",
    )
    add_training_options(check)
    check.add_argument(
        "--after",
        type=whole(0, EPOCHS_CLI_MAX),
        default=0,
        metavar="N",
        help="train N epochs first, and check there (default 0: at the start)",
    )


def _add_export(commands: Any) -> None:
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
        choices=list(VIEWS),
        default="dashboard",
        help="what the animation shows (default dashboard: all three with a caption)",
    )
    export.add_argument(
        "--fps", type=whole(1, 60), default=30, metavar="N", help="animation frames per second"
    )
    export.add_argument(
        "--duration",
        type=number(),
        default=8.0,
        metavar="S",
        help="animation length in seconds, before the hold (default 8)",
    )
    export.add_argument(
        "--hold",
        type=number(),
        default=0.0,
        metavar="S",
        help="an optional final hold: seconds the last frame stays at the end (default 0)",
    )
    export.add_argument(
        "--width",
        type=whole(200, 4000),
        metavar="PX",
        help="width of PNG images in pixels (default 1600) and of the animation (800)",
    )
    export.add_argument(
        "--format", choices=["png", "svg", "both"], default="png", help="image format (default png)"
    )
    export.add_argument(
        "--window", action="store_true", help="also write window.png: the whole window as it looks"
    )
    _add_params_out(export)


def _add_predict(commands: Any) -> None:
    predict = commands.add_parser(
        "predict",
        help="the trained model's pass probability for each x of a file",
        description="Write x,probability,predicted for every x of --data (x1,x2,... for a "
        "model with two inputs; predicted is 1 when the probability is 0.5 or more), with "
        "the model of a saved session, of a parameters file (--init), or a weight and bias "
        "given as numbers. Reads every table 'train' reads.",
    )
    predict.add_argument("--session", metavar="FILE", help="a saved session (.gdviz.json)")
    predict.add_argument(
        "--init", metavar="FILE", help="a parameters file (JSON, as --params-out writes it)"
    )
    predict.add_argument("--weight", type=number(), metavar="W", help="the model's weight")
    predict.add_argument("--bias", type=number(), metavar="B", help="the model's bias")
    predict.add_argument("--data", metavar="FILE", help="a table of inputs (CSV, TSV, .xlsx …)")
    predict.add_argument(
        "--x",
        metavar="COL",
        action="append",
        help="the input column: a name or a number (twice for a model with two inputs)",
    )
    predict.add_argument("--sheet", metavar="NAME", help="the sheet of a spreadsheet")
    predict.add_argument(
        "--out", metavar="PATH", help="the CSV to write (default: print it to standard output)"
    )
