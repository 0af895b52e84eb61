"""Large-print PDF: PDF/UA-1 essentials read back with pikepdf and poppler, text with pypdf.

Every PDF export is checked: every built-in theme in both palettes, and every reading font.
"""

from __future__ import annotations

import itertools
from dataclasses import replace

import pikepdf
import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream

from reader.core.briefing.model import Briefing
from reader.core.export import ExportStyle, export_briefing
from reader.core.export.common import link_text, source_line
from reader.core.export.style import PALETTES
from reader.core.prefs.themes import BUILT_IN
from tests.core.briefing_sample import ENTRY_TITLES, noted_briefing, sample_briefing
from tests.core.pdf_checks import (
    font_problems,
    link_annotations,
    poppler_font_warnings,
    struct_text,
    structure,
    xmp,
)

FONTS = ["DejaVu Sans", "Atkinson Hyperlegible", "Lexend", "OpenDyslexic"]
VARIANTS = [(key, palette, "DejaVu Sans") for key in BUILT_IN for palette in PALETTES] + [
    ("light", "print", family) for family in FONTS[1:]
]


@pytest.fixture(scope="module")
def exports(tmp_path_factory):
    """(theme, palette, font) -> the PDF export of the noted three-item briefing."""
    folder = tmp_path_factory.mktemp("pdf")
    found = {}
    for key, palette, family in VARIANTS:
        theme = BUILT_IN[key]
        style = ExportStyle(font_family=family, foreground=theme.text,
                            background=theme.background, link=theme.link, palette=palette)
        out = folder / f"{key}-{palette}-{family.replace(' ', '_')}.pdf"
        export_briefing(noted_briefing(), "pdf", out, style=style)
        found[key, palette, family] = out
    return found


variant = pytest.mark.parametrize("case", VARIANTS, ids=["-".join(v) for v in VARIANTS])


@variant
def test_tagged_with_language_xmp_pdfua_identification_and_title_shown(exports, case):
    with pikepdf.open(exports[case]) as pdf:
        assert pdf.Root.MarkInfo.Marked is True
        assert "/StructTreeRoot" in pdf.Root
        assert str(pdf.Root.Lang) == "nl-NL"
        assert pdf.Root.ViewerPreferences.DisplayDocTitle is True
        meta = xmp(pdf)
        assert meta["pdfuaid:part"] == "1"
        assert meta["dc:title"] == noted_briefing().title
        assert pdf.pdf_version >= "1.7"  # PDF/UA-1 builds on ISO 32000-1


@variant
def test_every_link_is_in_a_link_element_and_described(exports, case):
    with pikepdf.open(exports[case]) as pdf:
        annotations = link_annotations(pdf)
        assert len(annotations) >= 3
        reachable = {
            annot.objgen for element in structure(pdf) if element.role == "/Link"
            for annot in element.annotations
        }
        for page, annot in annotations:
            assert annot.objgen in reachable, f"link on page {page} is not tagged"
            assert str(annot.get("/Contents", "")).strip(), f"link on page {page}: no /Contents"
            assert "/StructParent" in annot


@variant
def test_every_page_tabs_in_structure_order(exports, case):
    with pikepdf.open(exports[case]) as pdf:
        assert [str(page.obj.get("/Tabs")) for page in pdf.pages] == ["/S"] * len(pdf.pages)


def expected_paragraphs(briefing: Briefing) -> list[str]:
    """Return the text of every heading and paragraph the PDF should hold, word for word."""
    from reader.core.export.common import labels_for, paragraphs

    labels = labels_for(briefing)
    texts = [briefing.title, *paragraphs(briefing.introduction)]
    for number, entry in enumerate(briefing.entries, start=1):
        texts += [f"{number}. {entry.title}", source_line(entry, labels), *entry.summary]
        note = paragraphs(entry.note)
        texts += [f"{labels.note}: {note[0]}", *note[1:], link_text(entry, labels)]
    return [" ".join(t.split()) for t in texts]


@variant
def test_no_words_glued_together_at_line_wraps(exports, case):
    # poppler reads the tagged text line by line: a line that ends without a space (or a
    # hyphen the PDF marks as not part of the text) would glue two words together.
    elements = struct_text(exports[case])
    texts = {e.text for e in elements if e.role in ("H1", "H2", "P")}
    wrapped = [e for e in elements if e.role in ("H1", "H2", "P") and len(e.texts) > 1]
    assert wrapped, "nothing wrapped: the check would prove nothing"
    missing = [t for t in expected_paragraphs(noted_briefing()) if t not in texts]
    assert missing == [], sorted(texts)


@variant
def test_the_english_item_is_marked_english(exports, case):
    with pikepdf.open(exports[case]) as pdf:
        elements = structure(pdf)
    english = [e.role for e in elements if e.lang == "en-GB"]
    assert "/H2" in english
    assert "/P" in english
    assert all(e.lang in (None, "en-GB") for e in elements)


@variant
def test_every_font_embedded_as_the_file_type_it_is(exports, case):
    with pikepdf.open(exports[case]) as pdf:
        assert font_problems(pdf) == []
        bases = [str(f.get("/BaseFont")) for page in pdf.pages
                 for f in page.obj.Resources.Font.values()]
    # Each subset has its own tag (ISO 32000-1 9.6.4).
    tags = {base.split("+")[0] for base in bases}
    assert len(tags) == len(set(bases))
    assert poppler_font_warnings(exports[case]) == []


def test_the_readers_font_is_the_one_embedded(exports):
    for family in FONTS:
        with pikepdf.open(exports["light", "print", family]) as pdf:
            names = {str(f.BaseFont) for f in pdf.pages[0].obj.Resources.Font.values()}
        assert any(family.replace(" ", "") in name for name in names), (family, names)


def test_a_character_the_font_lacks_comes_from_another_font(tmp_path):
    briefing = replace(noted_briefing(), title="Gesprek met Doğuṣ Avan")
    out = tmp_path / "b.pdf"
    export_briefing(briefing, "pdf", out, style=ExportStyle(font_family="Atkinson Hyperlegible"))
    assert "Doğuṣ" in PdfReader(str(out)).pages[0].extract_text()


def font_sizes(reader: PdfReader) -> list[float]:
    """Return the size of every glyph run on every page, in points."""
    sizes: list[float] = []
    for page in reader.pages:
        def visit(text, cm, tm, font, size, sizes=sizes):
            if text.strip():
                sizes.append(round(size * abs(tm[3]) * abs(cm[3]), 2))
        page.extract_text(visitor_text=visit)
    return sizes


@pytest.fixture(scope="module")
def long_pdf(tmp_path_factory):
    # Long enough to run over several pages, so page breaks are part of what is checked.
    briefing = sample_briefing()
    long_entry = replace(briefing.entries[1], summary=briefing.entries[1].summary * 12)
    briefing = replace(briefing, entries=(briefing.entries[0], long_entry, briefing.entries[2]))
    out = tmp_path_factory.mktemp("pdf") / "briefing.pdf"
    export_briefing(briefing, "pdf", out, style=ExportStyle(font_size_pt=12))
    return PdfReader(str(out))


def plain(text: str) -> str:
    return " ".join(text.split())


def test_text_comes_out_in_reading_order(long_pdf):
    text = plain(" ".join(page.extract_text() for page in long_pdf.pages))
    expected = [
        "Briefing wethouder week 12",
        "Voor: Wethouder Één de Vries",
        "Drie onderwerpen voor het overleg van maandag.",
        *[f"{n}. {title}" for n, title in enumerate(ENTRY_TITLES, start=1)],
    ]
    positions = [text.find(piece) for piece in expected]
    assert -1 not in positions, list(zip(expected, positions, strict=True))
    assert positions == sorted(positions)
    note = text.find("Notitie: Vraag naar de verdeling over de regio.")
    assert positions[3] < note < positions[4]
    assert "‘sneller’" in text


def test_every_font_is_at_least_18_pt_even_when_the_reader_asks_less(long_pdf):
    sizes = font_sizes(long_pdf)
    assert sizes
    assert min(sizes) >= 18
    assert max(sizes) > 18  # headings stand out by size


def test_reader_size_above_18_is_kept(tmp_path):
    out = tmp_path / "b.pdf"
    export_briefing(sample_briefing(), "pdf", out, style=ExportStyle(font_size_pt=24))
    assert min(font_sizes(PdfReader(str(out)))) == 24


def test_several_a4_pages_with_title_and_heading_outline(long_pdf):
    assert len(long_pdf.pages) >= 2
    assert [round(float(x)) for x in long_pdf.pages[0].mediabox[2:]] == [595, 842]
    assert long_pdf.metadata.title == "Briefing wethouder week 12"
    top = long_pdf.outline
    assert top[0]["/Title"] == "Briefing wethouder week 12"
    assert [entry["/Title"] for entry in top[1]] == [
        f"{n}. {title}" for n, title in enumerate(ENTRY_TITLES, start=1)
    ]


def test_links_are_link_annotations_in_order(long_pdf):
    uris = [
        annotation.get_object()["/A"]["/URI"]
        for page in long_pdf.pages
        for annotation in page.get("/Annots") or []
    ]
    assert uris == [
        "https://example.org/jeugdzorg",
        "https://example.org/wonen",
        "https://example.org/climate",
    ]


def baselines(path) -> list[float]:
    """Return the distinct baselines of text on the first page, top to bottom."""
    ys: list[float] = []

    def visit(text, cm, tm, font, size):
        if text.strip():
            ys.append(round(cm[5] + tm[5], 1))
    PdfReader(str(path)).pages[0].extract_text(visitor_text=visit)
    return sorted(set(ys), reverse=True)


def test_line_spacing_follows_the_reader(tmp_path):
    gaps = {}
    for spacing in (1.2, 2.0):
        out = tmp_path / f"b{spacing}.pdf"
        export_briefing(sample_briefing(), "pdf", out, style=ExportStyle(line_height=spacing))
        gaps[spacing] = min(a - b for a, b in itertools.pairwise(baselines(out)) if a > b)
    # Lines within a paragraph are about size x spacing apart.
    assert gaps[1.2] == pytest.approx(18 * 1.2, rel=0.15)
    assert gaps[2.0] == pytest.approx(18 * 2.0, rel=0.15)


def test_screen_palette_paints_the_page_and_print_palette_does_not(exports):
    def fills(path) -> str:
        with pikepdf.open(path) as pdf:
            return pdf.pages[0].Contents.read_bytes().decode("latin-1") if not isinstance(
                pdf.pages[0].Contents, pikepdf.Array) else ""

    dark = fills(exports["yellow-on-black", "screen", "DejaVu Sans"])
    paper = fills(exports["yellow-on-black", "print", "DejaVu Sans"])
    page = "0 0 m 595.2756 0 l 595.2756 841.8898 l"  # a fill over the whole A4 page
    assert page in dark
    assert "1 1 0 scn" in dark  # yellow text
    assert page not in paper
    assert "1 1 0 scn" not in paper


def test_no_text_is_left_untagged(long_pdf):
    for page in long_pdf.pages:
        depth = 0
        for _operands, operator in ContentStream(page.get_contents(), long_pdf).operations:
            if operator in (b"BDC", b"BMC"):
                depth += 1
            elif operator == b"EMC":
                depth -= 1
            elif operator in (b"Tj", b"TJ"):
                assert depth > 0, "text drawn outside any marked content"


def test_an_odd_language_tag_falls_back_to_the_briefings(tmp_path):
    from reader.core.briefing.model import BriefingEntry

    entries = (BriefingEntry(title="Un", summary=("Texte.",), language="fr"),
               BriefingEntry(title="Odd", summary=("Text.",), language="english-ish"))
    out = tmp_path / "b.pdf"
    export_briefing(Briefing(title="T", language="nl", entries=entries), "pdf", out)
    with pikepdf.open(out) as pdf:
        langs = {e.lang for e in structure(pdf)}
    assert "fr-FR" in langs
    assert langs <= {None, "fr-FR"}


def test_a_character_no_font_has_does_not_stop_the_export(tmp_path, caplog):
    from reader.core.briefing.model import BriefingEntry

    entry = BriefingEntry(title="Feest 🎉 in de raad", summary=("Goed nieuws 👍 vandaag.",))
    out = tmp_path / "b.pdf"
    export_briefing(Briefing(title="Week 🫨 12", entries=(entry,)), "pdf", out)
    text = plain(" ".join(page.extract_text() for page in PdfReader(str(out)).pages))
    assert "Goed nieuws" in text
    assert "vandaag." in text
    with pikepdf.open(out) as pdf:
        assert font_problems(pdf) == []
    # Left out only where no installed font has the character, and then said so.
    if "🫨" not in text:
        assert "U+1FAE8" in caplog.text


def test_words_are_split_only_when_they_cannot_fit_a_line(exports):
    # Split words slow dyslexic readers: ordinary text wraps between words; only a compound
    # longer than the line (in the title) is hyphenated. poppler shows the hyphen as "".
    elements = struct_text(exports["light", "print", "DejaVu Sans"])
    split = [e.role for e in elements if e.role in ("H1", "H2", "P") and "" in e.texts]
    assert split == ["H1"]


def test_a_long_token_wraps_instead_of_running_off_the_page(tmp_path):
    from reader.core.briefing.model import BriefingEntry

    token = "ABCDEFGHIJKLMNOPQRSTUVWXYZ" * 3
    url = "https://example.org/" + "a" * 60
    entry = BriefingEntry(title="x", summary=(f"Code {token} einde.",), link=url)
    out = tmp_path / "b.pdf"
    export_briefing(Briefing(title="T", entries=(entry,)), "pdf", out)
    import re
    import subprocess

    boxes = subprocess.run(["pdftotext", "-bbox", str(out), "-"], capture_output=True,
                           text=True, check=True).stdout
    right_edges = [float(x) for x in re.findall(r'xMax="([\d.]+)"', boxes)]
    assert right_edges
    assert max(right_edges) <= 595.3 - 56  # every word ends inside the 20 mm margin
    page = PdfReader(str(out)).pages[0]
    words = plain(page.extract_text()).replace("\u200b", "")
    assert token in words.replace(" ", "")
    with pikepdf.open(out) as pdf:
        assert [str(a.A.URI) for _, a in link_annotations(pdf)] == [url]


@pytest.mark.parametrize("sentences", [9, 10, 22, 23, 24])
def test_a_read_more_link_never_starts_a_page_on_its_own(tmp_path, sentences):
    # These lengths put the first item's end at a page foot (found by trying lengths).
    import subprocess

    briefing = noted_briefing()
    first = replace(briefing.entries[0],
                    summary=("Een zin over de jeugdzorg in de regio. " * sentences,))
    briefing = replace(briefing, entries=(first, *briefing.entries[1:]))
    out = tmp_path / "b.pdf"
    export_briefing(briefing, "pdf", out)
    pages = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                           check=True).stdout.split("\f")
    tops = [next((line for line in page.splitlines() if line.strip()), "") for page in pages[1:]]
    assert not [top for top in tops if top.startswith("Lees meer")], tops
