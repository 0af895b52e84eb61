"""Draw an item row as its title with the theme and state beneath, in the palette's colours."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPainter, QPalette, QTextLayout, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from reader.ui.reading.item_model import SecondaryRole

_PAD = 6


def _wrap() -> QTextOption:
    # Break at word boundaries, and inside a word only when it is wider than the row: at
    # 400 % in a narrow window a long Dutch compound must not be cut off.
    option = QTextOption(Qt.AlignmentFlag.AlignLeft)
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    return option


def _height(font: QFont, text: str, width: float) -> float:
    """Return the height of `text` wrapped as `_wrap()` wraps it, laid out by QTextLayout."""
    layout = QTextLayout(text, font)
    layout.setTextOption(_wrap())
    layout.beginLayout()
    height = 0.0
    while True:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(width)
        height += line.height()
    layout.endLayout()
    return max(height, QFontMetricsF(font).height())


class ItemDelegate(QStyledItemDelegate):
    """Two parts per row: the title (bold, wrapped), then theme and state (secondary colour)."""

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        title = QFont(option.font)
        title.setBold(True)
        return title, QFont(option.font)

    def _text_width(self, option: QStyleOptionViewItem) -> float:
        width = option.rect.width()
        if width <= 0 and isinstance(option.widget, QAbstractItemView):
            width = option.widget.viewport().width()
        return float(max(width - 2 * _PAD, 40))

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        """Return the height that fits the wrapped title and second line (Qt override)."""
        title_font, theme_font = self._fonts(option)
        width = self._text_width(option)
        height = _height(title_font, str(index.data()), width) + 2 * _PAD
        secondary = index.data(SecondaryRole)
        if secondary:
            height += _height(theme_font, str(secondary), width)
        return QSize(int(width) + 2 * _PAD, int(height) + 1)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        """Paint background, focus and the two text parts (Qt override)."""
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
        rect = QRectF(opt.rect.adjusted(_PAD, _PAD, -_PAD, -_PAD))
        title = str(index.data())
        painter.save()
        painter.setPen(opt.palette.color(group, text_role))
        painter.setFont(title_font)
        painter.drawText(rect, title, _wrap())
        secondary = index.data(SecondaryRole)
        if secondary:
            if not selected:
                painter.setPen(opt.palette.color(group, QPalette.ColorRole.PlaceholderText))
            painter.setFont(theme_font)
            top = rect.top() + _height(title_font, title, rect.width())
            painter.drawText(QRectF(rect.left(), top, rect.width(), rect.bottom() - top + 1),
                             str(secondary), _wrap())
        painter.restore()
