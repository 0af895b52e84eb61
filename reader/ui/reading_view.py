"""The reading pane: a read-only text with a caret, exposed to screen readers as text."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QTextCursor
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

    # -- keyboard navigation inside the text ---------------------------------------------

    def _anchors(self) -> list[tuple[int, int, str]]:
        """Return (start, end, href) of every link in the document."""
        found: list[tuple[int, int, str]] = []
        block = self.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                href = fragment.charFormat().anchorHref()
                if href:
                    start = fragment.position()
                    found.append((start, start + fragment.length(), href))
                it += 1
            block = block.next()
        return found

    def focus_link(self, step: int) -> bool:
        """Select the next (step 1) or previous (-1) link after the caret; False if none."""
        anchors = self._anchors()
        pos = self.textCursor().selectionStart() if step < 0 else self.textCursor().selectionEnd()
        chosen = [a for a in anchors if a[0] >= pos] if step > 0 else \
            [a for a in anchors if a[1] <= pos][-1:]
        if not chosen:
            return False
        start, end, _ = chosen[0]
        cursor = self.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        return True

    def link_at_cursor(self) -> str | None:
        """Return the href under the caret or selection, if any."""
        cursor = self.textCursor()
        for start, end, href in self._anchors():
            if start <= cursor.selectionStart() < end or start < cursor.selectionEnd() <= end:
                return href
        return None

    def move_paragraph(self, step: int) -> None:
        """Move the caret to the start of the next (1) or previous (-1) paragraph."""
        cursor = self.textCursor()
        cursor.clearSelection()
        op = QTextCursor.MoveOperation.NextBlock if step > 0 else \
            QTextCursor.MoveOperation.PreviousBlock
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        cursor.movePosition(op)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter on a link asks to open it: links open only on purpose (Qt override)."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            href = self.link_at_cursor()
            if href:
                self.link_activated.emit(href)
                return
        super().keyPressEvent(event)
