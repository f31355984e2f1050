"""The models beyond the lesson's neuron: the rule held to ``==`` against an independent
writing of the issue's text (per row, in batches, with every optimiser), the numba
kernel held to ``==`` against the reference, the start, the gradient check, and the
parameters' JSON."""

from __future__ import annotations

import json
import math
import random

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from net_reference import Net, train

from gdviz.core.run.settings import RunSettings
from gdviz.core.train import net_kernel
from gdviz.core.train.data import DataSet, load_builtin
from gdviz.core.train.gradcheck import check_gradient, largest
from gdviz.core.train.model import update_row as lesson_row
from gdviz.core.train.net_kernel import run_net_python
from gdviz.core.train.network import Activation, Network, backward, update_row
from gdviz.core.train.network_arrays import forward_array, rule_gradient
from gdviz.core.train.optimizers import CODE, Hyper
from gdviz.core.train.trainer import Trainer

KINDS = ["sgd", "momentum", "nesterov", "adagrad", "rmsprop", "adam"]
models = st.tuples(
    st.integers(1, 2), st.integers(0, 5), st.sampled_from(["sigmoid", "tanh", "relu"])
)
values = st.floats(-4, 4, allow_nan=False).map(lambda v: round(v, 3))


def rows_for(inputs):
    row = st.tuples(st.tuples(*[values] * inputs), st.sampled_from([0.0, 1.0, 0.25]))
    return st.lists(row, min_size=1, max_size=9)


def data_of(rows):
    X = np.array([x for x, _ in rows], dtype=float)
    ys = [y for _, y in rows]
    return DataSet(X[:, 0], ys, x2=X[:, 1] if X.shape[1] > 1 else None)


@settings(max_examples=150, deadline=None)
@given(
    model=models,
    data=st.data(),
    lr=st.sampled_from([0.01, 0.1, 1.0, 3.0]),
    batch=st.sampled_from([1, 1, 2, 0, 3]),
    kind=st.sampled_from(KINDS),
    loss=st.sampled_from(["squared", "cross-entropy"]),
    gradient=st.sampled_from(["seed", "exact"]),
    seed=st.integers(0, 50),
    which=st.sampled_from(["python", "numba"]),
)
def test_every_model_trains_by_the_issues_rule(
    model, data, lr, batch, kind, loss, gradient, seed, which
):
    inputs, hidden, activation = model
    rows = data.draw(rows_for(inputs))
    expected = train(Net(inputs, hidden, activation, seed=seed), rows, lr, 6, batch, kind,
                     loss, gradient)  # fmt: skip
    s = RunSettings(
        learning_rate=lr, epochs=6, batch_size=batch, optimizer=kind, loss=loss,
        gradient=gradient, hidden=hidden, activation=activation, init_seed=seed,
    )  # fmt: skip
    kernel = run_net_python if which == "python" else None
    trainer = Trainer(data_of(rows), s, net_kernel=kernel)
    if trainer.network.is_lesson:
        return  # the lesson's neuron keeps its own kernels (tests/core/test_batches.py)
    trainer.run(6)
    h = trainer.history
    got = list(zip(h.loss.tolist(), h.params.T.tolist(), strict=True))
    finite = [e for e in expected if all(map(math.isfinite, [e[0], *e[1]]))]
    assert got == [(loss_, list(p)) for loss_, p in finite]


@settings(max_examples=80, deadline=None)
@given(model=models, data=st.data(), seed=st.integers(0, 9))
def test_row_steps_equal_whole_epochs(model, data, seed):
    """Step row by row (the window's Step row) and by whole epochs (the kernel): the same
    doubles."""
    inputs, hidden, activation = model
    rows = data.draw(rows_for(inputs))
    s = RunSettings(epochs=3, hidden=hidden, activation=activation, init_seed=seed)
    by_rows, by_epochs = Trainer(data_of(rows), s), Trainer(data_of(rows), s)
    for _ in range(3 * len(rows)):
        by_rows.step_row()
        if by_rows.diverged:
            return
    by_epochs.run(3)
    assert by_rows.history.loss.tolist() == by_epochs.history.loss.tolist()
    assert by_rows.parameters == by_epochs.parameters


def test_the_numba_kernel_equals_the_reference_on_every_optimiser():
    rng = np.random.default_rng(3)
    kernel = net_kernel.get_net_kernel()
    assert kernel is not run_net_python
    for trial in range(120):
        net = Network(int(rng.integers(1, 3)), int(rng.integers(0, 9)),
                      list(Activation)[trial % 3])  # fmt: skip
        n = int(rng.integers(1, 30))
        X, ys = rng.normal(0, 2, (n, net.inputs)), rng.integers(0, 2, n).astype(float)
        start = np.array(net.start(0.1, 0.0, trial))
        opt, batch = trial % 6, [1, 1, 4, 0][trial % 4]
        results = []
        for f in (run_net_python, kernel):
            params, state = start.copy(), np.zeros(2 * net.size + 1)
            loss, out = np.empty(20), np.empty((net.size, 20))
            flags = (trial % 3, trial % 2 == 0, trial % 5 == 0, 2.0, batch, opt)
            done = f(X, ys, params, 0.3, 20, net.inputs, net.hidden, *flags, Hyper().as_array(),
                     state, loss, out)  # fmt: skip
            results.append((done, loss[:done].tolist(), out[:, :done].tolist(), state.tolist()))
        assert results[0] == results[1], (trial, net)


def test_the_lessons_neuron_through_the_general_rule_is_the_lessons_rule():
    data = load_builtin("lesson")
    params = (0.1, 0.0)
    net = Network()
    for _ in range(50):
        for x, y in data.rows:
            r, _ = update_row(net, params, (x, y)[:1], y, 0.1)
            u = lesson_row(x, y, params[0], params[1], 0.1)
            assert (r.z, r.p, r.error, r.loss) == (u.z, u.p, u.error, u.loss)
            assert r.after == (u.w_after, u.b_after)
            params = r.after
    kernel = net_kernel.get_net_kernel()
    p, state = np.array([0.1, 0.0]), np.zeros(5)
    loss, out = np.empty(1000), np.empty((2, 1000))
    kernel(data.X, data.ys, p, 0.1, 1000, 1, 0, 0, False, False, 2.0, 1, 0,
           Hyper().as_array(), state, loss, out)  # fmt: skip
    assert (p[0], p[1]) == (4.3018685464211535, -10.50801155978499)


def test_a_hidden_layer_starts_from_the_seed_as_the_issue_says():
    net = Network(2, 3, Activation.TANH)
    rng = random.Random(42)
    w1 = [rng.uniform(-1.0, 1.0) for _ in range(6)]  # unit by unit, input by input
    w2 = [rng.uniform(-1.0, 1.0) for _ in range(3)]
    assert net.start(seed=42) == (*w1, 0.0, 0.0, 0.0, *w2, 0.0)
    assert Network(2, 0).start(0.3, -1.0) == (0.3, 0.3, -1.0)
    assert Network(2, 3).names[:3] == ("W1[0][0]", "W1[0][1]", "W1[1][0]")
    assert Network(1, 2).names == ("W1[0][0]", "W1[1][0]", "b1[0]", "b1[1]", "w2[0]", "w2[1]", "b2")


def test_parameters_as_json_read_back_as_the_same_doubles():
    net = Network(2, 4, Activation.RELU)
    params = tuple(random.Random(1).uniform(-1e3, 1e3) / 7 for _ in range(net.size))
    doc = json.loads(net.dumps(params))
    assert doc["activation"] == "relu" and len(doc["W1"]) == 4 and len(doc["W1"][0]) == 2
    assert net.from_json(doc) == params
    lesson = Network()
    assert lesson.as_json((4.3, -10.5)) == {"w": [4.3], "b": -10.5}


@pytest.mark.parametrize(
    ("doc", "fragment"),
    [
        ({"w": [1.0], "b": 0.0}, "for a model with no hidden layer"),
        (
            {"W1": [[1.0, 2.0]] * 3, "b1": [0.0] * 3, "w2": [1.0] * 3, "b2": 0.0},
            "of 3 units, not 2",
        ),
        ({"W1": [[1.0]] * 2, "b1": [0.0] * 2, "w2": [1.0] * 2, "b2": 0.0}, "for 1 input,"),
        ({"W1": [[1.0, "x"]] * 2, "b1": [0.0] * 2, "w2": [1.0] * 2, "b2": 0.0}, "must be a number"),
        ({"W1": [[1.0, 1e400]] * 2, "b1": [0.0] * 2, "w2": [1.0] * 2, "b2": 0.0}, "finite"),
        (
            {
                "W1": [[1.0, 1.0]] * 2,
                "b1": [0.0] * 2,
                "w2": [1.0] * 2,
                "b2": 0.0,
                "activation": "relu",
            },
            "give --activation relu",
        ),  # fmt: skip
    ],
)
def test_parameters_for_another_model_are_refused_saying_why(doc, fragment):
    with pytest.raises(ValueError, match=fragment):
        Network(2, 2).from_json(doc)


@pytest.mark.parametrize("activation", list(Activation))
@pytest.mark.parametrize("loss", ["squared", "cross-entropy"])
def test_the_exact_gradient_is_the_losses_gradient(activation, loss):
    data = load_builtin("xor")
    net = Network(2, 4, activation)
    checks = check_gradient(net, net.start(seed=5), data.X, data.ys, loss, "exact")
    assert largest(checks) < 1e-5


def test_the_lessons_nudge_is_not_squared_errors_gradient_and_the_check_says_so():
    data = load_builtin("lesson")
    checks = check_gradient(Network(), (0.1, 0.0), data.X, data.ys, "squared", "seed")
    assert largest(checks) > 0.3
    # ... and it is cross-entropy's exactly (up to the finite difference's rounding).
    checks = check_gradient(Network(), (0.1, 0.0), data.X, data.ys, "cross-entropy", "seed")
    assert largest(checks) < 1e-6


def test_the_rules_gradient_sums_the_rows_gradients():
    data = load_builtin("circle")
    net = Network(2, 3, Activation.TANH)
    params = net.start(seed=2)
    total = np.zeros(net.size)
    for i in range(len(data)):
        x, y = data.inputs_of(i)
        total += np.array(backward(net, params, x, y, "squared", "exact").grads)
    assert np.allclose(rule_gradient(net, params, data.X, data.ys, "squared", "exact"), total)


def test_the_numpy_forward_pass_agrees_with_the_rule():
    data = load_builtin("xor")
    net = Network(2, 5, Activation.SIGMOID)
    params = net.start(seed=9)
    _, _, z, p = forward_array(net, params, data.X)
    from gdviz.core.train.network import forward

    exact = [forward(net, params, data.inputs_of(i)[0]) for i in range(len(data))]
    assert np.allclose(z, [f.z for f in exact], rtol=1e-14, atol=1e-14)
    assert np.allclose(p, [f.p for f in exact], rtol=1e-14, atol=1e-14)


def test_a_diverging_network_names_the_parameter():
    data = load_builtin("sweet-spot")
    s = RunSettings(learning_rate=1e300, epochs=50, hidden=2, activation="relu")
    trainer = Trainer(data, s)
    trainer.run_to_end()
    assert trainer.diverged is not None
    assert trainer.diverged.what in ("loss", *trainer.network.names)


def test_codes_match_the_kernels():
    assert list(CODE.values()) == list(range(6))
