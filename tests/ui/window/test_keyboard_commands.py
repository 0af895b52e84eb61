"""Menus, shortcuts, panes, announcements and letter keys, driven by key presses."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from reader.core.models import Issue, Item
from reader.ui.common.i18n import install_translator
from reader.ui.window.main_window import MainWindow
from tests.ui.helpers import accessible, name, shown_window


def themed_issue() -> Issue:
    rows = [("Een", "Bestuur"), ("Twee", "Bestuur"), ("Drie", "Arbeidszaken"),
            ("Vier", None), ("Vijf", "Europa")]
    return Issue(title="Thema's").with_items(
        [Item(title=t, category=c, summary=(f"Over {t}.",)) for t, c in rows])


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show_issue(themed_issue())
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    qtbot.waitUntil(win.item_list.hasFocus)
    return win


@pytest.fixture
def heard(window):
    said: list[str] = []
    window.announcer.announced.connect(said.append)
    return said


def title(win: MainWindow) -> str:
    return win.current_item().title


def press(qtbot, key, mods=Qt.KeyboardModifier.NoModifier):
    focus = QApplication.focusWidget()
    assert focus is not None, "nothing has keyboard focus"
    qtbot.keyClick(focus, key, mods)


def test_f6_and_shift_f6_cycle_panes(window, qtbot):
    press(qtbot, Qt.Key.Key_F6)
    assert window.reading_view.hasFocus()
    press(qtbot, Qt.Key.Key_F6)
    assert window.item_list.hasFocus()
    press(qtbot, Qt.Key.Key_F6, Qt.KeyboardModifier.ShiftModifier)
    assert window.reading_view.hasFocus()


def test_where_am_i_announces_position_theme_and_title(window, qtbot, heard):
    press(qtbot, Qt.Key.Key_Down)
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    press(qtbot, Qt.Key.Key_I, ctrl_shift)
    assert heard[-1] == "Item 2 of 5, Bestuur, Twee"
    assert window.item_list.hasFocus(), "announcing must not move focus"


def test_next_and_previous_theme_jump_between_theme_starts(window, qtbot, heard):
    ctrl_shift = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    press(qtbot, Qt.Key.Key_Down, ctrl_shift)
    assert title(window) == "Drie"
    assert heard[-1] == "Theme Arbeidszaken: Drie"
    press(qtbot, Qt.Key.Key_Down, ctrl_shift)
    assert title(window) == "Vijf"
    press(qtbot, Qt.Key.Key_Down, ctrl_shift)
    assert title(window) == "Vijf"
    assert heard[-1] == "No further theme"
    press(qtbot, Qt.Key.Key_Up, ctrl_shift)
    assert title(window) == "Drie"


def test_read_state_changes_only_on_request_and_is_announced(window, qtbot, heard):
    for _ in range(4):
        press(qtbot, Qt.Key.Key_Down)
    assert not any(window.model.is_read(r) for r in range(5)), "focus must not mark read"
    window.item_list.setCurrentIndex(window.model.index(0))
    press(qtbot, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert window.model.is_read(0)
    assert heard[-1] == "Marked as read"
    row = accessible(window.item_list).child(0)
    assert name(row) == "Een, Bestuur"
    press(qtbot, Qt.Key.Key_J, Qt.KeyboardModifier.ControlModifier)
    assert title(window) == "Twee"
    press(qtbot, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    press(qtbot, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert heard[-1] == "Marked as unread"


def test_single_letters_move_like_nvda_and_can_be_switched_off(window, qtbot):
    press(qtbot, Qt.Key.Key_H)
    assert title(window) == "Twee"
    press(qtbot, Qt.Key.Key_T)
    assert title(window) == "Drie"
    press(qtbot, Qt.Key.Key_H, Qt.KeyboardModifier.ShiftModifier)
    assert title(window) == "Twee"
    window.letters_enabled = False
    press(qtbot, Qt.Key.Key_H)
    assert title(window) == "Twee"


def test_k_goes_to_the_link_and_enter_asks_to_open_it(qtbot):
    win = shown_window(qtbot)
    opened: list[str] = []
    win.reading_view.link_activated.connect(opened.append)
    press(qtbot, Qt.Key.Key_K)
    assert win.reading_view.hasFocus()
    assert win.reading_view.textCursor().selectedText().startswith("Read more")
    press(qtbot, Qt.Key.Key_Return)
    assert opened == ["https://example.org/1"]


def run_modal(qtbot, trigger) -> QDialog:
    seen: list[QDialog] = []

    def close_it() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, close_it)
            return
        seen.append(dialog)
        dialog.reject()

    QTimer.singleShot(20, close_it)
    trigger()
    assert seen, "no dialog opened"
    return seen[0]


@pytest.mark.parametrize(("key", "mods"), [(Qt.Key.Key_F1, Qt.KeyboardModifier.NoModifier),
                                           (Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)])
def test_shortcut_sheet_opens_lists_every_command_and_gives_focus_back(window, qtbot, key, mods):
    window.item_list.setFocus()
    dialog = run_modal(qtbot, lambda: press(qtbot, key, mods))
    table = dialog.table
    commands = {table.item(r, 0).text() for r in range(table.rowCount())}
    for command in window.actions_.bound():
        assert window.actions_.action(command).text().replace("&", "") in commands
    keys = [table.item(r, 2).text() for r in range(table.rowCount())]
    assert "F6" in keys
    assert dialog.windowTitle().startswith("Keyboard shortcuts")
    qtbot.waitUntil(window.item_list.hasFocus)


@pytest.mark.parametrize("language", ["en", "nl"])
def test_every_menu_command_has_a_unique_access_key_and_a_shortcut(qtbot, language):
    app = QApplication.instance()
    translator = install_translator(app, language)
    try:
        from reader.core.library.store import Library

        win = MainWindow(library=Library())  # the Library menu, with the pane's source commands
        qtbot.addWidget(win)
        wiring = win.library_wiring
        assert wiring is not None
        bar_keys = [re.search(r"&(\w)", a.text()).group(1).lower()
                    for a in win.menuBar().actions()]
        assert len(bar_keys) == len(set(bar_keys)), bar_keys
        for menu_action in win.menuBar().actions():
            actions = [a for a in menu_action.menu().actions() if not a.isSeparator()]
            letters = []
            for action in actions:
                found = re.search(r"&(\w)", action.text())
                assert found, f"no access key: {action.text()}"
                letters.append(found.group(1).lower())
                assert not action.shortcut().isEmpty(), action.text()
            assert len(letters) == len(set(letters)), [a.text() for a in actions]
        wiring.controller.shutdown()
    finally:
        if translator is not None:
            app.removeTranslator(translator)
