"""The settings of a run: everything that decides what training does, except the data.

Each field of :class:`RunSettings` is declared once, with :func:`setting`: its default,
its valid values (:mod:`gdviz.core.run.values`), its label and tip, what a change of it
does to a run under way (:class:`Change`) and its command-line flag. From that one
declaration come the command line's options, the checks of remembered settings and of
sessions, the window's boxes and which changes start a new run. Adding a setting is
adding a field here (and a test).
"""

from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields, replace
from enum import StrEnum
from typing import Any

from gdviz.core.i18n import QT_TRANSLATE_NOOP, translate
from gdviz.core.run.values import Choice, Kind, Number, Whole
from gdviz.core.train.model import Gradient, Loss
from gdviz.core.train.network import MAX_HIDDEN, Activation, Network
from gdviz.core.train.optimizers import DEFAULT_EPS, Hyper, Optimizer
from gdviz.core.train.penalty import NO_PENALTY, Penalty, PenaltyKind

EPOCHS_MAX = 10_000_000  # the longest run the window keeps (and a session may declare)
EPOCHS_CLI_MAX = 10**12  # 'gdviz train' keeps no history: only time limits it
RACE_EPOCHS_MAX = 1_000_000  # per racer: six of them keep ~150 MB of history at most


class Change(StrEnum):
    """What changing a setting does to the run under way."""

    LIVE = "live"  # used from the next epoch (the learning rate)
    TARGET = "target"  # moves where the run ends (epochs)
    START = "start"  # where the next run starts (weight, bias)
    NEW_RUN = "new run"  # a new run from the same start (the run so far is kept)


@dataclass(frozen=True)
class Setting:
    """One field of RunSettings, declared: see :func:`setting`."""

    name: str
    kind: Kind
    default: Any
    label: str
    tip: str
    change: Change
    flag: str
    metavar: str
    help: str
    optional: bool = False  # None is a value too ("the optimiser's own")
    uses: tuple[str, ...] = ()  # optimiser hyperparameters: which optimisers read it
    decimals: int = 6  # digits a box keeps
    hidden_only: bool = False  # read only with a hidden layer (the command line refuses it else)

    def parse(self, text: str) -> Any:
        """``text`` (a flag's argument, a remembered value) as this setting's value;
        raises ValueError saying what is wrong."""
        # A whole number's message follows its flag ("--epochs: must be 0 or more"); a
        # number's names the setting ("learning rate must be a finite number above 0").
        return self.kind.parse(text, "" if isinstance(self.kind, Whole) else self.words)

    def problem(self, value: Any) -> str | None:
        """Why ``value`` cannot be this setting (None: it can)."""
        if value is None and self.optional:
            return None
        return self.kind.problem(value, self.words)

    @property
    def words(self) -> str:
        """The name as messages say it: ``learning rate``, ``beta2``."""
        return self.name.replace("_", " ")

    def text(self, value: Any) -> str:
        """How a value is written to a settings file (``repr`` of a float is exact)."""
        return str(value.value) if isinstance(value, StrEnum) else repr(value)


def setting(
    default: Any,
    kind: Kind,
    label: str,
    tip: str,
    change: Change,
    metavar: str = "",
    help: str = "",  # noqa: A002 (argparse's word)
    optional: bool = False,
    uses: tuple[str, ...] = (),
    decimals: int = 6,
    hidden_only: bool = False,
) -> Any:
    """A RunSettings field, declared: its default and everything else about it (the flag
    is the field's name with dashes: ``--learning-rate``)."""
    declared = {
        "kind": kind, "label": label, "tip": tip, "change": change, "metavar": metavar,
        "help": help, "optional": optional, "uses": uses, "decimals": decimals,
        "hidden_only": hidden_only,
    }  # fmt: skip
    return field(default=default, metadata={"setting": declared})


_MOMENTUMS = ("momentum", "nesterov")


@dataclass(frozen=True)
class RunSettings:
    """Learning rate, epochs, start, loss, gradient rule, batch size, optimiser and model;
    defaults are the lesson's.

    ``batch_size`` 1 is the lesson's per-row update; k > 1 updates after every k rows by
    their mean gradient; 0 once per epoch (the full batch). ``optimizer`` and its
    hyperparameters: see :mod:`gdviz.core.train.optimizers` (``eps`` None: the
    optimiser's own).
    """

    learning_rate: float = setting(
        0.1, Number(0.0, low_open=True), QT_TRANSLATE_NOOP("settings", "Learning rate"),
        QT_TRANSLATE_NOOP("settings", "How big each nudge of w and b is. Too small is slow; too "
                                      "big overshoots or blows up. Takes effect at once, even "
                                      "while training."),
        Change.LIVE, "F", "step size (default 0.1)", decimals=12,
    )  # fmt: skip
    epochs: int = setting(
        1000, Whole(0, EPOCHS_CLI_MAX), QT_TRANSLATE_NOOP("settings", "Epochs"),
        QT_TRANSLATE_NOOP("settings", "How many passes over all the data the run makes. Raise it "
                                      "after a run finished and Train goes on from where it "
                                      "stopped."),
        Change.TARGET, "N", "passes over the data (default 1000)",
    )  # fmt: skip
    weight: float = setting(
        0.1, Number(), QT_TRANSLATE_NOOP("settings", "Start weight"),
        QT_TRANSLATE_NOOP("settings", "Starting weight w (the curve's steepness). Applies at "
                                      "once to a run that has not begun, otherwise to the next "
                                      "run."),
        Change.START, "F", "starting weight (default 0.1)",
    )  # fmt: skip
    bias: float = setting(
        0.0, Number(), QT_TRANSLATE_NOOP("settings", "Start bias"),
        QT_TRANSLATE_NOOP("settings", "Starting bias b (shifts the curve left or right). Applies "
                                      "at once to a run that has not begun, otherwise to the "
                                      "next run."),
        Change.START, "F", "starting bias (default 0)",
    )  # fmt: skip
    loss: Loss = setting(
        Loss.SQUARED, Choice(Loss), QT_TRANSLATE_NOOP("settings", "Loss"),
        QT_TRANSLATE_NOOP("settings", "The loss reported (and followed, with the exact gradient)"),
        Change.NEW_RUN, help="loss to report (default squared)",
    )  # fmt: skip
    gradient: Gradient = setting(
        Gradient.SEED, Choice(Gradient), QT_TRANSLATE_NOOP("settings", "Gradient"),
        QT_TRANSLATE_NOOP("settings", "The lesson's error·x nudge, or the true gradient of the "
                                      "chosen loss"),
        Change.NEW_RUN, help="seed: the lesson's error*x nudge; exact: the loss's true gradient",
    )  # fmt: skip
    batch_size: int = setting(
        1, Whole(0, (1 << 31) - 1), QT_TRANSLATE_NOOP("settings", "Batch size"),
        QT_TRANSLATE_NOOP("settings", "1: update after every row (the lesson's); k: after every "
                                      "k rows, by their mean gradient; 0: once per epoch"),
        Change.NEW_RUN, "K",
        "1: update after every row (the lesson's, default); K: after every K rows, by "
        "their mean gradient; 0: once per epoch",
    )  # fmt: skip
    optimizer: Optimizer = setting(
        Optimizer.SGD, Choice(Optimizer), QT_TRANSLATE_NOOP("settings", "Optimiser"),
        QT_TRANSLATE_NOOP("settings", "How each update moves w and b. The lesson's plain step, "
                                      "or one with a memory of earlier gradients. A change "
                                      "starts a new run from the same start."),
        Change.NEW_RUN,
        help="how each update moves w and b: sgd (the lesson's, default), momentum, "
        "nesterov, adagrad, rmsprop or adam",
    )  # fmt: skip
    momentum: float = setting(
        0.9, Number(0.0, 1.0, high_open=True), QT_TRANSLATE_NOOP("settings", "Momentum μ"),
        QT_TRANSLATE_NOOP("settings", "How much of the last velocity carries over (0 … below 1)"),
        Change.NEW_RUN, "MU", "momentum and nesterov: how much velocity carries over",
        uses=_MOMENTUMS,
    )  # fmt: skip
    alpha: float = setting(
        0.99, Number(0.0, 1.0, high_open=True), QT_TRANSLATE_NOOP("settings", "Decay α"),
        QT_TRANSLATE_NOOP("settings", "How slowly RMSProp's average of squared gradients moves "
                                      "(0 … below 1)"),
        Change.NEW_RUN, "A", "rmsprop: how slowly the average of squared gradients moves",
        uses=("rmsprop",),
    )  # fmt: skip
    beta1: float = setting(
        0.9, Number(0.0, 1.0, high_open=True), "β₁",
        QT_TRANSLATE_NOOP("settings", "Adam: decay of the average gradient m (0 … below 1)"),
        Change.NEW_RUN, "B1", "adam: decay of the average gradient", uses=("adam",),
    )  # fmt: skip
    beta2: float = setting(
        0.999, Number(0.0, 1.0, high_open=True), "β₂",
        QT_TRANSLATE_NOOP("settings", "Adam: decay of the average squared gradient v "
                                      "(0 … below 1)"),
        Change.NEW_RUN, "B2", "adam: decay of the average squared gradient", uses=("adam",),
    )  # fmt: skip
    eps: float | None = setting(
        None, Number(0.0, 1.0, low_open=True), "ε",
        QT_TRANSLATE_NOOP("settings", "Added to the square root so a tiny average never divides "
                                      "by zero"),
        Change.NEW_RUN, "E",
        "adagrad, rmsprop, adam: added to the square root (default: the optimiser's own, "
        "1e-10 for adagrad, 1e-8 otherwise)",
        optional=True, uses=("adagrad", "rmsprop", "adam"), decimals=15,
    )  # fmt: skip

    # The model (see gdviz.core.train.network); the data decides how many inputs.
    hidden: int = setting(
        0, Whole(0, MAX_HIDDEN), QT_TRANSLATE_NOOP("settings", "Hidden units"),
        QT_TRANSLATE_NOOP("settings", "0: the lesson's neuron (no hidden layer). 1 to 16: a "
                                      "hidden layer of that many units between the inputs and "
                                      "the output neuron. A change starts a new run."),
        Change.NEW_RUN, "H",
        f"hidden units: 0 for no hidden layer (the lesson's, default), 1 to {MAX_HIDDEN} for one",
    )  # fmt: skip
    activation: Activation = setting(
        Activation.SIGMOID, Choice(Activation), QT_TRANSLATE_NOOP("settings", "Activation"),
        QT_TRANSLATE_NOOP("settings", "What each hidden unit does with its sum a: sigmoid σ(a), "
                                      "tanh(a) or ReLU max(a, 0)"),
        Change.NEW_RUN,
        help="the hidden units' activation: sigmoid (default), tanh or relu (needs --hidden)",
        hidden_only=True,
    )  # fmt: skip
    init_seed: int = setting(
        0, Whole(0, (1 << 63) - 1), QT_TRANSLATE_NOOP("settings", "Start seed"),
        QT_TRANSLATE_NOOP("settings", "A hidden layer starts with weights drawn at random from "
                                      "[−1, 1]: the same seed, the same start, on every machine"),
        Change.START, "S",
        "with a hidden layer: the seed of its random starting weights (default 0)",
        hidden_only=True,
    )  # fmt: skip

    # Generalisation: the held-out rows (gdviz.core.train.split), early stopping and the
    # penalty on the weights (gdviz.core.train.penalty).
    validation: float | None = setting(
        None, Number(0.0, 1.0, low_open=True, high_open=True),
        QT_TRANSLATE_NOOP("settings", "Validation part"),
        QT_TRANSLATE_NOOP("settings", "The fraction of rows held out: never trained on, their "
                                      "loss measured after every epoch (off: train on every row)"),
        Change.NEW_RUN, "F",
        "hold out this fraction of the rows (0 < F < 1) for validation: never trained on, "
        "their mean loss printed after every epoch",
        optional=True, decimals=3,
    )  # fmt: skip
    split_seed: int = setting(
        0, Whole(0, (1 << 63) - 1), QT_TRANSLATE_NOOP("settings", "Split seed"),
        QT_TRANSLATE_NOOP("settings", "Which rows are held out: the same seed, the same rows, on "
                                      "every machine"),
        Change.NEW_RUN, "S", "with --validation: the seed of the shuffle that picks the "
        "held-out rows (default 0)",
    )  # fmt: skip
    patience: int | None = setting(
        None, Whole(1, EPOCHS_CLI_MAX), QT_TRANSLATE_NOOP("settings", "Patience"),
        QT_TRANSLATE_NOOP("settings", "Early stopping: stop when the validation loss has not "
                                      "beaten its best for this many epochs, and keep the best "
                                      "epoch's parameters (off: run every epoch)"),
        Change.NEW_RUN, "P", "with --validation: stop when the validation loss has not "
        "beaten its best for P epochs; the final parameters are the best epoch's",
        optional=True,
    )  # fmt: skip
    l2: float = setting(
        0.0, Number(0.0), QT_TRANSLATE_NOOP("settings", "L2 penalty λ"),
        QT_TRANSLATE_NOOP("settings", "Adds λ·Σw² to the loss (the weights, never the biases): "
                                      "big weights cost, so the curve stays gentler. 0: off."),
        Change.NEW_RUN, "λ", "add λ*sum(w²) over the weights (not the biases) to the "
        "loss followed (default 0: off)", decimals=9,
    )  # fmt: skip
    l1: float = setting(
        0.0, Number(0.0), QT_TRANSLATE_NOOP("settings", "L1 penalty λ"),
        QT_TRANSLATE_NOOP("settings", "Adds λ·Σ|w| to the loss (the weights, never the biases): "
                                      "pushes small weights to exactly 0. 0: off."),
        Change.NEW_RUN, "λ", "add λ*sum(|w|) over the weights (not the biases) to the "
        "loss followed (default 0: off)", decimals=9,
    )  # fmt: skip

    def __post_init__(self) -> None:
        for s in SETTINGS.values():
            if isinstance(s.kind, Choice) and getattr(self, s.name) is not None:
                value = getattr(self, s.name)
                if not isinstance(value, s.kind.kind):
                    try:
                        object.__setattr__(self, s.name, s.kind.kind(value))
                    except ValueError:
                        pass  # problem() says so
        problem = self.problem()
        if problem:
            raise ValueError(problem)

    def problem(self) -> str | None:
        """Why these settings cannot be trained with, or None."""
        for s in SETTINGS.values():
            problem = s.problem(getattr(self, s.name))
            if problem:
                return problem
        if self.l1 and self.l2:
            return translate(
                "settings", "L1 and L2 are two penalties on the weights: choose one (the other 0)"
            )
        if self.patience is not None and self.validation is None:
            return translate(
                "settings",
                "early stopping (patience) watches the validation loss: hold out rows too",
            )
        return None

    @property
    def penalty(self) -> Penalty:
        """The penalty on the weights these settings ask for."""
        if self.l2:
            return Penalty(PenaltyKind.L2, self.l2)
        if self.l1:
            return Penalty(PenaltyKind.L1, self.l1)
        return NO_PENALTY

    @property
    def hyper(self) -> Hyper:
        """The optimiser's hyperparameters, with its own eps unless one was given."""
        eps = self.eps if self.eps is not None else DEFAULT_EPS.get(self.optimizer, 1e-8)
        return Hyper(self.momentum, self.alpha, self.beta1, self.beta2, eps)

    def with_(self, **changes: object) -> RunSettings:
        """A copy with ``changes`` applied (validated like any new value)."""
        return replace(self, **changes)  # type: ignore[arg-type]

    def differences(self, other: RunSettings) -> set[str]:
        """Names of the fields whose values differ from ``other``'s."""
        return {f.name for f in fields(self) if getattr(self, f.name) != getattr(other, f.name)}

    @property
    def per_row(self) -> bool:
        """True for the lesson's per-row updates (the only mode with single-row steps)."""
        return self.batch_size == 1

    @property
    def start(self) -> tuple[float, float]:
        """The starting (w, b)."""
        return self.weight, self.bias

    def network(self, inputs: int = 1) -> Network:
        """The model these settings train on data with ``inputs`` input columns."""
        return Network(inputs, self.hidden, self.activation)

    def start_params(self, network: Network) -> tuple[float, ...]:
        """Where a run of ``network`` starts (see :meth:`Network.start`)."""
        return network.start(self.weight, self.bias, self.init_seed)


def _declared() -> dict[str, Setting]:
    out = {}
    for f in fields(RunSettings):
        declared = f.metadata["setting"]
        default = f.default if f.default is not MISSING else None
        flag = "--" + f.name.replace("_", "-")
        out[f.name] = Setting(f.name, default=default, flag=flag, **declared)
    return out


SETTINGS: dict[str, Setting] = _declared()
"""Every setting of a run, declared once, in the order of RunSettings' fields."""

NEW_RUN_FIELDS = frozenset(n for n, s in SETTINGS.items() if s.change is Change.NEW_RUN)
"""Settings whose change starts a new run (the run so far is kept for comparison)."""

HYPER_FIELDS = tuple(n for n, s in SETTINGS.items() if s.uses)
"""The optimisers' own settings (each optimiser reads the ones whose ``uses`` name it)."""


def uses(optimizer: Optimizer) -> tuple[str, ...]:
    """The hyperparameters ``optimizer`` reads, in declaration order."""
    return tuple(n for n in HYPER_FIELDS if optimizer.value in SETTINGS[n].uses)
