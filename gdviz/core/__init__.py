"""Pure numbers: model, trainer, data. Never imports Qt (a test checks this)."""
