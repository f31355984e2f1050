"""Data ▸ Predict for a file…: the model's pass probability for each x of a file, shown
on the fit plot and saved as the CSV ``gdviz predict`` writes.

Reading the file and writing the CSV run on a background job (a million rows take a
second or two); the model is the one drawn when the user asked.
"""

from __future__ import annotations

import math
import os
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox, QWidget

from gdviz.core.i18n import localise, translate
from gdviz.core.io.predict import model_probabilities, predicted, save_predictions
from gdviz.core.io.table import Inputs, TableReader, open_table
from gdviz.core.io.table_inputs import read_inputs
from gdviz.core.teach.words import fixed, shown_epochs, shown_rows
from gdviz.core.train.data import DataError
from gdviz.core.train.network import Network
from gdviz.ui.controllers.data_controller import data_filter
from gdviz.ui.threads.jobs import BackgroundThread, Worker, failure_line
from gdviz.ui.views.fit_models import model_words

CSV_FILTER = "CSV files (*.csv)"


@dataclass(frozen=True)
class Predictions:
    """Inputs read from ``path`` and the model's probability for each."""

    path: str
    x: np.ndarray  # the inputs: one column, or rows × 2
    p: np.ndarray
    network: Network
    params: tuple[float, ...]
    epochs: int  # epochs the model had trained
    note: str = ""

    @property
    def passing(self) -> int:
        return int(predicted(self.p).sum())

    @property
    def label(self) -> str:
        """The legend's name for them."""
        return translate("prediction_controller", "predicted for {name}").format(
            name=Path(self.path).name
        )


def _model(result: Predictions) -> str:
    if result.network.is_lesson:
        return localise(f"w = {fixed(result.params[0])}, b = {fixed(result.params[-1])}")
    return model_words(result.network)


class PredictWorker(Worker):
    """Reads an inputs file and predicts (``done``: :class:`Predictions`; ``refused``:
    why not); writes the CSV (``saved``: its path)."""

    refused = Signal(int, str)  # job id, why the file gives no predictions
    saved = Signal(int, str)  # job id, the CSV written

    def predict(
        self, job_id: int, path: str, columns: tuple[str | None, str | None],
        reader: TableReader | None,
        prefer: tuple[str, ...], network: Network, params: tuple[float, ...], epochs: int,
    ) -> None:  # fmt: skip
        """Predict for ``path``'s inputs (read through ``reader`` when the GUI thread opened
        the table to ask for the column); a model of two inputs reads the columns named
        like the data it was trained on."""
        first, second = (*prefer, None, None)[:2]
        try:
            table = reader or open_table(path)
            inputs: Inputs = read_inputs(table, columns[0], first, None, columns[1], second,
                                         network.inputs)  # fmt: skip
        except DataError as exc:
            self.refused.emit(job_id, str(exc))
            return
        x = inputs.X if network.inputs > 1 else inputs.x
        p = model_probabilities(network, params, inputs.X)
        self.done.emit(job_id, Predictions(path, x, p, network, params, epochs, inputs.note))

    def save(self, job_id: int, path: str, predictions: Predictions) -> None:
        try:
            save_predictions(path, predictions.x, predictions.p)
        except OSError as exc:
            self.refused.emit(job_id, f"{path}: {exc.strerror or exc}")
            return
        self.saved.emit(job_id, path)


class PredictionController(QObject):
    """Asks for a file, predicts for it, shows the result and saves the CSV."""

    message = Signal(str)
    shown = Signal(object)  # Predictions to draw, or None to clear them

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._parent = parent
        self.last_folder = str(Path.home())
        self.current: Predictions | None = None
        self._save_to: str | None = None
        self._thread: BackgroundThread[PredictWorker] = BackgroundThread(
            PredictWorker(), "gdviz-predict", self
        )
        self._thread.done.connect(self._on_predicted)
        self._thread.report(self._thread.worker.refused, self._refused)
        self._thread.report(self._thread.worker.saved, self._on_saved)
        self._thread.failed.connect(lambda details: self._refused(failure_line(details)))

    def start_threads(self) -> None:
        self._thread.start()

    @property
    def busy(self) -> bool:
        return self._thread.busy

    def predict_file(
        self,
        network: Network,
        params: tuple[float, ...],
        epochs: int,
        x_names: tuple[str, ...],
        path: str | None = None,
        column: str | None = None,
        save_to: str | None = None,
    ) -> bool:
        """Predict with ``network``'s ``params`` (trained ``epochs``) for the input columns
        of ``path`` (asked for when None; the columns too when the file has more than two
        and they are not named as the data's, ``x_names``). The CSV is saved to ``save_to``
        (asked for when None). False if nothing started."""
        if not all(math.isfinite(v) for v in params):
            self._refused(
                translate(
                    "prediction_controller",
                    "the model diverged (a parameter is not a number): reset and train it",
                )
            )
            return False
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self._parent,
                translate("prediction_controller", "Predict for a file"),
                self.last_folder,
                data_filter(),
            )
            if not path:
                return False
        reader: TableReader | None = None  # opened once: previewed, then read
        column2: str | None = None
        if column is None:
            try:
                reader = open_table(path)
                table = reader.preview()
            except DataError as exc:
                self._refused(str(exc))
                return False
            names = [n.strip().casefold() for n in table.names]
            found = all(names.count(n.strip().casefold()) == 1 for n in x_names)
            if len(table.names) > 2 and not found:
                chosen = self._ask_columns(Path(path).name, table.names, table.x, x_names)
                if chosen is None:
                    return False
                column, column2 = chosen
        self.last_folder = str(Path(path).parent)
        self._save_to = save_to
        worker = self._thread.worker
        self._thread.submit(worker.predict, path, (column, column2), reader, x_names, network,
                            params, epochs)  # fmt: skip
        self.message.emit(
            translate("prediction_controller", "Predicting for {name}…").format(
                name=Path(path).name
            )
        )
        return True

    def _ask_columns(
        self, file: str, names: list[str], suggested: int, x_names: tuple[str, ...]
    ) -> tuple[str, str | None] | None:
        """Which column is each input (by number, from 1): asked one input at a time."""
        chosen: list[str] = []
        for k, name in enumerate(x_names):
            left = [n for n in names if n not in chosen]
            what = "x" if len(x_names) == 1 else f"x{'₀₁'[k]} ({name})"  # a symbol and a name
            first = suggested if not k and 0 <= suggested < len(names) else 0
            picked, ok = QInputDialog.getItem(
                self._parent,
                translate("prediction_controller", "Which column is {what}?").format(what=what),
                translate(
                    "prediction_controller", "{file} has {n} columns. Predict with {what} from:"
                ).format(file=file, n=len(names), what=what),
                left,
                left.index(names[first]) if names[first] in left else 0,
                False,
            )
            if not ok:
                return None
            chosen.append(picked)
        numbers = [str(names.index(c) + 1) for c in chosen]
        return numbers[0], (numbers[1] if len(numbers) > 1 else None)

    def clear(self) -> None:
        self.current = None
        self.shown.emit(None)

    def _on_predicted(self, result: Predictions) -> None:
        self.current = result
        self.shown.emit(result)
        self._ask_where_to_save(result)

    def _on_saved(self, path: str) -> None:
        if self.current is not None:
            self.message.emit(
                translate("prediction_controller", "{summary} Saved them to {path}.").format(
                    summary=self._summary(self.current), path=path
                )
            )

    def _ask_where_to_save(self, result: Predictions) -> None:
        path = self._save_to
        if path is None:
            source = Path(result.path)
            suggested = str(source.with_name(f"{source.stem}-predictions.csv"))
            path, _ = QFileDialog.getSaveFileName(
                self._parent,
                translate("prediction_controller", "Save the predictions"),
                suggested,
                translate("prediction_controller", "CSV files (*.csv)"),
            )
        if not path:
            self.message.emit(
                translate("prediction_controller", "{summary} Not saved.").format(
                    summary=self._summary(result)
                )
            )
            return
        if os.path.realpath(path) == os.path.realpath(result.path):
            self._refused(
                translate(
                    "prediction_controller",
                    "{path} is the file the inputs were read from: save the predictions "
                    "to another file (the inputs stay as they are)",
                ).format(path=path)
            )
            return
        self._thread.submit(self._thread.worker.save, path, result)

    def _summary(self, result: Predictions) -> str:
        note = f" ({result.note})" if result.note else ""
        epochs = shown_epochs(result.epochs)
        return translate(
            "prediction_controller",
            "Predicted {rows} of {name} with the model after {epochs} ({model}): "
            "{passing} predicted to pass{note}.",
        ).format(
            rows=shown_rows(len(result.x)),
            name=Path(result.path).name,
            epochs=epochs,
            model=_model(result),
            passing=shown_rows(result.passing),
            note=note,
        )

    def _refused(self, error: str) -> None:
        self.message.emit(
            translate("prediction_controller", "No predictions: {reason}").format(reason=error)
        )
        QMessageBox.warning(
            self._parent,
            translate("prediction_controller", "Cannot predict for this file"),
            translate("prediction_controller", "{reason}\n\nNothing was written.").format(
                reason=error
            ),
        )

    def shut_down(self) -> None:
        self._thread.shut_down()
