"""Turning the run into pictures: from the run's signals to the plots, read-outs and
status bar.

:class:`RunPresenter` owns what is only a matter of showing: which epoch is
viewed (live, or one clicked on the loss plot) and when to redraw. While
training it redraws from two timers, at most 25 times a second and the
landscape path 4 times a second; a batch of epochs only marks the picture
stale, so no event-loop turn both receives a batch and draws.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from gdviz.core.run.state import RunState, StopReason
from gdviz.core.teach.explain import explain
from gdviz.core.teach.explain_net import explain_network
from gdviz.core.teach.words import LOSS_NAMES
from gdviz.core.train.data import DataSet
from gdviz.core.train.model import RowUpdate, predict
from gdviz.core.train.network import NetRow, forward
from gdviz.core.train.validation import Stop
from gdviz.ui.blocking import signals_blocked
from gdviz.ui.controllers import generalisation
from gdviz.ui.controllers import run_messages as msg
from gdviz.ui.controllers.kept_runs import KeptRuns
from gdviz.ui.controllers.landscape_controller import LandscapeController
from gdviz.ui.controllers.landscape_follower import LandscapeFollower
from gdviz.ui.controllers.race_controller import RaceController
from gdviz.ui.controllers.run_controller import RunController
from gdviz.ui.models import SettingsModel, ViewModel
from gdviz.ui.threads.training_worker import RowStep, StopReport
from gdviz.ui.views.data_tab import DataPanel
from gdviz.ui.views.fit_plot import FitPlot
from gdviz.ui.views.held_marks import HeldOutMarks
from gdviz.ui.views.landscape_plot import LandscapePlot
from gdviz.ui.views.loss_plot import LossPlot
from gdviz.ui.views.network_view import NetworkView
from gdviz.ui.views.race_views import RacePanel
from gdviz.ui.views.slice_bar import SliceBar
from gdviz.ui.views.train_tab import ControlPanel

REDRAW_MS = 40  # 25 frames a second: smooth to the eye, light on the GUI thread
LANDSCAPE_MS = 250  # the path on the landscape is redrawn at most 4 times a second


@dataclass(frozen=True)
class Views:
    """The widgets the presenter draws into."""

    controls: ControlPanel
    fit_plot: FitPlot
    landscape_plot: LandscapePlot
    loss_plot: LossPlot
    data_panel: DataPanel
    race_panel: RacePanel
    status_label: QLabel
    dialog_parent: QWidget
    network_view: NetworkView
    slice_bar: SliceBar
    held_marks: HeldOutMarks


class RunPresenter(QObject):
    """Shows the run, the kept runs and the landscape in the views."""

    viewing_changed = Signal(object)  # the epoch viewed, or None: live
    message = Signal(str)  # what happened, for the status bar
    redrawn = Signal()  # the model on view was drawn anew (live read-outs follow it)

    def __init__(
        self,
        run: RunController,
        settings: SettingsModel,
        view: ViewModel,
        kept: KeptRuns,
        landscape: LandscapeController,
        race: RaceController,
        views: Views,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._run = run
        self._race = race
        self._settings = settings
        self._kept = kept
        self._landscape = landscape
        self._v = views
        self._view = view
        self._follower = LandscapeFollower(
            run, race, settings, landscape, views.landscape_plot, views.slice_bar
        )
        self._stale = False
        self._redraw_timer = QTimer(self)
        self._redraw_timer.setInterval(REDRAW_MS)
        self._redraw_timer.timeout.connect(self._redraw_if_stale)
        self._landscape_timer = QTimer(self)
        self._landscape_timer.setInterval(LANDSCAPE_MS)
        self._landscape_timer.timeout.connect(self.follow_landscape)
        view.viewed_epoch_changed.connect(self._on_viewed_epoch_changed)
        run.about_to_reset.connect(self._back_to_live_quietly)
        run.run_started.connect(self._on_run_started)
        run.state_changed.connect(self._on_state_changed)
        run.epochs_added.connect(self._on_epochs_added)
        run.row_stepped.connect(self._on_row_stepped)
        run.stopped.connect(self._on_stopped)
        run.failed.connect(self._on_failed)
        run.data_changed.connect(self._on_data_changed)
        run.target_changed.connect(self._on_target_changed)
        run.loss_rising.connect(self._on_loss_rising)
        kept.changed.connect(self.draw_kept_runs)
        landscape.grid_ready.connect(views.landscape_plot.show_result)
        landscape.busy_changed.connect(self._on_landscape_busy)
        landscape.failed.connect(views.landscape_plot.show_failure)
        race.changed.connect(self._on_race_changed)
        race.started.connect(self._on_race_started)
        race.state_changed.connect(self._on_race_state)
        views.loss_plot.epoch_selected.connect(self.view_epoch)
        views.controls.predict_changed.connect(self.update_prediction)

    # -- the epoch viewed ----------------------------------------------------------------
    @property
    def viewed_epoch(self) -> int | None:
        return self._view.viewed_epoch

    def shown_params(self) -> tuple[tuple[float, ...], int | None]:
        """The parameters as drawn now, and the epoch they belong to (None: live)."""
        k = self._view.viewed_epoch
        h = self._run.history
        if k is None or not len(h):
            return self._run.params, None
        index = min(k, len(h) - 1) // h.param_stride
        return tuple(h.params[:, index].tolist()), index * h.param_stride

    def shown_parameters(self) -> tuple[float, float, int | None]:
        """The lesson's neuron: (w, b) as drawn now, and the epoch they belong to (None:
        live)."""
        params, epoch = self.shown_params()
        return params[0], params[-1], epoch

    def view_epoch(self, epoch: int) -> None:
        """Show the model as it was after ``epoch`` (training may go on meanwhile)."""
        n = len(self._run.history)
        if n == 0:
            return
        self._view.set_viewed_epoch(min(max(int(epoch), 0), n - 1))

    def go_live(self) -> None:
        """Back to following the trainer."""
        self._view.set_viewed_epoch(None)

    def _on_viewed_epoch_changed(self, epoch: int | None) -> None:
        self._v.loss_plot.show_cursor(epoch)
        self.redraw()
        self.viewing_changed.emit(epoch)

    def _back_to_live_quietly(self) -> None:
        """Before the run is replaced: no past epoch of it can be shown any more (the new
        run's own start draws everything)."""
        with signals_blocked(self._view):
            self._view.set_viewed_epoch(None)

    def say(self, message: str) -> None:
        self.message.emit(message)

    # -- from the run ------------------------------------------------------------------------
    def _on_run_started(self) -> None:
        r, v = self._run, self._v
        with signals_blocked(self._view):
            self._view.set_viewed_epoch(None)
        v.loss_plot.show_cursor(None)
        v.fit_plot.set_data(r.data)
        v.controls.show_inputs(r.data.inputs, r.data.x_labels)
        self._clear_row_and_note()
        v.loss_plot.start_run(r.history, r.settings.epochs, LOSS_NAMES[r.settings.loss], r.fit_rows)
        v.held_marks.show(r.data, r.held_out)
        v.data_panel.mark_held_out(r.held_out)
        v.controls.generalisation_box.show_rows(len(r.data))
        if r.early is not None:  # a session of a run early stopping ended
            v.loss_plot.show_best(r.early.best_epoch)
        v.loss_plot.show_banner(None)
        if r.divergence is not None:
            self._show_divergence()
        self.draw_kept_runs()
        self.follow_landscape()
        self.redraw()
        self.viewing_changed.emit(None)

    def _on_state_changed(self, state: RunState) -> None:
        if state is RunState.RUNNING:
            # The row worked out belongs to where the run paused: it moves on now.
            self._clear_row()
        self._run_timers()

    def _run_timers(self) -> None:
        """The redraw timers run while the run or a race trains."""
        if RunState.RUNNING in (self._run.state, self._race.state):
            self._redraw_timer.start()
            self._landscape_timer.start()
        else:
            self._redraw_timer.stop()
            self._landscape_timer.stop()
            self.follow_landscape()

    # -- from the race -------------------------------------------------------------------------
    def _on_race_started(self) -> None:
        race = self._race
        if race.active:
            self.go_live()
            self.say(msg.race_started(len(race.racers), race.racers[0].w, race.racers[0].b))
        else:
            self.say(msg.race_over())
        self.redraw()
        self.follow_landscape()

    def _on_race_changed(self) -> None:
        if self._race.state is RunState.RUNNING:
            self._stale = True
        else:  # a step, or the last epochs: show them at once
            self.redraw()
            self.follow_landscape()

    def _on_race_state(self, state: RunState) -> None:
        self._run_timers()
        self.redraw()
        if state is RunState.FINISHED and self._race.active:
            racers = self._race.racers
            done = [r for r in racers if r.reached is not None]
            best = min(racers, key=lambda r: r.loss if r.loss is not None else math.inf)
            first = min(done, key=lambda r: r.reached or 0).label if done else None
            self.say(msg.race_finished(best.label, best.loss, self._race.threshold, first))

    def _on_epochs_added(self) -> None:
        if self._run.state is RunState.RUNNING:
            self._stale = True
            return
        # A single step: show it at once.
        self._v.fit_plot.show_row(None)
        self._v.landscape_plot.hide_step()
        self.redraw()
        self.follow_landscape()
        self.say(msg.stepped(len(self._run.history)))

    def _on_row_stepped(self, step: RowStep) -> None:
        u, v, s = step.update, self._v, self._run.settings
        if not isinstance(u, RowUpdate):
            self._on_network_row(step)
            return
        title = msg.row_title(step.epoch, step.rows_done, step.rows, f"{u.x:g}", u.y)
        v.controls.show_row(title, explain(u, step.learning_rate, s.loss, s.gradient, s, step.rows))
        self.say(msg.row_said(title, u.loss))
        v.fit_plot.show_row(u)
        v.network_view.show_row(NetRow.from_lesson(u), step.learning_rate, s)
        self._follower.show_step(u.before, u.after)
        self.redraw()
        self.follow_landscape()

    def _on_network_row(self, step: RowStep) -> None:
        """A row of a model beyond the lesson's neuron: its whole forward and backward pass."""
        u, v, r = step.update, self._v, self._run
        assert isinstance(u, NetRow)
        inputs = ", ".join(f"{value:g}" for value in u.x)
        title = msg.row_title(step.epoch, step.rows_done, step.rows, f"({inputs})", u.y)
        s = r.settings
        lines = explain_network(u, r.network, step.learning_rate, s.loss, s.gradient, s)
        v.controls.show_row(title, lines)
        self.say(msg.row_said(title, u.loss))
        v.fit_plot.show_row(u)
        v.network_view.show_row(u, step.learning_rate, s)
        self._follower.show_step(u.before, u.after)
        self.redraw()
        self.follow_landscape()

    def _on_stopped(self, report: StopReport) -> None:
        r = self._run
        if report.reason is StopReason.FINISHED:
            model = msg.finished_model(r.network.is_lesson, r.w, r.b, len(r.params))
            self.say(msg.finished(report.epoch, generalisation.last_losses(r), model))
        elif report.reason is StopReason.PAUSED:
            self.say(msg.paused(report.epoch))
        elif report.reason is StopReason.DIVERGED:
            self._show_divergence()
        if report.early is not None:
            self._show_early_stop(report.early)
        self.redraw()
        self.follow_landscape()

    def _show_early_stop(self, stop: Stop) -> None:
        """Early stopping ended the run: travel back to its best epoch, marked."""
        self._v.loss_plot.show_best(stop.best_epoch)
        self.view_epoch(stop.best_epoch)
        self.say(msg.early_stop(stop))

    def _on_failed(self, details: str) -> None:
        self.say(msg.internal_error())
        box = QMessageBox(
            QMessageBox.Icon.Critical,
            msg.failed_title(),
            msg.failed_text(),
            parent=self._v.dialog_parent,
        )
        box.setDetailedText(details)
        box.setModal(False)
        box.show()
        self.redraw()

    def _on_data_changed(self, data: DataSet, continued: bool) -> None:
        v = self._v
        v.data_panel.set_data_set(data)
        v.loss_plot.hide_hover()
        self._clear_row_and_note()
        v.controls.show_inputs(data.inputs, data.x_labels)
        v.data_panel.mark_held_out(self._run.held_out)
        v.controls.generalisation_box.show_rows(len(data))
        if continued:  # a fresh run redraws everything itself (run_started)
            v.fit_plot.set_data(data)
            self.follow_landscape()
            self.redraw()

    def _on_target_changed(self, epochs: int) -> None:
        self._v.loss_plot.set_epochs(epochs)
        self.redraw()
        if self._run.state is RunState.PAUSED and len(self._run.history) < epochs:
            self.say(msg.new_target(epochs))

    def _on_loss_rising(self, began: int, epochs: int) -> None:
        self.say(msg.loss_rising(began, epochs))

    def _show_divergence(self) -> None:
        d = self._run.divergence
        assert d is not None
        said, banner = msg.divergence(d.epoch, d.what, d.value, self._run.learning_rate)
        self.say(said)
        self._v.loss_plot.show_banner(banner)

    def _clear_row_and_note(self) -> None:
        self._clear_row()
        self._v.controls.clear_note()

    def _clear_row(self) -> None:
        v = self._v
        v.fit_plot.show_row(None)
        v.network_view.show_row(None)
        v.landscape_plot.hide_step()
        v.controls.clear_row()

    # -- drawing -----------------------------------------------------------------------------
    def _redraw_if_stale(self) -> None:
        if self._stale:
            self.redraw()

    def redraw(self) -> None:
        """The curves, the read-outs and the prediction, from the run as it is now."""
        self._stale = False
        r, v = self._run, self._v
        n = len(r.history)
        v.loss_plot.refresh()
        params, kept_from = self.shown_params()
        network = r.network
        v.fit_plot.show_model(network, params)
        v.network_view.show_model(network, params)
        self._follower.show_current(network, params)
        viewed = self._view.viewed_epoch
        shown_epoch = None if viewed is None or not n else min(viewed, n - 1)
        v.controls.show_progress(n, r.settings.epochs, shown_epoch)
        if viewed is None or not n:
            loss = float(r.history.loss[-1]) if n else None
            v.controls.show_viewing(None, n)
        else:
            viewed = min(viewed, n - 1)
            loss = float(r.history.loss[viewed])
            v.controls.show_viewing(viewed, n, kept_from)
        v.controls.show_parameters(loss, network, params)
        generalisation.show(v.controls, r, shown_epoch, params)
        v.status_label.setText(msg.status(r.data.name, len(r.data), r.settings.loss))
        self.update_prediction()
        self._draw_race()
        self.redrawn.emit()

    def _draw_race(self) -> None:
        """The racers' losses and sigmoids (every frame; their paths and the table go
        with the landscape, 4 times a second)."""
        race, v = self._race, self._v
        racers = race.racers
        if racers:
            race.refresh_losses()
        v.fit_plot.set_racers(racers)
        v.loss_plot.set_racers(racers)
        if not racers or race.state is not RunState.RUNNING:
            self._follow_race()

    def _follow_race(self) -> None:
        race, v = self._race, self._v
        racers = race.racers
        if racers:
            v.race_panel.show_racers(racers, race.state, race.threshold)
        v.race_panel.setVisible(bool(racers))

    def follow_landscape(self, refit: bool = False) -> None:
        """Draw the path; ask for a grid that shows it (and both starts) if this one does
        not (``refit``: a new grid framed on them now)."""
        self._follow_race()
        self._follower.follow(self.shown_params()[0], refit)

    def fit_landscape(self) -> None:
        """View ▸ Fit view: a new grid framed on the optimum and the paths now."""
        self.follow_landscape(refit=True)

    def _on_landscape_busy(self, busy: bool) -> None:
        if busy:
            self._v.landscape_plot.show_computing()

    def draw_kept_runs(self) -> None:
        """Kept runs on every plot where they can be compared: the loss plot takes those
        with the run's loss (another loss is another scale), the landscape those of the
        run's model (another model's parameters are another space)."""
        visible = self._kept.visible()
        v, run = self._v, self._run
        v.fit_plot.set_overlays(visible)
        network = self._follower.map_network()
        axes = self._follower.axes_of(network)
        v.landscape_plot.set_overlays([r for r in visible if r.network == network], axes)
        names = self._kept.labels()
        same_loss = [r for r in visible if r.settings.loss is run.settings.loss]
        v.loss_plot.set_overlays(same_loss, [names[id(r)] for r in same_loss])

    def update_prediction(self) -> None:
        controls, fit = self._v.controls, self._v.fit_plot
        inputs = controls.predict_inputs()
        params, _ = self.shown_params()
        network = self._run.network
        if inputs is None or not all(math.isfinite(v) for v in params):
            two = network.inputs == 2
            controls.predict_output.setText(msg.predict_prompt(two))
            fit.show_prediction(None, None)
            return
        if network.is_lesson:
            p = predict(params[0], params[-1], inputs[0])
        else:
            p = forward(network, params, inputs).p
        controls.predict_output.setText(msg.prediction(p))
        fit.show_prediction(inputs[0] if len(inputs) == 1 else None, p)


def _span(values: np.ndarray) -> list[float]:
    """The smallest and largest finite value (none if there are none)."""
    finite = values[np.isfinite(values)]
    return [float(finite.min()), float(finite.max())] if finite.size else []
