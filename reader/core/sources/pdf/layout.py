"""Lay out the text of PDF pages as lines in reading order, with font size and weight.

pypdf hands us positioned text runs; we join runs into lines, split the page into columns by
where lines start, and read column by column, top to bottom.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any, cast

from reader.core.sources.cues import ignore_case

_BOLD_FONT = ignore_case(r"bold|black|heavy|semibold|demi|,b$|-b$|bd$")
_LETTER_SPACED = re.compile(r"\b(?:[^\W\d_] ){2,}[^\W\d_]\b")


@dataclass
class PdfLine:
    """One line of text on a page."""

    page: int
    x: float
    y: float  # baseline, from the bottom of the page
    x_end: float
    size: float
    bold: bool
    text: str

    @property
    def words(self) -> int:
        """Return the number of words."""
        return len(self.text.split())


def _join_letter_spacing(text: str) -> str:
    """Rejoin letter-spaced words: 'N I E U W S' becomes 'NIEUWS'."""
    return _LETTER_SPACED.sub(lambda m: m.group(0).replace(" ", ""), text)


def _font_metrics(font: Any) -> tuple[list[float], int, float]:
    """Return (widths, first char code, average width) in 1/1000 em for a font dictionary."""
    widths: list[float] = []
    first = 0
    try:
        raw = font.get("/Widths")
        if raw is not None:
            widths = [float(w) for w in raw.get_object()]
            first = int(font.get("/FirstChar", 0))
        else:
            desc = font.get("/DescendantFonts")
            if desc is not None:
                cid = desc.get_object()[0].get_object()
                for entry in cid.get("/W", ()) or ():
                    entry = entry.get_object()
                    if isinstance(entry, list):  # pypdf's ArrayObject of numbers
                        widths.extend(float(w) for w in cast("list[Any]", entry))
                if not widths and cid.get("/DW") is not None:
                    widths = [float(cid["/DW"])]
    except Exception:  # malformed width tables: fall back to an average glyph
        widths = []
    useful = [w for w in widths if w > 0]
    avg = sum(useful) / len(useful) if useful else 500.0
    return widths, first, avg


def _runs(page: Any, page_no: int) -> list[PdfLine]:
    runs: list[PdfLine] = []
    metrics: dict[int, tuple[list[float], int, float]] = {}

    def text_width(part: str, font: Any, eff: float) -> float:
        if font is None:
            return len(part) * eff * 0.5
        key = id(font)
        if key not in metrics:
            metrics[key] = _font_metrics(font)
        widths, first, avg = metrics[key]
        total = 0.0
        for ch in part:
            idx = ord(ch) - first
            w = widths[idx] if first and 0 <= idx < len(widths) else avg
            total += w if w > 0 else avg
        return total / 1000.0 * eff

    def visit(text: str, cm: list[float], tm: list[float], font: Any, size: float) -> None:
        if not text or not text.strip():
            return
        # Text space -> user space: the text matrix, then the current transformation matrix.
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
        scale = math.hypot(tm[0], tm[1]) * math.hypot(cm[0], cm[1]) or 1.0
        eff = abs(size * scale)
        name = ""
        if font is not None:
            try:
                name = str(font.get("/BaseFont", ""))
            except Exception:  # malformed font dictionaries are common
                name = ""
        for k, part in enumerate(text.split("\n")):
            if part.strip():
                width = text_width(part, font, eff)
                runs.append(PdfLine(page_no, x, y - k * eff * 1.2, x + width, round(eff, 1),
                                    bool(_BOLD_FONT.search(name)), part))

    page.extract_text(visitor_text=visit)
    return runs


def _merge_runs(runs: list[PdfLine]) -> list[PdfLine]:
    """Join runs on the same baseline that touch into one line."""
    runs.sort(key=lambda r: (-round(r.y), r.x))
    lines: list[PdfLine] = []
    for r in runs:
        prev = lines[-1] if lines else None
        if (prev and abs(prev.y - r.y) < max(2.0, 0.3 * r.size)
                and -2 * r.size < r.x - prev.x_end < r.size and r.x > prev.x):
            sep = "" if prev.text.endswith(" ") or r.text.startswith(" ") else " "
            if r.x - prev.x_end < 0.12 * r.size:
                sep = ""
            prev.text = prev.text + sep + r.text
            prev.x_end = max(prev.x_end, r.x_end)
            prev.size = max(prev.size, r.size) if len(r.text) > 2 else prev.size
            prev.bold = prev.bold and r.bold
        else:
            lines.append(PdfLine(r.page, r.x, r.y, r.x_end, r.size, r.bold, r.text))
    for line in lines:
        line.text = _join_letter_spacing(" ".join(line.text.split()))
    return [ln for ln in lines if ln.text]


def _column_edges(lines: list[PdfLine], page_width: float) -> list[float]:
    """Left edges of the page's columns: x positions where many lines start, far apart.

    A start counts when at least three lines start within 15 pt of it, so centred or ragged
    columns are found too, while a lone caption does not make a column.
    """
    gap = max(60.0, page_width * 0.12)
    starts = sorted(ln.x for ln in lines)
    busy: list[float] = []
    lo = 0
    for hi, x in enumerate(starts):
        while starts[lo] < x - 15:
            lo += 1
        if hi - lo + 1 >= 3:
            busy.append(starts[lo])
    if not busy:
        return [starts[0]]
    edges = [busy[0]]
    for x in busy[1:]:
        if x - edges[-1] > gap:
            edges.append(x)
    return edges


def reading_order(lines: list[PdfLine], page_width: float) -> list[PdfLine]:
    """Order lines in bands: within a band column by column, top to bottom.

    A line that runs across a column boundary (a headline over two columns, a full-width
    paragraph) closes the band above it, so text below it is read after it.
    """
    if not lines:
        return []
    edges = _column_edges(lines, page_width)

    def column(ln: PdfLine) -> int:
        return max([i for i, e in enumerate(edges) if ln.x >= e - 8] or [0])

    def spans(ln: PdfLine) -> bool:
        col = column(ln)
        return col + 1 < len(edges) and ln.x_end > edges[col + 1] + 30

    ordered: list[PdfLine] = []
    band: list[PdfLine] = []
    for ln in sorted(lines, key=lambda ln: (-ln.y, ln.x)):
        if spans(ln):
            ordered.extend(sorted(band, key=lambda b: (column(b), -b.y, b.x)))
            band = []
            ordered.append(ln)
        else:
            band.append(ln)
    ordered.extend(sorted(band, key=lambda b: (column(b), -b.y, b.x)))
    return ordered


def page_lines(page: Any, page_no: int) -> list[PdfLine]:
    """Return a page's lines in reading order."""
    try:
        width = float(page.mediabox.width)
    except Exception:  # a broken MediaBox: assume A4
        width = 595.0
    return reading_order(_merge_runs(_runs(page, page_no)), width)
