"""DOCX export, read back with python-docx: heading styles in order, language, notes, links."""

from __future__ import annotations

import zipfile

import docx
import pytest
from docx.oxml.ns import qn

from reader.core.briefing import Briefing
from reader.core.errors import ErrorKind, ReaderError
from reader.core.export import ExportStyle, export_briefing
from tests.core.briefing_sample import ENTRY_TITLES, sample_briefing


@pytest.fixture(scope="module")
def exported(tmp_path_factory):
    out = tmp_path_factory.mktemp("docx") / "briefing.docx"
    style = ExportStyle(font_family="Atkinson Hyperlegible", font_size_pt=20)
    assert export_briefing(sample_briefing(), "docx", out, style=style) == out
    return docx.Document(str(out)), out


def test_heading_1_then_heading_2_per_item_in_order(exported):
    document, _ = exported
    headings = [
        (p.style.name, p.text) for p in document.paragraphs if p.style.name.startswith("Heading")
    ]
    assert headings == [
        ("Heading 1", "Briefing wethouder week 12"),
        *[("Heading 2", f"{n}. {title}") for n, title in enumerate(ENTRY_TITLES, start=1)],
    ]


def test_language_in_core_properties_style_defaults_and_runs(exported):
    document, _ = exported
    assert document.core_properties.language == "nl-NL"
    assert document.core_properties.title == "Briefing wethouder week 12"
    default_lang = document.styles.element.find(qn("w:docDefaults")).find(".//" + qn("w:lang"))
    assert default_lang.get(qn("w:val")) == "nl-NL"
    run_langs = {}
    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            lang = run._r.rPr.find(qn("w:lang"))
            assert lang is not None, f"run without language: {run.text!r}"
            run_langs[run.text] = lang.get(qn("w:val"))
    assert run_langs["Briefing wethouder week 12"] == "nl-NL"
    # The English item keeps its own language; the Dutch labels around it stay Dutch.
    assert run_langs["3. Climate agreement signed"] == "en-GB"
    assert run_langs["Twelve regions signed an agreement on heat networks."] == "en-GB"


def test_notes_are_set_apart_in_their_own_style(exported):
    document, _ = exported
    notes = [p for p in document.paragraphs if p.style.name == "Notitie"]
    assert [p.text for p in notes] == [
        "Notitie: Vraag naar de verdeling over de regio.",
        "Notitie: Alleen ter informatie.",
    ]
    assert notes[0].style.base_style.name == "Normal"
    shading = notes[0].style.element.pPr.find(qn("w:shd"))
    assert shading.get(qn("w:fill")) == "FFF4D6"  # the print palette's note background
    # A note follows the summary of its own item, before the next heading.
    texts = [p.text for p in document.paragraphs]
    assert texts.index(notes[0].text) < texts.index("2. Woningbouw versnelt")


def test_links_are_real_hyperlinks_that_name_their_target(exported):
    document, _ = exported
    links = [(h.text, h.address) for p in document.paragraphs for h in p.hyperlinks]
    assert links == [
        ("Lees meer: Jeugdzorg krijgt meer geld", "https://example.org/jeugdzorg"),
        ("Lees meer: Woningbouw versnelt", "https://example.org/wonen"),
        ("Lees meer: Climate agreement signed", "https://example.org/climate"),
    ]


def test_reader_font_and_size_in_normal_style(exported):
    document, _ = exported
    normal = document.styles["Normal"]
    assert normal.font.name == "Atkinson Hyperlegible"
    assert normal.font.size.pt == 20
    assert document.styles["Heading 1"].font.name == "Atkinson Hyperlegible"


def test_introduction_and_details_come_before_the_first_item(exported):
    document, _ = exported
    texts = [p.text for p in document.paragraphs]
    first_item = texts.index("1. Jeugdzorg krijgt meer geld")
    assert texts.index("Voor: Wethouder Één de Vries · Datum: 23 maart 2026") < first_item
    assert texts.index("Drie onderwerpen voor het overleg van maandag.") < first_item


def test_the_file_is_a_well_formed_package(exported):
    _, path = exported
    with zipfile.ZipFile(path) as package:
        assert package.testzip() is None
        assert "word/document.xml" in package.namelist()


def test_unknown_format_and_unwritable_target(tmp_path):
    with pytest.raises(ReaderError) as caught:
        export_briefing(Briefing(title="x"), "odt", tmp_path / "x.odt")
    assert caught.value.kind is ErrorKind.UNSUPPORTED
    with pytest.raises(ReaderError) as caught:
        export_briefing(Briefing(title="x"), "docx", tmp_path / "missing" / "x.docx")
    assert caught.value.kind is ErrorKind.EXPORT
    assert list(tmp_path.iterdir()) == []  # no half-written file left behind
