"""The race's views: the dialog that sets a race up, and the live table of racers."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from gdviz.core.i18n import QT_TRANSLATE_NOOP, localise, translate
from gdviz.core.run.settings import RACE_EPOCHS_MAX, SETTINGS, RunSettings, uses
from gdviz.core.run.state import RunState
from gdviz.core.teach.words import integer, significant
from gdviz.core.train.optimizers import TITLES, Optimizer
from gdviz.ui.views.fit_models import model_words
from gdviz.ui.views.plot_ink import on_palette
from gdviz.ui.views.train_texts import OPTIMIZER_TIPS
from gdviz.ui.views.widgets import FloatSpinBox, setting_box

DEFAULT_RACERS = (Optimizer.SGD, Optimizer.MOMENTUM, Optimizer.ADAM)
SYMBOLS = {"momentum": "μ", "alpha": "α", "beta1": "β₁", "beta2": "β₂", "eps": "ε"}


class RaceDialog(QDialog):
    """Which optimisers race (each with its learning rate and settings), for how long,
    and the loss whose reaching is timed."""

    def __init__(
        self,
        parent: QWidget | None,
        base: RunSettings,
        chosen: Sequence[Optimizer] = DEFAULT_RACERS,
        threshold: float = 0.05,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("race_views", "Race optimisers"))
        self.setObjectName("raceDialog")
        self._base = base
        layout = QVBoxLayout(self)
        intro = QLabel(
            translate(
                "race_views",
                "They all start at the same w and b on the same data, with the same loss, "
                "gradient and updates, and train at the same time. Tick the ones to race.",
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        box = QGroupBox(translate("race_views", "Racers"))
        grid = QGridLayout(box)
        grid.addWidget(QLabel(translate("race_views", "learning rate")), 0, 1)
        grid.addWidget(QLabel(translate("race_views", "its settings")), 0, 2)
        self.ticks: dict[Optimizer, QCheckBox] = {}
        self.rates: dict[Optimizer, FloatSpinBox] = {}
        self.params: dict[Optimizer, dict[str, FloatSpinBox]] = {}
        defaults = base.hyper
        for row, kind in enumerate(Optimizer, start=1):
            title = translate("optimizers", TITLES[kind])
            tick = QCheckBox(title)
            tick.setObjectName(f"race_{kind.value}")
            tick.setToolTip(translate("train_texts", OPTIMIZER_TIPS[kind]))
            tick.setChecked(kind in chosen)
            lr = setting_box(SETTINGS["learning_rate"], base.learning_rate)
            assert isinstance(lr, FloatSpinBox)
            lr.setObjectName(f"raceRate_{kind.value}")
            whose = translate("race_views", "{optimizer} learning rate")  # one a row: say whose
            lr.setAccessibleName(whose.format(optimizer=title))
            spins = {}
            fields = QHBoxLayout()
            for name in uses(kind):
                own = RunSettings(optimizer=kind).hyper
                value = getattr(own if name == "eps" else defaults, name)
                spin = setting_box(SETTINGS[name], value)
                assert isinstance(spin, FloatSpinBox)
                spin.setObjectName(f"race_{kind.value}_{name}")
                label = translate("settings", SETTINGS[name].label)
                spin.setAccessibleName(f"{title} {label}")
                fields.addWidget(QLabel(SYMBOLS[name]))
                fields.addWidget(spin)
                spins[name] = spin
            fields.addStretch(1)
            grid.addWidget(tick, row, 0)
            grid.addWidget(lr, row, 1)
            grid.addLayout(fields, row, 2)
            self.ticks[kind], self.rates[kind], self.params[kind] = tick, lr, spins
        layout.addWidget(box)
        form = QFormLayout()
        self.epochs = QSpinBox()
        self.epochs.setObjectName("raceEpochs")
        self.epochs.setRange(1, RACE_EPOCHS_MAX)
        self.epochs.setGroupSeparatorShown(True)
        self.epochs.setValue(min(base.epochs, RACE_EPOCHS_MAX))
        self.threshold = FloatSpinBox(1e-12, 1e12, threshold)
        self.threshold.setObjectName("raceThreshold")
        self.threshold.setToolTip(
            translate("race_views", "The table says when each racer's epoch loss first gets here")
        )
        form.addRow(translate("race_views", "Epochs"), self.epochs)
        form.addRow(translate("race_views", "Time to reach a loss of"), self.threshold)
        layout.addLayout(form)
        self.hint = QLabel()
        self.hint.setStyleSheet("color: #b00020;")
        layout.addWidget(self.hint)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("race_views", "Race"))
        buttons.accepted.connect(self._accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def racers(self) -> list[RunSettings]:
        """The ticked optimisers' settings (the base run's otherwise)."""
        out = []
        for kind, tick in self.ticks.items():
            if tick.isChecked():
                values = {name: spin.value() for name, spin in self.params[kind].items()}
                out.append(
                    self._base.with_(
                        optimizer=kind,
                        learning_rate=self.rates[kind].value(),
                        epochs=self.epochs.value(),
                        **values,
                    )
                )
        return out

    def _accept(self) -> None:
        if len(self.racers()) < 2:
            self.hint.setText(translate("race_views", "Tick at least two optimisers to race."))
            return
        self.accept()

    @staticmethod
    def ask(
        parent: QWidget | None, base: RunSettings, threshold: float
    ) -> tuple[list[RunSettings], float] | None:
        dialog = RaceDialog(parent, base, threshold=threshold)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.racers(), dialog.threshold.value()


COLUMNS = (  # reached: loss ≤ threshold
    QT_TRANSLATE_NOOP("race_views", "racer"),
    QT_TRANSLATE_NOOP("race_views", "epoch"),
    QT_TRANSLATE_NOOP("race_views", "loss"),
    "w",
    "b",
    QT_TRANSLATE_NOOP("race_views", "reached"),
)


class RacePanel(QGroupBox):
    """The racers, live: epoch, loss, w, b and the epoch each reached the threshold."""

    threshold_changed = Signal(float)
    end_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("race_views", "Race"), parent)
        self.setObjectName("racePanel")
        layout = QVBoxLayout(self)
        self.state_label = QLabel()
        self.state_label.setObjectName("raceState")
        self.state_label.setWordWrap(True)
        layout.addWidget(self.state_label)
        self.note = QLabel()  # a lesson's question, when a lesson started the race
        self.note.setObjectName("raceNote")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #6a3d9a;")
        self.note.hide()
        layout.addWidget(self.note)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("raceTable")
        self.table.setHorizontalHeaderLabels([translate("race_views", c) for c in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        font = self.table.font()
        font.setPointSizeF(font.pointSizeF() * 0.88)  # six columns in a side panel
        self.table.setFont(font)
        self.table.horizontalHeader().setFont(font)
        self.table.setStyleSheet("QTableWidget::item { padding: 0 2px; }")
        self.table.verticalHeader().setDefaultSectionSize(20)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setMinimumSectionSize(24)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table.setToolTip(
            translate(
                "race_views",
                "Every racer, live. 'reached': the first epoch whose loss was at most the "
                "threshold below.",
            )
        )
        layout.addWidget(self.table)
        row = QHBoxLayout()
        row.addWidget(QLabel(translate("race_views", "reached = loss ≤")))
        self.threshold = FloatSpinBox(1e-12, 1e12, 0.05)
        self.threshold.setObjectName("raceThresholdSpin")
        self.threshold.valueChanged.connect(self.threshold_changed)
        row.addWidget(self.threshold, 1)
        end = QPushButton(translate("race_views", "End race"))
        end.setObjectName("endRaceButton")
        end.setToolTip(translate("race_views", "Take the racers off the plots; the run comes back"))
        end.clicked.connect(self.end_requested)
        end.setFocusPolicy(Qt.FocusPolicy.TabFocus)  # Space stays Train
        row.addWidget(end)
        layout.addLayout(row)
        self.hide()

    def show_racers(self, racers: Sequence, state: RunState, threshold: float) -> None:
        table = self.table
        if table.rowCount() != len(racers):
            table.setRowCount(len(racers))
        # w and b are the lesson's neuron's: a bigger model's racers leave those columns.
        lesson = all(r.network.is_lesson for r in racers)
        for column in (3, 4):
            table.setColumnHidden(column, not lesson)
        for i, r in enumerate(racers):
            loss = r.loss
            reached = "—" if r.reached is None else localise(integer(r.reached))
            if r.divergence is not None:
                reached = translate("race_views", "diverged ({epoch})").format(
                    epoch=localise(integer(r.divergence.epoch))
                )
            cells = (
                r.label,
                localise(integer(r.epoch)),
                localise(significant(loss, 5)) if loss is not None else "–",
                localise(significant(r.w, 4)),
                localise(significant(r.b, 4)),
                reached,
            )
            for j, text in enumerate(cells):
                item = table.item(i, j)
                if item is None:
                    item = QTableWidgetItem()
                    table.setItem(i, j, item)
                if item.text() != text:
                    item.setText(text)
            name = table.item(i, 0)
            assert name is not None
            name.setForeground(on_palette(r.colour, table))  # light on dark
            model = f"w = {r.w!r}, b = {r.b!r}" if r.network.is_lesson else model_words(r.network)
            tip = translate(
                "race_views", "{racer}, learning rate {lr}: epoch {epoch} of {epochs}, {model}"
            )
            name.setToolTip(
                tip.format(
                    racer=r.label,
                    lr=localise(f"{r.settings.learning_rate:g}"),
                    epoch=localise(integer(r.epoch)),
                    epochs=localise(integer(r.settings.epochs)),
                    model=localise(model),
                )
            )
        if self.threshold.value() != threshold:
            blocked = self.threshold.blockSignals(True)
            self.threshold.setValue(threshold)
            self.threshold.blockSignals(blocked)
        words = {
            RunState.IDLE: translate(
                "race_views", "Ready: Train (Space) starts every racer at once."
            ),
            RunState.RUNNING: translate(
                "race_views", "Racing…  Pause (Space), or S for one epoch each."
            ),
            RunState.PAUSED: translate(
                "race_views", "Paused: Train (Space) goes on, S steps one epoch each."
            ),
            RunState.FINISHED: translate(
                "race_views", "Finished. Reset (R) races again from the start."
            ),
        }
        self.state_label.setText(words.get(state, ""))

    def show_note(self, text: str) -> None:
        self.note.setText(text)
        self.note.setVisible(bool(text))

    def rows(self) -> list[list[str]]:
        """The table's text, row by row (for tests and screenshots)."""
        t = self.table
        cells = [[t.item(i, j) for j in range(t.columnCount())] for i in range(t.rowCount())]
        return [[c.text() if c is not None else "" for c in row] for row in cells]
