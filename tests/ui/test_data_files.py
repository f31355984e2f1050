"""The window and the files people have: the column picker, word labels with missing
cells, big files read in the background (with Cancel), drops, copy and paste, and the
fit plot of a big data set."""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtCore import QMimeData, QPoint, QPointF, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialog, QPushButton

from gdviz.core.io.session import from_trainer, save_session
from gdviz.core.run.settings import RunSettings
from gdviz.core.train.data import DataSet, lesson_data
from gdviz.core.train.trainer import Trainer
from gdviz.ui.views.column_dialog import ColumnDialog
from gdviz.ui.views.fit_plot import SUMMARY_ROWS


def answer_column_dialog(qtbot, choose):
    """Run ``choose(dialog)`` on the column dialog once it is open, then press Open."""
    seen = []

    def act():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ColumnDialog):
            QTimer.singleShot(20, act)
            return
        choose(dialog)
        seen.append(dialog.options())
        dialog.accept()

    QTimer.singleShot(0, act)
    return seen


def test_a_wide_table_asks_for_columns_and_reads_the_chosen_ones(qtbot, window, tmp_path):
    path = tmp_path / "grades.txt"
    path.write_text(
        "'OBS' 'GPA' 'TUCE' 'PSI' 'GRADE'\n1 2.66 20 0 0\n2 2.89 22 0 1\n3 3.28 24 0 0\n"
    )
    seen = answer_column_dialog(qtbot, lambda dialog: None)  # take the suggestion
    assert window.data_controller.open_data(str(path))
    # GRADE (the last 0/1 column, not PSI) for the label; GPA, not the row numbers OBS.
    assert seen and seen[0].x == "2" and seen[0].y == "5"
    assert window.run.data.xs.tolist() == [2.66, 2.89, 3.28]
    assert window.run.data.ys.tolist() == [0.0, 1.0, 0.0]
    assert (window.run.data.x_label, window.run.data.y_label) == ("GPA", "GRADE")


def test_the_picker_offers_the_cli_label_rules(qtbot, window, tmp_path):
    path = tmp_path / "affairs.csv"
    path.write_text("rate,age,affairs\n3,32,0\n4,27,3.2\n5,22,0\n2,37,0.5\n")

    def above_zero(dialog):
        dialog.x_column.setCurrentText("rate")
        dialog.y_column.setCurrentText("affairs")
        # Numbers beyond 0…1: a threshold is offered, 0 for counts ("any affairs").
        assert dialog.above.isChecked() and dialog.threshold.value() == 0.0

    answer_column_dialog(qtbot, above_zero)
    assert window.data_controller.open_data(str(path))
    assert window.run.data.xs.tolist() == [3.0, 4.0, 5.0, 2.0]
    assert window.run.data.ys.tolist() == [0.0, 1.0, 0.0, 1.0]

    words = tmp_path / "diagnosis.csv"
    words.write_text("radius,diagnosis\n17.9,M\n11.4,B\n20.5,M\n")

    def malignant(dialog):
        assert dialog.equals.isChecked()
        dialog.positive.setCurrentText("M")

    answer_column_dialog(qtbot, malignant)
    assert window.data_controller.open_data(str(words))
    assert window.run.data.ys.tolist() == [1.0, 0.0, 1.0]


def test_cancelling_the_picker_keeps_the_data(qtbot, window, tmp_path):
    path = tmp_path / "three.csv"
    path.write_text("a,b,c\n1,0,5\n2,1,6\n")
    QTimer.singleShot(50, lambda: QApplication.activeModalWidget().reject())
    assert not window.data_controller.open_data(str(path))
    assert window.run.data.same_rows(lesson_data())


def test_word_labels_with_missing_cells_open_and_say_what_was_skipped(qtbot, window, tmp_path):
    path = tmp_path / "study.csv"
    path.write_text("hours,passed\n1,no\n2,NA\n,yes\n4,yes\n5,yes\n0.5,no\n")
    assert window.data_controller.open_data(str(path))  # yes/no: no question needed
    data = window.run.data
    assert data.xs.tolist() == [1.0, 4.0, 5.0, 0.5] and data.ys.tolist() == [0.0, 1.0, 1.0, 0.0]
    note = "skipped 2 rows with a missing value (lines 3, 4); labels: yes → 1, no → 0"
    assert data.note == note
    assert note in window.statusBar().currentMessage()
    window.side_tabs.setCurrentWidget(window.data_panel)
    assert window.data_panel.note.isVisible() and note in window.data_panel.note.text()
    window.undo_stack.undo()
    assert not window.data_panel.note.isVisible()


def test_a_bad_cell_names_the_line_and_keeps_the_data(qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    path = tmp_path / "bad.csv"
    path.write_text("hours,passed\n1,0\n2,1\nthree,1\n")
    assert not window.data_controller.open_data(str(path))
    assert said and f"{path}:4: 'hours' value 'three' is not a number: correct it" in said[0]
    assert window.run.data.same_rows(lesson_data())


def write_big(path, rows=1_000_000):
    rng = np.random.default_rng(1)
    xs = rng.uniform(0, 10, rows)
    ys = (rng.random(rows) < 1 / (1 + np.exp(-(xs - 5)))).astype(int)
    np.savetxt(path, np.column_stack([xs, ys]), fmt=["%.9f", "%d"], delimiter=",",
               header="hours,passed", comments="")  # fmt: skip
    return xs.round(9), ys


def test_a_big_file_loads_in_the_background_and_can_be_cancelled(qtbot, window, tmp_path):
    path = tmp_path / "big.csv"
    xs, ys = write_big(path)
    # Cancel first: the data stays the lesson's.
    assert window.data_controller.open_data(str(path))
    assert window.data_controller.loading  # returned at once: the GUI thread is free
    progress = window.findChild(QDialog, "loadProgress")
    assert progress is not None
    progress.findChild(QPushButton).click()  # its Cancel button
    qtbot.waitUntil(lambda: not window.data_controller.loading, timeout=20_000)
    assert window.run.data.same_rows(lesson_data())
    assert "cancelled" in window.statusBar().currentMessage()
    # Then all the way.
    with qtbot.waitSignal(window.data_controller.loaded, timeout=60_000):
        window.data_controller.open_data(str(path))
    data = window.run.data
    assert len(data) == 1_000_000 and np.array_equal(data.xs, xs) and np.array_equal(data.ys, ys)
    assert window.fit_plot.summary and window.fit_plot.drawn_points() == []
    # The table holds a million rows, and scrolls to the last.
    table = window.data_panel.table
    assert table.model().rowCount() == 1_000_000
    table.scrollToBottom()
    assert table.model().data(table.model().index(999_999, 0)) is not None


def drop(window, mime):
    event = QDropEvent(
        QPointF(100, 100),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
    )
    window.dropEvent(event)
    return event


def test_dropped_files_open_data_or_sessions(qtbot, window, tmp_path):
    csv = tmp_path / "dropped.csv"
    csv.write_text("hours;passed\n1,5;0\n2,5;0\n3,5;1\n")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(csv))])
    assert drop(window, mime).isAccepted()
    qtbot.waitUntil(lambda: window.run.data.xs.tolist() == [1.5, 2.5, 3.5], timeout=5_000)

    trainer = Trainer(lesson_data(), RunSettings(learning_rate=0.5, epochs=40))
    trainer.run_to_end()
    session = tmp_path / "saved.gdviz.json"
    save_session(session, from_trainer(trainer))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(session))])
    drop(window, mime)
    qtbot.waitUntil(
        lambda: window.history is not None and len(window.history) == 40, timeout=10_000
    )
    assert window.run_settings.value.learning_rate == 0.5

    text = QMimeData()
    text.setText("1\t0\n2\t1\n")  # text, not a file: left alone
    before = window.run.data
    assert not drop(window, text).isAccepted()
    two = QMimeData()
    two.setUrls([QUrl.fromLocalFile(str(csv)), QUrl.fromLocalFile(str(session))])
    assert not drop(window, two).isAccepted()  # which one? neither
    QApplication.processEvents()  # a drop opens its file after the event: none is opened
    assert window.run.data is before


def test_copy_and_paste_rows_like_a_spreadsheet(qtbot, window):
    panel = window.data_panel
    window.side_tabs.setCurrentWidget(panel)
    panel.table.selectRow(1)
    panel.table.selectionModel().select(
        panel.table.model().index(3, 0),
        panel.table.selectionModel().SelectionFlag.Select
        | panel.table.selectionModel().SelectionFlag.Rows,
    )
    assert panel.copy_rows() == "2.0\t0.0\n4.0\t1.0\n"
    assert QApplication.clipboard().text() == "2.0\t0.0\n4.0\t1.0\n"
    # Paste a spreadsheet's cells (with a header line) over rows 2 and 3, and one more.
    QApplication.clipboard().setText("hours\tpassed\r\n2,5\t0\r\n3.25\t1\r\n6\t1\r\n")
    panel.table.setCurrentIndex(panel.table.model().index(1, 0))
    panel.paste_rows()
    assert window.run.data.xs.tolist() == [1.0, 2.5, 3.25, 6.0]
    assert window.run.data.ys.tolist() == [0.0, 0.0, 1.0, 1.0]
    window.undo_stack.undo()
    assert window.run.data.same_rows(lesson_data())
    QApplication.clipboard().setText("1\t0\nnot a number\t1\n")
    panel.paste_rows()
    assert window.run.data.same_rows(lesson_data())
    assert "line 2" in window.statusBar().currentMessage()


@pytest.mark.parametrize("rows", [SUMMARY_ROWS, SUMMARY_ROWS + 1])
def test_the_fit_plot_summarises_big_data_and_says_so(qtbot, window, rows):
    rng = np.random.default_rng(8)
    xs = rng.uniform(0, 10, rows)
    ys = (xs > 5).astype(float)
    window.data_controller.edit(DataSet(xs, ys, "many"), "many rows")
    plot = window.fit_plot
    if rows <= SUMMARY_ROWS:
        assert not plot.summary and len(plot.drawn_points()) == rows
        return
    assert plot.summary and plot.drawn_points() == []
    x, rate = plot.drawn_rates()
    assert 30 <= len(x) <= 40
    assert np.array_equal(rate, (x > 5).astype(float)) or np.sum((rate > 0) & (rate < 1)) <= 1
    assert "pass rate per slice (size: rows)" in plot.legend_names()
    assert f"{rows:,} rows" in plot.title_text()
    # Clicking the plot adds no row: there is nothing to see it by.
    before = window.run.data
    vb = plot.getPlotItem().vb
    point = plot.mapFromScene(vb.mapViewToScene(vb.viewRect().center()))
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(point.x(), point.y()))
    assert window.run.data is before
    window.undo_stack.undo()
    assert not plot.summary and len(plot.drawn_points()) == 4


def test_a_second_big_file_replaces_the_first_and_folders_are_refused(
    qtbot, window, tmp_path, monkeypatch
):
    from PySide6.QtWidgets import QMessageBox

    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: said.append(a[2]))
    first, second = tmp_path / "first.csv", tmp_path / "second.csv"
    write_big(first, 400_000)
    xs, ys = write_big(second, 300_000)
    window.data_controller.open_data(str(first))
    with qtbot.waitSignal(window.data_controller.loaded, timeout=60_000):
        window.data_controller.open_data(str(second))
    assert len(window.findChildren(QDialog, "loadProgress")) <= 1
    qtbot.waitUntil(lambda: not window.findChildren(QDialog, "loadProgress"), timeout=5_000)
    assert np.array_equal(window.run.data.xs, xs)  # the second, and only the second
    assert window.undo_stack.count() == 1
    before = window.run.data
    folder = QMimeData()
    folder.setUrls([QUrl.fromLocalFile(str(tmp_path))])
    drop(window, folder)
    qtbot.waitUntil(lambda: bool(said), timeout=5_000)
    assert "folder" in said[0] and window.run.data is before


def _counting(monkeypatch, module, name):
    calls = []
    original = getattr(module, name)

    def counted(*args, **kwargs):
        calls.append(args)
        return original(*args, **kwargs)

    monkeypatch.setattr(module, name, counted)
    return calls


def test_opening_a_spreadsheet_reads_each_sheet_once(qtbot, window, tmp_path, monkeypatch):
    import openpyxl

    import gdviz.core.io.table as table_module

    book = openpyxl.Workbook()
    first = book.active
    first.title = "notes"
    first.append(["name", "hours", "passed"])
    for row in (["ann", 1, 0], ["bob", 2, 0], ["cy", 3, 1]):
        first.append(row)
    second = book.create_sheet("scores")
    second.append(["score", "hours", "passed"])
    for row in ([10, 1.5, 0], [20, 2.5, 1], [30, 4.5, 1]):
        second.append(row)
    path = tmp_path / "class.xlsx"
    book.save(path)
    grids = _counting(monkeypatch, table_module, "spreadsheet_grid")

    def switch_sheet(dialog):
        dialog.sheet.setCurrentText("scores")

    seen = answer_column_dialog(qtbot, switch_sheet)
    assert window.data_controller.open_data(str(path))
    # The first sheet for the dialog, the second when it was chosen: never one twice.
    assert [args[1] for args in grids] == [None, "scores"]
    assert seen[0].sheet == "scores"
    assert window.run.data.xs.tolist() == [10.0, 20.0, 30.0]  # the sheet's first column


def test_opening_a_text_table_parses_it_once(qtbot, window, tmp_path, monkeypatch):
    import gdviz.core.io.table_text as text_module

    path = tmp_path / "wide.csv"
    path.write_text("name,hours,passed\nann,1,0\nbob,2,0\ncy,3,1\n")
    sniffed = _counting(monkeypatch, text_module, "check_text_file")
    parsed = _counting(monkeypatch, text_module.TextReader, "columns")
    answer_column_dialog(qtbot, lambda dialog: None)
    assert window.data_controller.open_data(str(path))
    assert len(sniffed) == 1 and len(parsed) == 1
    assert window.run.data.xs.tolist() == [1.0, 2.0, 3.0]
