"""Large-print PDF export with fpdf2: the reader's font at 18 pt or more, the reader's spacing.

The text is one column, ragged right (justified text opens rivers that hinder dyslexic
readers), in reading order, so text extraction and reflow read it as written. The PDF carries
its language, title and an outline of the headings (the bookmarks a PDF reader navigates by),
and links are real link annotations. It is tagged: every heading, paragraph and link is a
structure element (H1, H2, P, Link) in reading order, so screen readers can read and navigate it.
"""

from __future__ import annotations

import json
import logging
import shutil
import subprocess
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any

from reader.core.briefing import Briefing, BriefingEntry
from reader.core.errors import ErrorKind, ReaderError
from reader.core.export.common import (
    MIN_PDF_SIZE_PT,
    ExportStyle,
    Labels,
    details_line,
    full_language_tag,
    heading_text,
    labels_for,
    link_text,
    paragraphs,
    source_line,
)

log = logging.getLogger(__name__)

PT_TO_MM = 25.4 / 72
MARGIN_MM = 20
FONT_NAME = "Reader"  # the name fpdf2 knows the embedded font by
FONT_SUFFIXES = (".ttf", ".otf")
# Python packages holding OFL reading fonts in files/, described by their metadata.json.
BUNDLED_FONT_PACKAGES = ("fontpkg_atkinson_hyperlegible", "fontpkg_lexend")
FALLBACK_FONTS = (
    (
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf",
    ),
    ("C:/Windows/Fonts/verdana.ttf", "C:/Windows/Fonts/verdanab.ttf"),
    (
        "/System/Library/Fonts/Supplemental/Verdana.ttf",
        "/System/Library/Fonts/Supplemental/Verdana Bold.ttf",
    ),
)


def _fc_match(pattern: str) -> Path | None:
    """Ask fontconfig for the file of a font pattern (None where fontconfig is missing)."""
    fc_match = shutil.which("fc-match")
    if not fc_match:
        return None
    try:
        done = subprocess.run(
            [fc_match, "--format=%{file}", pattern],
            capture_output=True,
            text=True,
            timeout=10,
            check=False,
        )
    except (OSError, subprocess.TimeoutExpired):
        return None
    path = Path(done.stdout.strip())
    return path if done.returncode == 0 and path.suffix.lower() in FONT_SUFFIXES else None


@dataclass(frozen=True, slots=True)
class FontChoice:
    """The font files for the PDF: regular and bold (the same file for a variable font)."""

    regular: Path
    bold: Path
    variable: bool = False


def _bundled_font(family: str) -> FontChoice | None:
    """Find a reading font shipped as a Python package (Atkinson Hyperlegible, Lexend)."""
    for package in BUNDLED_FONT_PACKAGES:
        try:
            root = resources.files(package)
            meta = json.loads((root / "metadata.json").read_text(encoding="utf-8"))
        except (ModuleNotFoundError, FileNotFoundError, NotADirectoryError, ValueError):
            continue
        if str(meta.get("family", "")).casefold() != family.casefold():
            continue
        upright = [f for f in meta.get("files", []) if f.get("style") == "normal"]
        variable = [f for f in upright if f.get("variable")]
        if variable:
            path = Path(str(root / variable[0]["path"]))
            return FontChoice(path, path, variable=True)
        by_weight = {int(f.get("weight", 400)): Path(str(root / f["path"])) for f in upright}
        if 400 in by_weight:
            return FontChoice(by_weight[400], by_weight.get(700, by_weight[400]))
    return None


def font_files(style: ExportStyle) -> FontChoice:
    """Return the font files for the style's font family, or a sans-serif stand-in."""
    if style.font_file and Path(style.font_file).is_file():
        return FontChoice(Path(style.font_file), Path(style.font_file))
    bundled = _bundled_font(style.font_family)
    if bundled is not None:
        return bundled
    regular = _fc_match(f"{style.font_family}:style=Regular")
    if regular is not None:
        return FontChoice(regular, _fc_match(f"{style.font_family}:bold") or regular)
    for regular_name, bold_name in FALLBACK_FONTS:
        if Path(regular_name).is_file():
            bold_path = Path(bold_name)
            return FontChoice(
                Path(regular_name), bold_path if bold_path.is_file() else Path(regular_name)
            )
    raise ReaderError(ErrorKind.EXPORT, f"no TrueType font found for {style.font_family!r}")


def _hex_rgb(colour: str, fallback: tuple[int, int, int]) -> tuple[int, int, int]:
    value = colour.lstrip("#")
    if len(value) == 3:
        value = "".join(c * 2 for c in value)
    try:
        return (int(value[0:2], 16), int(value[2:4], 16), int(value[4:6], 16))
    except ValueError:
        return fallback


class _Writer:
    """Lays out the briefing top to bottom on A4 pages."""

    def __init__(self, briefing: Briefing, style: ExportStyle) -> None:
        from fpdf import FPDF

        self.briefing = briefing
        self.labels: Labels = labels_for(briefing)
        self.size = max(MIN_PDF_SIZE_PT, style.font_size_pt)
        self.spacing = style.line_height
        self.link_rgb = _hex_rgb(style.link, (11, 79, 156))
        fonts = font_files(style)
        pdf = FPDF(orientation="portrait", unit="mm", format="A4")
        pdf.set_margins(MARGIN_MM, MARGIN_MM, MARGIN_MM)
        pdf.set_auto_page_break(auto=True, margin=MARGIN_MM)
        if fonts.variable:
            pdf.add_font(FONT_NAME, "", str(fonts.regular), variations={"wght": 400})
            pdf.add_font(FONT_NAME, "B", str(fonts.bold), variations={"wght": 700})
        else:
            pdf.add_font(FONT_NAME, "", str(fonts.regular))
            pdf.add_font(FONT_NAME, "B", str(fonts.bold))
        pdf.set_lang(full_language_tag(briefing.language))
        title = heading_text(briefing)
        pdf.set_title(title)
        pdf.set_subject(details_line(briefing) or title)
        pdf.set_creator("Helder")
        pdf.set_display_mode(zoom="fullwidth", layout="continuous")
        pdf.set_text_color(0, 0, 0)
        self.pdf: Any = pdf

    def line_mm(self, size_pt: float) -> float:
        return size_pt * self.spacing * PT_TO_MM

    @contextmanager
    def _tagged(self, role: str) -> Iterator[None]:
        """Mark what is drawn inside as one structure element (H1, H2, P, Link) on this page.

        fpdf2 has no public API for this; its structure builder and `_out` are what its own
        alt-text support uses. Every text the writer draws goes through here, because a PDF
        marked as tagged hides untagged text from screen readers.
        """
        pdf = self.pdf
        mcid = pdf.struct_builder.next_mcid_for_page(pdf.page)
        _, parents_id = pdf.struct_builder.add_marked_content(
            page_number=pdf.page, struct_type=f"/{role}", mcid=mcid
        )
        pdf.pages[pdf.page].struct_parents = parents_id
        pdf._out(f"/{role} <</MCID {mcid}>> BDC")
        yield
        pdf._out("EMC")

    @contextmanager
    def _artifact(self) -> Iterator[None]:
        """Mark decoration (the bar beside a note) so assistive technology skips it."""
        self.pdf._out("/Artifact BMC")
        yield
        self.pdf._out("EMC")

    def _block(
        self,
        role: str,
        text: str,
        *,
        size: float,
        bold: bool = False,
        link: str = "",
        label: str = "",
    ) -> None:
        """Write a paragraph in pieces that each fit on a page; each piece is tagged `role`.

        A piece must not run over a page break, or its marked content would span two pages.
        """
        pdf = self.pdf
        h = self.line_mm(size)
        style = "U" if link else ("B" if bold else "")
        pdf.set_font(FONT_NAME, style, size)
        lines = pdf.multi_cell(0, h, text, align="L", dry_run=True, output="LINES")
        start = 0
        while start < len(lines):
            room = int((pdf.page_break_trigger - pdf.get_y()) / h + 1e-6)
            needed = 2 if label and start == 0 else 1
            if room < needed:
                pdf.add_page()
                continue
            with self._tagged(role):
                if label and start == 0:
                    pdf.set_font(FONT_NAME, "B", size)
                    pdf.multi_cell(0, h, label, align="L", new_x="LMARGIN", new_y="NEXT")
                    pdf.set_font(FONT_NAME, style, size)
                    room -= 1
                chunk = lines[start : start + room]
                pdf.multi_cell(
                    0, h, "\n".join(chunk), align="L", new_x="LMARGIN", new_y="NEXT", link=link
                )
            start += len(chunk)

    def _keep_with_next(self, needed_mm: float) -> None:
        if self.pdf.get_y() + needed_mm > self.pdf.page_break_trigger:
            self.pdf.add_page()

    def heading(self, text: str, level: int) -> None:
        size = round(self.size * (1.6 if level == 0 else 1.3))
        # A heading alone at the foot of a page is lost: keep it with two lines of body text.
        self._keep_with_next(self.line_mm(size) * 2 + self.line_mm(self.size) * 2)
        if level > 0:
            self.pdf.ln(self.line_mm(self.size) * 0.5)
        self.pdf.start_section(text, level=level)  # a bookmark; no marking without title styles
        self._block(f"H{level + 1}", text, size=size, bold=True)
        self.pdf.ln(self.line_mm(self.size) * 0.3)

    def paragraph(self, text: str, *, label: str = "") -> None:
        self._block("P", text, size=self.size, label=label)
        self.pdf.ln(self.line_mm(self.size) * 0.4)

    def note(self, texts: list[str]) -> None:
        pdf = self.pdf
        # Set apart by an indent and a bar in the margin, which survives black-and-white print.
        old_margin = pdf.l_margin
        pdf.set_left_margin(old_margin + 8)
        pdf.set_x(pdf.l_margin)
        top = pdf.get_y()
        top_page = pdf.page
        for i, text in enumerate(texts):
            self.paragraph(text, label=f"{self.labels.note}:" if i == 0 else "")
        bottom = pdf.get_y() - self.line_mm(self.size) * 0.4
        if pdf.page != top_page:
            top = pdf.t_margin  # the note went on to this page: draw its bar here
        with self._artifact():
            pdf.set_line_width(1.2)
            pdf.line(old_margin + 3, top, old_margin + 3, bottom)
        pdf.set_left_margin(old_margin)
        pdf.set_x(old_margin)

    def link(self, url: str, text: str) -> None:
        pdf = self.pdf
        pdf.set_text_color(*self.link_rgb)
        # Underlined, so colour is not the only cue.
        self._block("Link", text, size=self.size, link=url)
        pdf.set_text_color(0, 0, 0)
        pdf.ln(self.line_mm(self.size) * 0.4)

    def entry(self, number: int, entry: BriefingEntry) -> None:
        self.heading(f"{number}. {entry.title}", level=1)
        origin = source_line(entry, self.labels)
        if origin:
            self.paragraph(origin)
        for text in entry.summary:
            if text.strip():
                self.paragraph(text)
        note = paragraphs(entry.note)
        if note:
            self.note(note)
        if entry.link and entry.link.lower().startswith(("http://", "https://", "mailto:")):
            self.link(entry.link, link_text(entry, self.labels))

    def build(self) -> Any:
        self.pdf.add_page()
        self.heading(heading_text(self.briefing), level=0)
        details = details_line(self.briefing)
        if details:
            self.paragraph(details)
        for text in paragraphs(self.briefing.introduction):
            self.paragraph(text)
        for number, entry in enumerate(self.briefing.entries, start=1):
            self.entry(number, entry)
        return self.pdf


def render_pdf(briefing: Briefing, style: ExportStyle | None = None) -> bytes:
    """Return the briefing as large-print PDF bytes."""
    return bytes(_Writer(briefing, (style or ExportStyle()).checked()).build().output())


def write(briefing: Briefing, path: Path, *, style: ExportStyle) -> None:
    """Write the briefing as a large-print PDF file."""
    path.write_bytes(render_pdf(briefing, style))
