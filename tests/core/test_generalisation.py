"""Held-out rows, the penalty on the weights, early stopping, the metrics and generated
data: each against a plain reference written here, finite differences or counts."""

from __future__ import annotations

import math
import random

import numpy as np
import pytest

from gdviz.core.io.session import from_trainer, parse_session, to_json
from gdviz.core.run.settings import RunSettings
from gdviz.core.train import kernel, net_kernel, validation
from gdviz.core.train.data import DataError, DataSet, load_builtin
from gdviz.core.train.generate import Recipe, generate, parse_recipe, truth_of
from gdviz.core.train.metrics import confusion
from gdviz.core.train.model import Loss
from gdviz.core.train.network import Network, forward, row_loss
from gdviz.core.train.optimizers import Optimizer
from gdviz.core.train.split import held_out, split
from gdviz.core.train.trainer import Trainer


# -- the split ---------------------------------------------------------------------------
@pytest.mark.parametrize(("n", "fraction", "seed"), [(4, 0.25, 0), (200, 0.25, 7), (37, 0.5, 3),
                                                     (10, 0.85, 12), (1001, 0.1, 99)])  # fmt: skip
def test_the_split_is_the_issues_rule(n, fraction, seed):
    idx = list(range(n))
    random.Random(seed).shuffle(idx)
    expected = sorted(idx[: round(fraction * n)])
    mask = held_out(n, fraction, seed)
    assert np.flatnonzero(mask).tolist() == expected
    data = DataSet(np.arange(n, dtype=float), [k % 2 for k in range(n)])
    parts = split(data, fraction, seed)
    assert parts.validation.xs.tolist() == [float(i) for i in expected]  # the file's order
    rest = [i for i in range(n) if i not in set(expected)]
    assert parts.train.xs.tolist() == [float(i) for i in rest]


@pytest.mark.parametrize(("n", "fraction"), [(4, 0.1), (4, 0.9), (1, 0.5), (3, 0.1)])
def test_a_split_that_empties_a_part_is_refused(n, fraction):
    data = DataSet(np.arange(n, dtype=float), [0.0] * n)
    with pytest.raises(DataError) as caught:
        split(data, fraction)
    assert "each part needs at least one row" in str(caught.value)


# -- the penalised rule ----------------------------------------------------------------
def _plain_lesson(rows, w, b, lr, epochs, kind, lam, batch):
    """The lesson's rule with a penalty, written out with plain floats."""
    n = len(rows)
    size = n if batch == 0 else batch
    losses = []
    for _ in range(epochs):
        total = 0.0
        for start in range(0, n, size):
            gw_sum = gb_sum = 0.0
            part = rows[start : start + size]
            for x, y in part:
                p = 1.0 / (1.0 + math.exp(-(x * w + b)))
                error = p - y
                total += error**2
                gw_sum += error * x
                gb_sum += error
            pen = 2.0 * lam / n * w if kind == "l2" else lam / n * ((w > 0) - (w < 0))
            if batch == 1:
                gw, gb = gw_sum + pen, gb_sum
            else:
                gw, gb = gw_sum / len(part) + pen, gb_sum / len(part)
            w, b = w - lr * gw, b - lr * gb
        losses.append(total)
    return losses, w, b


@pytest.mark.parametrize("kind", ["l2", "l1"])
@pytest.mark.parametrize("batch", [1, 2, 0])
def test_the_lessons_penalised_rule_is_the_plain_reference(kind, batch):
    data = load_builtin("lesson")
    settings = RunSettings(epochs=50, batch_size=batch, **{kind: 0.3})
    expected, w, b = _plain_lesson(data.rows, 0.1, 0.0, 0.1, 50, kind, 0.3, batch)
    for kernels in (kernel.PYTHON, None):  # the reference loops and numba's
        trainer = Trainer(data, settings, kernels=kernels)
        trainer.run_to_end()
        assert trainer.history.loss.tolist() == expected
        assert trainer.parameters == (w, b)
    stepped = Trainer(data, settings)
    if batch == 1:  # row by row, as the Step button does
        for _ in range(50 * len(data)):
            stepped.step_row()
        assert stepped.parameters == (w, b)


@pytest.mark.parametrize("optimizer", list(Optimizer))
@pytest.mark.parametrize("hidden", [0, 3])
@pytest.mark.parametrize("batch", [1, 5, 0])
def test_penalised_network_kernels_agree_with_the_reference(optimizer, hidden, batch):
    data = load_builtin("students-200")
    settings = RunSettings(epochs=4, hidden=hidden, batch_size=batch, optimizer=optimizer,
                           l2=0.5 if hidden else 0.0, l1=0.0 if hidden else 0.2)  # fmt: skip
    fast = Trainer(data, settings)
    slow = Trainer(data, settings, kernels=kernel.PYTHON, net_kernel=net_kernel.run_net_python)
    fast.run_to_end()
    slow.run_to_end()
    assert fast.history.loss.tolist() == slow.history.loss.tolist()
    assert fast.parameters == slow.parameters
    if batch == 1:
        rows = Trainer(data, settings)
        for _ in range(4 * len(data)):
            rows.step_row()
        assert rows.parameters == fast.parameters


def _objective(net, params, rows, kind, lam):
    """(the rows' squared losses + the penalty) / n: what a full-batch exact step follows."""
    total = sum(row_loss(Loss.SQUARED, *_zp(net, params, x), y)[1] for x, y in rows)
    weights = [v for v, is_w in zip(params, net.weights, strict=True) if is_w]
    penalty = lam * sum(v * v if kind == "l2" else abs(v) for v in weights)
    return (total + penalty) / len(rows)


def _zp(net, params, x):
    f = forward(net, params, x)
    return f.z, f.p


@pytest.mark.parametrize("kind", ["l2", "l1"])
@pytest.mark.parametrize("hidden", [0, 2])
def test_the_penalised_step_follows_the_finite_difference_of_the_penalised_loss(kind, hidden):
    data = load_builtin("hours-sleep")
    lr = 1e-3
    settings = RunSettings(epochs=1, hidden=hidden, batch_size=0, gradient="exact",
                           learning_rate=lr, init_seed=4, **{kind: 2.0})  # fmt: skip
    trainer = Trainer(data, settings)
    net, before = trainer.network, trainer.parameters
    trainer.run(1)
    step = [(a - b) / lr for a, b in zip(before, trainer.parameters, strict=True)]
    rows = [data.inputs_of(i) for i in range(len(data))]
    h = 1e-6
    for k in range(net.size):
        up, down = list(before), list(before)
        up[k] += h
        down[k] -= h
        numeric = _objective(net, up, rows, kind, 2.0) - _objective(net, down, rows, kind, 2.0)
        numeric /= 2 * h
        assert step[k] == pytest.approx(numeric, rel=1e-5, abs=1e-9), net.names[k]
    off = Trainer(data, settings.with_(**{kind: 0.0}))
    off.run(1)
    moved = [(a - b) for a, b in zip(trainer.parameters, off.parameters, strict=True)]
    assert all(m == 0.0 for m, w in zip(moved, net.weights, strict=True) if not w)  # biases
    assert any(m != 0.0 for m in moved)


def test_no_penalty_is_the_lesson_bit_for_bit():
    trainer = Trainer(load_builtin("lesson"), RunSettings(l2=0.0))
    trainer.run_to_end()
    assert trainer.parameters == (4.3018685464211535, -10.50801155978499)


# -- validation and early stopping ---------------------------------------------------------
def _plain_val(net, params, rows):
    total = 0.0
    for x, y in rows:
        f = forward(net, params, x)
        total += row_loss(Loss.SQUARED, f.z, f.p, y)[1]
    return total / len(rows)


@pytest.mark.parametrize("hidden", [0, 4])
def test_the_validation_curve_is_each_epochs_mean_loss_on_rows_never_trained_on(hidden):
    data = load_builtin("students-200")
    settings = RunSettings(epochs=30, hidden=hidden, validation=0.3, split_seed=5)
    trainer = Trainer(data, settings)
    trainer.run_to_end()
    mask = held_out(len(data), 0.3, 5)
    held = [data.inputs_of(i) for i in np.flatnonzero(mask)]
    assert len(trainer.fit_data) == len(data) - len(held) == 140
    net = trainer.network
    values = trainer.history.val_loss
    for e in (0, 7, 29):
        assert values[e] == _plain_val(net, trainer.history.params[:, e].tolist(), held)
    python = validation.mean_losses(net, trainer.held_out.X, trainer.held_out.ys,
                                    trainer.history.params, "squared",
                                    kernel=validation.mean_losses_python)  # fmt: skip
    assert python.tolist() == values.tolist()
    # The training rows alone are trained on: the same run on them gives the same losses.
    alone = Trainer(trainer.fit_data, settings.with_(validation=None))
    alone.run_to_end()
    assert alone.history.loss.tolist() == trainer.history.loss.tolist()


@pytest.mark.parametrize("patience", [1, 5, 40])
def test_early_stopping_ends_patience_epochs_after_the_best_and_keeps_its_parameters(patience):
    data = generate(Recipe(rows=40, noise=0.2, seed=3))
    base = RunSettings(epochs=3000, hidden=8, learning_rate=0.5, validation=0.5, init_seed=1)
    full = Trainer(data, base)
    full.run_to_end()
    losses = full.history.val_loss.tolist()
    best, since, stop = math.inf, 0, None
    for e, v in enumerate(losses):
        if v < best:
            best, best_at, since = v, e, 0
        else:
            since += 1
            if since == patience:
                stop = e
                break
    assert stop is not None
    trainer = Trainer(data, base.with_(patience=patience))
    trainer.run_to_end()
    assert trainer.stopped is not None
    assert (trainer.stopped.epoch, trainer.stopped.best_epoch) == (stop, best_at)
    assert trainer.stopped.best_loss == losses[best_at]
    assert len(trainer.history) == stop + 1 and trainer.finished and trainer.remaining == 0
    assert trainer.parameters == tuple(full.history.params[:, best_at].tolist())
    assert trainer.history.loss.tolist() == full.history.loss.tolist()[: stop + 1]


def test_a_session_with_validation_and_a_penalty_continues_bit_for_bit():
    data = generate(Recipe(rows=60, noise=0.1, seed=2))
    settings = RunSettings(epochs=400, hidden=3, validation=0.25, split_seed=9, l2=0.05,
                           patience=30, optimizer="adam", learning_rate=0.05)  # fmt: skip
    whole = Trainer(data, settings)
    whole.run_to_end()
    half = Trainer(data, settings)
    half.run(37)
    for _ in range(5):
        half.step_row()
    again = parse_session(to_json(from_trainer(half)), "s.json")
    assert again.settings == settings
    assert again.history.val_loss.tolist() == half.history.val_loss.tolist()
    resumed = again.trainer()
    resumed.run_to_end()
    assert resumed.history.loss.tolist() == whole.history.loss.tolist()
    assert resumed.history.val_loss.tolist() == whole.history.val_loss.tolist()
    assert resumed.parameters == whole.parameters
    assert resumed.stopped == whole.stopped


# -- metrics -------------------------------------------------------------------------------
def test_the_metrics_are_the_counts():
    rng = random.Random(4)
    p = [rng.random() for _ in range(500)]
    ys = [rng.choice([0.0, 1.0, 0.5]) for _ in range(500)]
    for t in (0.5, 0.2, 0.9):
        c = confusion(np.array(p), np.array(ys), t)
        tp = sum(1 for a, y in zip(p, ys, strict=True) if a >= t and y == 1)
        fp = sum(1 for a, y in zip(p, ys, strict=True) if a >= t and y == 0)
        fn = sum(1 for a, y in zip(p, ys, strict=True) if a < t and y == 1)
        tn = sum(1 for a, y in zip(p, ys, strict=True) if a < t and y == 0)
        right = sum(1 for a, y in zip(p, ys, strict=True) if (1.0 if a >= t else 0.0) == y)
        assert c.cells == (tp, fp, fn, tn)
        assert c.accuracy == right / 500
        assert c.precision == tp / (tp + fp) and c.recall == tp / (tp + fn)


# -- generated data ------------------------------------------------------------------------
def test_generated_rows_follow_the_rule_and_name_their_recipe():
    recipe = parse_recipe("rows=25,noise=0.2,seed=11,w=2,b=-9")
    data = generate(recipe)
    rng = random.Random(11)
    for x, y in data.rows:
        hours = round(rng.uniform(0.0, 10.0), 2)
        passed = 1.0 if rng.random() < 1.0 / (1.0 + math.exp(-(hours * 2.0 + -9.0))) else 0.0
        if rng.random() < 0.2:
            passed = 1.0 - passed
        assert (x, y) == (hours, passed)
    assert truth_of(data) == recipe
    assert generate(parse_recipe(recipe.text)).same_rows(data)
    assert truth_of(load_builtin("lesson")) is None


@pytest.mark.parametrize("text", ["rows=1", "rows=x", "noise=0.7", "foo=1", "rows", "seed=-1",
                                  "rows=5,rows=6"])  # fmt: skip
def test_a_bad_recipe_says_what_is_wrong(text):
    with pytest.raises(ValueError):
        parse_recipe(text)


def test_network_weights_are_every_parameter_but_the_biases():
    net = Network(2, 3)
    assert [n for n, w in zip(net.names, net.weights, strict=True) if not w] == [
        "b1[0]", "b1[1]", "b1[2]", "b2"
    ]  # fmt: skip


def test_a_session_says_what_is_wrong_with_its_validation_losses():
    import json

    from gdviz.core.io.session import SessionError

    trainer = Trainer(load_builtin("lesson"), RunSettings(epochs=10, validation=0.5))
    trainer.run_to_end()
    doc = json.loads(to_json(from_trainer(trainer)))
    fresh = Trainer(load_builtin("lesson"), RunSettings(epochs=10, validation=0.5))
    assert parse_session(to_json(from_trainer(fresh)), "s.json").history.val_loss is None
    del doc["history"]["val_loss"]
    with pytest.raises(SessionError) as caught:
        parse_session(json.dumps(doc), "s.json")
    assert "'history.val_loss' must have 10 values (one per epoch), found none" in str(caught.value)


@pytest.mark.parametrize("seed", range(6))
def test_early_stoppings_memory_fed_in_pieces_is_the_plain_loop(seed):
    from gdviz.core.train.validation import Watch

    rng = random.Random(seed)
    losses = [rng.choice([0.5, 0.4, 0.3, 0.3, 0.6, math.nan]) * rng.random() for _ in range(80)]
    losses = [round(v, 1) if v == v else v for v in losses]  # ties on purpose
    for patience in (None, 1, 3, 7):
        best, where, since, stop = math.inf, -1, 0, None
        for e, v in enumerate(losses):
            if v < best:
                best, where, since = v, e, 0
            else:
                since += 1
                if patience is not None and since >= patience:
                    stop = (e, where, best)
                    break
        watch, start = Watch(), 0
        while start < len(losses):
            size = rng.randint(1, 9)
            watch = watch.feed(start, np.array(losses[start : start + size]), None, patience)
            start += size
        got = None if watch.stopped is None else tuple(vars(watch.stopped).values())
        assert got == stop
        if stop is None:
            assert (watch.best_epoch, watch.since) == (where, since)


def test_the_history_csv_has_the_validation_loss_of_every_epoch():
    from gdviz.core.io.session import history_csv

    trainer = Trainer(load_builtin("students-200"), RunSettings(epochs=12, validation=0.2))
    trainer.run_to_end()
    lines = history_csv(trainer.history).splitlines()
    assert lines[0] == "epoch,loss,val_loss_mean,weight,bias"
    rows = [[float(v) for v in line.split(",")] for line in lines[1:]]
    assert [r[2] for r in rows] == trainer.history.val_loss.tolist()
    assert [r[1] for r in rows] == trainer.history.loss.tolist()


def test_the_sweep_carries_the_penalty_and_the_split():
    from gdviz.core.train.sweep import run_point

    data = load_builtin("students-200")
    plain = run_point(data, RunSettings(epochs=50), 0.1, 0.0)
    penalised = run_point(data, RunSettings(epochs=50, l2=5.0), 0.1, 0.0)
    held = run_point(data, RunSettings(epochs=50, validation=0.5), 0.1, 0.0)
    alone = Trainer(data, RunSettings(epochs=50, l2=5.0))
    alone.run_to_end()
    assert penalised.final_loss == alone.history.loss[-1] != plain.final_loss
    split_run = Trainer(data, RunSettings(epochs=50, validation=0.5))
    split_run.run_to_end()
    assert held.final_loss == split_run.history.loss[-1]


@pytest.mark.parametrize("hidden", [0, 3])
@pytest.mark.parametrize("activation", ["sigmoid", "tanh", "relu"])
@pytest.mark.parametrize("loss", ["squared", "cross-entropy"])
def test_the_validation_kernel_is_the_reference(hidden, activation, loss):
    data = load_builtin("hours-sleep")
    kw = {"activation": activation} if hidden else {}
    trainer = Trainer(data, RunSettings(epochs=9, hidden=hidden, loss=loss, init_seed=2, **kw))
    trainer.run_to_end()
    net, params = trainer.network, trainer.history.params
    fast = validation.mean_losses(net, data.X, data.ys, params, Loss(loss))
    slow = validation.mean_losses(net, data.X, data.ys, params, Loss(loss),
                                  kernel=validation.mean_losses_python)  # fmt: skip
    assert fast.tolist() == slow.tolist()


def test_early_stoppings_best_parameters_survive_a_session_whose_history_is_thinned():
    data = load_builtin("few-noisy")
    settings = RunSettings(hidden=16, optimizer="adam", learning_rate=0.03, batch_size=0,
                           validation=0.3, patience=30_000, epochs=100_000)  # fmt: skip
    whole = Trainer(data, settings)
    whole.run_to_end()
    assert whole.stopped is not None and whole.stopped.best_epoch % 2 == 1
    half = Trainer(data, settings)
    half.run(25_000)
    assert half.history.param_stride > 1  # the best epoch's parameters are not kept
    again = parse_session(to_json(from_trainer(half)), "s.json")
    resumed = again.trainer()
    resumed.run_to_end()
    assert resumed.stopped == whole.stopped
    assert resumed.parameters == whole.parameters


def test_a_session_whose_rows_cannot_be_split_or_that_ran_past_its_stop_is_refused():
    import json

    from gdviz.core.io.session import SessionError

    trainer = Trainer(load_builtin("students-200"), RunSettings(epochs=60, validation=0.3))
    trainer.run_to_end()
    doc = json.loads(to_json(from_trainer(trainer)))
    doc["hyperparameters"]["validation"] = 1e-9
    with pytest.raises(SessionError) as caught:
        parse_session(json.dumps(doc), "s.json")
    assert "'hyperparameters.validation': holding out 1e-09 of 200 rows" in str(caught.value)
    doc["hyperparameters"]["validation"] = 0.3
    doc["hyperparameters"]["patience"] = 1
    losses = trainer.history.val_loss.tolist()
    if any(b >= a for a, b in zip(losses, losses[1:], strict=False)):
        with pytest.raises(SessionError) as caught:
            parse_session(json.dumps(doc), "s.json")
        assert "early stopping with a patience of 1 ends the run at epoch" in str(caught.value)


def test_a_validation_loss_that_is_not_finite_is_a_divergence():
    data = DataSet([0.0, 0.0, 0.0, 10.0], [0.0, 1.0, 0.0, 0.0])
    settings = RunSettings(epochs=3, validation=0.25, split_seed=1, weight=1e308,
                           loss="cross-entropy")  # fmt: skip
    trainer = Trainer(data, settings)
    trainer.run_to_end()
    assert trainer.diverged is not None and trainer.diverged.what == "validation loss"
    assert len(trainer.history) == trainer.diverged.epoch


def test_big_data_trains_in_blocks_short_enough_to_hear_a_stop():
    big = generate(Recipe(rows=200_000, seed=1))
    assert Trainer(big, RunSettings(epochs=1000)).block() == 5
    assert Trainer(load_builtin("lesson"), RunSettings(epochs=10**9)).block() == 65536
    assert Trainer(load_builtin("lesson"), RunSettings(epochs=7)).block() == 7


def test_a_cleared_history_keeps_its_validation_array_for_the_next_run():
    trainer = Trainer(load_builtin("students-200"), RunSettings(epochs=30, validation=0.25))
    trainer.run_to_end()
    array = trainer.history._val
    trainer.reset()
    assert trainer.history.val_loss is None  # a new run: none yet
    trainer.run_to_end()
    assert trainer.history._val is array and len(trainer.history.val_loss) == 30
    trainer.reset(trainer.settings.with_(validation=None))
    trainer.run_to_end()
    assert trainer.history.val_loss is None
