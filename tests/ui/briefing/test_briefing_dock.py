"""The briefing pane in the main window: Ctrl+B adds the shown item, F6 reaches the pane."""

from __future__ import annotations

from dataclasses import dataclass

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reader.core.briefing.store import BriefingStore
from reader.core.prefs.settings import Settings
from reader.core.prefs.themes import BUILT_IN
from reader.ui.window.main_window import MainWindow
from tests.ui.helpers import make_issue

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@dataclass
class Shown:
    """The window on screen with its own briefings file, and what it announced."""

    window: MainWindow
    heard: list[str]


@pytest.fixture
def shown(qtbot, tmp_path):
    store = BriefingStore(tmp_path / "briefings.sqlite")
    win = MainWindow(briefing_store=store)
    qtbot.addWidget(win)
    heard: list[str] = []
    win.announcer.announced.connect(heard.append)
    win.show_issue(make_issue(4))
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    qtbot.waitUntil(win.item_list.hasFocus)
    yield Shown(win, heard)
    store.close()


def press(qtbot, key, mods=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, mods)


def test_ctrl_b_adds_the_shown_item_and_says_so(shown, qtbot):
    window = shown.window
    press(qtbot, Qt.Key.Key_B, CTRL)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_B, CTRL)
    pane = window.briefing_dock.pane
    assert window.briefing_dock.isVisible(), "adding shows the pane"
    assert [e.title for e in pane.briefing().entries] == ["Onderwerp 1", "Onderwerp 3"]
    assert shown.heard[-1] == "Added to briefing Untitled briefing: Onderwerp 3"
    assert window.item_list.hasFocus(), "adding leaves focus where it was"
    item_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Item")
    assert "&Add to briefing" in [a.text() for a in item_menu.actions()]


def test_f6_reaches_the_briefing_entries_and_back(shown, qtbot):
    window = shown.window
    press(qtbot, Qt.Key.Key_B, CTRL)
    entries = window.briefing_dock.pane.entries
    press(qtbot, Qt.Key.Key_F6)
    assert window.reading_view.hasFocus()
    press(qtbot, Qt.Key.Key_F6)
    assert entries.hasFocus(), "F6 after the article is the briefing's list"
    press(qtbot, Qt.Key.Key_F6)
    assert window.item_list.hasFocus(), "and round again to the items"
    press(qtbot, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert entries.hasFocus(), "Shift+F6 goes back to the briefing"


def test_pane_is_hidden_until_wanted_and_view_key_toggles_it(shown, qtbot):
    window = shown.window
    assert window.briefing_dock is None, "built only when first wanted"
    press(qtbot, Qt.Key.Key_F6)
    press(qtbot, Qt.Key.Key_F6)
    assert window.item_list.hasFocus(), "F6 goes round the items and the article only"
    qtbot.keyClick(window.item_list, Qt.Key.Key_B, CTRL_SHIFT)
    assert window.briefing_dock.isVisible()
    qtbot.waitUntil(lambda: window.briefing_dock.pane.isAncestorOf(QApplication.focusWidget()))
    press(qtbot, Qt.Key.Key_B, CTRL_SHIFT)
    assert not window.briefing_dock.isVisible()


def test_exports_take_the_readers_font_spacing_and_colours(shown, qtbot):
    window = shown.window
    settings = Settings(theme="yellow-on-black", font_family="Lexend", line_height=2.0,
                        text_size=200)
    theme = BUILT_IN["yellow-on-black"]
    window.display_changed(settings, theme)
    style = window.ensure_briefing().pane.style_
    assert style.background == theme.background
    assert style.foreground == theme.text
    assert style.font_family == "Lexend"
    assert style.line_height == 2.0
    assert style.font_size_pt == 36  # 18 pt large print at the reader's 200 %
    # A document keeps its own print colours unless the user asks for the screen's.
    assert style.colours().background == "#ffffff"
    assert style.with_palette("screen").colours().foreground == "#ffff00"
    later = Settings(theme="cream", line_height=1.5)
    window.display_changed(later, BUILT_IN["cream"])
    assert window.briefing_dock.pane.style_.line_height == 1.5
