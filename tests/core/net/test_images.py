"""Images in items: the parser keeps content images with their alt text and drops tracking
pixels and decoration; allowed images are fetched into a capped, content-addressed cache."""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

import pytest

from reader.core.errors import ErrorKind, ReaderError
from reader.core.models import Image, Issue, Item
from reader.core.net.images import (
    ImagePermissions,
    cached_images,
    default_permissions,
    fetch_images,
    issue_images,
)
from reader.core.sources.html.parser import parse_html
from tests.core.image_fixtures import BASE, NEWSLETTER, png_bytes
from tests.core.local_http import LocalServer


def _by_title(issue: Issue) -> dict[str, Item]:
    return {it.title: it for it in issue.items}


def test_parser_keeps_content_images_with_alt_text_and_drops_pixels_and_decoration():
    issue = parse_html(NEWSLETTER, source="raadsbrief.html", base_url=BASE)
    items = _by_title(issue)
    assert list(items) == ["Raad stemt in met Wmo-verordening",
                           "Nieuw park aan de Schinkel geopend",
                           "Begroting 2027 gepresenteerd"]
    # The picture above a headline belongs to that story; its relative address is made absolute.
    assert items["Raad stemt in met Wmo-verordening"].images == (
        Image("https://nieuws.example/img/raad.jpg", "De gemeenteraad in vergadering"),)
    # No alt text: kept, with "" so the reader can say it has no description.
    assert items["Nieuw park aan de Schinkel geopend"].images == (
        Image("https://cdn.nieuws.example/foto/park-0412.jpg", ""),)
    assert items["Begroting 2027 gepresenteerd"].images == ()
    every = [im.src for it in issue.items for im in it.images]
    for word in ("track", "open", "pixel", "logo", "icons", "spacer", "a.gif", "data:"):
        assert not any(word in src for src in every), (word, every)


def test_images_survive_the_json_form_and_absent_key_means_no_images():
    issue = parse_html(NEWSLETTER, source="raadsbrief.html", base_url=BASE)
    again = Issue.from_json(issue.to_json())
    assert [it.images for it in again.items] == [it.images for it in issue.items]
    data = issue.items[0].to_dict()
    assert data["images"] == [{"src": "https://nieuws.example/img/raad.jpg",
                               "alt": "De gemeenteraad in vergadering"}]
    del data["images"]
    assert Item.from_dict(data).images == ()


def test_issue_images_lists_each_address_once():
    shared = Image("https://x.example/a.png", "A")
    issue = Issue("t").with_items([Item("een", images=(shared,)),
                                   Item("twee", images=(shared, Image("https://x.example/b.png")))])
    assert [im.src for im in issue_images(issue)] == ["https://x.example/a.png",
                                                      "https://x.example/b.png"]


@pytest.fixture
def server():
    srv = LocalServer().start()
    yield srv
    srv.stop()


def _images(server: LocalServer, *paths: str) -> list[Image]:
    return [Image(server.url(p), f"beschrijving {p}") for p in paths]


def test_fetch_images_caches_real_images_and_a_second_call_makes_no_request(server, tmp_path):
    server.text("/foto.png", png_bytes(), content_type="image/png")
    server.text("/zelfde.png", png_bytes(), content_type="image/png; charset=binary")
    cache = tmp_path / "images"
    images = _images(server, "/foto.png", "/zelfde.png")
    got = fetch_images(images, cache)
    assert set(got) == {im.src for im in images}
    assert got[images[0].src].read_bytes() == png_bytes()
    # Content-addressed: the same bytes under two addresses are stored once.
    assert got[images[0].src] == got[images[1].src]
    assert len(list(cache.glob("*.png"))) == 1
    before = len(server.requests)
    assert before == 2
    assert fetch_images(images, cache) == got
    assert cached_images(images, cache) == got
    assert len(server.requests) == before


def test_fetch_images_refuses_too_large_non_image_and_fake_images(server, tmp_path):
    server.text("/groot.png", png_bytes(200, 200) + bytes(5000), content_type="image/png")
    server.text("/pagina.png", "<html>geen plaatje</html>", content_type="text/html")
    server.text("/nep.jpg", b"<html>ik lieg</html>", content_type="image/jpeg")
    server.text("/tekening.svg", b"<svg xmlns='http://www.w3.org/2000/svg'/>",
                content_type="image/svg+xml")
    server.text("/goed.png", png_bytes(), content_type="image/png")
    errors: list[ReaderError] = []
    images = _images(server, "/groot.png", "/pagina.png", "/nep.jpg", "/tekening.svg",
                     "/goed.png")
    got = fetch_images(images, tmp_path / "c", max_bytes=2000, errors=errors)
    assert list(got) == [server.url("/goed.png")]
    kinds = [e.kind for e in errors]
    assert kinds == [ErrorKind.TOO_LARGE, ErrorKind.UNSUPPORTED, ErrorKind.UNREADABLE,
                     ErrorKind.UNSUPPORTED]
    assert cached_images(images, tmp_path / "c") == got


def test_fetch_images_only_uses_http_and_stops_when_cancelled(server, tmp_path):
    server.text("/foto.png", png_bytes(), content_type="image/png")
    local = tmp_path / "geheim.png"
    local.write_bytes(png_bytes())
    odd = [Image(local.as_uri()), Image("ftp://127.0.0.1/foto.png")]
    assert fetch_images(odd, tmp_path / "c") == {}
    cancel = threading.Event()
    cancel.set()
    assert fetch_images(_images(server, "/foto.png"), tmp_path / "c", cancel=cancel) == {}
    assert server.requests == []


def test_permissions_are_per_issue_kept_on_disk_and_always_overrides(tmp_path):
    path = tmp_path / "config" / "images_allowed.json"
    perms = ImagePermissions(path)
    assert not perms.allowed("issue-1")
    assert perms.allowed("issue-1", always=True)
    perms.allow("issue-1")
    again = ImagePermissions(path)
    assert again.allowed("issue-1")
    assert not again.allowed("issue-2")
    again.revoke("issue-1")
    assert not ImagePermissions(path).allowed("issue-1")
    path.write_text("{kapot", encoding="utf-8")
    assert ImagePermissions(path).keys() == frozenset()


def test_default_permissions_live_in_the_config_folder(helder_home: Path):
    perms = default_permissions()
    perms.allow("https://nieuws.example/brief/12")
    assert (helder_home / "config" / "images_allowed.json").is_file()


def test_library_keeps_item_images_and_an_old_library_gains_the_column(tmp_path):
    from reader.core.library.schema import LIBRARY
    from reader.core.library.store import Library, connect
    from reader.core.storage.migrations import migrate

    path = tmp_path / "lib.sqlite3"
    conn = connect(path)
    migrate(conn, LIBRARY, target=2)  # a library from before images were kept
    conn.close()
    lib = Library(path)
    try:
        sid = lib.writer.add_source("Raadsbrief", "https://nieuws.example/brief", "page")
        issue = parse_html(NEWSLETTER, source="raadsbrief.html", base_url=BASE)
        assert lib.writer.store_issue(sid, BASE, issue, NEWSLETTER.encode()) == "new"
        stored = lib.issue(lib.issue_id(BASE))
        assert [it.images for it in stored.items] == [it.images for it in issue.items]
        no_images = issue.with_items([replace(it, images=()) for it in issue.items])
        assert lib.writer.store_issue(sid, BASE, no_images, b"x") == "updated"
        assert all(it.images == () for it in lib.issue(lib.issue_id(BASE)).items)
    finally:
        lib.close()
