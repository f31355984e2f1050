"""A run as a standalone Python script: the bridge from the window to code.

The script needs nothing but the standard library. It holds the data inline
and trains the way the lesson writes it (``p = sigmoid(x * w + b)``, ``error
= p - y``, ``w = w - learning_rate * error * x``), with only the parts this
run used: its loss, gradient rule, batch mode, optimiser and learning-rate
changes. Every operation is the one gdviz's kernels do, in the same order,
so it prints exactly what ``gdviz train`` prints (a test runs it and compares).
"""

from __future__ import annotations

import re
import shlex
from collections.abc import Iterator

from gdviz import __version__
from gdviz.core.io.script_held import (
    generalisation_settings,
    imports,
    penalty_function,
    split_lines,
    validation_end,
    watch_start,
)
from gdviz.core.io.script_net import (
    network_script,
    optimizer_settings,
)
from gdviz.core.run.settings import RunSettings
from gdviz.core.train.data import DataSet
from gdviz.core.train.model import Gradient, Loss
from gdviz.core.train.optimizers import TITLES, Optimizer

ROWS_PER_LINE = 4


def python_script(
    data: DataSet,
    settings: RunSettings,
    lr_changes: list[tuple[int, float]] | None = None,
    log_every: int = 100,
    script_name: str = "gdviz_run.py",
    start: tuple[float, ...] | None = None,
) -> str:
    """The script's text (see the module's docstring); ``script_name``: the file it is
    saved as, for the line that says how to run it; ``start``: the parameters the run
    started from (None: the settings'). A model beyond the lesson's neuron gets
    :mod:`gdviz.core.io.script_net`'s script."""
    network = settings.network(data.inputs)
    start = start or settings.start_params(network)
    if not network.is_lesson:
        parts = network_script(
            data, settings, start, lr_changes or [], log_every, _command_word(script_name),
            _summary(settings, data),
        )  # fmt: skip
    else:
        parts = _parts(data, settings, lr_changes or [], log_every, script_name, start)
    text = "".join(parts)
    return re.sub(r"\n{4,}", "\n\n\n", text)  # two blank lines between parts, as PEP 8 has it


def _command_word(name: str) -> str:
    """The file name as typed in a shell (quoted if it has spaces or quotes)."""
    return shlex.quote(name)


def _parts(
    data: DataSet,
    s: RunSettings,
    lr_changes: list[tuple[int, float]],
    log_every: int,
    script_name: str,
    start: tuple[float, ...],
) -> Iterator[str]:
    kind = s.optimizer
    per_row = s.batch_size == 1
    squared = s.loss is Loss.SQUARED
    exact_squared = squared and s.gradient is Gradient.EXACT
    penalty = s.penalty.on
    changes = [(e, lr) for e, lr in lr_changes if e > 0]
    yield f'''"""Gradient descent on p = sigmoid(w*x + b), as gdviz trained it.

{_summary(s, data)}
Made by gdviz {__version__}. Needs nothing but Python 3; run it with
    python {_command_word(script_name)}
and it prints what `gdviz train` prints for the same run.
"""

{imports(s)}
# The data: x (hours studied) and y (1 = passed, 0 = failed), one pair per student.
data = [
'''
    rows = data.rows
    for first in range(0, len(rows), ROWS_PER_LINE):
        chunk = rows[first : first + ROWS_PER_LINE]
        yield "    " + " ".join(f"({x!r}, {y!r})," for x, y in chunk) + "\n"
    yield "]\n\n"
    yield from split_lines(s)
    yield f"learning_rate = {s.learning_rate!r}\n"
    if changes:
        pairs = ", ".join(f"{e}: {lr!r}" for e, lr in changes)
        yield "# The learning rate was changed during the run: from these epochs on.\n"
        yield f"learning_rate_from_epoch = {{{pairs}}}\n"
    yield f"epochs = {s.epochs}\n"
    yield f"w = {start[0]!r}  # the starting weight\n"
    yield f"b = {start[-1]!r}  # the starting bias\n"
    if not per_row:
        size = "len(data)" if s.batch_size == 0 else str(s.batch_size)
        what = "the whole data set" if s.batch_size == 0 else f"{s.batch_size} rows"
        yield f"batch_size = {size}  # one update per {what}\n"
    yield from optimizer_settings(s)
    yield from generalisation_settings(s)
    yield f"log_every = {log_every}\n\n"
    yield '''

def sigmoid(z):
    """1 / (1 + e^-z); where e^-z is too big for a float, its limit, 0."""
    try:
        return 1 / (1 + math.exp(-z))
    except OverflowError:
        return 0.0

'''
    if not squared:
        yield '''
def cross_entropy(z, y):
    """-(y*ln p + (1-y)*ln(1-p)) for p = sigmoid(z), written so it never takes ln 0."""
    positive = z if z > 0.0 else 0.0
    return positive - z * y + math.log1p(math.exp(-abs(z)))

'''
    if kind is not Optimizer.SGD:
        yield from _optimizer_function(kind)
    yield from penalty_function(s, per_row)
    if s.validation is not None:
        loss_of = "error ** 2" if squared else "cross_entropy(z, y)"
        yield f'''
def validation_loss(w, b):
    """The mean loss over the held-out rows, with w and b as they are now."""
    total = 0.0
    for x, y in validation_data:
        z = x * w + b
        p = sigmoid(z)
        error = p - y
        total += {loss_of}
    return total / len(validation_data)

'''
    yield '''
def stop_if_diverged(epoch, loss, w, b):
    """Numbers that are no longer finite: the steps were too big."""
    for what, value in (("loss", loss), ("weight", w), ("bias", b)):
        if not math.isfinite(value):
            print(f"Training diverged at epoch {epoch}: the {what} became {value!r}. "
                  "Try a smaller learning rate.")
            sys.exit(1)

'''
    yield watch_start(s)
    yield "\nfor epoch in range(epochs):\n"
    if changes:
        yield "    learning_rate = learning_rate_from_epoch.get(epoch, learning_rate)\n"
    yield "    total_loss = 0\n"
    loss_line = "error ** 2" if squared else "cross_entropy(z, y)"
    grad_line = "error * (2 * p * (1 - p))" if exact_squared else "error"
    grad_note = (
        "the exact slope of (p - y)^2" if exact_squared else "the lesson's nudge: the error itself"
    )
    if per_row:
        yield f"""    for x, y in data:
        z = x * w + b
        p = sigmoid(z)  # 1. predict
        error = p - y  # 2. how wrong
        total_loss += {loss_line}
        grad = {grad_line}  # 3. {grad_note}
"""
        if kind is Optimizer.SGD and penalty:
            yield """        grad_w = grad * x + penalty_gradient(w)  # w's, with the penalty's pull
        w = w - learning_rate * grad_w  # 4. nudge w and b against it
        b = b - learning_rate * grad
"""
        elif kind is Optimizer.SGD:
            yield """        w = w - learning_rate * grad * x  # 4. nudge w and b against it
        b = b - learning_rate * grad
"""
        else:
            grad_w = "grad * x + penalty_gradient(w)" if penalty else "grad * x"
            yield f"        w, b = optimiser_step(w, b, {grad_w}, grad)  # 4. the optimiser\n"
    else:
        yield f"""    for start in range(0, len(data), batch_size):
        batch = data[start : start + batch_size]
        sum_w = 0.0  # every row of the batch is evaluated with the same w and b
        sum_b = 0.0
        for x, y in batch:
            z = x * w + b
            p = sigmoid(z)  # 1. predict
            error = p - y  # 2. how wrong
            total_loss += {loss_line}
            grad = {grad_line}  # 3. {grad_note}
            sum_w += grad * x
            sum_b += grad
"""
        grad_w = "sum_w / len(batch)" + (" + penalty_gradient(w)" if penalty else "")
        if kind is Optimizer.SGD:
            yield f"""        w = w - learning_rate * ({grad_w})  # 4. by the mean gradient
        b = b - learning_rate * (sum_b / len(batch))
"""
        else:
            yield f"        w, b = optimiser_step(w, b, {grad_w}, sum_b / len(batch))\n"
    yield "    stop_if_diverged(epoch, total_loss, w, b)\n"
    if s.validation is not None:
        yield from validation_end(s, "validation_loss(w, b)", "(w, b)", "w, b = best")
    else:
        yield """    if epoch % log_every == 0:
        print(f"Epoch {epoch}, Loss: {total_loss:.4f}")
"""
    yield """
print(f"Final weight: {w}")
print(f"Final bias: {b}")
"""


def _summary(s: RunSettings, data: DataSet) -> str:
    loss = "squared error" if s.loss is Loss.SQUARED else "cross-entropy"
    gradient = "the lesson's nudge" if s.gradient is Gradient.SEED else "the exact gradient"
    batch = {1: "per-row updates", 0: "full batch"}.get(s.batch_size, f"batches of {s.batch_size}")
    text = (
        f"Data: {data.name} ({len(data)} rows). Loss: {loss}; gradient: {gradient}; "
        f"{batch};\noptimiser: {TITLES[s.optimizer]}."
    )
    if s.validation is not None:
        text += f"\nValidation: {s.validation:g} of the rows held out (split seed {s.split_seed})"
        text += f"; early stopping, patience {s.patience}." if s.patience else "."
    if s.penalty.on:
        text += f"\nPenalty on the weights: {s.penalty.name}, lambda = {s.penalty.lam!r}."
    return text


def _optimizer_function(kind: Optimizer) -> Iterator[str]:
    """``optimiser_step``: the formulas of gdviz.core.train.optimizers, for w and for b."""
    if kind in (Optimizer.MOMENTUM, Optimizer.NESTEROV):
        step = (
            "p - learning_rate * v"
            if kind is Optimizer.MOMENTUM
            else "p - learning_rate * (g + momentum * v)"
        )
        yield f'''
velocity = [0.0, 0.0]  # for w and for b: a running sum of past gradients


def optimiser_step(w, b, g_w, g_b):
    """{TITLES[kind]}: each parameter keeps a velocity and moves with it."""
    new = []
    for i, (p, g) in enumerate(((w, g_w), (b, g_b))):
        velocity[i] = momentum * velocity[i] + g
        v = velocity[i]
        new.append({step})
    return new

'''
    elif kind in (Optimizer.ADAGRAD, Optimizer.RMSPROP):
        update = (
            "squares[i] + g * g"
            if kind is Optimizer.ADAGRAD
            else "alpha * squares[i] + (1 - alpha) * g * g"
        )
        what = "sum" if kind is Optimizer.ADAGRAD else "running average"
        yield f'''
squares = [0.0, 0.0]  # for w and for b: the {what} of squared gradients


def optimiser_step(w, b, g_w, g_b):
    """{TITLES[kind]}: steps shrink where gradients have been big."""
    new = []
    for i, (p, g) in enumerate(((w, g_w), (b, g_b))):
        squares[i] = {update}
        new.append(p - learning_rate * g / (math.sqrt(squares[i]) + eps))
    return new

'''
    else:
        yield '''
m = [0.0, 0.0]  # for w and for b: the running average of the gradient
v = [0.0, 0.0]  # and of its square
t = 0  # updates so far


def optimiser_step(w, b, g_w, g_b):
    """Adam: momentum and RMSProp together, with their averages bias-corrected."""
    global t
    t = t + 1
    new = []
    for i, (p, g) in enumerate(((w, g_w), (b, g_b))):
        m[i] = beta1 * m[i] + (1 - beta1) * g
        v[i] = beta2 * v[i] + (1 - beta2) * g * g
        m_hat = m[i] / (1 - beta1 ** t)
        v_hat = v[i] / (1 - beta2 ** t)
        new.append(p - learning_rate * m_hat / (math.sqrt(v_hat) + eps))
    return new

'''
