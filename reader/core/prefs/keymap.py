"""Default keys for every command, and the rules that keep them clear of screen readers.

Keys are written as Qt's portable text ("Ctrl+Shift+I"). Nothing here may use Insert,
CapsLock or the numeric keypad, which belong to NVDA, JAWS, Narrator and Orca.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

# command id -> default keys (first is shown in menus). Order is the order of the sheet.
DEFAULT_KEYS: dict[str, tuple[str, ...]] = {
    "file.open": ("Ctrl+O",),
    "file.add_source": ("Ctrl+N",),
    "file.catalog": ("Ctrl+Shift+N",),
    "file.save_audio": ("Ctrl+Shift+S",),
    "file.settings": ("Ctrl+,",),
    "file.keys": ("Ctrl+Shift+K",),
    "file.quit": ("Ctrl+Q",),
    "go.next_item": ("Alt+Down",),
    "go.previous_item": ("Alt+Up",),
    "go.next_theme": ("Ctrl+Shift+Down",),
    "go.previous_theme": ("Ctrl+Shift+Up",),
    "go.next_unread": ("Ctrl+J",),
    "go.next_pane": ("F6",),
    "go.previous_pane": ("Shift+F6",),
    "go.where_am_i": ("Ctrl+Shift+I",),
    "go.search": ("Ctrl+F",),
    "item.toggle_read": ("Ctrl+M",),
    "item.open_link": ("Ctrl+Shift+L",),
    "item.add_to_briefing": ("Ctrl+B",),
    "item.read_more": ("Ctrl+L",),
    "item.star": ("Ctrl+D",),
    "item.images_allowed": ("Ctrl+Alt+G",),
    "item.versions": ("Ctrl+Shift+H",),
    "speech.play_pause": ("Ctrl+Space",),
    "speech.read_on": ("Ctrl+Shift+Space",),
    "speech.stop": ("Ctrl+.",),
    "speech.next_sentence": ("Alt+Right",),
    "speech.previous_sentence": ("Alt+Left",),
    "speech.next_paragraph": ("Alt+PgDown",),
    "speech.previous_paragraph": ("Alt+PgUp",),
    "speech.titles_only": ("Ctrl+Shift+T",),
    "speech.settings": ("Ctrl+Shift+R",),
    "speech.pronunciation": ("Ctrl+Shift+U",),
    "speech.voices": ("Ctrl+Shift+O",),
    "library.refresh_all": ("F5",),
    "library.refresh_source": ("Shift+F5",),
    "library.cancel_refresh": ("Ctrl+Shift+F5",),
    "view.bigger": ("Ctrl+=", "Ctrl++"),
    "view.smaller": ("Ctrl+-",),
    "view.reset_size": ("Ctrl+0",),
    "view.next_colours": ("Ctrl+Shift+C",),
    "view.previous_colours": ("Ctrl+Shift+X",),
    "view.briefing": ("Ctrl+Shift+B",),
    "view.wider_pane": ("Ctrl+]",),
    "view.narrower_pane": ("Ctrl+[",),
    "view.images": ("Ctrl+Shift+G",),
    "help.shortcuts": ("F1", "Ctrl+/"),
    "help.about": ("Ctrl+F1",),
    "help.log_folder": ("Ctrl+Shift+F1",),
}

# Optional single-letter keys that mirror NVDA's browse mode; never active in a text field.
LETTER_KEYS: dict[str, str] = {
    "H": "letter.next_item",
    "Shift+H": "letter.previous_item",
    "K": "letter.next_link",
    "Shift+K": "letter.previous_link",
    "P": "letter.next_paragraph",
    "Shift+P": "letter.previous_paragraph",
    "T": "letter.next_theme",
    "Shift+T": "letter.previous_theme",
    "N": "letter.next_unread",
}

# Keys that screen readers and the desktop keep (ACCESSIBILITY.md, section 2.1, "Keys that
# belong to the screen reader"): Insert and CapsLock are the NVDA, JAWS, Narrator and Orca
# modifiers, the keypad is their review cursor, a lone Ctrl or Shift stops or pauses speech.
_RESERVED_WORDS = ("Ins", "Insert", "CapsLock", "Caps Lock", "Num", "Keypad")
_LONE_MODIFIERS = {"Ctrl", "Shift", "Alt", "Meta"}
_ARROWS = {"Up", "Down", "Left", "Right"}
# In Qt's portable text "Meta" is the Windows/Super key (Control on macOS) and "Ctrl" is
# Command on macOS.
RESERVED_KEYS: dict[str, str] = {
    "Ctrl+Alt+N": "starts NVDA",
    "Meta+Ctrl+Return": "starts Narrator (Win+Ctrl+Enter)",
    "Meta+Ctrl+Enter": "starts Narrator (Win+Ctrl+Enter)",
    "Meta+Ctrl+N": "Narrator settings",
    "Meta+Alt+S": "starts and stops Orca (Super+Alt+S)",
    "Ctrl+F5": "starts and stops VoiceOver on macOS (Cmd+F5)",
    "Alt+Tab": "switches windows",
    "Alt+F4": "closes the window",
    "F10": "opens the menu bar",
    "Shift+F10": "opens the context menu",
    "Menu": "opens the context menu",
}


def is_screen_reader_safe(key: str) -> bool:
    """Return False for keys that screen readers or the desktop own (see RESERVED_KEYS)."""
    parts = [p.strip() for p in key.replace("++", "+Plus").split("+") if p.strip()]
    if not parts or set(parts) <= _LONE_MODIFIERS:
        return False
    if any(word.lower() in (p.lower() for p in parts) for word in _RESERVED_WORDS):
        return False
    mods = {p.capitalize() for p in parts[:-1]}
    if parts[-1].capitalize() in _ARROWS and mods in ({"Ctrl", "Alt"}, {"Alt", "Shift"}):
        return False  # table navigation in NVDA, JAWS and Orca
    if {"Meta", "Alt"} <= mods or {"Meta", "Ctrl"} <= mods:
        return False  # VoiceOver's Ctrl+Option on macOS; Win+Ctrl chords on Windows
    reserved = {normalise(k) for k in RESERVED_KEYS}
    return normalise(key) not in reserved


# Keys that move or edit in every list and text field: never the key of a window command
# (with Down bound to Quit, reading the list would close the window).
_PLAIN_KEYS = {"Up", "Down", "Left", "Right", "Home", "End", "PgUp", "PgDown", "Tab",
               "Backtab", "Backspace", "Del", "Delete", "Ins", "Return", "Enter", "Space",
               "Esc", "Escape"}


def is_plain_key(key: str) -> bool:
    """Tell whether a key moves or edits on its own: a navigation or editing key, or a
    character, with or without Shift (Ctrl, Alt or Meta make it a command key)."""
    parts = [p.strip() for p in key.replace("++", "+Plus").split("+") if p.strip()]
    if not parts:
        return True
    mods = {p.capitalize() for p in parts[:-1]}
    if mods & {"Ctrl", "Alt", "Meta"}:
        return False
    last = parts[-1]
    return last.capitalize() in {k.capitalize() for k in _PLAIN_KEYS} or len(last) == 1 \
        or last == "Plus"


def refused_keys(overrides: Mapping[str, Iterable[str]]) -> dict[str, list[str]]:
    """Return, per command, the keys a key map may not give it: unknown commands, plain
    navigation and editing keys, and keys that belong to screen readers or the desktop."""
    refused: dict[str, list[str]] = {}
    for command, seqs in overrides.items():
        for key in seqs:
            if not key:
                continue
            if command not in DEFAULT_KEYS or is_plain_key(key) or not is_screen_reader_safe(key):
                refused.setdefault(command, []).append(key)
    return refused


def merged_keys(overrides: Mapping[str, Iterable[str]] | None = None) -> dict[str, tuple[str, ...]]:
    """Return the default keys with the user's overrides applied."""
    keys = dict(DEFAULT_KEYS)
    for command, seqs in (overrides or {}).items():
        if command in keys:
            keys[command] = tuple(s for s in seqs if s)
    return keys


def conflicts(keys: Mapping[str, Iterable[str]]) -> dict[str, list[str]]:
    """Return each key that more than one command uses, with those commands."""
    users: dict[str, list[str]] = {}
    for command, seqs in keys.items():
        for seq in seqs:
            users.setdefault(normalise(seq), []).append(command)
    return {seq: cmds for seq, cmds in users.items() if len(cmds) > 1}


def normalise(key: str) -> str:
    """Return a key in one spelling, so "shift+ctrl+i" and "Ctrl+Shift+I" compare equal."""
    order = {"Ctrl": 0, "Alt": 1, "Shift": 2, "Meta": 3}
    parts = [p.strip() for p in key.replace("++", "+Plus").split("+") if p.strip()]
    mods = sorted((p.capitalize() for p in parts[:-1]), key=lambda m: order.get(m, 9))
    last = parts[-1] if parts else ""
    last = last.upper() if len(last) == 1 else last[:1].upper() + last[1:]
    return "+".join([*mods, last])
