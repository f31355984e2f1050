"""gdviz: watch gradient descent train a model."""

__version__ = "0.1.0"
