"""Plots as images: PNG at a chosen width, SVG, and the whole dashboard.

PNGs render the plot's scene through a scaled painter: vector drawing, so
text stays crisp at any width, and the layout is the screen's, scaled as a
whole (pyqtgraph's image exporter re-lays the plot out at the new size but
keeps the legend's text at screen size, which cut "sigmoid" to "s" in
narrow exports). SVGs use pyqtgraph's exporter. Never screenshots. Files are
written atomically.
Exporting reads only what is on screen, from the GUI thread, so it can run
mid-training without disturbing the worker.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import pyqtgraph as pg
import pyqtgraph.exporters as exporters
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPoint, QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QImage, QPainter

from gdviz.core.io.atomic import FileSet, atomic_write_bytes
from gdviz.core.io.export_names import PLOT_NAMES, image_names
from gdviz.core.io.session import Session
from gdviz.core.teach.words import count, describe, integer, number, rate
from gdviz.ui.views.plot_ink import inked
from gdviz.ui.views.plots import PlotPanel, equation_text

DEFAULT_WIDTH = 1600
SVG_NS = "http://www.w3.org/2000/svg"
ET.register_namespace("", SVG_NS)
ET.register_namespace("xlink", "http://www.w3.org/1999/xlink")


@contextmanager
def _without_transients(plot: pg.PlotWidget) -> Iterator[None]:
    """Hide what follows the pointer (a hover read-out) while ``plot`` is rendered, and
    draw it in light colours: exports are white with dark text whatever the theme."""
    items = plot.transient_items() if isinstance(plot, PlotPanel) else []
    shown = [item for item in items if item.isVisible()]
    for item in shown:
        item.setVisible(False)
    try:
        with inked([plot] if isinstance(plot, PlotPanel) else []):
            yield
    finally:
        for item in shown:
            item.setVisible(True)


def plot_image(
    plot: pg.PlotWidget, width: int = DEFAULT_WIDTH, background: str = "white"
) -> QImage:
    """The plot rendered ``width`` pixels wide (aspect kept) on ``background``."""
    source = plot.getPlotItem().sceneBoundingRect()
    width = max(1, int(width))
    height = max(1, round(width * source.height() / max(1.0, source.width())))
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor(background))
    painter = QPainter(image)
    try:
        painter.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        with _without_transients(plot):
            plot.scene().render(painter, QRectF(0, 0, width, height), source)
    finally:
        painter.end()
    return image


def plot_svg(plot: pg.PlotWidget, background: str = "white") -> bytes:
    exporter = exporters.SVGExporter(plot.getPlotItem())
    exporter.parameters()["background"] = QColor(background)
    with _without_transients(plot):
        return exporter.export(toBytes=True)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # (the stub wants bytes; PySide takes str)
        raise OSError("could not encode the image as PNG")
    buffer.close()
    return bytes(data.data())


def export_plot(plot: pg.PlotWidget, path: str | Path, width: int = DEFAULT_WIDTH) -> Path:
    """Write ``plot`` to ``path``; the suffix (``.png`` or ``.svg``) picks the format."""
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt == "png":
        atomic_write_bytes(path, png_bytes(plot_image(plot, width)))
    elif fmt == "svg":
        atomic_write_bytes(path, plot_svg(plot))
    else:
        raise ValueError(f"{path}: unknown image format {fmt!r} (use .png or .svg)")
    return path


def _layout(plots: Sequence[pg.PlotWidget], scale: float) -> list[QRect]:
    """Each plot's rectangle, as laid out on screen, scaled and moved to start at 0, 0."""
    origin = plots[0].mapToGlobal(QPoint(0, 0))
    rects = []
    for plot in plots:
        top_left = plot.mapToGlobal(QPoint(0, 0)) - origin
        rects.append(QRect(top_left, plot.size()))
    left = min(r.left() for r in rects)
    top = min(r.top() for r in rects)
    return [
        QRect(
            round((r.left() - left) * scale),
            round((r.top() - top) * scale),
            round(r.width() * scale),
            round(r.height() * scale),
        )
        for r in rects
    ]


def _screen_width(plots: Sequence[pg.PlotWidget]) -> int:
    rects = _layout(plots, 1.0)
    return max(r.right() + 1 for r in rects)


def plot_rects(plots: Sequence[pg.PlotWidget], width: int) -> list[QRect]:
    """Where each plot lands in a dashboard image ``width`` pixels wide."""
    return _layout(plots, width / max(1, _screen_width(plots)))


def dashboard_image(
    plots: Sequence[pg.PlotWidget], caption: str, width: int = DEFAULT_WIDTH
) -> QImage:
    """All ``plots`` in one image, placed as on screen, with ``caption`` below."""
    scale = width / max(1, _screen_width(plots))
    rects = _layout(plots, scale)
    font = QFont()
    font.setPixelSize(max(12, round(width / 75)))
    lines = caption.splitlines() or [""]
    line_height = round(font.pixelSize() * 1.5)
    caption_height = line_height * len(lines) + line_height // 2
    height = max(r.bottom() + 1 for r in rects) + caption_height
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(QColor("white"))
    painter = QPainter(image)
    try:
        for plot, rect in zip(plots, rects, strict=True):
            painter.drawImage(rect.topLeft(), plot_image(plot, rect.width()))
        painter.setPen(QColor("#222"))
        y = height - caption_height + line_height // 4
        room = width - line_height
        for line in lines:
            painter.setFont(_fitting(font, line, room))
            line = QFontMetrics(painter.font()).elidedText(line, Qt.TextElideMode.ElideRight, room)
            painter.drawText(
                QRect(line_height // 2, y, width - line_height, line_height),
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                line,
            )
            y += line_height
    finally:
        painter.end()
    return image


def _fitting(font: QFont, text: str, room: int) -> QFont:
    """``font``, smaller if need be (down to 2/3 of its size) for ``text`` to fit in
    ``room`` pixels; the caption's height stays the same, whatever its text."""
    fitted = QFont(font)
    smallest = max(8, font.pixelSize() * 2 // 3)
    while fitted.pixelSize() > smallest and QFontMetrics(fitted).horizontalAdvance(text) > room:
        fitted.setPixelSize(fitted.pixelSize() - 1)
    return fitted


def dashboard_svg(plots: Sequence[pg.PlotWidget], caption: str) -> bytes:
    """The dashboard as one SVG: each plot's SVG nested where it sits on screen."""
    rects = _layout(plots, 1.0)
    lines = caption.splitlines() or [""]
    line_height = 20
    width = max(r.right() + 1 for r in rects)
    top_of_caption = max(r.bottom() + 1 for r in rects)
    height = top_of_caption + line_height * len(lines) + 10
    root = ET.Element(
        f"{{{SVG_NS}}}svg",
        {
            "width": str(width),
            "height": str(height),
            "viewBox": f"0 0 {width} {height}",
            "version": "1.2",
        },
    )
    ET.SubElement(root, f"{{{SVG_NS}}}rect", {"width": "100%", "height": "100%", "fill": "white"})
    for plot, rect in zip(plots, rects, strict=True):
        # A <g> moved into place rather than a nested <svg>: SVG Tiny readers
        # (Qt's own among them) skip nested <svg> elements.
        inner = ET.fromstring(plot_svg(plot))
        group = ET.SubElement(
            root, f"{{{SVG_NS}}}g", {"transform": f"translate({rect.left()},{rect.top()})"}
        )
        for child in inner:
            if child.tag not in (f"{{{SVG_NS}}}title", f"{{{SVG_NS}}}desc"):
                group.append(child)
    for i, line in enumerate(lines):
        text = ET.SubElement(
            root,
            f"{{{SVG_NS}}}text",
            {
                "x": "10",
                "y": str(top_of_caption + line_height * (i + 1) - 5),
                "font-family": "sans-serif",
                "font-size": "14",
                "fill": "#222",
            },
        )
        text.text = line
    return b'<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="utf-8")


def export_dashboard(
    plots: Sequence[pg.PlotWidget], caption: str, path: str | Path, width: int = DEFAULT_WIDTH
) -> Path:
    path = Path(path)
    fmt = path.suffix.lower().lstrip(".")
    if fmt == "png":
        atomic_write_bytes(path, png_bytes(dashboard_image(plots, caption, width)))
    elif fmt == "svg":
        atomic_write_bytes(path, dashboard_svg(plots, caption))
    else:
        raise ValueError(f"{path}: unknown image format {fmt!r} (use .png or .svg)")
    return path


def _losses(session: Session, epoch: int) -> str:
    """`` · loss L`` of ``epoch``; with rows held out, both parts' means."""
    h = session.history
    if h.val_loss is None or session.settings.validation is None:
        return f" · loss {number(h.loss[epoch])}"
    mean = h.loss[epoch] / session.fit_rows
    return f" · mean loss {number(mean)}, validation {number(h.val_loss[epoch])}"


def caption(session: Session, epoch: int | None = None) -> str:
    """Two lines under an exported dashboard: the model now (or after ``epoch``, 0-based,
    for an animation's frame), and how it was trained."""
    settings, n = session.settings, len(session.history)
    params = session.params
    if epoch is None:
        epoch = session.view.get("epoch")  # the epoch travelled back to: what the plots show
    if epoch is not None:
        h = session.history
        params = tuple(h.params[:, epoch // h.param_stride].tolist())
        loss = _losses(session, epoch)
        n = epoch + 1
    else:
        loss = _losses(session, n - 1) if n else ""
    rates = ", ".join(f"{rate(lr)} from epoch {integer(e)}" for e, lr in session.lr_changes[1:])
    lr_text = f"learning rate {rate(session.lr_changes[0][1])}" + (f" ({rates})" if rates else "")
    network = session.network
    if network.is_lesson:
        model = equation_text(params[0], params[-1])
        start = f"start w = {settings.weight:g}, b = {settings.bias:g}"
    else:
        model = network.describe()
        start = "start " + (f"seed {settings.init_seed}" if network.hidden else
                            f"w = {settings.weight:g}, b = {settings.bias:g}")  # fmt: skip
    return (
        f"{model} · epoch {integer(n)} of {integer(settings.epochs)}{loss}\n"
        f"{lr_text} · {start} · "
        f"{describe(settings)} · data: {session.data.name} ({count(len(session.data), 'row')})"
    )


def export_images(
    plots: Sequence[PlotPanel],
    caption_text: str,
    folder: str | Path | FileSet,
    formats: Sequence[str] = ("png",),
    width: int = DEFAULT_WIDTH,
) -> list[Path]:
    """Write each plot (fit, landscape, loss) and the dashboard into ``folder``, all or
    nothing: every target is checked first, and the files are moved in only once all of
    them were written. Given a :class:`FileSet`, the images join it (the caller commits)."""
    if isinstance(folder, FileSet):
        return _add_images(folder, plots, caption_text, formats, width)
    with FileSet(folder) as files:
        files.plan(*image_names(formats))
        _add_images(files, plots, caption_text, formats, width)
        return files.commit()


def _add_images(
    files: FileSet,
    plots: Sequence[PlotPanel],
    caption_text: str,
    formats: Sequence[str],
    width: int,
) -> list[Path]:
    added = []
    for fmt in formats:
        for plot, name in zip(plots, PLOT_NAMES, strict=True):
            image = png_bytes(plot_image(plot, width)) if fmt == "png" else plot_svg(plot)
            added.append(files.add_bytes(f"{name}.{fmt}", image))
        if fmt == "png":
            image = png_bytes(dashboard_image(plots, caption_text, width))
        else:
            image = dashboard_svg(plots, caption_text)
        added.append(files.add_bytes(f"dashboard.{fmt}", image))
    return added
