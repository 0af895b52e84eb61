"""What a screen-reader user is told: the notice Orca 43 speaks, where a move landed, F10,
Return on an item, live combo boxes, and what the read-aloud settings say was detected."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from reader.core.prefs.settings import Settings
from reader.ui.common import feedback
from reader.ui.display.settings_dialog import SettingsDialog
from reader.ui.speech.dialogs.settings_dialog import SpeechDialog
from reader.ui.window.main_window import MainWindow
from tests.ui.helpers import accessible, make_issue

ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def said(qtbot) -> Iterator[list[str]]:
    heard: list[str] = []
    feedback.hub().said.connect(heard.append)
    yield heard
    feedback.hub().said.disconnect(heard.append)


@pytest.fixture
def window(qtbot) -> MainWindow:
    win = MainWindow()
    qtbot.addWidget(win)
    win.show_issue(make_issue(4))
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    qtbot.waitUntil(win.item_list.hasFocus)
    return win


def notices(window: MainWindow) -> list[feedback.Notice]:
    return window.findChildren(feedback.Notice)


def test_a_message_is_shown_as_a_notification_orca_43_speaks(window, qtbot, monkeypatch, said):
    monkeypatch.setattr(feedback, "needs_notice", lambda: True)  # as with Orca 43
    window.announcer.announce("Marked as read")
    shown = [n for n in notices(window) if n.isVisible()]
    assert len(shown) == 1
    iface = accessible(shown[0])
    assert iface.role() == QAccessible.Role.Notification
    assert iface.text(QAccessible.Text.Name) == "Marked as read"
    assert said == ["Marked as read"]
    window.announcer.announce("Marked as read")  # the same words at once: said once
    assert said == ["Marked as read"]
    qtbot.waitUntil(lambda: not shown[0].isVisible(), timeout=5000)


def test_no_notice_where_the_screen_reader_speaks_announcements(window, monkeypatch, said):
    monkeypatch.setattr(feedback, "needs_notice", lambda: False)  # NVDA, JAWS, Orca 45+
    window.announcer.announce("Text size 110 percent")
    assert said == ["Text size 110 percent"]
    assert not [n for n in notices(window) if n.isVisible()]


def test_orca_older_than_45_gets_the_notice():
    version = feedback.installed_orca_version()
    if version is not None:  # Debian 12 has Orca 43
        assert feedback.needs_notice() == (version < feedback.ORCA_SPEAKS_ANNOUNCEMENTS)


def test_next_item_from_the_article_says_where_it_landed(window, qtbot, said):
    view = window.reading_view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    view.moveCursor(view.textCursor().MoveOperation.End)
    qtbot.keyClick(view, Qt.Key.Key_Down, ALT)
    assert window.current_row() == 1
    assert said[-1] == "Item 2 of 4, Onderwerp 2"
    assert view.textCursor().position() == 0  # reading starts at the top of the new item
    assert view.hasFocus()
    window.next_unread()  # Ctrl+J, N
    assert said[-1].startswith("Item 3 of 4, Bestuur, Onderwerp 3")


def test_moving_in_the_list_leaves_the_words_to_the_screen_reader(window, qtbot, said):
    qtbot.keyClick(window.item_list, Qt.Key.Key_Down, ALT)
    assert window.current_row() == 1
    assert said == []  # the screen reader reads the newly focused row itself


def test_return_on_an_item_goes_to_its_article(window, qtbot):
    qtbot.keyClick(window.item_list, Qt.Key.Key_Down)
    qtbot.keyClick(window.item_list, Qt.Key.Key_Return)
    qtbot.waitUntil(window.reading_view.hasFocus)
    assert window.reading_view.item().title == "Onderwerp 2"


def test_f10_opens_the_menu_bar(window, qtbot):
    qtbot.keyClick(window.item_list, Qt.Key.Key_F10)
    qtbot.waitUntil(lambda: window.menuBar().activeAction() is not None)
    assert window.menuBar().activeAction().text().replace("&", "") == "File"


def test_letter_keys_in_the_article_say_where_the_caret_landed(window, qtbot, said):
    view = window.reading_view
    view.setFocus()
    qtbot.waitUntil(view.hasFocus)
    qtbot.keyClick(view, Qt.Key.Key_P)
    assert said[-1].startswith("Paragraph: ")
    qtbot.keyClick(view, Qt.Key.Key_K)
    assert said[-1].startswith("Link: ")


def test_the_article_description_does_not_repeat_the_title(window):
    iface = accessible(window.reading_view)
    assert "Onderwerp 1" not in iface.text(QAccessible.Text.Description)


def test_a_live_colour_theme_says_its_new_value(qtbot, said):
    dialog = SettingsDialog(Settings())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.theme.setFocus()
    qtbot.waitUntil(dialog.theme.hasFocus)
    qtbot.keyClick(dialog.theme, Qt.Key.Key_Down)
    assert said == [dialog.theme.currentText()]
    assert said[0] != dialog.theme.itemText(0)


def test_read_aloud_settings_say_what_was_detected_and_keep_the_choice(qtbot):
    running = SpeechDialog(Settings(), [], screen_reader=True)
    qtbot.addWidget(running)
    assert "A screen reader is running" in running.detected.text()
    assert "A screen reader is running" in running.follow_list.accessibleDescription()
    assert not running.follow_list.isChecked()  # by default Helder's voice keeps quiet
    running.follow_list.setChecked(True)
    assert running.settings().speech_follow_list_with_screen_reader
    absent = SpeechDialog(Settings(), [], screen_reader=False)
    qtbot.addWidget(absent)
    assert "No screen reader" in absent.detected.text()


def test_the_follow_choice_reaches_the_window(window):
    from dataclasses import replace

    window.screen_reader._set(True)
    assert window.read_aloud.quiet_on_focus_change()
    window.display_changed(replace(Settings(), speech_follow_list_with_screen_reader=True), None)
    assert not window.read_aloud.quiet_on_focus_change()
