"""Files: reading tables and sessions, writing them safely, animations, scripts, predictions."""
