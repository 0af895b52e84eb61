"""Adding and refreshing sources against a local server; failures never cost a good copy."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.errors import ErrorKind
from reader.core.library.catalogue import CATALOG, switch_on, switched_on
from reader.core.library.store import Library
from reader.core.net.http.options import FetchOptions
from reader.core.net.refresh import RefreshOptions, refresh_all, refresh_source
from reader.core.net.subscribe import add_source
from reader.core.sources.detect import SourceKind
from tests.core.local_http import Handler, LocalServer, repeat_chunks, slow, zeros_gzip

OPTS = RefreshOptions(
    fetch=FetchOptions(connect_timeout=1.0, read_timeout=0.5, retries=1, backoff=0.01,
                       max_bytes=1_000_000),
)
ISSUE = (
    "VNG Nieuwsbrief 12\n\n"
    "Jeugdzorg onder druk\nGemeenten vragen het Rijk om meer geld.\nhttps://vng.nl/jeugd\n\n"
    "Omgevingswet\nDe invoering gaat door.\nhttps://vng.nl/ow?utm_source=nb\n"
)


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


def serve_with_etag(server: LocalServer, path: str, body: str, etag: str) -> None:
    def route(h: Handler) -> None:
        if h.headers.get("If-None-Match") == etag:
            h.send_response(304)
            h.end_headers()
        else:
            h.send_bytes(body.encode(), headers={"ETag": etag})

    server.route(path, route)


def test_add_page_then_refresh_uses_conditional_request(server: LocalServer, lib: Library) -> None:
    serve_with_etag(server, "/nb.txt", ISSUE, '"1"')
    added = add_source(lib, server.url("/nb.txt"), name="VNG test", options=OPTS)
    assert added.source.kind == SourceKind.PAGE
    assert added.first_refresh.new == 1
    (row,) = lib.issues()
    items = lib.items(row.id)
    assert [s.item.title for s in items] == ["Jeugdzorg onder druk", "Omgevingswet"]
    assert items[1].item.link == "https://vng.nl/ow"  # tracker removed
    again = refresh_source(lib, added.source.id, options=OPTS)
    assert again.not_modified
    assert server.hits["/nb.txt"] == 2
    # A changed issue is updated in place; what the user marked stays.
    lib.writer.set_read(items[0].id)
    serve_with_etag(server, "/nb.txt", ISSUE + "\nNieuw\nEen extra bericht.\n", '"2"')
    changed = refresh_source(lib, added.source.id, options=OPTS)
    assert (changed.new, changed.updated) == (0, 1)
    assert [s.read for s in lib.items(row.id)] == [True, False, False]


def _fault_routes(server: LocalServer) -> dict[str, object]:
    def truncated(h: Handler) -> None:
        h.send_response(200)
        h.send_header("Content-Length", "5000")
        h.end_headers()
        h.wfile.write(b"x" * 10)
        h.close_connection = True

    def redirect(target: str) -> object:
        return lambda h: h.send_bytes(b"", status=302, headers={"Location": target})

    return {
        "not found": lambda h: h.send_bytes(b"gone", status=404),
        "server error": lambda h: h.send_bytes(b"err", status=500),
        "slow": slow(1.5, lambda h: h.send_bytes(b"late")),
        "truncated": truncated,
        "too large": lambda h: h.send_stream(repeat_chunks(200 * 1024 * 1024)),
        "bomb": lambda h: h.send_stream(zeros_gzip(1024**3), {"Content-Encoding": "gzip"}),
        "redirect loop": redirect("/nb.txt"),
        "redirect to file": redirect("file:///etc/passwd"),
        "reset": Handler.reset,
        "empty": lambda h: h.send_bytes(b"   \n"),
    }


FAULTS = {
    "not found": (ErrorKind.HTTP, "404"),
    "server error": (ErrorKind.HTTP, "500"),
    "slow": (ErrorKind.TIMEOUT, "in time"),
    "truncated": (ErrorKind.NETWORK, "cut off"),
    "too large": (ErrorKind.TOO_LARGE, "bytes"),
    "bomb": (ErrorKind.TOO_LARGE, "compressed"),
    "redirect loop": (ErrorKind.HTTP, "redirects"),
    "redirect to file": (ErrorKind.UNSUPPORTED, "file:///etc/passwd"),
    "reset": (ErrorKind.NETWORK, "/nb.txt"),
    "empty": (ErrorKind.EMPTY, ""),
}


@pytest.mark.parametrize("fault", list(FAULTS))
def test_failed_refresh_keeps_the_good_copy_and_names_source_and_cause(
    server: LocalServer, lib: Library, fault: str
) -> None:
    server.text("/nb.txt", ISSUE)
    added = add_source(lib, server.url("/nb.txt"), name="VNG test", options=OPTS)
    (before,) = lib.issues()
    server.route("/nb.txt", _fault_routes(server)[fault])  # type: ignore[arg-type]
    result = refresh_source(lib, added.source.id, options=OPTS)
    kind, cause = FAULTS[fault]
    assert result.error is not None
    assert result.error.kind is kind
    assert "VNG test" in result.message()
    assert cause in result.message()
    source = lib.source(added.source.id)
    assert source is not None
    assert source.error_kind == kind.value  # the source is kept, with its last error
    assert lib.issues() == [before]
    assert lib.issue(before.id) is not None
    assert len(lib.items(before.id)) == 2
    assert lib.raw(before.id) == (ISSUE.encode(), "text/plain")


RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>VNG publicaties</title><link>https://vng.nl</link>
{items}
</channel></rss>"""
ENTRY = """<item><title>{title}</title><link>https://vng.nl/{slug}</link><guid>{slug}</guid>
<pubDate>{date}</pubDate><category>Financiën</category>
<description><![CDATA[<p>{text}</p>]]></description></item>"""


def rss(*entries: tuple[str, str, str, str]) -> str:
    return RSS.format(items="\n".join(
        ENTRY.format(title=t, slug=s, date=d, text=x) for t, s, d, x in entries))


def test_feed_entries_become_daily_issues_that_grow(server: LocalServer, lib: Library) -> None:
    first = [
        ("Gemeentefonds groeit", "fonds", "Wed, 25 Nov 2026 09:00:00 +0000", "Meer geld."),
        ("Nieuwe ledenbrief", "lbr", "Wed, 25 Nov 2026 08:00:00 +0000", "Over afval."),
        ("Raadsleden bijeen", "raad", "Tue, 24 Nov 2026 10:00:00 +0000", "Congres."),
    ]
    server.text("/feed.xml", rss(*first), content_type="application/rss+xml")
    added = add_source(lib, server.url("/feed.xml"), options=OPTS)
    assert added.source.kind == SourceKind.FEED
    assert added.source.name == "VNG publicaties"
    assert added.first_refresh.new == 2
    days = {r.date: r for r in lib.issues()}
    assert set(days) == {"2026-11-24", "2026-11-25"}
    items = lib.items(days["2026-11-25"].id)
    assert [s.item.title for s in items] == ["Gemeentefonds groeit", "Nieuwe ledenbrief"]
    assert items[0].item.category == "Financiën"
    assert items[0].item.summary == ("Meer geld.",)
    lib.writer.set_starred(items[1].id)
    # Next day: a new entry arrives and the oldest leaves the feed; nothing is lost.
    later = [("Wet aangenomen", "wet", "Wed, 25 Nov 2026 15:00:00 +0000", "De Kamer stemde.")]
    server.text("/feed.xml", rss(*later, *first[:1]), content_type="application/rss+xml")
    result = refresh_source(lib, added.source.id, options=OPTS)
    assert (result.new, result.updated) == (0, 1)
    titles = [(s.item.title, s.starred) for s in lib.items(days["2026-11-25"].id)]
    assert titles == [("Wet aangenomen", False), ("Gemeentefonds groeit", False),
                      ("Nieuwe ledenbrief", True)]
    assert len(lib.issues()) == 2


def test_feed_entry_with_whole_newsletter_is_its_own_issue(
    server: LocalServer, lib: Library
) -> None:
    long_text = "Kop een\n" + "Lange tekst over de gemeente. " * 60 + "\n\nKop twee\nMeer tekst."
    body = RSS.format(items=f"""<item><title>Nieuwsbrief 7</title>
        <link>https://example.org/nb/7</link><pubDate>Mon, 02 Nov 2026 08:00:00 +0000</pubDate>
        <description><![CDATA[{long_text}]]></description></item>""")
    server.text("/nb.rss", body, content_type="application/rss+xml")
    add_source(lib, server.url("/nb.rss"), options=OPTS)
    (row,) = lib.issues()
    assert (row.title, row.date, row.address) == (
        "Nieuwsbrief 7", "2026-11-02", "https://example.org/nb/7")
    assert row.item_count >= 2


def test_archive_page_follows_links_to_new_issues_only(server: LocalServer, lib: Library) -> None:
    def archive(count: int) -> str:
        links = "".join(f'<li><a href="/nieuwsbrief/{n}.txt">Nieuwsbrief {n}</a></li>'
                        for n in range(count, 0, -1))
        return (f"<html><head><title>Archief</title></head><body><ul>{links}</ul>"
                '<a href="/afmelden">Afmelden nieuwsbrief</a></body></html>')

    for n in range(1, 5):
        server.text(f"/nieuwsbrief/{n}.txt", f"Nieuwsbrief {n}\n\nBericht {n}\nTekst {n}.\n")
    server.text("/archief", archive(3), content_type="text/html; charset=utf-8")
    added = add_source(lib, server.url("/archief"), options=OPTS)
    assert added.source.kind == SourceKind.ARCHIVE
    assert added.source.name == "Archief"
    assert added.first_refresh.new == 3
    server.text("/archief", archive(4), content_type="text/html; charset=utf-8")
    assert refresh_source(lib, added.source.id, options=OPTS).new == 1
    assert [server.hits[f"/nieuwsbrief/{n}.txt"] for n in range(1, 5)] == [1, 1, 1, 1]
    assert server.hits["/afmelden"] == 0


def test_refresh_all_reports_progress_skips_paused_and_limits_per_host(
    server: LocalServer, lib: Library
) -> None:
    for n in range(6):
        server.route(f"/s{n}.txt", slow(0.1, lambda h, n=n: h.send_bytes(
            f"Bron {n}\n\nBericht {n}\nTekst.\n".encode())))
        lib.writer.add_source(f"Bron {n}", server.url(f"/s{n}.txt"), "page")
    paused = lib.writer.add_source("Gepauzeerd", server.url("/paused.txt"), "page")
    lib.writer.set_paused(paused, True)
    seen: list[tuple[int, int]] = []
    summary = refresh_all(lib, options=OPTS, progress=lambda p: seen.append((p.done, p.total)))
    assert summary.new_issues == 6
    assert summary.errors == ()
    assert sorted(seen) == [(n, 6) for n in range(1, 7)]
    assert server.hits["/paused.txt"] == 0
    assert server.max_active <= OPTS.per_host


def test_cancelled_refresh_stores_nothing_more_and_records_no_error(
    server: LocalServer, lib: Library
) -> None:
    server.route("/s.txt", slow(0.3, lambda h: h.send_bytes(b"Bron\n\nA\nB\n")))
    sid = lib.writer.add_source("Bron", server.url("/s.txt"), "page")
    cancel = threading.Event()
    cancel.set()
    summary = refresh_all(lib, cancel=cancel, options=OPTS)
    assert summary.cancelled
    assert summary.results[0].error is not None
    assert summary.results[0].error.kind is ErrorKind.CANCELLED
    source = lib.source(sid)
    assert source is not None
    assert source.error_kind is None
    assert lib.issues() == []


def test_file_and_folder_sources(tmp_path: Path, lib: Library) -> None:
    folder = tmp_path / "brieven"
    folder.mkdir()
    (folder / "a.txt").write_text("Brief A\n\nOnderwerp A\nTekst.\n", encoding="utf-8")
    (folder / "b.txt").write_text("Brief B\n\nOnderwerp B\nTekst.\n", encoding="utf-8")
    (folder / "plaatje.png").write_bytes(b"\x89PNG")
    added = add_source(lib, str(folder), options=OPTS)
    assert added.source.kind == SourceKind.FOLDER
    assert added.first_refresh.new == 2
    (folder / "c.txt").write_text("Brief C\n\nOnderwerp C\nTekst.\n", encoding="utf-8")
    assert refresh_source(lib, added.source.id, options=OPTS).new == 1
    single = add_source(lib, str(folder / "a.txt"), name="Los", options=OPTS)
    assert single.source.kind == SourceKind.FILE
    assert single.first_refresh.new == 0  # the same issue is already in the library


def test_stored_issue_is_shown_without_network(server: LocalServer, lib: Library) -> None:
    server.text("/nb.txt", ISSUE)
    add_source(lib, server.url("/nb.txt"), options=OPTS)
    server.stop()
    (row,) = lib.issues()
    issue = lib.issue(row.id)
    assert issue is not None
    assert issue.items[0].title == "Jeugdzorg onder druk"


def test_catalogue_switches_on_offline_with_known_addresses(lib: Library) -> None:
    vng = switch_on(lib, "vng-nieuws")
    assert (vng.name, vng.address, vng.kind) == ("VNG nieuws", "https://vng.nl/nieuws", "page")
    assert switched_on(lib) == {"vng-nieuws"}
    sources_md = Path(__file__).parents[3] / ".." / "shared" / "SOURCES.md"
    if sources_md.exists():
        text = sources_md.read_text(encoding="utf-8")
        for entry in CATALOG:
            assert entry.address in text
            assert entry.status in ("seen-page", "seen-code")


@pytest.mark.parametrize(
    "content_type",
    ["text/plain; charset=windows-1252", "text/plain", "text/plain; charset=utf-8"],
)
def test_issue_in_windows_1252_with_right_missing_or_wrong_charset(
    server: LocalServer, lib: Library, content_type: str
) -> None:
    body = "Nieuwsbrief Zoë\n\nCafé-overleg in Oüd-Beijerland\nÉén avond.\n".encode("cp1252")
    server.text("/nb.txt", body, content_type=content_type)
    add_source(lib, server.url("/nb.txt"), options=OPTS)
    (row,) = lib.issues()
    assert row.title == "Nieuwsbrief Zoë"
    assert lib.items(row.id)[0].item.title == "Café-overleg in Oüd-Beijerland"
    assert lib.raw(row.id) == (body, "text/plain")  # the raw copy is kept as it came


def test_html_issue_is_a_page_named_after_its_title(server: LocalServer, lib: Library) -> None:
    html = """<!doctype html><html lang="nl"><head><meta charset="utf-8">
    <title>Nieuwsbrief Sociaal Domein – november</title></head><body>
    <h1>Nieuwsbrief Sociaal Domein</h1>
    <h2>Schuldhulp</h2><p>Nieuwe afspraken met woningcorporaties over het voorkomen van
    huisuitzettingen bij betalingsachterstanden.</p>
    <p><a href="https://example.org/schuld">Lees meer</a></p>
    <h2>Participatiewet</h2><p>De wet wordt eenvoudiger: minder regels voor mensen in de
    bijstand en meer ruimte voor gemeenten.</p>
    <p><a href="https://example.org/pw?utm_source=nieuwsbrief">Lees meer</a></p>
    <h2>Wmo-tarieven</h2><p>Het abonnementstarief blijft in 2027 gelijk, meldt het
    ministerie aan de gemeenten.</p>
    <p><a href="https://example.org/archief">Eerdere nieuwsbrieven</a> ·
    <a href="https://example.org/afmelden">Afmelden voor deze nieuwsbrief</a></p>
    </body></html>"""
    server.text("/nb.html", html, content_type="text/html; charset=utf-8")
    added = add_source(lib, server.url("/nb.html"), options=OPTS)
    assert added.source.kind == SourceKind.PAGE  # two newsletter links do not make an archive
    assert added.source.name == "Nieuwsbrief Sociaal Domein – november"
    assert added.first_refresh.error is None
    (row,) = lib.issues()
    assert lib.raw(row.id) == (html.encode(), "text/html")
    links = {s.item.title: s.item.link for s in lib.items(row.id)}
    assert links["Participatiewet"] == "https://example.org/pw"
    assert "Wmo-tarieven" in links


def test_no_network_is_reported_as_offline(lib: Library) -> None:
    gone = LocalServer()
    url = gone.url("/nb.txt")
    gone.server_close()  # nothing listens: as when the network is down
    lib.writer.add_source("Weg", url, "page")
    lib.writer.add_source("Onbekend", "http://helder-test.invalid/nb.txt", "page")
    summary = refresh_all(lib, options=OPTS)
    assert summary.offline
    messages = sorted(r.message() for r in summary.results)
    assert messages[0].startswith("Onbekend: network error")
    assert "host not found" in messages[0]
    assert messages[1].startswith("Weg: network error")
    assert "connection refused" in messages[1]


def test_refresh_counts_the_bytes_that_arrive(server: LocalServer, lib: Library) -> None:
    bodies = {n: f"Bron {n}\n\nBericht {n}\n{'Tekst. ' * 200 * (n + 1)}\n".encode()
              for n in range(3)}
    for n, body in bodies.items():
        server.text(f"/b{n}.txt", body)
        lib.writer.add_source(f"Bron {n}", server.url(f"/b{n}.txt"), "page")
    lock = threading.Lock()
    counted = [0]

    def on_bytes(n: int) -> None:
        with lock:
            counted[0] += n

    summary = refresh_all(lib, options=OPTS, on_bytes=on_bytes)
    assert summary.new_issues == 3
    assert counted[0] == sum(len(b) for b in bodies.values())
