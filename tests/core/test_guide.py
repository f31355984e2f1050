"""The guided lesson's pure parts: the cards, the questions judged by real runs, the
code's lines read from a row, the landing game's points and the saved progress."""

from __future__ import annotations

import itertools
import json
import math

import pytest

from gdviz.core.io.session import from_trainer, parse_session, to_json
from gdviz.core.io.session_read import SessionError
from gdviz.core.run.settings import RunSettings
from gdviz.core.teach import guide, guide_rows
from gdviz.core.teach.guide import CARDS, QUESTIONS, STEPS, check_order
from gdviz.core.teach.lessons import EXERCISES
from gdviz.core.train.data import lesson_data, load_builtin
from gdviz.core.train.model import Gradient, Loss
from gdviz.core.train.trainer import Trainer


def test_only_the_lessons_order_of_cards_is_accepted():
    orders = list(itertools.permutations(range(len(CARDS))))
    accepted = [order for order in orders if check_order(order)[0]]
    assert accepted == [(0, 1, 2, 3)]
    right, words = check_order((1, 0, 2, 3))
    assert not right and words.startswith("Card 1 is not right yet.")
    assert check_order((0, 1, 3, 2))[1].startswith("Card 3 is not right yet.")
    with pytest.raises(ValueError):
        check_order((0, 0, 1, 2))


def test_the_cards_never_start_in_order():
    for seed in range(50):
        order = guide.shuffled_cards(seed)
        assert sorted(order) == [0, 1, 2, 3] and order != [0, 1, 2, 3]


def test_every_step_names_its_widget_and_every_question_its_exercise():
    names = {e.name for e in EXERCISES}
    assert len({s.key for s in STEPS}) == len(STEPS) == 11
    assert all(s.target for s in STEPS)
    for step in STEPS:
        for key in step.questions:
            assert QUESTIONS[key].exercise in names


def _losses(settings: RunSettings, data_name: str = "lesson") -> list[float]:
    trainer = Trainer(load_builtin(data_name), settings)
    trainer.run_to_end()
    return [float(v) for v in trainer.history.loss]


def test_the_questions_are_judged_by_what_the_runs_do():
    default = _losses(RunSettings())
    slow = guide.outcome(QUESTIONS["lr001"], _losses(RunSettings(learning_rate=0.01)), default)
    assert slow.choice == 1  # slower
    assert "after 1,000 epochs the loss is 0.2428" in slow.seen.lower()
    big = guide.outcome(QUESTIONS["lr1"], _losses(RunSettings(learning_rate=1.0)), default)
    assert big.choice == 0  # faster, and it settles on these four students
    outlier_base = _losses(RunSettings(), "outlier")
    bounce = guide.outcome(
        QUESTIONS["outlier"], _losses(RunSettings(learning_rate=1.0), "outlier"), outlier_base
    )
    assert bounce.choice == 2 and "changed direction 578 times" in bounce.seen
    start = guide.outcome(QUESTIONS["w1"], _losses(RunSettings(weight=1.0)), default)
    # w = 1.0 reaches 0.05 at epoch 595, the lesson's start at 599: about as many.
    assert start.choice == 1 and "epoch 595" in start.seen and "epoch 599" in start.seen


def test_turns_counts_changes_of_direction():
    assert guide.turns([3, 2, 1, 1, 0.5]) == 0
    assert guide.turns([1, 2, 1, 2, 1]) == 3


def test_code_lines_are_the_rows_own_values():
    trainer = Trainer(lesson_data(), RunSettings())
    for row in range(1, 5):
        update, _ = trainer.step_row()
        lines = guide_rows.code_lines(update, 0, row, 0.25, exact=False)
        values = dict(v for line in lines for v in line.values)
        assert values["z"] == update.z and values["p"] == update.p
        assert values["error"] == update.error and values["loss"] == update.loss
        assert values["w"] == update.w_after and values["b"] == update.b_after
        assert [line.index for line in lines][-2:] == [8, 9]
        assert (lines[0].index == 0) == (row == 1)
    exact = guide_rows.lesson_code(Loss.SQUARED, Gradient.EXACT)
    assert exact[8] == "        grad = 2 * error * p * (1 - p)"
    assert guide_rows.lesson_code(Loss.CROSS_ENTROPY)[6].strip().startswith("loss = -(y * log(p)")


def test_landing_points_reward_direction_then_distance():
    before, after = (0.0, 0.0), (1.0, 0.0)
    assert guide.landing_points((1.1, 0.1), before, after) == (
        2,
        pytest.approx(math.hypot(0.1, 0.1)),
    )
    assert guide.landing_points((3.0, 0.5), before, after)[0] == 1  # right way, too far
    assert guide.landing_points((-1.0, 0.0), before, after)[0] == 0  # the wrong way
    assert guide.landing_points((0.5, 1.0), before, after)[0] == 0  # 63° off


def test_progress_survives_a_session_and_a_bad_one_is_refused():
    trainer = Trainer(lesson_data(), RunSettings())
    trainer.run_to_end()
    session = from_trainer(trainer)
    progress = guide.Progress(step=6, answers={"lr001": 1, "w1": 2}, revealed={"lr001": 1},
                              cards_done=True, rounds=3, score=4)  # fmt: skip
    session.view = {"speed": 10, "guide": progress.as_dict()}
    text = to_json(session)
    again = parse_session(text, "s.json")
    assert again.view["guide"] == progress.as_dict()
    doc = json.loads(text)
    for change, words in (
        ({"score": 9}, "'view.guide.score' is at most 2 points a round"),
        ({"step": 11}, "'view.guide.step'"),
        ({"answers": {"lr001": 7}}, "'view.guide.answers.lr001'"),
        ({"answers": {}}, "'view.guide.revealed.lr001' is a verdict on an answer"),
    ):
        bad = json.loads(text)
        bad["view"]["guide"].update(change)
        with pytest.raises(SessionError) as caught:
            parse_session(json.dumps(bad), "s.json")
        assert words in str(caught.value)
    assert doc["view"]["guide"]["score"] == 4


def test_every_setting_can_be_locked_by_exactly_one_handout_group():
    from gdviz.core.run.settings import SETTINGS

    names = [n for _, group in guide.LOCKABLE.values() for n in group]
    assert sorted(names) == sorted(SETTINGS) and len(names) == len(set(names))
    assert guide.locked_settings(["learning_rate", "training"]) == frozenset(SETTINGS) - {
        "learning_rate"
    }
    assert guide.locked_settings(list(guide.LOCKABLE)) == frozenset()


def test_a_handout_in_a_session_is_read_and_a_bad_one_refused():
    trainer = Trainer(lesson_data(), RunSettings())
    session = from_trainer(trainer)
    handout = {"title": "T", "question": "Q?", "keep": ["learning_rate", "training"]}
    session.view = {"guide": guide.Progress(step=6, handout=handout).as_dict()}
    text = to_json(session)
    assert parse_session(text, "h.json").view["guide"]["handout"] == handout
    assert guide.Progress.from_dict(parse_session(text, "h.json").view["guide"]).handout == handout
    bad = json.loads(text)
    bad["view"]["guide"]["handout"]["keep"] = ["learning_rate", "everything"]
    with pytest.raises(SessionError) as caught:
        parse_session(json.dumps(bad), "h.json")
    assert "'view.guide.handout.keep[1]' must be one of learning_rate, epochs" in str(caught.value)
    bad["view"]["guide"]["handout"]["keep"] = [["training"]]
    with pytest.raises(SessionError) as caught:
        parse_session(json.dumps(bad), "h.json")
    assert "'view.guide.handout.keep[0]' must be one of" in str(caught.value)
