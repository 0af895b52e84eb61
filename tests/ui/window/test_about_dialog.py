"""Help > About (Ctrl+F1): the version, the licence and the third-party notices, by keyboard."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication

from reader import __version__
from reader.ui.common.i18n import install_translator
from reader.ui.window.about_dialog import AboutDialog
from reader.ui.window.main_window import MainWindow
from tests.ui.helpers import accessible, name, shown_window


@pytest.fixture
def window(qtbot):
    return shown_window(qtbot)


def open_with_ctrl_f1(qtbot) -> dict:
    seen: dict = {}

    def read_and_close() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, AboutDialog):
            QTimer.singleShot(20, read_and_close)
            return
        try:
            table = dialog.notices
            seen["title"] = dialog.windowTitle()
            seen["heading"] = dialog.heading.text()
            seen["description"] = dialog.accessibleDescription()
            seen["rows"] = {table.item(r, 0).text(): (table.item(r, 1).text(),
                                                      table.item(r, 2).text())
                            for r in range(table.rowCount())}
            seen["table_name"] = name(accessible(table))
            # The widget that has the keyboard when the dialog is active.
            focus = dialog.focusWidget()
            seen["focus"] = focus.text() if focus is not None else None
        finally:
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)

    QTimer.singleShot(20, read_and_close)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_F1, Qt.KeyboardModifier.ControlModifier)
    assert seen, "Ctrl+F1 opened no About dialog"
    return seen


def test_ctrl_f1_shows_the_version_licence_and_notices_then_gives_focus_back(window, qtbot):
    seen = open_with_ctrl_f1(qtbot)
    assert seen["title"] == "About Helder"
    assert seen["heading"] == f"Helder {__version__}"
    assert "GNU General Public License, version 3" in seen["description"]
    assert seen["table_name"] == "Third-party parts and their licences"
    assert seen["rows"]["PySide6_Essentials"][1].startswith("LGPL-3.0")
    assert seen["rows"]["fontpkg-atkinson-hyperlegible"][1] == "OFL-1.1"
    assert seen["rows"]["Qt 6 (in PySide6)"][1] == "LGPL-3.0-only"
    assert not any(r.startswith("pytest") for r in seen["rows"]), "test tools are not shipped"
    assert seen["focus"] == "Close"
    qtbot.waitUntil(window.item_list.hasFocus)


def test_about_is_in_the_help_menu_and_speaks_dutch(qtbot):
    app = QApplication.instance()
    translator = install_translator(app, "nl")
    try:
        win = MainWindow()
        qtbot.addWidget(win)
        help_menu = win.menuBar().actions()[-1].menu()
        texts = [a.text() for a in help_menu.actions()]
        assert "Over &Helder" in texts
        dialog = AboutDialog(win)
        qtbot.addWidget(dialog)
        assert dialog.windowTitle() == "Over Helder"
        assert "GNU General Public License" in dialog.accessibleDescription()
        assert "vrije software" in dialog.accessibleDescription()
    finally:
        if translator is not None:
            app.removeTranslator(translator)
