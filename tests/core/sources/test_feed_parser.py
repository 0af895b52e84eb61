# ruff: noqa: E501 - literal newsletter fixtures read better unwrapped
"""Feeds of every flavour become items, malformed ones included."""

from __future__ import annotations

import time

import pytest

from reader.core.errors import ReaderError
from reader.core.sources.parse import parse_bytes

RSS2 = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>Raadsnieuws</title><link>https://example.nl/</link>
<language>nl-NL</language>
<item><title>Raad stemt in met begroting</title><link>https://example.nl/a?utm_source=rss</link>
<category>Financiën</category><category>Raad</category>
<description>&lt;p&gt;De raad heeft de &lt;b&gt;begroting&lt;/b&gt; aangenomen.&lt;/p&gt;</description>
<pubDate>Tue, 04 Jun 2024 10:00:00 +0200</pubDate></item>
<item><title>Nieuwe griffier benoemd</title><link>/b</link>
<description>Een nieuwe griffier begint in juli.</description></item>
</channel></rss>"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Team blog</title>
<entry><title type="html">Release &lt;b&gt;2.0&lt;/b&gt; is out</title>
<link href="https://example.com/r2"/><updated>2024-06-01T10:00:00Z</updated>
<summary>Version two brings speed.</summary></entry></feed>"""

RSS1 = """<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
<channel rdf:about="https://example.org/"><title>Listings</title></channel>
<item rdf:about="https://example.org/1"><title>Flat &amp;#x0024;1200 (center)</title>
<link>https://example.org/1</link></item>
</rdf:RDF>"""

JSON_FEED = """{"version": "https://jsonfeed.org/version/1.1", "title": "Notes",
"home_page_url": "https://notes.example/", "items": [
{"id": "1", "title": "First note", "url": "/1", "content_html": "<p>Hello <b>world</b></p>",
 "tags": ["a", "b"], "date_published": "2024-01-02T03:04:05Z"},
{"id": "2", "content_text": "An untitled note with enough words in it."}]}"""


def test_rss2_items_categories_links_and_dates():
    issue = parse_bytes(RSS2.encode(), name="feed.xml")
    assert issue.title == "Raadsnieuws"
    assert [it.title for it in issue.items] == ["Raad stemt in met begroting", "Nieuwe griffier benoemd"]
    first = issue.items[0]
    assert first.category == "Financiën; Raad"
    assert first.link == "https://example.nl/a?utm_source=rss"  # kept as in the feed
    assert first.summary == ("De raad heeft de begroting aangenomen.",)
    assert first.date == "2024-06-04T10:00:00+02:00"  # ISO 8601 ...
    assert first.date_text == "Tue, 04 Jun 2024 10:00:00 +0200"  # ... and as the feed says it
    assert first.language == "nl"
    assert issue.items[1].link == "https://example.nl/b"


def test_atom_html_title_becomes_plain_text():
    issue = parse_bytes(ATOM.encode())
    assert issue.items[0].title == "Release 2.0 is out"
    assert issue.items[0].link == "https://example.com/r2"


def test_rss1_double_escaped_entities_are_decoded():
    issue = parse_bytes(RSS1.encode())
    assert issue.items[0].title == "Flat $1200 (center)"


def test_json_feed():
    issue = parse_bytes(JSON_FEED.encode(), name="feed.json")
    assert next(it.title for it in issue.items) == "First note"
    assert issue.items[0].link == "https://notes.example/1"
    assert issue.items[0].category == "a; b"
    assert issue.items[0].summary == ("Hello world",)
    assert issue.items[1].title.startswith("An untitled note")


def test_latin1_without_declaration_still_yields_items():
    data = RSS2.replace('<?xml version="1.0" encoding="utf-8"?>', "").encode("latin-1")
    issue = parse_bytes(data)
    assert next(it.title for it in issue.items) == "Raad stemt in met begroting"
    assert issue.items[0].category == "Financiën; Raad"


def test_blank_line_before_xml_declaration():
    issue = parse_bytes(b"\n\n" + RSS2.encode())
    assert len(issue.items) == 2


def test_entity_expansion_bomb_is_harmless():
    bomb = ['<?xml version="1.0"?>', "<!DOCTYPE rss [", '<!ENTITY a "aaaaaaaaaa">']
    for n in range(1, 12):
        prev = chr(ord("a") + n - 1)
        bomb.append(f'<!ENTITY {chr(ord("a") + n)} "{("&" + prev + ";") * 10}">')
    bomb.append(']><rss version="2.0"><channel><title>&l;</title>'
                "<item><title>Still here</title><link>https://x.example/</link></item>"
                "</channel></rss>")
    start = time.monotonic()
    try:
        issue = parse_bytes("\n".join(bomb).encode())
    except ReaderError:
        issue = None
    assert time.monotonic() - start < 5
    if issue is not None:
        assert len(issue.title) < 1000
        assert [it.title for it in issue.items] == ["Still here"]


def test_truncated_feed_keeps_complete_items():
    cut = RSS2[: RSS2.index("<item><title>Nieuwe")]
    issue = parse_bytes(cut.encode())
    assert issue.items[0].title == "Raad stemt in met begroting"


def test_not_a_feed_json_is_a_clear_error():
    with pytest.raises(ReaderError):
        parse_bytes(b'{"items": 3}')
