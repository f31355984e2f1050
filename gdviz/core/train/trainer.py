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
from gdviz.core.train.split import Split, split
from gdviz.core.train.validation import Stop, Watch, mean_losses


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
        self.data = data  # every row; the model trains on ``fit_data`` (see _split)
        self.split: Split | None = None
        self._split()
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
            self._split()
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
        self.watch = Watch()  # early stopping's memory

    # -- the held-out rows and early stopping -------------------------------------------
    def _split(self) -> None:
        """Hold out the rows the settings ask for (raises DataError if a part is empty)."""
        s = self.settings
        if s.validation is None:
            self.split = None
        elif self.split is None or (self.split.data, self.split.fraction, self.split.seed) != (
            self.data,
            s.validation,
            s.split_seed,
        ):
            self.split = split(self.data, s.validation, s.split_seed)

    @property
    def fit_data(self) -> DataSet:
        """The rows trained on: all of them, or those not held out."""
        return self.split.train if self.split is not None else self.data

    @property
    def held_out(self) -> DataSet | None:
        """The validation rows (None: none held out)."""
        return self.split.validation if self.split is not None else None

    def validation_losses(self, params: np.ndarray) -> np.ndarray | None:
        """The held-out rows' mean loss for each column of ``params`` (None: none)."""
        held = self.held_out
        if held is None:
            return None
        return mean_losses(self.network, held.X, held.ys, params, self.settings.loss)

    @property
    def stopped(self) -> Stop | None:
        """Where early stopping ended the run (None: it has not)."""
        return self.watch.stopped

    def restore(
        self, position: Position, last_loss: float | None = None, watch: Watch | None = None
    ) -> None:
        """Continue from ``position`` (``last_loss``: the loss of its last whole epoch;
        ``watch``: early stopping's memory of the run so far, :func:`watch_of`)."""
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
        self.watch = watch or Watch()

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
        """Epochs left before the run's target (``settings.epochs``); none once early
        stopping has ended the run."""
        if self.stopped is not None:
            return 0
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
        self._split()
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
            x, y = self.fit_data.inputs_of(self.row)
            upd, state = _network.update_row(
                self.network, self.parameters, x, y, self.learning_rate, self.settings.loss,
                self.settings.gradient, self.settings.optimizer, self.settings.hyper,
                self.opt_state, self.settings.penalty, len(self.fit_data),
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
        if self.row < len(self.fit_data):
            return upd, None
        params = self.params.reshape(-1, 1).copy()
        block = self._held_finite(
            EpochBlock(
                self.epoch, np.array([self.partial_loss]), params, self.validation_losses(params)
            )
        )
        if block is None:
            return upd, None
        self._finish_block(block)
        return upd, block

    def _lesson_row(self) -> RowUpdate:
        x, y = self.fit_data.row(self.row)
        w, b = self.w, self.b
        lr = self.learning_rate
        upd = update_row(x, y, w, b, lr, self.settings.loss, self.settings.gradient)
        penalty = self.settings.penalty
        gw = upd.grad * x
        if penalty.on:  # the penalty's share of w's gradient (the kernels' order)
            share = penalty.weight_gradient(w, len(self.fit_data))
            gw = gw + share
            upd = replace(upd, w_after=w - lr * gw, penalty_grad=share)
        kind = self.settings.optimizer
        if kind is not Optimizer.SGD:
            (sw, sb), after = step(kind, self.settings.hyper, self.opt_state,
                                   (upd.w_before, upd.b_before), (gw, upd.grad), lr)  # fmt: skip
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
        if self.diverged is not None or self.stopped is not None or n_epochs <= 0:
            return None
        blocks = []
        if self.row:
            head = self.step_epoch()
            n_epochs -= 1
            if head is not None:
                blocks.append(head)
        # With early stopping, the kernel runs no further than where a stop could come,
        # so a stop always ends a block (and the run's state is that epoch's).
        while n_epochs > 0 and self.diverged is None and self.stopped is None:
            block = self._run_block(min(n_epochs, self.watch.room(self.settings.patience)))
            if block is None:
                break
            blocks.append(block)
            n_epochs -= len(block)
        if self.stopped is not None and self.watch.best_params is not None:
            self.params = np.array(self.watch.best_params)  # the best epoch's, as promised
        return EpochBlock.joined(blocks) if blocks else None

    def _run_block(self, n_epochs: int) -> EpochBlock | None:
        """Up to ``n_epochs`` whole epochs in one call of the kernel."""
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
            return None
        params = params.copy()
        block = self._held_finite(
            EpochBlock(self.epoch, loss.copy(), params, self.validation_losses(params))
        )
        if block is None:
            return None
        if self.diverged is None:
            self.params = block.params[:, -1].copy()
        self._finish_block(block)
        return block

    def _held_finite(self, block: EpochBlock) -> EpochBlock | None:
        """``block``, up to the first epoch whose validation loss is not finite: that
        epoch diverged (None: the block's first did)."""
        held = block.val_loss
        if held is None or np.isfinite(held).all():
            return block
        k = int(np.argmin(np.isfinite(held)))
        if self.diverged is None:
            self.diverged = Divergence(block.start + k, "validation loss", float(held[k]))
            self.params = block.params[:, k].copy()
        if not k:
            return None
        return EpochBlock(block.start, block.loss[:k], block.params[:, :k], held[:k])

    def block(self, row_updates: int = 1_000_000) -> int:
        """Epochs to train before a caller looks for a stop signal (and prints): at most
        65,536, fewer on big data (``row_updates`` rows), so Ctrl-C is heard within a
        second however many rows there are."""
        return max(1, min(self.remaining, 65536, row_updates // len(self.fit_data)))

    def run_to_end(self) -> None:
        """Train until the target epoch count or divergence."""
        while not self.finished and self.remaining:
            self.run(min(self.remaining, 1 << 20))

    def _run_kernel(self, n_epochs: int, out: np.ndarray) -> int:
        s = self.settings
        optimizer = (CODE[s.optimizer], s.hyper.as_array(), self._opt)
        cross_entropy, exact = s.loss is Loss.CROSS_ENTROPY, s.gradient is Gradient.EXACT
        penalty = (s.penalty.code, s.penalty.lam)
        data = self.fit_data
        if not self.network.is_lesson:
            kernel = self._net_kernel or _net_kernel.get_net_kernel()
            net = self.network
            params = self.params.copy()
            return kernel(
                data.X, data.ys, params, self.learning_rate, n_epochs, net.inputs,
                net.hidden, ACTIVATION_CODE[net.activation], cross_entropy, exact, _kernel.TWO,
                s.batch_size, *optimizer, out[0], out[1:], *penalty,
            )  # fmt: skip
        kernels = self._kernels or _kernel.get_kernels()
        start = (
            data.xs, data.ys, self.w, self.b, self.learning_rate, n_epochs,
            cross_entropy, exact, _kernel.TWO,
        )  # fmt: skip
        if s.per_row:
            return kernels.per_row(*start, *optimizer, out[0], out[1], out[2], *penalty)
        return kernels.batches(*start, s.batch_size, *optimizer, out[0], out[1], out[2], *penalty)

    def _finish_block(self, block: EpochBlock) -> None:
        self.epoch = block.stop
        self.row = 0
        self.partial_loss = 0.0
        self.last_loss = float(block.loss[-1])
        if self.keep_history:
            self.history.append(block)
        if block.val_loss is not None:
            self.watch = self.watch.feed(
                block.start, block.val_loss, block.params, self.settings.patience
            )
