"""The window's actions and its menu bar, declared as data, and its small dialogs.

:func:`create_actions` makes every QAction (text, shortcut, tip, object name)
and :func:`fill_menu_bar` arranges them; the window connects them to its
commands and decides, in one place, which are enabled.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPoint
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QInputDialog, QMenu, QMenuBar, QMessageBox, QWidget
from superqt.utils import signals_blocked

from gdviz import __version__
from gdviz.core.run.settings import RunSettings
from gdviz.core.train.data import BUILTIN
from gdviz.core.train.model import Gradient, Loss
from gdviz.core.train.optimizers import TITLES, Optimizer
from gdviz.ui.controllers.data_controller import DataController
from gdviz.ui.controllers.lesson_controller import EXERCISES
from gdviz.ui.controllers.session_controller import SessionController
from gdviz.ui.views.plots import PlotPanel
from gdviz.ui.views.train_tab import OPTIMIZER_TIPS

LOSSES = {
    Loss.SQUARED: (
        "Squared error (the lesson's)",
        "(y − p)²: the lesson's loss; squaring punishes big misses harder",
    ),
    Loss.CROSS_ENTROPY: (
        "Cross-entropy",
        "−log of the probability given to the right answer: what bigger models "
        "use; confident mistakes cost a lot",
    ),
}
GRADIENTS = {
    Gradient.SEED: (
        "The lesson's nudge: error · x",
        "Move w by lr·error·x: the lesson's rule (it is cross-entropy's gradient)",
    ),
    Gradient.EXACT: (
        "The exact gradient of the loss",
        "The true slope of the chosen loss: for squared error it has an extra "
        "2·p·(1−p), which crawls where the sigmoid is flat",
    ),
}
MINI_BATCH = -1  # the key of the "mini-batches of k rows" item
BATCHES = {
    1: ("Per-row updates (the lesson's)", "Nudge w and b after every row"),
    MINI_BATCH: (
        "Mini-batches of k rows…",
        "Nudge after every k rows, by their mean gradient: smoother steps, fewer of them",
    ),
    0: ("Full batch", "One nudge per epoch, by the mean gradient of all rows: the smoothest path"),
}


def _action(
    parent: QWidget,
    text: str,
    name: str,
    shortcut: str | None = None,
    tip: str = "",
    checkable: bool = False,
) -> QAction:
    """An action with a name (for automation), a shortcut that works anywhere in the
    window, and a tip shown in the status bar."""
    act = QAction(text, parent)
    act.setObjectName(name)
    if shortcut:
        act.setShortcut(QKeySequence(shortcut))
    act.setStatusTip(tip)
    act.setToolTip(tip)
    act.setCheckable(checkable)
    parent.addAction(act)
    return act


def _choices(parent: QWidget, prefix: str, items: dict) -> dict:
    group = QActionGroup(parent)
    actions = {}
    for key, (text, tip) in items.items():
        name = f"{prefix}_{'k' if key == MINI_BATCH else getattr(key, 'value', key)}"
        act = _action(parent, text, name, None, tip, checkable=True)
        group.addAction(act)
        actions[key] = act
    return actions


@dataclass
class WindowActions:
    """Every action of the window, by what it does."""

    train_pause: QAction
    step: QAction
    step_row: QAction
    reset: QAction
    live: QAction
    sweep: QAction
    race: QAction
    defaults: QAction
    open_session: QAction
    save_session: QAction
    save_session_as: QAction
    export_plots: QAction
    export_history: QAction
    export_animation: QAction
    export_script: QAction
    copy_dashboard: QAction
    clear_recent: QAction
    quit: QAction
    undo: QAction
    redo: QAction
    open_data: QAction
    save_data: QAction
    predict_file: QAction
    clear_predictions: QAction
    datasets: dict[str, QAction]
    loss: dict[Loss, QAction]
    gradient: dict[Gradient, QAction]
    batch: dict[int, QAction]
    optimizer: dict[Optimizer, QAction]
    exercises: dict[str, QAction]
    log_scale: QAction
    presentation: QAction
    side_panel: QAction
    keys_help: QAction
    about: QAction

    def show_settings(self, settings: RunSettings) -> None:
        """Tick the Options items that match ``settings``."""
        key = settings.batch_size if settings.batch_size in (0, 1) else MINI_BATCH
        mini = (
            "Mini-batches of k rows…"
            if key != MINI_BATCH
            else f"Mini-batches of {settings.batch_size} rows…"
        )
        items = (
            self.loss[settings.loss],
            self.gradient[settings.gradient],
            self.batch[key],
            self.optimizer[settings.optimizer],
        )
        with signals_blocked(*items):
            for act in items:
                act.setChecked(True)
        self.batch[MINI_BATCH].setText(mini)


def create_actions(parent: QWidget, undo_stack: QUndoStack) -> WindowActions:
    """Every action of the window, parented to (and shortcuts live in) ``parent``."""
    a = _action
    undo = undo_stack.createUndoAction(parent, "&Undo")
    undo.setShortcut(QKeySequence("Ctrl+Z"))
    undo.setObjectName("undoAction")
    redo = undo_stack.createRedoAction(parent, "&Redo")
    redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
    redo.setObjectName("redoAction")
    parent.addActions([undo, redo])
    datasets = {}
    for name, description in BUILTIN.items():
        datasets[name] = a(parent, name, f"dataSet_{name}", None, description)
    exercises = {
        e.name: a(parent, e.title, f"exercise_{e.name}", None, e.question) for e in EXERCISES
    }
    return WindowActions(
        train_pause=a(
            parent, "Train / Pause", "trainPauseAction", "Space", "Start, pause or resume training"
        ),
        step=a(parent, "Step one epoch", "stepAction", "S", "Train exactly one epoch"),
        step_row=a(
            parent,
            "Step one row",
            "stepRowAction",
            "Shift+S",
            "Update on the next single row and show the arithmetic (per-row updates)",
        ),
        reset=a(
            parent,
            "Reset",
            "resetAction",
            "R",
            "Back to the start; the run so far is kept in the Runs tab",
        ),
        live=a(parent, "Back to live", "liveAction", "Esc", "Stop viewing a past epoch"),
        sweep=a(
            parent,
            "Learning-rate &sweep…",
            "sweepAction",
            "Ctrl+L",
            "Train the same start at many learning rates",
        ),
        race=a(
            parent,
            "&Race optimisers…",
            "raceAction",
            "Ctrl+R",
            "Train several optimisers at once from the same start, each in its colour",
        ),
        defaults=a(
            parent,
            "Restore lesson defaults",
            "restoreDefaultsAction",
            None,
            "The lesson's data and settings: learning rate 0.1, 1000 epochs, w = 0.1, "
            "b = 0, squared error, the lesson's nudge, per-row updates",
        ),
        open_session=a(
            parent,
            "&Open session…",
            "openSessionAction",
            "Ctrl+O",
            "Open a saved run (.gdviz.json) and continue it",
        ),
        save_session=a(
            parent,
            "&Save session",
            "saveSessionAction",
            "Ctrl+S",
            "Save this run: data, settings and the whole history",
        ),
        save_session_as=a(
            parent,
            "Save session &as…",
            "saveSessionAsAction",
            "Ctrl+Shift+S",
            "Save this run under a new name",
        ),
        export_plots=a(
            parent,
            "&Export plots…",
            "exportPlotsAction",
            "Ctrl+E",
            "Save the fit, the landscape, the loss and the dashboard as PNG or SVG",
        ),
        export_history=a(
            parent,
            "Export &history as CSV…",
            "exportHistoryAction",
            None,
            "epoch, loss, weight, bias of every epoch",
        ),
        export_animation=a(
            parent,
            "Export &animation…",
            "exportAnimationAction",
            "Ctrl+Shift+E",
            "The run as it trained, as a GIF, MP4 or WebM: the fit, the path and the loss growing",
        ),
        export_script=a(
            parent,
            "Export as &Python script…",
            "exportScriptAction",
            None,
            "One standalone script that trains this run and prints its log: take it into code",
        ),
        copy_dashboard=a(
            parent,
            "&Copy dashboard image",
            "copyPlotAction",
            "Ctrl+Shift+C",
            "Copy the plots to the clipboard as an image",
        ),
        clear_recent=a(
            parent, "Clear recent files", "clearRecentAction", None, "Forget the files listed"
        ),
        quit=a(parent, "Quit", "quitAction", "Ctrl+Q", "Close gdviz"),
        undo=undo,
        redo=redo,
        open_data=a(
            parent,
            "&Open data…",
            "openDataAction",
            "Ctrl+Shift+O",
            "Load rows of x and a label from a CSV, TSV or text table, or a spreadsheet",
        ),
        save_data=a(
            parent, "&Save data as CSV…", "saveDataAction", None, "Write the rows to a CSV file"
        ),
        predict_file=a(
            parent,
            "&Predict for a file…",
            "predictFileAction",
            "Ctrl+P",
            "The model's pass probability for every x of a file: shown on the fit plot, "
            "saved as x, probability, predicted",
        ),
        clear_predictions=a(
            parent,
            "Clear predictions",
            "clearPredictionsAction",
            None,
            "Remove the predicted points from the fit plot",
        ),
        datasets=datasets,
        loss=_choices(parent, "lossAction", LOSSES),
        gradient=_choices(parent, "gradientAction", GRADIENTS),
        batch=_choices(parent, "batchAction", BATCHES),
        optimizer=_choices(
            parent, "optimizerAction", {k: (TITLES[k], OPTIMIZER_TIPS[k]) for k in Optimizer}
        ),
        exercises=exercises,
        log_scale=a(
            parent,
            "Log-scale loss",
            "logScaleAction",
            "L",
            "Loss plot and landscape on a log scale (small losses show)",
            checkable=True,
        ),
        presentation=a(
            parent,
            "&Presentation mode",
            "presentationAction",
            "F11",
            "Full screen, text and lines 1.5 times larger: readable from the back of a room",
            checkable=True,
        ),
        side_panel=a(
            parent,
            "&Side panel",
            "sidePanelAction",
            "Ctrl+B",
            "Show or hide the Train, Data and Runs tabs (more room for the plots)",
            checkable=True,
        ),
        keys_help=a(
            parent,
            "&Keyboard and mouse",
            "keysAction",
            "F1",
            "Every key and every mouse gesture of the window",
        ),
        about=a(parent, "About gdviz", "aboutAction", None, ""),
    )


def fill_menu_bar(bar: QMenuBar, acts: WindowActions) -> QMenu:
    """File, Edit, Data, Run, Options, Lesson, View and Help. Returns File ▸ Recent files,
    which the window fills."""
    menu = bar.addMenu("&File")
    menu.addAction(acts.open_session)
    recent = menu.addMenu("Recent &files")
    recent.setObjectName("recentMenu")
    recent.setToolTipsVisible(True)
    menu.addActions([acts.save_session, acts.save_session_as])
    menu.addSeparator()
    menu.addActions([acts.export_plots, acts.export_animation, acts.export_history])
    menu.addActions([acts.export_script, acts.copy_dashboard])
    menu.addSeparator()
    menu.addAction(acts.quit)
    bar.addMenu("&Edit").addActions([acts.undo, acts.redo])
    menu = bar.addMenu("&Data")
    menu.addActions([acts.open_data, acts.save_data])
    menu.addSeparator()
    menu.addActions([acts.predict_file, acts.clear_predictions])
    menu.addSeparator()
    sets = menu.addMenu("Built-in data &sets")
    sets.setObjectName("dataSetsMenu")
    sets.setToolTipsVisible(True)
    sets.addActions(list(acts.datasets.values()))
    menu = bar.addMenu("&Run")
    menu.addActions([acts.train_pause, acts.step, acts.step_row, acts.reset, acts.live])
    menu.addSeparator()
    menu.addActions([acts.sweep, acts.race])
    menu.addSeparator()
    menu.addAction(acts.defaults)
    menu = bar.addMenu("&Options")
    menu.setToolTipsVisible(True)
    for title, group in (
        ("Loss", acts.loss),
        ("Gradient", acts.gradient),
        ("Updates", acts.batch),
        ("Optimiser", acts.optimizer),
    ):
        menu.addSection(title).setEnabled(False)
        menu.addActions(list(group.values()))
    menu = bar.addMenu("&Lesson")
    menu.setObjectName("lessonMenu")
    menu.addActions(list(acts.exercises.values()))
    menu.addSeparator()
    menu.addAction(acts.defaults)
    bar.addMenu("&View").addActions([acts.log_scale, acts.side_panel, acts.presentation])
    bar.addMenu("&Help").addActions([acts.keys_help, acts.about])
    return recent


def ask_batch_size(parent: QWidget, current: int) -> int | None:
    """Rows per mini-batch, asked for (None if cancelled)."""
    size, ok = QInputDialog.getInt(
        parent,
        "Mini-batch size",
        "Rows per update (2 or more):",
        current if current > 1 else 10,
        2,
        1_000_000,
    )
    return size if ok else None


def show_plot_menu(
    parent: QWidget,
    plot: PlotPanel,
    name: str,
    pos: QPoint,
    row: int | None,
    sessions: SessionController,
    data: DataController,
) -> None:
    """A plot's context menu: export or copy it (and delete the data row under the pointer)."""
    menu = QMenu(parent)
    if row is not None:
        menu.addAction(f"Delete data row {row + 1}", lambda: data.delete_point(row))
        menu.addSeparator()
    menu.addAction(f"Export the {name} plot…", lambda: sessions.export_one(plot, name))
    menu.addAction(f"Copy the {name} plot", lambda: sessions.copy_image(plot))
    menu.addAction("Export all plots…", sessions.export_plots)
    menu.addSeparator()
    menu.addAction("Show everything", lambda: plot.getPlotItem().autoRange())
    menu.exec(pos)


def show_about(parent: QWidget) -> None:
    QMessageBox.about(
        parent,
        "About gdviz",
        f"<b>gdviz {__version__}</b><p>Watch gradient descent train "
        "p = σ(w·x + b), one epoch or one row at a time.</p>",
    )
