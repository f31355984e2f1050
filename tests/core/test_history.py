from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from gdviz.core.train.history import EpochBlock, History


def block(start, n):
    e = np.arange(start, start + n, dtype=float)
    return EpochBlock(start, e * 10, np.stack([e + 0.5, -e]))


@settings(max_examples=60, deadline=None)
@given(sizes=st.lists(st.integers(1, 300), min_size=1, max_size=20), cap=st.integers(2, 64))
def test_loss_is_complete_and_params_follow_the_stride(sizes, cap):
    h = History(capacity=4, max_params=cap)
    start = 0
    for n in sizes:
        h.append(block(start, n))
        start += n
    assert h.loss.tolist() == (np.arange(start) * 10.0).tolist()
    assert len(h.w) <= cap
    epochs = h.param_epochs
    assert (epochs % h.param_stride == 0).all()
    assert epochs.tolist() == list(range(0, start, h.param_stride))
    assert h.w.tolist() == (epochs + 0.5).tolist()
    assert h.b.tolist() == (-epochs.astype(float)).tolist()
    assert (h.last_w, h.last_b) == (start - 0.5, -(start - 1.0))


def test_blocks_must_be_consecutive():
    h = History()
    h.append(block(0, 5))
    with pytest.raises(ValueError):
        h.append(block(6, 2))
