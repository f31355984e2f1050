"""Where the files in ``resources/`` are, installed or run from a checkout.

In a wheel, ``resources/`` is shipped as ``gdviz/resources``; in a source
checkout (or an editable install) it sits at the repository root.
"""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parents[2]  # gdviz/


def resources_dir() -> Path:
    """The folder holding the data sets, icon and desktop file."""
    installed = _PACKAGE / "resources"
    if installed.is_dir():
        return installed
    return _PACKAGE.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of one resource file, e.g. ``resource_path("datasets", "lesson.csv")``."""
    return resources_dir().joinpath(*parts)
