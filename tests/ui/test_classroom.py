"""The classroom features in the window: animation, script, predictions, presentation mode."""

from __future__ import annotations

import errno
import subprocess
import sys
from types import SimpleNamespace

from helpers import set_max_speed, wait_state
from PIL import Image
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence

from gdviz.core.io.video import AnimationRequest
from gdviz.core.train.model import predict
from gdviz.core.train.network import Network
from gdviz.ui.main_window import MainWindow
from gdviz.ui.views.help import KeysDialog


def trained(qtbot, window, epochs=200):
    window.controls.epochs_spin.setValue(epochs)
    set_max_speed(window)
    window.train()
    wait_state(qtbot, window, "finished")


def test_export_animation_runs_with_progress_and_writes_the_file(qtbot, window, tmp_path):
    trained(qtbot, window)
    request = AnimationRequest(tmp_path / "lesson.gif", "fit", 300, 10, 2.0, 0.5)
    with qtbot.waitSignal(window.sessions.animation.finished, timeout=60_000) as done:
        assert window.sessions.export_animation(request)
        assert window.sessions.animation.busy  # drawn a frame per event-loop turn
    assert done.args == [request.path]
    with Image.open(request.path) as gif:
        assert gif.n_frames == 20 and gif.size[0] == 300
    assert "Wrote the animation" in window.statusBar().currentMessage()


def test_cancelling_an_animation_leaves_nothing(qtbot, window, tmp_path):
    trained(qtbot, window)
    request = AnimationRequest(tmp_path / "long.mp4", "dashboard", 400, 30, 20.0, 0.0)
    with qtbot.waitSignal(
        window.sessions.animation.progressed, timeout=30_000, check_params_cb=lambda d, t: d > 0
    ):
        window.sessions.export_animation(request)  # until frames are being encoded
    with qtbot.waitSignal(window.sessions.animation.finished, timeout=10_000) as done:
        window.sessions.animation.cancel()
    assert done.args == [None]
    # The encoder thread drops its temporary file.
    qtbot.waitUntil(lambda: list(tmp_path.iterdir()) == [], timeout=10_000)
    assert "cancelled: nothing was written" in window.statusBar().currentMessage()


def test_training_goes_on_while_an_animation_is_written(qtbot, window, tmp_path):
    trained(qtbot, window, epochs=100)
    request = AnimationRequest(tmp_path / "run.webm", "dashboard", 300, 10, 1.0, 0.0)
    window.controls.epochs_spin.setValue(5000)
    with qtbot.waitSignal(window.sessions.animation.finished, timeout=60_000):
        window.sessions.export_animation(request)
        window.train()  # the live run is not disturbed
    wait_state(qtbot, window, "finished")
    assert len(window.history) == 5000 and request.path.exists()


def test_export_as_python_script_replays_the_window_run(qtbot, window, tmp_path):
    window.controls.lr_spin.setValue(0.3)
    trained(qtbot, window, epochs=300)
    path = tmp_path / "run.py"
    assert window.sessions.export_script(str(path))
    ran = subprocess.run([sys.executable, "-I", str(path)], capture_output=True, text=True)
    lines = ran.stdout.splitlines()
    assert lines[-2:] == [f"Final weight: {window.run.w}", f"Final bias: {window.run.b}"]
    assert lines[0] == f"Epoch 0, Loss: {window.history.loss[0]:.4f}"


def test_predict_for_a_file_draws_and_saves_exact_predictions(qtbot, window, tmp_path):
    trained(qtbot, window, epochs=300)
    w, b = window.current_parameters
    source = tmp_path / "new students.csv"
    source.write_text("hours;passed\n1,5;\n2,75;\n;0\n6;1\n")  # semicolons, a missing x
    out = tmp_path / "predicted.csv"
    with qtbot.waitSignal(
        window.predictions.message, timeout=20_000, check_params_cb=lambda m: "Saved" in m
    ):
        assert window.predict_for_file(str(source), save_to=str(out))
    lines = out.read_text().splitlines()
    assert lines[0] == "x,probability,predicted"
    expected = [(x, predict(w, b, x)) for x in (1.5, 2.75, 6.0)]
    assert [tuple(map(float, line.split(",")[:2])) for line in lines[1:]] == expected
    assert [line.split(",")[2] for line in lines[1:]] == [
        "1" if p >= 0.5 else "0" for _, p in expected
    ]
    xs, ps = window.fit_plot.drawn_predictions()
    assert xs.tolist() == [1.5, 2.75, 6.0] and ps.tolist() == [p for _, p in expected]
    message = window.statusBar().currentMessage()
    assert "3 rows of new students.csv" in message and "after 300 epochs" in message
    assert "skipped 1 row" in message
    assert window.acts.clear_predictions.isEnabled()
    window.acts.clear_predictions.trigger()
    assert window.fit_plot.drawn_predictions()[0].size == 0
    assert not window.acts.clear_predictions.isEnabled()


def test_predictions_use_the_epoch_on_view(qtbot, window, tmp_path):
    trained(qtbot, window, epochs=300)
    window.presenter.view_epoch(49)
    w, b, _ = window.shown_parameters()
    source = tmp_path / "x.csv"
    source.write_text("3\n")
    with qtbot.waitSignal(
        window.predictions.message, timeout=20_000, check_params_cb=lambda m: "Saved" in m
    ):
        window.predict_for_file(str(source), save_to=str(tmp_path / "p.csv"))
    assert window.predictions.current.p.tolist() == [predict(w, b, 3.0)]
    assert window.predictions.current.epochs == 50


def test_a_bad_file_to_predict_for_is_refused_and_nothing_is_written(
    qtbot, window, tmp_path, monkeypatch
):
    warnings = []
    monkeypatch.setattr(
        "gdviz.ui.controllers.prediction_controller.QMessageBox.warning",
        lambda *args: warnings.append(args[2]),
    )
    source = tmp_path / "bad.csv"
    source.write_text("hours\n1\nlots\n")
    out = tmp_path / "p.csv"
    with qtbot.waitSignal(
        window.predictions.message,
        timeout=20_000,
        check_params_cb=lambda m: m.startswith("No predictions"),
    ):
        window.predict_for_file(str(source), save_to=str(out))
    assert f"{source}:3" in warnings[0] and "'lots' is not a number" in warnings[0]
    assert not out.exists() and window.predictions.current is None


def test_presentation_mode_enlarges_everything_and_goes_back(qtbot, window):
    curve_width = window.fit_plot.curve.opts["pen"].widthF()
    point_size = window.fit_plot._passed.opts["size"]
    font_size = window.font().pointSizeF()
    visible_range = window.fit_plot.getPlotItem().vb.viewRange()
    window.acts.presentation.trigger()  # F11
    assert window.view.presentation and window.acts.presentation.isChecked()
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    assert window.font().pointSizeF() == font_size * 1.5
    assert window.controls.font().pointSizeF() == font_size * 1.5  # inherited by the panel
    for plot in window.plots():
        assert plot.zoom == 1.5
        # The view draws the scene larger (1.5 times where there is room): bigger text.
        assert 1.25 <= plot.transform().m11() <= 1.5  # less only where a small screen needs it
    assert window.fit_plot.curve.opts["pen"].widthF() == curve_width * 1.5
    assert window.fit_plot._passed.opts["size"] == point_size * 1.5
    qtbot.keyClick(window, Qt.Key.Key_Escape)  # Esc leaves it
    assert not window.view.presentation
    assert not window.windowState() & Qt.WindowState.WindowFullScreen
    assert window.font().pointSizeF() == font_size
    assert window.fit_plot.curve.opts["pen"].widthF() == curve_width
    assert window.fit_plot._passed.opts["size"] == point_size
    assert window.fit_plot.transform().m11() == 1.0
    assert window.fit_plot.getPlotItem().vb.viewRange() == visible_range


def test_side_panel_hides_and_presentation_is_remembered(qtbot, tmp_path):
    path = str(tmp_path / "gdviz.ini")
    first = MainWindow(settings=QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(first)
    first.show()
    first.acts.side_panel.trigger()  # Ctrl+B
    assert not first.side_tabs.isVisible()
    first.acts.presentation.trigger()
    first.close()
    second = MainWindow(settings=QSettings(path, QSettings.Format.IniFormat))
    qtbot.addWidget(second)
    assert second.view.presentation and not second.view.side_panel
    assert second.fit_plot.zoom == 1.5 and not second.acts.side_panel.isChecked()
    assert second.windowState() & Qt.WindowState.WindowFullScreen
    second.acts.presentation.trigger()
    assert second.fit_plot.zoom == 1.0
    second.close()


def test_curves_added_in_presentation_mode_are_widened_too(qtbot, window):
    window.view.set_presentation(True)
    # What an overlay reads of a run.
    kept = SimpleNamespace(w=1.0, b=0.0, params=(1.0, 0.0), network=Network(), colour="#ff0000")
    window.fit_plot.set_overlays([kept])
    (item,) = window.fit_plot._overlays.values()
    assert item.opts["pen"].widthF() == 1.5  # a 1 px line, presented
    window.view.set_presentation(False)
    assert item.opts["pen"].widthF() == 1.0


def test_keyboard_and_mouse_help_lists_every_shortcut_and_gesture(qtbot, window, monkeypatch):
    shown = []
    monkeypatch.setattr(KeysDialog, "exec", lambda self: shown.append(self.rows()))
    window.acts.keys_help.trigger()
    (rows,) = shown
    actions = [row for row in rows if len(row) == 3 and row[0] != "Window"]
    text = {key: row for row in actions for key in row[1].split(", ")}
    with_keys = [a for a in window.findChildren(QAction) if a.shortcut().toString()]
    assert len(with_keys) >= 20
    for act in with_keys:  # every action's keys, with its menu
        keys = act.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        assert keys in text, act.text()
        assert act.text().replace("&", "").removesuffix("…") in text[keys][2]
    assert text["Space"][0] == "Run" and text["F11"][0] == "View"
    assert ("Window", "Esc", "Leave presentation mode (when no past epoch is shown)") in rows
    assert text["Ctrl+V"][0] == "Data table" and "Paste rows" in text["Ctrl+V"][2]
    assert ("Fit plot", "Shift+click", "Add a student who failed") in rows
    assert ("Loss landscape", "Click", "Start the next run at that (w, b)") in rows
    assert any(r[0] == "Loss plot" and r[1] == "Click or drag" for r in rows)
    assert rows.index(("Keyboard",)) < rows.index(("Mouse",))


def test_the_help_follows_the_actions(qtbot, window, monkeypatch):
    shown = []
    monkeypatch.setattr(KeysDialog, "exec", lambda self: shown.append(self.rows()))
    window.acts.race.setShortcut(QKeySequence("Ctrl+Alt+G"))
    window.show_keys()
    assert any(row[1:] and row[1] == "Ctrl+Alt+G" and "Race" in row[2] for row in shown[0])


def test_a_full_disk_mid_animation_is_said_once_and_keeps_the_old_file(
    qtbot, window, tmp_path, monkeypatch
):
    from gdviz.core.io import video as animation

    trained(qtbot, window)
    target = tmp_path / "run.mp4"
    target.write_bytes(b"the old animation")
    real_add = animation.Encoder.add

    def add(self, rgb):
        if self.frames >= 5:
            raise OSError(errno.ENOSPC, "No space left on device")
        real_add(self, rgb)

    monkeypatch.setattr(animation.Encoder, "add", add)
    said = []
    window.sessions.animation.message.connect(said.append)
    request = AnimationRequest(target, "fit", 300, 10, 3.0, 0.0)
    with qtbot.waitSignal(window.sessions.animation.finished, timeout=60_000) as done:
        window.sessions.export_animation(request)
    assert done.args == [None]
    # Frames already sent reach the worker, and are dropped with the temporary file.
    qtbot.waitUntil(lambda: sorted(p.name for p in tmp_path.iterdir()) == ["run.mp4"])
    assert said == [f"Could not write {target.name}: No space left on device. Nothing was written."]
    assert target.read_bytes() == b"the old animation"
    assert not window.job_progress.isVisible()


def test_a_wide_file_to_predict_for_asks_which_column(qtbot, window, tmp_path, monkeypatch):
    asked = []

    def choose(parent, title, label, items, current, editable):
        asked.append(list(items))
        return "score", True

    monkeypatch.setattr("gdviz.ui.controllers.prediction_controller.QInputDialog.getItem", choose)
    source = tmp_path / "wide.csv"
    source.write_text("id,score,notes\n1,2.5,a\n2,3.5,b\n")
    w, b = window.current_parameters
    with qtbot.waitSignal(
        window.predictions.message, timeout=20_000, check_params_cb=lambda m: "Saved" in m
    ):
        window.predict_for_file(str(source), save_to=str(tmp_path / "p.csv"))
    assert asked == [["id", "score", "notes"]]
    assert window.predictions.current.x.tolist() == [2.5, 3.5]
    assert window.predictions.current.p.tolist() == [predict(w, b, 2.5), predict(w, b, 3.5)]
