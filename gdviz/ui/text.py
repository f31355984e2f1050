"""How numbers are shown to a learner."""

from __future__ import annotations

import math


def number(value: float, decimals: int = 4) -> str:
    """``4.3019`` for ordinary values; ``-1.0000e+307`` where fixed point would sprawl."""
    if not math.isfinite(value):
        return str(value)
    if value != 0 and not 1e-3 <= abs(value) < 1e7:
        return f"{value:.{decimals}e}"
    return f"{value:.{decimals}f}"
