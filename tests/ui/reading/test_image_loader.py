"""Showing the images of an issue: nothing is fetched until the user allows that issue (or
turns on "always"); allowed issues come back from the cache without a request."""

from __future__ import annotations

import os

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from reader.core.models import Image, Issue, Item
from reader.core.net.images import ImagePermissions
from reader.ui.reading.image_loader import IssueImages
from reader.ui.reading.view import ReadingView
from tests.core.image_fixtures import png_bytes
from tests.core.local_http import LocalServer


@pytest.fixture
def server():
    srv = LocalServer().start()
    srv.text("/raad.png", png_bytes(40, 20), content_type="image/png")
    srv.text("/park.png", png_bytes(30, 30, shade=200), content_type="image/png")
    yield srv
    srv.stop()


def make_issue(server: LocalServer, *paths: str) -> Issue:
    images = tuple(Image(server.url(p), f"Foto {p}") for p in paths)
    return Issue("Raadsbrief").with_items([
        Item("Raad stemt in", summary=("De raad stemde in.",), images=images[:1]),
        Item("Nieuw park", summary=("Het park is open.",), images=images[1:]),
    ])


def make_loader(qtbot, tmp_path, **kwargs) -> tuple[ReadingView, IssueImages, list[str]]:
    view = ReadingView()
    qtbot.addWidget(view)
    view.resize(600, 500)
    loader = IssueImages(view, permissions=ImagePermissions(tmp_path / "allowed.json"),
                         cache_dir=tmp_path / "cache", **kwargs)
    said: list[str] = []
    loader.announce.connect(said.append)
    return view, loader, said


def test_nothing_is_fetched_until_the_user_allows_the_issue(qtbot, server, tmp_path):
    view, loader, said = make_loader(qtbot, tmp_path)
    issue = make_issue(server, "/raad.png", "/park.png")
    view.set_item(issue.items[0])
    loader.set_issue(issue, "https://nieuws.example/brief/12")
    qtbot.wait(300)
    assert server.requests == []
    assert view.image_paths() == {}
    loader.allow_current()
    qtbot.waitUntil(lambda: said and said[-1] == "2 images shown", timeout=5000)
    assert said[0] == "Loading 2 images…"
    assert len(server.requests) == 2
    assert set(view.image_paths()) == {server.url("/raad.png"), server.url("/park.png")}
    assert "\ufffc" in view.toPlainText()  # the picture is in the text flow

    # Next time (a new window) the allowed issue is shown from the cache, with no request.
    view2, loader2, _ = make_loader(qtbot, tmp_path)
    view2.set_item(issue.items[0])
    loader2.set_issue(issue, "https://nieuws.example/brief/12")
    qtbot.wait(300)
    assert len(server.requests) == 2
    assert set(view2.image_paths()) == set(view.image_paths())
    # Another issue is not allowed by that.
    loader2.set_issue(make_issue(server, "/park.png"), "https://nieuws.example/brief/13")
    assert view2.image_paths() == {}


def test_always_setting_fetches_and_turning_it_off_hides_pictures(qtbot, server, tmp_path):
    view, loader, said = make_loader(qtbot, tmp_path, always=True)
    issue = make_issue(server, "/raad.png", "/weg.png")
    view.set_item(issue.items[0])
    loader.set_issue(issue, "brief-14")
    qtbot.waitUntil(lambda: bool(said), timeout=5000)
    assert said == ["1 image could not be loaded"]
    assert list(view.image_paths()) == [server.url("/raad.png")]
    loader.set_always(False)
    assert view.image_paths() == {}
    assert "Image: Foto /raad.png" in view.toPlainText()


def test_an_issue_without_images_says_so(qtbot, server, tmp_path):
    _view, loader, said = make_loader(qtbot, tmp_path)
    loader.set_issue(Issue("Leeg").with_items([Item("Alleen tekst")]), "brief-15")
    loader.allow_current()
    assert said == ["This issue has no images"]
    assert server.requests == []


def test_a_permission_that_cannot_be_saved_is_said_not_raised(qtbot, server, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the config folder should be")
    view = ReadingView()
    qtbot.addWidget(view)
    loader = IssueImages(view, permissions=ImagePermissions(blocker / "allowed.json"),
                         cache_dir=tmp_path / "cache")
    said: list[str] = []
    loader.announce.connect(said.append)
    issue = make_issue(server, "/raad.png")
    view.set_item(issue.items[0])
    loader.set_issue(issue, "https://nieuws.example/brief/20")
    loader.allow_current()  # raised ReaderError out of the key press before
    assert any(s.startswith("This choice applies until Helder closes") for s in said)
    qtbot.waitUntil(lambda: said[-1] == "1 image shown", timeout=5000)
