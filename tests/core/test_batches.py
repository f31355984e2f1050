"""Mini-batch and full-batch modes."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gdviz.core.data import from_rows, lesson_data, load_builtin
from gdviz.core.settings import RunSettings
from gdviz.core.trainer import Trainer


def numpy_full_batch(xs, ys, w, b, lr, epochs):
    """Plain full-batch gradient descent on the lesson's nudge, written with numpy."""
    history = []
    for _ in range(epochs):
        with np.errstate(over="ignore"):
            p = 1 / (1 + np.exp(-(xs * w + b)))
        loss = np.sum((p - ys) ** 2)
        w -= lr * np.mean((p - ys) * xs)
        b -= lr * np.mean(p - ys)
        history.append((float(loss), float(w), float(b)))
    return history


@settings(max_examples=60, deadline=None)
@given(
    rows=st.lists(
        st.tuples(st.floats(-20, 20), st.sampled_from([0.0, 1.0])), min_size=1, max_size=60
    ),
    lr=st.floats(1e-3, 5),
    epochs=st.integers(1, 80),
    w0=st.floats(-3, 3),
    b0=st.floats(-3, 3),
)
def test_full_batch_equals_straightforward_numpy(rows, lr, epochs, w0, b0):
    data = from_rows(rows)
    trainer = Trainer(data, RunSettings(lr, epochs, w0, b0, batch_size=0))
    trainer.run_to_end()
    h = trainer.history
    got = list(zip(h.loss.tolist(), h.w.tolist(), h.b.tolist(), strict=True))
    assert got == numpy_full_batch(data.xs, data.ys, w0, b0, lr, epochs)


def test_mini_batches_walk_the_rows_in_order():
    data = load_builtin("students-200")
    trainer = Trainer(data, RunSettings(0.5, 3, 0.1, 0.0, batch_size=64))
    trainer.run_to_end()
    w, b = 0.1, 0.0
    for _ in range(3):
        total = 0.0
        for start in range(0, 200, 64):
            x, y = data.xs[start : start + 64], data.ys[start : start + 64]
            p = 1 / (1 + np.exp(-(x * w + b)))
            total += float(np.sum((p - y) ** 2))
            w, b = w - 0.5 * float(np.mean((p - y) * x)), b - 0.5 * float(np.mean(p - y))
    assert (trainer.w, trainer.b, trainer.history.loss[-1]) == (w, b, total)


def test_batch_size_beyond_the_data_is_the_full_batch():
    a = Trainer(lesson_data(), RunSettings(batch_size=0, epochs=50))
    b = Trainer(lesson_data(), RunSettings(batch_size=99, epochs=50))
    a.run_to_end()
    b.run_to_end()
    assert a.history.loss.tolist() == b.history.loss.tolist()


def test_single_row_steps_need_per_row_mode():
    trainer = Trainer(lesson_data(), RunSettings(batch_size=0))
    with pytest.raises(ValueError, match="per-row"):
        trainer.step_row()


def test_negative_batch_size_is_refused():
    with pytest.raises(ValueError, match="batch size"):
        RunSettings(batch_size=-1)
