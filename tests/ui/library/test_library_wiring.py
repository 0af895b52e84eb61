"""The library inside the main window: pane, stored issues, read state, star, Lees meer, F5."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from reader.core.library.store import Library
from reader.core.models import Issue, Item
from reader.ui.library.wiring import LibraryWiring
from reader.ui.window.main_window import MainWindow
from tests.core.local_http import LocalServer
from tests.ui.library.test_library_dialogs import ARTICLE
from tests.ui.library_support import FAST, serve_issues

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def server() -> Iterator[LocalServer]:
    srv = LocalServer().start()
    yield srv
    srv.stop()


@pytest.fixture
def wired(qtbot, server) -> Iterator[LibraryWiring]:
    server.text("/artikel", ARTICLE, content_type="text/html; charset=utf-8")
    library = Library()
    sid = library.writer.add_source("VNG nieuws", "https://vng.nl/nieuws", "page")
    items = [Item(f"Bericht {n}", "Bestuur", (f"Tekst {n}.",), server.url("/artikel") if n == 1
                  else f"https://example.org/{n}") for n in range(1, 4)]
    library.writer.store_issue(sid, "https://vng.nl/nb/1",
                               Issue(title="Nieuwsbrief 1", date="2026-06-12").with_items(items),
                               b"")
    window = MainWindow(library=library)
    qtbot.addWidget(window)
    wiring = window.library_wiring
    assert wiring is not None
    wiring.controller.options = FAST
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: wiring.pane.model.rowCount() == 1)
    yield wiring
    wiring.controller.shutdown()


def press(qtbot, key, mods=Qt.KeyboardModifier.NoModifier) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None
    qtbot.keyClick(focus, key, mods)


def open_first_issue(qtbot, wiring: LibraryWiring) -> None:
    wiring.pane.tree.setFocus()
    qtbot.waitUntil(wiring.pane.tree.hasFocus)
    press(qtbot, Qt.Key.Key_Right)
    press(qtbot, Qt.Key.Key_Down)
    assert wiring.window.model.rowCount() == 3, "arrowing onto an issue shows its items"
    assert wiring.pane.tree.hasFocus(), "and focus stays in the pane"
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(wiring.window.item_list.hasFocus)


def test_pane_sits_left_of_the_items(qtbot, wired):
    window = wired.window
    assert window.splitter.widget(0) is wired.pane
    assert window.splitter.widget(1) is window.item_list


def test_read_state_set_by_the_user_is_stored_and_shown_again(qtbot, wired):
    open_first_issue(qtbot, wired)
    window, library = wired.window, wired.controller.library
    issue_id = wired.issue_id
    assert not any(s.read for s in library.items(issue_id)), "opening marks nothing read"
    with qtbot.waitSignal(wired.pane.reloaded, timeout=5000):
        press(qtbot, Qt.Key.Key_M, CTRL)
    assert [s.read for s in library.items(issue_id)] == [True, False, False]
    assert wired.pane.model.item(0).text() == "VNG nieuws, 2 unread"
    window.show_issue(Issue(title="Leeg"))
    wired.open_issue(issue_id)
    assert window.model.is_read(0)
    assert not window.model.is_read(1)


def test_star_by_key_is_stored_and_announced(qtbot, wired):
    heard: list[str] = []
    wired.window.announcer.announced.connect(heard.append)
    open_first_issue(qtbot, wired)
    with qtbot.waitSignal(wired.controller.state_changed, timeout=5000):
        press(qtbot, Qt.Key.Key_D, CTRL)
    assert heard[-1] == "Starred"
    assert wired.controller.library.items(wired.issue_id)[0].starred
    row = QAccessible.queryAccessibleInterface(wired.window.item_list).child(0)
    assert row.text(QAccessible.Text.Name).endswith("starred"), "the state is in the row's name"
    # Shown again from the library, the star is still there.
    wired.open_issue(wired.issue_id)
    assert wired.window.model.is_starred(0)


def test_read_more_shows_the_article_in_the_reading_view(qtbot, wired):
    open_first_issue(qtbot, wired)
    with qtbot.waitSignal(wired.controller.article_ready, timeout=15000):
        press(qtbot, Qt.Key.Key_L, CTRL)
    shown = wired.window.reading_view.item()
    assert shown.title == "Jeugdzorg: gemeenten krijgen meer geld"
    assert any("miljard" in p for p in shown.summary)
    assert wired.window.item_list.hasFocus(), "the article arrives without moving focus"


def test_f5_refreshes_and_announces_through_the_window(qtbot, wired, server):
    writer = wired.controller.library.writer
    writer.set_paused(wired.controller.library.find_source("VNG nieuws").id, True)  # no internet
    writer.add_source("Lokaal", serve_issues(server, 1)[0], "page")
    heard: list[str] = []
    wired.window.announcer.announced.connect(heard.append)
    wired.window.item_list.setFocus()
    qtbot.waitUntil(wired.window.item_list.hasFocus)
    with qtbot.waitSignal(wired.controller.finished, timeout=15000):
        press(qtbot, Qt.Key.Key_F5)
    assert heard[-1] == "1 new issue"
    assert wired.window.item_list.hasFocus()


def test_shift_f5_refreshes_only_the_current_source(qtbot, wired, server):
    writer = wired.controller.library.writer
    url_a, url_b = serve_issues(server, 2)
    writer.add_source("Andere bron", url_a, "page")
    mine = writer.add_source("Mijn bron", url_b, "page")
    with qtbot.waitSignal(wired.pane.reloaded):
        wired.pane.reload()
    for r in range(wired.pane.model.rowCount()):
        if wired.pane.model.item(r).data(Qt.ItemDataRole.UserRole + 20) == mine:
            wired.pane.tree.setCurrentIndex(wired.pane.model.index(r, 0))
    wired.pane.tree.setFocus()
    qtbot.waitUntil(wired.pane.tree.hasFocus)
    with qtbot.waitSignal(wired.controller.finished, timeout=15000) as blocker:
        press(qtbot, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert [r.name for r in blocker.args[0].results] == ["Mijn bron"]
    assert server.hits["/nb1.txt"] == 0
    assert server.hits["/nb2.txt"] == 1


def test_start_shows_the_newest_stored_issue_instead_of_the_sample(qtbot):
    import argparse

    from PySide6.QtWidgets import QApplication

    from reader.core.library.store import Library
    from reader.core.models import Issue, Item
    from reader.ui.app import build_window

    lib = Library()
    source = lib.writer.add_source("Gemeente", "https://example.org/nieuws", "page")
    issue = Issue(title="Raadsnieuws", date="2026-11-20").with_items(
        [Item(title="Begroting aangenomen", summary=("De raad stemde in.",))])
    lib.writer.store_issue(source, "https://example.org/nieuws/1", issue, b"")
    lib.close()

    app = QApplication.instance()
    win = build_window(app, argparse.Namespace(path=None, theme=None, text_size=None))
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.item_list.hasFocus)
    assert win.current_item().title == "Begroting aangenomen"
    tree = win.library_wiring.pane.tree
    qtbot.waitUntil(lambda: tree.currentIndex().isValid(), timeout=5000)
    assert "Raadsnieuws" in tree.currentIndex().data()
    win.library_wiring.controller.shutdown()
    win.speech.close()
    app.setStyleSheet("")
