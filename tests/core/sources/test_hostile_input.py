"""Hostile and unlucky input at the edges: invisible characters, PDFs served as text, odd
character sets, devices and links in folders, long feeds, archives that point elsewhere,
encrypted PDFs and key maps that would take the arrow keys."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.errors import ErrorKind, ReaderError
from reader.core.library.store import Library
from reader.core.net.http.options import FetchOptions
from reader.core.net.refresh import RefreshOptions, refresh_source
from reader.core.net.subscribe import add_source
from reader.core.prefs.settings import load_settings, settings_path
from reader.core.sources.parse import parse_bytes, read_input
from reader.core.text.charset import with_header_charset
from tests.core.local_http import LocalServer
from tests.core.sources.test_pdf_parser import TWO_COLUMNS, make_pdf

REPO = Path(__file__).resolve().parents[3]
OPTS = RefreshOptions(fetch=FetchOptions(connect_timeout=1.0, read_timeout=2.0, retries=0))


@pytest.fixture
def server() -> Iterator[LocalServer]:
    srv = LocalServer().start()
    yield srv
    srv.stop()


def test_control_and_bidi_characters_are_removed_and_the_text_kept() -> None:
    feed = ("<?xml version='1.0'?><rss version='2.0'><channel><title>Bidi \u202etxt.exe"
            "\u202c feed</title><item><title>Raad\x01 stemt \u2066in\u2069</title>"
            "<link>https://example.org/a</link><description>Tekst\x1b met \x07 tekens."
            "</description></item></channel></rss>").encode()
    issue = parse_bytes(feed, name="feed.rss")
    item = issue.items[0]
    assert item.title == "Raad stemt in"
    assert item.summary == ("Tekst met  tekens.",)
    texts = [issue.title, item.title, *item.summary]
    for bad in ("\x01", "\x1b", "\x07", "\u202e", "\u2066", "\u2069"):
        assert not any(bad in t for t in texts)


def test_an_item_with_control_characters_exports_to_docx(tmp_path: Path) -> None:
    page = b"<html><body><h1>Brief</h1><h2>Stuk\x01 een</h2><p>Uit een PDF\x1b gehaald.</p>" \
        b"</body></html>"
    path = tmp_path / "brief.html"
    path.write_bytes(page)
    env = dict(os.environ, HELDER_HOME=str(tmp_path), PYTHONPATH=str(REPO))
    done = subprocess.run([sys.executable, "-m", "reader", "export", str(path), "--format",
                           "docx", "--out", str(tmp_path / "brief.docx")], capture_output=True,
                          text=True, env=env, timeout=120, cwd=REPO, check=False)
    assert "Traceback" not in done.stderr, done.stderr
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "brief.docx").stat().st_size > 0


@pytest.mark.parametrize("content_type", ["text/plain; charset=ISO-8859-1",
                                          "text/html; charset=utf-8"])
def test_a_pdf_served_as_text_is_not_transcoded(content_type: str) -> None:
    pdf = make_pdf(TWO_COLUMNS)
    assert with_header_charset(pdf, content_type) == pdf
    assert parse_bytes(with_header_charset(pdf, content_type), name="brief").items


@pytest.mark.parametrize("charset", ["punycode", "undefined", "idna"])
def test_a_non_text_charset_falls_back(server: LocalServer, tmp_path: Path, charset: str) -> None:
    page = ("<html><head><title>Café-nieuws</title></head><body><h1>Café-nieuws</h1>"
            + "".join(f"<h2><a href='https://example.org/{n}'>Bericht {n} over de gemeente</a>"
                      f"</h2><p>De raad van de gemeente besprak onderwerp {n} uitgebreid en "
                      "nam daarna een besluit.</p>" for n in range(3)) + "</body></html>")
    server.text("/p.html", page.encode("utf-8"), content_type=f"text/html; charset={charset}")
    lib = Library(tmp_path / "lib.sqlite3")
    try:
        added = add_source(lib, server.url("/p.html"), options=OPTS)
        assert added.first_refresh.ok, added.first_refresh.error
        titles = [s.item.title for s in lib.items(lib.issues()[0].id)]
        assert titles
    finally:
        lib.close()


def test_devices_and_fifos_are_refused_not_read(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    for path in (Path("/dev/zero"), fifo):
        with pytest.raises(ReaderError) as info:
            read_input(path)
        assert "not a regular file" in info.value.detail


def test_a_folder_source_reads_only_its_own_regular_files(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("root:*:20228:0:99999:7:::\n\nGeheime regel voor de test.\n")
    folder = tmp_path / "map"
    folder.mkdir()
    (folder / "brief.txt").write_text("Brief van de raad\n\nBegroting\nDe raad stemde in.\n")
    (folder / "shadow.txt").symlink_to(secret)
    (folder / "zero.txt").symlink_to("/dev/zero")
    os.mkfifo(folder / "pipe.txt")
    lib = Library(tmp_path / "lib.sqlite3")
    try:
        added = add_source(lib, str(folder), options=OPTS)
        addresses = [row.address for row in lib.issues(added.source.id)]
        assert len(addresses) == 1
        assert addresses[0].endswith("/brief.txt")
        assert lib.search("root") == []
    finally:
        lib.close()


def test_every_feed_entry_is_stored(server: LocalServer, tmp_path: Path) -> None:
    entries = "".join(
        f"<item><title>Bericht {n}</title><link>https://example.org/{n}</link>"
        f"<description>Korte tekst {n}.</description></item>" for n in range(1, 31))
    feed = f"<?xml version='1.0'?><rss version='2.0'><channel><title>Dertig</title>{entries}" \
        "</channel></rss>"
    server.text("/feed", feed, content_type="application/rss+xml")
    lib = Library(tmp_path / "lib.sqlite3")
    try:
        add_source(lib, server.url("/feed"), options=OPTS)
        assert [h.title for h in lib.search("Bericht 25")] == ["Bericht 25"]
        stored = sum(len(lib.items(row.id)) for row in lib.issues())
        assert stored == 30
    finally:
        lib.close()


def test_an_archive_fetches_only_its_own_site(server: LocalServer, tmp_path: Path) -> None:
    other = LocalServer().start()
    try:
        other.text("/admin/reboot", "<html><body><h1>Rebooted</h1></body></html>",
                   content_type="text/html")
        issue = ("<html><body><h1>Nieuwsbrief {0}</h1><h2>Begroting</h2><p>De raad stemde "
                 "in met de begroting van dit jaar.</p></body></html>")
        for n in (1, 2):
            server.text(f"/nieuwsbrief/{n}", issue.format(n), content_type="text/html")
        archive = ("<html><body><h1>Archief</h1><ul>"
                   f"<li><a href='{server.url('/nieuwsbrief/1')}'>Nieuwsbrief 1</a></li>"
                   f"<li><a href='{server.url('/nieuwsbrief/2')}'>Nieuwsbrief 2</a></li>"
                   f"<li><a href='{other.url('/admin/reboot?newsletter=1')}'>Nieuwsbrief 3"
                   "</a></li></ul></body></html>")
        archive = archive.replace("</ul>", f"<li><a href='{server.url('/nieuwsbrief/4')}'>"
                                  "Nieuwsbrief 4</a></li></ul>")

        def away(h) -> None:
            h.send_response(302)
            h.send_header("Location", other.url("/admin/reboot?newsletter=4"))
            h.send_header("Content-Length", "0")
            h.end_headers()

        server.route("/nieuwsbrief/4", away)
        server.text("/archief", archive, content_type="text/html")
        lib = Library(tmp_path / "lib.sqlite3")
        try:
            source = lib.writer.add_source("Archief", server.url("/archief"), "archive")
            refresh_source(lib, source, options=OPTS)
            assert other.hits["/admin/reboot"] == 0
            assert server.hits["/nieuwsbrief/1"] == 1
        finally:
            lib.close()
    finally:
        other.stop()


@pytest.mark.parametrize("owner_only", [False, True], ids=["user-password", "owner-only"])
def test_aes_encrypted_pdfs_are_opened_or_named_locked(owner_only: bool) -> None:
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(make_pdf(TWO_COLUMNS))).pages:
        writer.add_page(page)
    writer.encrypt(user_password="" if owner_only else "geheim", owner_password="eigenaar",
                   algorithm="AES-256")
    out = io.BytesIO()
    writer.write(out)
    if owner_only:  # "restricted" only: it opens and reads like any PDF
        assert parse_bytes(out.getvalue(), name="beperkt.pdf").items
    else:
        with pytest.raises(ReaderError) as info:
            parse_bytes(out.getvalue(), name="op-slot.pdf")
        assert info.value.kind is ErrorKind.ENCRYPTED


def test_a_key_map_cannot_give_down_to_quit(helder_home: Path) -> None:
    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"shortcuts": {"file.quit": ["Down"], "go.next_item": ["Ctrl+Q"],
                                              "view.images": ["Insert+G"],
                                              "item.star": ["Ctrl+Shift+D"]}}))
    loaded = load_settings()
    kept = dict(loaded.settings.shortcuts)
    assert "file.quit" not in kept
    assert "view.images" not in kept
    assert kept["item.star"] == ("Ctrl+Shift+D",)
    assert "file.quit: Down" in loaded.refused_keys
    assert "view.images: Insert+G" in loaded.refused_keys
