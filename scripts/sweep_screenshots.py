"""Render the theme-and-size sweep and save contact sheets a reviewer can look at.

Usage: .venv/bin/python scripts/sweep_screenshots.py [OUT_DIR]  (default docs/screenshots/sweep)
For each view (main window wide and one column, briefing pane, settings, export, add-source
and keyboard dialogs) one sheet: a row per built-in theme, a column per text size (100-400 %),
each shot at 1280 x 800 scaled down, with what the checks found in problems.txt.
Runs offscreen with a private settings folder and library, so the user's own play no part.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["HELDER_HOME"] = tempfile.mkdtemp(prefix="helder-sweep-")
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

THUMB = 400  # px: width of one shot on a sheet
LABEL = 28  # px: height of the caption band


def main() -> int:
    """Render everything, write the sheets and problems.txt; exit 1 if a check failed."""
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots/sweep")
    out.mkdir(parents=True, exist_ok=True)
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QColor, QFont, QImage, QPainter
    from PySide6.QtWidgets import QApplication, QWidget

    from tests.ui.sweep import SCALES, THEMES, VIEWS, each_view, main_window, problems_of

    app = QApplication([sys.argv[0]])
    shots: dict[tuple[str, str, int], QImage] = {}
    problems: list[str] = []
    started = time.monotonic()
    for theme in THEMES:
        for scale in SCALES:
            def take(name: str, top: QWidget, theme: str = theme, scale: int = scale) -> None:
                shots[(name, theme, scale)] = top.grab().toImage()
                problems.extend(f"{theme} {scale} % {name}: {p}" for p in problems_of(top))

            with main_window(theme, scale) as window:
                each_view(window, take)
    seconds = time.monotonic() - started
    for name in VIEWS:
        tallest = max(shots[(name, t, s)].height() * THUMB // max(shots[(name, t, s)].width(), 1)
                      for t in THEMES for s in SCALES)
        sheet = QImage(THUMB * len(SCALES), (tallest + LABEL) * len(THEMES),
                       QImage.Format.Format_RGB32)
        sheet.fill(QColor("#808080"))
        painter = QPainter(sheet)
        painter.setFont(QFont(app.font().family(), 11))
        for row, theme in enumerate(THEMES):
            for col, scale in enumerate(SCALES):
                image = shots[(name, theme, scale)].scaledToWidth(
                    THUMB, Qt.TransformationMode.SmoothTransformation)
                x, y = col * THUMB, row * (tallest + LABEL)
                painter.setPen(QColor("#ffffff"))
                painter.drawText(x + 6, y + LABEL - 8, f"{name} – {theme} – {scale} %")
                painter.drawImage(x, y + LABEL, image)
        painter.end()
        sheet.save(str(out / f"{name}.png"))
    (out / "problems.txt").write_text(
        "".join(f"{p}\n" for p in problems) or "No problems found.\n", encoding="utf-8")
    print(f"{len(shots)} views in {seconds:.0f} s; {len(problems)} problems; sheets in {out}")
    app.quit()
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
