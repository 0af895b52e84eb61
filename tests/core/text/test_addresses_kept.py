"""Addresses are kept as given, and only http(s) and plain mailto links are ever links."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.library.store import Library
from reader.core.net.http.options import FetchOptions
from reader.core.net.refresh import RefreshOptions
from reader.core.net.subscribe import add_source
from reader.core.sources.parse import parse_bytes
from reader.core.text.links import is_openable
from tests.core.local_http import LocalServer

OPTS = RefreshOptions(fetch=FetchOptions(connect_timeout=1.0, read_timeout=2.0, retries=0))
FEED = """<?xml version="1.0"?><rss version="2.0"><channel><title>Via de proxy</title>
<item><title>Bericht</title><link>https://example.org/a</link>
<description>Tekst van het bericht.</description></item></channel></rss>"""
PAGE = """<!doctype html><html><head><title>Andere site</title></head><body><h1>Andere</h1>
<h2>Iets anders</h2><p>Dit is niet de bron die de gebruiker gaf.</p></body></html>"""


@pytest.fixture
def server() -> Iterator[LocalServer]:
    srv = LocalServer().start()
    srv.text("/bridge", FEED, content_type="application/rss+xml")
    srv.text("/other", PAGE, content_type="text/html; charset=utf-8")
    yield srv
    srv.stop()


def test_a_feed_proxy_address_is_subscribed_as_given(server: LocalServer, tmp_path: Path) -> None:
    lib = Library(tmp_path / "lib.sqlite3")
    try:
        address = server.url("/bridge?action=display&url=") + server.url("/other")
        added = add_source(lib, address, options=OPTS)
        assert added.source.address == address
        assert added.source.kind == "feed"
        assert server.hits["/other"] == 0
        again = add_source(lib, address + "&utm_source=mail", options=OPTS)
        assert again.source.id == added.source.id  # a tracker variant is the same source
    finally:
        lib.close()


BASE_FILE = b"""<!doctype html><html><head><base href="file:///etc/"><title>Brief</title></head>
<body><h1>Brief</h1><h2><a href="passwd">Wachtwoorden</a></h2><p>Een onschuldige titel met
een link die naar een bestand op deze computer zou wijzen.</p>
<h2><a href="../usr/share/applications/xterm.desktop">Terminal</a></h2><p>Nog een link die
naar een programma op deze computer zou wijzen als de base werd gevolgd.</p></body></html>"""


def test_a_file_base_never_makes_file_links() -> None:
    issue = parse_bytes(BASE_FILE, name="brief.html")
    links = [it.link for it in issue.items if it.link]
    assert not any(link.startswith("file:") for link in links)


def test_a_fetched_pages_http_base_is_honoured() -> None:
    page = BASE_FILE.replace(b"file:///etc/", b"https://nieuws.example/archief/2026/")
    issue = parse_bytes(page, name="brief.html", base_url="https://cdn.example/mail/123")
    links = {it.title: it.link for it in issue.items}
    assert links["Wachtwoorden"] == "https://nieuws.example/archief/2026/passwd"


@pytest.mark.parametrize(("url", "ok"), [
    ("https://vng.nl/nieuws", True),
    ("http://vng.nl/nieuws", True),
    ("mailto:griffie@gemeente.example?subject=Vraag", True),
    ("mailto:x@example.org?attach=/home/user/.ssh/id_rsa", False),
    ("file:///etc/passwd", False),
    ("file:///usr/share/applications/xterm.desktop", False),
    ("ftp://example.org/x", False),
    ("javascript:alert(1)", False),
])
def test_only_web_and_plain_mail_links_may_be_opened(url: str, ok: bool) -> None:
    assert is_openable(url) is ok


def test_spelling_variants_of_an_address_are_one_source(server: LocalServer,
                                                        tmp_path: Path) -> None:
    lib = Library(tmp_path / "lib.sqlite3")
    try:
        address = server.url("/bridge")
        first = add_source(lib, address, options=OPTS)
        for variant in (address.replace("http://", "HTTP://"),
                        address.replace("/bridge", "//bridge"), address + "#nieuws"):
            assert add_source(lib, variant, options=OPTS).source.id == first.source.id
        assert len(lib.sources()) == 1
    finally:
        lib.close()
