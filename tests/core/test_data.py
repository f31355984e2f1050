"""Reading data files: every dialect and form issue 11 names, and each kind of bad file."""

from __future__ import annotations

import numpy as np
import openpyxl
import pytest

from gdviz.core.io.table import ReadOptions, preview, read_table
from gdviz.core.train.data import (
    DataError,
    DataSet,
    builtin_names,
    from_rows,
    load_builtin,
    save_csv,
)


def write(tmp_path, content, name="d.csv"):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, newline="")
    return path


def rows_of(path, **options):
    return list(read_table(path, ReadOptions(**options)).rows)


# -- dialects --------------------------------------------------------------------------
def test_plain_rows_without_header(tmp_path):
    assert rows_of(write(tmp_path, "1,0\n2,0\n3,1\n4,1\n")) == [(1, 0), (2, 0), (3, 1), (4, 1)]


def test_header_row_gives_labels(tmp_path):
    data = read_table(write(tmp_path, "hours,passed\n1,0\n3,1\n"))
    assert data.rows == ((1.0, 0.0), (3.0, 1.0))
    assert (data.x_label, data.y_label) == ("hours", "passed") and data.note == ""


def test_blank_lines_are_ignored(tmp_path):
    assert rows_of(write(tmp_path, "\nx,y\n\n1,0\n   \n2,1\n\n")) == [(1, 0), (2, 1)]


@pytest.mark.parametrize(
    "content",
    [
        "\ufeffhours,passed\r\n1.5,0\r\n2.5,1\r\n",
        "hours,passed\r1.5,0\r2.5,1\r",
        "hours;passed\n1,5;0\n2,5;1\n",  # semicolons and decimal commas
        "hours\tpassed\n1.5\t0\n2.5\t1\n",
        "hours  passed\n 1.5   0\n2.5 1\n",  # runs of spaces
        "'hours' 'passed'\n1.5 0\n2.5 1\n",  # quoted header names, as published data sets have
        '"hours","passed"\n"1.5","0"\n"2.5","1"\n',
    ],
)
def test_dialects(tmp_path, content):
    data = read_table(write(tmp_path, content.encode("utf-8")))
    assert data.rows == ((1.5, 0.0), (2.5, 1.0))
    assert data.x_label == "hours" and data.y_label == "passed"


def test_published_whitespace_data_with_quoted_names(tmp_path):
    path = write(tmp_path, "'OBS' 'GPA' 'TUCE' 'PSI' 'GRADE'\n1 2.66 20 0 0\n2 2.89 22 0 1\n")
    data = read_table(path, ReadOptions(x="GPA", y="GRADE"))
    assert data.rows == ((2.66, 0.0), (2.89, 1.0))
    assert read_table(path, ReadOptions(x="2", y="5")).rows == data.rows
    assert read_table(path, ReadOptions(x="gpa", y="'GRADE'")).rows == data.rows


def test_many_columns_need_a_choice(tmp_path):
    path = write(tmp_path, "a,b,c\n1,0,9\n2,1,9\n")
    with pytest.raises(DataError, match="choose the input and the label with --x and --y"):
        read_table(path)
    assert rows_of(path, x="c", y="b") == [(9, 0), (9, 1)]


def test_same_column_twice_is_refused(tmp_path):
    with pytest.raises(DataError, match="the same column 'a'"):
        read_table(write(tmp_path, "a,b\n1,0\n"), ReadOptions(x="a", y="1"))


def test_unknown_column_lists_the_columns(tmp_path):
    path = write(tmp_path, "hours,passed\n1,0\n")
    with pytest.raises(DataError) as info:
        read_table(path, ReadOptions(x="study"))
    assert str(info.value) == (
        f"{path}: no column named 'study' for x (columns are 'hours', 'passed')"
    )
    with pytest.raises(DataError, match="there is no column 7 for x"):
        read_table(path, ReadOptions(x="7"))


# -- labels ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        (["yes", "no", "yes"], [1, 0, 1]),
        (["No", "YES", "no"], [0, 1, 0]),
        (["pass", "fail", "fail"], [1, 0, 0]),
        (["TRUE", "false", "false"], [1, 0, 0]),
        (["1", "2", "2"], [1, 0, 0]),
        (["0.25", "1", "0"], [0.25, 1, 0]),
    ],
)
def test_two_values_with_a_clear_positive_become_labels(tmp_path, cells, expected):
    text = "x,label\n" + "".join(f"{i},{c}\n" for i, c in enumerate(cells))
    assert read_table(write(tmp_path, text)).ys.tolist() == expected


def test_two_words_without_a_clear_positive_ask_for_one(tmp_path):
    path = write(tmp_path, "size,diagnosis\n1,M\n2,B\n3,M\n")
    with pytest.raises(DataError) as info:
        read_table(path)
    assert (
        "the label column 'diagnosis' has the two values 'B' and 'M'; say which one means 1 "
        "with --positive 'B' or --positive 'M'"
    ) in str(info.value)
    data = read_table(path, ReadOptions(positive="M"))
    assert data.ys.tolist() == [1, 0, 1] and "M → 1" in data.note


def test_counts_become_labels_above_a_threshold(tmp_path):
    path = write(tmp_path, "age,affairs\n32,0\n27,3.2\n22,0\n40,0.5\n")
    with pytest.raises(DataError, match="--above T"):
        read_table(path)
    assert read_table(path, ReadOptions(above=0)).ys.tolist() == [0, 1, 0, 1]


def test_many_words_are_not_labels(tmp_path):
    with pytest.raises(DataError, match="'grade' is not a label column: it has 3 values"):
        read_table(write(tmp_path, "x,grade\n1,A\n2,B\n3,C\n"))


def test_positive_must_be_a_value_of_the_column(tmp_path):
    with pytest.raises(DataError, match="--positive 'maybe' is not a value of 'y'"):
        read_table(write(tmp_path, "x,y\n1,yes\n2,no\n"), ReadOptions(positive="maybe"))


# -- missing values and bad cells -------------------------------------------------------
def test_rows_with_a_missing_value_are_skipped_and_said(tmp_path):
    path = write(tmp_path, "x,y\n1,0\n,1\n3,NA\n4,1\n5,?\n6,null\n7,N/A\n8,nan\n9,0\n")
    data = read_table(path)
    assert data.rows == ((1, 0), (4, 1), (9, 0))
    assert data.note == "skipped 6 rows with a missing value (lines 3, 4, 6, 7, 8, …)"


def test_a_short_row_counts_as_missing(tmp_path):
    data = read_table(write(tmp_path, "1,0\n2,1,\n3\n4,1\n"))
    assert data.rows == ((1, 0), (2, 1), (4, 1)) and "(line 3)" in data.note


@pytest.mark.parametrize(
    ("content", "line", "fragment"),
    [
        ("x,y\n1,0\n2,abc\n", None, "say which one means 1 with --positive '0'"),
        ("x,y\n1,0\nabc,1\n", 3, "'x' value 'abc' is not a number"),
        ("x,y\ninf,1\n", 2, "x value is too large to read as a number"),
        ("x,y\n1,0\n2,2\n3,0.5\n", 3, "is not a label column"),
        ("x,y\n1,0\n1e13,1\n", 3, "too large"),
    ],
)
def test_bad_cells_name_file_and_line(tmp_path, content, line, fragment):
    path = write(tmp_path, content)
    with pytest.raises(DataError) as info:
        read_table(path)
    assert info.value.line == line and fragment in str(info.value)
    if line is not None:
        assert str(info.value).startswith(f"{path}:{line}: ")


def test_empty_and_header_only_files(tmp_path):
    with pytest.raises(DataError, match="no data rows"):
        read_table(write(tmp_path, "\n\n"))
    with pytest.raises(DataError, match="header but no data rows"):
        read_table(write(tmp_path, "hours,passed\n", "h.csv"))


def test_one_column_is_not_enough(tmp_path):
    with pytest.raises(DataError, match="at least two columns"):
        read_table(write(tmp_path, "1\n2\n3\n"))


def test_missing_and_binary_files(tmp_path):
    with pytest.raises(DataError, match="cannot read the file"):
        read_table(tmp_path / "nope.csv")
    path = write(tmp_path, b"x,y\n1,0\n\xff\xfe\x01\x01\n")
    with pytest.raises(DataError) as info:
        read_table(path)
    assert info.value.line == 3 and "not UTF-8" in str(info.value)


# -- spreadsheets ----------------------------------------------------------------------
def test_spreadsheets_first_sheet_or_a_named_one(tmp_path):
    book = openpyxl.Workbook()
    first = book.active
    first.title = "notes"
    first.append(["hours", "passed"])
    for row in ([1, "no"], [2, "no"], [3, "yes"], [None, "yes"], [4, "yes"]):
        first.append(row)
    second = book.create_sheet("scores")
    second.append(["score", "hours", "passed"])
    second.append([10, 1.5, 0])
    second.append([20, 2.5, 1])
    path = tmp_path / "class.xlsx"
    book.save(path)
    data = read_table(path)
    assert data.rows == ((1, 0), (2, 0), (3, 1), (4, 1))
    assert "skipped 1 row with a missing value (line 5)" in data.note
    other = read_table(path, ReadOptions(x="hours", y="passed", sheet="scores"))
    assert other.rows == ((1.5, 0), (2.5, 1))
    with pytest.raises(DataError, match="no sheet named 'marks' \\(sheets are 'notes', 'scores'"):
        read_table(path, ReadOptions(sheet="marks"))


def test_sheet_is_for_spreadsheets(tmp_path):
    with pytest.raises(DataError, match="--sheet is for spreadsheets"):
        read_table(write(tmp_path, "1,0\n"), ReadOptions(sheet="a"))


# -- the column picker's suggestion ------------------------------------------------------
def test_preview_suggests_an_outcome_and_a_number_that_is_not_a_row_number(tmp_path):
    table = preview(write(tmp_path, "name,passed,hours,age\nann,1,5,20\nbob,0,1.5,22\n"))
    assert table.names[table.x] == "hours" and table.names[table.y] == "passed"
    table = preview(write(tmp_path, "id,hours,result\n1,5,yes\n2,1,no\n", "w.csv"))
    assert table.names[table.x] == "hours" and table.names[table.y] == "result"
    # Spector's layout: row numbers first, two 0/1 columns, the outcome last.
    grades = "'OBS' 'GPA' 'TUCE' 'PSI' 'GRADE'\n1 2.66 20 0 0\n2 2.89 22 1 1\n3 3.28 24 0 0\n"
    table = preview(write(tmp_path, grades, "g.txt"))
    assert table.names[table.x] == "'GPA'" or table.names[table.x] == "GPA"
    assert table.names[table.y] in ("GRADE", "'GRADE'")
    # Without a header: counting rows are still skipped for x.
    table = preview(write(tmp_path, "1,0.5,0\n2,1.5,0\n3,2.5,1\n4,3.5,1\n", "n.csv"))
    assert (table.x, table.y) == (1, 2)


# -- the data set itself ---------------------------------------------------------------
def test_save_round_trips_exact_floats(tmp_path):
    rows = [(0.1, 0.0), (1 / 3, 1.0), (-1e-300, 0.7), (123456.789, 0.30000000000000004)]
    path = tmp_path / "out.csv"
    save_csv(path, from_rows(rows))
    assert list(read_table(path).rows) == rows


def test_failed_save_keeps_old_file(tmp_path, monkeypatch):
    path = tmp_path / "out.csv"
    path.write_text("old\n")

    def broken(*args, **kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.fsync", broken)
    with pytest.raises(OSError):
        save_csv(path, from_rows([(1, 0)]))
    assert path.read_text() == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


def test_builtin_sets_load_and_lesson_is_first():
    names = builtin_names()
    assert names[0] == "lesson"
    assert load_builtin("lesson").rows == ((1, 0), (2, 0), (3, 1), (4, 1))
    sizes = {name: len(load_builtin(name)) for name in names}
    assert sizes["students-200"] == 200
    assert {"overlap", "outlier"} <= set(names)


def test_overlap_set_is_not_separable():
    data = load_builtin("overlap")
    assert data.xs[data.ys == 0].max() > data.xs[data.ys == 1].min()


def test_unknown_builtin():
    with pytest.raises(DataError, match="unknown data set"):
        load_builtin("nope")


def test_dataset_validates_rows_and_holds_arrays():
    with pytest.raises(DataError, match="outside"):
        DataSet([1.0], [3.0])
    with pytest.raises(DataError, match="at least one row"):
        DataSet([], [])
    xs = np.array([1.0, 2.0])
    data = DataSet(xs, [0.0, 1.0])
    xs[0] = 99.0  # the data set holds its own copy, read-only
    assert data.xs.tolist() == [1.0, 2.0] and not data.xs.flags.writeable
    assert data == DataSet([1.0, 2.0], [0.0, 1.0]) and data != DataSet([1.0, 2.0], [0.0, 0.5])
