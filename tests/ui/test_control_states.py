"""Controls show their state in every theme: a placeholder is visibly not a value."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit

from tests.ui.sweep import settle
from tests.ui.window_gallery import close_window, dialogs, open_main_window, shown_dialog

pytestmark = pytest.mark.no_qt_log


@pytest.mark.parametrize("theme", ["yellow-on-black", "light"])
def test_a_placeholder_is_italic_and_typed_text_is_upright(qtbot, theme):
    window = open_main_window(theme, 200)
    try:
        with shown_dialog(dialogs(window)["add-source"]) as dialog:
            settle()
            address = dialog.address
            assert isinstance(address, QLineEdit)
            assert address.placeholderText()
            assert address.font().italic(), "an empty field's hint must not look like a value"
            qtbot.keyClicks(address, "https://example.org/feed")
            assert not address.font().italic()
            address.clear()
            assert address.font().italic()
    finally:
        close_window(window)


@pytest.mark.parametrize("theme", ["dark", "yellow-on-black"])
def test_the_file_dialog_buttons_show_their_icons_in_dark_themes(qtbot, theme, tmp_path):
    from PySide6.QtWidgets import QFileDialog, QToolButton

    from tests.ui.window_checks import icon_contrast_problems

    window = open_main_window(theme, 100)
    try:
        dialog = QFileDialog(window, "Export", str(tmp_path))
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        dialog.show()  # a child of the window: closed and deleted with it
        settle()
        buttons = [b for b in dialog.findChildren(QToolButton)
                   if b.isVisible() and not b.icon().isNull()]
        assert len(buttons) >= 3, "back, forward, new folder, list and detail view"
        assert icon_contrast_problems(dialog) == []
        dialog.close()
    finally:
        close_window(window)
