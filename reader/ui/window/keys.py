"""Keys and spoken answers the main window adds for keyboard and screen-reader users.

- F10 opens the menu bar (the Windows and GNOME convention; Qt binds only Alt).
- Return on an item moves focus to its article.
- Where Tab or a letter key put the caret in the article is said ("Link: Read more").
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut


def install(window: Any) -> None:
    """Add these keys to a MainWindow."""
    menu_key = QShortcut(QKeySequence(Qt.Key.Key_F10), window)
    menu_key.setContext(Qt.ShortcutContext.WindowShortcut)
    menu_key.activated.connect(lambda: open_menu_bar(window))
    window.item_list.activated.connect(lambda _index: _to_article(window, _index))
    window.reading_view.landed.connect(lambda text: window.announcer.announce(text))


def open_menu_bar(window: Any) -> None:
    """Open the first menu of the menu bar, as F10 does in other programs."""
    bar = window.menuBar()
    first = next((a for a in bar.actions() if a.isVisible() and a.menu() is not None), None)
    if first is not None:
        bar.setFocus(Qt.FocusReason.ShortcutFocusReason)
        bar.setActiveAction(first)


def _to_article(window: Any, index: QModelIndex) -> None:
    if index.isValid():
        window.go_to_row(index.row())
        window.page_layout.reveal(window.reading_view)  # in one column: the article page
        window.reading_view.setFocus(Qt.FocusReason.OtherFocusReason)
