"""Background threads: one job mechanism, and the workers that train."""
