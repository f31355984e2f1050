"""The parts of an exported script that hold rows out, stop early and penalise the
weights, shared by the lesson's script (:mod:`gdviz.core.io.script`) and the networks'
(:mod:`gdviz.core.io.script_net`): each the rule gdviz's trainer follows, written out."""

from __future__ import annotations

from collections.abc import Iterator

from gdviz.core.run.settings import RunSettings
from gdviz.core.train.penalty import PenaltyKind


def imports(s: RunSettings) -> str:
    """The script's imports: ``random`` only to pick held-out rows."""
    return (
        "import math\n" + ("import random\n" if s.validation is not None else "") + "import sys\n"
    )


def split_lines(s: RunSettings) -> Iterator[str]:
    """The held-out rows, picked by gdviz's rule (:mod:`gdviz.core.train.split`)."""
    if s.validation is None:
        return
    yield f"""# Validation: some rows are held out, never trained on, to see how the model does on
# rows it has not seen. Which ones: the row numbers shuffled with a fixed seed; the first
# round(validation * rows) of them. Both parts keep the rows' order.
validation = {s.validation!r}
split_seed = {s.split_seed!r}
order = list(range(len(data)))
random.Random(split_seed).shuffle(order)
held_out = set(order[: round(validation * len(data))])
validation_data = [row for i, row in enumerate(data) if i in held_out]
data = [row for i, row in enumerate(data) if i not in held_out]  # the training rows

"""


def generalisation_settings(s: RunSettings) -> Iterator[str]:
    """The penalty's strength and the patience, with what each does."""
    penalty = s.penalty
    if penalty.on:
        name, term = ("l2", "w ** 2") if penalty.kind is PenaltyKind.L2 else ("l1", "abs(w)")
        note = f"the penalty: {name} * (the sum of {term} over the weights)"
        yield f"{name} = {penalty.lam!r}  # {note}\n"
    if s.patience is not None:
        note = "stop after this many epochs without a better validation loss"
        yield f"patience = {s.patience}  # {note}\n"


def penalty_function(s: RunSettings, per_row: bool) -> Iterator[str]:
    """``penalty_gradient(w)``: what the penalty adds to a weight's gradient in an update
    (:func:`gdviz.core.train.penalty.weight_gradient`, operation for operation)."""
    penalty = s.penalty
    if not penalty.on:
        return
    follows = "one row's loss" if per_row else "its batch's mean loss"
    if penalty.kind is PenaltyKind.L2:
        yield f'''
def penalty_gradient(w):
    """The slope of l2 * w ** 2 is 2 * l2 * w. Each update follows {follows},
    so the penalty is shared out over the len(data) training rows."""
    return 2.0 * l2 / len(data) * w

'''
    else:
        yield f'''
def penalty_gradient(w):
    """The slope of l1 * abs(w) is l1 * (the sign of w): a pull of the same size towards 0
    however small w is. Each update follows {follows}, so the penalty is
    shared out over the len(data) training rows."""
    sign = 1.0 if w > 0.0 else -1.0 if w < 0.0 else 0.0
    return l1 / len(data) * sign

'''


def validation_end(s: RunSettings, loss_now: str, keep: str, restore: str) -> Iterator[str]:
    """The end of an epoch with held-out rows: the log line of both parts' mean losses,
    and early stopping. ``loss_now``: the call that gives the validation loss; ``keep``:
    the parameters now, as a value to keep; ``restore``: the statement that sets ``best``
    back."""
    yield f"""    val_loss = {loss_now}  # on rows never trained on
    if epoch % log_every == 0:  # both losses as means per row, so the two compare
        print(f"Epoch {{epoch}}, Train loss: {{total_loss / len(data):.4f}}, "
              f"Validation loss: {{val_loss:.4f}}")
"""
    if s.patience is None:
        return
    yield f"""    if val_loss < best_loss:  # a new best: remember it and its parameters
        best_loss, best_epoch, best, since = val_loss, epoch, {keep}, 0
    else:
        since += 1
        if since >= patience:  # early stopping: no better for `patience` epochs
            print(f"Stopped at epoch {{epoch}}; best validation loss {{best_loss:.4f}} "
                  f"at epoch {{best_epoch}}")
            if best is not None:  # back to the best epoch's parameters
                {restore}
            break
"""


def watch_start(s: RunSettings) -> str:
    """Early stopping's memory, before the first epoch."""
    if s.patience is None:
        return ""
    return (
        "\nbest_loss, best_epoch, best, since = math.inf, -1, None, 0  # early stopping's memory\n"
    )
