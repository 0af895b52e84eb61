"""Print a briefing with a preview: Qt's preview dialog over the HTML export's document."""

from __future__ import annotations

from PySide6.QtGui import QTextDocument
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QWidget

from reader.core.briefing import Briefing
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
        self.printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        super().__init__(self.printer, parent)
        self.setObjectName("briefingPrintPreview")
        title = title or heading_text(briefing)
        self.printer.setDocName(title)
        self.document = QTextDocument(self)
        self.document.setHtml(render_html(briefing, style or ExportStyle()))
        self.setWindowTitle(self.tr("Print preview: {0}").format(title))
        self.paintRequested.connect(self.document.print_)
