"""A session keeps the decision threshold of the Metrics tab; one out of range is refused
with a message that says where and why."""

from __future__ import annotations

import json

import pytest

from gdviz.core.io.session import SessionError, from_trainer, parse_session, to_json
from gdviz.core.run.settings import RunSettings
from gdviz.core.train.data import lesson_data
from gdviz.core.train.trainer import Trainer


def session_doc(view):
    trainer = Trainer(lesson_data(), RunSettings(epochs=10))
    trainer.run(4)
    session = from_trainer(trainer)
    session.view = view
    return json.loads(to_json(session))


def test_the_threshold_comes_back_as_saved():
    doc = session_doc({"speed": 10, "threshold": 0.37})
    assert parse_session(json.dumps(doc), "s.gdviz.json").view["threshold"] == 0.37
    doc = session_doc({"speed": 10})
    assert "threshold" not in parse_session(json.dumps(doc), "s.gdviz.json").view


@pytest.mark.parametrize(
    ("value", "words"),
    [
        (0, "'view.threshold': the decision threshold must be at least 0.01, got 0.0"),
        (1, "must be at most 0.99, got 1.0"),
        (1.5, "must be at most 0.99, got 1.5"),
        (-0.2, "must be at least 0.01, got -0.2"),
        (1e-300, "must be at least 0.01, got 1e-300"),
        (0.995, "must be at most 0.99, got 0.995"),
        ("0.5", "'view.threshold' must be a number, got text"),
    ],
)
def test_a_threshold_out_of_range_is_refused(value, words):
    doc = session_doc({"speed": 10})
    doc["view"]["threshold"] = value
    with pytest.raises(SessionError) as caught:
        parse_session(json.dumps(doc), "s.gdviz.json")
    assert words in str(caught.value)
