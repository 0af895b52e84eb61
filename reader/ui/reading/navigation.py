"""Where the reading pane's caret can go by key: the links and the paragraphs of a document.

Functions on a QTextDocument and a QTextCursor; the view moves its caret to the cursor they
return and says where it landed.
"""

from __future__ import annotations

from PySide6.QtGui import QTextCursor, QTextDocument


def links(doc: QTextDocument) -> list[tuple[int, int, str]]:
    """Return (start, end, href) of every link in the document, in reading order."""
    found: list[tuple[int, int, str]] = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            href = fragment.charFormat().anchorHref() if fragment.isValid() else ""
            if href:
                start, end = fragment.position(), fragment.position() + fragment.length()
                if found and found[-1][2] == href and found[-1][1] == start:
                    start = found.pop()[0]
                found.append((start, end, href))
            it += 1
        block = block.next()
    return found


def link_cursor(doc: QTextDocument, cursor: QTextCursor, step: int) -> QTextCursor | None:
    """Return a cursor selecting the next (step 1) or previous (-1) link; None if none."""
    if step > 0:
        targets = [link for link in links(doc) if link[0] >= cursor.selectionEnd()]
    else:
        here = cursor.selectionStart()
        targets = [link for link in reversed(links(doc)) if link[1] <= here]
    if not targets:
        return None
    start, end, _ = targets[0]
    found = QTextCursor(cursor)
    found.setPosition(start)
    found.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
    return found


def link_at(doc: QTextDocument, cursor: QTextCursor) -> str | None:
    """Return the href under the cursor or its selection, if any."""
    for start, end, href in links(doc):
        if start <= cursor.selectionStart() < end or start < cursor.selectionEnd() <= end:
            return href
    return None


def paragraph_cursor(cursor: QTextCursor, step: int) -> tuple[QTextCursor, bool]:
    """Return a cursor at the start of the next (1) or previous (-1) paragraph.

    The flag says whether there was one; if not, the cursor is at the start of its own.
    """
    moved_to = QTextCursor(cursor)
    moved_to.clearSelection()
    forward = QTextCursor.MoveOperation.NextBlock
    op = forward if step > 0 else QTextCursor.MoveOperation.PreviousBlock
    moved_to.movePosition(QTextCursor.MoveOperation.StartOfBlock)
    moved = moved_to.movePosition(op)
    return moved_to, moved


def short(text: str, limit: int = 80) -> str:
    """The start of a text, cut at a word, for a message that must stay short."""
    text = " ".join(text.replace("\u2029", " ").split())
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + "…"
