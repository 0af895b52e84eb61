"""Adding sources, the catalogue, search and "Lees meer", against real SQLite and HTTP."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from reader.core.errors import ErrorKind
from reader.core.library.catalogue import CATALOG
from reader.core.library.store import Library
from reader.core.models import Issue, Item
from reader.ui.library.controller import LibraryController
from reader.ui.library.dialogs.add_source_dialog import AddSourceDialog
from reader.ui.library.dialogs.catalog_dialog import CatalogDialog
from reader.ui.library.dialogs.search_dialog import SearchDialog
from tests.core.local_http import LocalServer
from tests.ui.a11y_checks import focusable_problems, label_in_name_problems, tab_cycle
from tests.ui.helpers import accessible, name
from tests.ui.library_support import FAST, closed_port_url


@pytest.fixture
def server() -> Iterator[LocalServer]:
    srv = LocalServer().start()
    yield srv
    srv.stop()


@pytest.fixture
def controller(qtbot) -> Iterator[LibraryController]:
    ctl = LibraryController(Library(), options=FAST)
    yield ctl
    ctl.shutdown()


def open_dialog(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_add_source_with_a_bad_address_explains_and_keeps_focus(qtbot, controller):
    dialog = open_dialog(qtbot, AddSourceDialog(controller))
    assert focusable_problems(dialog) == []
    assert label_in_name_problems(dialog) == []
    tab_cycle(qtbot, dialog.address)
    dialog.address.setFocus()
    qtbot.keyClicks(dialog.address, closed_port_url("/nieuwsbrief.xml"))
    with qtbot.waitSignal(controller.add_failed, timeout=10000):
        qtbot.keyClick(dialog.address, Qt.Key.Key_Return)
        assert dialog.is_checking()
    assert dialog.isVisible()
    assert dialog.status.text().startswith("No connection could be made:")
    assert dialog.address.accessibleDescription() == dialog.status.text()
    qtbot.waitUntil(dialog.address.hasFocus)
    assert dialog.address.selectedText() == dialog.address.text()
    assert controller.library.sources() == []
    dialog.address.clear()
    qtbot.keyClick(dialog.address, Qt.Key.Key_Return)
    assert dialog.status.text() == "Type an address, or choose a file or folder."


def test_add_source_detects_a_feed_and_names_it(qtbot, server, controller):
    feed = """<?xml version="1.0"?><rss version="2.0"><channel><title>Gemeentenieuws</title>
    <item><title>Jeugdzorg</title><link>https://example.org/a</link>
    <description>Meer geld voor jeugdzorg.</description></item></channel></rss>"""
    server.text("/feed.xml", feed, content_type="application/rss+xml")
    heard: list[str] = []
    controller.announce.connect(heard.append)
    dialog = open_dialog(qtbot, AddSourceDialog(controller))
    dialog.address.setText(server.url("/feed.xml"))
    with qtbot.waitSignal(dialog.finished, timeout=10000):
        dialog.ok_button.click()
    assert dialog.added is not None
    assert dialog.added.source.kind == "feed"
    assert dialog.added.source.name == "Gemeentenieuws"
    assert heard == ["Added Gemeentenieuws: 1 new issue"]


def test_catalogue_switches_on_and_asks_before_switching_off(qtbot, controller):
    heard: list[str] = []
    controller.announce.connect(heard.append)
    dialog = open_dialog(qtbot, CatalogDialog(controller))
    assert focusable_problems(dialog) == []
    assert len(tab_cycle(qtbot, dialog.boxes[CATALOG[0].key])) == len(CATALOG)  # boxes, Close
    first = CATALOG[0]
    box = dialog.boxes[first.key]
    assert accessible(box).role() == QAccessible.Role.CheckBox
    assert first.name in name(accessible(box))
    assert accessible(box).text(QAccessible.Text.Description)
    box.setFocus()
    qtbot.waitUntil(box.hasFocus)
    with qtbot.waitSignal(controller.sources_changed):
        qtbot.keyClick(box, Qt.Key.Key_Space)
    assert [s.address for s in controller.library.sources()] == [first.address]
    assert heard[-1] == f"{first.name} switched on; the next refresh fetches it"
    # One Space on a checked box no longer removes anything: it asks, and Keep is the default.
    source_id = controller.library.sources()[0].id
    issue = Issue("VNG nieuws 48").with_items([Item("Jeugdzorg", link="https://vng.nl/j")])
    controller.library.writer.store_issue(source_id, "https://vng.nl/48", issue, b"")
    item_id = controller.library.items(controller.library.issues()[0].id)[0].id
    controller.library.writer.set_note(item_id, "Bespreken in de fractie")
    qtbot.keyClick(box, Qt.Key.Key_Space)
    question = dialog.confirm
    assert question is not None
    qtbot.waitUntil(question.isVisible)
    assert "1 stored issues, 1 notes" in question.text()
    qtbot.keyClick(question, Qt.Key.Key_Return)  # the default: Keep
    qtbot.waitUntil(lambda: dialog.confirm is None)
    assert box.isChecked()
    assert [s.id for s in controller.library.sources()] == [source_id]
    # Removing on purpose, then undoing: the source comes back with its note.
    qtbot.keyClick(box, Qt.Key.Key_Space)
    question = dialog.confirm
    assert question is not None
    remove = next(b for b in question.buttons() if b.text() == "Remove")
    with qtbot.waitSignal(controller.sources_changed):
        remove.click()
    assert controller.library.sources() == []
    assert heard[-1].startswith(f"{first.name} removed.")
    with qtbot.waitSignal(controller.sources_changed):
        assert controller.undo_remove() == first.name
    assert [s.id for s in controller.library.sources()] == [source_id]
    assert controller.library.item(item_id).note == "Bespreken in de fractie"
    qtbot.keyClick(box, Qt.Key.Key_Space)
    remove = next(b for b in dialog.confirm.buttons() if b.text() == "Remove")
    with qtbot.waitSignal(controller.sources_changed):
        remove.click()
    again = CatalogDialog(controller)
    qtbot.addWidget(again)
    assert not again.boxes[first.key].isChecked()


def store(controller: LibraryController) -> dict[str, int]:
    writer = controller.library.writer
    vng = writer.add_source("VNG nieuws", "https://vng.nl/nieuws", "page")
    ibo = writer.add_source("Binnenlands Bestuur", "https://bb.nl/rss", "feed")
    writer.store_issue(vng, "https://vng.nl/nb/1", Issue(title="VNG 1", date="2026-05-01")
                       .with_items([Item("Jeugdzorg in mei", "Sociaal", ("Geld voor jeugdzorg.",),
                                         "https://vng.nl/a1"),
                                    Item("Omgevingswet", "Ruimte", ("Uitstel.",))]), b"")
    writer.store_issue(vng, "https://vng.nl/nb/2", Issue(title="VNG 2", date="2026-06-12")
                       .with_items([Item("Jeugdzorg in juni", "Sociaal", ("Nog meer jeugdzorg.",),
                                         "https://vng.nl/a2")]), b"")
    writer.store_issue(ibo, "https://bb.nl/1", Issue(title="BB", date="2026-06-13")
                       .with_items([Item("Jeugdzorg landelijk", "Bestuur",
                                         ("Jeugdzorg in het land.",), "https://bb.nl/j")]), b"")
    return {"vng": vng, "bb": ibo}


def names_of(dialog: SearchDialog) -> list[str]:
    return [dialog.results.item(r).text() for r in range(dialog.results.count())]


def search(qtbot, dialog: SearchDialog) -> int:
    with qtbot.waitSignal(dialog.searched, timeout=5000) as blocker:
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    return blocker.args[0]


def test_search_with_filters_and_choosing_a_result(qtbot, controller):
    ids = store(controller)
    dialog = open_dialog(qtbot, SearchDialog(controller))
    qtbot.waitUntil(lambda: dialog.source.count() == 3)
    assert [dialog.theme.itemText(i) for i in range(dialog.theme.count())] == [
        "All themes", "Bestuur", "Ruimte", "Sociaal"]
    assert focusable_problems(dialog) == []
    assert label_in_name_problems(dialog) == []
    assert len(tab_cycle(qtbot, dialog.query)) >= 6, "query, filters, results, Close"
    dialog.query.setFocus()
    qtbot.keyClicks(dialog.query, "jeugdzorg")
    assert search(qtbot, dialog) == 3
    assert sorted(names_of(dialog)) == [
        "Jeugdzorg in juni, VNG nieuws, 12 June 2026",
        "Jeugdzorg in mei, VNG nieuws, 1 May 2026",
        "Jeugdzorg landelijk, Binnenlands Bestuur, 13 June 2026",
    ]
    assert dialog.status.text() == "3 results for jeugdzorg"
    dialog.source.setCurrentIndex(dialog.source.findData(ids["vng"]))
    assert search(qtbot, dialog) == 2
    dialog.date_from.setText("2026-06")
    assert search(qtbot, dialog) == 1
    assert names_of(dialog) == ["Jeugdzorg in juni, VNG nieuws, 12 June 2026"]
    dialog.source.setCurrentIndex(0)
    dialog.theme.setCurrentIndex(dialog.theme.findText("Bestuur"))
    assert search(qtbot, dialog) == 1
    assert names_of(dialog) == ["Jeugdzorg landelijk, Binnenlands Bestuur, 13 June 2026"]
    row = accessible(dialog.results).child(0)
    assert name(row) == "Jeugdzorg landelijk, Binnenlands Bestuur, 13 June 2026"
    dialog.results.setFocus()
    qtbot.waitUntil(dialog.results.hasFocus)
    with qtbot.waitSignal(dialog.result_chosen) as blocker:
        qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    issue_id, item_id = blocker.args
    stored = controller.library.item(item_id)
    assert stored is not None
    assert stored.item.title == "Jeugdzorg landelijk"
    assert stored.issue_id == issue_id
    assert dialog.isVisible(), "Enter on a result must not close through a default button"
    dialog.date_to.setText("juni")
    qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert dialog.status.text().startswith("Write a date as year-month-day")


def test_down_and_return_in_the_search_field_reach_the_results(qtbot, controller):
    store(controller)
    dialog = open_dialog(qtbot, SearchDialog(controller))
    dialog.query.setFocus()
    qtbot.waitUntil(dialog.query.hasFocus)
    qtbot.keyClicks(dialog.query, "jeugdzorg")
    assert search(qtbot, dialog) == 3
    # Return again on the same search opens the highlighted (first) result.
    with qtbot.waitSignal(dialog.result_chosen) as first:
        qtbot.keyClick(dialog.query, Qt.Key.Key_Return)
    assert controller.library.item(first.args[1]).item.title == names_of(dialog)[0].split(",")[0]
    # Down moves into the results; Down again and Return open the second.
    qtbot.keyClick(dialog.query, Qt.Key.Key_Down)
    assert dialog.results.hasFocus()
    assert dialog.results.currentRow() == 0
    qtbot.keyClick(dialog.results, Qt.Key.Key_Down)
    with qtbot.waitSignal(dialog.result_chosen) as second:
        qtbot.keyClick(dialog.results, Qt.Key.Key_Return)
    assert controller.library.item(second.args[1]).item.title == names_of(dialog)[1].split(",")[0]


ARTICLE = """<html><head><title>Jeugdzorg: gemeenten krijgen meer geld</title></head><body>
<nav><a href="/">Home</a> <a href="/nieuws">Nieuws</a></nav>
<article><h1>Jeugdzorg: gemeenten krijgen meer geld</h1>
<p>Het kabinet trekt extra geld uit voor de jeugdzorg. Gemeenten krijgen de komende drie jaar
samen ruim een miljard euro meer om de tekorten op te vangen.</p>
<p>De VNG is blij met het besluit, maar waarschuwt dat het geld niet genoeg is om alle
wachtlijsten weg te werken. Wethouders vragen om afspraken over de lange termijn.</p>
<p>Over de verdeling van het geld wordt in het voorjaar verder gesproken met de provincies
en de jeugdzorgaanbieders.</p></article>
<footer>Cookies en privacy</footer></body></html>"""


def test_read_more_shows_the_article_and_caches_it_for_offline(qtbot, server, controller):
    server.text("/artikel", ARTICLE, content_type="text/html; charset=utf-8")
    item = Item("Jeugdzorg", None, ("Kort.",), server.url("/artikel"))
    with qtbot.waitSignal(controller.article_ready, timeout=15000) as blocker:
        assert controller.fetch_article(item) == item.link
    key, article = blocker.args
    assert key == item.link
    assert "ruim een miljard euro" in article.text
    assert "Cookies" not in article.text
    hits = server.hits["/artikel"]
    with qtbot.waitSignal(controller.article_ready, timeout=5000) as blocker:
        controller.fetch_article(item)
    assert blocker.args[1].text == article.text
    assert server.hits["/artikel"] == hits, "a cached article is read without the network"


def test_read_more_failure_says_so(qtbot, server, controller):
    server.text("/leeg", "<html><head><title>Inloggen</title></head><body><p>Log in.</p>"
                "</body></html>", content_type="text/html")
    item = Item("Inloggen", None, (), server.url("/leeg"))
    with qtbot.waitSignal(controller.article_failed, timeout=15000) as blocker:
        controller.fetch_article(item)
    key, error = blocker.args
    assert key == item.link
    assert error.kind is ErrorKind.NO_ARTICLE
    assert controller.library.article(item.link) is None
    assert QApplication.instance() is not None


def test_read_more_failure_offers_the_browser_by_default(qtbot, server, controller):
    from PySide6.QtWidgets import QWidget

    from reader.ui.reading.read_more import article_item, offer_browser

    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    server.text("/leeg", "<html><body><p>Log in.</p></body></html>", content_type="text/html")
    item = Item("Inloggen", "Bestuur", ("Kort.",), server.url("/leeg"))
    with qtbot.waitSignal(controller.article_failed, timeout=15000) as blocker:
        controller.fetch_article(item)
    opened: list[str] = []
    box = offer_browser(parent, blocker.args[1], lambda: opened.append(item.link))
    assert box.text().startswith("No article text was found on this page; open it in the "
                                 "browser instead:")
    assert box.defaultButton() is box.open_button
    qtbot.waitUntil(lambda: QApplication.focusWidget() is box.open_button)
    qtbot.keyClick(box.open_button, Qt.Key.Key_Return)
    assert opened == [item.link]
    stored = controller.library.writer.store_article(item.link, "Titel", "Een.\n\nTwee.")
    shown = article_item(item, stored)
    assert (shown.title, shown.summary, shown.category) == ("Titel", ("Een.", "Twee."), "Bestuur")
