"""Lesson ▸ Guided lesson: steps outline visible widgets, the cards move with the
keyboard, the code view shows the run's own rows, predictions are judged by the run,
and progress survives a session."""

from __future__ import annotations

import pyqtgraph as pg
import pytest
from helpers import set_max_speed, wait_state
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QWidget

from gdviz.core.teach.guide import STEPS
from gdviz.ui.threads.training_worker import RowStep


def _open(window, qtbot):
    action = window.findChild(QAction, "guidedLessonAction")
    assert action is not None and action.shortcut().toString() == "Ctrl+G"
    action.trigger()
    qtbot.waitUntil(window.guide.panel.isVisible)
    return window.guide


def test_every_step_outlines_a_visible_widget(qtbot, window):
    guide = _open(window, qtbot)
    window.view.set_side_panel(False)  # a step whose widget is in the side panel shows it
    window.side_tabs.setCurrentIndex(2)  # and its tab
    for index, step in enumerate(STEPS):
        guide.go(index)
        qtbot.wait(20)
        target = guide.target()
        assert target is not None and target.objectName() == step.target
        assert target.isVisible(), step.key
        assert guide.outline.isVisible()
        # The outline follows its widget as the layout settles (within a moment).
        qtbot.waitUntil(
            lambda t=target: (
                guide.outline.geometry().contains(t.mapTo(window, t.rect().center()))
                and guide.outline.geometry().contains(t.mapTo(window, t.rect().topLeft()))
            ),
            timeout=2000,
        )
        assert guide.panel.where.text() == f"Step {index + 1} of {len(STEPS)}"
    assert not guide.panel.next.isEnabled()
    guide.panel.back.click()
    assert guide.step == len(STEPS) - 2
    window.guide.panel.close()
    qtbot.waitUntil(lambda: not guide.outline.isVisible())


def test_new_widgets_have_accessible_names(qtbot, window):
    guide = _open(window, qtbot)
    for widget in guide.panel.findChildren(QWidget):
        name = widget.objectName()
        if name.startswith("guide") and widget.metaObject().className() in (
            "QPushButton", "QSlider", "QListWidget", "QPlainTextEdit",
        ):  # fmt: skip
            assert widget.accessibleName() or widget.text(), name


def test_cards_move_with_the_keyboard_and_only_the_right_order_moves_on(qtbot, window):
    guide = _open(window, qtbot)
    guide.go(2)
    page = guide.panel.cards
    cards = page.cards
    assert cards.order() != [0, 1, 2, 3]
    page.check.click()
    assert page.hint.text().startswith("Card ")
    assert not guide.progress.cards_done
    cards.setFocus()
    # Selection sort with Ctrl+↑ only: bring each card up to its place.
    for place in range(4):
        row = cards.order().index(place)
        cards.setCurrentRow(row)
        for _ in range(row - place):
            qtbot.keyClick(cards, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert cards.order() == [0, 1, 2, 3]
    page.check.click()
    assert page.hint.text().startswith("Right:")
    assert guide.progress.cards_done


def test_the_code_view_shows_the_runs_own_rows_over_a_whole_epoch(qtbot, window):
    guide = _open(window, qtbot)
    guide.go(4)
    code = guide.panel.code.code
    code.set_pace(0)
    steps: list[RowStep] = []
    window.run.row_stepped.connect(steps.append)
    for row in range(1, 5):
        with qtbot.waitSignal(window.run.row_stepped, timeout=5000):
            guide.panel.code.step_row.click()
        u = steps[-1].update
        assert steps[-1].rows_done == row
        assert code.marked_line() == 9  # b = b - lr * error: the row's last line
        values = code.values()
        assert values["x"] == u.x and values["y"] == u.y
        assert values["z"] == u.z and values["p"] == u.p
        assert values["error"] == u.error and values["loss"] == u.loss
        assert values["total_loss"] == steps[-1].partial_loss
        assert values["w"] == u.w_after and values["b"] == u.b_after
        assert values["epoch"] == 0
        assert f"error = {values['error']:.4f}" in code.toPlainText()
        assert guide.panel.code.now.text() == f"line 10: b = {values['b']:.4f}"
    # The epoch's total is the loss the run records for epoch 0.
    qtbot.waitUntil(lambda: len(window.history) == 1, timeout=5000)
    assert code.values()["total_loss"] == window.history.loss[0]


def test_the_code_view_plays_a_row_a_line_at_a_time(qtbot, window):
    guide = _open(window, qtbot)
    guide.go(4)
    code = guide.panel.code.code
    code.set_pace(40)
    reached: list[int] = []
    code.line_reached.connect(reached.append)
    guide.panel.code.step_row.click()
    qtbot.waitUntil(lambda: code.marked_line() == 9, timeout=5000)
    assert reached == list(range(10))  # the first row opens the epoch: every line, in order


def test_a_prediction_is_kept_judged_by_the_run_and_survives_a_session(qtbot, window, tmp_path):
    guide = _open(window, qtbot)
    guide.go(6)
    set_max_speed(window)
    page = guide.panel.rates
    assert not page.runs["lr001"].isEnabled()  # answer first
    page.groups["lr001"].button(1).click()  # "Slower"
    assert guide.progress.answers == {"lr001": 1}
    page.runs["lr001"].click()
    wait_state(qtbot, window, "finished")
    qtbot.waitUntil(lambda: "lr001" in guide.progress.revealed)
    assert guide.progress.revealed["lr001"] == 1
    shown = page.reveals["lr001"].text()
    assert "✓ As you said." in shown and "0.2428" in shown and "The lesson:" in shown
    assert window.run.settings.learning_rate == 0.01
    # A wrong guess is said to be wrong.
    page.groups["lr1"].button(2).click()  # "It bounces"
    page.runs["lr1"].click()
    qtbot.waitUntil(lambda: "lr1" in guide.progress.revealed, timeout=20_000)
    assert guide.progress.revealed["lr1"] == 0
    assert "✗ You said: It bounces up and down." in page.reveals["lr1"].text()

    path = tmp_path / "guided.gdviz.json"
    assert window.sessions.save_session(str(path))
    from gdviz.app import MainWindow

    other = MainWindow()
    qtbot.addWidget(other)
    assert other.sessions.open_session(str(path))
    restored = other.guide.progress
    assert restored.step == 6
    assert restored.answers == {"lr001": 1, "lr1": 2}
    assert restored.revealed == {"lr001": 1, "lr1": 0}
    assert other.guide.panel.rates.groups["lr001"].checkedId() == 1
    assert "✓ As you said." in other.guide.panel.rates.reveals["lr001"].text()
    other.close()


def test_guessing_where_the_step_lands_is_scored(qtbot, window):
    guide = _open(window, qtbot)
    guide.go(8)
    plot = window.landscape_plot
    w0, b0 = window.run.w, window.run.b
    start_before = window.run_settings.value.start
    guesses: list[tuple[float, float]] = []
    plot.guess_made.connect(lambda w, b: guesses.append((w, b)))
    qtbot.waitUntil(lambda: plot.result is not None, timeout=10_000)  # the map is drawn
    vb = plot.getPlotItem().vb
    where = plot.mapFromScene(vb.mapViewToScene(pg.Point(w0 + 1.5, b0 - 3.0)))
    where = QPoint(round(where.x()), round(where.y()))
    qtbot.mouseClick(plot.viewport(), Qt.MouseButton.LeftButton, pos=where)
    assert len(guesses) == 1
    assert abs(guesses[0][0] - (w0 + 1.5)) < 0.2 and abs(guesses[0][1] - (b0 - 3.0)) < 0.2
    assert len(plot.guess.data) == 1
    assert window.run_settings.value.start == start_before  # a guess is not a new start
    with qtbot.waitSignal(window.run.epochs_added, timeout=5000):
        guide.panel.landing.step.click()
    qtbot.waitUntil(lambda: guide.progress.rounds == 1)
    assert 0 <= guide.progress.score <= 2
    assert "It landed at w = " in guide.panel.landing.status.text()
    assert guide.panel.landing.score.text().startswith(f"Score: {guide.progress.score} point")
    guide.restart()
    assert guide.progress.rounds == 0 and guide.step == 0


def test_a_new_run_leaves_no_row_of_the_last_one_on_view(qtbot, window):
    guide = _open(window, qtbot)
    guide.go(5)
    with qtbot.waitSignal(window.run.row_stepped, timeout=5000):
        guide.panel.reading.step_row.click()
    assert guide.panel.reading.lines[0].text().startswith("error = ")
    assert guide.panel.code.code.values()
    window.reset()
    assert guide.panel.reading.lines[0].text().startswith("Press Step row")
    assert guide.panel.code.code.values() == {} and guide.panel.code.code.marked_line() is None
    assert guide.panel.code.now.text() == ""
    # A finished run cannot step: the panel's buttons say so, as the Train tab's do.
    set_max_speed(window)
    window.train()
    wait_state(qtbot, window, "finished")
    assert not guide.panel.reading.step_row.isEnabled()
    assert not window.controls.step_row_button.isEnabled()
    assert not guide.panel.landing.step.isEnabled()


def test_keyboard_answers_and_restart_forgets_them(qtbot, window):
    guide = _open(window, qtbot)
    guide.go(6)
    page = guide.panel.rates
    first = page.groups["lr001"].button(0)
    first.setFocus()
    qtbot.keyClick(first, Qt.Key.Key_Space)  # chooses, and does not start training
    assert guide.progress.answers == {"lr001": 0}
    assert window.state == "idle"
    assert page.runs["lr001"].isEnabled()
    set_max_speed(window)
    page.runs["lr001"].click()
    assert not page.runs["lr1"].isEnabled() or window.state != "running"
    guide.restart()  # while the question's run may still go on
    wait_state(qtbot, window, "finished")
    qtbot.wait(50)
    assert guide.progress.answers == {} and guide.progress.revealed == {}
    assert page.groups["lr001"].checkedId() == -1 and page.reveals["lr001"].text() == ""
    assert not page.runs["lr001"].isEnabled()


def test_a_question_is_judged_only_on_its_own_run(qtbot, window):
    guide = _open(window, qtbot)
    guide.go(6)
    guide.answer("lr1", 0)
    guide.run_question("lr1")
    window.reset()  # the learner leaves the exercise's run: it is not asked about any more
    set_max_speed(window)
    window.train()
    wait_state(qtbot, window, "finished")
    qtbot.wait(50)
    assert guide.progress.revealed == {}
    assert guide.panel.rates.reveals["lr1"].text() == ""


def test_a_guess_is_scored_only_for_the_one_step_it_was_for(qtbot, window):
    guide = _open(window, qtbot)
    guide.go(8)
    qtbot.waitUntil(lambda: window.landscape_plot.result is not None, timeout=10_000)
    window.landscape_plot.guess_made.emit(window.run.w + 0.01, window.run.b - 0.01)
    assert len(window.landscape_plot.guess.data) == 1
    window.reset()
    assert len(window.landscape_plot.guess.data) == 0
    with qtbot.waitSignal(window.run.epochs_added, timeout=5000):
        window.step()
    qtbot.wait(50)
    assert guide.progress.rounds == 0


def test_playing_the_moments_stops_when_no_row_can_be_stepped(qtbot, window):
    guide = _open(window, qtbot)
    guide.go(3)
    page = guide.panel.iteration
    page.play.setChecked(True)
    set_max_speed(window)
    window.train()
    wait_state(qtbot, window, "finished")
    assert not page.play.isChecked() and not page.step_row.isEnabled()
    assert guide.panel.stepping.isVisible()


def test_the_landing_guess_can_be_made_with_the_keys(qtbot, window):
    guide = _open(window, qtbot)
    guide.go(8)
    plot = window.landscape_plot
    qtbot.waitUntil(lambda: plot.result is not None, timeout=10_000)
    guesses: list[tuple[float, float]] = []
    plot.guess_made.connect(lambda w, b: guesses.append((w, b)))
    guide.panel.landing.keys.click()
    assert plot.guessing
    (x0, x1), _ = plot.getPlotItem().vb.viewRange()
    w0, b0 = window.run.w, window.run.b
    for _ in range(3):
        qtbot.keyClick(plot, Qt.Key.Key_Right)
    qtbot.keyClick(plot, Qt.Key.Key_Down)
    qtbot.keyClick(plot, Qt.Key.Key_Return)
    assert len(guesses) == 1
    w, b = guesses[0]
    assert w == pytest.approx(w0 + 3 * (x1 - x0) / 80) and b < b0
    with qtbot.waitSignal(window.run.epochs_added, timeout=5000):
        guide.panel.landing.step.click()
    qtbot.waitUntil(lambda: guide.progress.rounds == 1)


def test_ask_me_first_waits_for_a_guess_before_step_and_train(qtbot, window, monkeypatch):
    from gdviz.ui.views import guide_pages

    action = window.findChild(QAction, "askFirstAction")
    assert action is not None and action.isCheckable() and not action.isChecked()
    action.trigger()
    assert window.view.ask_first
    plot = window.landscape_plot
    qtbot.waitUntil(lambda: plot.result is not None, timeout=10_000)
    # Step waits: nothing trains until the learner has guessed.
    window.step()
    qtbot.wait(100)
    assert len(window.history) == 0
    assert window.statusBar().currentMessage().startswith("Ask me first: where will (w, b) be")
    w0, b0 = window.run.w, window.run.b
    with qtbot.waitSignal(window.run.epochs_added, timeout=5000):
        plot.guess_made.emit(w0 + 0.01, b0 - 0.01)  # as a click or Enter on the map does
    qtbot.waitUntil(lambda: window.guide.progress.rounds == 1)
    assert len(window.history) == 1
    qtbot.waitUntil(
        lambda: window.statusBar().currentMessage().startswith("Ask me first: It landed at w = ")
    )
    # Train asks where p = 0.5 ends up; cancelling trains nothing.
    monkeypatch.setattr(guide_pages, "ask_crossing", lambda parent, now: None)
    window.train()
    assert window.state != "running" and len(window.history) == 1
    monkeypatch.setattr(guide_pages, "ask_crossing", lambda parent, now: 2.4)
    set_max_speed(window)
    window.train()
    wait_state(qtbot, window, "finished")
    qtbot.waitUntil(lambda: window.guide.progress.rounds == 2)
    at = -window.run.b / window.run.w
    assert (
        f"The model says 50% at x = {at:.2f}; you said 2.40" in window.statusBar().currentMessage()
    )
    expected = 2 if abs(2.4 - at) <= 0.25 else 1 if abs(2.4 - at) <= 1 else 0
    assert window.guide.progress.score - (window.guide.progress.score - expected) == expected
    # A finished run has no step to guess: Step says so at once.
    window.step()
    assert not window.landscape_plot.guessing
    # Turned off while a Step waits: the map chooses the start again.
    window.reset()
    window.step()
    assert window.landscape_plot.guessing
    action.trigger()
    assert not window.landscape_plot.guessing
    action.trigger()
    # A model beyond the lesson's neuron is not asked: its step has no (w, b) to guess.
    window.run_settings.update(hidden=3)
    window.reset()
    with qtbot.waitSignal(window.run.epochs_added, timeout=5000):
        window.step()
    action.trigger()
    assert not window.view.ask_first


def test_a_waiting_step_keeps_the_map_for_its_guess_until_a_race_or_a_bad_guess(qtbot, window):
    from gdviz.core.train.optimizers import Optimizer

    window.findChild(QAction, "askFirstAction").trigger()
    guide = _open(window, qtbot)
    guide.go(2)
    plot = window.landscape_plot
    window.step()  # waits for a guess
    guide.panel.close()  # closing the lesson does not turn the map back into a start picker
    guide.go(5)
    assert plot.guessing
    plot.guess_made.emit(float("nan"), 0.0)  # refused: not a place
    assert len(window.history) == 0 and guide.progress.rounds == 0
    s = window.run_settings.value
    window.start_race([s.with_(optimizer=Optimizer.SGD), s.with_(optimizer=Optimizer.MOMENTUM)])
    assert not plot.guessing  # the race's steps are not guessed
    window.end_race()
    window.step()  # asked again: the guess made before the race is gone
    assert plot.guessing and len(window.history) == 0


def test_space_presses_the_panels_buttons_and_a_finished_run_takes_no_guess(qtbot, window):
    guide = _open(window, qtbot)
    guide.go(2)
    check = guide.panel.cards.check
    check.setFocus()
    qtbot.keyClick(check, Qt.Key.Key_Space)
    assert guide.panel.cards.hint.text().startswith("Card ")  # checked, not trained
    assert window.state == "idle"
    # Next (Alt+Right) takes the keyboard on into the next step's own controls.
    guide.panel.next.click()
    assert guide.step == 3
    assert guide.panel.iteration.isAncestorOf(QApplication.focusWidget())
    set_max_speed(window)
    window.train()
    wait_state(qtbot, window, "finished")
    guide.go(8)
    window.landscape_plot.guess_made.emit(window.run.w + 0.1, window.run.b)
    assert guide.panel.landing.status.text().startswith("The run has finished: Reset (R)")
    assert len(window.landscape_plot.guess.data) == 0


def test_a_handout_opens_at_its_step_with_its_locks_until_unlocked(qtbot, window, tmp_path,
                                                                   monkeypatch):  # fmt: skip
    from gdviz.app import MainWindow
    from gdviz.ui.controllers import session_controller
    from gdviz.ui.views import handout_dialog

    path = tmp_path / "handout.gdviz.json"
    monkeypatch.setattr(
        handout_dialog.HandoutDialog,
        "exec",
        lambda self: handout_dialog.QDialog.DialogCode.Accepted,
    )
    real_init = handout_dialog.HandoutDialog.__init__

    def filled(self, parent, step):
        real_init(self, parent, step)
        self.title.setText("How big a step?")
        self.question.setPlainText("Which learning rate gets below 0.1 first?")
        self.step.setCurrentIndex(6)  # the learning-rate exercise

    monkeypatch.setattr(handout_dialog.HandoutDialog, "__init__", filled)
    monkeypatch.setattr(
        session_controller.QFileDialog, "getSaveFileName", lambda *a, **k: (str(path), "")
    )
    window.findChild(QAction, "saveHandoutAction").trigger()
    assert path.is_file()
    assert not window.run_settings.locked  # the teacher's own window stays free

    other = MainWindow()
    qtbot.addWidget(other)
    other.show()
    assert other.open_file(str(path))
    guide = other.guide
    qtbot.waitUntil(lambda: guide.panel.isVisible() and guide.step == 6)
    assert guide.panel.handout.text() == (
        "How big a step?\n\nWhich learning rate gets below 0.1 first?"
    )
    # Only the learning rate and Train (the dialog's first choice) are usable.
    c = other.controls
    assert c.lr_spin.isEnabled() and c.train_button.isEnabled()
    assert not c.epochs_spin.isEnabled() and not c.weight_spin.isEnabled()
    assert not c.model_box.isEnabled()
    assert not other.acts.groups["loss"]["cross-entropy"].isEnabled()
    other.run_settings.update(epochs=5)  # a locked setting's edit is refused, and said
    assert other.run_settings.value.epochs == 1000
    assert "Epochs: locked by the handout" in other.statusBar().currentMessage()
    other.run_settings.update(learning_rate=0.5)
    assert other.run_settings.value.learning_rate == 0.5
    unlock = other.findChild(QAction, "unlockControlsAction")
    assert unlock.isEnabled()
    unlock.trigger()
    assert c.epochs_spin.isEnabled() and c.model_box.isEnabled() and not unlock.isEnabled()
    other.run_settings.update(epochs=5)
    assert other.run_settings.value.epochs == 5
    assert guide.panel.handout.isVisible()  # the question stays
    other.close()


def test_a_handout_can_lock_training_too(qtbot, window):
    window.guide.restore({"step": 2, "handout": {"title": "", "question": "Order the cards.",
                                                  "keep": []}})  # fmt: skip
    c = window.controls
    assert not c.train_button.isEnabled() and not c.step_button.isEnabled()
    assert not c.reset_button.isEnabled() and not c.lr_spin.isEnabled()
    assert not window.acts.train_pause.isEnabled()
    window.findChild(QAction, "unlockControlsAction").trigger()
    assert c.train_button.isEnabled() and c.lr_spin.isEnabled()


def test_one_iteration_is_drawn_a_moment_at_a_time(qtbot, window):
    guide = _open(window, qtbot)
    guide.go(3)
    page, fit, land = guide.panel.iteration, window.fit_plot, window.landscape_plot
    with qtbot.waitSignal(window.run.row_stepped, timeout=5000):
        page.step_row.click()
    assert fit.row_ring.isVisible() and fit.row_prediction.isVisible()  # in goes x, out p
    assert not fit.row_error.isVisible() and not land.step_head.isVisible()
    assert guide.target() is fit
    page.next.click()  # the error
    assert fit.row_error.isVisible() and fit.row_label.isVisible()
    assert not land.step_head.isVisible() and guide.target() is window.loss_plot
    page.next.click()  # the step
    assert land.step_head.isVisible() and guide.target() is land
    page.back.click()
    page.back.click()
    assert not fit.row_error.isVisible()
    guide.go(4)  # elsewhere, everything the run drew is back
    assert fit.row_error.isVisible() and land.step_head.isVisible()


def test_in_presentation_mode_the_side_panel_gives_way_to_a_plots_step(qtbot, window):
    guide = _open(window, qtbot)
    window.view.set_presentation(True)
    guide.go(0)  # the fit plot
    assert not window.view.side_panel
    guide.go(6)  # the learning-rate box, in the side panel
    assert window.view.side_panel and window.controls.lr_spin.isVisible()
    guide.go(8)
    assert not window.view.side_panel
    window.view.set_presentation(False)  # the side panel as it was before
    assert window.view.side_panel


def test_a_plain_session_lifts_a_handouts_locks(qtbot, window, tmp_path):
    plain = tmp_path / "plain.gdviz.json"
    assert window.sessions.save_session(str(plain))
    window.guide.restore({"step": 6, "handout": {"title": "T", "question": "",
                                                  "keep": ["training"]}})  # fmt: skip
    assert window.run_settings.locked and not window.controls.lr_spin.isEnabled()
    assert window.sessions.open_session(str(plain))
    qtbot.waitUntil(lambda: not window.run_settings.locked)
    assert window.controls.lr_spin.isEnabled() and window.guide.progress.handout is None


def test_presets_the_sweep_and_exercises_respect_a_handouts_locks(qtbot, window):
    window.guide.restore({"step": 2, "handout": {"title": "T", "question": "",
                                                  "keep": ["training"]}})  # fmt: skip
    assert "A handout: Train, Pause, Step and Reset left usable" in (
        window.statusBar().currentMessage()
    )
    window.run_settings.update(epochs=5)  # refused: the Model menu stays greyed after it
    assert not window.acts.groups["hidden"][2].isEnabled()
    before = window.run_settings.value
    window.findChild(QAction, "restoreDefaultsAction").trigger()
    window.acts.exercises["lr1"].trigger()
    assert "locked by the handout" in window.statusBar().currentMessage()
    window.sweeps.rate_chosen.emit(0.77)
    assert window.statusBar().currentMessage().startswith("The sweep's rate is not trained")
    window.guide.answer("lr001", 1)
    window.guide.run_question("lr001")
    assert window.run_settings.value == before and window.state == "idle"
