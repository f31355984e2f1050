"""Every series colour of gdviz, in one place, chosen to stay apart for colour-blind eyes.

The colours are Okabe and Ito's (2008) palette for colour-universal design, plus three dark
colours from Paul Tol's palettes where ten kept runs need more than Okabe-Ito's eight.
``tests/core/test_colour_vision.py`` checks that every pair that can be on screen together
is at least ``APART`` (CIEDE2000) apart with normal vision, deuteranopia and protanopia, as
:mod:`gdviz.core.figures.colour_vision` simulates them.

Qt-free, so the tests and the command line can read it; the views import their colours
from here.
"""

from __future__ import annotations

from gdviz.core.train.optimizers import Optimizer

# Okabe & Ito, "Color Universal Design" (2008)
BLACK = "#000000"
ORANGE = "#E69F00"
SKY_BLUE = "#56B4E9"
BLUISH_GREEN = "#009E73"
YELLOW = "#F0E442"  # too pale for thin lines on white: not used for series
BLUE = "#0072B2"
VERMILLION = "#D55E00"
REDDISH_PURPLE = "#CC79A7"
# Paul Tol's "muted" and "bright" schemes: dark enough to read on white
WINE = "#882255"
INDIGO = "#332288"
RUST = "#882200"

# On the window's dark theme the darkest colours vanish into the background: each has a
# light stand-in (Tol's "light" and "muted" pink, cyan and sand, and a pale grey), kept
# APART from the rest as the light ones are (tests/core/test_colour_vision.py). Exported
# images stay white, with the colours above.
ON_DARK = {BLACK: "#E0E0E0", WINE: "#EE99AA", INDIGO: "#99DDFF", RUST: "#DDCC77"}

# ΔE00 ≈ 2 is just noticeable side by side; 10 is "another colour" at a glance, for a thin
# line beside a point. Okabe-Ito's own closest pair (orange and yellow with deuteranopia)
# is 11.6 apart.
APART = 10.0

PASSED = BLUE  # circles
FAILED = ORANGE  # crosses
CURVE = BLUISH_GREEN  # the run's sigmoid
LOSS = VERMILLION  # the training loss: the red curve
VALIDATION = REDDISH_PURPLE  # the held-out rows' loss: purple, dashed
TRUTH = RUST  # the true curve of generated data: brown, dashed
THRESHOLD = WINE  # the decision threshold: dashed
PREDICTED = REDDISH_PURPLE  # predictions for a file: hollow purple rings

# Kept runs, in the order they are kept (then again from the start).
KEPT = [BLUE, ORANGE, BLACK, SKY_BLUE, WINE, INDIGO, RUST, BLUISH_GREEN, REDDISH_PURPLE, VERMILLION]

RACERS = {
    Optimizer.SGD: VERMILLION,
    Optimizer.MOMENTUM: BLUE,
    Optimizer.NESTEROV: SKY_BLUE,
    Optimizer.ADAGRAD: BLACK,
    Optimizer.RMSPROP: REDDISH_PURPLE,
    Optimizer.ADAM: ORANGE,
}
