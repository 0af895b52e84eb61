"""Keyboard journeys a screen-reader user makes: key clash, library tree entry, briefing undo.

Every step is a key press; what a screen reader would say is read from the feedback channel
(every announcement) and from the accessibility interfaces, as AT-SPI exposes them.
"""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication, QDialog

from reader.core.library.store import Library
from reader.core.models import Issue, Item
from reader.core.prefs.keymap import DEFAULT_KEYS
from reader.ui.common.feedback import hub
from reader.ui.library.controller import LibraryController
from reader.ui.library.pane import LibraryPane
from reader.ui.window.main_window import MainWindow
from tests.ui.helpers import accessible, make_issue

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
NONE = Qt.KeyboardModifier.NoModifier


@pytest.fixture
def said(qtbot) -> Iterator[list[str]]:
    heard: list[str] = []
    hub().said.connect(heard.append)
    yield heard
    hub().said.disconnect(heard.append)


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


def press(qtbot, key, mods=NONE) -> None:
    focus = QApplication.focusWidget()
    assert focus is not None, "keyboard focus was lost"
    qtbot.keyClick(focus, key, mods)


def test_key_clash_is_announced_and_escape_closes_the_dialog(window, qtbot, said):
    steps: dict[str, object] = {}

    def in_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or not dialog.isActiveWindow():
            if dialog is not None:
                dialog.activateWindow()
            QTimer.singleShot(20, in_dialog)
            return
        # The commands list has focus, on "Open…"; Tab goes to the key field.
        press(qtbot, Qt.Key.Key_Tab)
        field = dialog.key_edit
        steps["in field"] = field.hasFocus()
        press(qtbot, Qt.Key.Key_M, CTRL)  # "Mark as read" has Ctrl+M already
        steps["description"] = accessible(field).text(QAccessible.Text.Description)
        steps["said"] = list(said)
        press(qtbot, Qt.Key.Key_Space)  # never a command's key
        press(qtbot, Qt.Key.Key_Return)  # presses OK, which refuses while the clash stays
        steps["still open"] = dialog.isVisible()
        steps["focus after OK"] = field.hasFocus()
        press(qtbot, Qt.Key.Key_Escape)  # closes; not recorded as a key

    QTimer.singleShot(0, in_dialog)
    press(qtbot, Qt.Key.Key_K, CTRL | SHIFT)  # Keyboard settings
    assert steps["in field"]
    assert "Ctrl+M is used by" in str(steps["description"])
    assert any("Ctrl+M is used by" in text and "Open" in text for text in steps["said"])
    assert any("Space cannot be the key" in text for text in said)
    assert steps["still open"]
    assert steps["focus after OK"]
    assert QApplication.activeModalWidget() is None  # Escape closed the dialog
    assert window.actions_.keys("file.open") == DEFAULT_KEYS["file.open"]
    qtbot.waitUntil(window.item_list.hasFocus)  # focus is back where it was


def test_escape_return_and_space_are_never_recorded(window, qtbot):
    from reader.ui.window.keys_dialog import KeysDialog

    dialog = KeysDialog(window.actions_, False, window)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.key_edit.setFocus()
    qtbot.waitUntil(dialog.key_edit.hasFocus)
    before = dialog.keys()
    for key in (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter):
        qtbot.keyClick(dialog.key_edit, key)
        qtbot.keyClick(dialog.key_edit, key, SHIFT)
    assert dialog.keys() == before
    qtbot.keyClick(dialog.key_edit, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.keys() == before


def stored_issue(title: str, date: str) -> Issue:
    items = [Item(title=f"{title} {date} bericht {n}", summary=(f"Tekst {n}.",))
             for n in (1, 2)]
    return Issue(title=title, date=date).with_items(items)


@pytest.fixture
def library_pane(qtbot) -> Iterator[LibraryPane]:
    controller = LibraryController(Library())
    writer = controller.library.writer
    vng = writer.add_source("VNG nieuws", "https://vng.nl/nieuws", "page")
    writer.store_issue(vng, "https://vng.nl/nb/1", stored_issue("VNG 1", "2024-03-04"), b"")
    nu = writer.add_source("NU - Algemeen", "https://nu.nl/rss", "feed")
    for n, day in ((1, "Mon, 11 Mar 2024 00:27:55 +0100"), (2, "Tue, 12 Mar 2024 08:00:00 +0100")):
        writer.store_issue(nu, f"https://nu.nl/{n}", stored_issue("NU - Algemeen", day), b"")
    pane = LibraryPane(controller)
    qtbot.addWidget(pane)
    pane.show()
    with qtbot.waitSignal(pane.reloaded):
        pane.reload()
    yield pane
    controller.shutdown()


def test_entering_the_library_tree_reports_the_open_issue(library_pane, qtbot):
    tree = library_pane.tree
    model = tree.model()
    nu_row = next(r for r in range(model.rowCount())
                  if model.index(r, 0).data().startswith("NU - Algemeen"))
    # The open issue is in the second source, whose rows are folded away: as after opening
    # an issue from a search while focus is elsewhere.
    second_issue = model.index(1, 0, model.index(nu_row, 0))
    tree.selectionModel().setCurrentIndex(second_issue,
                                          tree.selectionModel().SelectionFlag.Clear)
    tree.collapseAll()
    tree.clearFocus()
    assert not tree.isExpanded(second_issue.parent())
    assert tree.currentIndex() == second_issue

    tree.setFocus(Qt.FocusReason.TabFocusReason)  # F6 or Tab into the tree
    qtbot.waitUntil(tree.hasFocus)
    focus = accessible(tree).focusChild()
    assert focus is not None
    assert focus.text(QAccessible.Text.Name) == second_issue.data()
    assert focus.state().selected
    assert "level 2" in focus.text(QAccessible.Text.Description)
    # Up moves from the row the user heard, to the other issue of the same source.
    qtbot.keyClick(tree, Qt.Key.Key_Up)
    assert tree.currentIndex().parent() == second_issue.parent()


def test_issue_dates_are_said_in_the_interface_language(library_pane):
    names = []
    model = library_pane.tree.model()
    for r in range(model.rowCount()):
        source = model.index(r, 0)
        names += [model.index(c, 0, source).data() for c in range(model.rowCount(source))]
    assert any("11 March 2024" in n for n in names), names
    assert not any("+0100" in n or "00:27" in n for n in names), names


def test_delete_in_the_briefing_is_announced_and_undone(window, qtbot, said):
    for row in range(3):
        window.go_to_row(row)
        press(qtbot, Qt.Key.Key_B, CTRL)
    press(qtbot, Qt.Key.Key_B, CTRL | SHIFT)  # to the briefing pane
    pane = window.briefing_dock.pane
    qtbot.waitUntil(pane.entries.hasFocus)
    pane.entries.setCurrentIndex(pane.model.index(1, 0))
    titles = [e.title for e in pane.briefing().entries]

    press(qtbot, Qt.Key.Key_Delete)
    assert [e.title for e in pane.briefing().entries] == [titles[0], titles[2]]
    assert said[-1].startswith(f"Removed {titles[1]}; 2 items left")

    press(qtbot, Qt.Key.Key_Z, CTRL)
    assert [e.title for e in pane.briefing().entries] == titles
    assert said[-1] == f"{titles[1]} is back at position 2 of 3"
    assert pane.current_row() == 1
    press(qtbot, Qt.Key.Key_Z, CTRL)  # nothing left to undo: said, nothing changes
    assert said[-1] == "Nothing to undo"
    assert [e.title for e in pane.briefing().entries] == titles
