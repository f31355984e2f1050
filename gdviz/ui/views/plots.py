"""What every plot of gdviz shares: a white panel with readable text, a legend below the
axis that never covers the data, epoch ticks, colours, and faded overlays of kept runs.

The plots are views: they draw what they are given and say what the user did
with the mouse. Each curve is created once and updated with ``setData``.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtCore import QPoint, QRectF, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QFont, QFontMetrics, QPen
from PySide6.QtWidgets import QGraphicsItem

from gdviz.core.figures import palette
from gdviz.core.figures.runs import PastRun
from gdviz.core.i18n import QT_TRANSLATE_NOOP, localise
from gdviz.core.teach.words import MINUS, integer, math_text
from gdviz.ui.views.focus_frame import paint_focus_frame
from gdviz.ui.views.plot_ink import LIGHT, Ink, InkAxis, adapt, current_ink, style_plot
from gdviz.ui.views.view_keys import PLOT

PASSED = palette.PASSED  # blue circles
FAILED = palette.FAILED  # orange crosses
CURVE = palette.CURVE
LOSS = palette.LOSS
VALIDATION = palette.VALIDATION  # the held-out rows' loss: purple, dashed
TEXT = "#222"
AXIS = "#555"
NOTE = "#555"


def scale_lines(item: object, ratio: float) -> None:
    """Widen ``item``'s pens and grow its symbols by ``ratio`` (presentation mode).

    pyqtgraph's pens are cosmetic (their width is in screen pixels) and its symbols are
    sized in screen pixels, so zooming the view enlarges the text but not the lines: this
    does the rest."""
    if ratio == 1.0:
        return
    if isinstance(item, pg.PlotDataItem):
        if item.opts.get("pen") is not None:
            item.setPen(_wider(item.opts["pen"], ratio))
        if item.opts.get("symbol") is not None:
            item.setSymbolSize(item.opts["symbolSize"] * ratio)
    elif isinstance(item, pg.ScatterPlotItem):
        sizes = item.data["size"]
        own = sizes >= 0  # -1: the item's default size
        if own.any():
            scaled = sizes.copy()
            scaled[own] *= ratio
            item.setSize(scaled, update=False)
        item.setSize(item.opts["size"] * ratio)  # the default: for the rest, and spots to come
        item.setPen(_wider(item.opts["pen"], ratio))
    elif isinstance(item, pg.InfiniteLine):
        item.setPen(_wider(item.pen, ratio))


def _wider(pen: object, ratio: float) -> QPen:
    wide = QPen(pg.mkPen(pen))
    wide.setWidthF(max(1.0, wide.widthF()) * ratio)  # width 0 draws 1 pixel
    return wide


def equation_text(w: float, b: float) -> str:
    """``p = σ(4.30·x − 10.51)``: the current model, as a learner reads it (English
    numbers, as in an exported caption: the window passes it through ``localise``)."""
    sign = MINUS if b < 0 else "+"
    return f"p = σ({math_text(w, 2)}·x {sign} {math_text(abs(b), 2)})"


def faded(colour: str, alpha: int = 150):
    c = pg.mkColor(colour)
    c.setAlpha(alpha)
    return c


LEGEND_TEXT = "9pt"
LEGEND_SPACING = 14
LEGEND_SAMPLE = 38  # a sample's width, the label's padding and the gaps, in pixels
LEGEND_MARGINS = 18  # the legend's own left and right margins


def legend_layout(
    names: Sequence[str], width: float, font: QFont, most: int = 4
) -> tuple[int, float, float]:
    """How many columns of legend entries fit ``width`` pixels (entries fill rows first),
    and the legend's width and height that way."""
    font = QFont(font)
    font.setPointSizeF(float(LEGEND_TEXT.removesuffix("pt")))
    metrics = QFontMetrics(font)
    sizes = [LEGEND_SAMPLE + metrics.horizontalAdvance(n) + LEGEND_SPACING for n in names]
    row = metrics.height() + 8
    if not sizes:
        return 1, 0.0, 0.0
    columns = 1
    for columns in range(min(most, len(sizes)), 0, -1):
        widths = [max(sizes[c::columns]) for c in range(columns)]
        if sum(widths) + LEGEND_MARGINS <= width:
            break
    widths = [max(sizes[c::columns]) for c in range(columns)]
    return columns, float(sum(widths) + LEGEND_MARGINS), float(row * -(-len(sizes) // columns))


class EpochAxis(InkAxis):
    """Whole epochs with thousands separators: ``2,000,000``, never ``2e+06``."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph API)
        if spacing < 1:
            return super().tickStrings(values, scale, spacing)
        return [localise(integer(round(v))) if v >= 0 else "" for v in values]


class DecadeAxis(InkAxis):
    """On a log scale, labels at powers of ten only (``0.01``, ``1``, ``100``): the ticks
    between them stay, unlabelled, instead of printing over each other. Every label is
    written with the window language's decimal point."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph API)
        return [localise(text) for text in super().tickStrings(values, scale, spacing)]

    def logTickStrings(self, values, scale, spacing):  # noqa: N802 (pyqtgraph API)
        labels = []
        for v in values:
            decade = round(v)
            labels.append(f"{10.0**decade:g}" if abs(v - decade) < 1e-9 else "")
        return labels


class PlotPanel(pg.PlotWidget):
    """A white plot with dark, readable text (on screen and in exports), a two-line
    title, a legend under the axis, and a context menu the window fills in."""

    context_menu_requested = Signal(QPoint, object)  # global position, a data row or None
    # What the mouse does here, for Help ▸ Keyboard and mouse: (gesture, what it does).
    GESTURES: tuple[tuple[str, str], ...] = (
        (
            QT_TRANSLATE_NOOP("plots", "Right-click"),
            QT_TRANSLATE_NOOP("plots", "export or copy this plot; Show everything"),
        ),
    )
    KEYS = PLOT  # what the keyboard does here, once Tab has brought the focus (view_keys)
    legend_reserve = 80  # before the first layout: pixels beside the data area (the axes)

    def __init__(self, title: str, left: str, bottom: str, parent=None, **kwargs) -> None:
        kwargs.setdefault("axisItems", {"left": DecadeAxis("left"), "bottom": DecadeAxis("bottom")})
        super().__init__(parent, background=current_ink().background, **kwargs)
        self.ink: Ink = current_ink()  # the theme's colours (View ▸ Theme; exports: LIGHT)
        self._styled = self.ink is LIGHT  # items added after this are recoloured when shown
        item = self.getPlotItem()
        item.setMenuEnabled(False)
        for side in ("left", "bottom"):
            axis = item.getAxis(side)
            axis.setPen(self.ink.axis)
            axis.setTextPen(self.ink.text)
            axis.enableAutoSIPrefix(False)  # no "(x0.001)" beside ticks of 200 … 900
        item.setLabel("left", left, color=self.ink.text)
        item.setLabel("bottom", bottom, color=self.ink.text)
        self.legend: pg.LegendItem | None = None
        self._legend_entries: list[tuple[object, str]] = []
        self._own_legend: list[tuple[object, str]] = []  # the plot's own, without extras
        self._legend_extras: dict[str, list[tuple[object, str]]] = {}  # by the view adding
        self._legend_shape: tuple[int, float, float] = (0, 0.0, 0.0)
        self.set_legend_entries([])
        self._title = ""
        self.set_title(title)
        self.zoom = 1.0  # presentation mode: text, lines and symbols this many times larger
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Tab reaches it: its keys work

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().paintEvent(event)
        paint_focus_frame(self, self.viewport())  # framed while it has the keyboard

    def focusInEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().focusInEvent(event)
        self.viewport().update()

    def focusOutEvent(self, event) -> None:  # noqa: N802 (Qt API)
        super().focusOutEvent(event)
        self.viewport().update()

    def set_zoom(self, zoom: float) -> None:
        """Draw everything ``zoom`` times larger (1: as designed). The view is zoomed, so
        text and layout grow together; pens and symbols are widened to match."""
        ratio, self.zoom = zoom / self.zoom, zoom
        if ratio == 1.0:
            return
        for item in self.getPlotItem().items:
            scale_lines(item, ratio)
        self._zoom_view()
        self._fit_legend(force=True)

    def _zoom_view(self) -> None:
        if self.zoom == 1.0:
            self.autoPixelRange = True
            pg.GraphicsView.resizeEvent(self, None)
        else:
            # Never smaller than the plot's own minimum (axes, title, legend): on a small
            # screen the plot is zoomed less rather than cut off.
            least = self.getPlotItem().effectiveSizeHint(Qt.SizeHint.MinimumSize)
            zoom = min(
                self.zoom,
                self.width() / max(1.0, least.width()),
                self.height() / max(1.0, least.height()),
            )
            zoom = max(1.0, zoom)
            rect = QRectF(0, 0, self.width() / zoom, self.height() / zoom)
            pg.GraphicsView.setRange(self, rect, padding=0, disableAutoPixel=True)

    def set_title(self, title: str, note: str = "") -> None:
        """The title, with an optional small second line (what is drawn, and how)."""
        self._title_parts = (title, note)
        text = title
        if note:
            text += f"<br><span style='font-size: 9pt; color: {self.ink.note}'>{note}</span>"
        if text != self._title:  # a new title re-lays out the whole plot: only when it changed
            self._title = text
            self.getPlotItem().setTitle(text, color=self.ink.text, size="12pt")

    def set_ink(self, ink: Ink) -> None:
        """Draw the plot in ``ink``'s colours (the window's theme; exports: LIGHT)."""
        self.ink, self._styled = ink, True
        style_plot(self, ink)  # the legend's text too (rebuilt, it would need a layout)
        self.set_title(*self._title_parts)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt API)
        if not self._styled:  # made in the dark: the views' items are light until now
            self.set_ink(self.ink)
        super().showEvent(event)

    def title_text(self) -> str:
        return self.getPlotItem().titleLabel.text

    def transient_items(self) -> list:
        """Items that follow the pointer: hidden while the plot is exported."""
        return []

    def set_legend_entries(self, entries: Sequence[tuple[object, str]]) -> None:
        """Show exactly these (item, name) pairs in the legend (below the axis), in order,
        then the extras (:meth:`set_legend_extras`)."""
        self._own_legend = list(entries)
        entries = [*entries, *(e for extras in self._legend_extras.values() for e in extras)]
        if self.legend is not None and entries == self._legend_entries:
            return  # as shown (a legend costs milliseconds: not on every frame)
        self._legend_entries = list(entries)
        self._fit_legend(force=True)

    def set_legend_extras(self, entries: Sequence[tuple[object, str]], owner: str = "") -> None:
        """Entries of items another view (``owner``) draws on this plot (the true curve,
        the held-out rows), shown after the plot's own whatever they are."""
        self._legend_extras[owner] = list(entries)
        self.set_legend_entries(self._own_legend)

    def _fit_legend(self, force: bool = False) -> None:
        """Lay the legend out in as many columns as fit the plot's width (at most 4).

        Its size is computed here and fixed: left to size itself, pyqtgraph's legend
        never shrinks once wide, and in the plot's layout it would push the plot
        wider than its window."""
        names = [name for _, name in self._legend_entries]
        item = self.getPlotItem()
        # What the axes and side items take, as laid out now (they change little).
        beside = item.geometry().width() - item.vb.geometry().width()
        reserve = beside + 10 if item.vb.geometry().width() > 0 else self.legend_reserve
        room = self.width() / getattr(self, "zoom", 1.0) - reserve
        columns, width, height = legend_layout(names, room, self.font())
        if not force and (columns, width, height) == self._legend_shape:
            return
        self._legend_shape = (columns, width, height)
        layout = self.getPlotItem().layout
        if self.legend is not None:
            layout.removeItem(self.legend)
            self.legend.setParentItem(None)
            if self.legend.scene() is not None:
                self.legend.scene().removeItem(self.legend)
        self.legend = pg.LegendItem(
            size=(width, height),
            labelTextColor=self.ink.text,
            labelTextSize=LEGEND_TEXT,
            colCount=columns,
            brush=None,
            pen=None,
            horSpacing=LEGEND_SPACING,
        )
        # pyqtgraph's legends ignore transformations (they float over a view that
        # zooms); this one sits in the plot's layout, and must scale with the rest when
        # the plot is rendered at another size (exports), or its text overflows.
        self.legend.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, False)
        layout.addItem(self.legend, 4, 1, alignment=Qt.AlignmentFlag.AlignHCenter)
        for item, name in self._legend_entries:
            self.legend.addItem(item, name)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt API)
        # The legend first: the plot cannot be made narrower than its legend.
        if getattr(self, "_legend_entries", None):  # pyqtgraph resizes during __init__
            self._fit_legend()
        super().resizeEvent(event)
        if getattr(self, "zoom", 1.0) != 1.0:
            self._zoom_view()

    def legend_names(self) -> list[str]:
        """The names in the legend, in order."""
        return [label.text for _, label in self.legend.items] if self.legend else []

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt API)
        self.context_menu_requested.emit(event.globalPos(), None)

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt API)
        # The Menu key and Shift+F10: the plot's menu, at its centre (a keyboard's click).
        shift_f10 = event.key() == Qt.Key.Key_F10 and (
            event.modifiers() == Qt.KeyboardModifier.ShiftModifier
        )
        if event.key() == Qt.Key.Key_Menu or shift_f10:
            event.accept()
            self.context_menu_requested.emit(self.mapToGlobal(self.rect().center()), None)
        else:
            super().keyPressEvent(event)


def sync_overlays(
    plot: PlotPanel, items: dict[int, pg.PlotDataItem], runs: list[PastRun], make, fill
) -> None:
    """Make ``items`` (keyed by run) match ``runs``: add, fill, and remove the rest."""
    wanted = {id(run): run for run in runs}
    for key in [k for k in items if k not in wanted]:
        plot.getPlotItem().removeItem(items.pop(key))
    for key, run in wanted.items():
        item = items.get(key)
        if item is None:
            item = items[key] = make(run)
            scale_lines(item, plot.zoom)  # presentation mode: as wide as the rest
            item.setZValue(-5)
            adapt(item, plot.ink)  # Okabe-Ito's black turns light on dark
            plot.getPlotItem().addItem(item)
        fill(run, item)
