"""Mini-batch and full-batch modes: numba kernels equal a plain reference bit for bit."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from reference import reference_run

from gdviz.core.run.settings import RunSettings
from gdviz.core.train import kernel
from gdviz.core.train.data import from_rows, lesson_data, load_builtin
from gdviz.core.train.model import Gradient, Loss
from gdviz.core.train.trainer import Trainer


def reference(rows, w, b, lr, epochs, batch, loss=Loss.SQUARED, gradient=Gradient.SEED):
    """Batch gradient descent written out plainly (tests/core/reference.py): each batch at
    its starting (w, b), every sum row by row in file order, the step lr times the mean."""
    return reference_run(rows, w, b, lr, epochs, batch, "sgd", loss, gradient)


KERNELS = {"numba": None, "python": kernel.PYTHON}


@pytest.mark.parametrize("which", KERNELS)
@settings(max_examples=120, deadline=None)
@given(
    rows=st.lists(
        st.tuples(st.floats(-20, 20), st.one_of(st.sampled_from([0.0, 1.0]), st.floats(0, 1))),
        min_size=1,
        max_size=60,
    ),
    lr=st.floats(1e-3, 50),
    epochs=st.integers(1, 80),
    w0=st.floats(-3, 3),
    b0=st.floats(-3, 3),
    batch=st.integers(0, 70),
    loss=st.sampled_from(Loss),
    gradient=st.sampled_from(Gradient),
)
def test_batches_equal_the_reference(which, rows, lr, epochs, w0, b0, batch, loss, gradient):
    if batch == 1:
        batch = 0  # batch size 1 is the per-row rule, tested elsewhere
    trainer = Trainer(
        from_rows(rows),
        RunSettings(lr, epochs, w0, b0, loss, gradient, batch_size=batch),
        kernels=KERNELS[which],
    )
    trainer.run_to_end()
    expected = reference(rows, w0, b0, lr, epochs, batch, loss, gradient)
    finite = [h for h in expected if all(math.isfinite(v) for v in h)]
    h = trainer.history
    assert list(zip(h.loss.tolist(), h.w.tolist(), h.b.tolist(), strict=True)) == finite
    assert (trainer.diverged is not None) == (len(finite) < len(expected))


def test_mini_batches_walk_the_rows_in_order():
    data = load_builtin("students-200")
    trainer = Trainer(data, RunSettings(0.5, 3, 0.1, 0.0, batch_size=64))
    trainer.run_to_end()
    expected = reference(data.rows, 0.1, 0.0, 0.5, 3, 64)
    assert (trainer.history.loss[-1], trainer.w, trainer.b) == expected[-1]
    # Four batches per epoch (64, 64, 64, 8): a different batch size moves differently.
    other = reference(data.rows, 0.1, 0.0, 0.5, 3, 50)
    assert other[-1] != expected[-1]


def test_batch_size_beyond_the_data_is_the_full_batch():
    a = Trainer(lesson_data(), RunSettings(batch_size=0, epochs=50))
    b = Trainer(lesson_data(), RunSettings(batch_size=99, epochs=50))
    a.run_to_end()
    b.run_to_end()
    assert a.history.loss.tolist() == b.history.loss.tolist()


def test_batches_may_be_split_across_calls():
    """Running 7 + 13 epochs gives the same doubles as 20 at once."""
    settings_ = RunSettings(0.3, 20, batch_size=3, loss=Loss.CROSS_ENTROPY)
    data = load_builtin("students-200")
    whole = Trainer(data, settings_)
    whole.run_to_end()
    split = Trainer(data, settings_)
    split.run(7)
    split.run(13)
    assert split.history.loss.tolist() == whole.history.loss.tolist()
    assert (split.w, split.b) == (whole.w, whole.b)


def test_single_row_steps_need_per_row_mode():
    trainer = Trainer(lesson_data(), RunSettings(batch_size=0))
    with pytest.raises(ValueError, match="per-row"):
        trainer.step_row()


def test_negative_batch_size_is_refused():
    with pytest.raises(ValueError, match="batch size"):
        RunSettings(batch_size=-1)
