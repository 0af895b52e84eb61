"""Every command as one QAction: translated text with an access key, shortcuts, a menu.

Actions are created once; `retranslate()` sets their texts so the language can change live.
Only commands that have a handler (`bind`) appear in the menus.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenuBar, QWidget

from reader.core.prefs.keymap import merged_keys

MENUS = ("file", "go", "item", "library", "speech", "view", "help")


def native_key(key: str) -> str:
    """Return a key (portable text, "Ctrl+B") in the platform's spelling, as menus show it."""
    return QKeySequence(key).toString(QKeySequence.SequenceFormat.NativeText)


class ActionRegistry(QObject):
    """Holds the window's actions, keyed by command id such as "go.next_item"."""

    def __init__(
        self, window: QWidget, overrides: Mapping[str, Iterable[str]] | None = None
    ) -> None:
        super().__init__(window)
        self._window = window
        self._keys = merged_keys(overrides)
        self._actions: dict[str, QAction] = {}
        self._bound: set[str] = set()
        self._extras: dict[str, list[QAction]] = {}
        for command, keys in self._keys.items():
            action = QAction(window)
            action.setObjectName(command)
            action.setShortcuts([QKeySequence(k) for k in keys])
            # Window-wide, so Alt+Down works from the list and the reading pane alike.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            window.addAction(action)
            self._actions[command] = action
        self.retranslate()

    def action(self, command: str) -> QAction:
        """Return the action for a command id."""
        return self._actions[command]

    def bind(self, command: str, slot: Callable[[], object]) -> QAction:
        """Connect a command to its handler; only bound commands show in menus."""
        action = self._actions[command]
        action.triggered.connect(slot)
        self._bound.add(command)
        return action

    def add_to_menu(self, menu_id: str, action: QAction) -> None:
        """Also list an action a pane owns (its key works in that pane) in a menu."""
        self._extras.setdefault(menu_id, []).append(action)

    def bound(self) -> list[str]:
        """Return the bound command ids, in menu order."""
        return [c for c in self._keys if c in self._bound]

    def keys(self, command: str) -> tuple[str, ...]:
        """Return a command's keys as portable text."""
        return self._keys[command]

    def set_keys(self, command: str, keys: Iterable[str]) -> None:
        """Change a command's keys."""
        self._keys[command] = tuple(keys)
        self._actions[command].setShortcuts([QKeySequence(k) for k in self._keys[command]])

    def build_menus(self, bar: QMenuBar) -> None:
        """Fill the menu bar with the bound commands."""
        bar.clear()
        titles = self.menu_titles()
        for menu_id in MENUS:
            commands = [c for c in self.bound() if c.split(".")[0] == menu_id]
            extras = self._extras.get(menu_id, [])
            if not commands and not extras:
                continue
            menu = bar.addMenu(titles[menu_id])
            menu.setObjectName(f"menu.{menu_id}")
            for command in commands:
                if command == "file.quit":
                    menu.addSeparator()
                menu.addAction(self._actions[command])
            if extras:
                menu.addSeparator()
                menu.addActions(extras)

    def menu_titles(self) -> dict[str, str]:
        """Return the translated menu titles, with access keys."""
        return {
            "file": self.tr("&File"),
            "go": self.tr("&Go"),
            "item": self.tr("&Item"),
            "library": self.tr("&Library"),
            "speech": self.tr("&Read aloud"),
            "view": self.tr("&View"),
            "help": self.tr("&Help"),
        }

    def plain_text(self, command: str) -> str:
        """Return a command's text without its access-key marker."""
        return self.action(command).text().replace("&", "")

    def plain_menu_title(self, menu_id: str) -> str:
        """Return a menu title without its access-key marker."""
        return self.menu_titles()[menu_id].replace("&", "")

    def retranslate(self) -> None:
        """Set every action's text in the current language."""
        texts = {
            "file.open": self.tr("&Open…"),
            "file.add_source": self.tr("&Add source…"),
            "file.catalog": self.tr("Source &catalogue…"),
            "file.save_audio": self.tr("Save as a&udio…"),
            "file.settings": self.tr("&Settings…"),
            "file.keys": self.tr("&Keyboard settings…"),
            "file.quit": self.tr("&Quit"),
            "go.next_item": self.tr("&Next item"),
            "go.previous_item": self.tr("&Previous item"),
            "go.next_theme": self.tr("Next &theme"),
            "go.previous_theme": self.tr("Previous t&heme"),
            "go.next_unread": self.tr("Next &unread item"),
            "go.next_pane": self.tr("Next p&ane"),
            "go.previous_pane": self.tr("Previous pan&e"),
            "go.where_am_i": self.tr("&Where am I?"),
            "go.search": self.tr("&Search the library…"),
            "item.toggle_read": self.tr("Mark as &read or unread"),
            "item.open_link": self.tr("Open link in &browser"),
            "item.add_to_briefing": self.tr("&Add to briefing"),
            "item.read_more": self.tr("Read &more"),
            "item.star": self.tr("&Star or unstar"),
            "item.images_allowed": self.tr("&Images of this issue allowed"),
            "item.versions": self.tr("Earlier &versions of this issue…"),
            "library.refresh_all": self.tr("&Refresh all sources"),
            "library.refresh_source": self.tr("Refresh this &source"),
            "library.cancel_refresh": self.tr("&Cancel refresh"),
            "speech.play_pause": self.tr("&Read aloud or pause"),
            "speech.read_on": self.tr("Read &on from here"),
            "speech.stop": self.tr("&Stop reading"),
            "speech.next_sentence": self.tr("Ne&xt sentence"),
            "speech.previous_sentence": self.tr("Pre&vious sentence"),
            "speech.next_paragraph": self.tr("Next para&graph"),
            "speech.previous_paragraph": self.tr("Previous paragrap&h"),
            "speech.titles_only": self.tr("Read only the &titles"),
            "speech.settings": self.tr("Read-aloud s&ettings…"),
            "speech.pronunciation": self.tr("&Pronunciation list…"),
            "speech.voices": self.tr("Voi&ces…"),
            "view.bigger": self.tr("&Larger text"),
            "view.smaller": self.tr("&Smaller text"),
            "view.reset_size": self.tr("&Normal text size"),
            "view.next_colours": self.tr("Next &colour theme"),
            "view.previous_colours": self.tr("Previous c&olour theme"),
            "view.briefing": self.tr("&Briefing pane"),
            "view.wider_pane": self.tr("&Wider pane"),
            "view.narrower_pane": self.tr("Na&rrower pane"),
            "view.images": self.tr("Show &images of this issue"),
            "help.shortcuts": self.tr("&Keyboard shortcuts"),
            "help.about": self.tr("&About Helder"),
            "help.log_folder": self.tr("Open &log folder"),
        }
        for command, action in self._actions.items():
            action.setText(texts.get(command, command))
