"""The trainer: per-row (or batched) gradient descent on any model, one row, one epoch
or many.

Row steps use the plain-Python rule (:func:`gdviz.core.train.model.update_row` for the
lesson's neuron, :func:`gdviz.core.train.network.update_row` for the others); whole
epochs use the numba kernels when they are available. Both give the same doubles, so a
run may mix them freely and stay bit-identical to an uninterrupted run.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

import numpy as np

from gdviz.core.run.settings import RunSettings
from gdviz.core.train import kernel as _kernel
from gdviz.core.train import net_kernel as _net_kernel
from gdviz.core.train import network as _network
from gdviz.core.train.data import DataSet
from gdviz.core.train.history import EpochBlock, History
from gdviz.core.train.model import Gradient, Loss, RowUpdate, update_row
from gdviz.core.train.network import ACTIVATION_CODE, NetRow, Network
from gdviz.core.train.optimizers import CODE, Optimizer, OptimizerState, step


@dataclass(frozen=True)
class Divergence:
    """Where training blew up: the epoch, and which value stopped being finite."""

    epoch: int
    what: str
    value: float

    def message(self) -> str:
        return (
            f"diverged at epoch {self.epoch}: the {self.what} became {self.value!r}. "
            "Try a smaller learning rate."
        )


@dataclass(frozen=True)
class Position:
    """Where a run stands: ``epoch`` whole epochs done, then ``row`` rows of the next one
    (whose losses summed to ``partial_loss``), the parameters now and what the optimiser
    remembers (None: nothing yet). A trainer restored to it goes on bit for bit."""

    epoch: int
    params: tuple[float, ...]
    row: int = 0
    partial_loss: float = 0.0
    opt_state: OptimizerState | None = field(default=None)

    @property
    def w(self) -> float:
        """The lesson's neuron: its weight."""
        return self.params[0]

    @property
    def b(self) -> float:
        """The lesson's neuron: its bias."""
        return self.params[-1]


def value_names(network: Network) -> tuple[str, ...]:
    """What a divergence message calls each parameter: the lesson's "weight" and "bias",
    a network's own names."""
    return ("weight", "bias") if network.is_lesson else network.names


class Trainer:
    """Gradient descent on ``data`` with ``settings``: the model is the one the settings
    ask for with the data's inputs (:meth:`RunSettings.network`).

    State: ``params`` (the model's parameters, in its order), the number of whole
    epochs done (``epoch``), and the position inside the current epoch (``row``, with
    the loss summed so far). ``history`` holds every finished epoch.
    ``learning_rate`` may change between calls; it applies from the next row.
    ``kernels`` picks the lesson's whole-epoch loops (default: numba if installed);
    ``net_kernel`` the other models' loop.
    """

    def __init__(
        self,
        data: DataSet,
        settings: RunSettings | None = None,
        *,
        keep_history: bool = True,
        kernels: _kernel.Kernels | None = None,
        net_kernel: _net_kernel.NetKernel | None = None,
        start: tuple[float, ...] | None = None,
    ) -> None:
        self._kernels = kernels
        self._net_kernel = net_kernel
        self.settings = settings or RunSettings()
        self.data = data
        self.network = self.settings.network(data.inputs)
        self.start = start  # the parameters a run starts from (None: the settings' start)
        self.learning_rate = self.settings.learning_rate
        self.keep_history = keep_history
        self.history = History(self.settings.epochs if keep_history else 16, size=self.network.size)
        self.reset()

    def reset(self, settings: RunSettings | None = None) -> None:
        """Back to the start, with an empty history."""
        if settings is not None:
            self.settings = settings
            self.learning_rate = settings.learning_rate
            network = settings.network(self.data.inputs)
            if network != self.network:
                self.network, self.start = network, None
                self.history = History(16, size=network.size)
            if self.keep_history:
                self.history.reserve(settings.epochs)
        start = self.start or self.settings.start_params(self.network)
        self.params = np.array(start, dtype=float)
        self._opt = OptimizerState.zero(self.network.size).as_array()  # updated in place
        self.epoch = 0
        self.row = 0
        self.partial_loss = 0.0
        self.diverged: Divergence | None = None
        self.last_loss: float | None = None
        self.history.clear()

    def restore(self, position: Position, last_loss: float | None = None) -> None:
        """Continue from ``position`` (``last_loss``: the loss of its last whole epoch)."""
        p = position
        if len(p.params) != self.network.size:
            raise ValueError(
                f"{len(p.params)} parameters do not fit {self.network.describe()} "
                f"({self.network.size})"
            )
        self.epoch, self.last_loss = p.epoch, last_loss
        self.params = np.array(p.params, dtype=float)
        state = p.opt_state or OptimizerState.zero(self.network.size)
        self._opt = state.as_array()
        self.row = p.row
        self.partial_loss = p.partial_loss
        self.diverged = None

    @property
    def w(self) -> float:
        """The lesson's neuron: its weight (the first parameter)."""
        return float(self.params[0])

    @property
    def b(self) -> float:
        """The lesson's neuron: its bias (the last parameter)."""
        return float(self.params[-1])

    @property
    def parameters(self) -> tuple[float, ...]:
        return tuple(self.params.tolist())

    @property
    def position(self) -> Position:
        """Where the run stands now."""
        return Position(self.epoch, self.parameters, self.row, self.partial_loss, self.opt_state)

    @property
    def opt_state(self) -> OptimizerState:
        """What the optimiser remembers now (zero for the lesson's plain step)."""
        return OptimizerState.from_array(self._opt)

    @property
    def remaining(self) -> int:
        """Epochs left before the run's target (``settings.epochs``)."""
        return max(0, self.settings.epochs - self.epoch)

    @property
    def finished(self) -> bool:
        return self.diverged is not None or self.remaining == 0 and self.row == 0

    def set_epochs(self, epochs: int) -> None:
        """Move the run's target; it never drops below the epochs already done."""
        self.settings = self.settings.with_(epochs=max(int(epochs), self.epoch))

    def set_data(self, data: DataSet) -> None:
        """Use new data from the next epoch (a partial epoch restarts at row 0). The
        data must have as many inputs as the model."""
        if data.inputs != self.network.inputs:
            raise ValueError(f"the model takes {self.network.inputs} inputs, the data has "
                             f"{data.inputs}")  # fmt: skip
        self.data = data
        self.row = 0
        self.partial_loss = 0.0

    # -- stepping -----------------------------------------------------------------
    def step_row(self) -> tuple[RowUpdate | NetRow, EpochBlock | None]:
        """Update on the next row. Returns the update (a :class:`RowUpdate` for the
        lesson's neuron, a :class:`NetRow` for the others) and, if it ended an epoch,
        that epoch."""
        if self.diverged is not None:
            raise RuntimeError("the run has diverged; reset it first")
        if not self.settings.per_row:
            raise ValueError("single-row steps need per-row updates (batch size 1)")
        upd: RowUpdate | NetRow
        if self.network.is_lesson:
            upd = self._lesson_row()
            self.params[:] = (upd.w_after, upd.b_after)
            row_loss = upd.loss
        else:
            x, y = self.data.inputs_of(self.row)
            upd, state = _network.update_row(
                self.network, self.parameters, x, y, self.learning_rate, self.settings.loss,
                self.settings.gradient, self.settings.optimizer, self.settings.hyper,
                self.opt_state,
            )  # fmt: skip
            self._opt = state.as_array()
            self.params[:] = upd.after
            row_loss = upd.loss
        self.partial_loss += row_loss
        self.row += 1
        bad = self._not_finite(self.partial_loss, self.params)
        if bad is not None:
            self.diverged = Divergence(self.epoch, *bad)
            return upd, None
        if self.row < len(self.data):
            return upd, None
        block = EpochBlock(
            self.epoch, np.array([self.partial_loss]), self.params.reshape(-1, 1).copy()
        )
        self._finish_block(block)
        return upd, block

    def _lesson_row(self) -> RowUpdate:
        x, y = self.data.row(self.row)
        w, b = self.w, self.b
        upd = update_row(x, y, w, b, self.learning_rate, self.settings.loss, self.settings.gradient)
        kind = self.settings.optimizer
        if kind is not Optimizer.SGD:
            (sw, sb), after = step(kind, self.settings.hyper, self.opt_state,
                                   (upd.w_before, upd.b_before), (upd.grad * x, upd.grad),
                                   self.learning_rate)  # fmt: skip
            self._opt = after.as_array()
            upd = replace(upd, w_after=sw.after, b_after=sb.after, steps=(sw, sb), t=after.t)
        return upd

    def _not_finite(self, loss: float, params: np.ndarray) -> tuple[str, float] | None:
        """Which value stopped being finite (the loss first, then the parameters')."""
        if not math.isfinite(loss):
            return "loss", float(loss)
        for name, value in zip(value_names(self.network), params.tolist(), strict=True):
            if not math.isfinite(value):
                return name, value
        return None

    def step_epoch(self) -> EpochBlock | None:
        """Finish the current epoch (all of it, or the rows left in it)."""
        if self.row:
            while True:
                _, block = self.step_row()
                if block is not None or self.diverged is not None:
                    return block
        return self.run(1)

    def run(self, n_epochs: int) -> EpochBlock | None:
        """Run up to ``n_epochs`` whole epochs with the fast kernel.

        A partially done epoch is finished first, row by row. Stops early at
        divergence. Returns the epochs completed (None if none).
        """
        if self.diverged is not None or n_epochs <= 0:
            return None
        head = None
        if self.row:
            head = self.step_epoch()
            n_epochs -= 1
            if self.diverged is not None or n_epochs <= 0:
                return head
        out = np.empty((1 + self.network.size, n_epochs))
        done = self._run_kernel(n_epochs, out)
        loss, params = out[0, :done], out[1:, :done]
        if done:
            bad = self._not_finite(float(loss[-1]), params[:, -1])
            if bad is not None:
                self.params = params[:, -1].copy()
                self.diverged = Divergence(self.epoch + done - 1, *bad)
                done -= 1
                loss, params = loss[:done], params[:, :done]
        if not done:
            return head
        block = EpochBlock(self.epoch, loss.copy(), params.copy())
        if self.diverged is None:
            self.params = params[:, -1].copy()
        self._finish_block(block)
        if head is not None:
            return EpochBlock.joined([head, block])
        return block

    def run_to_end(self) -> None:
        """Train until the target epoch count or divergence."""
        while not self.finished and self.remaining:
            self.run(min(self.remaining, 1 << 20))

    def _run_kernel(self, n_epochs: int, out: np.ndarray) -> int:
        s = self.settings
        optimizer = (CODE[s.optimizer], s.hyper.as_array(), self._opt)
        cross_entropy, exact = s.loss is Loss.CROSS_ENTROPY, s.gradient is Gradient.EXACT
        if not self.network.is_lesson:
            kernel = self._net_kernel or _net_kernel.get_net_kernel()
            net = self.network
            params = self.params.copy()
            return kernel(
                self.data.X, self.data.ys, params, self.learning_rate, n_epochs, net.inputs,
                net.hidden, ACTIVATION_CODE[net.activation], cross_entropy, exact, _kernel.TWO,
                s.batch_size, *optimizer, out[0], out[1:],
            )  # fmt: skip
        kernels = self._kernels or _kernel.get_kernels()
        start = (
            self.data.xs, self.data.ys, self.w, self.b, self.learning_rate, n_epochs,
            cross_entropy, exact, _kernel.TWO,
        )  # fmt: skip
        if s.per_row:
            return kernels.per_row(*start, *optimizer, out[0], out[1], out[2])
        return kernels.batches(*start, s.batch_size, *optimizer, out[0], out[1], out[2])

    def _finish_block(self, block: EpochBlock) -> None:
        self.epoch = block.stop
        self.row = 0
        self.partial_loss = 0.0
        self.last_loss = float(block.loss[-1])
        if self.keep_history:
            self.history.append(block)
