"""The landscape, single-row steps and travelling back through the run."""

from __future__ import annotations

import numpy as np
import pyqtgraph as pg
import pytest
from helpers import core_history, set_max_speed, wait_grid, wait_state, window_history
from PySide6.QtCore import QPoint, Qt

from gdviz.core.train.data import from_rows, lesson_data
from gdviz.core.train.model import Loss, update_row
from gdviz.core.train.trainer import Trainer


def test_landscape_grid_and_path_match_the_core(qtbot, window):
    wait_grid(qtbot, window)
    grid = window.landscape.grid
    assert grid.loss.shape == (200, 200)
    i, j = 57, 123
    expected = sum(update_row(x, y, grid.w[j], grid.b[i], 0.1).loss for x, y in lesson_data().rows)
    assert grid.loss[i, j] == pytest.approx(expected, rel=1e-12)
    image = window.landscape_plot.image.image
    assert image.shape == (200, 200) and np.array_equal(image, grid.loss)

    set_max_speed(window)
    window.train()
    wait_state(qtbot, window, "finished")
    _, w, b = core_history()
    px, py = window.landscape_plot.path.getData()
    assert (px[0], py[0]) == (0.1, 0.0)  # the start
    assert px[1:-1].tolist() == w and py[1:-1].tolist() == b
    assert (px[-1], py[-1]) == (w[-1], b[-1])
    cx, cy = window.landscape_plot.current.getData()
    assert (cx[0], cy[0]) == (w[-1], b[-1])
    wait_grid(qtbot, window)
    assert window.landscape.grid.contains(w[-1], b[-1])  # re-fitted to the path


def test_row_steps_equal_epoch_steps_and_the_core(qtbot, window):
    rows = len(lesson_data())
    for n in range(1, 2 * rows + 3):
        window.step_row()
        qtbot.waitUntil(
            lambda n=n: window.run.row == n % rows and len(window.history) == n // rows,
            timeout=5_000,
        )
    # Two whole epochs and 2 rows in: finish this epoch by Step, then train to the end.
    trainer = Trainer(lesson_data())
    for _ in range(2 * rows + 2):
        update, _ = trainer.step_row()
    assert window.current_parameters == (update.w_after, update.b_after)
    window.step()
    qtbot.waitUntil(lambda: len(window.history) == 3, timeout=5_000)
    assert window_history(window) == tuple(x[:3] for x in core_history())
    set_max_speed(window)
    window.train()
    wait_state(qtbot, window, "finished")
    assert window_history(window) == core_history()


def test_row_step_explains_the_arithmetic(qtbot, window):
    window.step_row()
    qtbot.waitUntil(lambda: window.run.row == 1, timeout=5_000)
    text = window.controls.row_explanation.text()
    assert "Δw = −lr · error · x = −0.1 · 0.525 · 1 = −0.0525" in text
    assert "Δb = −lr · error = −0.1 · 0.525 = −0.0525" in text
    assert "row 1 of 4" in text
    assert window.fit_plot.row_ring.isVisible()
    x, y = window.fit_plot.row_error.getData()
    assert x.tolist() == [1.0, 1.0] and y[0] == 0.0 and y[1] == 1 / (1 + np.exp(-0.1))
    ax, ay = window.landscape_plot.step_arrow.getData()
    assert (ax[0], ay[0]) == (0.1, 0.0) and ax[1] == update_row(1, 0, 0.1, 0, 0.1).w_after


def test_exact_gradient_explanation_shows_the_extra_factor(qtbot, window):
    window.run_settings.update(gradient="exact")
    window.step_row()
    qtbot.waitUntil(lambda: window.run.row == 1, timeout=5_000)
    assert "Δw = −lr · 2·p·(1−p) · error · x" in window.controls.row_explanation.text()
    exact = update_row(1.0, 0.0, 0.1, 0.0, 0.1, Loss.SQUARED, "exact")
    assert window.current_parameters == (exact.w_after, exact.b_after)


def click_at(plot, x, y):
    vb = plot.getPlotItem().vb
    scene_point = vb.mapViewToScene(pg.Point(x, y))
    view_point = plot.mapFromScene(scene_point)
    return QPoint(round(view_point.x()), round(view_point.y()))


def test_clicking_an_epoch_on_the_loss_plot_shows_that_model(qtbot, window):
    set_max_speed(window)
    window.train()
    wait_state(qtbot, window, "finished")
    _, w, b = core_history()
    qtbot.mouseClick(
        window.loss_plot.viewport(),
        Qt.MouseButton.LeftButton,
        pos=click_at(window.loss_plot, 10, 0.5),
    )
    assert window.viewed_epoch == 10
    sx, sy = window.fit_plot.curve.getData()
    assert np.allclose(sy, 1 / (1 + np.exp(-(sx * w[10] + b[10]))), rtol=0, atol=1e-15)
    assert window.controls.viewing_label.text() == "viewing epoch 10 of 1,000"
    assert window.controls.weight_label.text() == f"{w[10]:.4f}"
    cx, cy = window.landscape_plot.current.getData()
    assert (cx[0], cy[0]) == (w[10], b[10])
    qtbot.keyClick(window, Qt.Key.Key_Escape)
    assert window.viewed_epoch is None
    assert window.controls.weight_label.text() == "4.3019"


def test_viewing_the_past_while_training_goes_on(qtbot, window):
    window.controls.speed_slider.setValue(14)
    window.train()
    qtbot.waitUntil(lambda: len(window.history) > 30, timeout=10_000)
    window.view_epoch(5)
    qtbot.waitUntil(lambda: len(window.history) > 100, timeout=10_000)
    assert window.state == "running" and window.viewed_epoch == 5
    _, w, b = core_history()
    assert window.shown_parameters() == (w[5], b[5], 5)


def test_clicking_the_landscape_sets_the_start(qtbot, window):
    wait_grid(qtbot, window)
    plot = window.landscape_plot
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=click_at(plot, 1.0, -2.0))
    assert window.controls.weight_spin.value() == pytest.approx(1.0, abs=0.1)
    assert window.controls.bias_spin.value() == pytest.approx(-2.0, abs=0.1)
    assert window.current_parameters == (
        window.controls.weight_spin.value(),
        window.controls.bias_spin.value(),
    )


def test_a_big_landscape_is_computed_off_the_gui_thread_and_says_it_bins(qtbot):
    from gdviz.app import MainWindow

    rng = np.random.default_rng(5)
    xs = rng.uniform(0, 10, 100_000)
    data = from_rows(
        zip(xs.tolist(), (xs > rng.normal(5, 1, xs.size)).astype(float).tolist(), strict=True),
        name="big",
    )
    win = MainWindow(data=data)
    qtbot.addWidget(win)
    assert win.landscape.busy  # asked for, not computed, while the window was built
    wait_grid(qtbot, win)
    grid = win.landscape.grid
    assert grid.rows == 100_000 and not grid.exact
    assert f"100,000 rows in {grid.groups:,} bins, loss ±" in win.landscape_plot.title_text()
    win.close()
