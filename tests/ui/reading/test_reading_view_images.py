"""Images in the reading pane: always their text, a picture only from the local cache, and
showing an item never makes a network request (privacy, issue 3)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QUrl
from PySide6.QtGui import QColor, QImage, QTextDocument

from reader.core.models import Image, Item
from reader.core.net.images import fetch_images
from reader.ui.common.i18n import install_translator
from reader.ui.reading.view import ReadingView
from tests.core.local_http import LocalServer


@pytest.fixture
def server():
    srv = LocalServer().start()
    yield srv
    srv.stop()


def newsletter_item(server: LocalServer) -> Item:
    return Item(
        title="Raad stemt in met Wmo-verordening",
        summary=("De gemeenteraad heeft dinsdag ingestemd met de nieuwe verordening.",
                 "De gemeenteraad in vergadering"),
        link="https://nieuws.example/raad",
        images=(Image(server.url("/raad.png"), "De gemeenteraad in vergadering"),
                Image(server.url("/park.jpg"), ""),
                Image(server.url("/track/open.gif"), "")),
    )


def make_view(qtbot) -> ReadingView:
    view = ReadingView()
    qtbot.addWidget(view)
    view.resize(700, 600)
    view.show()
    qtbot.waitExposed(view)
    return view


def image_formats(view: ReadingView) -> list[str]:
    """Return the names of the pictures laid out in the document."""
    names = []
    block = view.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                names.append(fmt.toImageFormat().name())
            it += 1
        block = block.next()
    return names


def test_remote_images_show_as_text_and_make_no_request(qtbot, server):
    view = make_view(qtbot)
    item = newsletter_item(server)
    view.set_item(item)
    qtbot.wait(300)
    text = view.toPlainText()
    assert "Image: De gemeenteraad in vergadering" in text
    assert "Image without description" in text
    # The description is said once, as the image's text, not again as a paragraph.
    assert text.count("De gemeenteraad in vergadering") == 1
    assert image_formats(view) == []
    # Scrolling through and re-showing does not load anything either.
    view.verticalScrollBar().setValue(view.verticalScrollBar().maximum())
    view.set_item(item)
    view.set_image_paths({})
    qtbot.wait(300)
    assert server.requests == []


def test_cached_images_show_as_pictures_with_their_text_under_them(qtbot, server, tmp_path):
    picture = QImage(1600, 800, QImage.Format.Format_RGB32)
    picture.fill(QColor("darkgreen"))
    data_file = tmp_path / "raad.png"
    assert picture.save(str(data_file))
    server.text("/raad.png", data_file.read_bytes(), content_type="image/png")
    item = newsletter_item(server)
    # The window fetches only after the user allowed images for this issue.
    paths = fetch_images(item.images[:1], tmp_path / "cache")
    assert len(server.requests) == 1
    view = make_view(qtbot)
    view.set_item(item)
    view.set_image_paths(paths)
    qtbot.wait(300)
    names = image_formats(view)
    assert names == [QUrl.fromLocalFile(str(paths[item.images[0].src])).toString()]
    text = view.toPlainText()
    picture_at = text.index("\ufffc")
    assert text.index("Image: De gemeenteraad in vergadering") > picture_at
    assert "Image without description" in text
    # Never wider than the pane.
    block = view.document().begin()
    widest = 0.0
    while block.isValid():
        widest = max(widest, view.document().documentLayout().blockBoundingRect(block).width())
        block = block.next()
    assert widest <= view.viewport().width()
    assert len(server.requests) == 1  # showing added none


def test_the_document_refuses_every_non_file_resource(qtbot, server, tmp_path):
    server.text("/pixel.gif", b"GIF89a", content_type="image/gif")
    asked: list[str] = []

    class Watched(ReadingView):
        def loadResource(self, kind, name):
            asked.append(name.toString())
            return super().loadResource(kind, name)

    view = Watched()
    qtbot.addWidget(view)
    view.show()
    url = QUrl(server.url("/pixel.gif"))
    kind = QTextDocument.ResourceType.ImageResource.value
    assert view.loadResource(kind, url) is None
    # Even HTML that names a remote image (never made by the view itself) loads nothing.
    view.setHtml(f'<p>tekst <img src="{server.url("/pixel.gif")}"></p>'
                 f'<link rel="stylesheet" href="{server.url("/style.css")}">')
    qtbot.wait(300)
    assert server.url("/pixel.gif") in asked  # Qt did ask the view, and got nothing
    assert server.requests == []


def test_dutch_interface_says_afbeelding(qtbot, qapp, server):
    translator = install_translator(qapp, "nl")
    assert translator is not None
    try:
        view = make_view(qtbot)
        view.set_item(newsletter_item(server))
        text = view.toPlainText()
        assert "Afbeelding: De gemeenteraad in vergadering" in text
        assert "Afbeelding zonder beschrijving" in text
    finally:
        qapp.removeTranslator(translator)


def test_missing_cached_file_falls_back_to_text(qtbot, server, tmp_path):
    view = make_view(qtbot)
    item = newsletter_item(server)
    view.set_item(item)
    view.set_image_paths({item.images[0].src: Path(tmp_path / "weg.png")})
    assert image_formats(view) == []
    assert "Image: De gemeenteraad in vergadering" in view.toPlainText()
    assert server.requests == []


def test_reading_a_stored_issue_full_of_pixels_and_remote_images_makes_zero_requests(
        qtbot, server, tmp_path):
    """Issue 3 acceptance: open and read a stored issue; the server sees nothing."""
    from reader.core.library.store import Library
    from reader.core.sources.parse import parse_bytes
    from tests.core.image_fixtures import NEWSLETTER

    base = server.url("/brief/12")
    local = NEWSLETTER.replace("https://", server.url("/")).replace("/img/raad.jpg",
                                                                  server.url("/img/raad.jpg"))
    local += "".join(f'<img src="{server.url(f"/open/{n}")}" width="1" height="1">'
                     for n in range(20))
    issue = parse_bytes(local.encode(), name="raadsbrief.html", base_url=base)
    assert any(it.images for it in issue.items)
    lib = Library(tmp_path / "lib.sqlite3")
    try:
        lib.writer.store_issue(None, base, issue, local.encode())
        stored = lib.issue(lib.issue_id(base))
    finally:
        lib.close()
    assert sum(len(it.images) for it in stored.items) >= 2
    view = make_view(qtbot)
    for item in stored.items:
        view.set_item(item)
        view.setFocus()
        for _ in range(12):
            view.move_paragraph(1)
        qtbot.wait(50)
        for image in item.images:
            assert view.image_text(image) in view.toPlainText()
    qtbot.wait(300)
    assert server.requests == []
