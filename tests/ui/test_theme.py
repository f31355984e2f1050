"""View ▸ Theme: light, dark or the system's, remembered; the plots follow it live, and
exported images stay white with dark text whatever the window shows."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QAction, QColor, QImage, QPalette
from PySide6.QtWidgets import QApplication, QMenu

from gdviz.core.figures import palette
from gdviz.ui import theme
from gdviz.ui.controllers import settings_store
from gdviz.ui.main_window import MainWindow
from gdviz.ui.views import plot_ink
from gdviz.ui.views.images import export_plot


@pytest.fixture(autouse=True)
def light_again():
    yield
    theme.apply(False)  # the palette and the plots' ink are the application's


def make_window(qtbot, store=None):
    win = MainWindow(settings=store)
    qtbot.addWidget(win)
    win.show()
    return win


def action(win, name):
    found = win.findChild(QAction, f"themeAction_{name}")
    assert found is not None
    return found


def window_is_dark():
    return QApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def lightness(colour) -> int:
    return QColor(colour).lightness()


def test_view_theme_has_three_exclusive_choices_system_first(qtbot):
    win = make_window(qtbot)
    menu = win.menuBar().findChild(QMenu, "themeMenu")
    names = [a.objectName() for a in menu.actions()]
    assert names == ["themeAction_system", "themeAction_light", "themeAction_dark"]
    assert action(win, "system").isChecked()  # the default: as the system
    action(win, "dark").trigger()
    assert [a.isChecked() for a in menu.actions()] == [False, False, True]
    assert menu.menuAction() in win.menuBar().findChild(QMenu, "viewMenu").actions()
    win.close()


def test_the_choice_is_remembered_for_the_next_window(qtbot, tmp_path):
    store = QSettings(str(tmp_path / "gdviz.ini"), QSettings.Format.IniFormat)
    win = make_window(qtbot, store)
    action(win, "dark").trigger()
    assert theme.saved_choice(store) == "dark"
    win.close()
    settings_store.save(win, store, win.run_settings, win.view)  # on exit: kept
    theme.apply(False)
    again = make_window(qtbot, QSettings(str(tmp_path / "gdviz.ini"), QSettings.Format.IniFormat))
    assert action(again, "dark").isChecked()
    assert window_is_dark()
    assert lightness(again.loss_plot.backgroundBrush().color()) < 64
    again.close()


def test_a_damaged_choice_means_the_systems(tmp_path):
    store = QSettings(str(tmp_path / "gdviz.ini"), QSettings.Format.IniFormat)
    store.setValue(theme.SETTING, "purple\x00" * 50)
    assert theme.saved_choice(store) == "system"


def test_dark_darkens_the_window_and_the_plots_and_light_restores_them(qtbot):
    win = make_window(qtbot)
    plots = (win.fit_plot, win.landscape_plot, win.loss_plot)
    legend_path = win.landscape_plot.legend.items[0][0].item  # grey "path", legend only
    assert legend_path.opts["pen"].color().name() == "#666666"
    action(win, "dark").trigger()
    assert window_is_dark()
    for plot in plots:
        assert lightness(plot.backgroundBrush().color()) < 64
        for side in ("left", "bottom"):
            axis = plot.getPlotItem().getAxis(side)
            assert lightness(axis.textPen().color()) > 180
            assert lightness(axis.labelStyle["color"]) > 180
        assert plot.legend.opts["labelTextColor"].lightness() > 180
    assert lightness(win.landscape_plot.colour_bar.axis.textPen().color()) > 180
    assert lightness(legend_path.opts["pen"].color()) > 100  # dark greys turn light
    # A view relabelling an axis with the light theme's colour keeps the dark's.
    win.fit_plot.getPlotItem().setLabel("left", "again", color=plot_ink.LIGHT.text)
    assert lightness(win.fit_plot.getPlotItem().getAxis("left").labelStyle["color"]) > 180
    # The plots' own pictures are dark.
    picture = win.loss_plot.grab().toImage()
    assert QColor(picture.pixel(3, 3)).lightness() < 64
    action(win, "light").trigger()
    assert not window_is_dark()
    for plot in plots:
        assert plot.backgroundBrush().color().name() == "#ffffff"
        assert plot.getPlotItem().getAxis("bottom").textPen().color().name() == "#222222"
    assert legend_path.opts["pen"].color().name() == "#666666"
    win.close()


def test_okabe_itos_black_turns_light_on_dark_and_back(qtbot):
    win = make_window(qtbot)
    action(win, "dark").trigger()
    stand_in = plot_ink.on_dark(QColor(palette.BLACK))
    assert stand_in is not None and stand_in.lightness() > 180
    assert plot_ink.on_dark(QColor(palette.ORANGE)) is None  # Okabe-Ito's colours stay
    for colour in palette.ON_DARK.values():
        assert plot_ink.on_dark(QColor(colour)) is None  # the stand-ins read as they are
    win.close()


def test_an_exported_png_stays_white_with_dark_text_in_dark(qtbot, tmp_path):
    win = make_window(qtbot)
    action(win, "dark").trigger()
    path = export_plot(win.fit_plot, tmp_path / "fit.png", width=600)
    image = QImage(str(path))
    assert not image.isNull()
    corners = [(1, 1), (image.width() - 2, 1), (1, image.height() - 2)]
    assert all(QColor(image.pixel(x, y)).name() == "#ffffff" for x, y in corners)
    # Most of the picture is white, and its text and axes are dark.
    pixels = [
        QColor(image.pixel(x, y)) for x in range(0, 600, 3) for y in range(0, image.height(), 3)
    ]
    assert sum(p.lightness() > 245 for p in pixels) > 0.6 * len(pixels)
    assert min(p.lightness() for p in pixels) < 80
    # The window is still dark afterwards.
    assert lightness(win.fit_plot.backgroundBrush().color()) < 64
    assert lightness(win.fit_plot.getPlotItem().getAxis("left").textPen().color()) > 180
    win.close()


def test_system_follows_the_system_scheme(qtbot, monkeypatch):
    win = make_window(qtbot)
    monkeypatch.setattr(theme, "system_is_dark", lambda: True)
    win.theme.choose("system")
    assert window_is_dark()
    monkeypatch.setattr(theme, "system_is_dark", lambda: False)
    win.theme._on_system_changed(None)  # Qt's colorSchemeChanged
    assert not window_is_dark()
    win.close()


def test_racers_drawn_on_dark_take_their_light_stand_ins(qtbot):
    from helpers import set_max_speed
    from test_race import race_settings, wait_race

    win = make_window(qtbot)
    action(win, "dark").trigger()
    set_max_speed(win)
    assert win.start_race(race_settings("sgd", "adagrad", epochs=50_000), threshold=0.5)
    win.train()
    wait_race(qtbot, win)
    pens = {name: item.opts["pen"].color().name().upper()
            for name, item in zip(("sgd", "adagrad"), win.loss_plot._racer_items.values(),
                                  strict=True)}  # fmt: skip
    assert pens["adagrad"] == palette.ON_DARK[palette.BLACK].upper()  # not black on dark
    action(win, "light").trigger()
    adagrad = list(win.loss_plot._racer_items.values())[1]
    assert lightness(adagrad.opts["pen"].color()) < 60  # black again
    win.close()
