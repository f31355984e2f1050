"""A run's settings (every field declared once) and where a run stands."""
