"""Ctrl+Shift+H lists the shown issue's earlier versions; Return goes back to one, and the
note the user wrote stays with its item."""

from __future__ import annotations

import argparse

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from reader.core.library.store import Library
from reader.core.models import Issue, Item
from reader.core.storage.paths import library_path
from reader.ui.app import build_window
from reader.ui.library.dialogs.versions_dialog import VersionsDialog

pytestmark = pytest.mark.no_qt_log

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _issue(rate: str) -> Issue:
    return Issue("Raadsbericht week 48", source="Raad").with_items([
        Item("Begroting vastgesteld", summary=("De raad stemde in.",),
             link="https://gemeente.example/begroting"),
        Item("Afvalstoffenheffing", summary=(f"De tarieven stijgen met {rate}.",),
             link="https://gemeente.example/afval"),
    ])


def test_go_back_to_an_earlier_version_with_the_keyboard(qtbot) -> None:
    lib = Library(library_path())
    source = lib.writer.add_source("Raad", "https://gemeente.example/raad", "page")
    lib.writer.store_issue(source, "https://gemeente.example/raad", _issue("drie procent"), b"1")
    issue_id = lib.issues()[0].id
    lib.writer.set_note(lib.items(issue_id)[1].id, "Navragen bij de wethouder")
    assert lib.writer.store_issue(source, "https://gemeente.example/raad",
                                  _issue("vier procent"), b"2") == "updated"
    lib.close()

    app = QApplication.instance()
    win = build_window(app, argparse.Namespace(path=None, theme=None, text_size=None))
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    wiring = win.library_wiring
    seen: list[str] = []

    def choose() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, VersionsDialog)
        seen.append(dialog.list.currentItem().text())
        qtbot.keyClick(dialog.list, Qt.Key.Key_Return)

    try:
        qtbot.waitUntil(lambda: wiring.pane.current_issue_id() == issue_id)
        qtbot.waitUntil(win.item_list.hasFocus)
        win.go_to_row(1)
        assert "vier procent" in win.reading_view.toPlainText()
        QTimer.singleShot(0, choose)
        qtbot.keyClick(win.item_list, Qt.Key.Key_H, CTRL_SHIFT)
        assert seen
        assert seen[0].startswith("2 items, stored ")
        qtbot.waitUntil(lambda: "drie procent" in win.reading_view.toPlainText())
        assert win.current_row() == 1  # the same item stays current
        stored = wiring.controller.library.items(issue_id)
        assert stored[1].note == "Navragen bij de wethouder"
        assert len(wiring.controller.library.versions(issue_id)) == 1  # "vier" kept
    finally:
        wiring.controller.shutdown()
        win.speech.close()
        app.setStyleSheet("")
