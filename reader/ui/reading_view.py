"""The reading pane: a read-only text with a caret, exposed to screen readers as text."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QTextEdit, QWidget

from reader.core.models import Item


class ReadingView(QTextEdit):
    """Shows one item. A read-only QTextEdit, because a QTextBrowser is announced as a label."""

    link_activated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setTabChangesFocus(True)
        self.setAccessibleName(self.tr("Article"))
        self._item: Item | None = None

    def set_item(self, item: Item | None) -> None:
        """Show this item: title as a heading, theme, summary and its "read more" link."""
        self._item = item
        if item is None:
            self.clear()
            return
        parts = [f"<h1>{html.escape(item.title)}</h1>"]
        if item.category:
            parts.append(f"<p><i>{html.escape(item.category)}</i></p>")
        parts += [f"<p>{html.escape(p)}</p>" for p in item.summary]
        if item.link:
            label = self.tr("Read more: {0}").format(item.title)
            parts.append(f'<p><a href="{html.escape(item.link)}">{html.escape(label)}</a></p>')
        self.setHtml("".join(parts))
        self.setAccessibleDescription(item.title)
