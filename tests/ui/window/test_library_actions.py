"""Every command, library ones included, gets a unique access key and a shortcut once bound."""

from __future__ import annotations

import re

import pytest
from PySide6.QtWidgets import QApplication, QMainWindow

from reader.core.prefs.keymap import DEFAULT_KEYS, conflicts, is_screen_reader_safe
from reader.ui.common.i18n import install_translator
from reader.ui.window.actions import ActionRegistry

LIBRARY_COMMANDS = ("file.add_source", "file.catalog", "go.search", "item.read_more",
                    "item.star", "library.refresh_all", "library.refresh_source",
                    "library.cancel_refresh")


def test_library_commands_have_safe_keys_that_clash_with_nothing():
    for command in LIBRARY_COMMANDS:
        assert DEFAULT_KEYS[command], command
        assert all(is_screen_reader_safe(k) for k in DEFAULT_KEYS[command])
    assert conflicts(DEFAULT_KEYS) == {}
    assert DEFAULT_KEYS["library.refresh_all"] == ("F5",)


@pytest.mark.parametrize("language", ["en", "nl"])
def test_all_commands_bound_give_unique_access_keys(qtbot, language):
    app = QApplication.instance()
    translator = install_translator(app, language)
    try:
        window = QMainWindow()
        qtbot.addWidget(window)
        registry = ActionRegistry(window)
        for command in DEFAULT_KEYS:
            registry.bind(command, lambda: None)
        registry.build_menus(window.menuBar())
        bar = [re.search(r"&(\w)", a.text()).group(1).lower()
               for a in window.menuBar().actions()]
        assert len(bar) == len(set(bar)), bar
        for menu_action in window.menuBar().actions():
            actions = [a for a in menu_action.menu().actions() if not a.isSeparator()]
            letters = [re.search(r"&(\w)", a.text()).group(1).lower() for a in actions]
            assert len(letters) == len(set(letters)), [a.text() for a in actions]
            assert all(not a.shortcut().isEmpty() for a in actions)
        titles = [a.text() for a in window.menuBar().actions()]
        assert ("B&ibliotheek" if language == "nl" else "&Library") in titles
    finally:
        if translator is not None:
            app.removeTranslator(translator)
