"""``gdviz train`` with held-out rows, early stopping, a penalty, --metrics and
--generate: the issue's line formats, checked against the trainer and counts made here."""

from __future__ import annotations

import re

import numpy as np
import pytest

from gdviz.cli import main
from gdviz.core.io.predict import model_probabilities
from gdviz.core.run.settings import RunSettings
from gdviz.core.train.data import load_builtin
from gdviz.core.train.generate import Recipe, generate
from gdviz.core.train.network import Network
from gdviz.core.train.network_arrays import rule_gradient, total_loss_array
from gdviz.core.train.split import split
from gdviz.core.train.trainer import Trainer


def run(capsys, *args):
    code = main(["train", *args])
    out, err = capsys.readouterr()
    return code, out, err


def test_validation_lines_are_the_mean_losses_of_both_parts(capsys):
    code, out, err = run(capsys, "--dataset", "students-200", "--validation", "0.25",
                         "--split-seed", "3", "--epochs", "250", "--log-every", "50")  # fmt: skip
    assert code == 0, err
    trainer = Trainer(load_builtin("students-200"),
                      RunSettings(epochs=250, validation=0.25, split_seed=3))  # fmt: skip
    trainer.run_to_end()
    h, n = trainer.history, len(trainer.fit_data)
    expected = [
        f"Epoch {e}, Train loss: {h.loss[e] / n:.4f}, Validation loss: {h.val_loss[e]:.4f}"
        for e in range(0, 250, 50)
    ]
    assert out.splitlines()[:5] == expected
    assert out.splitlines()[5:] == [f"Final weight: {trainer.w}", f"Final bias: {trainer.b}"]


def test_early_stopping_says_where_and_ends_at_the_best_epoch(capsys):
    code, out, err = run(capsys, "--dataset", "students-200", "--validation", "0.25",
                         "--patience", "5", "--epochs", "3000")  # fmt: skip
    assert code == 0, err
    trainer = Trainer(load_builtin("students-200"),
                      RunSettings(epochs=3000, validation=0.25, patience=5))  # fmt: skip
    trainer.run_to_end()
    s = trainer.stopped
    line = (
        f"Stopped at epoch {s.epoch}; best validation loss {s.best_loss:.4f} "
        f"at epoch {s.best_epoch}"
    )
    assert line in out.splitlines()
    assert s.epoch == s.best_epoch + 5
    assert f"Final weight: {trainer.history.params[0, s.best_epoch]}" in out


def test_metrics_are_counted_on_each_part(capsys):
    args = ("--generate", "rows=120,noise=0.15,seed=4", "--validation", "0.3", "--epochs", "300")
    code, out, err = run(capsys, *args, "--metrics")
    assert code == 0, err
    data = generate(Recipe(rows=120, noise=0.15, seed=4))
    trainer = Trainer(data, RunSettings(epochs=300, validation=0.3))
    trainer.run_to_end()
    lines = out.splitlines()
    for part, rows in (("Train", trainer.fit_data), ("Validation", trainer.held_out)):
        p = model_probabilities(trainer.network, trainer.parameters, rows.X)
        pred = [1.0 if v >= 0.5 else 0.0 for v in p]
        ys = rows.ys.tolist()
        right = sum(a == y for a, y in zip(pred, ys, strict=True))
        cells = [sum(1 for a, y in zip(pred, ys, strict=True) if (a, y) == want)
                 for want in ((1, 1), (1, 0), (0, 1), (0, 0))]  # fmt: skip
        k = lines.index(f"{part} accuracy: {right / len(ys)!r}")
        assert lines[k + 1] == "Confusion (TP FP FN TN): " + " ".join(map(str, cells))


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--validation", "0"], "--validation"),
        (["--validation", "1"], "--validation"),
        (["--validation", "nan"], "--validation"),
        (["--validation", "0.1"], "leaves the validation part empty"),
        (["--validation", "0.9"], "leaves the training part empty"),
        (["--l1", "0.1", "--l2", "0.1"], "--l1 and --l2"),
        (["--l1", "0", "--l2", "0.1"], "--l1 and --l2"),
        (["--patience", "3"], "--patience"),
        (["--l2", "-0.5"], "--l2"),
        (["--l1", "-1"], "--l1"),
        (["--validation", "0.5", "--patience", "0"], "--patience"),
        (["--generate", "rows=1"], "--generate"),
        (["--generate", "noise=2"], "--generate"),
        (["--generate", "rows=10", "--dataset", "lesson"], "--generate"),
    ],
)
def test_bad_generalisation_options_exit_2_with_one_line(capsys, args, words):
    code, out, err = run(capsys, *args)
    assert code == 2 and out == ""
    assert err.startswith("gdviz: error: ") and err.count("\n") == 1
    assert words in err


def test_a_penalty_changes_the_weights_not_the_printed_losses_meaning(capsys):
    code, out, _ = run(capsys, "--l2", "0.5")
    trainer = Trainer(load_builtin("lesson"), RunSettings(l2=0.5))
    trainer.run_to_end()
    first = re.match(r"Epoch 0, Loss: ([0-9.]+)", out).group(1)
    assert float(first) == pytest.approx(trainer.history.loss[0], abs=5e-5)  # the rows' loss
    assert f"Final weight: {trainer.w}" in out and trainer.w < 4.0


def gradient_lines(capsys, *args):
    """``check-gradient``'s lines: {name: (rule, numeric)}, and the verdict."""
    assert main(["check-gradient", *args]) == 0
    lines = capsys.readouterr().out.splitlines()
    found = [re.match(r"^(\S+)  rule=(\S+)  numeric=(\S+)  relative=\S+$", s) for s in lines]
    values = {m.group(1): (float(m.group(2)), float(m.group(3))) for m in found if m}
    return values, lines[-1]


@pytest.mark.parametrize(
    ("flag", "lam", "share"), [("--l2", 0.5, 2 * 0.5 * 0.1), ("--l1", 0.3, 0.3)]
)
def test_the_gradient_check_adds_the_penalty_to_the_rule_and_the_loss(capsys, flag, lam, share):
    bare, _ = gradient_lines(capsys)
    penalised, words = gradient_lines(capsys, flag, str(lam))
    # w = 0.1 at the start: 2λ·w (L2) or λ·sign(w) (L1) on both sides; b is no weight
    assert penalised["w"][0] == pytest.approx(bare["w"][0] + share, rel=1e-12)
    assert penalised["w"][1] == pytest.approx(bare["w"][1] + share, rel=1e-8)
    assert penalised["b"] == bare["b"]
    assert "not the gradient of squared error" in words  # the nudge is still not it


def test_the_gradient_check_with_held_out_rows_uses_the_training_rows(capsys):
    args = ["--dataset", "students-200", "--validation", "0.25", "--split-seed", "2", "--loss",
            "cross-entropy", "--l2", "0.3", "--weight", "0.7", "--bias", "-1"]  # fmt: skip
    got, words = gradient_lines(capsys, *args)
    data = load_builtin("students-200")
    train = split(data, 0.25, 2).train
    assert len(train) == 150
    net, theta = Network(), np.array([0.7, -1.0])
    rule = rule_gradient(net, theta, train.X, train.ys, "cross-entropy")
    assert got["w"][0] == pytest.approx(rule[0] + 2 * 0.3 * 0.7, rel=1e-12)
    assert got["b"][0] == pytest.approx(rule[1], rel=1e-12)
    everything = rule_gradient(net, theta, data.X, data.ys, "cross-entropy")
    assert got["w"][0] != pytest.approx(everything[0] + 2 * 0.3 * 0.7, rel=1e-3)

    def total(w):  # the rows' summed loss plus λ·w²
        return total_loss_array(net, (w, -1.0), train.X, train.ys, "cross-entropy") + 0.3 * w * w

    h = 1e-6
    assert got["w"][1] == pytest.approx((total(0.7 + h) - total(0.7 - h)) / (2 * h), rel=1e-6)
    assert got["w"][0] == pytest.approx(got["w"][1], rel=1e-6)
    assert "they agree" in words


def test_a_hidden_layers_check_penalises_its_weights_not_its_biases(capsys):
    args = ["--dataset", "circle", "--hidden", "3", "--gradient", "exact", "--l1", "0.4"]
    got, words = gradient_lines(capsys, *args, "--after", "20")
    assert len(got) == 13 and "they agree" in words
    data = load_builtin("circle")
    trainer = Trainer(data, RunSettings(hidden=3, gradient="exact", l1=0.4))
    trainer.run(20)  # where the check is made: trained with the penalty
    theta = np.array(trainer.parameters)
    rule = rule_gradient(trainer.network, theta, data.X, data.ys, "squared", "exact")
    for k, (name, (printed, _)) in enumerate(got.items()):
        share = 0.0 if name.startswith("b") else 0.4 * np.sign(theta[k])
        assert printed == pytest.approx(rule[k] + share, rel=1e-12, abs=1e-15), name
