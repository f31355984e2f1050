"""The window's actions and menu bar (each menu's own logic lives in its module)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import QMessageBox, QWidget

from gdviz import __version__
from gdviz.ui.actions import make_action
from gdviz.ui.data_menu import DataMenu
from gdviz.ui.file_menu import FileMenu
from gdviz.ui.lesson import LessonMenu
from gdviz.ui.options_menu import OptionsMenu
from gdviz.ui.sweep import SweepLauncher

if TYPE_CHECKING:
    from gdviz.ui.main_window import MainWindow

KEYS = (
    "Space: train/pause · S: one epoch · Shift+S: one row · R: reset · L: log scale · "
    "Esc: back to live · Ctrl+Z / Ctrl+Shift+Z: undo / redo · Ctrl+Q: quit"
)


def build_menus(w: MainWindow) -> None:
    """Create the window's actions and its File, Edit, Data, Run, Options, Lesson,
    View and Help menus."""
    w.train_pause_action = make_action(
        w,
        "Train / Pause",
        w.toggle_training,
        "trainPauseAction",
        "Space",
        "Start, pause or resume training",
    )
    w.step_action = make_action(
        w, "Step one epoch", w.step, "stepAction", "S", "Train exactly one epoch"
    )
    w.step_row_action = make_action(
        w,
        "Step one row",
        w.step_row,
        "stepRowAction",
        "Shift+S",
        "Update on the next single row and show the arithmetic",
    )
    w.reset_action = make_action(
        w, "Reset", w.reset, "resetAction", "R", "Back to the starting weight and bias"
    )
    w.live_action = make_action(
        w, "Back to live", w.go_live, "liveAction", "Esc", "Stop viewing a past epoch"
    )
    w.defaults_action = make_action(
        w,
        "Restore lesson defaults",
        w.restore_defaults,
        "restoreDefaultsAction",
        None,
        "Learning rate 0.1, 1000 epochs, w = 0.1, b = 0",
    )
    w.quit_action = make_action(w, "Quit", w.close, "quitAction", "Ctrl+Q", "Close gdviz")
    w.log_action = make_action(
        w,
        "Log-scale loss",
        lambda: w.set_log_scale(w.log_action.isChecked()),
        "logScaleAction",
        "L",
        "Loss plot and landscape on a log scale (small losses show)",
    )
    w.log_action.setCheckable(True)

    bar = w.menuBar()
    file_menu = bar.addMenu("&File")
    w.file_menu = FileMenu(w, file_menu)
    file_menu.addAction(w.quit_action)
    for plot, name in ((w.fit_plot, "fit"), (w.landscape_plot, "landscape"), (w.loss_plot, "loss")):
        plot.menu_factory = lambda p=plot, n=name: w.file_menu.plot_menu(p, n)
    w.data_menu = DataMenu(w, bar)
    run_menu = bar.addMenu("&Run")
    for act in (
        w.train_pause_action,
        w.step_action,
        w.step_row_action,
        w.reset_action,
        w.live_action,
    ):
        run_menu.addAction(act)
    run_menu.addSeparator()
    w.sweeps = SweepLauncher(w)
    w.sweep_action = make_action(
        w,
        "Learning-rate &sweep…",
        w.start_sweep,
        "sweepAction",
        "Ctrl+L",
        "Train the same start at many learning rates",
        run_menu,
    )
    run_menu.addSeparator()
    run_menu.addAction(w.defaults_action)
    w.options_menu = OptionsMenu(w, bar)
    w.lesson_menu = LessonMenu(w, bar)
    bar.addMenu("&View").addAction(w.log_action)
    help_menu = bar.addMenu("&Help")
    make_action(
        w,
        "Keyboard shortcuts",
        lambda: QMessageBox.information(w, "Keys", KEYS),
        "keysAction",
        None,
        "",
        help_menu,
    )
    make_action(w, "About gdviz", lambda: _about(w), "aboutAction", None, "", help_menu)


def _about(w: QWidget) -> None:
    QMessageBox.about(
        w,
        "About gdviz",
        f"<b>gdviz {__version__}</b><p>Watch gradient descent train "
        "p = σ(w·x + b), one epoch or one row at a time.</p>"
        f"<p>{KEYS}</p>",
    )
