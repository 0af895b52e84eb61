"""The briefing pane in the main window: Ctrl+B adds the shown item, F6 reaches the pane."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from reader.core.briefing.store import BriefingStore
from reader.ui.window.main_window import MainWindow
from tests.ui.helpers import make_issue

CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, tmp_path):
    store = BriefingStore(tmp_path / "briefings.sqlite")
    win = MainWindow()
    qtbot.addWidget(win)

    win.briefing_store = store
    dock = win.ensure_briefing()
    win.heard = []
    win.announcer.announced.connect(win.heard.append)
    win.dock = dock
    win.show_issue(make_issue(4))
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    qtbot.waitUntil(win.item_list.hasFocus)
    yield win
    store.close()


def press(qtbot, key, mods=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(QApplication.focusWidget(), key, mods)


def test_ctrl_b_adds_the_shown_item_and_says_so(window, qtbot):
    press(qtbot, Qt.Key.Key_B, CTRL)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_Down)
    press(qtbot, Qt.Key.Key_B, CTRL)
    pane = window.dock.pane
    assert [e.title for e in pane.briefing().entries] == ["Onderwerp 1", "Onderwerp 3"]
    assert window.heard[-1] == "Added to briefing Untitled briefing: Onderwerp 3"
    assert window.item_list.hasFocus(), "adding leaves focus where it was"
    item_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Item")
    assert "&Add to briefing" in [a.text() for a in item_menu.actions()]


def test_f6_reaches_the_briefing_entries(window, qtbot, monkeypatch):
    # What MainWindow.panes() will return once the lead wires the dock in.
    monkeypatch.setattr(window, "panes", lambda: [window.item_list, window.reading_view,
                                                  window.dock.pane])
    press(qtbot, Qt.Key.Key_B, CTRL)
    press(qtbot, Qt.Key.Key_F6)
    press(qtbot, Qt.Key.Key_F6)
    assert window.dock.pane.entries.hasFocus()
    press(qtbot, Qt.Key.Key_F6)
    assert window.item_list.hasFocus()
    press(qtbot, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert window.dock.pane.entries.hasFocus()


def test_pane_is_hidden_until_wanted_and_view_key_toggles_it(qtbot):
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    from reader.ui.window.main_window import MainWindow
    from tests.ui.helpers import make_issue

    win = MainWindow()
    qtbot.addWidget(win)
    win.show_issue(make_issue(3))
    win.show()
    win.activateWindow()
    qtbot.waitUntil(win.item_list.hasFocus)
    assert win.briefing_dock is None, "built only when first wanted"
    assert len(win.panes()) == 2
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(win.item_list, Qt.Key.Key_B, ctrl_shift)
    assert win.briefing_dock.isVisible()
    qtbot.waitUntil(lambda: win.briefing_dock.pane.isAncestorOf(QApplication.focusWidget()))
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_B, ctrl_shift)
    assert not win.briefing_dock.isVisible()


def test_exports_take_the_readers_font_spacing_and_colours(qtbot):
    from reader.core.prefs.settings import Settings
    from reader.core.prefs.themes import BUILT_IN
    from reader.ui.window.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    settings = Settings(theme="yellow-on-black", font_family="Lexend", line_height=2.0,
                        text_size=200)
    theme = BUILT_IN["yellow-on-black"]
    win.display_changed(settings, theme)
    style = win.ensure_briefing().pane.style_
    assert style.background == theme.background
    assert style.foreground == theme.text
    assert style.font_family == "Lexend"
    assert style.line_height == 2.0
    assert style.font_size_pt == 36  # 18 pt large print at the reader's 200 %
    # A document keeps its own print colours unless the user asks for the screen's.
    assert style.colours().background == "#ffffff"
    assert style.with_palette("screen").colours().foreground == "#ffff00"
    later = Settings(theme="cream", line_height=1.5)
    win.display_changed(later, BUILT_IN["cream"])
    assert win.briefing_dock.pane.style_.line_height == 1.5
