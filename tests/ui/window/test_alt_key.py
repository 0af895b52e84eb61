"""Alt+Down with a screen reader running: the menu bar must not take the focus afterwards.

Qt's accessibility bridge holds each key event until the screen reader has seen it and then
sends a copy, which has no timestamp. A late copy of the Alt press used to arm the menu bar
again after Alt+Down had run, and the copied Alt release opened it (Orca said "File.").
The window system's own key events carry a timestamp; these tests send both kinds.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QMenuBar

from tests.ui.helpers import make_issue, shown_window

ALT = Qt.KeyboardModifier.AltModifier
NONE = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def window(qtbot):
    win = shown_window(qtbot)
    win.reading_view.setFocus()
    qtbot.waitUntil(win.reading_view.hasFocus)
    return win


def key(kind: QEvent.Type, code: Qt.Key, mods, stamp: int) -> QKeyEvent:
    event = QKeyEvent(kind, code, mods)
    event.setTimestamp(stamp)
    return event


def alt_pressed_by_the_window_system(widget) -> None:
    # Qt asks for a shortcut first (the menu bar arms itself here), then delivers the press.
    QCoreApplication.sendEvent(widget, key(QEvent.Type.ShortcutOverride, Qt.Key.Key_Alt, ALT, 1000))
    QCoreApplication.sendEvent(widget, key(QEvent.Type.KeyPress, Qt.Key.Key_Alt, ALT, 1000))


def bridge_copies(widget) -> None:
    # What the accessibility bridge sends once the screen reader has answered: no timestamp.
    QCoreApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Alt, ALT))
    QCoreApplication.sendEvent(widget, QKeyEvent(QEvent.Type.KeyRelease, Qt.Key.Key_Alt, NONE))


def test_alt_down_with_a_slow_screen_reader_leaves_the_focus_in_the_article(window, qtbot):
    view = window.reading_view
    alt_pressed_by_the_window_system(view)
    qtbot.keyClick(view, Qt.Key.Key_Down, ALT)  # the shortcut: next item
    assert window.current_item().title == make_issue(3).items[1].title
    bridge_copies(view)  # the screen reader answered only now
    QApplication.processEvents()
    assert not isinstance(QApplication.focusWidget(), QMenuBar)
    assert window.menuBar().activeAction() is None
    assert view.hasFocus()


def test_a_lone_alt_tap_still_opens_the_menu_bar(window, qtbot):
    view = window.reading_view
    alt_pressed_by_the_window_system(view)
    bridge_copies(view)
    QApplication.processEvents()
    assert window.menuBar().hasFocus()
    assert window.menuBar().activeAction() is not None
