"""Default keys stay clear of screen-reader keys and of each other."""

from __future__ import annotations

from reader.core.keymap import (
    DEFAULT_KEYS,
    LETTER_KEYS,
    conflicts,
    is_screen_reader_safe,
    merged_keys,
    normalise,
)


def test_no_default_key_belongs_to_a_screen_reader():
    for command, keys in DEFAULT_KEYS.items():
        for key in keys:
            assert is_screen_reader_safe(key), (command, key)


def test_screen_reader_keys_are_recognised():
    for key in ("Insert", "Ctrl+Ins", "CapsLock+A", "Keypad+5", "Ctrl", "Shift", "Ctrl+Shift"):
        assert not is_screen_reader_safe(key), key


def test_defaults_have_no_conflicts():
    assert conflicts(DEFAULT_KEYS) == {}


def test_a_remapped_key_that_clashes_is_reported():
    keys = merged_keys({"go.where_am_i": ["ctrl+m"]})
    found = conflicts(keys)
    assert found == {"Ctrl+M": ["go.where_am_i", "item.toggle_read"]}


def test_unknown_commands_in_overrides_are_ignored():
    assert merged_keys({"no.such": ["Ctrl+Z"]}) == DEFAULT_KEYS


def test_normalise_orders_modifiers():
    assert normalise("shift+ctrl+i") == "Ctrl+Shift+I"
    assert normalise("Alt+PgDown") == "Alt+PgDown"


def test_f6_cycles_panes_and_f1_is_help():
    assert "F6" in DEFAULT_KEYS["go.next_pane"]
    assert "Shift+F6" in DEFAULT_KEYS["go.previous_pane"]
    assert "F1" in DEFAULT_KEYS["help.shortcuts"]
    assert "Ctrl+/" in DEFAULT_KEYS["help.shortcuts"]


def test_letter_keys_mirror_nvda():
    assert LETTER_KEYS["H"] == "letter.next_item"
    assert LETTER_KEYS["K"] == "letter.next_link"
    assert LETTER_KEYS["P"] == "letter.next_paragraph"
    assert LETTER_KEYS["T"] == "letter.next_theme"
