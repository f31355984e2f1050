"""Sessions and exports: open and save runs, write plots, history and images.

Every failure is shown to the user in plain words and changes nothing: a bad
session leaves the window as it was, a failed save leaves the old file.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QWidget

from gdviz.core.i18n import QT_TRANSLATE_NOOP, localise, translate
from gdviz.core.io.atomic import atomic_write_text
from gdviz.core.io.script import python_script
from gdviz.core.io.session import (
    SUFFIX,
    Session,
    SessionError,
    csv_names,
    load_session,
    save_history_csv,
)
from gdviz.core.io.session import save_session as write_session
from gdviz.core.io.session_view import THRESHOLD
from gdviz.core.io.video import AnimationRequest
from gdviz.core.run.state import RunState
from gdviz.core.teach.words import integer
from gdviz.core.train.metrics import DEFAULT_THRESHOLD
from gdviz.ui.controllers.animation_export import AnimationExport
from gdviz.ui.controllers.race_controller import RaceController
from gdviz.ui.controllers.run_controller import RunController
from gdviz.ui.controllers.session_files import FileResult, FileWorker, file_size
from gdviz.ui.models import ViewModel
from gdviz.ui.threads.jobs import BackgroundThread, failure_line
from gdviz.ui.views import images as export
from gdviz.ui.views.export_dialogs import AnimationDialog, ExportDialog
from gdviz.ui.views.plots import PlotPanel

BACKGROUND_ROWS = 200_000  # epochs + data rows beyond which a session is saved off the GUI
BACKGROUND_BYTES = 8 << 20  # a session file this big is read off the GUI thread

# The run's states, as "Showing a saved run: ... (paused)" names them.
STATE_WORDS = (
    QT_TRANSLATE_NOOP("session_controller", "idle"),
    QT_TRANSLATE_NOOP("session_controller", "running"),
    QT_TRANSLATE_NOOP("session_controller", "paused"),
    QT_TRANSLATE_NOOP("session_controller", "finished"),
    QT_TRANSLATE_NOOP("session_controller", "diverged"),
)
# Per plot (by its file name): the export dialog's title and the status after it.
PLOT_EXPORTS = {
    "fit": (
        QT_TRANSLATE_NOOP("session_controller", "Export the fit plot"),
        QT_TRANSLATE_NOOP("session_controller", "Exported the fit plot to {path}."),
    ),
    "landscape": (
        QT_TRANSLATE_NOOP("session_controller", "Export the landscape plot"),
        QT_TRANSLATE_NOOP("session_controller", "Exported the landscape plot to {path}."),
    ),
    "loss": (
        QT_TRANSLATE_NOOP("session_controller", "Export the loss plot"),
        QT_TRANSLATE_NOOP("session_controller", "Exported the loss plot to {path}."),
    ),
}


def _sessions_filter() -> str:
    return translate("session_controller", "gdviz sessions (*{suffix})").format(suffix=SUFFIX)


class SessionController(QObject):
    """Carries out the File menu for a run, its view and its plots (dialogs on ``parent``)."""

    message = Signal(str)  # what happened, for the status bar
    opened = Signal()  # a session replaced the run
    saved = Signal(str)  # the path a session was written to
    used = Signal(str)  # a session file opened or saved (for Recent files)

    def __init__(
        self,
        run: RunController,
        view: ViewModel,
        undo_stack: QUndoStack,
        plots: Sequence[PlotPanel],
        race: RaceController,
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._run = run
        self._race = race
        self._view = view
        self._undo_stack = undo_stack
        self._plots = list(plots)
        self._parent = parent
        self.session_path: Path | None = None
        self._saver: BackgroundThread[FileWorker] = BackgroundThread(
            FileWorker(), "gdviz-save", self
        )
        self._loader: BackgroundThread[FileWorker] = BackgroundThread(
            FileWorker(), "gdviz-load", self
        )
        for jobs in (self._saver, self._loader):
            jobs.done.connect(self._on_file_done)
            jobs.failed.connect(
                lambda details: self._error(
                    translate("session_controller", "Cannot save or open the session"),
                    failure_line(details),
                )
            )
        self.last_folder = str(Path.home())
        self.last_width = export.DEFAULT_WIDTH
        self.animation = AnimationExport(parent)
        self.animation.message.connect(self.message)
        run.about_to_reset.connect(self.animation.hold_source)
        run.state_changed.connect(
            lambda state: self.animation.set_gentle(state is RunState.RUNNING)
        )

    # -- sessions --------------------------------------------------------------------
    def session(self) -> Session:
        """The run as it stands (during a race: the race), ready to save."""
        if self._race.active:
            return self._race.session(self._view.as_dict())
        return self._run.session(self._view.as_dict())

    def apply(self, session: Session) -> None:
        """Show ``session`` (already validated); Train continues it exactly (a saved race
        comes back as a race, its first racer as the run)."""
        racers = session.race
        if self._race.active:
            self._race.end()
        self._run.apply_session(session)
        if racers:
            first = replace(session, race=[])
            self._race.resume(session.data, [first, *racers], session.race_threshold)
        view = session.view
        speed = view.get("speed")
        if isinstance(speed, int) and not isinstance(speed, bool):
            self._view.set_speed(speed)
        if isinstance(view.get("log_loss"), bool):
            self._view.set_log_scale(view["log_loss"])
        t = view.get("threshold")  # a file's was checked on reading; none saved: the default
        self._view.set_threshold(
            t if isinstance(t, float) and not THRESHOLD.problem(t) else DEFAULT_THRESHOLD
        )
        epoch = view.get("epoch")
        if isinstance(epoch, int) and not racers and 0 <= epoch < session.epoch:
            self._view.set_viewed_epoch(epoch)  # travelled back, as it was saved
        self._undo_stack.clear()
        self.opened.emit()
        state = self._run.state
        more = (
            ""
            if state in (RunState.FINISHED, RunState.DIVERGED)
            else translate("session_controller", " Train (Space) continues it.")
        )
        what = (
            translate("session_controller", "a race of {n} optimisers").format(n=len(racers) + 1)
            if racers
            else translate("session_controller", "a saved run")
        )
        text = translate(
            "session_controller", "Showing {what}: epoch {epoch} of {epochs} ({state}).{more}"
        )
        self.message.emit(
            text.format(
                what=what,
                epoch=localise(integer(session.epoch)),
                epochs=localise(integer(session.settings.epochs)),
                state=translate("session_controller", str(state)),
                more=more,
            )
        )
        # The guided lesson as this session had it (last: a handout says what it locked);
        # a session without it starts the lesson afresh, and lifts a handout's locks.
        self._view.restore_guide(view["guide"] if isinstance(view.get("guide"), dict) else {})

    def open_session(self, path: str | None = None) -> bool:
        """Open a session (asking for the file if ``path`` is None). False if it failed; a
        big file is read in the background and shown when it has been read."""
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self._parent,
                translate("session_controller", "Open gdviz session"),
                self.last_folder,
                translate(
                    "session_controller",
                    "gdviz sessions (*{suffix});;JSON files (*.json);;All files (*)",
                ).format(suffix=SUFFIX),
            )
            if not path:
                return False
        if file_size(path) > BACKGROUND_BYTES:
            self.message.emit(
                translate("session_controller", "Opening {name}…").format(name=Path(path).name)
            )
            self._loader.submit(self._loader.worker.load, path)
            return True
        try:
            session = load_session(path)
        except SessionError as exc:
            self._refused(exc)
            return False
        self.show_session_file(path, session)
        return True

    def save_session(self, path: str | None = None, ask: bool = False) -> bool:
        """Save the run (asking where, the first time or with ``ask``). False if it failed;
        a big run is written in the background and the status bar says when it is done."""
        if path is None and (ask or self.session_path is None):
            suggested = str(Path(self.last_folder) / f"{self._run.data.name}{SUFFIX}")
            path, _ = QFileDialog.getSaveFileName(
                self._parent,
                translate("session_controller", "Save gdviz session"),
                suggested,
                _sessions_filter(),
            )
            if not path:
                return False
            if not path.endswith(SUFFIX):
                path += SUFFIX
        target = Path(path) if path is not None else self.session_path
        assert target is not None
        session = self.session()
        before, self.session_path = self.session_path, target
        self.last_folder = str(target.parent)
        epochs = sum(len(s.history) for s in (session, *session.race))
        if epochs + len(session.data) > BACKGROUND_ROWS:
            self.message.emit(
                translate("session_controller", "Saving the session to {path}…").format(path=target)
            )
            self._saver.submit(self._saver.worker.save, str(target), session)
            return True
        try:
            write_session(target, session)
        except OSError as exc:
            self.session_path = before  # Ctrl+S asks again, not the place that refused
            self._not_saved(str(target), exc.strerror or str(exc))
            return False
        self._saved(str(target))
        return True

    def save_handout(self, guide: dict) -> bool:
        """File ▸ Save as handout: this run, opening at the guided lesson's progress
        ``guide`` (its step and the teacher's handout). Written at once, beside the run's
        own session, which stays where it was."""
        suggested = str(Path(self.last_folder) / f"handout{SUFFIX}")
        path, _ = QFileDialog.getSaveFileName(
            self._parent,
            translate("session_controller", "Save handout"),
            suggested,
            _sessions_filter(),
        )
        if not path:
            return False
        if not path.endswith(SUFFIX):
            path += SUFFIX
        session = self.session()
        session.view = {**session.view, "guide": guide}
        try:
            write_session(Path(path), session)
        except OSError as exc:
            self._not_saved(path, exc.strerror or str(exc))
            return False
        self.message.emit(
            translate(
                "session_controller",
                "Saved the handout to {path}: it opens at its step, as you chose.",
            ).format(path=path)
        )
        self.used.emit(path)
        return True

    def _saved(self, path: str) -> None:
        self.message.emit(
            translate("session_controller", "Saved the session to {path}.").format(path=path)
        )
        self.saved.emit(path)
        self.used.emit(path)

    def start_threads(self) -> None:
        self._saver.start()
        self._loader.start()
        self.animation.start_threads()

    def shut_down(self) -> None:
        """Finish a save under way (it is never cut short), then stop the file threads."""
        self._saver.shut_down(finish=True)
        self._loader.shut_down()
        self.animation.shut_down()

    def _on_file_done(self, result: FileResult) -> None:
        if result.error is not None:
            if result.session is None and result.kind == "load":
                self._refused(result.error)
            else:
                if self.session_path == Path(result.path):
                    self.session_path = None  # Ctrl+S asks again, not the place that refused
                self._not_saved(result.path, result.error)
        elif result.kind == "load":
            assert result.session is not None
            self.show_session_file(result.path, result.session)
        else:
            self._saved(result.path)

    def show_session_file(self, path: str, session: Session) -> None:
        """Show ``session``, read (and checked) from ``path``: Save writes back there."""
        self.apply(session)
        self.session_path = Path(path)
        self.last_folder = str(self.session_path.parent)
        self.used.emit(path)

    def _refused(self, exc: SessionError | str) -> None:
        self._error(
            translate("session_controller", "Cannot open this session"),
            translate("session_controller", "{reason}\n\nNothing was changed.").format(reason=exc),
        )

    def _not_saved(self, target: str, reason: str) -> None:
        self._error(
            translate("session_controller", "Cannot save the session"),
            translate(
                "session_controller",
                "{path}: {reason}\n\nAny earlier file there is unchanged. Try another folder.",
            ).format(path=target, reason=reason),
        )

    # -- exports ---------------------------------------------------------------------
    def caption(self) -> str:
        return export.caption(self._run.session(self._view.as_dict(), copy=False))

    def export_images(
        self,
        folder: str | Path,
        formats: Sequence[str] = ("png",),
        width: int = export.DEFAULT_WIDTH,
    ) -> list[Path]:
        """Write fit.*, landscape.*, loss.* and dashboard.* into ``folder``."""
        return export.export_images(self._plots, self.caption(), folder, formats, width)

    def export_history(self, path: str | None = None) -> bool:
        history = self._run.history
        if path is None:
            suggested = str(Path(self.last_folder) / "history.csv")
            path, _ = QFileDialog.getSaveFileName(
                self._parent,
                translate("session_controller", "Export history as CSV"),
                suggested,
                translate("session_controller", "CSV files (*.csv)"),
            )
            if not path:
                return False
        try:
            save_history_csv(path, history, names=csv_names(self._run.network))
        except OSError as exc:
            self._failed(translate("session_controller", "Cannot export the history"), path, exc)
            return False
        n = len(history)
        text = translate("session_controller", "Wrote {n} epoch to {path}.")
        if n != 1:
            text = translate("session_controller", "Wrote {n} epochs to {path}.")
        self.message.emit(text.format(n=localise(integer(n)), path=path))
        return True

    def export_script(self, path: str | None = None) -> bool:
        """The run as a standalone Python script (its data, settings and rate changes)."""
        run = self._run
        if path is None:
            suggested = str(Path(self.last_folder) / f"{run.data.name}_run.py")
            path, _ = QFileDialog.getSaveFileName(
                self._parent,
                translate("session_controller", "Export as Python script"),
                suggested,
                translate("session_controller", "Python scripts (*.py)"),
            )
            if not path:
                return False
        text = python_script(
            run.data, run.settings, list(run.lr_changes), script_name=Path(path).name
        )
        try:
            atomic_write_text(path, text)
        except OSError as exc:
            self._failed(translate("session_controller", "Cannot write the script"), path, exc)
            return False
        self.last_folder = str(Path(path).parent)
        self.message.emit(
            translate(
                "session_controller",
                "Wrote {path}: run it with python to train the same run and print its log.",
            ).format(path=path)
        )
        return True

    def export_animation(self, request: AnimationRequest | None = None) -> bool:
        """The run so far as an animation (asking how, unless ``request`` is given), drawn
        a frame at a time while the window stays live; progress and Cancel."""
        if not len(self._run.history):
            self.message.emit(
                translate("session_controller", "Nothing to animate yet: train first (Space).")
            )
            return False
        if request is None:
            suggested = str(Path(self.last_folder) / f"{self._run.data.name}.gif")
            request = AnimationDialog.ask(self._parent, suggested)
            if request is None:
                return False
        self.last_folder = str(request.path.parent)
        try:
            # Not a copy: the animation copies the history a slice at a time.
            self.animation.start(self._run.session({}, copy=False), request)
        except (OSError, ValueError) as exc:
            self._error(
                translate("session_controller", "Cannot write the animation"),
                f"{request.path}: {exc}",
            )
            return False
        self.message.emit(
            translate("session_controller", "Writing {name}…").format(name=request.path.name)
        )
        return True

    def export_plots(self) -> bool:
        options = ExportDialog.get_options(self._parent, self.last_folder)
        if options is None:
            return False
        folder, formats, width = options
        self.last_width = width
        try:
            written = self.export_images(folder, formats, width)
        except OSError as exc:
            self._failed(translate("session_controller", "Cannot export the plots"), folder, exc)
            return False
        self.last_folder = str(folder)
        names = ", ".join(p.name for p in written)
        self.message.emit(
            translate("session_controller", "Exported {names} to {folder}.").format(
                names=names, folder=folder
            )
        )
        return True

    def export_one(self, plot: PlotPanel, name: str) -> bool:
        """Export one plot, from its context menu."""
        suggested = str(Path(self.last_folder) / f"{name}.png")
        title, done = PLOT_EXPORTS.get(
            name, (f"Export the {name} plot", f"Exported the {name} plot to {{path}}.")
        )
        path, chosen = QFileDialog.getSaveFileName(
            self._parent,
            translate("session_controller", title),
            suggested,
            translate("session_controller", "PNG image (*.png);;SVG vector image (*.svg)"),
        )
        if not path:
            return False
        if Path(path).suffix.lower() not in (".png", ".svg"):
            path += ".svg" if "svg" in chosen.lower() else ".png"
        try:
            export.export_plot(plot, path, self.last_width)
        except OSError as exc:
            self._failed(translate("session_controller", "Cannot export the plot"), path, exc)
            return False
        self.last_folder = str(Path(path).parent)
        self.message.emit(translate("session_controller", done).format(path=path))
        return True

    def copy_image(self, plot: PlotPanel | None = None) -> None:
        """Copy one plot, or (``None``) the whole dashboard, to the clipboard."""
        if plot is None:
            image = export.dashboard_image(self._plots, self.caption())
        else:
            image = export.plot_image(plot)
        QApplication.clipboard().setImage(image)
        self.message.emit(
            translate(
                "session_controller", "Copied a {width}×{height} image to the clipboard."
            ).format(width=image.width(), height=image.height())
        )

    def _failed(self, title: str, path: object, exc: OSError) -> None:
        self._error(title, f"{path}: {exc.strerror or exc}")

    def _error(self, title: str, text: str) -> None:
        self.message.emit(text.splitlines()[0])
        QMessageBox.warning(self._parent, title, text)
