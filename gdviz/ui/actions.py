"""The window's actions, each declared once (napari-style): its object name, text, keys,
tip, the command it carries out and when it is enabled; and the menu bar, declared as
data. The menus, the shortcuts, Help ▸ Keyboard and mouse and the enablement of every
item all come from these declarations.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Protocol

from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QMenu,
    QMenuBar,
    QWidget,
)

from gdviz.core.run.settings import SETTINGS, RunSettings
from gdviz.core.run.state import Enablement
from gdviz.core.teach.lessons import EXERCISES, Exercise
from gdviz.core.train.data import BUILTIN
from gdviz.core.train.model import Gradient, Loss
from gdviz.core.train.network import ACTIVATION_FORMULA, Activation
from gdviz.core.train.optimizers import TITLES, Optimizer
from gdviz.ui.blocking import signals_blocked
from gdviz.ui.views.help import show_about
from gdviz.ui.views.train_tab import OPTIMIZER_TIPS

if TYPE_CHECKING:
    from gdviz.ui.controllers.data_controller import DataController
    from gdviz.ui.controllers.lesson_controller import LessonController
    from gdviz.ui.controllers.prediction_controller import PredictionController
    from gdviz.ui.controllers.recent_files import RecentFiles
    from gdviz.ui.controllers.session_controller import SessionController
    from gdviz.ui.models import ViewModel


class Target(Protocol):
    """What the actions act on: the window's commands and controllers."""

    sessions: SessionController
    data_controller: DataController
    predictions: PredictionController
    recent: RecentFiles
    view: ViewModel
    lesson: LessonController

    def toggle_training(self) -> None: ...
    def step(self) -> None: ...
    def step_row(self) -> None: ...
    def reset(self) -> None: ...
    def go_live(self) -> None: ...
    def fit_view(self) -> None: ...
    def show_metrics(self) -> None: ...
    def start_sweep(self) -> object: ...
    def start_race(self) -> object: ...
    def restore_defaults(self) -> None: ...
    def open_session(self) -> object: ...
    def predict_for_file(self) -> object: ...
    def show_keys(self) -> None: ...
    def check_gradient(self) -> None: ...
    def hold_out(self) -> object: ...
    def open_guide(self) -> None: ...
    def save_handout(self) -> None: ...
    def unlock_controls(self) -> None: ...
    def choose(self, name: str, value: object) -> None: ...
    def close(self) -> bool: ...


Command = Callable[[Target], object]
Enabled = Callable[[Enablement], bool]


@dataclass(frozen=True)
class ActionSpec:
    """One action: ``field`` is its attribute of :class:`WindowActions`."""

    field: str
    name: str  # object name (for automation and tests)
    text: str
    tip: str
    command: Command | None = None  # triggered (None: made by Qt, e.g. undo)
    keys: tuple[str, ...] = ()
    enabled: Enabled | None = None  # None: always
    checkable: bool = False
    toggled: Callable[[Target, bool], object] | None = None  # for a checkable one


ACTIONS: tuple[ActionSpec, ...] = (
    ActionSpec("train_pause", "trainPauseAction", "Train / Pause",
               "Start, pause or resume training", lambda w: w.toggle_training(), ("Space",),
               lambda e: e.transport),
    ActionSpec("step", "stepAction", "Step one epoch", "Train exactly one epoch",
               lambda w: w.step(), ("S",), lambda e: e.step),
    ActionSpec("step_row", "stepRowAction", "Step one row",
               "Update on the next single row and show the arithmetic (per-row updates)",
               lambda w: w.step_row(), ("Shift+S",), lambda e: e.step_row),
    ActionSpec("reset", "resetAction", "Reset",
               "Back to the start; the run so far is kept in the Runs tab",
               lambda w: w.reset(), ("R",), lambda e: e.reset),
    ActionSpec("live", "liveAction", "Back to live", "Stop viewing a past epoch",
               lambda w: w.go_live(), ("Esc",), lambda e: e.live),
    ActionSpec("sweep", "sweepAction", "Learning-rate &sweep…",
               "Train the same start at many learning rates", lambda w: w.start_sweep(),
               ("Ctrl+L",)),
    ActionSpec("race", "raceAction", "&Race optimisers…",
               "Train several optimisers at once from the same start, each in its colour",
               lambda w: w.start_race(), ("Ctrl+R",)),
    ActionSpec("check_gradient", "checkGradientAction", "Check the &gradient…",
               "Each parameter: the direction the rule moves it against a finite difference of "
               "the loss, at the model on view", lambda w: w.check_gradient()),
    ActionSpec("guided", "guidedLessonAction", "&Guided lesson",
               "The lesson step by step: what to do and look at, exercises that ask you to "
               "predict first, and the training loop's code run line by line",
               lambda w: w.open_guide(), ("Ctrl+G",)),
    ActionSpec("ask_first", "askFirstAction", "Ask me &first",
               "Before Step or Train, guess where it will go (the next point on the landscape, "
               "or where p = 0.5 ends up): the result is shown against it and scored",
               checkable=True, toggled=lambda w, on: w.view.set_ask_first(on)),
    ActionSpec("unlock", "unlockControlsAction", "&Unlock controls",
               "Free the controls a handout locked (a classroom convenience, not security)",
               lambda w: w.unlock_controls(), enabled=lambda e: e.unlock),
    ActionSpec("defaults", "restoreDefaultsAction", "Restore lesson defaults",
               "The lesson's data and settings: learning rate 0.1, 1000 epochs, w = 0.1, "
               "b = 0, squared error, the lesson's nudge, per-row updates",
               lambda w: w.restore_defaults()),
    ActionSpec("open_session", "openSessionAction", "&Open session…",
               "Open a saved run (.gdviz.json) and continue it", lambda w: w.open_session(),
               ("Ctrl+O",)),
    ActionSpec("save_session", "saveSessionAction", "&Save session",
               "Save this run: data, settings and the whole history",
               lambda w: w.sessions.save_session(), ("Ctrl+S",)),
    ActionSpec("save_session_as", "saveSessionAsAction", "Save session &as…",
               "Save this run under a new name", lambda w: w.sessions.save_session(ask=True),
               ("Ctrl+Shift+S",)),
    ActionSpec("save_handout", "saveHandoutAction", "Save as &handout…",
               "A session for your class: it opens at a step of the guided lesson with your "
               "title and question, and only the controls you choose left usable",
               lambda w: w.save_handout()),
    ActionSpec("export_plots", "exportPlotsAction", "&Export plots…",
               "Save the fit, the landscape, the loss and the dashboard as PNG or SVG",
               lambda w: w.sessions.export_plots(), ("Ctrl+E",)),
    ActionSpec("export_history", "exportHistoryAction", "Export &history as CSV…",
               "epoch, loss, weight, bias of every epoch", lambda w: w.sessions.export_history(),
               enabled=lambda e: e.export_run),
    ActionSpec("export_animation", "exportAnimationAction", "Export &animation…",
               "The run as it trained, as a GIF, MP4 or WebM: the fit, the path and the loss "
               "growing", lambda w: w.sessions.export_animation(), ("Ctrl+Shift+E",),
               lambda e: e.export_run),
    ActionSpec("export_script", "exportScriptAction", "Export as &Python script…",
               "One standalone script that trains this run and prints its log: take it into "
               "code", lambda w: w.sessions.export_script()),
    ActionSpec("copy_dashboard", "copyPlotAction", "&Copy dashboard image",
               "Copy the plots to the clipboard as an image", lambda w: w.sessions.copy_image(),
               ("Ctrl+Shift+C",)),
    ActionSpec("clear_recent", "clearRecentAction", "Clear recent files",
               "Forget the files listed", lambda w: w.recent.clear()),
    ActionSpec("quit", "quitAction", "Quit", "Close gdviz", lambda w: w.close(), ("Ctrl+Q",)),
    ActionSpec("undo", "undoAction", "&Undo", "Undo the last change of the data",
               keys=("Ctrl+Z",)),
    ActionSpec("redo", "redoAction", "&Redo", "Redo what was undone",
               keys=("Ctrl+Shift+Z", "Ctrl+Y")),
    ActionSpec("open_data", "openDataAction", "&Open data…",
               "Load rows of x and a label from a CSV, TSV or text table, or a spreadsheet",
               lambda w: w.data_controller.open_data(), ("Ctrl+Shift+O",)),
    ActionSpec("hold_out", "holdOutAction", "&Hold out for validation…",
               "Keep some rows out of training and measure the model on them after every "
               "epoch: does it work on students it has not seen?",
               lambda w: w.hold_out()),
    ActionSpec("generate_data", "generateDataAction", "&Generate…",
               "Students drawn from a known true curve, with noisy labels: how near does "
               "training come to the truth?", lambda w: w.data_controller.generate_data()),
    ActionSpec("save_data", "saveDataAction", "&Save data as CSV…",
               "Write the rows to a CSV file", lambda w: w.data_controller.save_data()),
    ActionSpec("predict_file", "predictFileAction", "&Predict for a file…",
               "The model's pass probability for every x of a file: shown on the fit plot, "
               "saved as x, probability, predicted", lambda w: w.predict_for_file(), ("Ctrl+P",)),
    ActionSpec("clear_predictions", "clearPredictionsAction", "Clear predictions",
               "Remove the predicted points from the fit plot",
               lambda w: w.predictions.clear(), enabled=lambda e: e.clear_predictions),
    ActionSpec("log_scale", "logScaleAction", "Log-scale loss",
               "Loss plot and landscape on a log scale (small losses show)", keys=("L",),
               checkable=True, toggled=lambda w, on: w.view.set_log_scale(on)),
    ActionSpec("true_curve", "trueCurveAction", "&True curve",
               "Generated data: the true curve its rows were drawn from, dashed on the fit plot",
               enabled=lambda e: e.true_curve, checkable=True,
               toggled=lambda w, on: w.view.set_true_curve(on)),
    ActionSpec("metrics", "metricsAction", "Classifier &metrics", "The Metrics tab: accuracy, "
               "precision, recall, confusion counts", lambda w: w.show_metrics(), ("Ctrl+M",)),
    ActionSpec("fit_view", "fitViewAction", "&Fit view",
               "Frame the landscape on the data's optimum and the paths (after a wild run)",
               lambda w: w.fit_view(), ("F",)),
    ActionSpec("presentation", "presentationAction", "&Presentation mode",
               "Full screen, text and lines 1.5 times larger: readable from the back of a room",
               keys=("F11",), checkable=True, toggled=lambda w, on: w.view.set_presentation(on)),
    ActionSpec("side_panel", "sidePanelAction", "&Side panel",
               "Show or hide the Train, Data and Runs tabs (more room for the plots)",
               keys=("Ctrl+B",), checkable=True, toggled=lambda w, on: w.view.set_side_panel(on)),
    ActionSpec("keys_help", "keysAction", "&Keyboard and mouse",
               "Every key and every mouse gesture of the window", lambda w: w.show_keys(),
               ("F1",)),
    ActionSpec("about", "aboutAction", "About gdviz", "",
               lambda w: show_about(w)),  # type: ignore[arg-type]
)  # fmt: skip

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
# The Options menu: a group of checkable items per setting, (setting, object-name prefix,
# items: value -> (text, tip)).
OPTION_GROUPS: tuple[tuple[str, str, str, dict[Any, tuple[str, str]]], ...] = (
    ("loss", "lossAction", "Loss", LOSSES),
    ("gradient", "gradientAction", "Gradient", GRADIENTS),
    ("batch_size", "batchAction", "Updates", BATCHES),
    ("optimizer", "optimizerAction", "Optimiser",
     {k: (TITLES[k], OPTIMIZER_TIPS[k]) for k in Optimizer}),
)  # fmt: skip
HIDDEN = {
    0: ("One neuron (the lesson's)", "No hidden layer: p = σ(w·x + b), one weight per input"),
    **{
        h: (f"A hidden layer of {h} unit{'s' * (h > 1)}",
            f"{h} hidden unit{'s' * (h > 1)} between the inputs and the output neuron: the "
            "output adds up their bent curves")
        for h in (1, 2, 3, 4, 8, 16)
    },
}  # fmt: skip
ACTIVATIONS = {k: (f"{k.value}: {ACTIVATION_FORMULA[k]}", SETTINGS["activation"].tip)
               for k in Activation}  # fmt: skip
# The Model menu, as the Options menu's groups.
MODEL_GROUPS: tuple[tuple[str, str, str, dict[Any, tuple[str, str]]], ...] = (
    ("hidden", "hiddenAction", "Model", HIDDEN),
    ("activation", "activationAction", "Hidden units' activation", ACTIVATIONS),
)
# The menu bar: (title, object name, items); an item is an action's field, "-" for a
# separator, "recent" for File ▸ Recent files, or a group: "datasets", "options",
# "exercises".
MENUS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    ("&File", "fileMenu", ("open_session", "recent", "save_session", "save_session_as",
                           "save_handout", "-",
                           "export_plots", "export_animation", "export_history", "export_script",
                           "copy_dashboard", "-", "quit")),
    ("&Edit", "editMenu", ("undo", "redo")),
    ("&Data", "dataMenu", ("open_data", "generate_data", "hold_out", "save_data", "-",
                           "predict_file", "clear_predictions", "-", "datasets")),
    ("&Run", "runMenu", ("train_pause", "step", "step_row", "reset", "live", "-", "sweep",
                         "race", "-", "defaults")),
    ("&Options", "optionsMenu", ("options", "-", "ask_first", "check_gradient")),
    ("&Model", "modelMenu", ("model",)),
    ("&Lesson", "lessonMenu", ("guided", "unlock", "-", "exercises", "-", "defaults")),
    ("&View", "viewMenu", ("log_scale", "true_curve", "fit_view", "metrics", "side_panel",
                         "presentation")),
    ("&Help", "helpMenu", ("keys_help", "about")),
)  # fmt: skip


@dataclass
class WindowActions:
    """Every action of the window, by its declaration's field, and the groups."""

    specs: dict[str, ActionSpec]
    actions: dict[str, QAction]
    loss: dict[Loss, QAction]
    gradient: dict[Gradient, QAction]
    batch: dict[int, QAction]
    optimizer: dict[Optimizer, QAction]
    datasets: dict[str, QAction]
    exercises: dict[str, QAction]
    groups: dict[str, dict[Any, QAction]] = field(default_factory=dict)
    locked: frozenset[str] = frozenset()  # a handout's locks: the groups' items follow
    hidden: int = 0  # ... and, for an activation, the hidden units

    def __getattr__(self, name: str) -> QAction:
        # ``acts.step`` is ``acts.actions["step"]``: every declared action by its field.
        actions = self.__dict__.get("actions", {})
        if name in actions:
            return actions[name]
        raise AttributeError(name)

    def all(self) -> list[QAction]:
        """Every action, groups included (for the help table)."""
        return [*self.actions.values(), *(a for g in self.groups.values() for a in g.values())]

    def show_enablement(self, e: Enablement) -> None:
        """Enable each action by its declared rule."""
        for key, spec in self.specs.items():
            if spec.enabled is not None:
                self.actions[key].setEnabled(spec.enabled(e))

    def show_locks(self, locked: frozenset[str]) -> None:
        """A handout's locked settings: their menu items cannot be chosen."""
        self.locked = locked
        self._enable_groups()

    def _enable_groups(self) -> None:
        """One rule for the groups' items: not locked; an activation with hidden units."""
        for setting, group in self.groups.items():
            usable = setting not in self.locked and (setting != "activation" or self.hidden > 0)
            for act in group.values():
                act.setEnabled(usable)

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
        for name, value in (("hidden", settings.hidden), ("activation", settings.activation)):
            group = self.groups.get(name, {})
            with signals_blocked(*group.values()):
                for key, act in group.items():
                    act.setChecked(key == value)
        self.hidden = settings.hidden
        self._enable_groups()


def commit_typing() -> None:
    """A number typed into a box but not yet confirmed (no Enter, the box still focused)
    counts before any command: Space trains at the rate typed, Ctrl+S saves it."""
    focused = QApplication.focusWidget()
    if isinstance(focused, QAbstractSpinBox):
        focused.interpretText()


def committed(command: Callable[[], object]) -> Callable[..., None]:
    """``command`` run after :func:`commit_typing` (for a button's clicked signal)."""

    def run(*_args: object) -> None:
        commit_typing()
        command()

    return run


def _make(parent: QWidget, spec: ActionSpec, target: Target) -> QAction:
    """An action with a name, shortcuts that work anywhere in the window, and a tip shown
    in the status bar, wired to its command."""
    act = QAction(spec.text, parent)
    _describe(act, spec)
    parent.addAction(act)
    if spec.toggled is not None:
        toggled = spec.toggled
        act.toggled.connect(lambda on: toggled(target, on))
    elif spec.command is not None:
        command = spec.command
        act.triggered.connect(committed(lambda: command(target)))
    return act


def _describe(act: QAction, spec: ActionSpec) -> None:
    act.setObjectName(spec.name)
    act.setShortcuts([QKeySequence(k) for k in spec.keys])
    act.setStatusTip(spec.tip)
    act.setToolTip(spec.tip)
    act.setCheckable(spec.checkable)


def create_actions(parent: QWidget, undo_stack: QUndoStack, target: Target) -> WindowActions:
    """Every action of the window, parented to (and shortcuts live in) ``parent``."""
    actions: dict[str, QAction] = {}
    for spec in ACTIONS:
        if spec.field == "undo":
            act = undo_stack.createUndoAction(parent, spec.text)
        elif spec.field == "redo":
            act = undo_stack.createRedoAction(parent, spec.text)
        else:
            actions[spec.field] = _make(parent, spec, target)
            continue
        _describe(act, spec)
        parent.addAction(act)
        actions[spec.field] = act
    groups: dict[str, dict[Any, QAction]] = {}
    for setting, prefix, _title, items in (*OPTION_GROUPS, *MODEL_GROUPS):
        group = QActionGroup(parent)
        group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        groups[setting] = {}
        for key, (text, tip) in items.items():
            name = f"{prefix}_{'k' if key == MINI_BATCH else getattr(key, 'value', key)}"
            act = _make(parent, ActionSpec(setting, name, text, tip, checkable=True), target)
            act.triggered.connect(lambda _=False, s=setting, k=key: target.choose(s, k))
            group.addAction(act)
            groups[setting][key] = act
    groups["datasets"] = {
        name: _make(
            parent,
            ActionSpec(
                "datasets",
                f"dataSet_{name}",
                name,
                description,
                _use_builtin(name),
            ),
            target,
        )  # fmt: skip
        for name, description in BUILTIN.items()
    }
    groups["exercises"] = {
        e.name: _make(
            parent,
            ActionSpec(
                "exercises",
                f"exercise_{e.name}",
                e.title,
                e.question,
                _start_exercise(e),
            ),
            target,
        )  # fmt: skip
        for e in EXERCISES
    }
    return WindowActions(
        {s.field: s for s in ACTIONS}, actions, groups["loss"], groups["gradient"],
        groups["batch_size"], groups["optimizer"], groups["datasets"], groups["exercises"],
        groups,
    )  # fmt: skip


def _use_builtin(name: str) -> Command:
    return lambda w: w.data_controller.use_builtin(name)


def _start_exercise(exercise: Exercise) -> Command:
    return lambda w: w.lesson.start(exercise)


def fill_menu_bar(bar: QMenuBar, acts: WindowActions) -> QMenu:
    """The menus as :data:`MENUS` declares them. Returns File ▸ Recent files, which the
    window fills."""
    recent = QMenu("Recent &files", bar)
    for title, name, items in MENUS:
        menu = bar.addMenu(title)
        menu.setObjectName(name)
        menu.setToolTipsVisible(True)
        for item in items:
            if item == "-":
                menu.addSeparator()
            elif item == "recent":
                recent = menu.addMenu("Recent &files")
                recent.setObjectName("recentMenu")
                recent.setToolTipsVisible(True)
            elif item == "datasets":
                sets = menu.addMenu("Built-in data &sets")
                sets.setObjectName("dataSetsMenu")
                sets.setToolTipsVisible(True)
                sets.addActions(list(acts.datasets.values()))
            elif item == "exercises":
                menu.addActions(list(acts.exercises.values()))
            elif item in ("options", "model"):
                for setting, _prefix, section, _items in (
                    OPTION_GROUPS if item == "options" else MODEL_GROUPS
                ):
                    menu.addSection(section).setEnabled(False)
                    menu.addActions(list(acts.groups[setting].values()))
            else:
                menu.addAction(acts.actions[item])
    return recent
