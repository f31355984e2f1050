"""How the main window is laid out: the Train, Data and Runs tabs on the left; the fit and
the landscape above the loss on the right; the status bar with its job progress."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QLabel,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from gdviz.core.i18n import translate
from gdviz.ui.views.widgets import ElidingStatusBar, JobProgress

SIDE_MAX_WIDTH = 440
RACE_SIDE_WIDTH = 400  # the side panel's width while racing: room for the race table


@dataclass(frozen=True)
class Layout:
    """The containers the window arranges its views in."""

    side_tabs: QTabWidget
    splitter: QSplitter  # the side panel and the plots
    view_tabs: QTabWidget  # the landscape and the network view
    job_progress: JobProgress
    status_label: QLabel


def lay_out(
    window: QMainWindow,
    train_tab: QWidget,
    data_tab: QWidget,
    runs_tab: QWidget,
    plots: tuple[QWidget, QWidget, QWidget],
    slice_bar: QWidget,
    network_view: QWidget,
) -> Layout:
    """Arrange the tabs and the plots (fit, landscape, loss) in ``window``; the landscape
    (with its slice bar above it) shares a place with the network view, as tabs."""
    fit, landscape, loss = plots
    landscape_panel = QWidget()
    column = QVBoxLayout(landscape_panel)
    column.setContentsMargins(0, 0, 0, 0)
    column.setSpacing(2)
    column.addWidget(slice_bar)
    column.addWidget(landscape, 1)
    views = QTabWidget()
    views.setObjectName("viewTabs")
    views.setDocumentMode(True)
    views.addTab(landscape_panel, translate("window_layout", "Loss landscape"))
    views.addTab(network_view, translate("window_layout", "Network"))
    top = QSplitter(Qt.Orientation.Horizontal)
    top.addWidget(fit)
    top.addWidget(views)
    top.setSizes([560, 440])
    stacked = QSplitter(Qt.Orientation.Vertical)
    stacked.addWidget(top)
    stacked.addWidget(loss)
    stacked.setSizes([500, 360])
    scroll = QScrollArea()
    scroll.setWidget(train_tab)
    scroll.setWidgetResizable(True)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes to its controls (it follows them)
    # (sideways only when its rows cannot fit: presentation mode on a small projector)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
    side = QTabWidget()
    side.setObjectName("sideTabs")
    side.addTab(scroll, translate("window_layout", "Train"))
    side.addTab(data_tab, translate("window_layout", "Data"))
    side.addTab(runs_tab, translate("window_layout", "Runs"))
    # Wide enough for the Train tab's longest row (German labels are longer than English).
    bar = scroll.verticalScrollBar().sizeHint().width() + 2 * scroll.frameWidth() + 8
    wide = min(max(340, train_tab.minimumSizeHint().width() + bar), SIDE_MAX_WIDTH)
    side.setMinimumWidth(wide - 40)
    side.setMaximumWidth(SIDE_MAX_WIDTH)
    main = QSplitter(Qt.Orientation.Horizontal)
    main.addWidget(side)
    main.addWidget(stacked)
    main.setStretchFactor(1, 1)
    main.setSizes([wide, 1400 - wide])
    window.setCentralWidget(main)
    window.setStatusBar(ElidingStatusBar(window))
    progress = JobProgress()
    label = QLabel()
    window.statusBar().addPermanentWidget(progress)
    window.statusBar().addPermanentWidget(label)
    window.resize(*first_size(window))
    return Layout(side, main, views, progress, label)


def first_size(window: QWidget, wanted: tuple[int, int] = (1400, 900)) -> tuple[int, int]:
    """The window's first size: ``wanted``, or what the screen has room for (a 1280×800
    classroom laptop). Offscreen (tests, exports) there is no screen to fit."""
    screen = window.screen()
    if screen is None or QGuiApplication.platformName() in ("offscreen", "minimal"):
        return wanted
    room = screen.availableGeometry()
    # Leave room for the window's frame and title bar.
    return min(wanted[0], room.width() - 16), min(wanted[1], room.height() - 48)


def widen_for_race(layout: Layout) -> None:
    """Make room for the race table's six columns in the side panel."""
    sizes = layout.splitter.sizes()
    if sizes[0] < RACE_SIDE_WIDTH:
        layout.splitter.setSizes([RACE_SIDE_WIDTH, sum(sizes) - RACE_SIDE_WIDTH])
