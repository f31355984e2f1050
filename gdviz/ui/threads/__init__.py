"""Background threads: one job mechanism, the workers that train, and Python's cycle
collector kept to the GUI thread."""
