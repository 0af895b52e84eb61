"""'Lees meer' against a local server: main text kept, cached offline, failure says so."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.errors import ErrorKind, ReaderError
from reader.core.library.store import Library
from reader.core.models import Issue, Item
from reader.core.net.article import read_more
from reader.core.net.http.options import FetchOptions
from tests.core.local_http import LocalServer

FAST = FetchOptions(connect_timeout=1.0, read_timeout=0.5, retries=0)
PARAGRAPHS = [
    "Gemeenten krijgen vanaf volgend jaar meer ruimte om zelf keuzes te maken in de jeugdzorg.",
    "Het kabinet en de VNG hebben daarover afspraken gemaakt in de Hervormingsagenda Jeugd, "
    "waarin ook staat hoe de kosten de komende jaren worden beheerst.",
    "Wethouders reageren voorzichtig positief, maar wijzen op de tekorten die al jaren bestaan.",
]
PAGE = f"""<!doctype html><html lang="nl"><head><meta charset="utf-8">
<title>Afspraken over jeugdzorg | VNG</title></head><body>
<nav><a href="/">Home</a> <a href="/nieuws">Nieuws</a> <a href="/contact">Contact</a></nav>
<main><article><h1>Afspraken over jeugdzorg</h1>
{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}
</article></main>
<footer>Cookie-instellingen · Privacyverklaring · © VNG</footer></body></html>"""


@pytest.fixture
def server() -> Iterator[LocalServer]:
    srv = LocalServer().start()
    yield srv
    srv.stop()


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library(tmp_path / "lib.sqlite3")
    yield library
    library.close()


def test_lees_meer_keeps_main_text_and_reads_it_offline_later(
    server: LocalServer, lib: Library
) -> None:
    server.text("/jeugd", PAGE, content_type="text/html; charset=utf-8")
    url = server.url("/jeugd")
    issue = Issue(title="NB").with_items([Item(title="Jeugdzorg", link=url)])
    lib.writer.store_issue(None, "https://vng.nl/nb", issue, b"")
    article = read_more(lib, url + "?utm_source=nieuwsbrief&utm_medium=email", options=FAST)
    assert article.title == "Afspraken over jeugdzorg | VNG"
    assert article.text.split("\n\n")[-3:] == PARAGRAPHS
    assert "Cookie" not in article.text
    assert "Contact" not in article.text
    assert "utm_" not in server.requests[-1][0]
    server.stop()  # offline from here on
    again = read_more(lib, url, options=FAST)
    assert again.text == article.text
    assert server.hits["/jeugd"] == 1
    assert [h.title for h in lib.search("hervormingsagenda")] == ["Jeugdzorg"]


def test_page_without_article_asks_for_the_browser(server: LocalServer, lib: Library) -> None:
    server.text("/login", "<html><body><form><input name=u></form><a href=/x>Inloggen</a>"
                "</body></html>", content_type="text/html")
    with pytest.raises(ReaderError) as info:
        read_more(lib, server.url("/login"), options=FAST)
    assert info.value.kind is ErrorKind.NO_ARTICLE
    assert server.url("/login") in info.value.detail
    assert lib.article(server.url("/login")) is None


def test_unreachable_article_is_a_download_error(server: LocalServer, lib: Library) -> None:
    with pytest.raises(ReaderError) as info:
        read_more(lib, server.url("/weg"), options=FAST)
    assert info.value.kind is ErrorKind.HTTP
