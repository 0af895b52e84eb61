"""Printed headings are larger than the body text, as on screen and in the PDF."""

from __future__ import annotations

from reader.core.export.common import ExportStyle
from reader.ui.briefing.print_preview import BriefingPrintPreview
from tests.ui.window_gallery import BRIEFING


def test_print_preview_headings_are_larger_than_the_body(qtbot):
    style = ExportStyle()
    preview = BriefingPrintPreview(BRIEFING, style)
    qtbot.addWidget(preview)
    sizes: dict[int, float] = {}
    block = preview.document.begin()
    while block.isValid():
        if block.text().strip():
            level = block.blockFormat().headingLevel()
            size = block.begin().fragment().charFormat().font().pointSizeF()
            sizes.setdefault(level, size)
        block = block.next()
    body = sizes[0]
    assert body >= style.font_size_pt - 0.5
    assert sizes[1] > sizes[2] > body, sizes
