"""An image permission belongs to one issue: other issues of the same source, and sources
that share its name (a sender picks the feed title), never load pictures by themselves.
Item > Images allowed shows the permission and takes it back."""

from __future__ import annotations

import argparse

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reader.core.library.store import Library
from reader.core.models import Image, Issue, Item
from reader.core.storage.paths import library_path
from reader.ui.app import build_window
from tests.core.image_fixtures import png_bytes
from tests.core.local_http import LocalServer

pytestmark = pytest.mark.no_qt_log

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
CTRL_ALT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier


@pytest.fixture
def server():
    srv = LocalServer().start()
    for day in (1, 2, 3):
        srv.text(f"/img-day{day}.png", png_bytes(20, 20), content_type="image/png")
    yield srv
    srv.stop()


def _issue(server: LocalServer, day: int) -> Issue:
    image = Image(server.url(f"/img-day{day}.png") + "?uid=USER123", f"Foto dag {day}")
    return Issue(f"Beeldfeed dag {day}", source="Beeldfeed").with_items([
        Item(f"Bericht {day}", summary=(f"Tekst van dag {day}.",), images=(image,))])


def _image_requests(server: LocalServer) -> list[str]:
    return [path for path, _ in server.requests if path.startswith("/img-")]


def test_permission_is_per_issue_and_revocable(qtbot, server) -> None:
    lib = Library(library_path())
    feed = lib.writer.add_source("Beeldfeed", server.url("/feed.rss"), "feed")
    twin = lib.writer.add_source("Beeldfeed", server.url("/other.rss"), "feed")
    for source, day in ((feed, 1), (feed, 2), (twin, 3)):
        lib.writer.store_issue(source, server.url(f"/feed.rss#{day}"), _issue(server, day), b"")
    ids = {row.title: row.id for row in lib.issues()}
    lib.close()

    app = QApplication.instance()
    win = build_window(app, argparse.Namespace(path=None, theme=None, text_size=None))
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    wiring = win.library_wiring
    allowed = win.actions_.action("item.images_allowed")
    try:
        # At start the newest issue opens by itself, with no request for its pictures.
        qtbot.waitUntil(lambda: wiring.pane.current_issue_id() == ids["Beeldfeed dag 3"])
        wiring.open_issue(ids["Beeldfeed dag 2"])
        qtbot.waitUntil(win.item_list.hasFocus)
        assert not allowed.isChecked()
        qtbot.keyClick(win.item_list, Qt.Key.Key_G, CTRL_SHIFT)
        qtbot.waitUntil(lambda: len(_image_requests(server)) == 1, timeout=5000)
        assert allowed.isChecked()  # Item > Images allowed shows the permission
        for other in ("Beeldfeed dag 1", "Beeldfeed dag 3"):
            wiring.open_issue(ids[other])
            assert not allowed.isChecked()
        qtbot.wait(300)  # a request would have started by now
        assert _image_requests(server) == ["/img-day2.png?uid=USER123"]
        # Take it back with the keyboard: the issue no longer loads its pictures.
        wiring.open_issue(ids["Beeldfeed dag 2"])
        assert allowed.isChecked()
        qtbot.keyClick(win.item_list, Qt.Key.Key_G, CTRL_ALT)
        assert not allowed.isChecked()
        assert win.reading_view.image_paths() == {}
        remembered = sorted(win.images.permissions().keys())
        assert remembered == []  # revoked, and never a source name
        wiring.open_issue(ids["Beeldfeed dag 1"])
        wiring.open_issue(ids["Beeldfeed dag 2"])
        assert not allowed.isChecked()
        assert win.reading_view.image_paths() == {}
    finally:
        wiring.controller.shutdown()
        win.speech.close()
        app.setStyleSheet("")
