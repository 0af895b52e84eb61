"""Where an utterance sits in the reading pane's document, and the spoken-sentence highlight.

The reading pane renders an item as blocks: the title, the theme (when there is one), one
block per summary paragraph, then the "read more" link. Utterances and caret positions count
characters in the item's own fields; these functions translate between the two, allowing for
HTML white-space collapsing and for a label around the theme ("Theme: Zorg").
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtGui import QColor, QPalette, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextEdit

from reader.core.models import Item
from reader.core.speech.sentences import TextField, TextPosition, Utterance
from reader.ui.reading.view import ReadingView

Field = tuple[TextField, int]  # (field, paragraph index or -1)

_SPACES = re.compile(r"[^\S\xa0]+")  # HTML collapses white space but keeps no-break spaces


def field_blocks(item: Item) -> list[Field]:
    """Return the field shown in each block of the reading pane, in block order."""
    blocks: list[Field] = [(TextField.TITLE, -1)]
    if item.category:
        blocks.append((TextField.CATEGORY, -1))
    blocks += [(TextField.SUMMARY, n) for n in range(len(item.summary))]
    return blocks


def field_text(item: Item, field: Field) -> str:
    """Return the raw text of one field of an item."""
    kind, paragraph = field
    if kind is TextField.TITLE:
        return item.title
    if kind is TextField.CATEGORY:
        return item.category or ""
    return item.summary[paragraph] if 0 <= paragraph < len(item.summary) else ""


def collapsed(text: str) -> str:
    """Return text as an HTML paragraph shows it: leading space gone, runs of space as one."""
    return _SPACES.sub(" ", text.lstrip())


def _offset_map(raw: str, shown: str) -> list[int]:
    """Return, for every raw offset 0..len(raw), the matching offset in the shown text."""
    result: list[int] = []
    j = 0
    for ch in raw:
        result.append(j)
        if j < len(shown) and (ch == shown[j] or (ch.isspace() and shown[j].isspace())):
            j += 1  # a matched character; unmatched ones were collapsed away
    result.append(j)
    return result


def _block_texts(item: Item, document: QTextDocument | None) -> list[str]:
    """Return the shown text of each field block, from the document or as HTML shows it."""
    fields = field_blocks(item)
    if document is None:
        return [collapsed(field_text(item, f)) for f in fields]
    texts = []
    block = document.begin()
    for _ in fields:
        texts.append(block.text() if block.isValid() else "")
        block = block.next() if block.isValid() else block
    return texts


def _block_starts(texts: list[str], document: QTextDocument | None) -> list[int]:
    if document is not None:
        return [document.findBlockByNumber(n).position() for n in range(len(texts))]
    starts, pos = [], 0
    for text in texts:
        starts.append(pos)
        pos += len(text) + 1  # each block ends in one paragraph separator
    return starts


def _field_in_block(item: Item, field: Field, block_text: str) -> tuple[int, list[int]]:
    """Return where the field's text begins in its block and the raw-to-shown offset map."""
    raw = field_text(item, field)
    shown = collapsed(raw).rstrip()
    base = block_text.find(shown) if shown else 0
    base = max(base, 0)  # not found: assume it starts the block
    return base, _offset_map(raw, block_text[base:])


def document_range(
    item: Item, utterance: Utterance, document: QTextDocument | None = None
) -> tuple[int, int]:
    """Return the absolute (start, end) positions of an utterance in the reading pane's text.

    With the pane's document the real block texts are used (a theme label, collapsed white
    space); without, the layout is assumed: title, theme, paragraphs, one block each.
    """
    fields = field_blocks(item)
    where = (utterance.field, utterance.paragraph if utterance.field is TextField.SUMMARY else -1)
    if where not in fields:
        return (-1, -1)
    n = fields.index(where)
    texts = _block_texts(item, document)
    starts = _block_starts(texts, document)
    base, offsets = _field_in_block(item, where, texts[n])
    last = len(offsets) - 1
    start = offsets[min(max(utterance.start, 0), last)]
    end = offsets[min(max(utterance.end, 0), last)]
    return starts[n] + base + start, starts[n] + base + end


def text_position(
    item: Item, position: int, document: QTextDocument | None = None
) -> TextPosition | None:
    """Return the field position of an absolute document position; None outside the fields."""
    fields = field_blocks(item)
    texts = _block_texts(item, document)
    starts = _block_starts(texts, document)
    for n in range(len(fields) - 1, -1, -1):
        if position >= starts[n]:
            if position > starts[n] + len(texts[n]):
                return None  # past the last field: the "read more" link
            base, offsets = _field_in_block(item, fields[n], texts[n])
            inside = position - starts[n] - base
            # The last raw offset shown there: past white space that the display collapsed.
            exact = [i for i, o in enumerate(offsets) if o == inside]
            offset = exact[-1] if exact else next(
                (i for i, o in enumerate(offsets) if o >= inside), len(offsets) - 1)
            kind, paragraph = fields[n]
            return TextPosition(kind, paragraph, offset)
    return None


def caret_position(view: QTextEdit, item: Item | None) -> TextPosition | None:
    """Return the caret of the reading pane as a TextPosition; None at the very start.

    None makes reading start at the beginning of the item, theme announcement included.
    """
    if item is None:
        return None
    cursor = view.textCursor()
    position = cursor.selectionStart() if cursor.hasSelection() else cursor.position()
    if position <= 0:
        return None
    return text_position(item, position, view.document())


def selection_positions(
    view: QTextEdit, item: Item | None
) -> tuple[TextPosition, TextPosition] | None:
    """Return the reading pane's selection as two TextPositions, or None without one."""
    cursor = view.textCursor()
    if item is None or not cursor.hasSelection():
        return None
    start = text_position(item, cursor.selectionStart(), view.document())
    end = text_position(item, cursor.selectionEnd(), view.document())
    if start is None:
        return None
    if end is None:  # the selection runs into the link: up to the end of the last field
        last = field_blocks(item)[-1]
        end = TextPosition(last[0], last[1], len(field_text(item, last)))
    return start, end


class SpokenHighlight(QObject):
    """Shows the sentence being read in a reading pane and keeps it in view.

    A ReadingView draws it itself (`set_spoken_range(start, end)`, start -1 clears); in
    another text view it is an extra selection in the theme's highlight colours, which keep
    their contrast.
    """

    def __init__(
        self,
        view: QTextEdit,
        shown_item: Callable[[], tuple[int, Item | None]],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or view)
        self._view = view
        self._shown_item = shown_item  # -> (item index shown in the pane, that item)
        self._utterance: Utterance | None = None
        self.range: tuple[int, int] | None = None

    def show(self, utterance: object) -> None:
        """Highlight this utterance when its item is shown; None clears the highlight."""
        self._utterance = utterance if isinstance(utterance, Utterance) else None
        self.refresh()

    def refresh(self) -> None:
        """Apply the highlight again, e.g. after the pane showed another item."""
        index, item = self._shown_item()
        u = self._utterance
        if u is None or item is None or u.item_index != index:
            self._apply(-1, -1)
            return
        start, end = document_range(item, u, self._view.document())
        self._apply(start, end)

    def _apply(self, start: int, end: int) -> None:
        self.range = (start, end) if 0 <= start < end else None
        if isinstance(self._view, ReadingView):  # the reading pane draws its own highlight
            self._view.set_spoken_range(start, end)
            return
        if self.range is None:
            self._view.setExtraSelections([])
            return
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self._view.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        fmt = QTextCharFormat()
        palette = self._view.palette()
        fmt.setBackground(QColor(palette.color(QPalette.ColorRole.Highlight)))
        fmt.setForeground(QColor(palette.color(QPalette.ColorRole.HighlightedText)))
        selection.format = fmt
        self._view.setExtraSelections([selection])
        self._scroll_to(start, end)

    def _scroll_to(self, start: int, end: int) -> None:
        """Scroll so the range is in view without moving the caret (a screen reader's focus)."""
        cursor = QTextCursor(self._view.document())
        cursor.setPosition(start)
        top = self._view.cursorRect(cursor)
        cursor.setPosition(end)
        bottom = self._view.cursorRect(cursor)
        height = self._view.viewport().height()
        if top.top() < 0 or bottom.bottom() > height:
            bar = self._view.verticalScrollBar()
            bar.setValue(bar.value() + top.top() - height // 3)
