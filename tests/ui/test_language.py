"""The window in German and Spanish: chosen by --lang, View ▸ Language (remembered) or the
system; its texts from the catalogues, its numbers with a decimal comma; the command line
stays English."""

from __future__ import annotations

import io
from contextlib import redirect_stdout

import pytest
from PySide6.QtCore import QLocale, QSettings
from PySide6.QtWidgets import QMenu, QPushButton

from gdviz.app import command
from gdviz.core import i18n
from gdviz.ui import language
from gdviz.ui.controllers import settings_store
from gdviz.ui.main_window import MainWindow


@pytest.fixture
def speak():
    """Switch the process's language for one test; English again afterwards."""
    yield language.apply
    language.apply("en")


def make_window(qtbot, store=None):
    win = MainWindow(settings=store, ask_to_save=False)
    qtbot.addWidget(win)
    win.show()
    return win


def menu(win, name):
    return win.menuBar().findChild(QMenu, name)


@pytest.mark.parametrize(
    ("code", "train", "view"), [("de", "Trainieren", "&Ansicht"), ("es", "Entrenar", "&Ver")]
)
def test_the_window_speaks_the_language_and_writes_decimal_commas(qtbot, speak, code, train, view):
    speak(code)
    win = make_window(qtbot)
    button = win.findChild(QPushButton, "trainButton")
    assert button.text().startswith(train)
    assert menu(win, "viewMenu").title() == view
    # Every menu item of the window is translated (none left in English).
    english = {"Train / Pause", "Step one epoch", "Reset", "Restore lesson defaults"}
    shown = {a.text() for a in win.acts.all()}
    assert not english & shown
    # Numbers: the learning rate box shows 0,1 and takes 0,25 typed.
    box = win.controls.lr_spin
    assert box.text() == "0,1"
    box.lineEdit().selectAll()
    qtbot.keyClicks(box.lineEdit(), "0,25")
    box.interpretText()
    assert box.value() == 0.25
    assert QLocale().decimalPoint() == ","
    win.close()


def test_a_step_row_explains_its_arithmetic_with_decimal_commas(qtbot, speak):
    speak("de")
    win = make_window(qtbot)
    win.step_row()
    qtbot.waitUntil(lambda: win.run.row == 1, timeout=5_000)
    text = win.controls.row_explanation.text()
    # The lesson's first row, as tests/ui/test_descent.py reads it in English.
    assert "−0,1 · 0,525 · 1 = −0,0525" in text, text
    assert "0.1" not in text and "0.525" not in text
    win.close()


def test_view_language_is_remembered_and_used_from_the_next_start(qtbot, tmp_path, speak):
    store = QSettings(str(tmp_path / "gdviz.ini"), QSettings.Format.IniFormat)
    win = make_window(qtbot, store)
    german = win.findChild(type(win.acts.step), "languageAction_de")
    assert german is not None and not german.isChecked()
    german.trigger()
    assert "Deutsch" in win.statusBar().currentMessage()
    win.close()  # the window's settings are saved: the choice stays
    settings_store.save(win, store, win.run_settings, win.view)
    assert language.saved_choice(store) == "de"
    assert language.choose(None, store) == "de"
    assert language.choose("es", store) == "es"  # gdviz --lang wins
    win2 = make_window(qtbot, store)
    assert win2.findChild(type(win.acts.step), "languageAction_de").isChecked()
    win2.close()


def test_a_damaged_choice_means_the_systems_language(tmp_path):
    store = QSettings(str(tmp_path / "gdviz.ini"), QSettings.Format.IniFormat)
    store.setValue(language.SETTING, "klingon\x00" * 100)
    assert language.saved_choice(store) == "system"
    assert language.choose(None, store) == language.system_language()
    assert language.system_language() in language.LANGUAGES


def test_the_command_line_stays_english_whatever_the_window_speaks(speak):
    def train_output(*extra):
        out = io.StringIO()
        with redirect_stdout(out):
            status = command([*extra, "train", "--epochs", "3"])
        return status, out.getvalue()

    english = train_output()
    speak("de")
    assert i18n.number(0.5, ".2f") == "0,50"
    assert train_output("--lang", "de") == english
    assert english[0] == 0 and "Epoch 0, Loss: " in english[1]


def test_an_unknown_language_is_refused_with_the_choices(capsys):
    assert command(["--lang", "fr"]) == 2
    err = capsys.readouterr().err
    assert "--lang" in err and "de" in err and "es" in err
