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

