"""How the reading pane lays out an item: its HTML, then spacing, title size and text column.

`ItemHtml` writes an item as HTML: the title as a heading, the theme, the paragraphs, each
image as text ("Image: <alt>") with its picture above it when allowed and on disk, and the
"Read more" link. The functions after it set what HTML cannot on the QTextDocument: the
reader's line height, paragraph spacing and letter and word spacing, a title size that keeps
its words whole, and a text column no wider than the maximum line length.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QUrl
from PySide6.QtGui import (
    QFont,
    QFontMetricsF,
    QImageReader,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from reader.core.models import Image, Item
from reader.core.prefs.settings import Settings
from reader.core.prefs.themes import Theme

HEADING_FACTOR = 2.0  # the title's size against the body's, where it fits (Qt's h1)


class ItemHtml(QObject):
    """Write an item as the reading pane's HTML, with every image there as text."""

    def image_text(self, image: Image) -> str:
        """Return what is read for an image: its description, or that it has none."""
        if image.alt:
            return self.tr("Image: {0}").format(image.alt)
        return self.tr("Image without description")

    def html(self, item: Item, theme: Theme, image_paths: dict[str, Path],
             image_width: int) -> str:
        """Return the item's HTML; pictures come from `image_paths`, at most this wide."""
        t = theme
        parts = [f"<h1>{html.escape(item.title)}</h1>"]  # sized by size_heading
        if item.category:
            label = html.escape(self.tr("Theme: {0}").format(item.category))
            parts.append(f'<p style="color:{t.secondary_text}">{label}</p>')
        # A paragraph that is only an image's description is said once, with the image.
        alts = {im.alt for im in item.images if im.alt}
        parts += [f"<p>{html.escape(p)}</p>" for p in item.summary if p not in alts]
        for image in item.images:
            parts.append(self._image_html(image, theme, image_paths.get(image.src),
                                          image_width))
        if item.link:
            text = html.escape(self.tr("Read more: {0}").format(item.title))
            href = html.escape(item.link, quote=True)
            parts.append(
                f'<p><a href="{href}" style="color:{t.link}; text-decoration:underline">'
                f"{text}</a></p>"
            )
        return "\n".join(parts)

    def _image_html(self, image: Image, theme: Theme, path: Path | None,
                    image_width: int) -> str:
        """The image's text, and the picture above it when it is allowed and on disk."""
        text = html.escape(self.image_text(image))
        caption = f'<p style="color:{theme.secondary_text}">{text}</p>'
        if path is None or not path.is_file():
            return caption
        size = QImageReader(str(path)).size()
        if not size.isValid() or size.width() <= 0 or size.height() <= 0:
            return caption
        width = min(size.width(), image_width)
        height = max(1, round(size.height() * width / size.width()))
        url = html.escape(QUrl.fromLocalFile(str(path)).toString(), quote=True)
        alt = html.escape(image.alt, quote=True)
        return (f'<p><img src="{url}" alt="{alt}" width="{width}" height="{height}"></p>'
                + caption)


def fitting_heading_factor(font: QFont, title: str, available: float) -> float:
    """Return how much larger than the body the title may be so no word is broken.

    At 400 % a long Dutch compound at twice the body size is wider than the pane, and
    Qt broke it with no hyphen ("Landeli / jke"). The title shrinks towards the body
    size until its longest word fits in `available` pixels; only a word too wide even
    then is broken.
    """
    bold = QFont(font)
    bold.setBold(True)
    metrics = QFontMetricsF(bold)
    longest = max((metrics.horizontalAdvance(w) for w in title.split()), default=0.0)
    if longest <= 0 or available <= 0:
        return HEADING_FACTOR
    return max(1.0, min(HEADING_FACTOR, 0.97 * available / longest))


def size_heading(doc: QTextDocument, point_size: float) -> None:
    """Give the title (the first block, an h1) this size in points, in bold.

    Qt's h1 size is a relative adjustment that a style's font-size does not replace,
    so the title's characters get an explicit point size instead.
    """
    block = doc.begin()
    if not block.isValid() or block.blockFormat().headingLevel() != 1:
        return
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock,
                        QTextCursor.MoveMode.KeepAnchor)
    char = QTextCharFormat(cursor.charFormat())
    char.clearProperty(QTextFormat.Property.FontSizeAdjustment)
    char.setFontPointSize(point_size)
    char.setFontWeight(QFont.Weight.Bold)
    cursor.setCharFormat(char)


def format_blocks(doc: QTextDocument, settings: Settings, base_pt: float,
                  px_per_pt: float) -> None:
    """Apply line height, paragraph spacing, letter/word spacing and left alignment."""
    s = settings
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    block = doc.begin()
    while block.isValid():
        fmt = QTextBlockFormat(block.blockFormat())
        fmt.setLineHeight(
            s.line_height * 100.0, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value
        )
        fmt.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignAbsolute)
        fmt.setBottomMargin(s.paragraph_spacing * base_pt * px_per_pt)
        if fmt.headingLevel() == 0:
            fmt.setTopMargin(0)
        cursor.setPosition(block.position())
        cursor.setBlockFormat(fmt)
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.isValid():
                size_pt = fragment.charFormat().fontPointSize() or base_pt
                px = size_pt * px_per_pt
                char = QTextCharFormat()
                char.setFontLetterSpacingType(QFont.SpacingType.AbsoluteSpacing)
                char.setFontLetterSpacing(s.letter_spacing * px)
                char.setFontWordSpacing(s.word_spacing * px)
                cursor.setPosition(fragment.position())
                cursor.setPosition(
                    fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                )
                cursor.mergeCharFormat(char)
            it += 1
        block = block.next()
    cursor.endEditBlock()


def column_width(font: QFont, settings: Settings, dpi: float) -> float:
    """Return the text column width in pixels for the maximum line length."""
    s = settings
    metrics = QFontMetricsF(font)
    px = font.pointSizeF() * dpi / 72.0
    # About one word gap per six characters in Dutch and English running text.
    per_char = metrics.averageCharWidth() + s.letter_spacing * px + s.word_spacing * px / 6
    return s.max_line_chars * per_char


def fit_column(doc: QTextDocument, available: float, width: float) -> None:
    """Narrow the text to `width` pixels of the `available` ones, with equal side margins."""
    side = max(0.0, (available - width) / 2)
    frame = doc.rootFrame()
    fmt = frame.frameFormat()
    if abs(fmt.leftMargin() - side) > 0.5 or abs(fmt.rightMargin() - side) > 0.5:
        fmt.setLeftMargin(side)
        fmt.setRightMargin(side)
        frame.setFrameFormat(fmt)
