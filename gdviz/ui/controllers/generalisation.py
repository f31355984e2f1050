"""The read-outs of generalisation, for the epoch shown: with rows held out, both losses
as means per row (so they compare); with a penalty, its value beside the rows' loss."""

from __future__ import annotations

from typing import TYPE_CHECKING

from gdviz.core.i18n import translate
from gdviz.core.teach.words import number

if TYPE_CHECKING:
    from gdviz.ui.controllers.run_controller import RunController
    from gdviz.ui.views.train_tab import ControlPanel


def show(
    controls: ControlPanel, run: RunController, epoch: int | None, params: tuple[float, ...]
) -> None:
    """Write the losses of ``epoch`` (None: the last) and the penalty at ``params``."""
    penalty = run.settings.penalty
    value = penalty.value(params, run.network.weights) if penalty.on else None
    h, rows = run.history, run.fit_rows
    controls.generalisation_box.show_penalty(penalty, value, rows)
    held = h.val_loss
    if not rows or held is None or not len(h):
        return
    k = len(h) - 1 if epoch is None else min(epoch, len(h) - 1)
    both = translate("generalisation", "{loss} · validation {validation}")
    controls.loss_label.setText(
        both.format(loss=number(h.loss[k] / rows), validation=number(held[k]))
    )
    controls.loss_label.setToolTip(
        translate(
            "generalisation",
            "Mean loss per row of the epoch: the training rows', then the held-out rows' "
            "(measured with the parameters at the epoch's end)",
        )
    )


def last_losses(run: RunController) -> str:
    """The last epoch's loss in words: ``loss 0.0291``, or with rows held out both parts'
    means."""
    h, rows = run.history, run.fit_rows
    if not len(h):
        return translate("generalisation", "loss –")
    if rows and h.val_loss is not None:
        return translate("generalisation", "mean loss {loss}, validation {validation}").format(
            loss=number(h.loss[-1] / rows), validation=number(h.val_loss[-1])
        )
    return translate("generalisation", "loss {loss}").format(loss=number(h.loss[-1]))
