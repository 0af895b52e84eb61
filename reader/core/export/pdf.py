"""Large-print PDF export, typeset by Typst as PDF/UA-1: tagged, for screen readers too.

Why Typst (the `typst` wheel) and not fpdf2: fpdf2 has no public API for a structure tree, so
tags had to be written through its internals, and links, word breaks, per-item language and
CFF fonts all came out wrong. Typst builds the structure tree itself and checks PDF/UA-1 while
it writes: headings H1/H2, P, Link with its annotation (OBJR, /Contents), BlockQuote for notes,
/Lang on every element in another language, a real space at every line wrap, /Tabs /S, XMP
with pdfuaid:part 1 and DisplayDocTitle; fonts are subset and embedded with the right file
type, and a character the reading font lacks is taken from another installed font.

The layout is the template briefing.typ; the briefing goes in as JSON data, never as markup.
The text is one column, ragged right, at 18 pt or more in the reader's font and spacing.
"""

from __future__ import annotations

import json
import logging
import re
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from reader.core.briefing.model import Briefing, BriefingEntry
from reader.core.errors import ErrorKind, ReaderError
from reader.core.export import common
from reader.core.export.common import MIN_PDF_SIZE_PT, ExportStyle
from reader.core.jsondata import json_list, json_object
from reader.core.text.language import base_language

log = logging.getLogger(__name__)

# Python packages holding OFL reading fonts in files/ (Atkinson Hyperlegible, Lexend).
BUNDLED_FONT_PACKAGES = ("fontpkg_atkinson_hyperlegible", "fontpkg_lexend")
# Tried after the reader's font, for characters it lacks; Typst then tries every other font.
FALLBACK_FAMILIES = ("Atkinson Hyperlegible", "DejaVu Sans", "Noto Sans", "Liberation Sans")
# Typst's line pitch is cap height plus leading: 0.7 em of cap height is typical of sans fonts.
CAP_HEIGHT_EM = 0.7
_LANG = re.compile(r"^[a-z]{2,3}$")
_REGION = re.compile(r"^[A-Z]{2}$")


def _bundled_font_dirs() -> list[str]:
    found: list[str] = []
    for package in BUNDLED_FONT_PACKAGES:
        try:
            folder = resources.files(package) / "files"
        except ModuleNotFoundError:
            continue
        if folder.is_dir():
            found.append(str(folder))
    return found


@cache
def _fonts(extra: tuple[str, ...] = ()) -> Any:
    """Typst's font book: the system's fonts and the bundled reading fonts (scanned once)."""
    import typst

    return typst.Fonts(
        include_system_fonts=True,
        include_embedded_fonts=True,
        font_paths=[*_bundled_font_dirs(), *extra],
    )


def font_families(style: ExportStyle) -> list[str]:
    """Return the families the PDF asks for, the reader's first, as Typst knows them."""
    known = {name.casefold(): name for name in _fonts(_extra_dirs(style)).families()}
    wanted = [style.font_family, *FALLBACK_FAMILIES]
    families = [known[name.casefold()] for name in wanted if name.casefold() in known]
    if style.font_family.casefold() not in known:
        log.warning("Font %r is not installed; the PDF uses %s", style.font_family, families[:1])
    return list(dict.fromkeys(families)) or ["DejaVu Sans"]


def _extra_dirs(style: ExportStyle) -> tuple[str, ...]:
    if style.font_file and Path(style.font_file).is_file():
        return (str(Path(style.font_file).parent),)
    return ()


def _language(tag: str | None, fallback: str) -> tuple[str, str | None]:
    """Return (language, region) for Typst: 'en' -> ('en', 'GB'), 'fr' -> ('fr', 'FR')."""
    full = common.full_language_tag(tag or fallback)
    lang = base_language(full)
    region = full.split("-")[1] if "-" in full else None
    if not _LANG.match(lang):  # Typst refuses anything but an ISO 639 code
        return ("nl", "NL") if tag is None else _language(None, fallback)
    return lang, region if region and _REGION.match(region) else None


def _entry_data(number: int, entry: BriefingEntry, briefing: Briefing) -> dict[str, Any]:
    labels = common.labels_for(briefing)
    lang, region = _language(entry.language, briefing.language or "nl")
    link = (entry.link or "").strip()
    if not link.lower().startswith(("http://", "https://", "mailto:")):
        link = ""
    return {
        "heading": f"{number}. {entry.title}",
        "lang": lang,
        "region": region,
        "origin": common.source_line(entry, labels),
        "summary": [" ".join(p.split()) for p in entry.summary if p.strip()],
        "note": common.paragraphs(entry.note),
        "link": link,
        "link_text": common.link_text(entry, labels) if link else "",
    }


def document_data(briefing: Briefing, style: ExportStyle) -> dict[str, Any]:
    """Return what the template typesets: the briefing's words and the reader's look."""
    style = style.checked()
    colours = style.colours()
    briefing = common.document_ready(briefing)
    lang, region = _language(briefing.language, "nl")
    title = common.heading_text(briefing)
    return {
        "title": title,
        "subject": common.details_line(briefing) or title,
        "lang": lang,
        "region": region,
        "paper": "a4",
        "size": max(MIN_PDF_SIZE_PT, style.font_size_pt),
        "leading": max(0.2, style.line_height - CAP_HEIGHT_EM),
        "spacing": max(0.9, style.line_height * 0.8),
        "fonts": font_families(style),
        "screen": colours.background.lower() != "#ffffff",
        "colours": {
            "foreground": colours.foreground,
            "background": colours.background,
            "link": colours.link,
            "note_foreground": colours.note_foreground,
            "note_background": colours.note_background,
            "note_border": colours.note_border,
        },
        "labels": {"note": common.labels_for(briefing).note},
        "details": common.details_line(briefing),
        "intro": common.paragraphs(briefing.introduction),
        "entries": [
            _entry_data(number, entry, briefing)
            for number, entry in enumerate(briefing.entries, start=1)
        ],
    }


_LONG_TOKEN = re.compile(r"\S{36,}")
_ZWSP = "\u200b"


def _breakable(text: str) -> str:
    """Give a run of 36+ characters without a space (a token, a code) places to wrap.

    Typst wraps between words and hyphenates dictionary words; a longer run would run off the
    page and be lost on paper. A zero-width space every 18 characters lets it wrap there.
    """
    def split(match: re.Match[str]) -> str:
        token = match[0]
        if "://" in token:  # Typst wraps web addresses at their slashes already
            return token
        return _ZWSP.join(token[i : i + 18] for i in range(0, len(token), 18))

    return _LONG_TOKEN.sub(split, text)


def _without(value: Any, missing: set[str]) -> Any:
    """Return the data with the characters no installed font can show taken out."""
    if isinstance(value, str):
        return _breakable("".join(ch for ch in value if ch not in missing))
    if (items := json_list(value)) is not None:
        return [_without(v, missing) for v in items]
    if (fields := json_object(value)) is not None:
        # Addresses, font names and colours are not shown as text: leave them whole.
        return {k: v if k in _NOT_TEXT_KEYS else _without(v, missing) for k, v in fields.items()}
    return value


_NOT_TEXT_KEYS = frozenset({"link", "fonts", "colours", "lang", "region", "paper"})


_UNSHOWABLE = re.compile(r'the text `"(?P<text>.*?)"` could not be displayed', re.S)


def render_pdf(briefing: Briefing, style: ExportStyle | None = None) -> bytes:
    """Return the briefing as large-print, tagged PDF/UA-1 bytes.

    PDF/UA forbids a glyph no font has (it would be an empty box). Typst takes a missing
    character from any installed font; one that no font has (an emoji without an emoji font,
    say) is left out, and the log says which.
    """
    import typst

    style = (style or ExportStyle()).checked()
    template = (resources.files("reader.core.export") / "briefing.typ").read_bytes()
    data = document_data(briefing, style)
    missing: set[str] = set()
    for _attempt in range(50):
        try:
            pdf, warnings = typst.compile_with_warnings(
                template,
                format="pdf",
                pdf_standards=["ua-1"],
                font_paths=_fonts(_extra_dirs(style)),
                sys_inputs={"data": json.dumps(_without(data, missing), ensure_ascii=False)},
            )
            break
        except typst.TypstError as exc:
            found = _UNSHOWABLE.search(exc.message)
            unshowable = set(found["text"]) - set(" ") if found else set[str]()
            if not unshowable or unshowable <= missing:
                raise ReaderError(ErrorKind.EXPORT, f"PDF: {exc.message}") from exc
            missing |= unshowable
    else:
        raise ReaderError(ErrorKind.EXPORT, "PDF: too many characters no font can show")
    if missing:
        log.warning("PDF export left out characters no installed font has: %s",
                    " ".join(f"{ch} (U+{ord(ch):04X})" for ch in sorted(missing)))
    for warning in warnings:
        log.warning("PDF export: %s", getattr(warning, "message", warning))
    return bytes(pdf)


def write(briefing: Briefing, path: Path, *, style: ExportStyle) -> None:
    """Write the briefing as a large-print PDF file."""
    path.write_bytes(render_pdf(briefing, style))
