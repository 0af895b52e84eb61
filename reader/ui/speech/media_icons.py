"""Read-aloud icons drawn in a given colour, so they show in every theme.

Qt's standard media icons are dark grey pictures: on the dark themes they vanished (near
black on black). These are drawn at the size asked for, in the theme's text colour.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap, QPolygonF

# Shapes on a 16 x 16 grid: triangles as point lists, bars as (x, y, w, h).
_Points = list[tuple[float, float]]
_Bar = tuple[float, float, float, float]
_SHAPES: dict[str, tuple[list[_Points], list[_Bar]]] = {
    "play": ([[(4, 2), (14, 8), (4, 14)]], []),
    "pause": ([], [(3, 2, 4, 12), (9, 2, 4, 12)]),
    "stop": ([], [(3, 3, 10, 10)]),
    "next": ([[(1, 3), (8, 8), (1, 13)], [(8, 3), (15, 8), (8, 13)]], []),
    "previous": ([[(15, 3), (8, 8), (15, 13)], [(8, 3), (1, 8), (8, 13)]], []),
}


def media_icon(name: str, colour: QColor, size: int, ratio: float = 1.0) -> QIcon:
    """Return the named icon ("play", "pause", "stop", "next", "previous") in colour."""
    side = max(int(size * ratio), 8)
    pixmap = QPixmap(side, side)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(colour)
    scale = side / 16.0
    triangles, bars = _SHAPES[name]
    for points in triangles:
        painter.drawPolygon(QPolygonF([QPointF(x * scale, y * scale) for x, y in points]))
    for x, y, w, h in bars:
        painter.drawRect(QRectF(x * scale, y * scale, w * scale, h * scale))
    painter.end()
    pixmap.setDevicePixelRatio(ratio)
    return QIcon(pixmap)
