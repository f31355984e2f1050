from __future__ import annotations

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from gdviz.core.figures.decimate import PeakEnvelope


@settings(max_examples=50, deadline=None)
@given(sizes=st.lists(st.integers(1, 3000), min_size=1, max_size=12), seed=st.integers(0, 99))
def test_envelope_keeps_every_extreme(sizes, seed):
    rng = np.random.default_rng(seed)
    y = rng.standard_normal(sum(sizes))
    env = PeakEnvelope(max_buckets=64)
    end = 0
    for size in sizes:
        end += size
        env.update(y[:end])
    x_drawn, y_drawn = env.xy()
    assert len(x_drawn) <= 2 * 64 + 2
    assert y_drawn.max() == y.max() and y_drawn.min() == y.min()
    # Every bucket's drawn extremes equal the true extremes of its epochs.
    for start in range(0, len(y) - len(y) % env.bucket, env.bucket):
        segment = y[start : start + env.bucket]
        mask = (x_drawn >= start) & (x_drawn < start + env.bucket)
        assert y_drawn[mask].max() == segment.max() and y_drawn[mask].min() == segment.min()
    assert x_drawn[-1] == len(y) - 1


def test_small_series_are_drawn_exactly():
    env = PeakEnvelope(max_buckets=100)
    y = np.linspace(1, 0, 50)
    env.update(y)
    x_drawn, y_drawn = env.xy()
    assert not env.decimated
    assert x_drawn.tolist() == list(range(50)) and y_drawn.tolist() == y.tolist()
