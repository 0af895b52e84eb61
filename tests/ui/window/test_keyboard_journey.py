"""Keyboard only, as a user without a mouse: every step by key presses, focus and state checked.

Open the sample issue, go to the fifth item, read it aloud and stop, enlarge the text, change
the colour theme, change a setting in a dialog, and come back to where you were.
"""

from __future__ import annotations

import argparse
import json

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from reader.core.prefs.settings import settings_path
from reader.core.speech.queue import PlayState
from reader.ui.app import build_window

pytestmark = pytest.mark.no_qt_log  # a Python Qt message handler can hang QMediaPlayer.stop()

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def press(qtbot, key, mods=Qt.KeyboardModifier.NoModifier):
    focus = QApplication.focusWidget()
    assert focus is not None, "keyboard focus was lost"
    qtbot.keyClick(focus, key, mods)


def in_dialog(qtbot, *keys) -> list[str]:
    """Queue key presses for the modal dialog about to open; return its title when seen."""
    seen: list[str] = []

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, act)
            return
        if not dialog.isActiveWindow():
            dialog.activateWindow()
            QTimer.singleShot(20, act)
            return
        seen.append(dialog.windowTitle())
        for key, mods in keys:
            target = QApplication.focusWidget()
            assert target is not None
            assert dialog.isAncestorOf(target), "focus must be inside the dialog"
            qtbot.keyClick(target, key, mods)
            qtbot.wait(200)  # an access key "clicks" a button after Qt's short animation

    QTimer.singleShot(20, act)
    return seen


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
    win.speech.close()
    app.setStyleSheet("")


def test_a_whole_session_by_keyboard(window, qtbot):
    heard: list[str] = []
    window.announcer.announced.connect(heard.append)
    states: list[str] = []
    window.speech.state_changed.connect(states.append)

    # The sample issue is open, focus on its first item.
    assert window.model.issue.title == "VNG-nieuwsbrief"
    assert window.current_row() == 0

    # The fifth item.
    for _ in range(4):
        press(qtbot, Qt.Key.Key_Down)
    assert window.current_row() == 4
    assert window.current_item().title.startswith("Afsluitbijeenkomst Aanjaagteam")
    assert window.reading_view.toPlainText().startswith("Afsluitbijeenkomst")

    # Read it aloud with Space, then stop with Ctrl+.
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "playing" in states, timeout=10000)
    assert window.item_list.hasFocus(), "reading aloud must not take focus"
    press(qtbot, Qt.Key.Key_Period, CTRL)
    qtbot.waitUntil(lambda: states[-1] is PlayState.IDLE, timeout=2000)
    assert not window.model.is_read(4), "stopping early does not mark the item read"

    # Larger text, announced.
    before = window.display.settings().text_size
    press(qtbot, Qt.Key.Key_Equal, CTRL)
    assert window.display.settings().text_size > before
    assert any("110" in text for text in heard)

    # Another colour theme, announced.
    theme = window.display.settings().theme
    press(qtbot, Qt.Key.Key_C, CTRL | SHIFT)
    assert window.display.settings().theme != theme
    assert heard[-1]

    # Change a setting: read-aloud settings, "Stop after each item" by its access key, Enter.
    enter = (Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    titles = in_dialog(qtbot, (Qt.Key.Key_T, ALT), enter)
    press(qtbot, Qt.Key.Key_R, CTRL | SHIFT)
    assert titles
    assert titles[0].startswith("Read-aloud settings")
    assert window.speech.settings.stop_after_each_item
    saved = json.loads(settings_path().read_text(encoding="utf-8"))
    assert saved["speech_stop_after_item"] is True

    # Back where we were: the fifth item, focus in the list.
    qtbot.waitUntil(window.item_list.hasFocus)
    assert window.current_row() == 4
    press(qtbot, Qt.Key.Key_I, CTRL | SHIFT)
    assert heard[-1].startswith("Item 5 of 13")
