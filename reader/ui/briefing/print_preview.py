"""Print a briefing with a preview: Qt's preview dialog over the HTML export's document."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextCharFormat, QTextCursor, QTextDocument, QTextFormat
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from reader.core.briefing.model import Briefing
from reader.core.export.common import ExportStyle, heading_text
from reader.core.export.html import render_html


class BriefingPrintPreview(QPrintPreviewDialog):
    """Shows the briefing as it will print (the reader's font, size and colours) and prints it."""

    def __init__(
        self,
        briefing: Briefing,
        style: ExportStyle | None = None,
        parent: QWidget | None = None,
        *,
        title: str | None = None,
    ) -> None:
        # The printer and document live as long as the dialog, which owns them.
        self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        super().__init__(self._printer, parent)
        self.setObjectName("briefingPrintPreview")
        title = title or heading_text(briefing)
        self._printer.setDocName(title)
        self.document = QTextDocument(self)
        style = style or ExportStyle()
        self.document.setHtml(render_html(briefing, style))
        size_headings(self.document, style.font_size_pt)
        self.setWindowTitle(self.tr("Print preview: {0}").format(title))
        self.paintRequested.connect(self.document.print_)


# The export's heading sizes against the body (h1 1.6em, h2 1.3em, as in the HTML and PDF).
HEADING_SCALE = {1: 1.6, 2: 1.3, 3: 1.15}


def size_headings(document: QTextDocument, body_pt: float) -> None:
    """Give headings their size in points: QTextDocument ignores the export's em sizes, so
    printed headings came out smaller than the body text."""
    cursor = QTextCursor(document)
    block = document.begin()
    while block.isValid():
        level = block.blockFormat().headingLevel()
        it = block.begin()
        while level in HEADING_SCALE and not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid():
                # The h1/h2 size is a relative adjustment that a point size alone does not
                # replace: clear it, then set the size.
                char = QTextCharFormat(fragment.charFormat())
                char.clearProperty(QTextFormat.Property.FontSizeAdjustment)
                char.setFontPointSize(body_pt * HEADING_SCALE[level])
                char.setFontWeight(QFont.Weight.Bold)
                cursor.setPosition(fragment.position())
                cursor.setPosition(fragment.position() + fragment.length(),
                                   QTextCursor.MoveMode.KeepAnchor)
                cursor.setCharFormat(char)
            it += 1
        block = block.next()
