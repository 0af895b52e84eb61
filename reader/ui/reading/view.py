"""The reading pane: a read-only text view with a caret, themed and spaced for easy reading.

A read-only QTextEdit (not QTextBrowser): screen readers get it as *text*, not as a label.
The caret moves with the usual keys and Tab leaves the pane. Enter on a link (reached with the
caret or `focus_link`) reports it through `link_activated`: nothing opens by itself. Line focus,
the reading ruler and the alternating line tint follow the caret, or the sentence being spoken.

Images: every image of an item is always there as text ("Image: <alt>"), so speech and screen
readers get it. A picture is shown only for images the window passed to `set_image_paths`
(allowed by the user and already downloaded to the local cache); the document never loads
anything that is not a local file (see `loadResource`).

The HTML and the document's spacing, title size and column come from `render.py`; where the
caret goes by link or paragraph from `navigation.py`. The view holds the state and the keys.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPointF, Qt, QUrl, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPaintEvent,
    QResizeEvent,
    QTextCharFormat,
    QTextCursor,
)
from PySide6.QtWidgets import QTextEdit, QWidget

from reader.core.models import Image, Item
from reader.core.prefs.settings import DEFAULTS, Settings
from reader.core.prefs.themes import LIGHT, Theme
from reader.ui.display.theme import app_font
from reader.ui.reading import aids as reading_aids
from reader.ui.reading import navigation, render
from reader.ui.reading.render import HEADING_FACTOR, ItemHtml


class ReadingView(QTextEdit):
    """Shows one item: title (heading), theme, summary paragraphs and a "Lees meer" link."""

    link_activated = Signal(str)
    # Where Tab or a letter key put the caret ("Link: Read more"), for screen readers,
    # which do not say a caret moved by the program.
    landed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._settings = DEFAULTS
        self._theme = LIGHT
        self._item: Item | None = None
        self._image_paths: dict[str, Path] = {}
        self._image_width = 0  # widest picture allowed at the last render, in pixels
        self._heading_factor = HEADING_FACTOR  # title size / body size at the last render
        self._spoken: tuple[int, int] | None = None
        self._press_pos: QPointF | None = None
        self._writer = ItemHtml(self)
        self.setReadOnly(True)
        flags = (
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setTextInteractionFlags(flags)
        self.setLineWrapMode(QTextEdit.LineWrapMode.WidgetWidth)
        # Long words and URLs break too, so nothing ever needs a horizontal scroll bar.
        self.setWordWrapMode(self.wordWrapMode().WrapAtWordBoundaryOrAnywhere)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self.document().setUndoRedoEnabled(False)
        self.setObjectName("readingView")
        self.setAccessibleName(self.tr("Article"))
        # Tab walks the links, then leaves the pane (no keyboard trap); see focusNextPrevChild.
        self.setTabChangesFocus(True)
        self.cursorPositionChanged.connect(self.viewport().update)
        self.verticalScrollBar().valueChanged.connect(self.viewport().update)
        self.apply_settings(DEFAULTS, LIGHT)

    # --- content -----------------------------------------------------------------------------

    def item(self) -> Item | None:
        """Return the item shown, if any."""
        return self._item

    def set_item(self, item: Item | None) -> None:
        """Show an item, with the caret at its start; None empties the pane."""
        self._item = item
        self._spoken = None
        self.setExtraSelections([])
        self._render()
        self.moveCursor(QTextCursor.MoveOperation.Start)
        # Not the title: the text starts with it, and a screen reader would say it twice.
        self.setAccessibleDescription(item.category or "" if item else "")

    def _html(self) -> str:
        item = self._item
        if item is None:
            return ""
        self._heading_factor = self._fitting_heading_factor(item.title)
        self._image_width = self._max_image_width()
        return self._writer.html(item, self._theme, self._image_paths, self._image_width)

    def _fitting_heading_factor(self, title: str) -> float:
        """Return how much larger than the body the title may be (render.fitting_heading_factor)."""
        available = min(self.column_width(),
                        self.viewport().width() - 2 * self.document().documentMargin() - 8)
        return render.fitting_heading_factor(self.font(), title, available)

    def set_image_paths(self, paths: dict[str, Path]) -> None:
        """Show these local files for the images with these addresses; {} shows text only.

        Call only with images the user allowed for the issue, already downloaded.
        """
        self._image_paths = {src: Path(p) for src, p in paths.items()}
        if self._item is not None and self._item.images:
            self._render()

    def image_paths(self) -> dict[str, Path]:
        """Return the local files shown for image addresses."""
        return dict(self._image_paths)

    def image_text(self, image: Image) -> str:
        """Return what is read for an image: its description, or that it has none."""
        return self._writer.image_text(image)

    def _max_image_width(self) -> int:
        available = self.viewport().width() - 2 * self.document().documentMargin()
        return max(16, int(min(self.column_width(), available)))

    def loadResource(self, kind: int, name: QUrl) -> Any:
        """Load only local files: nothing in a shown item may reach the network (privacy)."""
        if not name.isLocalFile():
            return None
        return super().loadResource(kind, name)

    def _render(self) -> None:
        position = self.textCursor().position()
        self.setHtml(self._html())
        render.size_heading(self.document(), self.font().pointSizeF() * self._heading_factor)
        render.format_blocks(self.document(), self._settings, self.font().pointSizeF(),
                             self.logicalDpiY() / 72.0)
        cursor = self.textCursor()
        cursor.setPosition(min(position, max(0, self.document().characterCount() - 1)))
        self.setTextCursor(cursor)
        self._update_column()
        if self._spoken is not None:
            # New text layout, new colours: highlight the sentence being read again.
            self.set_spoken_range(*self._spoken)

    # --- settings and layout -----------------------------------------------------------------

    def apply_settings(self, settings: Settings, theme: Theme) -> None:
        """Restyle the pane for new settings and theme (call after `apply_settings` on the app)."""
        self._settings = settings
        self._theme = theme
        font = app_font(settings)
        px = font.pointSizeF() * self.logicalDpiY() / 72.0
        font.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, settings.letter_spacing * px)
        font.setWordSpacing(settings.word_spacing * px)
        self.setFont(font)
        self.document().setDefaultFont(font)
        self.document().setDefaultStyleSheet(
            f"a {{ color: {theme.link}; text-decoration: underline; }}"
        )
        self._render()
        self.viewport().update()

    def column_width(self) -> float:
        """Return the text column width in pixels for the maximum line length."""
        return render.column_width(self.font(), self._settings, self.logicalDpiY())

    def _update_column(self) -> None:
        """Narrow the text to the maximum line length with equal side margins."""
        doc = self.document()
        render.fit_column(doc, self.viewport().width() - 2 * doc.documentMargin(),
                          self.column_width())

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the text column at the maximum line length when the window changes size."""
        super().resizeEvent(event)
        self._update_column()
        shown = self._item is not None and any(im.src in self._image_paths
                                               for im in self._item.images)
        if shown and abs(self._max_image_width() - self._image_width) > 8:
            self._render()  # pictures never wider than the pane
        elif self._item is not None and abs(
                self._fitting_heading_factor(self._item.title) - self._heading_factor) > 0.05:
            self._render()  # the title's size follows the pane's width

    # --- links --------------------------------------------------------------------------------

    def links(self) -> list[tuple[int, int, str]]:
        """Return (start, end, href) of every link in the document, in reading order."""
        return navigation.links(self.document())

    def focus_link(self, step: int) -> bool:
        """Select the next (step 1) or previous (-1) link after the caret; False if none."""
        cursor = navigation.link_cursor(self.document(), self.textCursor(), step)
        if cursor is None:
            return False
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.landed.emit(self.tr("Link: {0}").format(navigation.short(cursor.selectedText())))
        return True

    def link_at_cursor(self) -> str | None:
        """Return the href under the caret or the selection, if any."""
        return navigation.link_at(self.document(), self.textCursor())

    def focused_link(self) -> str:
        """Return the href of the link the caret or selection is on, or ""."""
        return self.link_at_cursor() or ""

    def focusNextPrevChild(self, next: bool) -> bool:
        """Tab and Shift+Tab stop on each link in turn, then leave the pane (Qt override)."""
        if self.hasFocus() and self.focus_link(1 if next else -1):
            return True
        if self.hasFocus():
            # Leaving: drop the link selection so coming back starts from the text.
            cursor = self.textCursor()
            cursor.clearSelection()
            self.setTextCursor(cursor)
        return super().focusNextPrevChild(next)

    def move_paragraph(self, step: int) -> None:
        """Move the caret to the start of the next (1) or previous (-1) paragraph."""
        cursor, moved = navigation.paragraph_cursor(self.textCursor(), step)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        if moved:
            self.landed.emit(self.tr("Paragraph: {0}").format(
                navigation.short(cursor.block().text())))
        else:
            self.landed.emit(self.tr("No further paragraph") if step > 0
                             else self.tr("No earlier paragraph"))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Enter on a focused link reports it; every other key keeps its usual caret meaning."""
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            href = self.focused_link()
            if href:
                self.link_activated.emit(href)
                event.accept()
                return
        super().keyPressEvent(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        """Remember where a click began, to tell a click on a link from a selection drag."""
        self._press_pos = event.position()
        super().mousePressEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        """A click (not a drag) on a link reports it through `link_activated`."""
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self._press_pos is None:
            return
        moved = (event.position() - self._press_pos).manhattanLength()
        href = self.anchorAt(event.position().toPoint())
        if href and moved < 4:
            self.link_activated.emit(href)

    # --- spoken sentence ---------------------------------------------------------------------

    def set_spoken_range(self, start: int, end: int) -> None:
        """Highlight characters start..end (the sentence being read) and scroll it into view."""
        if start < 0 or end <= start:
            self.clear_spoken_range()
            return
        limit = self.document().characterCount() - 1
        start, end = min(start, limit), min(end, limit)
        self._spoken = (start, end)
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.document())
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(self._theme.highlight_bg))
        fmt.setForeground(QColor(self._theme.highlight_fg))
        selection.format = fmt
        self.setExtraSelections([selection])
        self._scroll_to(start, end)
        self.viewport().update()

    def clear_spoken_range(self) -> None:
        """Remove the spoken-sentence highlight; aids follow the caret again."""
        self._spoken = None
        self.setExtraSelections([])
        self.viewport().update()

    def spoken_range(self) -> tuple[int, int] | None:
        """Return the highlighted (start, end), if any."""
        return self._spoken

    def _scroll_to(self, position: int, end: int | None = None) -> None:
        """Scroll so the text from position to end is in view, without moving the caret.

        The whole sentence being read, not just its first line: when it fits, it starts a
        sixth of the way down; a sentence taller than the pane starts at the top.
        """
        cursor = QTextCursor(self.document())
        cursor.setPosition(position)
        top = self.cursorRect(cursor)
        bottom = top
        if end is not None and end > position:
            cursor.setPosition(end)
            bottom = self.cursorRect(cursor)
        height = self.viewport().height()
        if top.top() >= 0 and bottom.bottom() <= height:
            return
        bar = self.verticalScrollBar()
        span = bottom.bottom() - top.top()
        offset = height // 6 if span <= height - height // 6 else 0
        bar.setValue(bar.value() + top.top() - offset)

    # --- reading aids ------------------------------------------------------------------------

    def focus_band(self) -> tuple[float, float] | None:
        """Return the (top, bottom) viewport y range that line focus keeps clear, or None."""
        scroll = self.verticalScrollBar().value()
        if self._spoken:  # reading aloud: the whole spoken sentence, not the caret's line
            start, end = self._spoken
            return reading_aids.focus_band(self.document(), start, self._settings, scroll, end)
        return reading_aids.focus_band(self.document(), self.textCursor().position(),
                                       self._settings, scroll)

    def paintEvent(self, event: QPaintEvent) -> None:
        """Paint the tint under the text, then the text, then line focus and ruler over it."""
        s = self._settings
        scroll = self.verticalScrollBar().value()
        if s.alternating_tint:
            reading_aids.paint_tint(self.viewport(), self.document(), s, self._theme, scroll)
        super().paintEvent(event)
        if (s.line_focus or s.ruler) and self._item is not None:
            band = self.focus_band()
            if band is not None:
                reading_aids.paint_focus_and_ruler(self.viewport(), band, s, self._theme)
