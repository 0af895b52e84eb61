"""Alt+letter opens what it says: no two menus or controls share an access key.

A label's access key (Alt+V for "Volume") that matches a menu (Alt+V for "View") sent the
key to the control, and the menu opened only on a second press. Checked in Dutch and English,
in the main window, in each menu and in each dialog (on every tab page).
"""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QTabWidget

from reader.ui.common.i18n import install_translator
from tests.ui.window_checks import access_keys, menu_clashes, mnemonic_clashes
from tests.ui.window_gallery import close_window, dialogs, open_main_window, shown_dialog

pytestmark = pytest.mark.no_qt_log


@pytest.fixture(params=["nl", "en"])
def window(request, qtbot):
    app = QApplication.instance()
    translator = install_translator(app, request.param)
    win = open_main_window()
    qtbot.addWidget(win)
    yield win
    close_window(win)
    if translator is not None:
        app.removeTranslator(translator)


def test_menus_and_window_controls_never_share_an_access_key(window):
    keys = access_keys(window)
    assert len([k for k, v in keys.items() if any(x.startswith("menu") for x in v)]) >= 6
    assert mnemonic_clashes(window) == []
    window.ensure_briefing().show()
    QApplication.processEvents()
    assert mnemonic_clashes(window) == []
    for action in window.menuBar().actions():
        assert menu_clashes(action.menu()) == []


def test_no_dialog_has_two_controls_on_one_access_key(window):
    problems = []
    for name, build in dialogs(window).items():
        with shown_dialog(build) as dialog:
            pages = dialog.findChildren(QTabWidget)
            for tabs in pages or [None]:
                for index in range(tabs.count() if tabs else 1):
                    if tabs:
                        tabs.setCurrentIndex(index)
                    problems += [f"{name}: {p}" for p in mnemonic_clashes(dialog)]
    assert problems == []


def test_alt_letter_of_every_menu_opens_that_menu_at_the_first_press(window, qtbot):
    from PySide6.QtCore import Qt

    from tests.ui.window_checks import mnemonic, plain

    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    for action in window.menuBar().actions():
        letter = mnemonic(action.text())
        assert letter, plain(action.text())
        window.item_list.setFocus()
        qtbot.waitUntil(window.item_list.hasFocus)
        qtbot.keyClick(window.item_list, ord(letter.upper()), Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=3000)
        assert QApplication.activePopupWidget() is action.menu(), plain(action.text())
        action.menu().close()
        qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None, timeout=3000)
