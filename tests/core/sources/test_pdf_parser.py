# ruff: noqa: E501 - literal newsletter fixtures read better unwrapped
"""PDF newsletters: headings by size and weight, columns, hyphenation, locked and broken files."""

from __future__ import annotations

import io

import pytest

from reader.core.errors import ErrorKind, ReaderError
from reader.core.sources.parse import parse_bytes


def make_pdf(pages: list[list[tuple[str, float, float, float, str]]]) -> bytes:
    """Write a minimal PDF by hand: each line is (font F1/F2, size, x, y, text)."""
    objects: list[bytes] = []
    page_ids = []
    font_ids = (3, 4)
    objects.append(b"<< /Type /Catalog /Pages 2 0 R >>")
    objects.append(b"")  # pages tree, filled in below
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>")
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>")
    for lines in pages:
        stream = b"".join(
            b"BT /%s %.1f Tf %.1f %.1f Td (%s) Tj ET\n"
            % (font.encode(), size, x, y, text.replace("(", r"\(").replace(")", r"\)").encode("cp1252"))
            for font, size, x, y, text in lines
        )
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        content_id = len(objects)
        objects.append(
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R "
            b"/Resources << /Font << /F1 %d 0 R /F2 %d 0 R >> >> >>"
            % (content_id, font_ids[0], font_ids[1])
        )
        page_ids.append(len(objects))
    kids = b" ".join(b"%d 0 R" % i for i in page_ids)
    objects[1] = b"<< /Type /Pages /Kids [%s] /Count %d >>" % (kids, len(page_ids))
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n%s\nendobj\n" % (number, body))
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for off in offsets:
        out.write(b"%010d 00000 n \n" % off)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n"
              % (len(objects) + 1, xref))
    return out.getvalue()


BODY = "F1"
TWO_COLUMNS = [[
    ("F2", 24, 60, 780, "Dorpsblad"),
    ("F2", 16, 60, 740, "Nieuwe speeltuin geopend"),
    ("F1", 10, 60, 720, "De nieuwe speeltuin in het park is door de burge-"),
    ("F1", 10, 60, 708, "meester geopend in het bijzijn van veel kinderen."),
    ("F1", 10, 60, 696, "Er staan schommels, een glijbaan en een klimrek."),
    ("F2", 16, 320, 740, "Markt verhuist naar het plein"),
    ("F1", 10, 320, 720, "Vanaf juli staat de weekmarkt op het plein voor"),
    ("F1", 10, 320, 708, "het gemeentehuis. De kramen krijgen meer ruimte."),
    ("F2", 16, 60, 640, "Een kop over de hele breedte van de pagina heen, boven beide kolommen"),
    ("F1", 10, 60, 620, "Deze alinea loopt ook over de volle breedte van de pagina en komt na beide kolommen."),
]]


def test_headings_become_items_in_column_order():
    issue = parse_bytes(make_pdf(TWO_COLUMNS), name="dorpsblad.pdf")
    assert [it.title for it in issue.items] == [
        "Nieuwe speeltuin geopend",
        "Markt verhuist naar het plein",
        "Een kop over de hele breedte van de pagina heen, boven beide kolommen",
    ]
    assert issue.title == "Dorpsblad"
    assert issue.items[1].summary_text.endswith("De kramen krijgen meer ruimte.")


def test_hyphenation_across_lines_is_mended():
    issue = parse_bytes(make_pdf(TWO_COLUMNS))
    text = issue.items[0].summary_text
    assert "burgemeester geopend" in text
    assert text.startswith("De nieuwe speeltuin in het park")
    assert text.endswith("een klimrek.")


def test_bold_heading_in_body_size_and_letter_spacing():
    pages = [[
        ("F1", 10, 60, 780, "N I E U W S B R I E F"),
        ("F2", 10, 60, 750, "Vrijwilligers gezocht"),
        ("F1", 10, 60, 735, "Voor de jaarlijkse schoonmaakactie zoeken we nog veel vrijwilligers."),
        ("F2", 10, 60, 700, "Concert in de kerk"),
        ("F1", 10, 60, 685, "Het koor geeft op zondag een concert met werk van oude meesters."),
    ]]
    issue = parse_bytes(make_pdf(pages))
    assert [it.title for it in issue.items] == ["Vrijwilligers gezocht", "Concert in de kerk"]


def test_bullets_start_items():
    pages = [[
        ("F2", 18, 60, 780, "Agenda"),
        ("F1", 10, 60, 750, "\u2022 Repair cafe: bring your broken lamp or radio on Saturday morning."),
        ("F1", 10, 60, 735, "\u2022 Book sale: the library sells old books for one euro each."),
    ]]
    issue = parse_bytes(make_pdf(pages))
    titles = [it.title for it in issue.items]
    assert titles == ["Repair cafe", "Book sale"]


def test_encrypted_pdf_is_a_clear_error():
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(make_pdf(TWO_COLUMNS))).pages:
        writer.add_page(page)
    writer.encrypt(user_password="geheim", owner_password="eigenaar", algorithm="RC4-128")
    out = io.BytesIO()
    writer.write(out)
    with pytest.raises(ReaderError) as info:
        parse_bytes(out.getvalue(), name="locked.pdf")
    assert info.value.kind == ErrorKind.ENCRYPTED


@pytest.mark.parametrize("data", [
    b"%PDF-1.4\n",
    b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF",
    make_pdf(TWO_COLUMNS)[:300],
])
def test_broken_pdf_is_a_clear_error(data):
    with pytest.raises(ReaderError) as info:
        parse_bytes(data, name="broken.pdf")
    assert info.value.kind in (ErrorKind.DAMAGED, ErrorKind.EMPTY)


def test_section_heading_and_byline_under_a_title():
    pages = [[
        ("F2", 28, 60, 810, "Dorpskrant"),
        ("F2", 20, 60, 780, "Activiteiten"),
        ("F2", 13, 60, 755, "Lezing over water"),
        ("F2", 13, 60, 740, "Jan de Vries"),
        ("F1", 10, 60, 725, "Op dinsdag vertelt een deskundige over het beheer van onze sloten."),
        ("F2", 13, 60, 690, "Fietstocht langs de molens"),
        ("F1", 10, 60, 675, "Op zaterdag fietsen we samen een route van veertig kilometer lang."),
    ]]
    issue = parse_bytes(make_pdf(pages))
    assert [it.title for it in issue.items] == ["Lezing over water", "Fietstocht langs de molens"]
    assert [it.category for it in issue.items] == ["Activiteiten", "Activiteiten"]
    assert issue.items[0].summary_text.startswith("Jan de Vries")
