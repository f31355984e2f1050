"""The trainer: the lesson's per-row gradient descent, one row, one epoch or many.

Row steps use the plain-Python rule (:func:`gdviz.core.train.model.update_row`);
whole epochs use the numba kernel when it is available. Both give the same
doubles, so a run may mix them freely and stay bit-identical to an
uninterrupted run.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace

import numpy as np

from gdviz.core.run.settings import RunSettings
from gdviz.core.train import kernel as _kernel
from gdviz.core.train.data import DataSet
from gdviz.core.train.history import EpochBlock, History
from gdviz.core.train.model import Gradient, Loss, RowUpdate, update_row
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
    remembers. A trainer restored to it goes on bit for bit."""

    epoch: int
    w: float
    b: float
    row: int = 0
    partial_loss: float = 0.0
    opt_state: OptimizerState = field(default_factory=OptimizerState)


class Trainer:
    """Per-row gradient descent on ``p = sigmoid(w*x + b)``.

    State: ``w``, ``b``, the number of whole epochs done (``epoch``), and the
    position inside the current epoch (``row``, with the loss summed so far).
    ``history`` holds every finished epoch. ``learning_rate`` may change
    between calls; it applies from the next row. ``kernels`` picks the
    whole-epoch loops (default: numba if installed).
    """

    def __init__(
        self,
        data: DataSet,
        settings: RunSettings | None = None,
        *,
        keep_history: bool = True,
        kernels: _kernel.Kernels | None = None,
    ) -> None:
        self._kernels = kernels
        self.settings = settings or RunSettings()
        self.data = data
        self.learning_rate = self.settings.learning_rate
        self.keep_history = keep_history
        self.history = History(self.settings.epochs if keep_history else 16)
        self.reset()

    def reset(self, settings: RunSettings | None = None) -> None:
        """Back to the starting weight and bias, with an empty history."""
        if settings is not None:
            self.settings = settings
            self.learning_rate = settings.learning_rate
            if self.keep_history:
                self.history.reserve(settings.epochs)
        self.w = self.settings.weight
        self.b = self.settings.bias
        self._opt = OptimizerState.zero().as_array()  # the kernels update it in place
        self.epoch = 0
        self.row = 0
        self.partial_loss = 0.0
        self.diverged: Divergence | None = None
        self.last_loss: float | None = None
        self.history.clear()

    def restore(self, position: Position, last_loss: float | None = None) -> None:
        """Continue from ``position`` (``last_loss``: the loss of its last whole epoch)."""
        p = position
        self.epoch, self.w, self.b, self.last_loss = p.epoch, p.w, p.b, last_loss
        self._opt = p.opt_state.as_array()
        self.row = p.row
        self.partial_loss = p.partial_loss
        self.diverged = None

    @property
    def position(self) -> Position:
        """Where the run stands now."""
        return Position(self.epoch, self.w, self.b, self.row, self.partial_loss, self.opt_state)

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
        """Use new data from the next epoch (a partial epoch restarts at row 0)."""
        self.data = data
        self.row = 0
        self.partial_loss = 0.0

    # -- stepping -----------------------------------------------------------------
    def step_row(self) -> tuple[RowUpdate, EpochBlock | None]:
        """Update on the next row. Returns the update and, if it ended an epoch, that epoch."""
        if self.diverged is not None:
            raise RuntimeError("the run has diverged; reset it first")
        if not self.settings.per_row:
            raise ValueError("single-row steps need per-row updates (batch size 1)")
        x, y = self.data.row(self.row)
        upd = update_row(
            x, y, self.w, self.b, self.learning_rate, self.settings.loss, self.settings.gradient
        )
        kind = self.settings.optimizer
        if kind is not Optimizer.SGD:
            (sw, sb), after = step(kind, self.settings.hyper, self.opt_state,
                                   (upd.w_before, upd.b_before), (upd.grad * x, upd.grad),
                                   self.learning_rate)  # fmt: skip
            self._opt = after.as_array()
            upd = replace(upd, w_after=sw.after, b_after=sb.after, steps=(sw, sb), t=after.t)
        self.w, self.b = upd.w_after, upd.b_after
        self.partial_loss += upd.loss
        self.row += 1
        for what, value in (("loss", self.partial_loss), ("weight", self.w), ("bias", self.b)):
            if not math.isfinite(value):
                self.diverged = Divergence(self.epoch, what, value)
                return upd, None
        if self.row < len(self.data):
            return upd, None
        block = EpochBlock(
            self.epoch, np.array([self.partial_loss]), np.array([self.w]), np.array([self.b])
        )
        self._finish_block(block)
        return upd, block

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
        out = np.empty((3, n_epochs))
        done = self._run_kernel(n_epochs, out)
        loss, w, b = out[0, :done], out[1, :done], out[2, :done]
        if done and not (math.isfinite(loss[-1]) and math.isfinite(w[-1]) and math.isfinite(b[-1])):
            bad = {"loss": loss[-1], "weight": w[-1], "bias": b[-1]}
            what = next(k for k, v in bad.items() if not math.isfinite(v))
            self.w, self.b = float(w[-1]), float(b[-1])
            self.diverged = Divergence(self.epoch + done - 1, what, float(bad[what]))
            done -= 1
            loss, w, b = loss[:done], w[:done], b[:done]
        if not done:
            return head
        block = EpochBlock(self.epoch, loss.copy(), w.copy(), b.copy())
        if self.diverged is None:
            self.w, self.b = float(w[-1]), float(b[-1])
        self._finish_block(block)
        if head is not None:
            return EpochBlock(
                head.start,
                np.concatenate([head.loss, block.loss]),
                np.concatenate([head.w, block.w]),
                np.concatenate([head.b, block.b]),
            )
        return block

    def run_to_end(self) -> None:
        """Train until the target epoch count or divergence."""
        while not self.finished and self.remaining:
            self.run(min(self.remaining, 1 << 20))

    def _run_kernel(self, n_epochs: int, out: np.ndarray) -> int:
        kernels = self._kernels or _kernel.get_kernels()
        optimizer = (CODE[self.settings.optimizer], self.settings.hyper.as_array(), self._opt)
        start = (
            self.data.xs,
            self.data.ys,
            self.w,
            self.b,
            self.learning_rate,
            n_epochs,
            self.settings.loss is Loss.CROSS_ENTROPY,
            self.settings.gradient is Gradient.EXACT,
            _kernel.TWO,
        )
        if self.settings.per_row:
            return kernels.per_row(*start, *optimizer, out[0], out[1], out[2])
        return kernels.batches(*start, self.settings.batch_size, *optimizer, out[0], out[1], out[2])

    def _finish_block(self, block: EpochBlock) -> None:
        self.epoch = block.stop
        self.row = 0
        self.partial_loss = 0.0
        self.last_loss = float(block.loss[-1])
        if self.keep_history:
            self.history.append(block)
