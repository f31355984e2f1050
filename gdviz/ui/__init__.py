"""The Qt window and its parts."""
