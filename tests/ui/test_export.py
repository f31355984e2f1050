"""Images, history CSV and sessions from the window, and ``gdviz export``."""

from __future__ import annotations

import json
import subprocess
import sys
import xml.etree.ElementTree as ET

import numpy as np
import pytest
from helpers import core_history, set_max_speed, wait_state, window_history
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtGui import QImage

from gdviz.core.io.session import load_session
from gdviz.ui.views import images as export
from gdviz.ui.views.plots import CURVE, LOSS


def pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    raw = np.frombuffer(bytes(image.constBits()), dtype=np.uint8)
    return raw.reshape(image.height(), image.bytesPerLine() // 4, 4)[:, : image.width(), :3]


def has_colour(image: QImage, hex_colour: str, tolerance: int = 40) -> bool:
    rgb = np.array([int(hex_colour[i : i + 2], 16) for i in (1, 3, 5)])[::-1]  # BGR in memory
    return bool((np.abs(pixels(image).astype(int) - rgb).sum(axis=2) < tolerance).any())


@pytest.fixture
def trained(qtbot, window):
    set_max_speed(window)
    window.train()
    wait_state(qtbot, window, "finished")
    return window


@pytest.mark.parametrize("width", [800, 1600])
def test_png_export_has_width_content_and_curve(trained, tmp_path, width):
    path = export.export_plot(trained.fit_plot, tmp_path / "fit.png", width)
    image = QImage(str(path))
    assert not image.isNull() and image.width() == width
    aspect = trained.fit_plot.height() / trained.fit_plot.width()
    assert abs(image.height() / image.width() - aspect) < 0.05
    assert pixels(image).std() > 10  # not blank
    assert has_colour(image, CURVE)
    assert tuple(pixels(image)[2, 2]) == (255, 255, 255)  # white background
    loss = QImage(str(export.export_plot(trained.loss_plot, tmp_path / "loss.png", width)))
    assert has_colour(loss, LOSS) and not has_colour(loss, CURVE)


def test_svg_export_parses_and_has_the_curve(trained, tmp_path):
    path = export.export_plot(trained.fit_plot, tmp_path / "fit.svg")
    root = ET.parse(path).getroot()
    paths = [el for el in root.iter() if el.tag.endswith("path") and el.get("d")]
    assert paths
    assert CURVE.lower() in path.read_text().lower()


def test_dashboard_has_both_plots_and_caption(trained, tmp_path):
    written = trained.export_images(tmp_path, ["png", "svg"], 1200)
    assert sorted(p.name for p in written) == sorted(
        f"{name}.{fmt}"
        for name in ("fit", "landscape", "loss", "dashboard")
        for fmt in ("png", "svg")
    )
    board = QImage(str(tmp_path / "dashboard.png"))
    assert board.width() == 1200
    assert has_colour(board, CURVE) and has_colour(board, LOSS)
    assert board.height() > QImage(str(tmp_path / "fit.png")).height()
    svg = (tmp_path / "dashboard.svg").read_text()
    ET.fromstring(svg)
    assert "p = σ(4.30·x − 10.51)" in svg and "learning rate 0.1" in svg
    assert "p = σ(4.30·x − 10.51)" in trained.caption()


def test_export_mid_training_does_not_disturb_the_run(qtbot, window, tmp_path):
    window.controls.speed_slider.setValue(16)
    window.train()
    qtbot.waitUntil(lambda: len(window.history) > 50, timeout=10_000)
    window.export_images(tmp_path, ["png"], 600)
    assert window.state == "running"
    set_max_speed(window)
    wait_state(qtbot, window, "finished")
    assert window_history(window) == core_history()


def test_history_csv_from_the_window_is_exact(trained, tmp_path):
    assert trained.sessions.export_history(str(tmp_path / "h.csv"))
    lines = (tmp_path / "h.csv").read_text().splitlines()
    assert lines[0] == "epoch,loss,weight,bias"
    loss, w, b = core_history()
    rows = [line.split(",") for line in lines[1:]]
    assert [float(r[1]) for r in rows] == loss
    assert [float(r[2]) for r in rows] == w and [float(r[3]) for r in rows] == b


def test_session_reopened_mid_run_continues_bit_identically(qtbot, window, tmp_path):
    window.controls.speed_slider.setValue(14)
    window.controls.lr_spin.setValue(0.3)
    window.train()
    qtbot.waitUntil(lambda: len(window.history) > 100, timeout=10_000)
    window.pause()
    wait_state(qtbot, window, "paused")
    path = tmp_path / "run.gdviz.json"
    assert window.sessions.save_session(str(path))
    saved_epochs = len(window.history)

    from gdviz.app import MainWindow

    other = MainWindow()
    qtbot.addWidget(other)
    assert other.sessions.open_session(str(path))
    assert other.state == "paused" and len(other.history) == saved_epochs
    assert other.controls.lr_spin.value() == 0.3
    assert other.controls.epoch_label.text() == window.controls.epoch_label.text()
    assert other.controls.weight_label.text() == window.controls.weight_label.text()
    set_max_speed(other)
    other.train()
    wait_state(qtbot, other, "finished")
    from gdviz.core.run.settings import RunSettings

    assert window_history(other) == core_history(RunSettings(learning_rate=0.3))
    other.close()


def test_failed_save_keeps_old_file_and_says_so(trained, tmp_path, monkeypatch):
    path = tmp_path / "run.gdviz.json"
    path.write_text("old contents")
    warnings = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *a: warnings.append(a[2]))

    def disk_full(fd):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("os.fsync", disk_full)
    assert not trained.sessions.save_session(str(path))
    assert path.read_text() == "old contents"
    assert warnings and "No space left on device" in warnings[0]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["run.gdviz.json"]


@pytest.fixture
def good_session_text(trained, tmp_path):
    path = tmp_path / "good.gdviz.json"
    trained.sessions.save_session(str(path))
    return path.read_text()


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_corrupted_session_leaves_window_unchanged(
    trained, good_session_text, tmp_path, monkeypatch, data
):
    warnings = []
    monkeypatch.setattr("PySide6.QtWidgets.QMessageBox.warning", lambda *a: warnings.append(a[2]))
    doc = json.loads(good_session_text)
    key = data.draw(
        st.sampled_from(
            [
                "format",
                "version",
                "data",
                "hyperparameters",
                "history",
                "state",
                "learning_rate_changes",
            ]
        )
    )
    doc[key] = data.draw(
        st.one_of(
            st.none(),
            st.integers(-5, 10**6),
            st.text(max_size=5),
            st.lists(st.integers(), max_size=3),
            st.just({"rows": [[1, 5]]}),
        )
    )
    path = tmp_path / "bad.gdviz.json"
    path.write_text(json.dumps(doc))
    before = window_history(trained), trained.current_parameters, trained.state
    assert not trained.sessions.open_session(str(path))
    assert (window_history(trained), trained.current_parameters, trained.state) == before
    assert warnings and str(path) in warnings[-1] and "Nothing was changed" in warnings[-1]


def test_gdviz_export_headless(tmp_path):
    env = {k: v for k, v in __import__("os").environ.items() if k != "QT_QPA_PLATFORM"}
    env.pop("DISPLAY", None)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "gdviz",
            "export",
            "--out",
            str(tmp_path),
            "--format",
            "both",
            "--width",
            "900",
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == sorted(
        [
            f"{name}.{fmt}"
            for name in ("fit", "landscape", "loss", "dashboard")
            for fmt in ("png", "svg")
        ]
        + ["history.csv", "session.gdviz.json"]
    )
    assert QImage(str(tmp_path / "loss.png")).width() == 900
    session = load_session(tmp_path / "session.gdviz.json")
    assert (session.w, session.b) == (4.3018685464211535, -10.50801155978499)
    assert len((tmp_path / "history.csv").read_text().splitlines()) == 1001


def test_open_option_refuses_a_bad_session(tmp_path):
    path = tmp_path / "x.gdviz.json"
    path.write_text("{not json")
    result = subprocess.run(
        [sys.executable, "-m", "gdviz", "--open", str(path)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stderr.startswith(f"gdviz: error: {path}: not a gdviz session")


@pytest.mark.parametrize("scale", [0.6, 2.0])
def test_a_narrow_or_wide_export_scales_the_legend_with_the_plot(window, scale):
    """The legend's last entry ('sigmoid') was cut to 's' in narrow exports: its text kept
    its screen size while the plot shrank around it."""
    plot = window.fit_plot
    image = export.plot_image(plot, round(plot.width() * scale))
    pixels = np.frombuffer(image.constBits(), np.uint8).reshape(image.height(), -1, 4)
    pixels = pixels[:, : image.width(), 2::-1].astype(int)  # bytes B, G, R, A: RGB
    # The legend row: the bottom 12% of the picture. Its green sample is the sigmoid's;
    # the word follows it, in dark text.
    band = pixels[int(image.height() * 0.88) :]
    green = np.abs(band - [int(CURVE[i : i + 2], 16) for i in (1, 3, 5)]).sum(axis=2) < 60
    dark = band.sum(axis=2) < 3 * 110
    columns = np.flatnonzero(green.any(axis=0))
    assert columns.size, "no sigmoid sample in the legend"
    after = np.flatnonzero(dark[:, columns.max() :].any(axis=0))
    word = after.max() - after.min() if after.size else 0
    expected = plot.legend.items[-1][1].item.boundingRect().width() * scale
    assert word >= 0.7 * expected
