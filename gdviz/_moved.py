"""Where modules moved when the package was sorted into rooms (core/train, core/io, ...):
the old names still import, as aliases of the new modules, so scripts written against
them keep working. Nothing in gdviz itself uses them (tests/test_architecture.py checks).
"""

from __future__ import annotations

import importlib
import sys
from importlib.machinery import ModuleSpec

MOVED = {
    "gdviz.core.model": "gdviz.core.train.model",
    "gdviz.core.optimizers": "gdviz.core.train.optimizers",
    "gdviz.core.kernel": "gdviz.core.train.kernel",
    "gdviz.core._numba_kernel": "gdviz.core.train._numba_kernel",
    "gdviz.core.jit": "gdviz.core.train.jit",
    "gdviz.core.trainer": "gdviz.core.train.trainer",
    "gdviz.core.history": "gdviz.core.train.history",
    "gdviz.core.sweep": "gdviz.core.train.sweep",
    "gdviz.core.data": "gdviz.core.train.data",
    "gdviz.core.settings": "gdviz.core.run.settings",
    "gdviz.core.state": "gdviz.core.run.state",
    "gdviz.core.atomic": "gdviz.core.io.atomic",
    "gdviz.core.files": "gdviz.core.io.files",
    "gdviz.core.table": "gdviz.core.io.table",
    "gdviz.core.table_reader": "gdviz.core.io.table_reader",
    "gdviz.core.table_text": "gdviz.core.io.table_text",
    "gdviz.core.table_sheet": "gdviz.core.io.table_sheet",
    "gdviz.core.session": "gdviz.core.io.session",
    "gdviz.core.session_read": "gdviz.core.io.session_read",
    "gdviz.core.animation": "gdviz.core.io.video",
    "gdviz.core.script": "gdviz.core.io.script",
    "gdviz.core.predict": "gdviz.core.io.predict",
    "gdviz.core.export_names": "gdviz.core.io.export_names",
    "gdviz.core.resources": "gdviz.core.io.resources",
    "gdviz.core.landscape": "gdviz.core.figures.landscape",
    "gdviz.core._numba_landscape": "gdviz.core.figures._numba_landscape",
    "gdviz.core.binning": "gdviz.core.figures.binning",
    "gdviz.core.decimate": "gdviz.core.figures.decimate",
    "gdviz.core.runs": "gdviz.core.figures.runs",
    "gdviz.ui.text": "gdviz.core.teach.words",
    "gdviz.ui.explain": "gdviz.core.teach.explain",
    "gdviz.ui.plots": "gdviz.ui.views.plots",
    "gdviz.ui.fit_plot": "gdviz.ui.views.fit_plot",
    "gdviz.ui.landscape": "gdviz.ui.views.landscape_plot",
    "gdviz.ui.loss_plot": "gdviz.ui.views.loss_plot",
    "gdviz.ui.points": "gdviz.ui.views.points",
    "gdviz.ui.controls": "gdviz.ui.views.train_tab",
    "gdviz.ui.data_panel": "gdviz.ui.views.data_tab",
    "gdviz.ui.race_panel": "gdviz.ui.views.race_views",
    "gdviz.ui.export_dialog": "gdviz.ui.views.export_dialogs",
    "gdviz.ui.column_dialog": "gdviz.ui.views.column_dialog",
    "gdviz.ui.widgets": "gdviz.ui.views.widgets",
    "gdviz.ui.help": "gdviz.ui.views.help",
    "gdviz.ui.presentation": "gdviz.ui.views.presentation",
    "gdviz.ui.export": "gdviz.ui.views.images",
    "gdviz.ui.run": "gdviz.ui.controllers.run_controller",
    "gdviz.ui.presenter": "gdviz.ui.controllers.presenter",
    "gdviz.ui.data_controller": "gdviz.ui.controllers.data_controller",
    "gdviz.ui.sessions": "gdviz.ui.controllers.session_controller",
    "gdviz.ui.lesson": "gdviz.ui.controllers.lesson_controller",
    "gdviz.ui.landscape_jobs": "gdviz.ui.controllers.landscape_controller",
    "gdviz.ui.predictions": "gdviz.ui.controllers.prediction_controller",
    "gdviz.ui.work": "gdviz.ui.controllers.unsaved",
    "gdviz.ui.recent": "gdviz.ui.controllers.recent_files",
    "gdviz.ui.settings_store": "gdviz.ui.controllers.settings_store",
    "gdviz.ui.jobs": "gdviz.ui.threads.jobs",
    "gdviz.ui.worker": "gdviz.ui.threads.training_worker",
    "gdviz.ui.menus": "gdviz.ui.actions",
    "gdviz.ui.runs": "gdviz.ui.controllers.kept_runs",
    "gdviz.ui.race": "gdviz.ui.controllers.race_controller",
    "gdviz.ui.sweep": "gdviz.ui.controllers.sweep_controller",
    "gdviz.ui.animation": "gdviz.ui.controllers.animation_export",
}


class _MovedFinder:  # a meta path finder and its loader (importlib.abc costs 30 ms to import)
    """Imports an old module name as the module it moved to (the same module object)."""

    def __init__(self) -> None:
        self._own_specs: dict[str, object] = {}  # by old name, until the import is done

    def find_spec(self, name, path=None, target=None):
        if name in MOVED:
            return ModuleSpec(name, self)  # type: ignore[arg-type]  # a loader by its methods
        return None

    def create_module(self, spec):
        module = importlib.import_module(MOVED[spec.name])
        self._own_specs[spec.name] = module.__spec__
        return module

    def exec_module(self, module) -> None:
        """Nothing to run (the module it moved to is imported already); the import
        machinery gave it the old name's spec, so it gets its own back."""
        module.__spec__ = self._own_specs.pop(module.__spec__.name)


def install() -> None:
    """Let the old module names import (once per process)."""
    if not any(isinstance(f, _MovedFinder) for f in sys.meta_path):
        sys.meta_path.append(_MovedFinder())
