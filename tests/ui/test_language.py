"""The window in German and Spanish: chosen by --lang, View ▸ Language (remembered) or the
system; its texts from the catalogues, its numbers with a decimal comma; the command line
stays English."""

from __future__ import annotations

import io
from contextlib import redirect_stdout

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtWidgets import QApplication, QMenu, QPushButton

from gdviz.app import command
from gdviz.core import i18n
from gdviz.ui import language
from gdviz.ui.controllers import settings_store
from gdviz.ui.main_window import MainWindow


def translations_messages(code):
    import xml.etree.ElementTree as ET
    from pathlib import Path

    path = Path(__file__).resolve().parents[2] / "resources" / "translations"
    root = ET.parse(path / f"gdviz_{code}.ts").getroot()
    return [
        (context.findtext("name"), message.findtext("source"))
        for context in root.iter("context")
        for message in context.iter("message")
    ]


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


@pytest.mark.parametrize(
    ("code", "typed", "value"),
    [
        ("de", "−0,1", -0.1),  # the minus the window writes
        ("de", "0.25", 0.25),  # a point is a decimal point too
        ("de", "1,5e-3", 0.0015),
        ("en", "−0.1", -0.1),
        ("en", "0_25", None),  # Python's float() takes these; a box must not
        ("en", "１０", None),
        ("en", "1,000", None),
        ("de", "1.000,5", None),  # groups are never typed into these boxes
    ],
)
def test_the_boxes_take_numbers_as_the_window_writes_them(qtbot, speak, code, typed, value):
    speak(code)
    win = make_window(qtbot)
    for box in (win.controls.weight_spin, win.metrics_panel.threshold_spin):
        before = box.value()
        QApplication.clipboard().setText(typed)
        box.lineEdit().selectAll()
        box.lineEdit().paste()  # refused whole if the box cannot read it
        box.interpretText()
        if value is not None:  # (a box's range still holds: the threshold's is 0.01 to 0.99)
            value = min(max(value, box.minimum()), box.maximum())
        assert box.value() == (before if value is None else value), (box.objectName(), typed)
    win.close()


def test_the_predict_box_reads_what_it_shows(qtbot, speak):
    speak("de")
    win = make_window(qtbot)
    box = win.controls.predict_input
    for typed, inputs in (("3,5", (3.5,)), ("−1,5", (-1.5,)), ("1.000,5", None), ("0_5", None)):
        box.setText(typed)
        assert win.controls.predict_inputs() == inputs, typed
    win.close()


def test_damaged_language_and_theme_are_not_written_back(qtbot, tmp_path):
    store = QSettings(str(tmp_path / "gdviz.ini"), QSettings.Format.IniFormat)
    store.setValue("view/language", "de" + " " * 38 + "garbage")
    store.setValue("view/theme", "purple")
    win = make_window(qtbot, store)
    win.close()
    settings_store.save(win, store, win.run_settings, win.view)
    assert store.value("view/language") is None and store.value("view/theme") is None
    store.setValue("view/language", "es")
    settings_store.save(win, store, win.run_settings, win.view)
    assert store.value("view/language") == "es"


def test_every_text_the_german_window_looks_up_is_in_the_catalogue(qtbot, speak):
    """Texts passed to translate() as values (tables, names) are found too: a lookup
    that misses would show English in the German window."""
    speak("de")
    known = set(translations_messages("de"))
    missed = set()

    def recording(context, text, disambiguation=None, n=-1):
        if (context, text) not in known:
            missed.add((context, text))
        return QCoreApplication.translate(context, text, disambiguation, n)

    i18n.install(recording, ",", ".")
    win = make_window(qtbot)
    win.step_row()
    qtbot.waitUntil(lambda: win.run.row == 1, timeout=5_000)
    win.acts.metrics.trigger()
    win.acts.guided.trigger()
    win.run_settings.update(epochs=50, hidden=2)
    win.train()
    qtbot.waitUntil(lambda: win.run.state.value == "finished", timeout=20_000)
    win.acts.reset.trigger()
    names = {"AdaGrad", "Adam", "RMSProp", "β₁", "β₂", "ε", "w", "b"}  # the same in German
    assert {(c, t) for c, t in missed if t not in names} == set()
    win.close()


@pytest.mark.parametrize(("typed", "value"), [("2,5", 2.5), ("2.5", 2.5), ("2,5 s", 2.5)])
def test_the_dialogs_boxes_read_numbers_the_same_way(qtbot, speak, tmp_path, typed, value):
    from gdviz.ui.views.export_dialogs import AnimationDialog
    from gdviz.ui.views.sweep_window import SweepDialog

    speak("de")
    animation = AnimationDialog(None, str(tmp_path / "run.gif"))
    sweep = SweepDialog(None, 1000, 0.05)
    for box in (animation.duration, animation.hold, sweep.threshold):
        QApplication.clipboard().setText(typed)
        box.lineEdit().selectAll()
        box.lineEdit().paste()
        box.interpretText()
        # "2,5 s" is a duration's own text; the threshold has no unit and refuses it
        read = value if box.suffix() or not typed.endswith(" s") else 0.05
        assert box.value() == read, box.toolTip()
    assert animation.duration.text() == "2,5 s"
