"""The Options menu: which loss, which gradient rule, how many rows per update."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QInputDialog, QMenuBar

from gdviz.core.model import Gradient, Loss

if TYPE_CHECKING:
    from gdviz.ui.main_window import MainWindow

LOSSES = {
    Loss.SQUARED: (
        "Squared error (the lesson's)",
        "(y − p)²: the lesson's loss; squaring punishes big misses harder",
    ),
    Loss.CROSS_ENTROPY: (
        "Cross-entropy",
        "−log of the probability given to the right answer: what bigger "
        "models use; confident mistakes cost a lot",
    ),
}
GRADIENTS = {
    Gradient.SEED: (
        "Lesson's nudge: error · x",
        "Move w by lr·error·x: the lesson's rule (it is cross-entropy's gradient)",
    ),
    Gradient.EXACT: (
        "Exact gradient of the loss",
        "The true slope of the chosen loss: for squared error it has an extra "
        "2·p·(1−p), which crawls where the sigmoid is flat",
    ),
}


class OptionsMenu(QObject):
    """Radio choices that set the window's training options for the next run."""

    def __init__(self, window: MainWindow, bar: QMenuBar) -> None:
        super().__init__(window)
        self.window = window
        menu = bar.addMenu("&Options")
        menu.setToolTipsVisible(True)
        self.loss_actions = self._group(
            menu, "Loss", LOSSES, window.options.loss, lambda v: self._set(loss=v), "loss"
        )
        menu.addSeparator()
        self.gradient_actions = self._group(
            menu,
            "Gradient",
            GRADIENTS,
            window.options.gradient,
            lambda v: self._set(gradient=v),
            "gradient",
        )
        menu.addSeparator()
        batch = QActionGroup(self)
        self.batch_actions = {}
        for size, text, tip in (
            (1, "Per-row updates (SGD, the lesson's)", "Nudge w and b after every row"),
            (
                None,
                "Mini-batches of k rows…",
                "Nudge after every k rows, by their mean gradient: smoother steps, fewer of them",
            ),
            (
                0,
                "Full batch",
                "One nudge per epoch, by the mean gradient of all rows: the smoothest path",
            ),
        ):
            act = QAction(text, self, checkable=True)
            act.setToolTip(tip)
            act.setStatusTip(tip)
            act.setObjectName(f"batchAction_{'k' if size is None else size}")
            act.triggered.connect(lambda _=False, s=size: self._choose_batch(s))
            batch.addAction(act)
            menu.addAction(act)
            self.batch_actions[size] = act
        self.show(window.options)

    def _group(self, menu, title, choices, current, on_choose, name):
        group = QActionGroup(self)
        actions = {}
        section = menu.addSection(title)
        section.setEnabled(False)
        for value, (text, tip) in choices.items():
            act = QAction(text, self, checkable=True)
            act.setToolTip(tip)
            act.setStatusTip(tip)
            act.setObjectName(f"{name}Action_{value.value}")
            act.setChecked(value is current)
            act.triggered.connect(lambda _=False, v=value: on_choose(v))
            group.addAction(act)
            menu.addAction(act)
            actions[value] = act
        return actions

    def show(self, options) -> None:
        """Check the items that match ``options`` (after a session was opened)."""
        self.loss_actions[options.loss].setChecked(True)
        self.gradient_actions[options.gradient].setChecked(True)
        key = options.batch_size if options.batch_size in (0, 1) else None
        self.batch_actions[key].setChecked(True)
        if key is None:
            self.batch_actions[None].setText(f"Mini-batches of {options.batch_size} rows…")

    def _choose_batch(self, size: int | None) -> None:
        if size is None:
            current = self.window.options.batch_size
            k, ok = QInputDialog.getInt(
                self.window,
                "Mini-batch size",
                "Rows per update (2 or more):",
                current if current > 1 else 10,
                2,
                1_000_000,
            )
            if not ok:
                self.show(self.window.options)
                return
            size = k
        self._set(batch_size=size)

    def _set(self, **change) -> None:
        self.apply(self.window.options.with_(**change))

    def apply(self, options) -> None:
        """Make ``options`` the next run's (at once, if the run has not begun)."""
        w = self.window
        w.options = options
        self.show(options)
        w.controls.step_row_button.setEnabled(options.per_row and w.run.state in ("idle", "paused"))
        if w.run.fresh:
            w.reset()
            w.statusBar().showMessage(describe(options) + ".")
        else:
            w.statusBar().showMessage(describe(options) + ": applies to the next run (Reset, R).")


def describe(o) -> str:
    batch = {0: "full batch", 1: "per-row updates"}.get(
        o.batch_size, f"mini-batches of {o.batch_size}"
    )
    return f"{o.loss.value} loss, {o.gradient.value} gradient, {batch}"
