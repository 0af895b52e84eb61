"""DOCX export, read back with python-docx: heading styles in order, language, notes, links."""

from __future__ import annotations

import zipfile

import docx
import pytest
from docx.oxml.ns import qn

from reader.core.briefing.model import Briefing
from reader.core.errors import ErrorKind, ReaderError
from reader.core.export import ExportStyle, export_briefing
from tests.core.briefing_sample import ENTRY_TITLES, noted_briefing, sample_briefing


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


def _docx_for(tmp_path, theme_key: str, palette: str):
    from reader.core.prefs.themes import BUILT_IN

    theme = BUILT_IN[theme_key]
    style = ExportStyle(foreground=theme.text, background=theme.background, link=theme.link,
                        palette=palette)
    out = tmp_path / f"{theme_key}-{palette}.docx"
    export_briefing(noted_briefing(), "docx", out, style=style)
    return out


def _page_colour(document) -> str:
    background = document.element.find(qn("w:background"))
    return "#" + (background.get(qn("w:color")) if background is not None else "FFFFFF")


THEMES = ["light", "dark", "yellow-on-black", "cream"]


@pytest.mark.parametrize("palette", ["print", "screen"])
@pytest.mark.parametrize("theme", THEMES)
def test_a4_and_every_heading_and_link_colour_readable_on_the_page(tmp_path, theme, palette):
    from reader.core.prefs.contrast import contrast_ratio

    document = docx.Document(str(_docx_for(tmp_path, theme, palette)))
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    page = _page_colour(document)
    for name in ("Normal", "Heading 1", "Heading 2", "Hyperlink", "Notitie"):
        colour = document.styles[name].font.color.rgb
        assert colour is not None, f"{name} has no colour of its own"
        background = page
        if name == "Notitie":
            background = "#" + document.styles[name].element.pPr.find(qn("w:shd")).get(
                qn("w:fill"))
        ratio = contrast_ratio(f"#{colour}", background)
        assert ratio >= 4.5, (name, str(colour), background, round(ratio, 2))
    if palette == "print":
        assert page == "#FFFFFF"


def test_letter_where_the_locale_prints_on_letter(tmp_path, monkeypatch):
    monkeypatch.setenv("LC_PAPER", "en_US.UTF-8")
    out = tmp_path / "us.docx"
    export_briefing(sample_briefing(), "docx", out)
    assert round(docx.Document(str(out)).sections[0].page_width.inches, 2) == 8.5


@pytest.fixture(scope="module")
def libreoffice_pdfs(tmp_path_factory):
    """Every DOCX export (each theme, each palette) converted to PDF by LibreOffice."""
    import shutil
    import subprocess

    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        pytest.fail("`make setup` did not install LibreOffice (libreoffice-writer-nogui)")
    folder = tmp_path_factory.mktemp("lo")
    docs = [_docx_for(folder, theme, palette) for theme in THEMES
            for palette in ("print", "screen")]
    profile = folder / "profile"
    done = subprocess.run(
        [soffice, f"-env:UserInstallation={profile.as_uri()}", "--headless", "--norestore",
         "--convert-to", "pdf", "--outdir", str(folder / "pdf"), *map(str, docs)],
        capture_output=True, text=True, timeout=600, check=False,
        env={**__import__("os").environ, "HOME": str(folder)},
    )
    return docs, folder / "pdf", done


def test_libreoffice_converts_every_docx_export_without_error(libreoffice_pdfs):
    from pypdf import PdfReader

    docs, pdf_folder, done = libreoffice_pdfs
    assert done.returncode == 0, done.stderr
    assert "Error" not in done.stderr, done.stderr
    for doc in docs:
        pdf = pdf_folder / f"{doc.stem}.pdf"
        assert pdf.is_file(), (doc.name, done.stdout, done.stderr)
        text = " ".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
        assert "Notitie: Bespreken met de griffier" in " ".join(text.split())
        assert "Climate agreement signed" in text
