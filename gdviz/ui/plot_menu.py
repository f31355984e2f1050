"""A plot's context menu (right click): export or copy that plot, export them all, show
everything, and delete the data row under the pointer."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QMenu, QWidget

from gdviz.core.i18n import QT_TRANSLATE_NOOP, translate
from gdviz.ui.views.plots import PlotPanel

if TYPE_CHECKING:
    from gdviz.ui.action_table import Target

# Per plot (by its file name): the menu's export and copy items.
ITEMS = {
    "fit": (
        QT_TRANSLATE_NOOP("plot_menu", "Export the fit plot…"),
        QT_TRANSLATE_NOOP("plot_menu", "Copy the fit plot"),
    ),
    "landscape": (
        QT_TRANSLATE_NOOP("plot_menu", "Export the landscape plot…"),
        QT_TRANSLATE_NOOP("plot_menu", "Copy the landscape plot"),
    ),
    "loss": (
        QT_TRANSLATE_NOOP("plot_menu", "Export the loss plot…"),
        QT_TRANSLATE_NOOP("plot_menu", "Copy the loss plot"),
    ),
}


def show_plot_menu(parent: QWidget, plot: PlotPanel, name: str, pos: QPoint, row: int | None,
                   target: Target) -> None:  # fmt: skip
    """A plot's context menu: export or copy it (and delete the data row under the pointer)."""
    menu = QMenu(parent)
    sessions, data = target.sessions, target.data_controller
    if row is not None:
        menu.addAction(
            translate("plot_menu", "Delete data row {row}").format(row=row + 1),
            lambda: data.delete_point(row),
        )
        menu.addSeparator()
    export, copy = ITEMS[name]
    menu.addAction(translate("plot_menu", export), lambda: sessions.export_one(plot, name))
    menu.addAction(translate("plot_menu", copy), lambda: sessions.copy_image(plot))
    menu.addAction(translate("plot_menu", "Export all plots…"), sessions.export_plots)
    menu.addSeparator()
    menu.addAction(
        translate("plot_menu", "Show everything"), lambda: plot.getPlotItem().autoRange()
    )
    menu.exec(pos)
