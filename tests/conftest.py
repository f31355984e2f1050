from __future__ import annotations

import os

# Tests run on machines with no screen: use Qt's offscreen platform unless a
# test starts its own X server.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
