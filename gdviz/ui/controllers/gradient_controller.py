"""Options ▸ Check the gradient: the check runs off the GUI thread (on a million rows it
takes a second or two), and its answer is shown in a dialog."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget

from gdviz.core.i18n import translate
from gdviz.core.train.data import DataSet
from gdviz.core.train.gradcheck import ParameterCheck, check_gradient
from gdviz.core.train.model import Gradient, Loss
from gdviz.core.train.network import Network
from gdviz.core.train.penalty import NO_PENALTY, Penalty
from gdviz.ui.threads.jobs import BackgroundThread, Worker, failure_line
from gdviz.ui.views.gradient_dialog import GradientDialog


@dataclass(frozen=True)
class GradientRequest:
    """What to check: the model and its parameters, on the data, for the loss and rule."""

    network: Network
    params: tuple[float, ...]
    data: DataSet
    loss: Loss
    gradient: Gradient
    where: str  # "after epoch 1,000" (in the window's language), for the dialog's title
    penalty: Penalty = NO_PENALTY  # on the weights: in both the rule and the difference


@dataclass(frozen=True)
class GradientAnswer:
    request: GradientRequest
    checks: list[ParameterCheck]


class GradientWorker(Worker):
    def check(self, job_id: int, request: GradientRequest) -> None:
        r = request
        checks = check_gradient(
            r.network, r.params, r.data.X, r.data.ys, r.loss, r.gradient, penalty=r.penalty
        )
        self.done.emit(job_id, GradientAnswer(request, checks))


class GradientController(QObject):
    """Runs a check and shows its answer (a new check replaces one under way)."""

    message = Signal(str)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self._jobs: BackgroundThread[GradientWorker] = BackgroundThread(
            GradientWorker(), "gdviz-gradient", self
        )
        self._jobs.done.connect(self._on_done)
        failed = translate("gradient_controller", "Could not check the gradient: {why}")
        self._jobs.failed.connect(lambda details: self.message.emit(
            failed.format(why=failure_line(details))))  # fmt: skip
        self.dialog: GradientDialog | None = None

    def start_threads(self) -> None:
        self._jobs.start()

    def shut_down(self) -> None:
        self._jobs.shut_down()

    @property
    def busy(self) -> bool:
        return self._jobs.busy

    def check(self, request: GradientRequest) -> None:
        self.message.emit(translate("gradient_controller", "Checking the gradient…"))
        self._jobs.submit(self._jobs.worker.check, request)

    def _on_done(self, answer: GradientAnswer) -> None:
        r = answer.request
        if self.dialog is None:
            self.dialog = GradientDialog(self._parent)
        self.dialog.show_checks(answer.checks, r.loss, r.gradient, r.where)
        self.dialog.show()
        self.dialog.raise_()
        self.message.emit(
            translate(
                "gradient_controller", "Gradient checked {where}: see the window it opened."
            ).format(where=r.where)
        )
