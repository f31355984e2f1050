"""Never replace, never lose, fourth round: what an adversary found after the third
(issue 16). Nodes are our own, made in a temporary folder."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest
from helpers import wait_state
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMessageBox

from gdviz.app import MainWindow
from gdviz.core.io.atomic import FileSet, PendingFile
from gdviz.core.io.cells import is_number, to_number
from gdviz.core.io.session import load_session
from gdviz.core.io.table import read_table
from gdviz.ui.controllers import settings_store

ROOT = os.geteuid() == 0


def own_node(folder: Path, name: str) -> Path:
    """A character device like /dev/full when we are root (a FIFO otherwise), in our folder."""
    path = folder / name
    if ROOT:
        os.mknod(path, stat.S_IFCHR | 0o600, os.makedev(1, 7))
    else:
        os.mkfifo(path)
    return path


@pytest.mark.parametrize("how", ["link", "rename"])
def test_the_settings_file_is_never_replaced_while_the_window_runs(qtbot, tmp_path, capfd, how):
    conf = tmp_path / "gdviz.conf"
    store, note = settings_store.open_store(conf)
    assert store is not None and note == ""
    win = MainWindow(settings=store)
    qtbot.addWidget(win)
    node = own_node(tmp_path, "node")
    kind = stat.S_IFMT(os.lstat(node).st_mode)
    if how == "link":
        os.symlink(node, conf)
    else:
        os.rename(node, conf)
        node = conf
    data = tmp_path / "x.csv"
    data.write_text("hours,passed\n1,0\n2,1\n")
    win.recent.add(data)  # what opening a file does: remembered at once
    win.recent.add(tmp_path / "y.csv")
    qtbot.wait(300)  # Qt's own deferred writes, if any were left to it, would land here
    win.close()
    assert stat.S_IFMT(os.lstat(node).st_mode) == kind
    assert capfd.readouterr().err.count("settings not saved") == 1  # said once


def test_the_settings_file_is_written_whole_and_read_back(qtbot, tmp_path):
    conf = tmp_path / "gdviz.conf"
    store, _ = settings_store.open_store(conf)
    win = MainWindow(settings=store)
    qtbot.addWidget(win)
    win.run_settings.update(learning_rate=0.37, epochs=250)
    win.recent.add(tmp_path / "a.csv")
    win.close()
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]  # no temporary left
    again, _ = settings_store.open_store(conf)
    assert again is not None
    s = settings_store.read_settings(again)
    assert (s.learning_rate, s.epochs) == (0.37, 250)
    assert again.value(settings_store.RECENT_KEY) in ([str(tmp_path / "a.csv")],
                                                       str(tmp_path / "a.csv"))  # fmt: skip


def typed(qtbot, spin, text):
    spin.setFocus()
    spin.selectAll()
    QTest.keyClicks(spin, text)  # no Enter: the box still holds the typed text


def test_a_rate_typed_without_enter_counts_when_space_trains(qtbot, window):
    typed(qtbot, window.controls.lr_spin, "0.5")
    window.controls.epochs_spin.setValue(20)
    typed(qtbot, window.controls.lr_spin, "0.5")
    QTest.keyClick(window.controls.lr_spin, Qt.Key.Key_Space)
    wait_state(qtbot, window, "finished")
    assert window.run.lr_changes == [(0, 0.5)]


def test_epochs_typed_without_enter_count_when_space_trains(qtbot, window):
    typed(qtbot, window.controls.epochs_spin, "25")
    QTest.keyClick(window.controls.epochs_spin, Qt.Key.Key_Space)
    wait_state(qtbot, window, "finished")
    assert len(window.run.history) == 25


def test_a_rate_typed_without_enter_is_saved(qtbot, window, tmp_path):
    window.sessions.session_path = tmp_path / "typed.gdviz.json"
    typed(qtbot, window.controls.lr_spin, "0.25")
    window.acts.save_session.trigger()
    assert load_session(tmp_path / "typed.gdviz.json").learning_rate == 0.25


def test_a_refused_save_asks_again_next_time(qtbot, window, tmp_path, monkeypatch):
    node = own_node(tmp_path, "run.gdviz.json")
    monkeypatch.setattr(QMessageBox, "critical", lambda *a, **k: QMessageBox.StandardButton.Ok)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Ok)
    assert not window.sessions.save_session(str(node))
    assert window.sessions.session_path != node


def test_a_long_cell_typed_into_the_data_table_is_cut_in_the_message(qtbot, window):
    said = []
    window.data_panel.model.edit_rejected.connect(said.append)
    index = window.data_panel.model.index(1, 0)
    window.data_panel.model.setData(index, "a" * 5000)
    assert said and len(said[0]) < 200


def test_a_long_word_label_is_cut_in_the_note(tmp_path):
    path = tmp_path / "words.csv"
    long = "pa" + "9" * 5000
    path.write_text(f"hours,result\n1,{long}\n2,pass\n3,{long}\n")
    data = read_table(path)
    assert len(data.note) < 200 and "pass → 1" in data.note


@pytest.mark.parametrize("text", ["1_0", "٣", "１", "0x10", "1__0"])
def test_a_number_is_written_as_tables_write_numbers(text):
    assert not is_number(text)
    with pytest.raises(ValueError):
        to_number(text)


def test_numbers_as_tables_write_them_still_read():
    for text, value in [("3.5", 3.5), ("-.5", -0.5), ("1e-3", 1e-3), ("+2.", 2.0), ("7", 7.0)]:
        assert to_number(text) == value


def test_a_full_disk_names_the_file_it_hit(tmp_path):
    pending = PendingFile(tmp_path / "s.py")

    def full(handle):
        raise OSError(28, "No space left on device")

    with pytest.raises(OSError) as caught:
        pending.fill(full)
    assert caught.value.filename == str(tmp_path / "s.py")
    files = FileSet(tmp_path / "out")
    reserved = files.reserve("a.mp4", ".mp4")
    assert files.target_of(reserved.path) == tmp_path / "out" / "a.mp4"
    assert files.target_of(tmp_path / "elsewhere") is None
    files.discard()
