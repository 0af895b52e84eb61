"""The main window driven by key presses alone, read back through QAccessible."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QObject, Qt, QUrl, Slot
from PySide6.QtGui import QAccessible, QDesktopServices
from PySide6.QtWidgets import QApplication

from reader.ui.window.main_window import MainWindow
from tests.ui.helpers import accessible, make_issue, name


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show_issue(make_issue(5))
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    qtbot.waitUntil(lambda: win.item_list.hasFocus())
    return win


def current_title(win: MainWindow) -> str:
    item = win.current_item()
    assert item is not None
    return item.title


def test_focus_starts_on_the_first_item(window):
    assert window.item_list.hasFocus()
    assert current_title(window) == "Onderwerp 1"
    assert "Onderwerp 1" in window.reading_view.toPlainText()


def test_arrow_home_end_move_through_items(window, qtbot):
    view = window.item_list
    qtbot.keyClick(view, Qt.Key.Key_Down)
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert current_title(window) == "Onderwerp 3"
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert current_title(window) == "Onderwerp 2"
    qtbot.keyClick(view, Qt.Key.Key_End)
    assert current_title(window) == "Onderwerp 5"
    qtbot.keyClick(view, Qt.Key.Key_Home)
    assert current_title(window) == "Onderwerp 1"


def test_reading_pane_shows_title_theme_summary_and_link(window, qtbot):
    text = window.reading_view.toPlainText()
    assert text.splitlines()[0] == "Onderwerp 1"
    assert "Bestuur" in text
    assert "Eerste alinea van onderwerp 1." in text
    assert "Tweede alinea van onderwerp 1." in text
    assert "https://example.org/1" in window.reading_view.toHtml()
    qtbot.keyClick(window.item_list, Qt.Key.Key_Down)
    assert window.reading_view.toPlainText().startswith("Onderwerp 2")
    assert "example.org" not in window.reading_view.toHtml()


def test_window_title_names_issue_and_item(window, qtbot):
    assert "Onderwerp 1" in window.windowTitle()
    assert "Testnieuwsbrief" in window.windowTitle()
    qtbot.keyClick(window.item_list, Qt.Key.Key_End)
    assert "Onderwerp 5" in window.windowTitle()


def test_tab_and_shift_tab_move_between_list_and_pane_without_trap(window, qtbot):
    seen = []
    for _ in range(6):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        seen.append(QApplication.focusWidget())
    assert window.reading_view in seen
    assert seen.count(window.item_list) >= 1, "Tab must come back to the list"
    # And back again with Shift+Tab, from the list.
    window.item_list.setFocus()
    qtbot.keyClick(window.item_list, Qt.Key.Key_Tab, Qt.KeyboardModifier.ShiftModifier)
    back = [QApplication.focusWidget()]
    for _ in range(5):
        shift = Qt.KeyboardModifier.ShiftModifier
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab, shift)
        back.append(QApplication.focusWidget())
    assert window.reading_view in back
    assert window.item_list in back


def test_focus_does_not_leave_the_list_when_moving(window, qtbot):
    for _ in range(3):
        qtbot.keyClick(window.item_list, Qt.Key.Key_Down)
    assert window.item_list.hasFocus()


def test_alt_down_and_alt_up_change_item_from_the_reading_pane(window, qtbot):
    window.reading_view.setFocus()
    qtbot.waitUntil(window.reading_view.hasFocus)
    qtbot.keyClick(window.reading_view, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    assert current_title(window) == "Onderwerp 2"
    qtbot.keyClick(window.reading_view, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert current_title(window) == "Onderwerp 1"


def test_rows_are_named_title_first_then_theme(window):
    iface = accessible(window.item_list)
    names = [name(iface.child(i)) for i in range(iface.childCount())]
    assert "Onderwerp 1, Bestuur, unread" in names
    assert "Onderwerp 2, unread" in names
    assert all("\n" not in n and "<" not in n for n in names)


def test_focused_row_is_reported_to_assistive_technology(window, qtbot):
    qtbot.keyClick(window.item_list, Qt.Key.Key_Down)
    focus = accessible(window.item_list).focusChild()
    assert focus is not None
    assert name(focus) == "Onderwerp 2, unread"


def test_reading_pane_is_text_not_a_label(window):
    iface = accessible(window.reading_view)
    assert iface.role() in (QAccessible.Role.EditableText, QAccessible.Role.Document)
    assert name(iface)
    assert "Eerste alinea" in iface.textInterface().text(0, iface.textInterface().characterCount())


def test_list_and_window_have_names(window):
    assert name(accessible(window.item_list))
    assert accessible(window).role() == QAccessible.Role.Window


def test_tab_stops_on_the_read_more_link_then_leaves(window, qtbot):
    qtbot.keyClick(window.item_list, Qt.Key.Key_Tab)
    assert window.reading_view.hasFocus()
    qtbot.keyClick(window.reading_view, Qt.Key.Key_Tab)
    assert window.reading_view.hasFocus()
    assert window.reading_view.textCursor().selectedText() == "Read more: Onderwerp 1"
    qtbot.keyClick(window.reading_view, Qt.Key.Key_Tab)
    assert not window.reading_view.hasFocus(), "after its last link, Tab leaves the pane"


class _Browser(QObject):
    """Stands in for the desktop's browser through Qt's own URL-handler hook."""

    def __init__(self):
        super().__init__()
        self.opened: list[str] = []

    @Slot(QUrl)
    def open(self, url: QUrl) -> None:
        self.opened.append(url.toString())


def test_links_open_only_on_enter_and_without_tracking(qtbot):
    from reader.core.models import Issue, Item

    browser = _Browser()
    QDesktopServices.setUrlHandler("https", browser, "open")
    try:
        win = MainWindow()
        qtbot.addWidget(win)
        item = Item(title="Nieuws", summary=("Tekst.",),
                    link="https://vng.nl/nieuws/a?utm_source=mail&utm_medium=x&id=3")
        win.show_issue(Issue(title="N").with_items([item]))
        win.show()
        win.activateWindow()
        qtbot.waitUntil(win.item_list.hasFocus)
        assert browser.opened == [], "showing an item must not open anything"
        qtbot.keyClick(win.item_list, Qt.Key.Key_Tab)
        qtbot.keyClick(win.reading_view, Qt.Key.Key_Tab)
        qtbot.keyClick(win.reading_view, Qt.Key.Key_Return)
        assert browser.opened == ["https://vng.nl/nieuws/a?id=3"]
    finally:
        QDesktopServices.unsetUrlHandler("https")
