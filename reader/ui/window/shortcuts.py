"""The shortcut sheet (F1, Ctrl+/): every command, its menu and its keys, in a table."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from reader.core.prefs.keymap import LETTER_KEYS
from reader.ui.window.actions import ActionRegistry, native_key
from reader.ui.window.sheet import close_buttons, read_only_table


class ShortcutsDialog(QDialog):
    """A read-only table a screen reader walks cell by cell: command, menu, keys."""

    def __init__(
        self, actions: ActionRegistry, letters_on: bool, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts – Helder"))
        intro = QLabel(self.tr("Every command of Helder and the keys that run it."), self)
        rows: list[tuple[str, str, str]] = []
        for command in actions.bound():
            text = actions.plain_text(command)
            menu = actions.plain_menu_title(command.split(".")[0])
            keys = self.tr(" or ").join(native_key(k) for k in actions.keys(command))
            rows.append((text, menu, keys))
        rows += self.pane_keys()
        # The single letters are listed whether on or off: the sheet says how to get them.
        letter_texts = self.letter_texts()
        where = self.tr("Letters") if letters_on else self.tr(
            "Letters (switch on in Keyboard settings)")
        for key, command in LETTER_KEYS.items():
            rows.append((letter_texts[command], where, native_key(key)))
        self.table = read_only_table(
            self, "shortcutTable", self.tr("Keyboard shortcuts"),
            [self.tr("Command"), self.tr("Menu"), self.tr("Keys")], rows)
        if rows:
            self.table.setCurrentCell(0, 0)
        buttons, _close = close_buttons(self, self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(640, 560)
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def pane_keys(self) -> list[tuple[str, str, str]]:
        """Return the keys that work in one pane only (no menu command): what, where, keys."""
        items, article = self.tr("Items"), self.tr("Article")
        library, briefing = self.tr("Library"), self.tr("Briefing")
        both = self.tr("{0} and {1}").format(items, article)
        pages = self.tr("One page at a time")
        return [
            (self.tr("Read aloud, pause or resume"), both, native_key("Space")),
            (self.tr("Stop reading"), both, native_key("Esc")),
            (self.tr("Move through the items"), items,
             self.tr(" or ").join(native_key(k) for k in ("Up", "Down", "Home", "End"))),
            (self.tr("Open the item in the article pane"), items, native_key("Return")),
            (self.tr("Move through sources and issues"), library,
             self.tr(" or ").join(native_key(k) for k in ("Up", "Down", "Home", "End"))),
            (self.tr("Open or close a source"), library,
             self.tr(" or ").join(native_key(k) for k in ("Right", "Left"))),
            (self.tr("Open the issue"), library, native_key("Return")),
            (self.tr("Rename source"), library, native_key("F2")),
            (self.tr("Pause or resume source"), library, native_key("Ctrl+P")),
            (self.tr("Remove source"), library, native_key("Del")),
            (self.tr("Menu of the source"), library,
             self.tr(" or ").join(native_key(k) for k in ("Shift+F10", "Menu"))),
            (self.tr("Move the item up or down"), briefing,
             self.tr(" or ").join(native_key(k) for k in ("Ctrl+Up", "Ctrl+Down"))),
            (self.tr("Remove the item"), briefing, native_key("Del")),
            (self.tr("Bring back the removed item"), briefing, native_key("Ctrl+Z")),
            (self.tr("Back to the previous page"), pages,
             self.tr(" or ").join(native_key(k) for k in ("Esc", "Backspace"))),
            (self.tr("Open the menu bar"), self.tr("Window"), native_key("F10")),
        ]

    def letter_texts(self) -> dict[str, str]:
        """Return the names of the single-letter commands."""
        return {
            "letter.next_item": self.tr("Next item"),
            "letter.previous_item": self.tr("Previous item"),
            "letter.next_link": self.tr("Next link"),
            "letter.previous_link": self.tr("Previous link"),
            "letter.next_paragraph": self.tr("Next paragraph"),
            "letter.previous_paragraph": self.tr("Previous paragraph"),
            "letter.next_theme": self.tr("Next theme"),
            "letter.previous_theme": self.tr("Previous theme"),
            "letter.next_unread": self.tr("Next unread item"),
        }
