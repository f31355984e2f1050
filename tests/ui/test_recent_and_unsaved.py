"""File ▸ Recent files, and the Save / Discard / Cancel prompt over unsaved work."""

from __future__ import annotations

from helpers import set_max_speed, wait_state
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QFileDialog, QMessageBox

from gdviz.core.io.session import load_session
from gdviz.ui.controllers.recent_files import MAX_FILES
from gdviz.ui.main_window import MainWindow

BUTTON = QMessageBox.StandardButton


def make_window(qtbot, tmp_path, ask=False):
    store = QSettings(str(tmp_path / "gdviz.ini"), QSettings.Format.IniFormat)
    win = MainWindow(settings=store, ask_to_save=ask)
    qtbot.addWidget(win)
    win.show()
    return win


def train(qtbot, win, epochs=50):
    win.controls.epochs_spin.setValue(epochs)
    set_max_speed(win)
    win.train()
    wait_state(qtbot, win, "finished")


def menu_entries(win):
    return [a.text() for a in win.recent_menu.actions() if a.text()]


def test_files_opened_and_saved_are_listed_newest_first_and_remembered(qtbot, tmp_path):
    data = tmp_path / "hours.csv"
    data.write_text("hours,passed\n1,0\n2,0\n3,1\n4,1\n")
    win = make_window(qtbot, tmp_path)
    assert menu_entries(win) == ["No files yet", "Clear recent files"]
    assert win.open_file(str(data))
    train(qtbot, win)
    session = tmp_path / "run.gdviz.json"
    assert win.sessions.save_session(str(session))
    assert win.recent.paths == [str(session), str(data)]
    assert menu_entries(win)[:2] == [
        f"&1 run.gdviz.json — {tmp_path}",
        f"&2 hours.csv — {tmp_path}",
    ]
    win.close()
    again = make_window(qtbot, tmp_path)
    assert again.recent.paths == [str(session), str(data)]
    # Choosing an entry opens it: the session, continued where it was saved.
    again.recent_menu.actions()[0].trigger()
    assert len(again.history) == 50
    again.close()


def test_a_vanished_file_is_said_and_dropped(qtbot, tmp_path):
    win = make_window(qtbot, tmp_path)
    gone = tmp_path / "gone.csv"
    gone.write_text("1,0\n2,1\n")
    win.open_file(str(gone))
    gone.unlink()
    assert not win.open_recent(str(gone))
    assert win.recent.paths == []
    assert "no longer there" in win.statusBar().currentMessage()
    win.close()


def test_the_list_is_capped_and_a_damaged_one_ignored(qtbot, tmp_path):
    win = make_window(qtbot, tmp_path)
    for i in range(MAX_FILES + 3):
        win.recent.add(tmp_path / f"f{i}.csv")
    assert len(win.recent.paths) == MAX_FILES
    assert win.recent.paths[0] == str(tmp_path / f"f{MAX_FILES + 2}.csv")
    win.acts.clear_recent.trigger()
    assert win.recent.paths == [] and not win.acts.clear_recent.isEnabled()
    win.close()
    store = QSettings(str(tmp_path / "gdviz.ini"), QSettings.Format.IniFormat)
    store.setValue("recent/files", [12, "relative.csv", "/ok.csv", "/bad\0.csv", "/ok.csv"])
    store.sync()
    assert make_window(qtbot, tmp_path).recent.paths == ["/ok.csv"]


def test_quitting_over_unsaved_work_asks(qtbot, tmp_path, monkeypatch):
    answers = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: answers.pop(0))
    win = make_window(qtbot, tmp_path, ask=True)
    assert not win.work.unsaved
    train(qtbot, win)
    assert win.work.unsaved
    answers.append(BUTTON.Cancel)
    assert not win.close()  # Cancel: the window stays, with its run
    assert win.isVisible() and len(win.history) == 50
    target = tmp_path / "kept.gdviz.json"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    answers.append(BUTTON.Save)
    assert win.close()  # Save: written, then closed
    assert len(load_session(target).history) == 50


def test_discard_closes_and_nothing_is_asked_without_changes(qtbot, tmp_path, monkeypatch):
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a) or BUTTON.Discard)
    fresh = make_window(qtbot, tmp_path, ask=True)
    assert fresh.close() and asked == []  # nothing done: nothing asked
    win = make_window(qtbot, tmp_path, ask=True)
    win.data_controller.add_point(5.0, 1.0)  # a data edit is unsaved work too
    assert win.work.unsaved
    assert win.close() and len(asked) == 1


def test_saving_clears_it_and_opening_a_session_asks_first(qtbot, tmp_path, monkeypatch):
    answers = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: answers.pop(0))
    win = make_window(qtbot, tmp_path, ask=True)
    train(qtbot, win, 30)
    saved = tmp_path / "a.gdviz.json"
    assert win.sessions.save_session(str(saved))
    assert not win.work.unsaved
    train_more = win.controls.epochs_spin
    train_more.setValue(60)
    win.train()
    wait_state(qtbot, win, "finished")
    assert win.work.unsaved
    answers.append(BUTTON.Cancel)
    assert not win.open_session(str(saved))  # Cancel: the run is untouched
    assert len(win.history) == 60
    answers.append(BUTTON.Discard)
    assert win.open_session(str(saved))
    assert len(win.history) == 30 and not win.work.unsaved
    assert win.close()


def test_a_session_opened_from_the_command_line_saves_back_and_is_listed(qtbot, tmp_path):
    first = make_window(qtbot, tmp_path)
    train(qtbot, first, 20)
    path = tmp_path / "cli.gdviz.json"
    assert first.sessions.save_session(str(path))
    first.close()
    win = make_window(qtbot, tmp_path)
    win.recent.clear()
    win.sessions.show_session_file(str(path), load_session(path))  # as gdviz FILE does
    assert win.recent.paths == [str(path)]
    win.controls.epochs_spin.setValue(40)
    win.train()
    wait_state(qtbot, win, "finished")
    assert win.sessions.save_session()  # Ctrl+S: no dialog, the same file
    assert len(load_session(path).history) == 40
    win.close()
