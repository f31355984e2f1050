"""The numbers behind the figures: loss grids, pass rates, envelopes, kept runs' curves."""
