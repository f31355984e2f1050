"""The loss plot: the loss of every epoch, kept runs faded, a cursor to travel back.

A click or a drag anywhere on the data area picks an epoch (``epoch_selected``);
the view does not pan or zoom. Long runs are drawn as a min/max envelope.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QPointF, Qt, Signal

from gdviz.core.figures.decimate import PeakEnvelope
from gdviz.core.figures.runs import DRAW_ALL_UP_TO, PastRun
from gdviz.core.i18n import QT_TRANSLATE_NOOP, localise, translate
from gdviz.core.teach.words import integer, significant
from gdviz.core.train.history import EpochRecord
from gdviz.ui.views.plot_ink import LIGHT_KEY, Ink, adapt
from gdviz.ui.views.plots import (
    AXIS,
    LOSS,
    TEXT,
    VALIDATION,
    DecadeAxis,
    EpochAxis,
    PlotPanel,
    faded,
    sync_overlays,
)
from gdviz.ui.views.view_keys import LOSS as LOSS_KEYS


class ScrubViewBox(pg.ViewBox):
    """A view box where a left click or drag anywhere picks an x (no panning)."""

    scrubbed = Signal(float)  # x in data coordinates

    def __init__(self) -> None:
        super().__init__(enableMenu=False)
        self.setMouseEnabled(x=False, y=False)

    def mouseClickEvent(self, ev) -> None:  # noqa: N802 (pyqtgraph API)
        if ev.button() == Qt.MouseButton.LeftButton:
            ev.accept()
            self.scrubbed.emit(float(self.mapSceneToView(ev.scenePos()).x()))
        else:
            super().mouseClickEvent(ev)

    def mouseDragEvent(self, ev, axis=None) -> None:  # noqa: N802 (pyqtgraph API)
        if ev.button() != Qt.MouseButton.LeftButton:
            ev.ignore()
            return
        ev.accept()
        self.scrubbed.emit(float(self.mapSceneToView(ev.scenePos()).x()))

    def wheelEvent(self, ev, axis=None) -> None:  # noqa: N802
        ev.ignore()


class LossPlot(PlotPanel):
    """Epoch loss against epoch: the run, kept runs faded, a cursor to travel back,
    a hover read-out and a banner for divergence."""

    epoch_selected = Signal(int)  # clicked or dragged to an epoch
    GESTURES = (
        (
            QT_TRANSLATE_NOOP("loss_plot", "Click or drag"),
            QT_TRANSLATE_NOOP(
                "loss_plot", "travel back to that epoch: every plot shows the model then"
            ),
        ),
        (
            QT_TRANSLATE_NOOP("loss_plot", "Hover"),
            QT_TRANSLATE_NOOP("loss_plot", "read the epoch and loss under the pointer"),
        ),
        *PlotPanel.GESTURES,
    )
    KEYS = LOSS_KEYS  # the keyboard's way to each gesture (Esc: Run ▸ Back to live)

    def __init__(self, parent=None) -> None:
        self._vb = ScrubViewBox()
        super().__init__(
            translate("loss_plot", "Loss per epoch"),
            translate("loss_plot", "epoch loss (sum over rows)"),
            translate("loss_plot", "epoch"),
            parent,
            viewBox=self._vb,
            axisItems={"bottom": EpochAxis("bottom"), "left": DecadeAxis("left")},
        )
        self.setObjectName("lossPlot")
        item = self.getPlotItem()
        # Re-style the replaced bottom axis like the others.
        axis = item.getAxis("bottom")
        axis.setPen(AXIS)
        axis.setTextPen(TEXT)
        axis.enableAutoSIPrefix(False)
        item.setLabel("bottom", translate("loss_plot", "epoch"), color=TEXT)
        # Wide pens cost ~5x more to draw: 2 px while every epoch is drawn, 1 px
        # for the min/max envelope of long runs.
        self._pens = self._loss_pens()
        self.curve = pg.PlotDataItem(pen=self._pens[0], name=translate("loss_plot", "loss"))
        self.curve.setDownsampling(auto=True, method="peak")
        self.curve.setClipToView(True)
        item.addItem(self.curve)
        # With rows held out: their mean loss after every epoch, and the best epoch.
        self.val_curve = pg.PlotDataItem(
            pen=self._val_pen(), name=translate("loss_plot", "validation")
        )
        self.val_curve.setDownsampling(auto=True, method="peak")
        self.val_curve.setClipToView(True)
        item.addItem(self.val_curve)
        self.best = pg.ScatterPlotItem(
            symbol="star", size=17, brush=pg.mkBrush(VALIDATION), pen=pg.mkPen("#222")
        )
        self.best.setZValue(12)
        item.addItem(self.best, ignoreBounds=True)
        self._val_envelope = PeakEnvelope(max_buckets=1024)
        self._rows: int | None = None  # training rows, when losses are drawn as means
        self._hover = pg.TextItem(color="#111", anchor=(1, 0), fill=pg.mkBrush(255, 255, 255, 220))
        self._hover.setZValue(10)
        self._hover_dot = pg.ScatterPlotItem(size=9, brush=pg.mkBrush(LOSS), pen=pg.mkPen("k"))
        item.addItem(self._hover, ignoreBounds=True)
        item.addItem(self._hover_dot, ignoreBounds=True)
        self.banner = pg.TextItem(
            color="#b00020",
            anchor=(0.5, 0.5),
            fill=pg.mkBrush(255, 235, 238, 235),
            border=pg.mkPen("#b00020"),
        )
        self.banner.setZValue(20)
        self.banner.setVisible(False)
        item.addItem(self.banner, ignoreBounds=True)
        item.vb.sigRangeChanged.connect(self._place_banner)
        self.cursor = pg.InfiniteLine(
            angle=90,
            movable=False,
            pen=pg.mkPen("#6a3d9a", width=2),
            label="",
            labelOpts={"position": 0.95, "color": "#6a3d9a", "fill": (255, 255, 255, 220)},
        )
        self.cursor.setVisible(False)
        self.cursor.setZValue(15)
        item.addItem(self.cursor, ignoreBounds=True)
        self._vb.scrubbed.connect(self._on_scrubbed)
        self.scene().sigMouseMoved.connect(self._on_mouse_moved)
        self._envelope = PeakEnvelope(max_buckets=1024)
        self._history: EpochRecord | None = None
        self._epochs = 1
        self._log = False
        self._overlays: dict[int, pg.PlotDataItem] = {}
        self._val_overlays: dict[int, pg.PlotDataItem] = {}  # kept runs' validation curves
        self._racer_items: dict[int, pg.PlotDataItem] = {}
        self._racers: list = []
        self._runs: list[PastRun] = []
        self._labels: list[str] = []
        self._loss_name = "squared error"
        self._empty = True  # no loss of this run drawn yet
        self.hide_hover()

    # -- the run -----------------------------------------------------------------------
    def _loss_pens(self) -> tuple:
        zoom = getattr(self, "zoom", 1.0)
        return pg.mkPen(LOSS, width=2 * zoom), pg.mkPen(LOSS, width=zoom)

    def _val_pen(self):
        return pg.mkPen(
            VALIDATION, width=2 * getattr(self, "zoom", 1.0), style=Qt.PenStyle.DashLine
        )

    def set_zoom(self, zoom: float) -> None:
        super().set_zoom(zoom)
        self._pens = self._loss_pens()
        self.val_curve.setPen(self._val_pen())

    def start_run(
        self, history: EpochRecord, epochs: int, loss_name: str, rows: int | None = None
    ) -> None:
        """Show a new (empty) run whose x axis spans ``epochs``. ``rows``: with rows held
        out, the number trained on: both curves are then means per row, so they compare."""
        self._history = history
        self._envelope.clear()
        self._val_envelope.clear()
        self._loss_name = loss_name
        self._rows = rows
        self.getPlotItem().setLabel(
            "left",
            translate("loss_plot", "mean loss per row")
            if rows
            else translate("loss_plot", "epoch loss (sum over rows)"),
            color=TEXT,
        )
        self.show_best(None)
        self.hide_hover()
        self.set_epochs(epochs)
        self.refresh()
        self.set_overlays(self._runs, self._labels)  # in this run's units: sums or means

    def show_best(self, epoch: int | None) -> None:
        """Mark the epoch with the lowest validation loss (None: no mark)."""
        held = getattr(self._history, "val_loss", None)
        if epoch is None or held is None or not 0 <= epoch < len(held):
            self.best.setData([], [])
            self.best.setVisible(False)
            return
        value = float(held[epoch])
        y = math.log10(value) if self._log and value > 0 else value
        self.best.setData([epoch], [y])
        self.best.setToolTip(
            localise(
                translate("loss_plot", "best validation loss {loss} at epoch {epoch}").format(
                    loss=significant(value, 4), epoch=integer(epoch)
                )
            )
        )
        self.best.setVisible(True)

    def set_history(self, history: EpochRecord) -> None:
        """Draw another history of the same run (e.g. its first epochs), legend unchanged."""
        if history is not self._history and (
            self._history is None or len(history) < len(self._history)
        ):
            self._envelope.clear()  # an envelope only grows
        self._history = history
        self.refresh()

    def set_epochs(self, epochs: int) -> None:
        self._epochs = max(1, epochs)
        # A fixed x range: auto-ranging every frame costs more than drawing.
        self.getPlotItem().setXRange(0, self._epochs, padding=0.02)

    def refresh(self) -> None:
        """Redraw from the history (cheap at any length)."""
        history = self._history
        if history is None or len(history) == 0:
            self.curve.setData([], [])
            self.val_curve.setData([], [])
            self.set_title(translate("loss_plot", "Loss per epoch"))
            self._frame_empty()
            return
        if self._empty:  # the first losses of a run: its own scale from now on
            self._empty = False
            self.getPlotItem().enableAutoRange(axis="y")
        n = len(history)
        if n > self._epochs:
            self.set_epochs(n)
        held = getattr(history, "val_loss", None)
        rows = self._rows  # means per row (so both curves compare), or the lesson's sums
        if n <= DRAW_ALL_UP_TO:
            x = np.arange(n, dtype=float)
            self.curve.setData(x, history.loss / rows if rows else history.loss, pen=self._pens[0])
            self.val_curve.setData(x, held) if held is not None else self.val_curve.setData([], [])
            self.set_title(translate("loss_plot", "Loss per epoch"))
        else:
            self._envelope.update(history.loss)
            x, y = self._envelope.xy()
            self.curve.setData(x, y / rows if rows else y, pen=self._pens[1])
            if held is not None:
                self._val_envelope.update(held)
                self.val_curve.setData(*self._val_envelope.xy())
            else:
                self.val_curve.setData([], [])
            bucket = self._envelope.bucket
            note = (
                translate("loss_plot", "drawn as the min and max of every epoch")
                if bucket == 1
                else translate("loss_plot", "drawn as the min and max of every {n} epochs")
            )
            self.set_title(
                translate("loss_plot", "Loss per epoch"), localise(note.format(n=integer(bucket)))
            )

    def _frame_empty(self) -> None:
        """No loss of this run yet: the scale of what is drawn (kept runs, racers), or
        0 to 1 when nothing is."""
        self._empty = True
        if self._runs or self._racers:
            self.getPlotItem().enableAutoRange(axis="y")
        else:
            self.getPlotItem().setYRange(0.0, 1.0, padding=0.02)

    def set_overlays(self, runs: Sequence[PastRun], labels: Sequence[str]) -> None:
        """Faded loss curves of the visible kept runs, named ``labels`` in the legend."""
        self._runs, self._labels = list(runs), list(labels)
        sync_overlays(
            self,
            self._overlays,
            self._runs,
            lambda run: pg.PlotDataItem(pen=pg.mkPen(faded(run.colour), width=1)),
            lambda run, item: item.setData(
                run.loss_x, run.loss_y / getattr(run, "rows", 1) if self._rows else run.loss_y
            ),
        )
        dashed = Qt.PenStyle.DashLine
        sync_overlays(
            self,
            self._val_overlays,
            [run for run in self._runs if self._rows and getattr(run, "val_y", None) is not None],
            lambda run: pg.PlotDataItem(pen=pg.mkPen(faded(run.colour), width=1, style=dashed)),
            lambda run, item: item.setData(run.loss_x, run.val_y),
        )
        self._update_legend()
        if self._history is None or len(self._history) == 0:
            self._frame_empty()

    def set_racers(self, racers: Sequence) -> None:
        """The loss curves of a race's racers, in their colours (none: the run again).
        Each racer has ``colour``, ``label``, ``epoch`` and ``loss_x``, ``loss_y``."""
        before = list(self._racer_items)
        sync_overlays(
            self,
            self._racer_items,
            list(racers),
            lambda r: pg.PlotDataItem(pen=pg.mkPen(r.colour, width=2)),
            lambda racer, item: _fill_racer(racer, item, self.zoom, self.ink),
        )
        for item in self._racer_items.values():
            item.setZValue(1)
        self._racers = list(racers)
        self.curve.setVisible(not racers)
        longest = max((r.settings.epochs for r in racers), default=0)
        if racers and longest != self._epochs:
            self.set_epochs(longest)
        if list(self._racer_items) != before:
            self._update_legend()
            if racers:
                self.getPlotItem().enableAutoRange(axis="y")  # the racers' scale
            elif self._history is None or len(self._history) == 0:
                self._frame_empty()

    def _update_legend(self) -> None:
        loss = translate("words", self._loss_name)  # a key of LOSS_NAMES, English
        if self._racers:
            self.set_legend_entries([(self._racer_items[id(r)], r.label) for r in self._racers])
            return
        if self._rows:
            name = translate("loss_plot", "training rows ({loss}, mean)").format(loss=loss)
            held = translate("loss_plot", "validation rows (held out, mean)")
            entries = [(self.curve, name), (self.val_curve, held)]
        else:
            entries = [(self.curve, translate("loss_plot", "this run ({loss})").format(loss=loss))]
        entries += [
            (self._overlays[id(r)], label)
            for r, label in zip(self._runs, self._labels, strict=True)
        ]
        self.set_legend_entries(entries)

    # -- banner, cursor, hover ------------------------------------------------------------
    def show_banner(self, text: str | None) -> None:
        """A message across the plot (e.g. divergence); None hides it."""
        self.banner.setVisible(bool(text))
        if text:
            self.banner.setText(text)
            self._place_banner()

    def _place_banner(self, *_args) -> None:
        (x0, x1), (y0, y1) = self.getPlotItem().vb.viewRange()
        self.banner.setPos((x0 + x1) / 2, (y0 + y1) / 2)

    def show_cursor(self, epoch: int | None) -> None:
        """Mark the epoch being viewed (None: back to live, no cursor)."""
        if epoch is None:
            self.cursor.setVisible(False)
            return
        self.cursor.setVisible(True)  # first: a hidden line's label ignores moves
        self.cursor.setPos(epoch)
        self.cursor.label.setFormat(
            localise(translate("loss_plot", "epoch {n}").format(n=integer(epoch)))
        )

    def cursor_label(self) -> str:
        return self.cursor.label.toPlainText()

    def _epoch_at(self, x: float) -> int | None:
        history = self._history
        if history is None or len(history) == 0 or not math.isfinite(x):
            return None
        return int(min(max(round(x), 0), len(history) - 1))

    def _on_scrubbed(self, x: float) -> None:
        epoch = self._epoch_at(x)
        if epoch is not None:
            self.epoch_selected.emit(epoch)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        """The keyboard's click: Left and Right (Shift: 10 epochs) travel from the epoch
        viewed (live: the last), Home and End to the first and the last."""
        key, n = event.key(), len(self._history) if self._history is not None else 0
        step = 10 if event.modifiers() & Qt.KeyboardModifier.ShiftModifier else 1
        viewed = round(self.cursor.value()) if self.cursor.isVisible() else None
        now = n - 1 if viewed is None else viewed
        moves = {Qt.Key.Key_Left: now - step, Qt.Key.Key_Right: now + step,
                 Qt.Key.Key_Home: 0, Qt.Key.Key_End: n - 1}  # fmt: skip
        if key not in moves:
            super().keyPressEvent(event)
        elif n and not (viewed is None and key in (Qt.Key.Key_Right, Qt.Key.Key_End)):
            self.epoch_selected.emit(min(max(moves[key], 0), n - 1))  # as a click there

    def set_log_scale(self, on: bool) -> None:
        self._log = on
        self.hide_hover()
        self.getPlotItem().setLogMode(y=on)

    def transient_items(self) -> list:
        return [self._hover, self._hover_dot]

    def hide_hover(self) -> None:
        self._hover.setVisible(False)
        self._hover_dot.setVisible(False)

    def hover_text(self) -> str | None:
        return self._hover.textItem.toPlainText() if self._hover.isVisible() else None

    def leaveEvent(self, event) -> None:  # noqa: N802 (Qt API)
        self.hide_hover()
        super().leaveEvent(event)

    def _on_mouse_moved(self, pos) -> None:
        history = self._history
        vb = self.getPlotItem().vb
        if history is None or len(history) == 0 or not vb.sceneBoundingRect().contains(pos):
            self.hide_hover()
            return
        epoch = self._epoch_at(vb.mapSceneToView(pos).x())
        if epoch is None:
            self.hide_hover()
            return
        loss = float(history.loss[epoch]) / (self._rows or 1)
        if self._log and not loss > 0:
            self.hide_hover()
            return
        y = math.log10(loss) if self._log else loss
        text = translate("loss_plot", "epoch {n}\nloss {loss}")
        held = getattr(history, "val_loss", None)
        val = ""
        if self._rows and held is not None and epoch < len(held):
            text = translate("loss_plot", "epoch {n}\ntraining {loss}\nvalidation {val}")
            val = significant(float(held[epoch]), 6)
        text = text.format(n=integer(epoch), loss=significant(loss, 6), val=val)
        self._hover.setText(localise(text))
        self._hover_dot.setData([epoch], [y])
        (x0, x1), (y0, y1) = vb.viewRange()
        self._hover.setPos(QPointF(x1, y1))
        self._hover.setVisible(True)
        self._hover_dot.setVisible(True)


def _fill_racer(racer, item: pg.PlotDataItem, zoom: float, ink: Ink) -> None:
    # Wide pens cost ~5x more to draw: 1 px once the curve is a min/max envelope.
    width = (1 if racer.envelope.decimated else 2) * zoom
    if item.opts["pen"].widthF() != width:
        item.setPen(pg.mkPen(racer.colour, width=width))
        item.setProperty(LIGHT_KEY, None)  # a new pen in the racer's own colour
        adapt(item, ink)  # its light stand-in on dark
    item.setData(racer.loss_x, racer.loss_y)
