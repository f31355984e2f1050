"""What the landscape shows of the run (or of a race): the path, the point now, the next
run's start, and which grid to ask for.

The lesson's neuron has two parameters, and its landscape is the whole picture. A model
with more have a landscape of as many dimensions: the landscape shows a slice along two
of them (the slice bar chooses which), through the parameters as they are now, and the
path as its shadow on those two. When training moves the other parameters away, a new
slice is asked for (off the GUI thread, as every grid is).
"""

from __future__ import annotations

import math
import time

import numpy as np

from gdviz.core.figures.loss_slice import Slice, default_axes
from gdviz.core.figures.runs import thinned_path
from gdviz.core.run.state import RunState
from gdviz.core.train.network import Network
from gdviz.core.train.penalty import NO_PENALTY
from gdviz.ui.controllers.landscape_controller import LandscapeController
from gdviz.ui.controllers.race_controller import RaceController
from gdviz.ui.controllers.run_controller import RunController
from gdviz.ui.models import SettingsModel
from gdviz.ui.views.landscape_plot import LandscapePlot
from gdviz.ui.views.slice_bar import SliceBar

SLICE_S = 1.0  # a new slice at most once a second while training moves the point


class LandscapeFollower:
    """Keeps the landscape plot and its slice bar on the run, or on a race."""

    def __init__(
        self,
        run: RunController,
        race: RaceController,
        settings: SettingsModel,
        grids: LandscapeController,
        plot: LandscapePlot,
        bar: SliceBar,
    ) -> None:
        self._run, self._race, self._settings = run, race, settings
        self._grids, self._plot, self._bar = grids, plot, bar
        self._network: Network | None = None
        self._sliced_at = -math.inf  # when a slice was last asked for
        self.axes = (0, 1)
        bar.axes_chosen.connect(self.choose_axes)

    def map_network(self) -> Network:
        """The model the map is of: the run's, or in a race the first racer's."""
        race = self._race
        return race.racers[0].network if race.active else self._run.network

    def show_current(self, network: Network, params: tuple[float, ...]) -> None:
        """Mark ``params`` of ``network`` on the map, if the map is of that model."""
        if network == self.map_network():
            a, b = self.axes_of(network)
            self._plot.show_current(params[a], params[b])

    def axes_of(self, network: Network) -> tuple[int, int]:
        """The axes for ``network`` (a new model starts from its default two)."""
        if network != self._network:
            self._network = network
            self.axes = default_axes(network)
            names = None if network.is_lesson else network.names
            self._bar.show_axes(names, self.axes)
            self._plot.set_axes_names(None if names is None else network_names(network, self.axes))
        return self.axes

    def choose_axes(self, a: int, b: int) -> None:
        if self._network is None or (a, b) == self.axes:
            return
        self.axes = (a, b)
        self._plot.set_axes_names(network_names(self._network, self.axes))
        self._plot.hide_step()
        self.follow(self._run.params, refit=True)

    def follow(self, shown: tuple[float, ...], refit: bool = False) -> None:
        """Draw the run's path and the point ``shown`` (the epoch viewed), or in a race the
        racers' paths on the first racer's model; ask for a grid that shows them, or a new
        slice (``refit``: one framed on them now)."""
        r, race = self._run, self._race
        network = self.map_network()
        if race.active:
            race.refresh_paths()
            first = race.racers[0]
            centre, data, loss = first.params, race.data or r.data, first.settings.loss
        else:
            centre, data, loss = shown, r.fit_data, r.settings.loss
        a, b = self.axes_of(network)
        ws: list[float] = []
        bs: list[float] = []
        if race.active:  # the racers' paths (of the same model) instead of the run's
            same = [racer for racer in race.racers if racer.network == network]
            for racer in same:
                rx, ry = racer.along((a, b))
                ws += [racer.params[a], *_span(rx)]
                bs += [racer.params[b], *_span(ry)]
            self._plot.set_racers(same, (a, b))
        else:
            path = thinned_path(r.start_params, r.history.params)
            xs, ys = path[a], path[b]
            self._plot.show_path((xs[0], ys[0]), xs[1:], ys[1:], (r.params[a], r.params[b]))
            self._plot.show_current(shown[a], shown[b])
            ws = [r.params[a], *_span(xs)]
            bs = [r.params[b], *_span(ys)]
            if network.is_lesson:  # the next run's start is chosen on this map: on view
                nxt = self._settings.value
                ws, bs = ws + [nxt.weight], bs + [nxt.bias]
            self._plot.set_racers([], (a, b))
        cut = None if network.is_lesson else Slice(network, tuple(centre), (a, b))
        if cut is not None and not refit:
            # A slice costs a tenth of a second on every core: only when it is on view,
            # and at most every SLICE_S while a run moves it on.
            moving = r.state is RunState.RUNNING or race.state is RunState.RUNNING
            soon = time.monotonic() - self._sliced_at < SLICE_S
            if not self._plot.isVisible() or (moving and soon):
                return
        penalty = NO_PENALTY if race.active else r.settings.penalty
        self._grids.follow(data, loss, np.array(ws), np.array(bs), refit, cut, penalty)
        if cut is not None:
            self._sliced_at = time.monotonic()

    def show_step(self, before: tuple[float, ...], after: tuple[float, ...]) -> None:
        """One row's step, as an arrow on the two axes."""
        a, b = self.axes
        self._plot.show_step(before[a], before[b], after[a], after[b])


def network_names(network: Network, axes: tuple[int, int]) -> tuple[str, str]:
    return network.names[axes[0]], network.names[axes[1]]


def _span(values: np.ndarray) -> list[float]:
    """The smallest and largest finite value (none if there are none)."""
    finite = values[np.isfinite(values)]
    return [float(finite.min()), float(finite.max())] if finite.size else []
