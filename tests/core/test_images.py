"""Images in items: the parser keeps content images with their alt text and drops tracking
pixels and decoration; allowed images are fetched into a capped, content-addressed cache."""

from __future__ import annotations

import struct
import threading
import zlib
from pathlib import Path

import pytest

from reader.core.errors import ErrorKind, ReaderError
from reader.core.images import (
    ImagePermissions,
    cached_images,
    default_permissions,
    fetch_images,
    issue_images,
)
from reader.core.models import Image, Issue, Item
from reader.core.sources.html import parse_html
from tests.core.local_http import LocalServer

BASE = "https://nieuws.example/brief/12"


def png_bytes(width: int = 4, height: int = 3, shade: int = 0) -> bytes:
    """Return a real (grey) PNG file of this size."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + bytes([shade]) * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows))
            + chunk(b"IEND", b""))


NEWSLETTER = """<!doctype html>
<html lang="nl"><head><meta charset="utf-8"><title>Raadsbrief week 12</title></head>
<body>
<table><tr><td>
  <img src="https://nieuws.example/img/logo.png" alt="" width="180" height="40">
  <img src="https://nieuws.example.us1.list-manage.com/track/open.php?u=1&id=2" alt="">
  <h1>Raadsbrief week 12</h1>
</td></tr>
<tr><td>
  <img src="/img/raad.jpg" alt="De gemeenteraad in vergadering" width="600" height="300">
  <h2><a href="https://nieuws.example/raad?utm_source=brief">Raad stemt in met
    Wmo-verordening</a></h2>
  <p>De gemeenteraad heeft dinsdag ingestemd met de nieuwe verordening voor de Wet
  maatschappelijke ondersteuning. Inwoners betalen een lagere eigen bijdrage.</p>
  <img src="https://mail.nieuws.example/open/8f3a2b" alt="">
</td></tr>
<tr><td>
  <h2><a href="https://nieuws.example/park">Nieuw park aan de Schinkel geopend</a></h2>
  <p>Het park aan de Schinkel is zaterdag geopend met een buurtfeest. Er zijn speelplekken,
  bankjes en een moestuin voor de buurt gekomen.</p>
  <img src="https://cdn.nieuws.example/foto/park-0412.jpg" width="560" height="280">
  <img src="https://t.nieuws.example/pixel.gif?id=99" style="width:1px;height:1px" alt="">
  <img src="https://cdn.nieuws.example/x/a.gif" width="1" height="1" alt="">
  <img src="https://cdn.nieuws.example/img/spacer.gif" width="20" height="10" alt="">
  <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="stip">
  <img alt="Een foto zonder adres">
</td></tr>
<tr><td>
  <h2><a href="https://nieuws.example/begroting">Begroting 2027 gepresenteerd</a></h2>
  <p>Het college presenteerde de begroting voor 2027. Er gaat meer geld naar jeugdzorg en
  naar het onderhoud van wegen en fietspaden.</p>
</td></tr>
<tr><td>
  <p>U ontvangt deze nieuwsbrief omdat u zich heeft aangemeld. Afmelden kan altijd.</p>
  <a href="https://twitter.com/nieuws"><img src="https://nieuws.example/icons/tw.png"
     alt="Twitter" width="24" height="24"></a>
  <img src="https://pixel.nieuws.example/o.gif" alt="">
</td></tr></table>
</body></html>
"""


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
