"""Word (DOCX) export with python-docx: real heading styles, language set, notes set apart.

Heading 1 is the briefing title, Heading 2 each item; the language is set three ways (style
defaults, core properties and every run's w:lang) because Word, LibreOffice and screen readers
each look in a different place. Notes get their own paragraph style, so they can be found by
style and restyled in one go; links are real hyperlinks whose text names their target.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from reader.core.briefing.model import Briefing, BriefingEntry
from reader.core.export import common
from reader.core.export.common import ExportStyle, Labels

# Regions whose printers take US Letter rather than A4.
LETTER_REGIONS = frozenset({"US", "CA", "MX", "PH", "CL", "CO", "VE"})


def _child(parent: Any, tag: str, *, first: bool = False) -> Any:
    """Return the element's child `tag` ("w:lang"), made (first or last) when missing."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    child = parent.find(qn(tag))
    if child is None:
        child = OxmlElement(tag)
        if first:
            parent.insert(0, child)
        else:
            parent.append(child)
    return child


def _set_lang(r_pr: Any, tag: str) -> None:
    from docx.oxml.ns import qn

    _child(r_pr, "w:lang").set(qn("w:val"), tag)


def _set_run_lang(run: Any, tag: str) -> None:
    _set_lang(run._r.get_or_add_rPr(), tag)


def _set_default_lang(doc: Any, tag: str) -> None:
    defaults = _child(doc.styles.element, "w:docDefaults", first=True)
    r_pr_default = _child(defaults, "w:rPrDefault", first=True)
    _set_lang(_child(r_pr_default, "w:rPr"), tag)


def _set_font(style: Any, family: str) -> None:
    """Set a style's font and drop theme fonts, which would otherwise win over it."""
    from docx.oxml.ns import qn

    style.font.name = family
    r_fonts = style.element.rPr.find(qn("w:rFonts"))
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        r_fonts.attrib.pop(qn(attr), None)
    r_fonts.set(qn("w:cs"), family)


def _shade(element: Any, fill: str) -> None:
    """Give a paragraph style or the document a background fill."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p_pr = element.get_or_add_pPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    p_pr.append(shd)


def _left_border(element: Any, colour: str) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p_pr = element.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    left = OxmlElement("w:left")
    for key, value in (("val", "single"), ("sz", "36"), ("space", "8"), ("color", colour)):
        left.set(qn(f"w:{key}"), value)
    borders.append(left)
    p_pr.append(borders)


def _page_colour(doc: Any, colour: str) -> None:
    """Colour the page ("as on my screen" with a dark theme); Word shows it in every view."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    background = OxmlElement("w:background")
    background.set(qn("w:color"), colour)
    doc.element.insert(0, background)
    settings = doc.settings.element
    if settings.find(qn("w:displayBackgroundShape")) is None:
        settings.insert(0, OxmlElement("w:displayBackgroundShape"))


def _prepare_styles(doc: Any, style: ExportStyle, labels: Labels) -> str:
    """Give the template the reader's font and colours and a note style; return its name.

    Every text colour is the palette's (checked to 7:1, links 4.5:1): the template's own light
    blue headings fall short of that.
    """
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import Pt, RGBColor

    colours = style.colours()
    text = RGBColor.from_string(_rgb(colours.foreground, "1A1A1A"))
    normal = doc.styles["Normal"]
    _set_font(normal, style.font_family)
    normal.font.size = Pt(style.font_size_pt)
    normal.font.color.rgb = text
    normal.paragraph_format.line_spacing = style.line_height
    normal.paragraph_format.space_after = Pt(style.font_size_pt * 0.6)
    for name, scale in (("Heading 1", 1.6), ("Heading 2", 1.3)):
        heading = doc.styles[name]
        _set_font(heading, style.font_family)
        heading.font.size = Pt(round(style.font_size_pt * scale))
        heading.font.color.rgb = text
    names = {s.name for s in doc.styles}
    note_name = labels.note
    if note_name not in names:
        note = doc.styles.add_style(note_name, WD_STYLE_TYPE.PARAGRAPH)
        note.base_style = normal
        note.next_paragraph_style = normal
        note.paragraph_format.left_indent = Pt(18)
        note.font.italic = False
        note.font.color.rgb = RGBColor.from_string(_rgb(colours.note_foreground, "1A1A1A"))
        _shade(note.element, _rgb(colours.note_background, "FFF4D6"))
        _left_border(note.element, _rgb(colours.note_border, "8A5A00"))
    link = (doc.styles["Hyperlink"] if "Hyperlink" in names
            else doc.styles.add_style("Hyperlink", WD_STYLE_TYPE.CHARACTER))
    link.font.underline = True
    link.font.color.rgb = RGBColor.from_string(_rgb(colours.link, "0B4F9C"))
    if colours.background.lower() != "#ffffff":
        _page_colour(doc, _rgb(colours.background, "FFFFFF"))
    return note_name


def _paper(doc: Any) -> None:
    """A4 with 2 cm margins, or Letter where the user's locale prints on it."""
    from docx.shared import Inches, Mm

    section = doc.sections[0]
    if _letter_locale():
        section.page_width, section.page_height = Inches(8.5), Inches(11)
    else:
        section.page_width, section.page_height = Mm(210), Mm(297)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Mm(20))


def _letter_locale() -> bool:
    import os

    for name in ("LC_PAPER", "LC_ALL", "LANG"):
        value = os.environ.get(name, "")
        if value:
            region = value.split(".")[0].replace("-", "_").split("_")[1:2]
            return bool(region) and region[0].upper() in LETTER_REGIONS
    return False


def _rgb(colour: str, fallback: str) -> str:
    value = colour.lstrip("#")
    if len(value) == 3:
        value = "".join(c * 2 for c in value)
    return value.upper() if len(value) == 6 else fallback


def _add_hyperlink(paragraph: Any, url: str, text: str, lang: str) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE as RT
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    hyperlink = OxmlElement("w:hyperlink")
    hyperlink.set(qn("r:id"), r_id)
    hyperlink.set(qn("w:history"), "1")
    run = OxmlElement("w:r")
    r_pr = OxmlElement("w:rPr")
    r_style = OxmlElement("w:rStyle")
    r_style.set(qn("w:val"), "Hyperlink")
    r_pr.append(r_style)
    r_lang = OxmlElement("w:lang")
    r_lang.set(qn("w:val"), lang)
    r_pr.append(r_lang)
    run.append(r_pr)
    t = OxmlElement("w:t")
    t.text = text
    t.set(qn("xml:space"), "preserve")
    run.append(t)
    hyperlink.append(run)
    paragraph._p.append(hyperlink)


def _para(doc: Any, text: str, lang: str, style: str | None = None, **fmt: bool) -> Any:
    paragraph = doc.add_paragraph(style=style)
    run = paragraph.add_run(text)
    for key, value in fmt.items():
        setattr(run, key, value)
    _set_run_lang(run, lang)
    return paragraph


def _add_entry(
    doc: Any, number: int, entry: BriefingEntry, labels: Labels, lang: str, note_style: str
) -> None:
    item_lang = common.full_language_tag(entry.language) if entry.language else lang
    heading = doc.add_heading(level=2)
    _set_run_lang(heading.add_run(f"{number}. {entry.title}"), item_lang)
    origin = common.source_line(entry, labels)
    if origin:
        _para(doc, origin, lang, italic=True)
    for text in entry.summary:
        if text.strip():
            _para(doc, text, item_lang)
    for i, text in enumerate(common.paragraphs(entry.note)):
        paragraph = doc.add_paragraph(style=note_style)
        if i == 0:
            label = paragraph.add_run(f"{labels.note}: ")
            label.bold = True
            _set_run_lang(label, lang)
        _set_run_lang(paragraph.add_run(text), lang)
    if entry.link and entry.link.lower().startswith(("http://", "https://", "mailto:")):
        _add_hyperlink(doc.add_paragraph(), entry.link, common.link_text(entry, labels), lang)


def build_document(briefing: Briefing, style: ExportStyle | None = None) -> Any:
    """Return the briefing as a python-docx Document."""
    from docx import Document

    style = (style or ExportStyle()).checked()
    briefing = common.document_ready(briefing)
    labels = common.labels_for(briefing)
    lang = common.full_language_tag(briefing.language)
    doc = Document()
    _set_default_lang(doc, lang)
    _paper(doc)
    note_style = _prepare_styles(doc, style, labels)
    title = common.heading_text(briefing)
    core = doc.core_properties
    core.title = title
    core.language = lang
    core.subject = common.details_line(briefing)
    core.author = "Helder"
    _set_run_lang(doc.add_heading(level=1).add_run(title), lang)
    details = common.details_line(briefing)
    if details:
        _para(doc, details, lang, italic=True)
    for text in common.paragraphs(briefing.introduction):
        _para(doc, text, lang)
    for number, entry in enumerate(briefing.entries, start=1):
        _add_entry(doc, number, entry, labels, lang, note_style)
    return doc


def write(briefing: Briefing, path: Path, *, style: ExportStyle) -> None:
    """Write the briefing as a DOCX file."""
    # Built in memory, then written: a full disk then fails in one place, with one error.
    buffer = io.BytesIO()
    build_document(briefing, style).save(buffer)
    path.write_bytes(buffer.getvalue())
