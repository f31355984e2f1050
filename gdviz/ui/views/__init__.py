"""The plots, panels and dialogs: they show what they are given and say what the user did."""
