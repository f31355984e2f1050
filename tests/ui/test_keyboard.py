"""Everything by the keyboard alone (issue 21): Tab reaches every control and plot, the
plots' gestures have keys (listed in Help ▸ Keyboard and mouse), a focused plot is
framed, and no two items of a menu share an accelerator, in any language."""

from __future__ import annotations

import re

import pytest
from helpers import set_max_speed, wait_state
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QLineEdit,
    QMenu,
    QPushButton,
    QWidget,
)

from gdviz.ui import language, theme
from gdviz.ui.main_window import MainWindow
from gdviz.ui.views import help as help_view

INTERACTIVE = (QAbstractButton, QAbstractSpinBox, QAbstractSlider, QComboBox, QLineEdit)


def make_window(qtbot):
    win = MainWindow(ask_to_save=False)
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    return win


@pytest.fixture
def win(qtbot):
    w = make_window(qtbot)
    yield w
    w.close()


def tab_chain(qtbot, window, start: QWidget, most: int = 80) -> list[QWidget]:
    """The widgets Tab visits from ``start`` until it comes round again."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    seen: list[QWidget] = []
    for _ in range(most):
        qtbot.keyClick(QApplication.focusWidget() or window, Qt.Key.Key_Tab)
        focus = QApplication.focusWidget()
        if focus is None or focus in seen:
            break
        seen.append(focus)
    return seen


def test_tab_reaches_every_control_of_the_train_tab_and_every_plot(qtbot, win):
    panel = win.controls
    wanted = [
        w
        for w in panel.findChildren(QWidget)
        if isinstance(w, INTERACTIVE)
        and not isinstance(w.parentWidget(), (QAbstractSpinBox, QComboBox))
        and w.isVisibleTo(panel)
        and w.isEnabled()
    ]
    assert len(wanted) > 10
    chain = tab_chain(qtbot, win, win.side_tabs.tabBar())
    missing = [f"{type(w).__name__} {w.objectName()}" for w in wanted if w not in chain]
    assert not missing
    for plot in (win.fit_plot, win.landscape_plot, win.loss_plot):
        assert plot in chain
    # In the order a learner reads them: settings, then buttons, then the plots.
    order = [chain.index(w) for w in (panel.findChild(QWidget, "learningRateSpin"),
                                      panel.findChild(QPushButton, "trainButton"),
                                      win.fit_plot, win.landscape_plot, win.loss_plot)]  # fmt: skip
    assert order == sorted(order)
    # The Data tab's table lets Tab go on to its buttons; the network picture takes it too.
    win.side_tabs.setCurrentIndex(1)
    table = win.data_panel.table
    data_chain = tab_chain(qtbot, win, table)
    assert win.data_panel.findChild(QPushButton, "addRowButton") in data_chain
    win.arranged.view_tabs.setCurrentIndex(1)
    assert win.network_view.canvas in tab_chain(qtbot, win, win.fit_plot)


def test_space_presses_the_button_tab_reached_not_train(qtbot, win):
    step = win.controls.findChild(QPushButton, "stepButton")
    step.setFocus(Qt.FocusReason.TabFocusReason)
    with qtbot.waitSignal(win.run.epochs_added, timeout=5000):
        qtbot.keyClick(step, Qt.Key.Key_Space)
    qtbot.wait(50)
    assert len(win.history) == 1 and win.state != "running"


def test_every_gesture_has_a_key_in_the_help_table(qtbot, win, monkeypatch):
    shown = []
    monkeypatch.setattr(help_view.KeysDialog, "exec", lambda self: shown.append(self.rows()))
    win.show_keys()
    rows = shown[0]
    keyboard = rows[1 : rows.index(("Mouse",))]
    wheres = {row[0] for row in keyboard if len(row) == 3}
    for view, name in ((win.fit_plot, "Fit plot"), (win.landscape_plot, "Loss landscape"),
                       (win.loss_plot, "Loss plot"), (win.data_panel, "Data table")):  # fmt: skip
        assert view.GESTURES and view.KEYS
        assert len(view.KEYS) >= len(view.GESTURES) // 2, name
        assert name in wheres
    assert "Network" in wheres
    keys = " ".join(row[1] for row in keyboard if len(row) == 3)
    for needed in ("Tab / Shift+Tab", "Ctrl+Tab", "F10", "Space", "Left / Right"):
        assert needed in keys


def test_the_loss_plot_travels_back_by_key_and_esc_goes_live(qtbot, win):
    set_max_speed(win)
    win.run_settings.update(epochs=60)
    win.train()
    wait_state(qtbot, win, "finished")
    n = len(win.history)
    plot = win.loss_plot
    plot.setFocus()
    qtbot.keyClick(plot, Qt.Key.Key_Left)
    assert win.viewed_epoch == n - 2
    qtbot.keyClick(plot, Qt.Key.Key_Left, Qt.KeyboardModifier.ShiftModifier)
    assert win.viewed_epoch == n - 12
    qtbot.keyClick(plot, Qt.Key.Key_Right)
    assert win.viewed_epoch == n - 11
    qtbot.keyClick(plot, Qt.Key.Key_Home)
    assert win.viewed_epoch == 0
    qtbot.keyClick(plot, Qt.Key.Key_Escape)
    assert win.viewed_epoch is None
    qtbot.keyClick(plot, Qt.Key.Key_Right)  # live: nothing later to see
    assert win.viewed_epoch is None


def test_the_landscape_arrows_move_the_next_start(qtbot, win):
    plot = win.landscape_plot
    plot.setFocus()
    w0, b0 = win.run_settings.value.weight, win.run_settings.value.bias
    (x0, x1), (y0, y1) = plot.getPlotItem().vb.viewRange()
    qtbot.keyClick(plot, Qt.Key.Key_Right)
    qtbot.keyClick(plot, Qt.Key.Key_Right)
    qtbot.keyClick(plot, Qt.Key.Key_Up)
    w, b = win.run_settings.value.weight, win.run_settings.value.bias
    assert w == pytest.approx(w0 + 2 * (x1 - x0) / 80, abs=2e-4)
    assert b == pytest.approx(b0 + (y1 - y0) / 80, abs=2e-4)
    assert win.controls.findChild(QAbstractSpinBox, "weightSpin").value() == pytest.approx(w)


def test_the_threshold_and_the_network_by_key(qtbot, win):
    plot = win.fit_plot
    plot.setFocus()
    t0 = win.view.threshold
    qtbot.keyClick(plot, Qt.Key.Key_Up)
    assert win.view.threshold == pytest.approx(t0 + 0.01)
    qtbot.keyClick(plot, Qt.Key.Key_Down, Qt.KeyboardModifier.ShiftModifier)
    assert win.view.threshold == pytest.approx(t0 - 0.09)
    canvas = win.network_view.canvas
    chosen: list[int] = []
    canvas.edge_clicked.connect(chosen.append)
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    qtbot.keyClick(canvas, Qt.Key.Key_Right)
    qtbot.keyClick(canvas, Qt.Key.Key_Left)
    assert chosen == [0, 1, 0]
    assert win.network_view.worked.text().startswith("w = ")


def _has_colour(image, colour: QColor, rows: range, columns: range) -> bool:
    return any(image.pixelColor(x, y) == colour for y in rows for x in columns)


@pytest.mark.parametrize("dark", [False, True])
def test_a_focused_plot_is_framed_in_the_highlight_colour(qtbot, win, dark):
    try:
        theme.apply(dark)
        plot = win.loss_plot
        highlight = plot.palette().color(QPalette.ColorRole.Highlight)
        win.fit_plot.setFocus()
        qtbot.waitUntil(lambda: win.fit_plot.hasFocus())
        before = plot.grab().toImage()
        plot.setFocus()
        qtbot.waitUntil(plot.hasFocus)
        image = plot.grab().toImage()
        mid_x, mid_y = image.width() // 2, image.height() // 2
        assert image.pixelColor(mid_x, 0) == highlight
        assert image.pixelColor(0, mid_y) == highlight
        assert image.pixelColor(mid_x, image.height() - 1) == highlight
        assert not _has_colour(before, highlight, range(0, 2), range(mid_x - 5, mid_x + 5))
        win.network_view.canvas.setFocus()
        win.arranged.view_tabs.setCurrentIndex(1)
        qtbot.waitUntil(win.network_view.canvas.hasFocus)
        net = win.network_view.canvas.grab().toImage()
        assert net.pixelColor(net.width() // 2, 0) == highlight
    finally:
        theme.apply(False)


def _clashes(window) -> list[str]:
    clashes = []
    menus = [("menu bar", window.menuBar().actions())]
    menus += [(m.title(), m.actions()) for m in window.menuBar().findChildren(QMenu)]
    for title, actions in menus:
        letters: dict[str, list[str]] = {}
        for act in actions:
            key = re.search(r"&([^&])", act.text()) if act.isVisible() else None
            if key:
                letters.setdefault(key.group(1).lower(), []).append(act.text())
        clashes += [f"{title}: {texts}" for texts in letters.values() if len(texts) > 1]
    return clashes


@pytest.mark.parametrize("code", ["en", "de", "es"])
def test_no_two_items_of_a_menu_share_an_accelerator(qtbot, code):
    try:
        language.apply(code)
        window = make_window(qtbot)
        assert all("&" in a.text() for a in window.menuBar().actions())
        assert not _clashes(window)
        window.close()
    finally:
        language.apply("en")
