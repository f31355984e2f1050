"""The trainer reproduces the lesson's rule bit for bit (hypothesis, ``==``)."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gdviz.core.run.settings import RunSettings
from gdviz.core.train import kernel
from gdviz.core.train.data import from_rows
from gdviz.core.train.model import Gradient, Loss
from gdviz.core.train.trainer import Trainer


def reference(rows, w, b, lr, epochs):
    """The lesson's rule written out plainly, independent of gdviz."""
    history = []
    for _ in range(epochs):
        total = 0
        for x, y in rows:
            z = x * w + b
            try:
                p = 1 / (1 + math.exp(-z))
            except OverflowError:
                p = 0.0
            error = p - y
            loss = error**2
            total += loss
            w = w - lr * error * x
            b = b - lr * error
        history.append((total, w, b))
        if not all(math.isfinite(v) for v in (total, w, b)):
            break
    return history


xs = st.floats(-20, 20)
labels = st.one_of(st.sampled_from([0.0, 1.0]), st.floats(0, 1))
datasets = st.lists(st.tuples(xs, labels), min_size=1, max_size=50)
KERNELS = {"numba": None, "python": kernel.PYTHON}


@pytest.mark.parametrize("which", KERNELS)
@settings(max_examples=150, deadline=None)
@given(
    rows=datasets,
    lr=st.floats(1e-4, 10),
    epochs=st.integers(0, 300),
    w0=st.floats(-10, 10),
    b0=st.floats(-10, 10),
)
def test_trainer_equals_reference(which, rows, lr, epochs, w0, b0):
    hp = RunSettings(lr, epochs, w0, b0)
    trainer = Trainer(from_rows(rows), hp, kernels=KERNELS[which])
    trainer.run_to_end()
    expected = reference(rows, w0, b0, lr, epochs)
    finite = [h for h in expected if all(math.isfinite(v) for v in h)]
    h = trainer.history
    got = list(zip(h.loss.tolist(), h.w.tolist(), h.b.tolist(), strict=True))
    assert got == finite
    if expected:
        assert (trainer.diverged is not None) == (len(finite) < len(expected))
        if trainer.diverged is None:
            assert (trainer.w, trainer.b) == expected[-1][1:]


@settings(max_examples=60, deadline=None)
@given(
    rows=datasets,
    lr=st.floats(1e-4, 10),
    epochs=st.integers(1, 40),
    w0=st.floats(-5, 5),
    b0=st.floats(-5, 5),
    loss=st.sampled_from(Loss),
    gradient=st.sampled_from(Gradient),
    cut=st.integers(0, 1000),
)
def test_rows_epochs_and_kernels_agree_for_every_option(
    rows, lr, epochs, w0, b0, loss, gradient, cut
):
    """Row steps, epoch steps, the numba kernel and the Python loop give the same doubles."""
    hp = RunSettings(lr, epochs, w0, b0, loss, gradient)
    data = from_rows(rows)
    fast = Trainer(data, hp)
    fast.run_to_end()
    slow = Trainer(data, hp, kernels=kernel.PYTHON)
    slow.run_to_end()
    stepped = Trainer(data, hp)
    # Some single rows first, then the rest by whole epochs.
    for _ in range(cut % (len(rows) * epochs + 1)):
        if stepped.diverged is not None or stepped.remaining == 0:
            break
        stepped.step_row()
    stepped.run_to_end()
    for other in (slow, stepped):
        assert other.history.loss.tolist() == fast.history.loss.tolist()
        assert other.history.w.tolist() == fast.history.w.tolist()
        assert other.history.b.tolist() == fast.history.b.tolist()
        assert (other.diverged is None) == (fast.diverged is None)


def test_kernel_loss_uses_pow_not_multiply():
    """The lesson data's loss departs in the last bit from epoch 772 if ** 2 became x*x."""
    trainer = Trainer(from_rows([(1, 0), (2, 0), (3, 1), (4, 1)]))
    trainer.run_to_end()
    expected = reference([(1, 0), (2, 0), (3, 1), (4, 1)], 0.1, 0.0, 0.1, 1000)
    assert trainer.history.loss.tolist() == [h[0] for h in expected]
