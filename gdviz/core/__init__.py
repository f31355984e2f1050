"""Pure numbers: model, trainer, data. Never imports Qt (a test checks this)."""

from gdviz import _moved

_moved.install()  # the module names from before the rooms still import
