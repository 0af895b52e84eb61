"""Changing keys: clashes and screen-reader keys are refused, a free key is kept and saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence

from reader.ui.window.keys_dialog import KeysDialog
from reader.ui.window.main_window import MainWindow
from tests.ui.a11y_checks import focusable_problems, label_in_name_problems, tab_cycle
from tests.ui.helpers import make_issue


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show_issue(make_issue(3))
    return win


@pytest.fixture
def dialog(window, qtbot):
    dlg = KeysDialog(window.actions_, False, window)
    qtbot.addWidget(dlg)
    dlg.show()
    qtbot.waitExposed(dlg)
    return dlg


def choose(dialog: KeysDialog, command: str) -> None:
    for i in range(dialog.commands.count()):
        if dialog.commands.item(i).data(Qt.ItemDataRole.UserRole) == command:
            dialog.commands.setCurrentRow(i)
            return
    raise AssertionError(command)


def record(dialog: KeysDialog, qtbot, key, mods) -> None:
    dialog.key_edit.setFocus()
    qtbot.waitUntil(dialog.key_edit.hasFocus)
    qtbot.keyClick(dialog.key_edit, key, mods)


def ok_is_refused(dialog, qtbot) -> bool:
    """OK stays in the Tab order; pressing it keeps the dialog open on the key field."""
    dialog.ok_button.click()
    qtbot.waitUntil(dialog.key_edit.hasFocus)
    return dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted


def test_a_clash_is_named_and_blocks_ok(dialog, qtbot):
    choose(dialog, "go.where_am_i")
    record(dialog, qtbot, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    assert dialog.ok_button.isEnabled()
    assert ok_is_refused(dialog, qtbot)
    assert "Ctrl+M is used by" in dialog.problem.text()
    assert "Where am I?" in dialog.problem.text()


def test_a_screen_reader_key_is_refused(dialog, qtbot):
    choose(dialog, "go.where_am_i")
    record(dialog, qtbot, Qt.Key.Key_Insert, Qt.KeyboardModifier.ControlModifier)
    assert ok_is_refused(dialog, qtbot)
    assert "belongs to screen readers" in dialog.problem.text()


def test_a_free_key_is_accepted_and_reset_restores(dialog, qtbot):
    choose(dialog, "go.where_am_i")
    record(dialog, qtbot, Qt.Key.Key_W,
           Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert dialog.ok_button.isEnabled()
    assert dialog.overrides() == {"go.where_am_i": ("Ctrl+Alt+W",)}
    dialog.reset_button.click()
    assert dialog.overrides() == {}


def test_new_keys_work_in_the_window(window, qtbot):
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.item_list.hasFocus)
    window.apply_keys({"go.next_item": ("Ctrl+Alt+N",)}, letters=True)
    assert window.actions_.action("go.next_item").shortcut() == QKeySequence("Ctrl+Alt+N")
    qtbot.keyClick(window.item_list, Qt.Key.Key_N,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier)
    assert window.current_item().title == "Onderwerp 2"
    assert window.letters_enabled


def test_dialog_is_named_labelled_and_has_no_tab_trap(dialog, qtbot):
    assert focusable_problems(dialog) == []
    assert label_in_name_problems(dialog) == []
    seen = tab_cycle(qtbot, dialog.commands)
    assert dialog.key_edit in seen
    assert dialog.ok_button in seen


def test_the_key_sheet_lists_keys_that_work_in_one_pane_and_the_letters(qtbot, window):
    from reader.ui.window.shortcuts import ShortcutsDialog

    sheet = ShortcutsDialog(window.actions_, False, window)
    qtbot.addWidget(sheet)
    table = sheet.table
    rows = [tuple(table.item(r, c).text() for c in range(3)) for r in range(table.rowCount())]
    keys = {row[2] for row in rows}
    for wanted in ("Space", "Esc", "F2", "Shift+F10 or Menu", "Ctrl+Up or Ctrl+Down", "F10",
                   "Esc or Backspace", "Up or Down or Home or End"):
        assert wanted in keys, wanted
    letters = [row for row in rows if row[1].startswith("Letters")]
    assert len(letters) == 9, "the single letters are listed even while switched off"
    assert "Keyboard settings" in letters[0][1]
    assert any(r[0] == "Wider pane" and r[2] == "Ctrl+]" for r in rows)


@pytest.mark.parametrize(("key", "mods"), [
    (Qt.Key.Key_Down, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Q, Qt.KeyboardModifier.NoModifier),
    (Qt.Key.Key_Home, Qt.KeyboardModifier.ShiftModifier),
])
def test_a_plain_navigation_or_typing_key_is_refused(dialog, qtbot, key, mods):
    choose(dialog, "file.quit")
    record(dialog, qtbot, key, mods)
    assert ok_is_refused(dialog, qtbot)
    assert "moves or types in lists and text" in dialog.problem.text()


def test_a_settings_file_giving_down_to_quit_is_refused_with_a_message(qtbot):
    import argparse
    import json

    from PySide6.QtWidgets import QApplication

    from reader.core.prefs.settings import settings_path
    from reader.ui.app import build_window

    path = settings_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"shortcuts": {"file.quit": ["Down"]}}), encoding="utf-8")
    app = QApplication.instance()
    win = build_window(app, argparse.Namespace(path=None, theme=None, text_size=None))
    qtbot.addWidget(win)
    try:
        assert "file.quit: Down" in (win.display.startup_message or "")
        assert win.actions_.keys("file.quit") == ("Ctrl+Q",)
        win.show()
        win.activateWindow()
        qtbot.waitUntil(win.item_list.hasFocus)
        qtbot.keyClick(win.item_list, Qt.Key.Key_Down)
        assert win.isVisible()  # Down moved in the list; it did not quit
    finally:
        win.library_wiring.controller.shutdown()
        win.speech.close()
        app.setStyleSheet("")
