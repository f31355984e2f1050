"""What the keyboard does in each view, for Help ▸ Keyboard and mouse: a view's ``KEYS``
(like its ``GESTURES``: (keys, what they do)), the keyboard's way to every gesture; and
the keys every window, tab and dialog shares. Texts in context "view_keys"."""

from __future__ import annotations

from gdviz.core.i18n import QT_TRANSLATE_NOOP

Keys = tuple[tuple[str, str], ...]

# Any plot, once it has the focus (Tab to it: a blue frame shows it has).
PLOT: Keys = (
    (
        QT_TRANSLATE_NOOP("view_keys", "Tab to the plot, then Menu key or Shift+F10"),
        QT_TRANSLATE_NOOP("view_keys", "the plot's menu: export or copy it; Show everything"),
    ),
)

FIT: Keys = (
    (
        QT_TRANSLATE_NOOP("view_keys", "Up / Down (Shift: ×10)"),
        QT_TRANSLATE_NOOP("view_keys", "move the decision threshold t by 0.01, as dragging it"),
    ),
    (
        QT_TRANSLATE_NOOP("view_keys", "Data tab: Add row, F2, Delete rows"),
        QT_TRANSLATE_NOOP("view_keys", "add, move (change x or the label) or delete a student"),
    ),
    *PLOT,
)

LANDSCAPE: Keys = (
    (
        QT_TRANSLATE_NOOP("view_keys", "Arrows (Shift: finer)"),
        QT_TRANSLATE_NOOP(
            "view_keys",
            "move the next run's start (w, b), as clicking the map; "
            "the Train tab's Start weight and Start bias set it exactly",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("view_keys", "Arrows, then Enter (while asked for a guess)"),
        QT_TRANSLATE_NOOP("view_keys", "move your guess of where the step lands, and give it"),
    ),
    *PLOT,
)

LOSS: Keys = (
    (
        QT_TRANSLATE_NOOP("view_keys", "Left / Right (Shift: 10 epochs)"),
        QT_TRANSLATE_NOOP("view_keys", "travel back or forward an epoch, as clicking the plot"),
    ),
    (
        QT_TRANSLATE_NOOP("view_keys", "Home / End"),
        QT_TRANSLATE_NOOP("view_keys", "view the first / the last epoch"),
    ),
    (
        QT_TRANSLATE_NOOP("view_keys", "Esc"),
        QT_TRANSLATE_NOOP("view_keys", "back to live (Run ▸ Back to live)"),
    ),
    *PLOT,
)

NETWORK: Keys = (
    (
        QT_TRANSLATE_NOOP("view_keys", "Arrows"),
        QT_TRANSLATE_NOOP(
            "view_keys", "choose the next or previous weight or bias: its numbers, as clicking it"
        ),
    ),
)

DATA: Keys = (
    (
        QT_TRANSLATE_NOOP("view_keys", "Arrows, then F2 or typing"),
        QT_TRANSLATE_NOOP("view_keys", "change a value (Enter keeps it, Esc drops it)"),
    ),
)

# Everywhere: moving around the window and its dialogs.
EVERYWHERE: Keys = (
    (
        QT_TRANSLATE_NOOP("view_keys", "Tab / Shift+Tab"),
        QT_TRANSLATE_NOOP(
            "view_keys",
            "the next / previous control: the side tabs, every box and button, "
            "then the plots; the focused one is framed",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("view_keys", "Ctrl+Tab / Ctrl+Shift+Tab"),
        QT_TRANSLATE_NOOP("view_keys", "the next / previous tab of the tabs around the focus"),
    ),
    (
        QT_TRANSLATE_NOOP("view_keys", "Left / Right on a tab"),
        QT_TRANSLATE_NOOP("view_keys", "show another tab (Train, Data, Runs; Landscape, Network)"),
    ),
    (
        QT_TRANSLATE_NOOP("view_keys", "Alt+underlined letter, or Alt or F10 then arrows"),
        QT_TRANSLATE_NOOP("view_keys", "open a menu; a letter or Enter chooses an item"),
    ),
    (
        QT_TRANSLATE_NOOP("view_keys", "Space"),
        QT_TRANSLATE_NOOP(
            "view_keys", "press the focused button or tick the focused box; elsewhere Train / Pause"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("view_keys", "Up / Down, Page Up / Page Down"),
        QT_TRANSLATE_NOOP("view_keys", "change the focused number box, slider or list"),
    ),
    (
        QT_TRANSLATE_NOOP("view_keys", "Enter / Esc in a dialog"),
        QT_TRANSLATE_NOOP("view_keys", "its default button (OK) / Cancel"),
    ),
)
