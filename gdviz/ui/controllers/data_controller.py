"""Data editing with undo: the table, points on the fit plot, data files, built-in sets.

Every change of the data set is one :class:`DataEdit` on the undo stack; it
replaces the whole (immutable) DataSet, so undo gives back the identical rows.
The run applies the data (:meth:`RunController.set_data`), and the views hear
of it from the run's ``data_changed``.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QWidget

from gdviz.core.i18n import localise, translate
from gdviz.core.io.cells import parse_pasted
from gdviz.core.io.table import (
    POSITIVE,
    Cancelled,
    Preview,
    ReadOptions,
    TableReader,
    is_missing,
    open_table,
)
from gdviz.core.teach.words import shown_rows
from gdviz.core.train.data import DataError, DataSet, load_builtin, save_csv
from gdviz.core.train.generate import Recipe, generate, truth_of
from gdviz.ui.controllers.run_controller import RunController
from gdviz.ui.threads.jobs import BackgroundThread, Worker, failure_line
from gdviz.ui.views.column_dialog import ColumnDialog
from gdviz.ui.views.generate_dialog import GenerateDialog


class DataEdit(QUndoCommand):
    """Replace the data set (redo: ``new``; undo: ``old``)."""

    def __init__(self, controller: DataController, old: DataSet, new: DataSet, text: str):
        super().__init__(text)
        self._controller, self._old, self._new = controller, old, new

    def redo(self) -> None:
        self._controller.apply(self._new, self.text())

    def undo(self) -> None:
        self._controller.apply(
            self._old, translate("data_controller", "undo {what}").format(what=self.text())
        )


BACKGROUND_BYTES = 2 << 20  # a data file this big is read off the GUI thread
FILTER = (
    "Data files (*.csv *.tsv *.txt *.dat *.xlsx *.xlsm *.xls *.ods);;"
    "Text tables (*.csv *.tsv *.txt *.dat);;Spreadsheets (*.xlsx *.xlsm *.xls *.ods);;"
    "All files (*)"
)


def data_filter() -> str:
    """:data:`FILTER` in the window's language (the patterns stay as they are)."""
    return translate(
        "data_controller",
        "Data files (*.csv *.tsv *.txt *.dat *.xlsx *.xlsm *.xls *.ods);;"
        "Text tables (*.csv *.tsv *.txt *.dat);;Spreadsheets (*.xlsx *.xlsm *.xls *.ods);;"
        "All files (*)",
    )


@dataclass(frozen=True)
class Loaded:
    """What a load job read: the data set, or why not (None and None: cancelled)."""

    path: str
    data: DataSet | None = None
    error: str | None = None


class LoadWorker(Worker):
    """Reads data files on its own thread, reporting progress; Cancel stops it."""

    def load(
        self, job_id: int, path: str, options: ReadOptions, reader: TableReader | None = None
    ) -> None:
        """Read ``path`` (through ``reader``, when the GUI thread opened it already: it is
        not used there again)."""

        def progress(fraction: float) -> bool:
            self.progressed.emit(job_id, fraction)
            return not self.stale(job_id)

        try:
            data = (reader or open_table(path, options.sheet)).read(options, progress)
        except Cancelled:
            self.done.emit(job_id, Loaded(path))
            return
        except DataError as exc:
            self.done.emit(job_id, Loaded(path, error=str(exc)))
            return
        self.done.emit(job_id, Loaded(path, data))


class DataController(QObject):
    """Applies data edits undoably; reads and writes data files (dialogs on ``parent``)."""

    message = Signal(str)  # what happened, for the status bar
    loaded = Signal()  # a background load ended (read, refused or cancelled)
    used = Signal(str)  # a data file opened or saved (for Recent files)

    def __init__(self, run: RunController, undo_stack: QUndoStack, parent: QWidget) -> None:
        super().__init__(parent)
        self._run = run
        self._parent = parent
        self.undo_stack = undo_stack
        self.last_folder = str(Path.home())
        self._progress: QProgressDialog | None = None
        self._loader: BackgroundThread[LoadWorker] = BackgroundThread(
            LoadWorker(), "gdviz-load-data", self
        )
        self._loader.progressed.connect(self._on_load_progress)
        self._loader.done.connect(self._on_loaded)
        self._loader.failed.connect(
            lambda details: self._on_loaded(Loaded("", error=failure_line(details)))
        )

    @property
    def loading(self) -> bool:
        return self._loader.busy

    @property
    def data(self) -> DataSet:
        return self._run.data

    def apply(self, data: DataSet, what: str) -> None:
        """Make ``data`` the run's data (the undo stack's commands call this)."""
        continued = self._run.set_data(data)
        rows = shown_rows(len(data))
        if continued:
            text = translate(
                "data_controller",
                "Data changed ({what}): {rows}. Training goes on with them from the next epoch.",
            )
        else:
            text = translate("data_controller", "Data: {what} ({rows}). Train (Space) to fit them.")
        self.message.emit(text.format(what=what, rows=rows))

    # -- edits -------------------------------------------------------------------------
    def edit(self, new: DataSet, text: str) -> None:
        """Make ``new`` the data set, undoably."""
        old = self._run.data
        if new == old:
            return
        self.undo_stack.push(DataEdit(self, old, new, text))

    def edit_arrays(
        self, xs: np.ndarray, ys: np.ndarray, text: str, x2: np.ndarray | None = None
    ) -> None:
        """The data with these rows (same names), undoably; a refusal is said, not raised.
        Two-input data needs ``x2`` too."""
        try:
            new = self._run.data.with_rows(xs, ys, x2=x2)
        except DataError as exc:
            self.message.emit(
                translate("data_controller", "Not changed: {reason}.").format(reason=exc.message)
            )
            return
        self.edit(new, text)

    def add_point(self, x: float, label: float) -> None:
        x = round(x, 2)
        data = self._run.data
        if data.x2 is not None:
            return  # a point of two inputs comes from the plane (add_plane_point)
        self.edit_arrays(
            np.append(data.xs, x),
            np.append(data.ys, label),
            (
                translate("data_controller", "add a student who passed at x = {x}")
                if label == 1.0
                else translate("data_controller", "add a student who failed at x = {x}")
            ).format(x=localise(f"{x:g}")),
        )

    def add_plane_point(self, x0: float, x1: float, label: float) -> None:
        """A row of two-input data, clicked in the plane of its inputs."""
        data = self._run.data
        if data.x2 is None:
            return
        x0, x1 = round(x0, 2), round(x1, 2)
        text = (
            translate("data_controller", "add a row that passed at ({x0}, {x1})")
            if label == 1.0
            else translate("data_controller", "add a row that failed at ({x0}, {x1})")
        ).format(x0=localise(f"{x0:g}"), x1=localise(f"{x1:g}"))
        self.edit_arrays(
            np.append(data.xs, x0), np.append(data.ys, label), text, x2=np.append(data.x2, x1)
        )

    def move_point(self, index: int, x: float) -> None:
        xs = self._run.data.xs.copy()
        xs[index] = round(x, 2)
        text = translate("data_controller", "move row {row} to x = {x}").format(
            row=index + 1, x=localise(f"{round(x, 2):g}")
        )
        self.edit_arrays(xs, self._run.data.ys, text, x2=self._run.data.x2)

    def delete_point(self, index: int) -> None:
        data = self._run.data
        if len(data) == 1:
            self.message.emit(
                translate("data_controller", "Not deleted: a data set needs one row.")
            )
            return
        second = np.delete(data.x2, index) if data.x2 is not None else None
        self.edit_arrays(
            np.delete(data.xs, index),
            np.delete(data.ys, index),
            translate("data_controller", "delete row {row}").format(row=index + 1),
            x2=second,
        )

    def paste(self, text: str, at: int | None) -> None:
        """Rows pasted from a spreadsheet (tab-separated cells; commas and semicolons too):
        from row ``at`` on they replace rows, beyond the end they are added; one undo step.
        A header line is skipped; a line that is not two numbers is refused, with its number."""
        data = self._run.data
        try:
            rows = parse_pasted(text, data.inputs + 1)
        except ValueError as exc:
            self.message.emit(
                translate("data_controller", "Not pasted: {reason}").format(reason=exc)
            )
            return
        start = len(data) if at is None else min(max(at, 0), len(data))
        end = start + len(rows)
        old = np.column_stack([data.X, data.ys])
        table = np.concatenate([old[:start], rows, old[end:]])
        second = table[:, 1] if data.inputs > 1 else None
        what = translate("data_controller", "paste {rows}").format(rows=shown_rows(len(rows)))
        self.edit_arrays(table[:, 0], table[:, -1], what, x2=second)

    # -- files and built-in sets -----------------------------------------------------------
    def use_builtin(self, name: str) -> None:
        self.edit(
            load_builtin(name),
            translate("data_controller", "use the built-in set '{name}'").format(name=name),
        )

    def generate_data(self, recipe: Recipe | None = None) -> bool:
        """Data ▸ Generate: students drawn from a known true curve, undoably like a built-in
        set (asking for the recipe, from the data's own if it was generated). False if
        cancelled."""
        if recipe is None:
            recipe = GenerateDialog.ask(self._parent, truth_of(self._run.data))
            if recipe is None:
                return False
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a million rows: a second
        try:
            data = generate(recipe)
        finally:
            QApplication.restoreOverrideCursor()
        what = translate(
            "data_controller", "generate students from a known curve, noise {noise}, seed {seed}"
        ).format(noise=localise(f"{recipe.noise:g}"), seed=recipe.seed)
        self.edit(data, what)
        return True

    def open_data(
        self,
        path: str | None = None,
        x_col: str | None = None,
        y_col: str | None = None,
        options: ReadOptions | None = None,
    ) -> bool:
        """Load a data file: CSV in any common dialect or a spreadsheet (asking for the file,
        and for the columns when it has more than two or labels that are not 0…1). A big file
        is read in the background with progress and Cancel. False if nothing will change."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self._parent,
                translate("data_controller", "Open data"),
                self.last_folder,
                data_filter(),
            )
            if not path:
                return False
        if options is None and (x_col is not None or y_col is not None):
            options = ReadOptions(x_col, y_col)
        reader: TableReader | None = None  # the table opened once: previewed, then read
        if options is None:
            try:
                reader = open_table(path)
                table = reader.preview()
                if len(table.names) > 2 or not _labels_as_they_are(table):
                    chosen = ColumnDialog.choose(self._parent, path, reader)
                    if chosen is None:
                        return False
                    options, reader = chosen
                else:
                    options = ReadOptions()
            except DataError as exc:
                return self._refused(exc)
        self.last_folder = str(Path(path).parent)
        if _size(path) > BACKGROUND_BYTES:
            self._start_background_load(path, options, reader)
            return True
        try:
            data = (reader or open_table(path, options.sheet)).read(options, None)
        except DataError as exc:
            return self._refused(exc)
        self._opened(path, data)
        return True

    def _start_background_load(
        self, path: str, options: ReadOptions, reader: TableReader | None
    ) -> None:
        self._close_progress()  # a file opened while another loads replaces it
        reading = translate("data_controller", "Reading {name}…").format(name=Path(path).name)
        dialog = QProgressDialog(
            reading, translate("data_controller", "Cancel"), 0, 1000, self._parent
        )
        dialog.setObjectName("loadProgress")
        dialog.setWindowTitle(translate("data_controller", "gdviz: opening data"))
        dialog.setMinimumDuration(300)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.canceled.connect(self._loader.cancel)
        self._progress = dialog
        self._loader.submit(self._loader.worker.load, path, options, reader)
        self.message.emit(reading)

    def _on_load_progress(self, fraction: float) -> None:
        if self._progress is not None:
            self._progress.setValue(round(fraction * 1000))

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress.deleteLater()
            self._progress = None

    def _on_loaded(self, result: Loaded) -> None:
        self._close_progress()
        if result.error is not None:
            self._refused(result.error)
        elif result.data is None:
            self.message.emit(
                translate(
                    "data_controller", "Reading {name} was cancelled; the data is unchanged."
                ).format(name=Path(result.path).name)
            )
        else:
            self._opened(result.path, result.data)
        self.loaded.emit()

    def _opened(self, path: str, data: DataSet) -> None:
        self.edit(data, translate("data_controller", "open {name}").format(name=Path(path).name))
        self.used.emit(path)
        if data.note:
            self.message.emit(
                translate("data_controller", "Opened {name}: {rows}; {note}.").format(
                    name=Path(path).name, rows=shown_rows(len(data)), note=data.note
                )
            )

    def _refused(self, exc: DataError | str) -> bool:
        self.message.emit(translate("data_controller", "Not loaded: {reason}").format(reason=exc))
        QMessageBox.warning(
            self._parent,
            translate("data_controller", "Cannot use this file"),
            translate("data_controller", "{reason}\n\nThe current data is unchanged.").format(
                reason=exc
            ),
        )
        return False

    def start_threads(self) -> None:
        self._loader.start()

    def shut_down(self) -> None:
        self._loader.shut_down()

    def save_data(self, path: str | None = None) -> bool:
        data = self._run.data
        if path is None:
            suggested = str(Path(self.last_folder) / f"{data.name}.csv")
            path, _ = QFileDialog.getSaveFileName(
                self._parent,
                translate("data_controller", "Save data as CSV"),
                suggested,
                translate("data_controller", "CSV files (*.csv)"),
            )
            if not path:
                return False
        try:
            save_csv(path, data)
        except OSError as exc:
            QMessageBox.warning(
                self._parent,
                translate("data_controller", "Cannot save the data"),
                translate(
                    "data_controller", "{path}: {reason}\n\nAny earlier file is unchanged."
                ).format(path=path, reason=exc.strerror or exc),
            )
            return False
        self.message.emit(
            translate("data_controller", "Saved {rows} to {path}.").format(
                rows=shown_rows(len(data)), path=path
            )
        )
        self.used.emit(path)
        return True


def _labels_as_they_are(table: Preview) -> bool:
    """True if the suggested label column can be read without a rule to choose: numbers
    0…1, or two values one of which clearly means 1 (yes/no, pass/fail, ...)."""
    cells = [c.strip() for c in table.samples[table.y] if not is_missing(c)]
    try:
        return all(0.0 <= float(c) <= 1.0 for c in cells)
    except ValueError:
        distinct = {c.casefold() for c in cells}
        return len(distinct) <= 2 and len(distinct & set(POSITIVE)) == 1


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0
