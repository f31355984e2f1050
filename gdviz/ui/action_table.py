"""The window's actions as data (napari-style): each one's object name, text, keys, tip,
the command it carries out and when it is enabled; and the Options and Model menus'
groups. :mod:`gdviz.ui.actions` makes the QActions and the menus from these tables.

Texts are marked for the catalogues in context "actions" and translated where the
actions are built (``translate("actions", spec.text)``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol

from gdviz.core.i18n import QT_TRANSLATE_NOOP
from gdviz.core.run.settings import SETTINGS
from gdviz.core.run.state import Enablement
from gdviz.core.train.model import Gradient, Loss
from gdviz.core.train.network import ACTIVATION_FORMULA, Activation
from gdviz.core.train.optimizers import TITLES, Optimizer
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
    ActionSpec(
        "train_pause", "trainPauseAction",
        QT_TRANSLATE_NOOP("actions", "Train / Pause"),
        QT_TRANSLATE_NOOP("actions", "Start, pause or resume training"),
        lambda w: w.toggle_training(), ("Space",), lambda e: e.transport,
    ),
    ActionSpec(
        "step", "stepAction",
        QT_TRANSLATE_NOOP("actions", "Step one epoch"),
        QT_TRANSLATE_NOOP("actions", "Train exactly one epoch"),
        lambda w: w.step(), ("S",), lambda e: e.step,
    ),
    ActionSpec(
        "step_row", "stepRowAction",
        QT_TRANSLATE_NOOP("actions", "Step one row"),
        QT_TRANSLATE_NOOP("actions", "Update on the next single row and show the arithmetic "
                                     "(per-row updates)"),
        lambda w: w.step_row(), ("Shift+S",), lambda e: e.step_row,
    ),
    ActionSpec(
        "reset", "resetAction",
        QT_TRANSLATE_NOOP("actions", "Reset"),
        QT_TRANSLATE_NOOP("actions", "Back to the start; the run so far is kept in the Runs "
                                     "tab"),
        lambda w: w.reset(), ("R",), lambda e: e.reset,
    ),
    ActionSpec(
        "live", "liveAction",
        QT_TRANSLATE_NOOP("actions", "Back to live"),
        QT_TRANSLATE_NOOP("actions", "Stop viewing a past epoch"),
        lambda w: w.go_live(), ("Esc",), lambda e: e.live,
    ),
    ActionSpec(
        "sweep", "sweepAction",
        QT_TRANSLATE_NOOP("actions", "Learning-rate &sweep…"),
        QT_TRANSLATE_NOOP("actions", "Train the same start at many learning rates"),
        lambda w: w.start_sweep(), ("Ctrl+L",),
    ),
    ActionSpec(
        "race", "raceAction",
        QT_TRANSLATE_NOOP("actions", "&Race optimisers…"),
        QT_TRANSLATE_NOOP("actions", "Train several optimisers at once from the same start, "
                                     "each in its colour"),
        lambda w: w.start_race(), ("Ctrl+R",),
    ),
    ActionSpec(
        "check_gradient", "checkGradientAction",
        QT_TRANSLATE_NOOP("actions", "Check the &gradient…"),
        QT_TRANSLATE_NOOP("actions", "Each parameter: the direction the rule moves it against "
                                     "a finite difference of the loss, at the model on view"),
        lambda w: w.check_gradient(),
    ),
    ActionSpec(
        "guided", "guidedLessonAction",
        QT_TRANSLATE_NOOP("actions", "&Guided lesson"),
        QT_TRANSLATE_NOOP("actions", "The lesson step by step: what to do and look at, "
                                     "exercises that ask you to predict first, and the "
                                     "training loop's code run line by line"),
        lambda w: w.open_guide(), ("Ctrl+G",),
    ),
    ActionSpec(
        "ask_first", "askFirstAction",
        QT_TRANSLATE_NOOP("actions", "Ask me &first"),
        QT_TRANSLATE_NOOP("actions", "Before Step or Train, guess where it will go (the next "
                                     "point on the landscape, or where p = 0.5 ends up): the "
                                     "result is shown against it and scored"),
        checkable=True, toggled=lambda w, on: w.view.set_ask_first(on),
    ),
    ActionSpec(
        "unlock", "unlockControlsAction",
        QT_TRANSLATE_NOOP("actions", "&Unlock controls"),
        QT_TRANSLATE_NOOP("actions", "Free the controls a handout locked (a classroom "
                                     "convenience, not security)"),
        lambda w: w.unlock_controls(), enabled=lambda e: e.unlock,
    ),
    ActionSpec(
        "defaults", "restoreDefaultsAction",
        QT_TRANSLATE_NOOP("actions", "Restore lesson defaults"),
        QT_TRANSLATE_NOOP("actions", "The lesson's data and settings: learning rate 0.1, 1000 "
                                     "epochs, w = 0.1, b = 0, squared error, the lesson's "
                                     "nudge, per-row updates"),
        lambda w: w.restore_defaults(),
    ),
    ActionSpec(
        "open_session", "openSessionAction",
        QT_TRANSLATE_NOOP("actions", "&Open session…"),
        QT_TRANSLATE_NOOP("actions", "Open a saved run (.gdviz.json) and continue it"),
        lambda w: w.open_session(), ("Ctrl+O",),
    ),
    ActionSpec(
        "save_session", "saveSessionAction",
        QT_TRANSLATE_NOOP("actions", "&Save session"),
        QT_TRANSLATE_NOOP("actions", "Save this run: data, settings and the whole history"),
        lambda w: w.sessions.save_session(), ("Ctrl+S",),
    ),
    ActionSpec(
        "save_session_as", "saveSessionAsAction",
        QT_TRANSLATE_NOOP("actions", "Save session &as…"),
        QT_TRANSLATE_NOOP("actions", "Save this run under a new name"),
        lambda w: w.sessions.save_session(ask=True), ("Ctrl+Shift+S",),
    ),
    ActionSpec(
        "save_handout", "saveHandoutAction",
        QT_TRANSLATE_NOOP("actions", "Save as &handout…"),
        QT_TRANSLATE_NOOP("actions", "A session for your class: it opens at a step of the "
                                     "guided lesson with your title and question, and only "
                                     "the controls you choose left usable"),
        lambda w: w.save_handout(),
    ),
    ActionSpec(
        "export_plots", "exportPlotsAction",
        QT_TRANSLATE_NOOP("actions", "&Export plots…"),
        QT_TRANSLATE_NOOP("actions", "Save the fit, the landscape, the loss and the dashboard "
                                     "as PNG or SVG"),
        lambda w: w.sessions.export_plots(), ("Ctrl+E",),
    ),
    ActionSpec(
        "export_history", "exportHistoryAction",
        QT_TRANSLATE_NOOP("actions", "Export h&istory as CSV…"),
        QT_TRANSLATE_NOOP("actions", "epoch, loss, weight, bias of every epoch"),
        lambda w: w.sessions.export_history(), enabled=lambda e: e.export_run,
    ),
    ActionSpec(
        "export_animation", "exportAnimationAction",
        QT_TRANSLATE_NOOP("actions", "Export a&nimation…"),
        QT_TRANSLATE_NOOP("actions", "The run as it trained, as a GIF, MP4 or WebM: the fit, "
                                     "the path and the loss growing"),
        lambda w: w.sessions.export_animation(), ("Ctrl+Shift+E",), lambda e: e.export_run,
    ),
    ActionSpec(
        "export_script", "exportScriptAction",
        QT_TRANSLATE_NOOP("actions", "Export as &Python script…"),
        QT_TRANSLATE_NOOP("actions", "One standalone script that trains this run and prints "
                                     "its log: take it into code"),
        lambda w: w.sessions.export_script(),
    ),
    ActionSpec(
        "copy_dashboard", "copyPlotAction",
        QT_TRANSLATE_NOOP("actions", "&Copy dashboard image"),
        QT_TRANSLATE_NOOP("actions", "Copy the plots to the clipboard as an image"),
        lambda w: w.sessions.copy_image(), ("Ctrl+Shift+C",),
    ),
    ActionSpec(
        "clear_recent", "clearRecentAction",
        QT_TRANSLATE_NOOP("actions", "Clear recent files"),
        QT_TRANSLATE_NOOP("actions", "Forget the files listed"),
        lambda w: w.recent.clear(),
    ),
    ActionSpec(
        "quit", "quitAction",
        QT_TRANSLATE_NOOP("actions", "&Quit"),
        QT_TRANSLATE_NOOP("actions", "Close gdviz"),
        lambda w: w.close(), ("Ctrl+Q",),
    ),
    ActionSpec(
        "undo", "undoAction",
        QT_TRANSLATE_NOOP("actions", "&Undo"),
        QT_TRANSLATE_NOOP("actions", "Undo the last change of the data"),
        keys=("Ctrl+Z",),
    ),
    ActionSpec(
        "redo", "redoAction",
        QT_TRANSLATE_NOOP("actions", "&Redo"),
        QT_TRANSLATE_NOOP("actions", "Redo what was undone"),
        keys=("Ctrl+Shift+Z", "Ctrl+Y"),
    ),
    ActionSpec(
        "open_data", "openDataAction",
        QT_TRANSLATE_NOOP("actions", "&Open data…"),
        QT_TRANSLATE_NOOP("actions", "Load rows of x and a label from a CSV, TSV or text "
                                     "table, or a spreadsheet"),
        lambda w: w.data_controller.open_data(), ("Ctrl+Shift+O",),
    ),
    ActionSpec(
        "hold_out", "holdOutAction",
        QT_TRANSLATE_NOOP("actions", "&Hold out for validation…"),
        QT_TRANSLATE_NOOP("actions", "Keep some rows out of training and measure the model on "
                                     "them after every epoch: does it work on students it has "
                                     "not seen?"),
        lambda w: w.hold_out(),
    ),
    ActionSpec(
        "generate_data", "generateDataAction",
        QT_TRANSLATE_NOOP("actions", "&Generate…"),
        QT_TRANSLATE_NOOP("actions", "Students drawn from a known true curve, with noisy "
                                     "labels: how near does training come to the truth?"),
        lambda w: w.data_controller.generate_data(),
    ),
    ActionSpec(
        "save_data", "saveDataAction",
        QT_TRANSLATE_NOOP("actions", "&Save data as CSV…"),
        QT_TRANSLATE_NOOP("actions", "Write the rows to a CSV file"),
        lambda w: w.data_controller.save_data(),
    ),
    ActionSpec(
        "predict_file", "predictFileAction",
        QT_TRANSLATE_NOOP("actions", "&Predict for a file…"),
        QT_TRANSLATE_NOOP("actions", "The model's pass probability for every x of a file: "
                                     "shown on the fit plot, saved as x, probability, "
                                     "predicted"),
        lambda w: w.predict_for_file(), ("Ctrl+P",),
    ),
    ActionSpec(
        "clear_predictions", "clearPredictionsAction",
        QT_TRANSLATE_NOOP("actions", "Clear predictions"),
        QT_TRANSLATE_NOOP("actions", "Remove the predicted points from the fit plot"),
        lambda w: w.predictions.clear(), enabled=lambda e: e.clear_predictions,
    ),
    ActionSpec(
        "log_scale", "logScaleAction",
        QT_TRANSLATE_NOOP("actions", "Log-scale loss"),
        QT_TRANSLATE_NOOP("actions", "Loss plot and landscape on a log scale (small losses "
                                     "show)"),
        keys=("L",), checkable=True, toggled=lambda w, on: w.view.set_log_scale(on),
    ),
    ActionSpec(
        "true_curve", "trueCurveAction",
        QT_TRANSLATE_NOOP("actions", "&True curve"),
        QT_TRANSLATE_NOOP("actions", "Generated data: the true curve its rows were drawn "
                                     "from, dashed on the fit plot"),
        enabled=lambda e: e.true_curve, checkable=True,
        toggled=lambda w, on: w.view.set_true_curve(on),
    ),
    ActionSpec(
        "metrics", "metricsAction",
        QT_TRANSLATE_NOOP("actions", "Classifier &metrics"),
        QT_TRANSLATE_NOOP("actions", "The Metrics tab: accuracy, precision, recall, confusion "
                                     "counts"),
        lambda w: w.show_metrics(), ("Ctrl+M",),
    ),
    ActionSpec(
        "fit_view", "fitViewAction",
        QT_TRANSLATE_NOOP("actions", "&Fit view"),
        QT_TRANSLATE_NOOP("actions", "Frame the landscape on the data's optimum and the paths "
                                     "(after a wild run)"),
        lambda w: w.fit_view(), ("F",),
    ),
    ActionSpec(
        "presentation", "presentationAction",
        QT_TRANSLATE_NOOP("actions", "&Presentation mode"),
        QT_TRANSLATE_NOOP("actions", "Full screen, text and lines 1.5 times larger: readable "
                                     "from the back of a room"),
        keys=("F11",), checkable=True, toggled=lambda w, on: w.view.set_presentation(on),
    ),
    ActionSpec(
        "side_panel", "sidePanelAction",
        QT_TRANSLATE_NOOP("actions", "&Side panel"),
        QT_TRANSLATE_NOOP("actions", "Show or hide the Train, Data and Runs tabs (more room "
                                     "for the plots)"),
        keys=("Ctrl+B",), checkable=True, toggled=lambda w, on: w.view.set_side_panel(on),
    ),
    ActionSpec(
        "keys_help", "keysAction",
        QT_TRANSLATE_NOOP("actions", "&Keyboard and mouse"),
        QT_TRANSLATE_NOOP("actions", "Every key and every mouse gesture of the window"),
        lambda w: w.show_keys(), ("F1",),
    ),
    ActionSpec(
        "about", "aboutAction",
        QT_TRANSLATE_NOOP("actions", "About gdviz"),
        "",
        lambda w: show_about(w),  # type: ignore[arg-type]
    ),

)  # fmt: skip

N = "actions"  # the catalogues' context of these tables' texts
LOSSES = {
    Loss.SQUARED: (
        QT_TRANSLATE_NOOP("actions", "Squared error (the lesson's)"),
        QT_TRANSLATE_NOOP("actions", "(y − p)²: the lesson's loss; squaring punishes big "
                                     "misses harder"),
    ),
    Loss.CROSS_ENTROPY: (
        QT_TRANSLATE_NOOP("actions", "Cross-entropy"),
        QT_TRANSLATE_NOOP("actions", "−log of the probability given to the right answer: "
                                     "what bigger models use; confident mistakes cost a lot"),
    ),
}  # fmt: skip
GRADIENTS = {
    Gradient.SEED: (
        QT_TRANSLATE_NOOP("actions", "The lesson's nudge: error · x"),
        QT_TRANSLATE_NOOP("actions", "Move w by lr·error·x: the lesson's rule (it is "
                                     "cross-entropy's gradient)"),
    ),
    Gradient.EXACT: (
        QT_TRANSLATE_NOOP("actions", "The exact gradient of the loss"),
        QT_TRANSLATE_NOOP("actions", "The true slope of the chosen loss: for squared error "
                                     "it has an extra 2·p·(1−p), which crawls where the "
                                     "sigmoid is flat"),
    ),
}  # fmt: skip
MINI_BATCH = -1  # the key of the "mini-batches of k rows" item
BATCHES = {
    1: (QT_TRANSLATE_NOOP("actions", "Per-row updates (the lesson's)"),
        QT_TRANSLATE_NOOP("actions", "Nudge w and b after every row")),
    MINI_BATCH: (
        QT_TRANSLATE_NOOP("actions", "Mini-batches of k rows…"),
        QT_TRANSLATE_NOOP("actions", "Nudge after every k rows, by their mean gradient: "
                                     "smoother steps, fewer of them"),
    ),
    0: (QT_TRANSLATE_NOOP("actions", "Full batch"),
        QT_TRANSLATE_NOOP("actions", "One nudge per epoch, by the mean gradient of all rows: "
                                     "the smoothest path")),
}  # fmt: skip
# A group's texts are translated in these contexts: (the items' texts, their tips); None:
# shown as they are (an enum's value and a formula).
Contexts = tuple[str | None, str]
Group = tuple[str, str, str, dict[Any, tuple[str, str]], Contexts]
# The Options menu: a group of checkable items per setting, (setting, object-name prefix,
# section title, items: value -> (text, tip), contexts).
OPTION_GROUPS: tuple[Group, ...] = (
    ("loss", "lossAction", QT_TRANSLATE_NOOP("actions", "Loss"), LOSSES, (N, N)),
    ("gradient", "gradientAction", QT_TRANSLATE_NOOP("actions", "Gradient"), GRADIENTS, (N, N)),
    ("batch_size", "batchAction", QT_TRANSLATE_NOOP("actions", "Updates"), BATCHES, (N, N)),
    ("optimizer", "optimizerAction", QT_TRANSLATE_NOOP("actions", "Optimiser"),
     {k: (TITLES[k], OPTIMIZER_TIPS[k]) for k in Optimizer}, ("optimizers", "train_texts")),
)  # fmt: skip
# A hidden layer's items: "{n}" is the number of units.
HIDDEN = {
    0: (QT_TRANSLATE_NOOP("actions", "One neuron (the lesson's)"),
        QT_TRANSLATE_NOOP("actions", "No hidden layer: p = σ(w·x + b), one weight per input")),
    1: (QT_TRANSLATE_NOOP("actions", "A hidden layer of {n} unit"),
        QT_TRANSLATE_NOOP("actions", "{n} hidden unit between the inputs and the output "
                                     "neuron: the output adds up their bent curves")),
    **{
        h: (QT_TRANSLATE_NOOP("actions", "A hidden layer of {n} units"),
            QT_TRANSLATE_NOOP("actions", "{n} hidden units between the inputs and the output "
                                         "neuron: the output adds up their bent curves"))
        for h in (2, 3, 4, 8, 16)
    },
}  # fmt: skip
ACTIVATIONS = {k: (f"{k.value}: {ACTIVATION_FORMULA[k]}", SETTINGS["activation"].tip)
               for k in Activation}  # fmt: skip
# The Model menu, as the Options menu's groups.
MODEL_GROUPS: tuple[Group, ...] = (
    ("hidden", "hiddenAction", QT_TRANSLATE_NOOP("actions", "Model"), HIDDEN, (N, N)),
    ("activation", "activationAction", QT_TRANSLATE_NOOP("actions", "Hidden units' activation"),
     ACTIVATIONS, (None, "settings")),
)  # fmt: skip
