"""CSV loading: every rule, valid edge cases and each kind of bad file."""

from __future__ import annotations

import pytest

from gdviz.core.data import (
    DataError,
    DataSet,
    builtin_names,
    from_rows,
    load_builtin,
    load_csv,
    save_csv,
)


def write(tmp_path, content, name="d.csv", mode="w"):
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, newline="")
    return path


def rows_of(path, **kw):
    return list(load_csv(path, **kw).rows)


def test_plain_rows_without_header(tmp_path):
    assert rows_of(write(tmp_path, "1,0\n2,0\n3,1\n4,1\n")) == [(1, 0), (2, 0), (3, 1), (4, 1)]


def test_header_row_gives_labels(tmp_path):
    data = load_csv(write(tmp_path, "hours,passed\n1,0\n3,1\n"))
    assert data.rows == ((1.0, 0.0), (3.0, 1.0))
    assert (data.x_label, data.y_label) == ("hours", "passed")


def test_blank_lines_are_ignored(tmp_path):
    assert rows_of(write(tmp_path, "\nx,y\n\n1,0\n   \n2,1\n\n")) == [(1, 0), (2, 1)]


def test_crlf_and_bom_are_accepted(tmp_path):
    path = write(tmp_path, "\ufeffhours,passed\r\n1.5,0\r\n2.5,1\r\n".encode())
    data = load_csv(path)
    assert data.rows == ((1.5, 0.0), (2.5, 1.0))
    assert data.x_label == "hours"


def test_columns_chosen_by_name(tmp_path):
    path = write(tmp_path, "name,passed,hours\nann,1,5\nbob,0,1.5\n")
    assert rows_of(path, x_col="hours", y_col="passed") == [(5, 1), (1.5, 0)]


def test_default_columns_are_the_first_two(tmp_path):
    assert rows_of(write(tmp_path, "a,b,c\n1,0,9\n2,1,9\n")) == [(1, 0), (2, 1)]


def test_fractional_labels_and_edges_load(tmp_path):
    assert rows_of(write(tmp_path, "-20,0\n0,0.25\n1e3,1\n")) == [(-20, 0), (0, 0.25), (1000, 1)]


def test_single_row_is_enough(tmp_path):
    assert rows_of(write(tmp_path, "x,y\n1e12,0\n")) == [(1e12, 0)]


@pytest.mark.parametrize(
    ("content", "line", "fragment"),
    [
        ("x,y\n1,0\n2,abc\n", 3, "'abc' is not a number"),
        ("1,0\n2,1,\n3\n", 3, "expected at least 2 comma-separated values, found 1"),
        ("x,y\n1,nan\n", 2, "label nan is not a finite number"),
        ("x,y\ninf,1\n", 2, "x value inf is not a finite number"),
        ("x,y\n1,0\n2,2\n", 3, "label 2.0 is outside [0, 1]"),
        ("x,y\n1,0\n2,-0.5\n", 3, "outside [0, 1]"),
        ("1,0\n\n\n4,yes\n", 4, "'yes' is not a number"),
    ],
)
def test_bad_values_name_file_and_line(tmp_path, content, line, fragment):
    path = write(tmp_path, content)
    with pytest.raises(DataError) as info:
        load_csv(path)
    assert info.value.line == line
    assert str(info.value).startswith(f"{path}:{line}: ")
    assert fragment in str(info.value)


def test_empty_file_is_an_error(tmp_path):
    path = write(tmp_path, "\n\n")
    with pytest.raises(DataError, match="no data rows"):
        load_csv(path)


def test_header_only_is_an_error(tmp_path):
    with pytest.raises(DataError, match="header but no data rows"):
        load_csv(write(tmp_path, "hours,passed\n"))


def test_unknown_column_name_lists_columns(tmp_path):
    path = write(tmp_path, "hours,passed\n1,0\n")
    with pytest.raises(DataError) as info:
        load_csv(path, x_col="study")
    assert str(info.value) == (
        f"{path}:1: no column named 'study' for x (columns are 'hours', 'passed')"
    )


def test_column_names_need_a_header(tmp_path):
    with pytest.raises(DataError, match=r":1: columns can only be chosen by name"):
        load_csv(write(tmp_path, "1,0\n"), x_col="hours")


def test_missing_file(tmp_path):
    with pytest.raises(DataError, match="cannot read the file"):
        load_csv(tmp_path / "nope.csv")


def test_binary_file_is_refused_with_line(tmp_path):
    path = write(tmp_path, b"x,y\n1,0\n\xff\xfe\x00\x01\n")
    with pytest.raises(DataError) as info:
        load_csv(path)
    assert info.value.line == 3 and "not UTF-8" in str(info.value)


def test_save_round_trips_exact_floats(tmp_path):
    rows = [(0.1, 0.0), (1 / 3, 1.0), (-1e-300, 0.7), (123456.789, 0.30000000000000004)]
    path = tmp_path / "out.csv"
    save_csv(path, from_rows(rows))
    assert list(load_csv(path).rows) == rows


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
    rows = load_builtin("overlap").rows
    fails = [x for x, y in rows if y == 0]
    passes = [x for x, y in rows if y == 1]
    assert max(fails) > min(passes)


def test_unknown_builtin():
    with pytest.raises(DataError, match="unknown data set"):
        load_builtin("nope")


def test_dataset_validates_rows():
    with pytest.raises(DataError, match="outside"):
        DataSet(((1.0, 3.0),))
    with pytest.raises(DataError, match="at least one row"):
        DataSet(())
