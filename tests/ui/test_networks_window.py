"""The models beyond the lesson's neuron, in the window: chosen from the Train tab and
the Model menu, trained bit for bit as the core trains them, drawn (a network's curve,
the plane of two inputs, the network view, a landscape slice), stepped row by row,
checked, saved and reopened."""

from __future__ import annotations

import math

import numpy as np
import pytest
from helpers import set_max_speed, wait_grid, wait_state
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from gdviz.core.figures.landscape import (
    GRID_SIZE,
    SLICE_GRID_MIN,
    SLICE_WORK,
    slice_grid,
    slice_plan,
)
from gdviz.core.figures.loss_slice import Slice
from gdviz.core.io.session import load_session
from gdviz.core.run.settings import RunSettings
from gdviz.core.teach.lessons import EXERCISES
from gdviz.core.train.data import DataSet, load_builtin
from gdviz.core.train.model import Loss
from gdviz.core.train.network import Network, forward, update_row
from gdviz.core.train.network_arrays import total_loss_array
from gdviz.core.train.trainer import Trainer
from gdviz.ui.views.plots import FAILED, PASSED


def train(qtbot, win, dataset, epochs, **settings):
    win.data_controller.use_builtin(dataset)
    win.run_settings.update(epochs=epochs, **settings)
    set_max_speed(win)
    win.train()
    wait_state(qtbot, win, "finished")


def test_the_model_box_and_menu_choose_the_model(window):
    box = window.controls.model_box
    box.hidden_spin.setValue(3)
    assert window.run_settings.value.hidden == 3
    assert box.activation_combo.isEnabled() and box.seed_spin.isEnabled()
    assert not window.controls.weight_spin.isEnabled()
    assert window.acts.groups["hidden"][3].isChecked()
    window.acts.groups["activation"]["tanh"].trigger()
    assert window.run_settings.value.activation == "tanh"
    assert box.activation_combo.currentData() == "tanh"
    window.acts.groups["hidden"][0].trigger()
    assert window.run_settings.value.hidden == 0 and not box.activation_combo.isEnabled()
    assert "lesson's neuron" in box.description.text()


def test_a_network_trains_in_the_window_bit_for_bit_as_the_core(qtbot, window):
    train(qtbot, window, "xor", 300, hidden=3, activation="relu", learning_rate=0.3)
    core = Trainer(load_builtin("xor"), window.run.settings)
    core.run_to_end()
    assert window.run.history.loss.tolist() == core.history.loss.tolist()
    assert window.run.params == core.parameters
    assert window.run.history.params.tolist() == core.history.params.tolist()


def test_two_inputs_are_drawn_as_their_plane(qtbot, window):
    train(qtbot, window, "xor", 400, hidden=3, activation="tanh", learning_rate=0.5)
    fit, data = window.fit_plot, window.run.data
    assert fit.two_inputs and fit.plane.image.isVisible() and not fit.curve.isVisible()
    assert fit.drawn_points() == sorted(zip(data.xs.tolist(), data.x2.tolist(), strict=True))
    net, params = window.run.network, window.run.params

    def boundary_at_half() -> None:
        xs, ys = fit.plane.boundary.getData()
        assert xs is not None and len(xs) > 10  # the 0.5 line is drawn
        # Each end of the boundary lies where the network's p is 0.5.
        p = [forward(net, params, (x, y)).p for x, y in zip(xs[:20], ys[:20], strict=True)]
        assert max(abs(v - 0.5) for v in p) < 0.15

    # The map is redrawn at most 8 times a second, the last state always: it may come
    # an eighth of a second after the run ends.
    qtbot.waitUntil(boundary_at_half, timeout=2000)
    before = len(data)
    fit.plane_point_added.emit(0.25, -0.5, 1.0)
    assert len(window.run.data) == before + 1
    assert (window.run.data.xs[-1], window.run.data.x2[-1]) == (0.25, -0.5)


def test_a_one_input_network_draws_its_units_behind_its_curve(qtbot, window):
    train(qtbot, window, "sweet-spot", 200, hidden=3, optimizer="adam", learning_rate=0.05)
    fit = window.fit_plot
    assert not fit.two_inputs
    x, p = fit.curve.getData()
    net, params = window.run.network, window.run.params
    assert np.allclose(p[::50], [forward(net, params, (v,)).p for v in x[::50]], atol=1e-12)
    units = [c for c in fit._units._curves if c.isVisible()]
    assert len(units) == 3
    blue, orange = QColor(PASSED).rgb(), QColor(FAILED).rgb()
    for j, unit in enumerate(units):  # the colour of what the unit does to p
        raises = params[net.names.index(f"w2[{j}]")] >= 0
        assert unit.opts["pen"].color().rgb() == (blue if raises else orange)
        _, h = unit.getData()
        assert np.nanmin(h) >= 0.0 and np.nanmax(h) <= 1.0


def test_step_row_on_a_network_is_the_rule_shown_everywhere(qtbot, window):
    train(qtbot, window, "xor", 5, hidden=2, activation="sigmoid")
    window.controls.epochs_spin.setValue(6)
    params = window.run.params
    with qtbot.waitSignal(window.run.row_stepped, timeout=5000) as blocker:
        window.step_row()
    step = blocker.args[0]
    x, y = window.run.data.inputs_of(0)
    expected, _ = update_row(window.run.network, params, x, y, window.run.learning_rate)
    assert step.update == expected
    text = window.controls.row_explanation.text()
    for part in ("a₀ = x₀·W1[0][0]", "h₁ = σ(a₁)", "δ₀ = g · w2[0]", "ΔW1[1][0]", "b2:"):
        assert part in text, part
    view = window.network_view
    view.canvas.edge_clicked.emit(0)
    assert view.worked.text().startswith("ΔW1[0][0] = −lr · δ₀ · x₀ = ")
    assert window.fit_plot.row_ring.isVisible()


def test_the_landscape_of_a_network_is_a_slice_along_chosen_axes(qtbot, window):
    train(qtbot, window, "sweet-spot", 100, hidden=2, optimizer="adam", learning_rate=0.05)
    window.fit_view()
    wait_grid(qtbot, window)
    bar = window.slice_bar
    assert bar.isVisibleTo(window) and bar.x_combo.currentText() == "W1[0][0]"
    result = window.landscape.result
    assert result.request.slice is not None and result.request.slice.axes == (0, 4)
    bar.y_combo.setCurrentIndex(6)  # b2
    wait_grid(qtbot, window)
    result = window.landscape.result
    cut = result.request.slice
    assert cut.axes == (0, 6)
    grid, data = result.grid, window.run.data
    for i, j in ((3, 5), (100, 150), (199, 0)):
        theta = np.array(cut.centre)
        theta[0], theta[6] = grid.w[j], grid.b[i]
        expected = total_loss_array(cut.network, theta, data.X, data.ys)
        assert grid.loss[i, j] == pytest.approx(expected, rel=1e-12)
    assert "slice" in window.landscape_plot.title_text()
    assert not window.landscape_plot.start.isVisible()


def test_check_the_gradient_opens_a_table_and_a_verdict(qtbot, window):
    window.acts.check_gradient.trigger()
    qtbot.waitUntil(lambda: window.gradients.dialog is not None, timeout=10_000)
    dialog = window.gradients.dialog
    assert dialog.table.rowCount() == 2
    assert dialog.table.item(0, 0).text() == "w"
    assert "cross-entropy's gradient" in dialog.verdict.text()
    window.run_settings.update(gradient="exact")
    window.acts.check_gradient.trigger()
    qtbot.waitUntil(lambda: "agree" in dialog.verdict.text(), timeout=10_000)
    dialog.close()


def test_why_a_hidden_layer_keeps_the_neuron_against_three_units(qtbot, window):
    set_max_speed(window)
    window.lesson.start(next(e for e in EXERCISES if e.name == "hidden"))
    wait_state(qtbot, window, "finished", timeout=60_000)
    (neuron,) = [r for r in window.runs.runs if window.runs.label(r).startswith("one neuron")]
    assert neuron.network.hidden == 0 and window.run.network.hidden == 3
    assert window.run.history.loss[-1] < 0.5 * neuron.final_loss
    assert window.run.data.same_rows(load_builtin("sweet-spot"))


def test_a_network_session_reopens_and_goes_on_bit_for_bit(qtbot, window, tmp_path):
    window.data_controller.use_builtin("circle")
    window.run_settings.update(hidden=4, activation="tanh", epochs=60, optimizer="rmsprop")
    set_max_speed(window)
    window.step()
    qtbot.waitUntil(lambda: len(window.run.history) == 1, timeout=10_000)
    path = tmp_path / "net.gdviz.json"
    assert window.sessions.save_session(str(path))
    session = load_session(path)
    assert session.network == Network(2, 4, "tanh")
    window.sessions.apply(session)
    window.train()
    wait_state(qtbot, window, "finished")
    core = Trainer(load_builtin("circle"), RunSettings(hidden=4, activation="tanh", epochs=60,
                                                       optimizer="rmsprop"))  # fmt: skip
    core.run_to_end()
    assert window.run.params == core.parameters


def test_the_data_tab_holds_both_inputs(qtbot, window):
    window.data_controller.use_builtin("hours-sleep")
    model = window.data_panel.model
    assert model.columnCount() == 3
    assert model.headerData(1, Qt.Orientation.Horizontal) == "sleep (x₁)"
    model.setData(model.index(0, 1), "9.5")
    assert window.run.data.x2[0] == 9.5


def test_the_predict_box_takes_both_inputs(qtbot, window):
    train(qtbot, window, "hours-sleep", 50)
    window.controls.predict_input.setText("6, 7.5")
    net, params = window.run.network, window.run.params
    p = forward(net, params, (6.0, 7.5)).p
    assert window.controls.predict_output.text().startswith(f"p = {p:.4f}")
    assert math.isfinite(p)


def test_a_slice_moves_on_when_the_other_parameters_do():
    net = Network(1, 2)
    a = Slice(net, (1.0, 2.0, 0.0, 0.0, 1.0, 1.0, 0.0), (0, 4))
    assert not Slice(net, (5.0, 2.0, 0.0, 0.0, 9.0, 1.0, 0.0), (0, 4)).moved_from(a)
    assert Slice(net, (1.0, 2.5, 0.0, 0.0, 1.0, 1.0, 0.0), (0, 4)).moved_from(a)
    assert Slice(net, a.centre, (0, 5)).moved_from(a)
    with pytest.raises(ValueError, match="its 7 parameters, not 2"):
        Slice(net, (1.0, 2.0), (0, 1))


def test_a_slice_of_a_big_table_is_coarser_then_sampled_and_says_so():
    assert slice_plan(60) == (GRID_SIZE, 60)  # small: every row, the full grid
    side, used = slice_plan(2_000)
    assert SLICE_GRID_MIN < side < GRID_SIZE and used == 2_000
    assert 2_000 * side * side <= SLICE_WORK
    side, used = slice_plan(1_000_000)
    assert side == SLICE_GRID_MIN and used * side * side <= SLICE_WORK < (used + 1) * side**2
    rng = np.random.default_rng(1)
    X = rng.normal(size=(1_000_000, 1))
    data = DataSet(X[:, 0], (X[:, 0] > 0.3).astype(float), "big")
    net = Network(1, 2)
    cut = Slice(net, tuple(net.start(0.1, 0.0, 0)), (0, 4))
    grid = slice_grid(cut, data, Loss.SQUARED, (-1.0, 1.0), (-1.0, 1.0))
    assert grid.loss.shape == (SLICE_GRID_MIN, SLICE_GRID_MIN)
    assert (grid.groups, grid.rows) == (used, 1_000_000) and not grid.exact
    theta = np.array(cut.centre)
    theta[0], theta[4] = grid.w[7], grid.b[11]
    whole = total_loss_array(net, theta, data.X, data.ys)
    assert grid.loss[11, 7] == pytest.approx(whole, rel=0.02)  # an estimate, and a close one


@pytest.mark.parametrize("hidden", [0, 3])
def test_from_two_inputs_back_to_one_every_view_follows(qtbot, window, hidden):
    window.data_controller.use_builtin("xor")
    window.run_settings.update(hidden=hidden)
    qtbot.wait(50)
    window.data_controller.use_builtin("lesson")
    qtbot.wait(50)
    fit, net = window.fit_plot, window.run.network
    assert net.inputs == 1 and not fit.two_inputs
    assert "plane" not in fit.title_text()
    x, p = fit.curve.getData()
    assert np.allclose(p[::100], [forward(net, window.run.params, (v,)).p for v in x[::100]])
    shown = window.controls.weight_label.text()
    assert shown == (f"{net.size} parameters" if hidden else "0.1000")
    window.undo_stack.undo()  # back to xor: the plane again
    qtbot.wait(50)
    assert window.run.data.inputs == 2 and fit.two_inputs


def test_a_race_keeps_its_map_while_the_next_run_changes_model(qtbot, window):
    window.run_settings.update(hidden=2)
    base = window.run_settings.value
    window.start_race([base, base.with_(optimizer="adam")])
    racers_net = window.race.racers[0].network
    window.run_settings.update(hidden=3)  # the next run: another model
    qtbot.wait(50)
    assert window.run.network != racers_net
    window.presenter.follow_landscape(refit=True)
    asked = window.landscape._asked
    assert asked is not None and asked.slice is not None
    assert asked.slice.network == racers_net
    assert asked.slice.centre == window.race.racers[0].params
    window.end_race()
    window.presenter.follow_landscape(refit=True)
    assert window.landscape._asked.slice.network == window.run.network


def test_a_wide_file_asks_for_each_of_two_inputs(qtbot, window, tmp_path, monkeypatch):
    train(qtbot, window, "xor", 20, hidden=2)
    asked = []

    def choose(parent, title, label, items, current, editable):
        asked.append((title, list(items)))
        return ("b", "a")[len(asked) - 1], True

    monkeypatch.setattr("gdviz.ui.controllers.prediction_controller.QInputDialog.getItem", choose)
    source = tmp_path / "wide.csv"
    source.write_text("id,a,b\n1,0.5,-1\n2,2,3\n")
    with qtbot.waitSignal(
        window.predictions.message, timeout=20_000, check_params_cb=lambda m: "Saved" in m
    ):
        window.predict_for_file(str(source), save_to=str(tmp_path / "p.csv"))
    assert [t for t, _ in asked] == ["Which column is x₀ (x1)?", "Which column is x₁ (x2)?"]
    assert asked[1][1] == ["id", "a"]  # the first input's column is not offered again
    got = window.predictions.current
    assert got.x.tolist() == [[-1.0, 0.5], [3.0, 2.0]]  # x₀ from b, x₁ from a
    net, params = window.run.network, window.run.params
    assert got.p.tolist() == [
        forward(net, params, (-1.0, 0.5)).p,
        forward(net, params, (3.0, 2.0)).p,
    ]
