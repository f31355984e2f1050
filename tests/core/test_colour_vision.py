"""The colour-vision maths against published values, and gdviz's series colours apart for
colour-blind eyes.

The threshold is ``palette.APART`` = 10 CIEDE2000 units: ~2 is a just-noticeable
difference side by side, and a thin line beside a small marker needs far more than that.
Okabe and Ito's palette, the usual reference for colour-blind-safe series, keeps its
closest pair 11.6 apart with deuteranopia, so 10 asks for "as good as Okabe-Ito".
"""

from __future__ import annotations

from itertools import combinations

import numpy as np
import pytest

from gdviz.core.figures import palette
from gdviz.core.figures.colour_vision import (
    DEUTERANOPIA,
    PROTANOPIA,
    Vision,
    closest_pair,
    delta_e76,
    delta_e2000,
    difference,
    hex_to_srgb,
    lab,
    simulate,
    to_linear,
    to_srgb,
)
from gdviz.core.train.optimizers import Optimizer


@pytest.mark.parametrize("vision", list(Vision))
def test_white_and_black_are_unchanged(vision):
    assert lab("#ffffff", vision) == pytest.approx([100.0, 0.0, 0.0], abs=0.01)
    assert lab("#000000", vision) == pytest.approx([0.0, 0.0, 0.0], abs=0.01)


def test_greys_are_unchanged():
    # Each matrix's rows sum to 1: a grey is the same grey to every eye.
    assert DEUTERANOPIA.sum(axis=1) == pytest.approx([1, 1, 1], abs=1e-5)
    assert PROTANOPIA.sum(axis=1) == pytest.approx([1, 1, 1], abs=1e-5)
    grey = lab("#777777")
    assert lab("#777777", Vision.PROTANOPIA) == pytest.approx(grey, abs=0.01)
    assert grey[0] == pytest.approx(50.03, abs=0.05) and abs(grey[1]) < 0.01


def test_srgb_to_lab_known_values():
    assert hex_to_srgb("#0072B2") == pytest.approx([0, 114 / 255, 178 / 255])
    assert hex_to_srgb("#fff") == pytest.approx([1, 1, 1])
    assert to_linear(np.array([0.5]))[0] == pytest.approx(0.214041, abs=1e-6)
    assert to_srgb(to_linear(np.array([0.2, 0.7])))[1] == pytest.approx(0.7)
    # sRGB primaries in CIELAB (D65), as tabulated for sRGB.
    assert lab("#ff0000") == pytest.approx([53.24, 80.09, 67.20], abs=0.05)
    assert lab("#00ff00") == pytest.approx([87.73, -86.18, 83.18], abs=0.05)
    assert lab("#0000ff") == pytest.approx([32.30, 79.19, -107.86], abs=0.05)


def test_pure_red_under_protanopia_is_the_matrix_first_column():
    # Machado et al. 2009, protanopia, severity 1: red (1, 0, 0) in linear RGB becomes the
    # first column, (0.152286, 0.114503, -0.003882), clipped at 0 for the screen.
    seen = simulate(np.array([1.0, 0.0, 0.0]), Vision.PROTANOPIA)
    assert seen == pytest.approx([0.152286, 0.114503, 0.0])
    seen = simulate(np.array([1.0, 0.0, 0.0]), Vision.DEUTERANOPIA)
    assert seen == pytest.approx([0.367322, 0.280085, 0.0])
    # Red and green, far apart with normal vision, are close with either dichromacy.
    assert difference("#ff0000", "#00ff00") > 80
    assert difference("#ff0000", "#00ff00", Vision.DEUTERANOPIA) < 30
    assert difference("#ff0000", "#00ff00", Vision.PROTANOPIA) < 50


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [  # Sharma, Wu and Dalal (2005), table 1: pairs 1, 7, 17, 25 and 34
        ((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485), 2.0425),
        ((50.0, 0.0, 0.0), (50.0, -1.0, 2.0), 2.3669),
        ((50.0, 2.5, 0.0), (73.0, 25.0, -18.0), 27.1492),
        ((60.2574, -34.0099, 36.2677), (60.4626, -34.1751, 39.4387), 1.2644),
        ((2.0776, 0.0795, -1.1350), (0.9033, -0.0636, -0.5514), 0.9082),
    ],
)
def test_ciede2000_matches_sharma(first, second, expected):
    assert delta_e2000(first, second) == pytest.approx(expected, abs=1e-4)
    assert delta_e2000(second, first) == pytest.approx(expected, abs=1e-4)


def test_cie76_is_the_distance():
    assert delta_e76((50, 0, 0), (53, 4, 0)) == pytest.approx(5.0)


# Colours that can be on screen together, read from the palette the views draw with.
GROUPS = {
    "classes": {"passed": palette.PASSED, "failed": palette.FAILED},
    "the run": {
        "training loss": palette.LOSS,
        "validation loss": palette.VALIDATION,
        "sigmoid": palette.CURVE,
    },
    "fit plot": {
        "passed": palette.PASSED,
        "failed": palette.FAILED,
        "sigmoid": palette.CURVE,
        "true curve": palette.TRUTH,
        "threshold": palette.THRESHOLD,
        "predictions": palette.PREDICTED,
    },
    "kept runs": {f"kept {i + 1}": c for i, c in enumerate(palette.KEPT)},
    "racers": {o.value: c for o, c in palette.RACERS.items()},
}


@pytest.mark.parametrize("vision", list(Vision))
@pytest.mark.parametrize("group", list(GROUPS))
def test_series_colours_stay_apart(group, vision):
    first, second, apart = closest_pair(GROUPS[group], vision)
    assert apart >= palette.APART, f"{group}: {first} and {second} {apart:.1f} apart ({vision})"


def test_every_racer_and_kept_run_has_its_own_colour():
    assert set(palette.RACERS) == set(Optimizer)
    assert len(set(palette.RACERS.values())) == len(palette.RACERS)
    assert len(set(palette.KEPT)) == len(palette.KEPT) == 10


@pytest.mark.parametrize("colour", sorted({c for g in GROUPS.values() for c in g.values()}))
def test_series_colours_read_on_white(colour):
    # The plots are white: a series must stand out from the background for every eye.
    for vision in Vision:
        assert difference(colour, "#ffffff", vision) >= 25


def test_the_old_palette_failed():
    # The matplotlib "tab10" colours gdviz drew with before: the run's red training loss
    # and green sigmoid were 4.6 apart with deuteranopia. The test can fail.
    old = {"loss": "#d62728", "validation": "#9467bd", "sigmoid": "#2ca02c"}
    assert closest_pair(old, Vision.DEUTERANOPIA)[2] < 5
    tab10 = ["#1f77b4", "#ff7f0e", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22"]
    worst = min(difference(a, b, Vision.PROTANOPIA) for a, b in combinations(tab10, 2))
    assert worst < palette.APART
