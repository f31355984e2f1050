"""The window's actions, each declared once (napari-style): its object name, text, keys,
tip, the command it carries out and when it is enabled; and the menu bar, declared as
data. The menus, the shortcuts, Help ▸ Keyboard and mouse and the enablement of every
item all come from these declarations.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any

from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QMenu,
    QMenuBar,
    QWidget,
)

from gdviz.core.i18n import QT_TRANSLATE_NOOP, translate
from gdviz.core.run.settings import RunSettings
from gdviz.core.run.state import Enablement
from gdviz.core.teach.lessons import EXERCISES, Exercise
from gdviz.core.train.data import BUILTIN
from gdviz.core.train.model import Gradient, Loss
from gdviz.core.train.optimizers import Optimizer
from gdviz.ui.action_table import (
    ACTIONS,
    MINI_BATCH,
    MODEL_GROUPS,
    OPTION_GROUPS,
    ActionSpec,
    Command,
    Target,
)
from gdviz.ui.blocking import signals_blocked

__all__ = ["ACTIONS", "MENUS", "MINI_BATCH", "ActionSpec", "Target", "WindowActions"]


# The menu bar: (title, object name, items); an item is an action's field, "-" for a
# separator, "recent" for File ▸ Recent files, or a group: "datasets", "options",
# "exercises".
MENUS: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    (QT_TRANSLATE_NOOP("actions", "&File"),
     "fileMenu", ("open_session", "recent", "save_session", "save_session_as",
                  "save_handout", "-",
                  "export_plots", "export_animation", "export_history", "export_script",
                  "copy_dashboard", "-", "quit")),
    (QT_TRANSLATE_NOOP("actions", "&Edit"),
     "editMenu", ("undo", "redo")),
    (QT_TRANSLATE_NOOP("actions", "&Data"),
     "dataMenu", ("open_data", "generate_data", "hold_out", "save_data", "-",
                  "predict_file", "clear_predictions", "-", "datasets")),
    (QT_TRANSLATE_NOOP("actions", "&Run"),
     "runMenu", ("train_pause", "step", "step_row", "reset", "live", "-", "sweep",
                 "race", "-", "defaults")),
    (QT_TRANSLATE_NOOP("actions", "&Options"),
     "optionsMenu", ("options", "-", "ask_first", "check_gradient")),
    (QT_TRANSLATE_NOOP("actions", "&Model"),
     "modelMenu", ("model",)),
    (QT_TRANSLATE_NOOP("actions", "&Lesson"),
     "lessonMenu", ("guided", "unlock", "-", "exercises", "-", "defaults")),
    (QT_TRANSLATE_NOOP("actions", "&View"),
     "viewMenu", ("log_scale", "true_curve", "fit_view", "metrics", "side_panel",
                  "presentation")),
    (QT_TRANSLATE_NOOP("actions", "&Help"),
     "helpMenu", ("keys_help", "about")),
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
            translate("actions", "Mini-batches of k rows…")
            if key != MINI_BATCH
            else translate("actions", "Mini-batches of {n} rows…").format(n=settings.batch_size)
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
    for declared in ACTIONS:
        spec = shown(declared)
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
    for setting, prefix, _title, items, (text_context, tip_context) in (
        *OPTION_GROUPS,
        *MODEL_GROUPS,
    ):
        group = QActionGroup(parent)
        group.setExclusionPolicy(QActionGroup.ExclusionPolicy.ExclusiveOptional)
        groups[setting] = {}
        for key, (declared_text, declared_tip) in items.items():
            name = f"{prefix}_{'k' if key == MINI_BATCH else getattr(key, 'value', key)}"
            text = translate(text_context, declared_text) if text_context else declared_text
            tip = translate(tip_context, declared_tip)
            if setting == "hidden":  # "{n}": the hidden units
                text, tip = text.format(n=key), tip.format(n=key)
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
                translate("data", description),
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
                translate("lessons", e.title),
                translate("lessons", e.question),
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


def shown(spec: ActionSpec) -> ActionSpec:
    """``spec`` with its text and tip in the window's language."""
    tip = translate("actions", spec.tip) if spec.tip else ""
    return replace(spec, text=translate("actions", spec.text), tip=tip)


def _use_builtin(name: str) -> Command:
    return lambda w: w.data_controller.use_builtin(name)


def _start_exercise(exercise: Exercise) -> Command:
    return lambda w: w.lesson.start(exercise)


def fill_menu_bar(bar: QMenuBar, acts: WindowActions) -> QMenu:
    """The menus as :data:`MENUS` declares them. Returns File ▸ Recent files, which the
    window fills."""
    recent = QMenu(translate("actions", "Recent &files"), bar)
    for title, name, items in MENUS:
        menu = bar.addMenu(translate("actions", title))
        menu.setObjectName(name)
        menu.setToolTipsVisible(True)
        for item in items:
            if item == "-":
                menu.addSeparator()
            elif item == "recent":
                recent = menu.addMenu(translate("actions", "Recent &files"))
                recent.setObjectName("recentMenu")
                recent.setToolTipsVisible(True)
            elif item == "datasets":
                sets = menu.addMenu(translate("actions", "&Built-in data sets"))
                sets.setObjectName("dataSetsMenu")
                sets.setToolTipsVisible(True)
                sets.addActions(list(acts.datasets.values()))
            elif item == "exercises":
                menu.addActions(list(acts.exercises.values()))
            elif item in ("options", "model"):
                for setting, _prefix, section, _items, _contexts in (
                    OPTION_GROUPS if item == "options" else MODEL_GROUPS
                ):
                    menu.addSection(translate("actions", section)).setEnabled(False)
                    menu.addActions(list(acts.groups[setting].values()))
            else:
                menu.addAction(acts.actions[item])
    return recent
