"""An issue that is not in the library (a file, the sample) can be starred and searched:
the first star or search keeps it in the library, on the same item."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt

from reader.core.library.store import Library
from reader.ui.library.wiring import LibraryWiring
from reader.ui.window.main_window import MainWindow
from tests.ui.helpers import make_issue

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def wired(qtbot) -> Iterator[LibraryWiring]:
    window = MainWindow(library=Library())
    qtbot.addWidget(window)
    wiring = window.library_wiring
    assert wiring is not None
    window.show_issue(make_issue(4), key="/tmp/nieuwsbrief.txt")  # opened from a file
    window.show()
    window.activateWindow()
    qtbot.waitExposed(window)
    qtbot.waitUntil(window.item_list.hasFocus)
    yield wiring
    wiring.controller.shutdown()


def test_starring_an_item_of_a_file_keeps_the_issue_and_stars_it(wired, qtbot):
    window = wired.window
    heard: list[str] = []
    window.announcer.announced.connect(heard.append)
    window.model.set_read(0, True)  # read before it was kept: still read afterwards
    qtbot.keyClick(window.item_list, Qt.Key.Key_Down)
    qtbot.keyClick(window.item_list, Qt.Key.Key_Down)
    qtbot.keyClick(window.item_list, Qt.Key.Key_D, CTRL)
    qtbot.waitUntil(lambda: "Starred" in heard, timeout=5000)
    assert "Testnieuwsbrief was added to the library" in heard
    assert window.current_row() == 2
    assert window.current_item().title == "Onderwerp 3"
    assert window.item_list.hasFocus()
    stored = wired.current_stored()
    assert stored is not None
    assert wired.controller.wait_for_writes()
    kept = wired.controller.library.items(stored.issue_id)
    assert [s.starred for s in kept] == [False, False, True, False]
    assert kept[0].read
    qtbot.keyClick(window.item_list, Qt.Key.Key_D, CTRL)  # now an ordinary stored item
    qtbot.waitUntil(lambda: heard[-1] == "Star removed")


def test_searching_finds_the_open_issue(wired, qtbot):
    wired.search()
    assert wired.controller.wait_for_writes()
    qtbot.waitUntil(lambda: wired.current_stored() is not None)
    hits = wired.controller.library.search("onderwerp")
    assert {h.title for h in hits} >= {"Onderwerp 1", "Onderwerp 4"}
    wired.search_dialog.close()
