# ruff: noqa: E501 - literal newsletter fixtures read better unwrapped
"""The HTML parser finds the stories of e-mail newsletters and news pages, nothing else."""

from __future__ import annotations

import pytest

from reader.core.sources.html.parser import parse_html
from reader.core.sources.parse import parse_bytes
from tests.core.newsletter_fixtures import HEADING_STORIES, MAILCHIMP_LIKE, WEB_LISTING


@pytest.fixture(scope="module")
def issue():
    return parse_html(MAILCHIMP_LIKE.encode(), source="nieuws.html")


def test_stories_are_items_and_the_rest_is_not(issue):
    assert [it.title for it in issue.items] == [
        "Nieuwe rotonde bij het station",
        "Fietspad langs de dijk wordt breder",
        "Dijkversterking begint in september",
    ]


def test_issue_title_comes_from_the_document(issue):
    assert issue.title == "Gemeentenieuws #12"


def test_section_heading_and_own_tags_become_category(issue):
    cats = [it.category for it in issue.items]
    assert cats == ["Verkeer", "Verkeer", "Water; Veiligheid"]


def test_link_is_the_href_as_written_and_relative_links_resolve():
    issue = parse_html(MAILCHIMP_LIKE.encode(), source="n.html", base_url="https://example.org/")
    assert issue.items[0].link == "https://example.org/track?id=1&utm_source=mail"
    assert issue.items[1].link == "https://example.org/nieuws/fietspad"


def test_summary_is_clean_text_without_scripts_or_sources(issue):
    first = issue.items[0]
    assert first.summary == ("De gemeente legt deze zomer een rotonde aan bij het station om de "
                             "doorstroming te verbeteren.",)
    everything = " ".join(it.summary_text for it in issue.items)
    assert "evil" not in everything
    assert "Outlook" not in everything


def test_hidden_preheader_and_images_keep_out_of_items(issue):
    text = " ".join(it.title + it.summary_text for it in issue.items)
    assert "Deze week" not in text
    assert "\u200c" not in text
    assert "Foto van de dijk" in issue.items[2].summary_text  # images only as alt text


def test_language_comes_from_lang_attribute(issue):
    assert issue.language == "nl"
    assert {it.language for it in issue.items} == {"nl"}


def test_headings_with_paragraphs_are_items_when_titles_are_not_links():
    issue = parse_html(HEADING_STORIES.encode())
    assert [it.title for it in issue.items] == [
        "Het college kiest voor zonnepanelen",
        "Bibliotheek langer open",
    ]
    assert issue.items[0].link is None
    assert issue.items[1].link == "https://example.org/bieb"  # the "Lees meer" link


def test_web_listing_page_items_tags_dates_and_base_url():
    issue = parse_bytes(WEB_LISTING.encode(), name="nieuws")
    assert [it.title for it in issue.items] == ["Nieuwe norm voor bruggen", "Commissie zoekt leden"]
    assert issue.items[0].link == "https://www.example.nl/nieuws/een/"
    assert issue.items[0].category == "Bouw; Infra"
    assert issue.items[1].category == "Elektrotechniek"
    assert issue.items[0].date == "2025-09-11"
    assert issue.items[0].date_text == "11 sep 2025"


def test_page_without_a_list_of_stories_is_one_item():
    html = ("<html><head><title>Een bericht</title></head><body><p>Dit is een lange alinea over "
            "het nieuwe beleid van de gemeente voor iedereen.</p></body></html>")
    issue = parse_html(html.encode())
    assert [it.title for it in issue.items] == ["Een bericht"]
    assert issue.items[0].summary_text.startswith("Dit is een lange alinea")


def test_charset_from_meta_is_respected():
    html = ('<html><head><meta charset="iso-8859-1"><title>Caf\xe9</title></head><body>'
            '<p>Une longue phrase en fran\xe7ais pour le caf\xe9 du coin de la rue.</p></body></html>')
    issue = parse_html(html.encode("latin-1"))
    assert issue.title == "Café"
    assert "français" in issue.items[0].summary_text


NUMBERED = """<html><head><title>Ochtendbrief</title></head><body>
<h1>Ochtendbrief</h1><h4>Elke dag het belangrijkste nieuws</h4>
<p>Goedemorgen! Vandaag drie korte berichten en een langer verhaal voor de koffie.</p>
<h2>Drie dingen om te weten</h2>
<p><b>1. De gemeenteraad vergadert vanavond</b></p>
<p>Op de agenda staan de begroting en een motie over de bibliotheek in het centrum.</p>
<p><b>2. Het nieuwe zwembad is open</b></p>
<p>Vanaf vandaag kunnen inwoners weer baantjes trekken in het vernieuwde bad.</p>
<h2>Het grote verhaal</h2>
<h3>Hoe een dorp zijn eigen energie maakt</h3>
<p>Door Anna Jansen</p>
<p>In het dorp wekken bewoners samen stroom op met zonnepanelen op schuren en daken.</p>
</body></html>"""


def test_numbered_bold_leads_and_section_headings():
    issue = parse_html(NUMBERED.encode())
    assert [(it.title, it.category) for it in issue.items] == [
        ("De gemeenteraad vergadert vanavond", "Drie dingen om te weten"),
        ("Het nieuwe zwembad is open", "Drie dingen om te weten"),
        ("Hoe een dorp zijn eigen energie maakt", "Het grote verhaal"),
    ]


def _card(n: int, label: str, title: str) -> str:
    target = f"aHR0cHM6Ly9leGFtcGxlLm9yZy9zdG9yeS0{n}LWxvbmctZW5vdWdoLXN1ZmZpeA"
    return (f'<tr><td><a href="https://t.example/l/{n}a/{target}">{label}</a></td></tr>'
            f'<tr><td><a href="https://t.example/l/{n}b/{target}"><b>{title}</b></a></td></tr>')


def test_cards_with_a_label_above_an_emphasised_title():
    html = ("<html><body><table>"
            + _card(1, "Zorg", "Wachtlijsten in de jeugdzorg worden korter")
            + _card(2, "Wonen", "Meer woningen voor starters in de regio")
            + _card(3, "Zorg", "Huisartsen werken vaker samen in gezondheidscentra")
            + "</table></body></html>")
    issue = parse_html(html.encode())
    assert [(it.title, it.category) for it in issue.items] == [
        ("Wachtlijsten in de jeugdzorg worden korter", "Zorg"),
        ("Meer woningen voor starters in de regio", "Wonen"),
        ("Huisartsen werken vaker samen in gezondheidscentra", "Zorg"),
    ]


def _gemeentenieuws(body: str) -> str:
    return ('<!doctype html><html lang="nl"><head><meta charset="utf-8">'
            "<title>Gemeentenieuws 12 juni 2026</title></head><body>"
            f"<h1>Gemeentenieuws 12 juni 2026</h1>{body}</body></html>")


WONEN_WONINGEN = """<h3><a href="/artikel/woningen.html">Meer woningen voor starters</a></h3>
<p>De gemeenteraad stemt in met een plan voor vijfhonderd starterswoningen in het centrum.</p>"""
WONEN_HUUR = """<h3><a href="/artikel/huur.html">Huurtoeslag aanvragen wordt eenvoudiger</a></h3>
<p>Vanaf volgend jaar is het aanvragen van huurtoeslag eenvoudiger voor alle inwoners.</p>"""
ZORG_WMO = """<h3><a href="/artikel/wmo.html">Wmo-loket ook op donderdagavond open</a></h3>
<p>Het Wmo-loket is voortaan ook op donderdagavond open voor vragen over ondersteuning.</p>"""
SECTIONED = (f"<h2>Wonen</h2>{WONEN_WONINGEN}{WONEN_HUUR}<h2>Zorg</h2>{ZORG_WMO}")
EXPECTED_SECTIONED = [
    ("Meer woningen voor starters", "Wonen", "/artikel/woningen.html"),
    ("Huurtoeslag aanvragen wordt eenvoudiger", "Wonen", "/artikel/huur.html"),
    ("Wmo-loket ook op donderdagavond open", "Zorg", "/artikel/wmo.html"),
]


def _rows(html: str) -> list[tuple[str, str | None, str | None]]:
    return [(it.title, it.category, it.link) for it in parse_html(html.encode()).items]


def test_first_story_and_its_section_are_kept():
    # "Meer woningen ..." opens like a "meer" (read more) link; it is a headline all the same.
    assert _rows(_gemeentenieuws(SECTIONED)) == EXPECTED_SECTIONED


def test_first_section_with_a_single_story():
    html = _gemeentenieuws(f"<h2>Wonen</h2>{WONEN_WONINGEN}<h2>Zorg</h2>{ZORG_WMO}{WONEN_HUUR}")
    assert _rows(html) == [
        ("Meer woningen voor starters", "Wonen", "/artikel/woningen.html"),
        ("Wmo-loket ook op donderdagavond open", "Zorg", "/artikel/wmo.html"),
        ("Huurtoeslag aanvragen wordt eenvoudiger", "Zorg", "/artikel/huur.html"),
    ]


def test_intro_paragraph_before_the_first_section_is_not_an_item():
    intro = ("<p>Welkom bij de nieuwsbrief van de gemeente. Deze maand leest u over wonen en "
             "zorg in onze stad.</p>")
    issue = parse_html(_gemeentenieuws(intro + SECTIONED).encode())
    assert [(it.title, it.category, it.link) for it in issue.items] == EXPECTED_SECTIONED
    assert all("Welkom" not in it.summary_text for it in issue.items)


H2_STORIES = """
<h2><a href="/artikel/schuldhulp.html">Schuldhulp dichter bij huis</a></h2>
<p>Inwoners met geldzorgen kunnen voortaan in elk wijkcentrum terecht voor schuldhulp.</p>
<h2><a href="/artikel/afval.html">Bekijk de nieuwe afvalkalender</a></h2>
<p>De ophaaldagen voor groente-, fruit- en tuinafval veranderen vanaf de eerste week van juli.</p>
<h2><a href="/artikel/park.html">Nieuw park aan de rivier geopend</a></h2>
<p>Het nieuwe park aan de rivier is zaterdag geopend door de burgemeester en de wethouder.</p>"""


def test_h2_stories_without_sections_all_count():
    # "Bekijk ..." opens like a read-more link, but it is laid out like its sibling stories.
    assert _rows(_gemeentenieuws(H2_STORIES)) == [
        ("Schuldhulp dichter bij huis", None, "/artikel/schuldhulp.html"),
        ("Bekijk de nieuwe afvalkalender", None, "/artikel/afval.html"),
        ("Nieuw park aan de rivier geopend", None, "/artikel/park.html"),
    ]


def test_unlinked_h2_stories_right_under_the_title_all_count():
    body = """<h2>Schuldhulp</h2>
<p>Inwoners met geldzorgen kunnen voortaan in elk wijkcentrum terecht voor schuldhulp.</p>
<h2>Afvalkalender</h2>
<p>De ophaaldagen voor groente-, fruit- en tuinafval veranderen vanaf de eerste week van juli.</p>"""
    intro = ("<p>Welkom bij de nieuwsbrief van de gemeente. Deze maand leest u over geld en "
             "afval.</p>")
    tagline = "<h2>Uw gemeente, dichtbij en open voor iedereen</h2>"
    for before in ("", intro, tagline):
        issue = parse_html(_gemeentenieuws(before + body).encode())
        assert [it.title for it in issue.items] == ["Schuldhulp", "Afvalkalender"], before


def test_read_more_links_are_told_from_headlines_that_open_with_more():
    from reader.core.sources.cues import is_read_more

    for text in ("Lees meer", "Meer lezen", "Meer informatie", "Read more »", "More", "Mehr"):
        assert is_read_more(text), text
    for text in ("Meer woningen voor starters", "More layoffs at big tech", "Mehr Geld für Schulen"):
        assert not is_read_more(text), text
