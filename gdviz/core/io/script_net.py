"""A run of a model beyond the lesson's neuron (two inputs, a hidden layer) as a
standalone Python script: the forward and the backward pass written plainly, every
operation the one gdviz's kernels do, in the same order, so it prints exactly what
``gdviz train`` prints (a test runs it and compares). See :mod:`gdviz.core.io.script`
for the lesson's own."""

from __future__ import annotations

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
from gdviz.core.run.settings import RunSettings, uses
from gdviz.core.train.data import DataSet
from gdviz.core.train.model import Gradient, Loss
from gdviz.core.train.network import Activation, Network
from gdviz.core.train.optimizers import TITLES, Optimizer

ROWS_PER_LINE = 3

ACTIVATIONS = {
    Activation.SIGMOID: ("sigmoid(a)", "h * (1.0 - h)", "the sigmoid"),
    Activation.TANH: ("math.tanh(a)", "1.0 - h * h", "tanh"),
    Activation.RELU: (
        "a if a > 0 else 0.0",
        "1.0 if a > 0 else 0.0",
        "ReLU: a if positive, else 0",
    ),
}


def network_script(
    data: DataSet,
    s: RunSettings,
    start: tuple[float, ...],
    lr_changes: list[tuple[int, float]],
    log_every: int,
    command: str,
    summary: str,
) -> Iterator[str]:
    """The script's parts, for ``data`` trained with ``s`` from ``start``."""
    net = s.network(data.inputs)
    changes = [(e, lr) for e, lr in lr_changes if e > 0]
    hidden = net.hidden > 0
    model = "a network with one hidden layer" if hidden else "one neuron with two inputs"
    yield f'''"""Gradient descent on {model}, as gdviz trained it:
{net.describe()}.

{summary}
Made by gdviz {__version__}. Needs nothing but Python 3; run it with
    python {command}
and it prints what `gdviz train` prints for the same run.
"""

{imports(s)}
# The data: the inputs x (a tuple) and y (1 = passed, 0 = failed), one pair per row.
data = [
'''
    rows = [tuple(r) for r in data.X.tolist()]
    pairs = list(zip(rows, data.ys.tolist(), strict=True))
    for first in range(0, len(pairs), ROWS_PER_LINE):
        chunk = pairs[first : first + ROWS_PER_LINE]
        text = " ".join(f"({_tuple(x)}, {y!r})," for x, y in chunk)
        yield f"    {text}\n"
    yield "]\n\n"
    yield from split_lines(s)
    yield f"learning_rate = {s.learning_rate!r}\n"
    if changes:
        pairs_text = ", ".join(f"{e}: {lr!r}" for e, lr in changes)
        yield "# The learning rate was changed during the run: from these epochs on.\n"
        yield f"learning_rate_from_epoch = {{{pairs_text}}}\n"
    yield f"epochs = {s.epochs}\n"
    yield from _start(net, start)
    if s.batch_size != 1:
        size = "len(data)" if s.batch_size == 0 else str(s.batch_size)
        what = "the whole data set" if s.batch_size == 0 else f"{s.batch_size} rows"
        yield f"batch_size = {size}  # one update per {what}\n"
    yield from optimizer_settings(s)
    yield from generalisation_settings(s)
    yield f"log_every = {log_every}\n\n"
    yield from _functions(net, s)
    yield from _loop(net, s, bool(changes))


def _tuple(values: tuple[float, ...]) -> str:
    """A tuple as Python writes it: ``(1.5,)`` for one value."""
    return f"({values[0]!r},)" if len(values) == 1 else f"({', '.join(map(repr, values))})"


def _start(net: Network, start: tuple[float, ...]) -> Iterator[str]:
    doc = net.as_json(start)
    if not net.hidden:
        yield f"w = {doc['w']!r}  # the starting weights, one per input\n"
        yield f"b = {doc['b']!r}  # the starting bias\n"
        return
    yield "# The starting parameters. W1[j][i]: hidden unit j's weight for input i; b1[j]: its\n"
    yield "# bias; w2[j]: the output's weight for unit j; b2: the output's bias.\n"
    yield f"W1 = {doc['W1']!r}\n"
    yield f"b1 = {doc['b1']!r}\n"
    yield f"w2 = {doc['w2']!r}\n"
    yield f"b2 = {doc['b2']!r}\n"


def optimizer_settings(s: RunSettings) -> Iterator[str]:
    """The optimiser's hyperparameters, one line each, with what each does."""
    p = s.hyper
    notes = {
        "momentum": "how much of the last velocity carries over",
        "alpha": "how slowly the average of squared gradients moves",
        "beta1": "decay of the average gradient m",
        "beta2": "decay of the average squared gradient v",
        "eps": "keeps a tiny average from dividing by zero",
    }
    for name in uses(s.optimizer):
        yield f"{name} = {getattr(p, name)!r}  # {notes[name]}\n"


def _functions(net: Network, s: RunSettings) -> Iterator[str]:
    yield '''

def sigmoid(z):
    """1 / (1 + e^-z); where e^-z is too big for a float, its limit, 0."""
    try:
        return 1 / (1 + math.exp(-z))
    except OverflowError:
        return 0.0

'''
    if s.loss is not Loss.SQUARED:
        yield '''
def cross_entropy(z, y):
    """-(y*ln p + (1-y)*ln(1-p)) for p = sigmoid(z), written so it never takes ln 0."""
    positive = z if z > 0.0 else 0.0
    return positive - z * y + math.log1p(math.exp(-abs(z)))

'''
    loss = "error ** 2" if s.loss is Loss.SQUARED else "cross_entropy(z, y)"
    exact = s.loss is Loss.SQUARED and s.gradient is Gradient.EXACT
    g = "error * (2 * p * (1 - p))" if exact else "error"
    g_note = "the exact slope of (p - y)^2" if exact else "the lesson's nudge: the error itself"
    if not net.hidden:
        yield f'''
def forward(x):
    """z = x0*w0 + x1*w1 + b, added left to right, then p = sigmoid(z)."""
    z = x[0] * w[0]
    for i in range(1, len(x)):
        z = z + x[i] * w[i]
    z = z + b
    return z, sigmoid(z)


def backward(x, y):
    """One row: its loss, and g, the output's delta (each weight's gradient is g * x[i],
    the bias's is g)."""
    z, p = forward(x)
    error = p - y
    return {loss}, {g}  # g: {g_note}

'''
        yield from _flat(net)
        yield from _net_extras(s, "z, p = forward(x)")
        return
    act, slope, words = ACTIVATIONS[net.activation]
    yield f'''
def activation(a):
    """What a hidden unit does with its sum: {words}."""
    return {act}


def slope(a, h):
    """The activation's slope at a (from its output h where it can be)."""
    return {slope}


def forward(x):
    """Each hidden unit j adds up its inputs (a[j]) and passes the sum through the
    activation (h[j]); the output neuron adds up the h's (z) and squashes it (p)."""
    a, h = [], []
    for j in range(len(w2)):
        s = x[0] * W1[j][0]
        for i in range(1, len(x)):
            s = s + x[i] * W1[j][i]
        s = s + b1[j]
        a.append(s)
        h.append(activation(s))
    z = h[0] * w2[0]
    for j in range(1, len(w2)):
        z = z + h[j] * w2[j]
    z = z + b2
    return a, h, z, sigmoid(z)


def backward(x, y):
    """One row forward and backward: its loss, g (the output's delta), each hidden unit's
    delta (from the weights before this row's update) and the hidden outputs h."""
    a, h, z, p = forward(x)
    error = p - y
    g = {g}  # {g_note}
    delta = [(g * w2[j]) * slope(a[j], h[j]) for j in range(len(w2))]
    return {loss}, g, delta, h

'''
    yield from _flat(net)
    yield from _net_extras(s, "a, h, z, p = forward(x)")


def _net_extras(s: RunSettings, forward_call: str) -> Iterator[str]:
    """The validation loss and the penalty, for the runs that use them."""
    if s.validation is not None:
        loss = "error ** 2" if s.loss is Loss.SQUARED else "cross_entropy(z, y)"
        yield f'''
def validation_loss():
    """The mean loss over the held-out rows, with the parameters as they are now."""
    total = 0.0
    for x, y in validation_data:
        {forward_call}
        error = p - y
        total += {loss}
    return total / len(validation_data)

'''
    if s.penalty.on:
        yield from penalty_function(s, s.batch_size == 1)
        yield '''
def with_penalty(grads):
    """The gradients with the penalty's added to the weights' (a bias, whose name starts
    with b, goes unpenalised), each weight taken as it is at the update's start."""
    return [g if name.startswith("b") else g + penalty_gradient(p)
            for g, p, name in zip(grads, parameters(), NAMES)]

'''


def _flat(net: Network) -> Iterator[str]:
    """The parameters as one list (and back), and a row's gradient in that order: what
    batches and optimisers work with."""
    if not net.hidden:
        yield """
def parameters():
    return [*w, b]


def set_parameters(values):
    global b
    w[:] = values[:-1]
    b = values[-1]


def row_gradient(x, y):
    loss, g = backward(x, y)
    return loss, [*(g * xi for xi in x), g]

"""
        return
    yield '''
def parameters():
    """Every parameter in one list: W1 unit by unit, then b1, w2 and b2."""
    return [v for row in W1 for v in row] + b1 + w2 + [b2]


def set_parameters(values):
    global b2
    inputs, units = len(W1[0]), len(W1)
    for j in range(units):
        W1[j][:] = values[j * inputs : (j + 1) * inputs]
    b1[:] = values[units * inputs : units * inputs + units]
    w2[:] = values[units * inputs + units : units * inputs + 2 * units]
    b2 = values[-1]


def row_gradient(x, y):
    """One row's loss and each parameter's gradient, in the order of parameters()."""
    loss, g, delta, h = backward(x, y)
    w1 = [d * xi for d in delta for xi in x]
    return loss, w1 + delta + [g * hj for hj in h] + [g]

'''


def _optimizer(kind: Optimizer) -> Iterator[str]:
    if kind in (Optimizer.MOMENTUM, Optimizer.NESTEROV):
        step = (
            "p - learning_rate * v" if kind is Optimizer.MOMENTUM
            else "p - learning_rate * (g + momentum * v)"
        )  # fmt: skip
        yield f'''
velocity = [0.0] * len(parameters())  # per parameter: a running sum of past gradients


def optimiser_step(values, grads):
    """{TITLES[kind]}: each parameter keeps a velocity and moves with it."""
    new = []
    for i, (p, g) in enumerate(zip(values, grads)):
        velocity[i] = momentum * velocity[i] + g
        v = velocity[i]
        new.append({step})
    return new

'''
    elif kind in (Optimizer.ADAGRAD, Optimizer.RMSPROP):
        update = (
            "squares[i] + g * g" if kind is Optimizer.ADAGRAD
            else "alpha * squares[i] + (1 - alpha) * g * g"
        )  # fmt: skip
        yield f'''
squares = [0.0] * len(parameters())  # per parameter: squared gradients, gathered


def optimiser_step(values, grads):
    """{TITLES[kind]}: steps shrink where gradients have been big."""
    new = []
    for i, (p, g) in enumerate(zip(values, grads)):
        squares[i] = {update}
        new.append(p - learning_rate * g / (math.sqrt(squares[i]) + eps))
    return new

'''
    else:
        yield '''
m = [0.0] * len(parameters())  # per parameter: the running average of the gradient
v = [0.0] * len(parameters())  # and of its square
t = 0  # updates so far


def optimiser_step(values, grads):
    """Adam: momentum and RMSProp together, with their averages bias-corrected."""
    global t
    t = t + 1
    new = []
    for i, (p, g) in enumerate(zip(values, grads)):
        m[i] = beta1 * m[i] + (1 - beta1) * g
        v[i] = beta2 * v[i] + (1 - beta2) * g * g
        m_hat = m[i] / (1 - beta1 ** float(t))
        v_hat = v[i] / (1 - beta2 ** float(t))
        new.append(p - learning_rate * m_hat / (math.sqrt(v_hat) + eps))
    return new

'''


def _loop(net: Network, s: RunSettings, changes: bool) -> Iterator[str]:
    kind = s.optimizer
    if kind is not Optimizer.SGD:
        yield from _optimizer(kind)
    names = ("weight", "bias") if net.is_lesson else net.names
    yield f'''
NAMES = {list(names)!r}


def stop_if_diverged(epoch, loss):
    """Numbers that are no longer finite: the steps were too big."""
    for what, value in [("loss", loss), *zip(NAMES, parameters())]:
        if not math.isfinite(value):
            print(f"Training diverged at epoch {{epoch}}: the {{what}} became {{value!r}}. "
                  "Try a smaller learning rate.")
            sys.exit(1)

'''
    yield watch_start(s)
    yield "\nfor epoch in range(epochs):\n"
    if changes:
        yield "    learning_rate = learning_rate_from_epoch.get(epoch, learning_rate)\n"
    yield "    total_loss = 0\n"
    penalty = s.penalty.on
    sgd = "[p - learning_rate * g for p, g in zip(parameters(), {})]"
    if s.batch_size == 1 and kind is Optimizer.SGD and not penalty:
        if not net.hidden:
            yield """    for x, y in data:
        loss, g = backward(x, y)  # 1. predict, 2. compare
        total_loss += loss
        for i in range(len(w)):  # 3. nudge every weight and the bias against g
            w[i] = w[i] - learning_rate * g * x[i]
        b = b - learning_rate * g
"""
        else:
            yield """    for x, y in data:
        loss, g, delta, h = backward(x, y)  # 1. forward, 2. compare, 3. backward
        total_loss += loss
        for j in range(len(w2)):  # 4. nudge every parameter against its gradient
            for i in range(len(x)):
                W1[j][i] = W1[j][i] - learning_rate * delta[j] * x[i]
            b1[j] = b1[j] - learning_rate * delta[j]
            w2[j] = w2[j] - learning_rate * g * h[j]
        b2 = b2 - learning_rate * g
"""
    elif s.batch_size == 1:
        step = (
            sgd.format("grads") if kind is Optimizer.SGD else "optimiser_step(parameters(), grads)"
        )
        yield """    for x, y in data:
        loss, grads = row_gradient(x, y)
        total_loss += loss
"""
        if penalty:
            yield "        grads = with_penalty(grads)\n"
        yield f"        set_parameters({step})\n"
    else:
        step = sgd.format("mean") if kind is Optimizer.SGD else "optimiser_step(parameters(), mean)"
        yield """    for start in range(0, len(data), batch_size):
        batch = data[start : start + batch_size]
        sums = [0.0] * len(parameters())  # every row of the batch sees the same parameters
        for x, y in batch:
            loss, grads = row_gradient(x, y)
            total_loss += loss
            sums = [s + g for s, g in zip(sums, grads)]
        mean = [s / len(batch) for s in sums]
"""
        if penalty:
            yield "        mean = with_penalty(mean)\n"
        yield f"        set_parameters({step})\n"
    yield "    stop_if_diverged(epoch, total_loss)\n"
    if s.validation is not None:
        yield from validation_end(s, "validation_loss()", "parameters()", "set_parameters(best)")
    else:
        yield """    if epoch % log_every == 0:
        print(f"Epoch {epoch}, Loss: {total_loss:.4f}")
"""
    yield """
print("Final parameters:")
for name, value in zip(NAMES, parameters()):
    print(f"{name} = {value!r}")
"""
