"""Save the README's theme screenshots: the main window on the sample issue in three themes.

Usage: .venv/bin/python scripts/theme_screenshots.py [OUT_DIR]   (default docs/screenshots)
Runs offscreen with a private settings folder, so the user's own settings play no part.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# (file name, settings changes): what each screenshot shows.
SHOTS = (
    ("theme-dark.png", {"theme": "dark"}),
    ("theme-yellow-on-black.png", {"theme": "yellow-on-black", "text_size": 150}),
    ("theme-cream.png", {"theme": "cream", "line_focus": 3, "ruler": True}),
)


def main() -> int:
    """Render each theme and save it."""
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    os.environ["HELDER_HOME"] = tempfile.mkdtemp(prefix="helder-shots-")

    from PySide6.QtWidgets import QApplication

    from reader.ui.app import build_window

    app = QApplication([sys.argv[0]])
    window = build_window(app, argparse.Namespace(path=None))
    display = window.display
    assert display is not None
    window.resize(1100, 720)
    window.show()
    window.go_to_row(2)
    ok = True
    for name, changes in SHOTS:
        display.set_settings(replace(display.settings(), **changes), save=False)
        view = window.reading_view
        cursor = view.textCursor()
        cursor.setPosition(min(180, view.document().characterCount() - 1))
        view.setTextCursor(cursor)
        for _ in range(5):
            app.processEvents()
        ok &= window.grab().save(str(out / name))
        display.set_settings(display.settings().with_text_size(100), save=False)
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
