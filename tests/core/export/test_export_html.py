"""HTML export, read back with the stdlib HTML parser: lang, one h1, heading order, links."""

from __future__ import annotations

import itertools
from html.parser import HTMLParser

import pytest

from reader.core.briefing.model import Briefing, BriefingEntry
from reader.core.export import ExportStyle, export_briefing
from reader.core.export.html import render_html
from tests.core.briefing_sample import ENTRY_TITLES, sample_briefing

VOID = {"meta", "link", "br", "img", "hr", "input"}


class Outline(HTMLParser):
    """Collects what an accessibility checker looks at."""

    def __init__(self) -> None:
        super().__init__()
        self.html_lang: str | None = None
        self.headings: list[tuple[int, str]] = []
        self.links: list[tuple[str, str]] = []
        self.tags: list[str] = []
        self.attrs: list[tuple[str, dict[str, str | None]]] = []
        self.asides: list[tuple[str | None, str]] = []
        self.paragraphs: list[str] = []
        self.style_text = ""
        self._open: list[str] = []
        self._text: dict[str, list[str]] = {}
        self._href = ""
        self._aside_label: str | None = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        self.tags.append(tag)
        self.attrs.append((tag, attributes))
        if tag == "html":
            self.html_lang = attributes.get("lang")
        if tag == "a":
            self._href = attributes.get("href") or ""
        if tag == "aside":
            self._aside_label = attributes.get("aria-label")
        if tag not in VOID:
            self._open.append(tag)
            self._text[tag] = []

    def handle_endtag(self, tag):
        if tag in VOID or tag not in self._open:
            return
        while self._open and self._open.pop() != tag:
            pass
        text = " ".join("".join(self._text.pop(tag, [])).split())
        if tag in {"h1", "h2", "h3", "h4", "h5", "h6"}:
            self.headings.append((int(tag[1]), text))
        elif tag == "a":
            self.links.append((text, self._href))
        elif tag == "aside":
            self.asides.append((self._aside_label, text))
        elif tag == "p":
            self.paragraphs.append(text)
        elif tag == "style":
            self.style_text = text

    def handle_data(self, data):
        for tag in self._open:
            self._text.setdefault(tag, []).append(data)


@pytest.fixture(scope="module")
def outline(tmp_path_factory):
    out = tmp_path_factory.mktemp("html") / "briefing.html"
    theme = {
        "foreground": "#ffff00",
        "background": "#000000",
        "link": "#00ffff",
        "font_family": "Atkinson Hyperlegible",
        "font_size_pt": 22,
        "line_height": 1.8,
        "palette": "screen",
    }
    export_briefing(sample_briefing(), "html", out, style=ExportStyle.from_theme(theme))
    parser = Outline()
    parser.feed(out.read_text(encoding="utf-8"))
    parser.close()
    return parser


def test_document_language_is_set(outline):
    assert outline.html_lang == "nl-NL"


def test_one_h1_then_an_h2_per_item_in_order_without_skipping(outline):
    assert [level for level, _ in outline.headings].count(1) == 1
    assert outline.headings[0] == (1, "Briefing wethouder week 12")
    assert outline.headings[1:] == [
        (2, f"{n}. {title}") for n, title in enumerate(ENTRY_TITLES, start=1)
    ]
    levels = [level for level, _ in outline.headings]
    assert all(b - a <= 1 for a, b in itertools.pairwise(levels))


def test_every_link_has_text_that_names_its_target(outline):
    assert outline.links == [
        ("Lees meer: Jeugdzorg krijgt meer geld", "https://example.org/jeugdzorg"),
        ("Lees meer: Woningbouw versnelt", "https://example.org/wonen"),
        ("Lees meer: Climate agreement signed", "https://example.org/climate"),
    ]
    assert all(text.strip() for text, _ in outline.links)


def test_no_scripts_and_no_remote_resources(outline):
    assert "script" not in outline.tags
    assert "iframe" not in outline.tags
    for tag, attrs in outline.attrs:
        if tag != "a":
            assert not any(
                (value or "").startswith(("http:", "https:", "//")) for value in attrs.values()
            ), tag
    assert "url(" not in outline.style_text
    assert "@import" not in outline.style_text


def test_notes_are_labelled_asides(outline):
    assert outline.asides == [
        ("Notitie 1", "Notitie: Vraag naar de verdeling over de regio."),
        ("Notitie 3", "Notitie: Alleen ter informatie."),
    ]


def test_semantic_landmarks_and_the_english_item_keeps_its_language(outline):
    for landmark in ("header", "main", "article"):
        assert landmark in outline.tags
    english = [attrs for tag, attrs in outline.attrs if attrs.get("lang") == "en-GB"]
    assert english, "the English item is not marked as English"
    # The English item's title carries the language; its Dutch labels do not.
    assert ("h2", {"id": "item-3", "lang": "en-GB"}) in outline.attrs


def test_theme_is_the_css(outline):
    css = outline.style_text
    assert "color: #ffff00" in css
    assert "background: #000000" in css
    assert '"Atkinson Hyperlegible"' in css
    assert "font-size: 1.833rem" in css  # 22 pt, relative to the browser's default size
    assert "line-height: 1.8" in css


def test_hostile_text_and_theme_cannot_inject_markup():
    entry = BriefingEntry(
        title="<script>alert(1)</script>",
        summary=("a < b & c",),
        link="javascript:alert(1)",
        note="</aside><h1>x</h1>",
    )
    briefing = Briefing(title="T </title>", entries=(entry,))
    style = ExportStyle.from_theme(
        {"foreground": "red;} body{display:none", "font_family": 'X"; } </style><script>'}
    )
    page = render_html(briefing, style)
    parser = Outline()
    parser.feed(page)
    assert "script" not in parser.tags
    assert [level for level, _ in parser.headings].count(1) == 1
    assert parser.links == []  # a javascript: link is dropped, not exported
    assert "display:none" not in parser.style_text
    assert "<script>alert(1)</script>" in parser.headings[1][1]


def test_empty_briefing_still_has_a_title_heading():
    parser = Outline()
    parser.feed(render_html(Briefing(language="en")))
    assert parser.html_lang == "en-GB"
    assert parser.headings == [(1, "Briefing")]
