"""Save a screenshot of Helder's main window on the sample issue (for the README).

Usage: .venv/bin/python scripts/screenshot.py OUT.png [--theme NAME] [--width W --height H]
Runs offscreen; the picture is what Qt paints, the same as on a screen.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# A fresh, empty library and default settings: the picture shows what a new user sees.
os.environ.setdefault("HELDER_HOME", tempfile.mkdtemp(prefix="helder-shot-"))


def main() -> int:
    """Render the window and save it."""
    parser = argparse.ArgumentParser()
    parser.add_argument("out")
    parser.add_argument("--width", type=int, default=1100)
    parser.add_argument("--height", type=int, default=720)
    parser.add_argument("--row", type=int, default=3, help="item to select, from 1")
    args, rest = parser.parse_known_args()

    from PySide6.QtWidgets import QApplication

    from reader.ui.app import build_window

    app = QApplication([sys.argv[0], *rest])
    window = build_window(app, argparse.Namespace(path=None, **_extra(rest)))
    window.resize(args.width, args.height)
    window.show()
    window.go_to_row(args.row - 1)
    for _ in range(5):
        app.processEvents()
    ok = window.grab().save(args.out)
    return 0 if ok else 1


def _extra(rest: list[str]) -> dict[str, object]:
    return {}


if __name__ == "__main__":
    sys.exit(main())
