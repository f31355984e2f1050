"""The data table's model and the worked row, without a window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from gdviz.core.teach.explain import explain
from gdviz.core.teach.words import count, distinct, fixed, number
from gdviz.core.train.data import from_rows, lesson_data
from gdviz.core.train.model import Gradient, Loss, update_row
from gdviz.ui.views.data_tab import DataTableModel


@pytest.fixture
def model(qtbot):
    m = DataTableModel(lesson_data())
    m.requests, m.refusals = [], []
    m.edit_requested.connect(lambda data, what: m.requests.append((data, what)))
    m.edit_rejected.connect(m.refusals.append)
    return m


def test_table_shows_rows_and_asks_for_edits(model):
    assert (model.rowCount(), model.columnCount()) == (4, 2)
    assert model.data(model.index(2, 0)) == "3"
    assert model.data(model.index(2, 1), Qt.ItemDataRole.EditRole) == "1.0"
    assert model.headerData(1, Qt.Orientation.Horizontal) == "passed (y, 0…1)"
    assert model.setData(model.index(2, 0), " 3.25 ")
    data, what = model.requests[-1]
    assert data.rows == ((1, 0), (2, 0), (3.25, 1), (4, 1)) and what == "edit row 3"
    assert model.data_set == lesson_data()  # the model waits for the edit to be applied


def test_bad_cells_are_refused_with_what_to_type(model):
    assert not model.setData(model.index(0, 1), "many")
    assert model.refusals[-1] == (
        "Row 1: 'many' is not a number; type a label from 0 to 1 (1 = passed, 0 = failed)."
    )
    assert not model.setData(model.index(0, 0), "lots")
    assert "type an x value, e.g. 3.5" in model.refusals[-1]
    assert not model.setData(model.index(0, 1), "2")
    assert "outside [0, 1]" in model.refusals[-1]
    assert model.requests == []


def test_same_shaped_data_updates_in_place_other_shapes_reset(model):
    changed, reset = [], []
    model.dataChanged.connect(lambda *a: changed.append(a))
    model.modelReset.connect(lambda: reset.append(True))
    model.set_data_set(from_rows([(1, 0), (2, 0), (3.5, 1), (4, 1)]))
    assert changed and not reset and model.data(model.index(2, 0)) == "3.5"
    model.set_data_set(from_rows([(1, 0)]))
    assert reset and model.rowCount() == 1


def test_the_worked_row_shows_the_lessons_arithmetic():
    u = update_row(1.0, 0.0, 0.1, 0.0, 0.1)
    lines = explain(u, 0.1, Loss.SQUARED, Gradient.SEED)
    assert lines[0] == "z = w·x + b = 0.1 · 1 + 0 = 0.1"
    assert "Δw = −lr · error · x = −0.1 · 0.525 · 1 = −0.0525" in lines
    assert "Δb = −lr · error = −0.1 · 0.525 = −0.0525" in lines
    exact = explain(
        update_row(1.0, 0.0, 0.1, 0.0, 0.1, Loss.SQUARED, Gradient.EXACT),
        0.1,
        Loss.SQUARED,
        Gradient.EXACT,
    )
    assert any(line.startswith("Δw = −lr · 2·p·(1−p) · error · x") for line in exact)


def test_the_worked_row_shows_enough_digits_to_see_the_change():
    u = update_row(4.0, 1.0, 2.6612, -7.1, 0.001)  # a tiny step late in training
    before, after = u.w_before, u.w_after
    assert f"{before:.3g}" == f"{after:.3g}"  # three digits would hide it
    last = explain(u, 0.001, Loss.SQUARED, Gradient.SEED)[-1]
    w_part = last.split(",")[0]
    old, new = w_part.removeprefix("w: ").split(" → ")
    assert old != new and float(old.replace("−", "-")) == pytest.approx(before, rel=1e-6)
    assert distinct(1.0, 1.0) == ("1", "1")
    assert distinct(2.66123, 2.66119) == ("2.66123", "2.66119")


def test_numbers_read_as_a_learner_writes_them():
    assert number(-0.00001, 2) == "-1.00e-05"
    assert number(-0.0000, 4) == "0.0000" and number(-0.00004, 4).startswith("-4.0")
    assert number(-0.0004, 2) == "-4.00e-04"
    assert fixed(-1e-9) == "0.00" and fixed(-2.456) == "-2.46" and fixed(3.0, 1) == "3.0"
    assert count(1, "epoch") == "1 epoch" and count(2_000_000, "epoch") == "2,000,000 epochs"
