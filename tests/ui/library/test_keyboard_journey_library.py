"""Keyboard only, with the library: add a source, refresh, open its issue, Lees meer, search.

A real HTTP server on 127.0.0.1 serves a small newsletter and its articles.
"""

from __future__ import annotations

import argparse

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from reader.ui.app import build_window
from tests.core.local_http import LocalServer

pytestmark = pytest.mark.no_qt_log

CTRL = Qt.KeyboardModifier.ControlModifier
NONE = Qt.KeyboardModifier.NoModifier

NEWSLETTER = """<!doctype html><html lang="nl"><head><meta charset="utf-8">
<title>Gemeentenieuws 12 juni 2026</title></head><body>
<h1>Gemeentenieuws 12 juni 2026</h1>
<h2>Wonen</h2>
<h3><a href="/artikel/woningen.html">Meer woningen voor starters</a></h3>
<p>De gemeenteraad stemt in met een plan voor vijfhonderd starterswoningen in het centrum.</p>
<h3><a href="/artikel/huur.html">Huurtoeslag aanvragen wordt eenvoudiger</a></h3>
<p>Vanaf volgend jaar is het aanvragen van huurtoeslag eenvoudiger voor alle inwoners.</p>
<h2>Zorg</h2>
<h3><a href="/artikel/wmo.html">Wmo-loket ook op donderdagavond open</a></h3>
<p>Het Wmo-loket is voortaan ook op donderdagavond open voor vragen over ondersteuning.</p>
</body></html>"""

ARTICLE = """<!doctype html><html lang="nl"><head><meta charset="utf-8">
<title>Meer woningen voor starters</title></head><body>
<nav><a href="/">Home</a> <a href="/nieuws">Nieuws</a></nav>
<article><h1>Meer woningen voor starters</h1>
<p>De gemeenteraad heeft dinsdagavond ingestemd met het plan om in het centrum vijfhonderd
woningen voor starters te bouwen. De eerste woningen zijn naar verwachting over twee jaar
klaar, zo liet de wethouder na afloop van de vergadering weten aan de pers.</p>
<p>Starters op de woningmarkt hebben het al jaren moeilijk. Met dit plan wil de gemeente
jonge inwoners de kans geven in hun eigen stad te blijven wonen, dichtbij werk en familie.
De woningen komen op het terrein van het oude busstation en op twee lege kantoorpanden.</p>
<p>Omwonenden kunnen hun mening geven tijdens een inloopavond in het stadhuis. Daarna werkt
de gemeente het plan verder uit, samen met woningcorporaties en de provincie.</p>
</article><footer>Afmelden | Privacy</footer></body></html>"""


@pytest.fixture
def server():
    srv = LocalServer().start()
    srv.text("/nieuwsbrief.html", NEWSLETTER, content_type="text/html; charset=utf-8")
    srv.text("/artikel/woningen.html", ARTICLE, content_type="text/html; charset=utf-8")
    yield srv
    srv.stop()


@pytest.fixture
def window(qtbot):
    app = QApplication.instance()
    win = build_window(app, argparse.Namespace(path=None, theme=None, text_size=None))
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    qtbot.waitUntil(win.item_list.hasFocus)
    yield win
    win.library_wiring.controller.shutdown()
    win.speech.close()
    app.setStyleSheet("")


def press(qtbot, key, mods=NONE):
    focus = QApplication.focusWidget()
    assert focus is not None, "keyboard focus was lost"
    qtbot.keyClick(focus, key, mods)


def type_in_dialog(qtbot, text: str) -> list[str]:
    """Type into the modal dialog about to open, then press Enter; return its title."""
    seen: list[str] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isActiveWindow():
            if dialog is not None:
                dialog.activateWindow()
            QTimer.singleShot(20, act)
            return
        seen.append(dialog.windowTitle())
        qtbot.keyClicks(QApplication.focusWidget(), text)
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)

    QTimer.singleShot(20, act)
    return seen


def test_add_refresh_open_read_more_and_search(window, qtbot, server):
    heard: list[str] = []
    window.announcer.announced.connect(heard.append)

    # Add the newsletter's address: Ctrl+N, type it, Enter.
    titles = type_in_dialog(qtbot, server.url("/nieuwsbrief.html"))
    press(qtbot, Qt.Key.Key_N, CTRL)
    assert titles
    tree = window.library_wiring.pane.tree
    qtbot.waitUntil(lambda: tree.model().rowCount() == 1, timeout=10000)

    # Refresh all with F5; the result is announced.
    press(qtbot, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: any("new issue" in t or "nummer" in t for t in heard), timeout=15000)

    # F6 to the library, open the source's issue with Right, Down, Enter.
    window.item_list.setFocus()
    qtbot.waitUntil(window.item_list.hasFocus)
    press(qtbot, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(tree.hasFocus)
    press(qtbot, Qt.Key.Key_Right)
    qtbot.waitUntil(lambda: tree.model().rowCount(tree.model().index(0, 0)) >= 1)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(window.item_list.hasFocus)
    titles_shown = [window.model.item(r).title for r in range(window.model.rowCount())]
    assert titles_shown[0] == "Meer woningen voor starters"
    assert "Wmo-loket ook op donderdagavond open" in titles_shown

    # Lees meer (Ctrl+L): the article's text, in the reading pane.
    press(qtbot, Qt.Key.Key_L, CTRL)
    qtbot.waitUntil(lambda: "busstation" in window.reading_view.toPlainText(), timeout=15000)
    assert "Afmelden" not in window.reading_view.toPlainText()
    assert window.item_list.hasFocus()

    # Search (Ctrl+F): type, Enter, go to the result, Enter: the found item is shown.
    press(qtbot, Qt.Key.Key_F, CTRL)
    search = window.library_wiring.search_dialog
    qtbot.waitUntil(search.query.hasFocus)
    qtbot.keyClicks(search.query, "donderdagavond")
    qtbot.keyClick(search.query, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: search.results.count() >= 1, timeout=5000)
    search.results.setFocus()
    qtbot.waitUntil(search.results.hasFocus)
    search.results.setCurrentRow(0)
    press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(window.item_list.hasFocus)
    assert window.current_item().title == "Wmo-loket ook op donderdagavond open"
    assert not search.isVisible()
