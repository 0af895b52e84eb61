"""Draw an item row as its title with the theme beneath, in the palette's colours."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from reader.ui.item_model import SecondaryRole

_PAD = 6


class ItemDelegate(QStyledItemDelegate):
    """Two lines per row: the title (bold, wrapped), then theme and state (secondary colour)."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        return title, QFont(option.font)

    def _text_width(self, option: QStyleOptionViewItem) -> int:
        width = option.rect.width()
        if width <= 0 and option.widget is not None:
            width = option.widget.viewport().width()
        return max(width - 2 * _PAD, 40)

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Return the height that fits the wrapped title and the theme (Qt override)."""
        title_font, theme_font = self._fonts(option)
        width = self._text_width(option)
        flags = int(Qt.TextFlag.TextWordWrap)
        title = QFontMetrics(title_font).boundingRect(
            QRect(0, 0, width, 10_000), flags, str(index.data())
        )
        height = title.height() + 2 * _PAD
        if index.data(SecondaryRole):
            height += QFontMetrics(theme_font).lineSpacing()
        return QSize(width + 2 * _PAD, height)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Paint background, focus and the two text lines (Qt override)."""
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = QPalette.ColorGroup.Normal
        text_role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        title_font, theme_font = self._fonts(option)
        rect = opt.rect.adjusted(_PAD, _PAD, -_PAD, -_PAD)
        painter.save()
        painter.setPen(opt.palette.color(group, text_role))
        painter.setFont(title_font)
        flags = int(Qt.TextFlag.TextWordWrap | Qt.AlignmentFlag.AlignLeft)
        used = painter.boundingRect(rect, flags, str(index.data()))
        painter.drawText(rect, flags, str(index.data()))
        secondary = index.data(SecondaryRole)
        if secondary:
            if not selected:
                painter.setPen(opt.palette.color(group, QPalette.ColorRole.PlaceholderText))
            painter.setFont(theme_font)
            theme_rect = QRect(rect.left(), used.bottom() + 1, rect.width(), rect.height())
            painter.drawText(theme_rect, int(Qt.AlignmentFlag.AlignLeft), str(secondary))
        painter.restore()
