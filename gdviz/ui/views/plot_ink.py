"""The plots' colours in the window's light and dark themes (View ▸ Theme).

A plot is drawn in an :class:`Ink`: its background, text, axes and notes. The series keep
their colours (:mod:`gdviz.core.figures.palette`) except the few too dark to see on a
dark background, which take their light stand-ins (``palette.ON_DARK``); dark greys
(outlines, boundaries, notes) turn light grey. Exports always draw in :data:`LIGHT`
(:func:`inked`): a white picture with dark text, whatever the window's theme.

Views create their items in the light colours; :func:`style_plot` recolours what a plot
holds, and :func:`adapt` one item added later. Both remember the light colour, so going
back to light restores it exactly.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette, QPen
from PySide6.QtWidgets import QWidget

from gdviz.core.figures import palette


@dataclass(frozen=True)
class Ink:
    """A plot's colours: the background, tick and label text, axis lines, notes."""

    name: str
    background: str
    text: str
    axis: str
    note: str

    @property
    def dark(self) -> bool:
        return QColor(self.background).lightness() < 128


LIGHT = Ink("light", "#ffffff", "#222222", "#555555", "#555555")
DARK = Ink("dark", "#232323", "#e6e6e6", "#a8a8a8", "#b4b4b4")

_current = LIGHT

LIGHT_KEY = "gdvizLightColour"  # the item's own (light) colour, kept while it is dark
DARK_KEY = "gdvizDarkColour"  # the colour it was given on dark


def current_ink() -> Ink:
    """The window's ink now: what a plot made now is drawn in."""
    return _current


def set_current_ink(ink: Ink) -> None:
    global _current
    _current = ink


def on_dark(colour: QColor) -> QColor | None:
    """``colour``'s stand-in on a dark background (alpha kept), or None: it reads as is."""
    rgb = colour.name().upper()
    stand_in = palette.ON_DARK.get(rgb)
    if stand_in is None:
        r, g, b = colour.red(), colour.green(), colour.blue()
        if max(r, g, b) - min(r, g, b) > 24 or max(r, g, b) > 110:
            return None  # a colour, or a grey light enough
        grey = 224 - max(r, g, b) * 2 // 3  # #000 -> #e0e0e0, #333 -> #aeaeae, #666 -> #7c7c7c
        stand_in = QColor(grey, grey, grey).name()
    out = QColor(stand_in)
    out.setAlpha(colour.alpha())
    return out


def on_palette(colour: str | QColor, widget: QWidget) -> QColor:
    """``colour`` as a series colour shown on ``widget`` (a list's text): its light
    stand-in when the widget's palette is dark."""
    colour = QColor(colour)
    if widget.palette().color(QPalette.ColorRole.Base).lightness() >= 128:
        return colour
    return on_dark(colour) or colour


def text_on_dark(colour: QColor) -> QColor | None:
    """A dark text colour (a note's brown, a warning's red) made light for a dark
    background, its hue kept; None: it reads as is."""
    lightness = colour.lightness()
    if lightness >= 128:
        return None
    hue, saturation = colour.hslHue(), colour.hslSaturation()
    return QColor.fromHsl(hue, saturation, 255 - lightness * 3 // 4, colour.alpha())


class InkAxis(pg.AxisItem):
    """An axis whose label keeps its plot's text colour, whatever colour a view names
    when it relabels it (views name the light one)."""

    label_colour: str | None = None

    def setLabel(self, text=None, units=None, unitPrefix=None, **kwargs):  # noqa: N802 (pyqtgraph API)
        if "color" in kwargs and self.label_colour:
            kwargs["color"] = self.label_colour
        super().setLabel(text, units, unitPrefix, **kwargs)


def style_axis(axis: pg.AxisItem, ink: Ink) -> None:
    axis.setPen(ink.axis)
    axis.setTextPen(ink.text)
    if isinstance(axis, InkAxis):
        axis.label_colour = ink.text
    if axis.labelText or axis.labelUnits:
        style = {**axis.labelStyle, "color": ink.text}
        pg.AxisItem.setLabel(axis, axis.labelText, axis.labelUnits, axis.labelUnitPrefix, **style)


def _recolour_pen(pen: object, ink: Ink, holder) -> QPen | None:
    """``pen`` in ``ink`` (remembering the light colour on ``holder``), or None: as is."""
    if pen is None:
        return None
    pen = QPen(pg.mkPen(pen))
    colour = pen.color()
    now = colour.name(QColor.NameFormat.HexArgb)
    light = holder.property(LIGHT_KEY)
    if ink.dark:
        if light is not None and now == holder.property(DARK_KEY):
            return None  # done already
        dark = on_dark(colour)
        if dark is None:
            holder.setProperty(LIGHT_KEY, None)
            return None
        holder.setProperty(LIGHT_KEY, colour.name(QColor.NameFormat.HexArgb))
        holder.setProperty(DARK_KEY, dark.name(QColor.NameFormat.HexArgb))
        pen.setColor(dark)
        return pen
    if light is None:
        return None
    holder.setProperty(LIGHT_KEY, None)
    if now != holder.property(DARK_KEY):
        return None  # given another colour since: its own
    pen.setColor(QColor(light))
    return pen


def adapt(item: object, ink: Ink) -> None:
    """Recolour one item for ``ink``: a line's pen, an unfilled marker's outline, an
    unfilled text's colour. Filled markers and texts on their own boxes read on both."""
    if isinstance(item, pg.PlotDataItem | pg.InfiniteLine):
        pen = _recolour_pen(item.opts["pen"] if isinstance(item, pg.PlotDataItem) else item.pen,
                            ink, item)  # fmt: skip
        if pen is not None:
            item.setPen(pen)
    elif isinstance(item, pg.ScatterPlotItem):
        brush = item.opts.get("brush")
        if brush is None or pg.mkBrush(brush).style() == Qt.BrushStyle.NoBrush:
            pen = _recolour_pen(item.opts["pen"], ink, item)
            if pen is not None:
                item.setPen(pen)
    elif isinstance(item, pg.TextItem):
        fill = item.fill
        if fill is None or fill.style() == Qt.BrushStyle.NoBrush:
            pen = _recolour_pen(item.color, ink, item)
            if pen is not None:
                item.setColor(pen.color())


def _items(widget: pg.GraphicsView) -> Iterator[object]:
    """Every item a plot widget draws, and the legends' samples."""
    for item in widget.scene().items():
        parent = item.parentItem()
        if isinstance(parent, pg.PlotDataItem):
            continue  # its curve and symbols: the data item itself is recoloured
        yield item
        if isinstance(item, pg.LegendItem):
            for sample, _label in item.items:
                if getattr(sample, "item", None) is not None and sample.item.scene() is None:
                    yield sample.item  # shown in the legend only


def style_plot(widget: pg.GraphicsView, ink: Ink) -> None:
    """Draw ``widget`` (a pyqtgraph plot) in ``ink``: its background, axes, titles,
    legends, and the items of it that would vanish (see :func:`adapt`)."""
    widget.setBackground(ink.background)
    for item in list(_items(widget)):
        if isinstance(item, pg.AxisItem):
            style_axis(item, ink)
        elif isinstance(item, pg.LegendItem):
            item.setLabelTextColor(ink.text)
        elif isinstance(item, pg.LabelItem) and item.text:
            item.setText(item.text, color=ink.text)
        else:
            adapt(item, ink)
    widget.setProperty("gdvizInk", ink.name)


@contextmanager
def inked(plots, ink: Ink = LIGHT) -> Iterator[None]:
    """Draw ``plots`` in ``ink`` for a while (an export: LIGHT), then as they were."""
    changed = [p for p in plots if getattr(p, "ink", LIGHT) is not ink]
    for plot in changed:
        plot.set_ink(ink)
    try:
        yield
    finally:
        for plot in changed:
            plot.set_ink(current_ink())
