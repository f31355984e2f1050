"""The series colours' stand-ins on the dark theme stay apart for every eye and read on a
dark background, as the light ones do on white (tests/core/test_colour_vision.py)."""

from __future__ import annotations

import pytest

from gdviz.core.figures import palette
from gdviz.core.figures.colour_vision import Vision, closest_pair, difference

DARK_BACKGROUND = "#232323"  # gdviz.ui.views.plot_ink.DARK


def on_dark(colour: str) -> str:
    return palette.ON_DARK.get(colour, colour)


GROUPS = {
    "kept runs": {f"kept {i + 1}": on_dark(c) for i, c in enumerate(palette.KEPT)},
    "racers": {o.value: on_dark(c) for o, c in palette.RACERS.items()},
    "fit plot": {
        "passed": palette.PASSED,
        "failed": palette.FAILED,
        "sigmoid": palette.CURVE,
        "true curve": on_dark(palette.TRUTH),
        "threshold": on_dark(palette.THRESHOLD),
        "predictions": palette.PREDICTED,
    },
}


@pytest.mark.parametrize("vision", list(Vision))
@pytest.mark.parametrize("group", list(GROUPS))
def test_stand_ins_stay_apart(group, vision):
    first, second, apart = closest_pair(GROUPS[group], vision)
    assert apart >= palette.APART, f"{group}: {first} and {second} {apart:.1f} apart ({vision})"


@pytest.mark.parametrize("colour", sorted({c for g in GROUPS.values() for c in g.values()}))
def test_series_colours_read_on_dark(colour):
    for vision in Vision:
        assert difference(colour, DARK_BACKGROUND, vision) >= 25
