"""Keyboard only at 400 % in Yellow on black: the one-column layout carries a whole task.

Open an item, read it aloud and stop with Escape, add it to a briefing, export it, and come
back to the list. After every step the window is photographed and checked: no text cut
short, no overlapping controls, everything inside the window.
"""

from __future__ import annotations

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

from reader.core.speech.queue import PlayState
from tests.ui.sweep import problems_of, settle
from tests.ui.window_checks import elided_texts
from tests.ui.window_gallery import close_window, open_main_window

pytestmark = pytest.mark.no_qt_log

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot):
    # The real player: it stops without holding the GIL (reader/ui/speech/player.py), so the
    # stop that once hung a full run here cannot deadlock against FFmpeg's audio thread.
    win = open_main_window("yellow-on-black", 400)
    qtbot.addWidget(win)
    win.activateWindow()
    qtbot.waitUntil(win.item_list.hasFocus)
    yield win
    close_window(win)


def press(qtbot, key, mods=Qt.KeyboardModifier.NoModifier):
    focus = QApplication.focusWidget()
    assert focus is not None, "keyboard focus was lost"
    qtbot.keyClick(focus, key, mods)
    settle()


def shown_pages(win) -> list[QWidget]:
    return [p for p in win.page_layout.pages() if p.isVisible()]


def photograph(top: QWidget, folder, step: str) -> None:
    """Save the step's picture and check it: whole texts, nothing overlapping or outside."""
    settle()
    image = top.grab()
    assert not image.isNull()
    assert image.save(str(folder / f"{step}.png"))
    assert elided_texts(top) == [], step
    assert problems_of(top) == [], step


def test_open_read_brief_export_and_return_by_keys_at_400_percent(window, qtbot, tmp_path):
    win = window
    heard: list[str] = []
    win.announcer.announced.connect(heard.append)
    assert win.page_layout.one_column, "at 400 % in 1280 px the panes are too narrow"
    assert shown_pages(win) == [win.item_list]
    photograph(win, tmp_path, "01-items")

    # Open the second item: Down, Return; the article takes the whole width.
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Return)
    assert win.reading_view.hasFocus()
    assert shown_pages(win) == [win.reading_view]
    assert win.current_row() == 1
    photograph(win, tmp_path, "02-article")

    # Read it aloud; Escape stops reading and stays on the article.
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: win.speech.state == "playing", timeout=20000)
    assert win.speech_bar.buttons["speech.play_pause"].text() == "Pause"
    photograph(win, tmp_path, "03-reading")
    press(qtbot, Qt.Key.Key_Escape)
    assert win.speech.state is PlayState.IDLE
    assert shown_pages(win) == [win.reading_view]

    # Add it to a briefing (Ctrl+B), then F6 to the briefing page.
    press(qtbot, Qt.Key.Key_B, CTRL)
    qtbot.waitUntil(lambda: win.briefing_dock is not None
                    and win.briefing_dock.pane.briefing() is not None
                    and len(win.briefing_dock.pane.briefing().entries) == 1, timeout=5000)
    press(qtbot, Qt.Key.Key_F6)
    qtbot.waitUntil(lambda: win.briefing_dock.isAncestorOf(QApplication.focusWidget()))
    assert shown_pages(win) == [win.briefing_dock]
    photograph(win, tmp_path, "04-briefing")

    # Export it: Tab to "Export…", Space; in the dialog type the file and press Return.
    pane = win.briefing_dock.pane
    for _ in range(30):
        if QApplication.focusWidget() is pane.export_button:
            break
        press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is pane.export_button
    press(qtbot, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: getattr(pane, "export_dialog", None) is not None
                    and pane.export_dialog.isVisible(), timeout=5000)
    dialog = pane.export_dialog
    photograph(dialog, tmp_path, "05-export")
    press(qtbot, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.path_edit
    target = tmp_path / "briefing.docx"
    press(qtbot, Qt.Key.Key_A, CTRL)
    qtbot.keyClicks(dialog.path_edit, str(target))
    with qtbot.waitSignal(dialog.exported, timeout=30000):
        press(qtbot, Qt.Key.Key_Return)
    # The pane deletes a closed dialog (deleteLater), which may happen before this first look.
    qtbot.waitUntil(lambda: not shiboken6.isValid(dialog) or not dialog.isVisible(),
                    timeout=5000)
    assert target.stat().st_size > 0
    photograph(win, tmp_path, "06-exported")

    # Back to the list: Shift+F6 to the article, Escape to the items.
    qtbot.waitUntil(lambda: win.briefing_dock.isAncestorOf(QApplication.focusWidget()))
    press(qtbot, Qt.Key.Key_F6, SHIFT)
    assert win.reading_view.hasFocus()
    press(qtbot, Qt.Key.Key_Escape)
    assert win.item_list.hasFocus()
    assert shown_pages(win) == [win.item_list]
    assert win.current_row() == 1, "back where the user was"
    photograph(win, tmp_path, "07-back-to-list")


def test_growing_the_text_switches_to_one_page_and_says_so(qtbot):
    win = open_main_window("light", 100)
    try:
        heard: list[str] = []
        win.announcer.announced.connect(heard.append)
        win.item_list.setFocus()
        qtbot.waitUntil(win.item_list.hasFocus)
        assert not win.page_layout.one_column
        for _ in range(12):  # Ctrl+= up to 400 %
            press(qtbot, Qt.Key.Key_Equal, CTRL)
        qtbot.waitUntil(lambda: win.page_layout.one_column, timeout=3000)
        assert "One page at a time; Escape goes back" in heard
        assert shown_pages(win) == [win.item_list], "the page with the focus stays"
        assert win.item_list.hasFocus()
        press(qtbot, Qt.Key.Key_0, CTRL)
        qtbot.waitUntil(lambda: not win.page_layout.one_column, timeout=3000)
        assert heard[-1] == "Panes side by side" or "Panes side by side" in heard
        assert len(shown_pages(win)) == 3
    finally:
        close_window(win)


def test_ctrl_bracket_widens_and_narrows_the_focused_pane(qtbot):
    win = open_main_window("light", 100)
    try:
        heard: list[str] = []
        win.announcer.announced.connect(heard.append)
        tree = win.library_wiring.pane.tree
        tree.setFocus()
        qtbot.waitUntil(tree.hasFocus)
        before = win.splitter.sizes()[0]
        press(qtbot, Qt.Key.Key_BracketRight, CTRL)
        wider = win.splitter.sizes()[0]
        assert wider > before
        assert heard[-1].startswith("Pane width")
        press(qtbot, Qt.Key.Key_BracketLeft, CTRL)
        press(qtbot, Qt.Key.Key_BracketLeft, CTRL)
        assert win.splitter.sizes()[0] < wider
    finally:
        close_window(win)
