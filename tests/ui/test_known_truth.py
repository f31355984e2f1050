"""Data with a known truth in the window: Data ▸ Generate…, View ▸ True curve, and
Lesson ▸ Why hold out data?."""

from __future__ import annotations

import pytest
from helpers import legend_item
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from gdviz.core.teach.lessons import EXERCISES, HOLD_OUT_L2
from gdviz.core.train.data import load_builtin
from gdviz.core.train.generate import Recipe, generate
from gdviz.ui.views.generate_dialog import GenerateDialog

RECIPE = Recipe(rows=50, noise=0.2, seed=3, w=2.0, b=-8.0)


def answer_generate_dialog(recipe: Recipe | None, seen: list) -> None:
    """Once the dialog is open: what it offers into ``seen``, then type ``recipe`` into
    its boxes and press OK (None: Cancel)."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, GenerateDialog):
            QTimer.singleShot(20, act)
            return
        seen.append(dialog.recipe())
        buttons = dialog.findChild(QDialogButtonBox)
        if recipe is None:
            buttons.button(QDialogButtonBox.StandardButton.Cancel).click()
            return
        dialog.rows.setValue(recipe.rows)
        dialog.noise.setValue(recipe.noise)
        dialog.seed.setValue(recipe.seed)
        dialog.w.setValue(recipe.w)
        dialog.b.setValue(recipe.b)
        buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(0, act)


def generate_from_menu(window, recipe: Recipe | None) -> list[Recipe]:
    seen: list[Recipe] = []
    answer_generate_dialog(recipe, seen)
    window.findChild(QAction, "generateDataAction").trigger()
    return seen


def true_curve(window):
    return window.findChild(QAction, "trueCurveAction")


def test_the_dialog_offers_the_recipes_defaults_and_names_its_boxes(qtbot):
    dialog = GenerateDialog(None)
    qtbot.addWidget(dialog)
    assert dialog.objectName() == "generateDialog"
    assert dialog.recipe() == Recipe()
    assert (dialog.rows.minimum(), dialog.rows.maximum()) == (2, 1_000_000)
    assert (dialog.noise.minimum(), dialog.noise.maximum()) == (0.0, 0.5)
    names = {"generateRows", "generateNoise", "generateSeed", "generateWeight", "generateBias"}
    assert {b.objectName() for b in (dialog.rows, dialog.noise, dialog.seed, dialog.w,
                                      dialog.b)} == names  # fmt: skip
    assert dialog.truth.text() == "The true curve: p = σ(1·x − 5), p = 0.5 at x = 5."
    dialog.b.setValue(-8.0)
    dialog.w.setValue(2.0)
    assert dialog.truth.text().endswith("p = 0.5 at x = 4.")


def test_generate_loads_the_recipes_rows_undoably(qtbot, window):
    seen = generate_from_menu(window, RECIPE)
    assert seen == [Recipe()]  # the lesson's data has no truth: the recipe's defaults
    expected = generate(RECIPE)
    assert window.run.data == expected  # the same rows, named by the recipe
    assert window.run.data.name == "generated rows=50,noise=0.2,seed=3,w=2,b=-8"
    assert window.work.unsaved  # like any change of the data
    assert window.undo_stack.undoText() == "generate students from a known curve, noise 0.2, seed 3"
    window.undo_stack.undo()
    assert window.run.data.name == "lesson"
    window.undo_stack.redo()
    assert window.run.data.same_rows(expected)
    # Generating again starts from the data's own recipe.
    again = generate_from_menu(window, None)
    assert again == [RECIPE]
    assert window.run.data.same_rows(expected)  # Cancel changes nothing


def test_the_true_curve_is_the_recipes_truth_and_follows_the_data(qtbot, window):
    action = true_curve(window)
    assert not action.isEnabled() and action.isChecked()
    assert "true curve" not in window.fit_plot.legend_names()
    assert not window.truth_curve.shown

    generate_from_menu(window, RECIPE)
    assert action.isEnabled()
    item = legend_item(window.fit_plot, "true curve")
    x, y = item.getData()
    assert len(x) == 400
    assert y.tolist() == pytest.approx([RECIPE.truth(v) for v in x.tolist()], rel=1e-12)
    x0, x1 = window.fit_plot.getPlotItem().vb.viewRange()[0]
    assert (x[0], x[-1]) == pytest.approx((x0, x1))
    assert item.opts["pen"].style() != window.fit_plot.curve.opts["pen"].style()

    other = Recipe(rows=40, noise=0.0, seed=1, w=-1.0, b=3.0)
    generate_from_menu(window, other)
    x, y = legend_item(window.fit_plot, "true curve").getData()
    assert y.tolist() == pytest.approx([other.truth(v) for v in x.tolist()], rel=1e-12)

    action.trigger()  # View ▸ True curve off
    assert not window.view.true_curve and not window.truth_curve.shown
    assert "true curve" not in window.fit_plot.legend_names()
    action.trigger()
    assert window.truth_curve.shown

    window.data_controller.use_builtin("overlap")
    assert not action.isEnabled() and not window.truth_curve.shown
    assert "true curve" not in window.fit_plot.legend_names()
    window.undo_stack.undo()  # the generated data back: its curve too
    assert action.isEnabled() and window.truth_curve.shown
    assert window.truth_curve.recipe == other


def test_a_saved_session_keeps_the_truth(qtbot, window, tmp_path):
    window.data_controller.generate_data(RECIPE)
    path = tmp_path / "truth.gdviz.json"
    assert window.sessions.save_session(str(path))
    window.data_controller.use_builtin("lesson")
    assert not window.truth_curve.shown
    assert window.sessions.open_session(str(path))
    qtbot.waitUntil(lambda: window.run.data.same_rows(generate(RECIPE)), timeout=10_000)
    assert window.truth_curve.recipe == RECIPE and window.truth_curve.shown
    assert true_curve(window).isEnabled()


def test_why_hold_out_data_loads_its_data_and_settings(qtbot, window):
    exercise = next(e for e in EXERCISES if e.name == "holdout")
    window.findChild(QAction, "exercise_holdout").trigger()
    assert window.run.data.same_rows(load_builtin("few-noisy"))
    s = window.run.settings
    assert (s.hidden, s.optimizer.value, s.learning_rate, s.batch_size, s.epochs) == (
        8, "adam", 0.03, 0, 3000,
    )  # fmt: skip
    assert (s.validation, s.split_seed, s.l2) == (0.3, 0, 0.0)
    compared = window.runs.runs[-1]
    assert compared.custom_label == exercise.compare_label == "the same with L2 λ = 0.1"
    assert compared.settings == s.with_(l2=HOLD_OUT_L2)
    assert compared.epochs == 3000 and compared.visible
    assert not true_curve(window).isEnabled()  # a built-in set: no truth recorded
