"""How a colour looks to someone with colour-vision deficiency, and how far apart two
colours look: sRGB → CIELAB, the Machado et al. (2009) simulation of protanopia and
deuteranopia, and the CIEDE2000 colour difference.

Sources: IEC 61966-2-1 (sRGB), CIE 15 (CIELAB, D65 white), G. M. Machado, M. M. Oliveira
and L. A. F. Fernandes, "A physiologically-based model for simulation of color vision
deficiency", IEEE TVCG 15(6), 2009 (the severity-1.0 matrices, applied to linear RGB), and
G. Sharma, W. Wu and E. N. Dalal, "The CIEDE2000 color-difference formula", Color Research
and Application 30(1), 2005.
"""

from __future__ import annotations

import math
from enum import Enum

import numpy as np

# Machado et al. 2009, table of simulation matrices, severity 1.0 (linear RGB → linear RGB).
PROTANOPIA = np.array(
    [
        [0.152286, 1.052583, -0.204868],
        [0.114503, 0.786281, 0.099216],
        [-0.003882, -0.048116, 1.051998],
    ]
)
DEUTERANOPIA = np.array(
    [
        [0.367322, 0.860646, -0.227968],
        [0.280085, 0.672501, 0.047413],
        [-0.011820, 0.042940, 0.968881],
    ]
)

# Linear sRGB → CIE XYZ (D65), IEC 61966-2-1; Y of white is 1.
_RGB_TO_XYZ = np.array(
    [
        [0.4124, 0.3576, 0.1805],
        [0.2126, 0.7152, 0.0722],
        [0.0193, 0.1192, 0.9505],
    ]
)
_WHITE = _RGB_TO_XYZ.sum(axis=1)  # D65 as sRGB defines it: (0.9505, 1, 1.089)


class Vision(Enum):
    """Normal trichromatic vision, or one of the two common dichromacies."""

    NORMAL = "normal"
    DEUTERANOPIA = "deuteranopia"  # no green-sensitive cones (~1% of men)
    PROTANOPIA = "protanopia"  # no red-sensitive cones (~1% of men)


_MATRIX = {Vision.DEUTERANOPIA: DEUTERANOPIA, Vision.PROTANOPIA: PROTANOPIA}


def hex_to_srgb(colour: str) -> np.ndarray:
    """``"#0072B2"`` (or ``"#07b"``) → sRGB in [0, 1]."""
    digits = colour.removeprefix("#")
    if len(digits) == 3:
        digits = "".join(d * 2 for d in digits)
    if len(digits) != 6:
        raise ValueError(f"not an #RRGGBB colour: {colour!r}")
    return np.array([int(digits[i : i + 2], 16) / 255 for i in (0, 2, 4)])


def to_linear(srgb: np.ndarray) -> np.ndarray:
    """Undo the sRGB transfer curve."""
    srgb = np.asarray(srgb, dtype=float)
    return np.where(srgb <= 0.04045, srgb / 12.92, ((srgb + 0.055) / 1.055) ** 2.4)


def to_srgb(linear: np.ndarray) -> np.ndarray:
    """Apply the sRGB transfer curve (the inverse of :func:`to_linear`)."""
    linear = np.asarray(linear, dtype=float)
    return np.where(
        linear <= 0.0031308, 12.92 * linear, 1.055 * np.abs(linear) ** (1 / 2.4) - 0.055
    )


def simulate(linear: np.ndarray, vision: Vision) -> np.ndarray:
    """Linear RGB as seen with ``vision``, clipped to the displayable range."""
    if vision is Vision.NORMAL:
        return np.asarray(linear, dtype=float)
    return np.clip(_MATRIX[vision] @ linear, 0.0, 1.0)


def linear_to_lab(linear: np.ndarray) -> np.ndarray:
    """Linear sRGB → CIELAB (L*, a*, b*) with the D65 white."""
    xyz = _RGB_TO_XYZ @ np.asarray(linear, dtype=float) / _WHITE
    eps = (6 / 29) ** 3
    f = np.where(xyz > eps, np.cbrt(xyz), xyz / (3 * (6 / 29) ** 2) + 4 / 29)
    return np.array([116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])])


def lab(colour: str, vision: Vision = Vision.NORMAL) -> np.ndarray:
    """CIELAB of a hex colour as seen with ``vision``."""
    return linear_to_lab(simulate(to_linear(hex_to_srgb(colour)), vision))


def delta_e76(lab1: np.ndarray, lab2: np.ndarray) -> float:
    """CIE 1976 ΔE*ab: the Euclidean distance in CIELAB."""
    return float(np.linalg.norm(np.asarray(lab1) - np.asarray(lab2)))


def delta_e2000(lab1: np.ndarray, lab2: np.ndarray) -> float:
    """CIEDE2000 ΔE00 (kL = kC = kH = 1), as Sharma, Wu and Dalal (2005) state it."""
    l1, a1, b1 = (float(v) for v in lab1)
    l2, a2, b2 = (float(v) for v in lab2)
    c_mean = (math.hypot(a1, b1) + math.hypot(a2, b2)) / 2
    g = 0.5 * (1 - math.sqrt(c_mean**7 / (c_mean**7 + 25**7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360 if c1p else 0.0
    h2p = math.degrees(math.atan2(b2, a2p)) % 360 if c2p else 0.0

    dl = l2 - l1
    dc = c2p - c1p
    if c1p * c2p == 0:
        dh = 0.0
    elif abs(h2p - h1p) <= 180:
        dh = h2p - h1p
    elif h2p - h1p > 180:
        dh = h2p - h1p - 360
    else:
        dh = h2p - h1p + 360
    dh_big = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dh / 2))

    l_mean = (l1 + l2) / 2
    cp_mean = (c1p + c2p) / 2
    if c1p * c2p == 0:
        h_mean = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        h_mean = (h1p + h2p) / 2
    elif h1p + h2p < 360:
        h_mean = (h1p + h2p + 360) / 2
    else:
        h_mean = (h1p + h2p - 360) / 2
    t = (
        1
        - 0.17 * math.cos(math.radians(h_mean - 30))
        + 0.24 * math.cos(math.radians(2 * h_mean))
        + 0.32 * math.cos(math.radians(3 * h_mean + 6))
        - 0.20 * math.cos(math.radians(4 * h_mean - 63))
    )
    d_theta = 30 * math.exp(-(((h_mean - 275) / 25) ** 2))
    r_c = 2 * math.sqrt(cp_mean**7 / (cp_mean**7 + 25**7))
    s_l = 1 + 0.015 * (l_mean - 50) ** 2 / math.sqrt(20 + (l_mean - 50) ** 2)
    s_c = 1 + 0.045 * cp_mean
    s_h = 1 + 0.015 * cp_mean * t
    r_t = -math.sin(math.radians(2 * d_theta)) * r_c
    return math.sqrt(
        (dl / s_l) ** 2 + (dc / s_c) ** 2 + (dh_big / s_h) ** 2 + r_t * (dc / s_c) * (dh_big / s_h)
    )


def difference(first: str, second: str, vision: Vision = Vision.NORMAL) -> float:
    """ΔE00 between two hex colours as someone with ``vision`` sees them."""
    return delta_e2000(lab(first, vision), lab(second, vision))


def closest_pair(colours: dict[str, str], vision: Vision) -> tuple[str, str, float]:
    """The two named colours that look most alike with ``vision``, and their ΔE00."""
    names = list(colours)
    pairs = [(a, b) for i, a in enumerate(names) for b in names[i + 1 :]]
    if not pairs:
        raise ValueError("fewer than two colours")
    return min(
        ((a, b, difference(colours[a], colours[b], vision)) for a, b in pairs),
        key=lambda p: p[2],
    )
