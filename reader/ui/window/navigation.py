"""Moving through the shown issue by keyboard, with spoken answers, and opening its links.

The sentences are the window's (window.tr): the translations keep their context.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt, Slot
from PySide6.QtGui import QKeyEvent

from reader.core.prefs.keymap import LETTER_KEYS

if TYPE_CHECKING:
    from reader.ui.window.main_window import MainWindow


class ItemNavigator(QObject):
    """Next and previous item, theme and unread item; read state; where am I; links."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window

    def _say(self, text: str, *, assertive: bool = False) -> None:
        self.window.announcer.announce(text, assertive=assertive)

    def move_item(self, step: int) -> None:
        """Go to the next (step 1) or previous (-1) item from anywhere in the window."""
        count = self.window.model.rowCount()
        if count:
            self.window.go_to_row(min(max(self.window.current_row() + step, 0), count - 1))
            self._say_where_after_move()

    def _say_where_after_move(self) -> None:
        # In the list the screen reader says the new row itself; elsewhere nothing would.
        if not self.window.item_list.hasFocus():
            self.where_am_i()

    @Slot()
    def next_item(self) -> None:
        """Go to the next item."""
        self.move_item(1)

    @Slot()
    def previous_item(self) -> None:
        """Go to the previous item."""
        self.move_item(-1)

    def _theme_starts(self) -> list[int]:
        """Return the rows where a new theme begins."""
        starts, last = [], object()
        for row in range(self.window.model.rowCount()):
            item = self.window.model.item(row)
            category = item.category if item else None
            if category and category != last:
                starts.append(row)
            last = category
        return starts

    @Slot()
    def next_theme(self) -> None:
        """Go to the first item of the next theme, and announce the theme."""
        later = [r for r in self._theme_starts() if r > self.window.current_row()]
        if later:
            self.window.go_to_row(later[0])
            self._announce_theme()
        else:
            self._say(QCoreApplication.translate("MainWindow", "No further theme"))

    @Slot()
    def previous_theme(self) -> None:
        """Go to the first item of this theme, or of the previous one when already there."""
        earlier = [r for r in self._theme_starts() if r < self.window.current_row()]
        if earlier:
            self.window.go_to_row(earlier[-1])
            self._announce_theme()
        else:
            self._say(QCoreApplication.translate("MainWindow", "No earlier theme"))

    def _announce_theme(self) -> None:
        item = self.window.current_item()
        if item and item.category:
            theme = QCoreApplication.translate("MainWindow", "Theme {0}: {1}")
            self._say(theme.format(item.category, item.title))

    @Slot()
    def next_unread(self) -> None:
        """Go to the next unread item, wrapping round once."""
        count = self.window.model.rowCount()
        start = self.window.current_row()
        for step in range(1, count + 1):
            row = (start + step) % count
            if not self.window.model.is_read(row):
                self.window.go_to_row(row)
                self._say_where_after_move()
                return
        self._say(QCoreApplication.translate("MainWindow", "No unread items"))

    @Slot()
    def toggle_read(self) -> None:
        """Mark the current item read, or unread again; announce the new state."""
        row = self.window.current_row()
        if row < 0:
            return
        now_read = not self.window.model.is_read(row)
        self.window.model.set_read(row, now_read)
        self._say(
            QCoreApplication.translate("MainWindow", "Marked as read")
            if now_read
            else QCoreApplication.translate("MainWindow", "Marked as unread")
        )

    @Slot()
    def where_am_i(self) -> None:
        """Announce the position: "Item 3 of 12, Bestuur, <title>"."""
        item = self.window.current_item()
        if item is None:
            self._say(QCoreApplication.translate("MainWindow", "No item selected"), assertive=True)
            return
        parts = [
            QCoreApplication.translate("MainWindow", "Item {0} of {1}").format(
                self.window.current_row() + 1, self.window.model.rowCount()
            )
        ]
        if item.category:
            parts.append(item.category)
        parts.append(item.title)
        self._say(", ".join(parts), assertive=True)

    @Slot(str)
    def open_link(self, url: str) -> None:
        """Open a link in the browser, without its tracking parameters; only on request."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from reader.core.text.links import clean_link, is_openable

        target = clean_link(url) or url
        if not is_openable(target):  # file:, a .desktop file, mailto with an attachment …
            self._say(
                QCoreApplication.translate(
                    "MainWindow",
                    "Helder opens only web and e-mail links; this one was not opened: {0}"
                ).format(target),
                assertive=True,
            )
            return
        if QDesktopServices.openUrl(QUrl(target)):
            self._say(QCoreApplication.translate("MainWindow", "Opened in the browser: {0}")
                      .format(target))
        else:
            self._say(
                QCoreApplication.translate("MainWindow", "Could not open {0}").format(target),
                assertive=True,
            )

    @Slot()
    def open_current_link(self) -> None:
        """Open the current item's "read more" link in the browser."""
        item = self.window.current_item()
        if item is not None and item.link:
            self.open_link(item.link)
        else:
            self._say(QCoreApplication.translate("MainWindow", "This item has no link"))

    def letter_command(self, event: QKeyEvent) -> bool:
        """Run the single-letter command of a key press; return whether there was one."""
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods not in (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier):
            return False
        text = event.text().upper()
        if len(text) != 1 or not text.isalpha():
            return False
        key = f"Shift+{text}" if mods == Qt.KeyboardModifier.ShiftModifier else text
        command = LETTER_KEYS.get(key)
        handlers = {
            "letter.next_item": self.next_item,
            "letter.previous_item": self.previous_item,
            "letter.next_theme": self.next_theme,
            "letter.previous_theme": self.previous_theme,
            "letter.next_unread": self.next_unread,
            "letter.next_link": lambda: self.window.reading_view.focus_link(1),
            "letter.previous_link": lambda: self.window.reading_view.focus_link(-1),
            "letter.next_paragraph": lambda: self.window.reading_view.move_paragraph(1),
            "letter.previous_paragraph": lambda: self.window.reading_view.move_paragraph(-1),
        }
        handler = handlers.get(command or "")
        if handler is None:
            return False
        handler()
        return True
