"""The guided lesson's first two pages (a mistake measured, the losses drawn) and the
small widget helpers every page of :mod:`gdviz.ui.views.guide_pages` uses."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSlider,
    QVBoxLayout,
    QWidget,
)

from gdviz.core.i18n import localise, number, translate
from gdviz.core.teach.guide import cross_entropy, squared


def text_label(text: str = "", name: str = "") -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if name:
        label.setObjectName(name)
        label.setAccessibleName(name)
    return label


def button(text: str, name: str, tip: str = "") -> QPushButton:
    button = QPushButton(text)
    button.setObjectName(name)
    button.setAccessibleName(text)
    if tip:
        button.setToolTip(tip)
    return button


def column_of(widget: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    return layout


class MeasurePage(QWidget):
    """Step 1: drag a prediction and read its squared error."""

    def __init__(self) -> None:
        super().__init__()
        column = column_of(self)
        self.actual = QCheckBox(translate("guide_loss_pages", "The student passed (actual 1)"))
        self.actual.setObjectName("guideActual")
        self.actual.setChecked(True)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setObjectName("guidePrediction")
        self.slider.setAccessibleName(
            translate("guide_loss_pages", "The model's prediction, 0 to 1")
        )
        self.slider.setRange(0, 100)
        self.slider.setValue(70)
        self.reading = text_label(name="guideMistake")
        self.table = text_label()
        column.addWidget(self.actual)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("guide_loss_pages", "Prediction")))
        row.addWidget(self.slider, 1)
        column.addLayout(row)
        column.addWidget(self.reading)
        column.addWidget(self.table)
        column.addStretch(1)
        self.slider.valueChanged.connect(self._show)
        self.actual.toggled.connect(self._show)
        self._show()

    def _show(self, *_: object) -> None:
        y = 1.0 if self.actual.isChecked() else 0.0
        p = self.slider.value() / 100
        loss = squared(y, p)
        if loss < 0.1:
            verdict = translate(
                "guide_loss_pages", "small: the prediction is near the actual value"
            )
        elif loss >= 0.25:
            verdict = translate("guide_loss_pages", "large: the prediction is far off")
        else:
            verdict = translate("guide_loss_pages", "in between")
        reading = translate("guide_loss_pages", "<b>loss = ({y} − {p})² = {loss}</b> — {verdict}")
        self.reading.setText(
            reading.format(
                y=number(y, "g"), p=number(p, ".2f"), loss=number(loss, ".4f"), verdict=verdict
            )  # fmt: skip
        )
        rows = "".join(
            f"<tr><td>{q:.1f}</td><td>{abs(y - q):.1f}</td><td>{squared(y, q):.2f}</td></tr>"
            for q in (0.9, 0.7, 0.5, 0.3, 0.1)
        )
        table = translate(
            "guide_loss_pages",
            "<table cellspacing=6><tr><th>prediction</th><th>miss</th><th>loss</th></tr>"
            "{rows}</table>Twice the miss costs four times the loss.",
        )
        self.table.setText(table.format(rows=localise(rows)))


class LossesPage(QWidget):
    """Step 2: squared error and cross-entropy over the prediction."""

    def __init__(self) -> None:
        super().__init__()
        column = column_of(self)
        plot = pg.PlotWidget()
        plot.setObjectName("guideLossCurves")
        plot.setAccessibleName(
            translate("guide_loss_pages", "Squared error and cross-entropy over the prediction")
        )
        plot.setBackground("w")
        plot.setFixedHeight(240)  # the whole chart in sight, in a narrow panel too
        plot.addLegend(offset=(60, 8))
        plot.setLabel("bottom", translate("guide_loss_pages", "prediction p"))
        plot.setLabel("left", translate("guide_loss_pages", "loss of one row"))
        p = np.linspace(0.001, 0.999, 300)
        squared_name = translate("guide_loss_pages", "squared, actual {actual}")
        entropy_name = translate("guide_loss_pages", "cross-entropy, actual {actual}")
        for actual, style in ((1.0, Qt.PenStyle.SolidLine), (0.0, Qt.PenStyle.DashLine)):
            sq = [squared(actual, v) for v in p]
            ce = [cross_entropy(actual, v) for v in p]
            plot.plot(p, sq, pen=pg.mkPen("#1f77b4", width=2, style=style),
                      name=squared_name.format(actual=number(actual, "g")))  # fmt: skip
            plot.plot(p, ce, pen=pg.mkPen("#d62728", width=2, style=style),
                      name=entropy_name.format(actual=number(actual, "g")))  # fmt: skip
        plot.setYRange(0, 3)
        plot.setXRange(0, 1)
        plot.setMouseEnabled(False, False)
        self.plot = plot
        column.addWidget(plot)
        column.addStretch(1)
