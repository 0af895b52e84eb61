"""Default keys stay clear of screen-reader keys and of each other."""

from __future__ import annotations

from reader.core.prefs.keymap import (
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


# ACCESSIBILITY.md, section 2.1 ("Keys that belong to the screen reader - do NOT bind them"),
# as Qt's portable text names them ("Meta" is Win/Super, and Control on macOS; "Ctrl" is Cmd
# on macOS, so Ctrl+F5 is VoiceOver's Cmd+F5).
SCREEN_READER_KEYS = (
    "Ins", "Insert", "Ctrl+Ins", "Shift+Ins", "CapsLock", "Ctrl+CapsLock",  # SR modifiers
    "Num+0", "Num+5", "Num++", "Num+-", "Num+*", "Num+/", "Num+Enter",  # review cursor
    "Ctrl", "Shift",  # stop, pause speech (NVDA)
    "Ctrl+Alt+N",  # starts NVDA
    "Meta+Ctrl+Return",  # Win+Ctrl+Enter starts Narrator
    "Meta+Ctrl+N",  # Narrator settings
    "Meta+Alt+S",  # Super+Alt+S toggles Orca
    "Ctrl+F5",  # Cmd+F5 toggles VoiceOver
    "Meta+Alt+A", "Meta+Alt+U", "Meta+Alt+Right",  # VoiceOver's Ctrl+Option chords
    "Ctrl+Alt+Up", "Ctrl+Alt+Down", "Ctrl+Alt+Left", "Ctrl+Alt+Right",  # table navigation
    "Alt+Shift+Up", "Alt+Shift+Down", "Alt+Shift+Left", "Alt+Shift+Right",
    "Alt+Tab", "Alt+F4", "F10", "Shift+F10", "Menu",  # the desktop's own keys
)


def test_every_key_of_accessibility_md_is_refused():
    for key in SCREEN_READER_KEYS:
        assert not is_screen_reader_safe(key), key


def test_ordinary_chords_are_still_allowed():
    for key in ("Ctrl+Shift+I", "Alt+Down", "Ctrl+Shift+Down", "F6", "Ctrl+=", "Alt+PgDown"):
        assert is_screen_reader_safe(key), key


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
