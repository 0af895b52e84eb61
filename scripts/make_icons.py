"""Render Helder's icon from its SVG master: hicolor PNGs and a Windows .ico.

Run after changing reader/assets/icons/nl.helder.Helder.svg: `make icons`. The outputs are
committed (small, and so a build needs no SVG renderer); tests/packaging checks they match.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parents[1] / "reader" / "assets" / "icons"
SVG = ICONS / "nl.helder.Helder.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256)


def render(size: int) -> QImage:
    """Draw the SVG at `size` pixels square, on a transparent background."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(SVG)).render(painter)
    painter.end()
    return image


def png_path(size: int) -> Path:
    return ICONS / f"helder-{size}.png"


def main() -> int:
    _app = QGuiApplication(sys.argv[:1])
    for size in SIZES:
        render(size).save(str(png_path(size)))
    from PIL import Image  # Pillow comes with fpdf2; it writes every size into one .ico

    images = [Image.open(png_path(size)) for size in SIZES]
    images[-1].save(ICONS / "helder.ico", sizes=[(s, s) for s in SIZES],
                    append_images=images[:-1])
    return 0


if __name__ == "__main__":
    sys.exit(main())
