"""Optimisers: numba == the Python reference == an independent implementation (``==``)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reference import reference_run

from gdviz.core.run.settings import RunSettings
from gdviz.core.train import kernel
from gdviz.core.train.data import from_rows, lesson_data
from gdviz.core.train.model import Gradient, Loss
from gdviz.core.train.optimizers import Optimizer
from gdviz.core.train.trainer import Trainer

rows_strategy = st.lists(
    st.tuples(st.floats(-20, 20), st.one_of(st.sampled_from([0.0, 1.0]), st.floats(0, 1))),
    min_size=1,
    max_size=30,
)
OPTIMIZERS = [o for o in Optimizer if o is not Optimizer.SGD]


@pytest.mark.parametrize("which", ["numba", "python"])
@pytest.mark.parametrize("kind", OPTIMIZERS)
@settings(max_examples=60, deadline=None)
@given(
    rows=rows_strategy,
    lr=st.floats(1e-3, 5),
    epochs=st.integers(1, 60),
    w0=st.floats(-3, 3),
    b0=st.floats(-3, 3),
    batch=st.sampled_from([1, 2, 3, 0]),
    loss=st.sampled_from(Loss),
    gradient=st.sampled_from(Gradient),
    mu=st.floats(0, 0.99),
    beta1=st.floats(0, 0.99),
    beta2=st.floats(0.5, 0.9999),
)
def test_every_optimizer_equals_the_independent_formulas(
    which, kind, rows, lr, epochs, w0, b0, batch, loss, gradient, mu, beta1, beta2
):
    run = RunSettings(
        lr, epochs, w0, b0, loss, gradient, batch_size=batch, optimizer=kind,
        momentum=mu, alpha=beta2, beta1=beta1, beta2=beta2,
    )  # fmt: skip
    trainer = Trainer(from_rows(rows), run, kernels=None if which == "numba" else kernel.PYTHON)
    trainer.run_to_end()
    expected = reference_run(
        rows, w0, b0, lr, epochs, batch, kind.value, loss.value, gradient.value,
        mu=mu, alpha=beta2, beta1=beta1, beta2=beta2,
    )  # fmt: skip
    finite = [h for h in expected if all(math.isfinite(v) for v in h)]
    h = trainer.history
    assert list(zip(h.loss.tolist(), h.w.tolist(), h.b.tolist(), strict=True)) == finite
    assert (trainer.diverged is not None) == (len(finite) < len(expected))


@pytest.mark.parametrize("kind", OPTIMIZERS)
@settings(max_examples=40, deadline=None)
@given(rows=rows_strategy, epochs=st.integers(1, 20), cut=st.integers(0, 500))
def test_single_rows_then_kernel_epochs_give_the_same_doubles(kind, rows, epochs, cut):
    """Step rows (the Python reference), then whole epochs (numba): as if run at once."""
    run = RunSettings(0.05, epochs, optimizer=kind)
    whole = Trainer(from_rows(rows), run)
    whole.run_to_end()
    stepped = Trainer(from_rows(rows), run)
    for _ in range(cut % (len(rows) * epochs + 1)):
        if stepped.diverged is not None or not stepped.remaining:
            break
        stepped.step_row()
    stepped.run_to_end()
    assert stepped.history.loss.tolist() == whole.history.loss.tolist()
    assert (stepped.w, stepped.b) == (whole.w, whole.b)
    assert stepped.opt_state == whole.opt_state


def test_adam_power_is_pows_not_repeated_multiplication():
    """After many updates beta ** t by repeated multiplication drifts from pow()."""
    run = RunSettings(0.01, 2000, optimizer=Optimizer.ADAM, batch_size=0)
    trainer = Trainer(lesson_data(), run)
    trainer.run_to_end()
    expected = reference_run(lesson_data().rows, 0.1, 0.0, 0.01, 2000, 0, "adam", "squared", "seed")
    assert trainer.history.w.tolist() == [h[1] for h in expected]
    assert trainer.opt_state.t == 2000.0


def test_sgd_is_the_lesson_rule_unchanged():
    explicit = Trainer(lesson_data(), RunSettings(optimizer=Optimizer.SGD))
    explicit.run_to_end()
    assert explicit.w == 4.3018685464211535 and explicit.b == -10.50801155978499


def test_a_row_step_explains_the_optimizer():
    trainer = Trainer(lesson_data(), RunSettings(0.1, 10, optimizer=Optimizer.ADAM))
    upd, _ = trainer.step_row()
    sw, sb = upd.steps
    assert upd.t == 1.0
    g = upd.grad * upd.x
    assert sw.g == g and sw.first == (1 - 0.9) * g and sw.mhat == sw.first / (1 - 0.9**1)
    assert sw.after == upd.w_after == trainer.w
    # Adam's first step moves each parameter by about lr, whatever the gradient's size.
    assert abs(sw.step) == pytest.approx(0.1, rel=1e-6)
    assert abs(sb.step) == pytest.approx(0.1, rel=1e-6)


def test_bad_optimizer_settings_are_refused():
    for field, value in [("momentum", 1.0), ("beta1", -0.1), ("beta2", math.nan), ("alpha", 2)]:
        with pytest.raises(ValueError, match=f"{field} must be at least 0 and below 1"):
            RunSettings(**{field: value})
    with pytest.raises(ValueError, match="eps must be"):
        RunSettings(eps=0.0)
    with pytest.raises(ValueError):
        RunSettings(optimizer="adamw")
    assert RunSettings(optimizer="adagrad").hyper.eps == 1e-10
    assert RunSettings(optimizer="adam", eps=1e-6).hyper.eps == 1e-6
    assert np.isclose(RunSettings().hyper.momentum, 0.9)
