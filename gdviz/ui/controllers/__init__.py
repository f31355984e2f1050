"""Controllers: each owns one part of the window's state or work and talks through signals."""
