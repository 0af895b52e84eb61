"""Reading aids painted over a text view: line focus, reading ruler, alternating line tint.

Pure geometry and painting on a QTextDocument's layout, so the reading view stays about
content and keys.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QColor, QPainter, QPen, QTextDocument
from PySide6.QtWidgets import QWidget

from reader.core.prefs.settings import Settings
from reader.core.prefs.themes import Theme

RULER_WIDTH = 2


@dataclass(frozen=True, slots=True)
class Line:
    """One laid-out line: its block, its number in the block, its rectangle in the document."""

    block: int
    line: int
    rect: QRectF


def document_lines(doc: QTextDocument) -> list[Line]:
    """Return every laid-out line of the document, in order, in document coordinates."""
    lines: list[Line] = []
    block = doc.begin()
    while block.isValid():
        layout = block.layout()
        origin = layout.position()
        for i in range(layout.lineCount()):
            lines.append(Line(block.blockNumber(), i, layout.lineAt(i).rect().translated(origin)))
        block = block.next()
    return lines


def line_index(doc: QTextDocument, lines: list[Line], position: int) -> int:
    """Return the index in lines of the line holding a text position."""
    block = doc.findBlock(position)
    line = block.layout().lineForTextPosition(position - block.position())
    number = line.lineNumber() if line.isValid() else 0
    for i, entry in enumerate(lines):
        if entry.block == block.blockNumber() and entry.line == number:
            return i
    return 0


def focus_band(
    doc: QTextDocument, position: int, settings: Settings, scroll: int, end: int | None = None
) -> tuple[float, float] | None:
    """Return the (top, bottom) viewport y range line focus keeps clear around a position.

    With `end` (the sentence being read aloud runs from position to end) the band covers
    every line of that sentence, so no part of what is spoken is dimmed.
    """
    lines = document_lines(doc)
    if not lines:
        return None
    index = line_index(doc, lines, position)
    last_index = max(index, line_index(doc, lines, max(end - 1, position))) \
        if end is not None else index
    half = (settings.line_focus or 1) // 2
    first = lines[max(0, index - half)].rect
    last = lines[min(len(lines) - 1, last_index + half)].rect
    gap = last.height() * (settings.line_height - 1.0)
    return first.top() - scroll - gap / 2, last.bottom() - scroll + gap / 2


def paint_tint(
    viewport: QWidget, doc: QTextDocument, settings: Settings, theme: Theme, scroll: int
) -> None:
    """Paint every other line's background in the theme's tint (before the text)."""
    painter = QPainter(viewport)
    tint = QColor(theme.tint)
    width = viewport.width()
    for i, entry in enumerate(document_lines(doc)):
        if i % 2:
            r = entry.rect
            painter.fillRect(
                QRectF(0, r.top() - scroll, width, r.height() * settings.line_height), tint
            )
    painter.end()


def paint_focus_and_ruler(
    viewport: QWidget, band: tuple[float, float], settings: Settings, theme: Theme
) -> None:
    """Dim everything outside the band (line focus) and draw the ruler's edge lines."""
    top, bottom = band
    width, height = viewport.width(), viewport.height()
    painter = QPainter(viewport)
    if settings.line_focus:
        dim = QColor(theme.line_focus_dim)
        dim.setAlpha(theme.dim_alpha)
        painter.fillRect(QRectF(0, 0, width, max(0.0, top)), dim)
        painter.fillRect(QRectF(0, bottom, width, max(0.0, height - bottom)), dim)
    if settings.ruler:
        painter.setPen(QPen(QColor(theme.ruler), RULER_WIDTH))
        if settings.line_focus <= 1:
            painter.drawLine(QPointF(0, top), QPointF(width, top))
        painter.drawLine(QPointF(0, bottom), QPointF(width, bottom))
    painter.end()
