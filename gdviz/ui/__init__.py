"""The Qt window and its parts."""

from gdviz import _moved

_moved.install()  # the module names from before the rooms still import
