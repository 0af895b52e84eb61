"""Large-print PDF, read back with pypdf: text in reading order, every font 18 pt or more."""

from __future__ import annotations

import itertools
from dataclasses import replace

import pytest
from pypdf import PdfReader
from pypdf.generic import ContentStream

from reader.core.export import ExportStyle, export_briefing
from reader.core.export.pdf import font_files
from tests.core.briefing_sample import ENTRY_TITLES, sample_briefing


def font_sizes(reader: PdfReader) -> list[float]:
    """Return the size of every Tf operator on every page, scaled by the text matrix."""
    sizes = []
    for page in reader.pages:
        content = ContentStream(page.get_contents(), reader)
        scale = 1.0
        for operands, operator in content.operations:
            if operator == b"Tm":
                scale = float(operands[3])  # vertical scale of the text matrix
            elif operator == b"BT":
                scale = 1.0
            elif operator == b"Tf":
                sizes.append(float(operands[1]) * scale)
    return sizes


def plain(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture(scope="module")
def long_briefing():
    # Long enough to run over several pages, so page breaks are part of what is checked.
    briefing = sample_briefing()
    long_entry = replace(briefing.entries[1], summary=briefing.entries[1].summary * 12)
    return replace(briefing, entries=(briefing.entries[0], long_entry, briefing.entries[2]))


@pytest.fixture(scope="module")
def reader(tmp_path_factory, long_briefing):
    out = tmp_path_factory.mktemp("pdf") / "briefing.pdf"
    export_briefing(long_briefing, "pdf", out, style=ExportStyle(font_size_pt=12))
    return PdfReader(str(out))


def test_text_comes_out_in_reading_order(reader, long_briefing):
    text = plain(" ".join(page.extract_text() for page in reader.pages))
    expected = [
        "Briefing wethouder week 12",
        "Voor: Wethouder Één de Vries",
        "Drie onderwerpen voor het overleg van maandag.",
        *[f"{n}. {title}" for n, title in enumerate(ENTRY_TITLES, start=1)],
    ]
    positions = [text.find(piece) for piece in expected]
    assert -1 not in positions, list(zip(expected, positions, strict=True))
    assert positions == sorted(positions)
    # Notes sit under their own item.
    note = text.find("Notitie: Vraag naar de verdeling over de regio.")
    assert positions[3] < note < positions[4]
    assert "‘sneller’" in text  # Dutch quotes and accents survive (embedded font)


def test_every_font_is_at_least_18_pt_even_when_the_reader_asks_less(reader):
    sizes = font_sizes(reader)
    assert sizes
    assert min(sizes) >= 18
    assert max(sizes) > 18  # headings stand out by size


def test_reader_size_above_18_is_kept(tmp_path):
    out = tmp_path / "b.pdf"
    export_briefing(sample_briefing(), "pdf", out, style=ExportStyle(font_size_pt=24))
    assert min(font_sizes(PdfReader(str(out)))) == 24


def test_several_pages_with_language_title_and_heading_outline(reader):
    assert len(reader.pages) >= 2
    assert reader.trailer["/Root"]["/Lang"] == "nl-NL"
    assert reader.metadata.title == "Briefing wethouder week 12"
    top = reader.outline
    assert top[0]["/Title"] == "Briefing wethouder week 12"
    assert [entry["/Title"] for entry in top[1]] == [
        f"{n}. {title}" for n, title in enumerate(ENTRY_TITLES, start=1)
    ]


def test_links_are_link_annotations(reader):
    uris = []
    for page in reader.pages:
        for annotation in page.get("/Annots") or []:
            action = annotation.get_object().get("/A")
            if action is not None:
                uris.append(action["/URI"])
    assert uris == [
        "https://example.org/jeugdzorg",
        "https://example.org/wonen",
        "https://example.org/climate",
    ]


def test_the_font_is_embedded(reader):
    fonts = set()
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            descriptor = font.get_object()["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            assert "/FontFile2" in descriptor
            fonts.add(str(font.get_object()["/BaseFont"]))
    assert fonts


def line_gaps(reader: PdfReader) -> list[float]:
    """Return the distances between the baselines of consecutive lines on the first page."""
    content = ContentStream(reader.pages[0].get_contents(), reader)
    ys = [float(ops[1]) for ops, op in content.operations if op == b"Td"]
    return [round(a - b, 2) for a, b in itertools.pairwise(ys) if a > b]


def test_line_spacing_follows_the_reader(tmp_path):
    for spacing in (1.2, 2.0):
        out = tmp_path / f"b{spacing}.pdf"
        export_briefing(sample_briefing(), "pdf", out, style=ExportStyle(line_height=spacing))
        # Lines within a paragraph are exactly size x spacing apart; between blocks, more.
        assert min(line_gaps(PdfReader(str(out)))) == pytest.approx(18 * spacing, abs=0.1)


def test_font_family_is_looked_up_and_falls_back(tmp_path):
    fonts = font_files(ExportStyle(font_family="DejaVu Sans"))
    assert (fonts.regular.name, fonts.bold.name) == ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf")
    assert font_files(ExportStyle(font_family="No Such Font Family")).regular.suffix == ".ttf"


@pytest.mark.parametrize(
    ("family", "base_font"),
    [("Atkinson Hyperlegible", "AtkinsonHyperlegible"), ("Lexend", "Lexend")],
)
def test_bundled_reading_fonts_are_embedded(tmp_path, family, base_font):
    out = tmp_path / "b.pdf"
    export_briefing(sample_briefing(), "pdf", out, style=ExportStyle(font_family=family))
    reader = PdfReader(str(out))
    fonts = {
        str(f.get_object()["/BaseFont"]) for f in reader.pages[0]["/Resources"]["/Font"].values()
    }
    assert fonts
    assert all(base_font in name for name in fonts), fonts
    assert "‘sneller’" in reader.pages[0].extract_text()


def structure(reader: PdfReader) -> list[tuple[str, int, int]]:
    """Return (role, page index, MCID) of each structure element, in structure order."""
    root = reader.trailer["/Root"]["/StructTreeRoot"]
    kids = root["/K"]
    document = (kids[0] if isinstance(kids, list) else kids).get_object()
    assert document["/S"] == "/Document"
    found = []
    for kid in document["/K"]:
        element = kid.get_object()
        found.append(
            (str(element["/S"]), reader.get_page_number(element["/Pg"]), int(element["/K"][0]))
        )
    return found


def test_tagged_headings_paragraphs_and_links_in_reading_order(reader):
    assert reader.trailer["/Root"]["/MarkInfo"]["/Marked"]
    elements = structure(reader)
    roles = [role for role, _, _ in elements]
    assert roles[0] == "/H1"
    assert roles.count("/H1") == 1
    assert roles.count("/H2") == len(ENTRY_TITLES)
    assert roles.count("/Link") == len(ENTRY_TITLES)
    assert set(roles) == {"/H1", "/H2", "/P", "/Link"}
    # Structure order is the order on the pages: page by page, marked content by marked content.
    places = [(page, mcid) for _, page, mcid in elements]
    assert places == sorted(places)


def test_no_text_is_left_untagged(reader):
    for page in reader.pages:
        depth = 0
        tagged_mcids = []
        for operands, operator in ContentStream(page.get_contents(), reader).operations:
            if operator in (b"BDC", b"BMC"):
                depth += 1
                if operator == b"BDC":
                    tagged_mcids.append(int(operands[1]["/MCID"]))
            elif operator == b"EMC":
                depth -= 1
            elif operator in (b"Tj", b"TJ"):
                assert depth > 0, "text drawn outside any marked content"
        assert tagged_mcids == list(range(len(tagged_mcids)))
