"""A layout that places widgets in rows and starts a new row when the next one does not fit.

Used where a row of controls must keep every label whole at any text size: instead of
shrinking (and eliding) buttons, the row wraps, as words in a paragraph do.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QLayout, QLayoutItem, QWidget


class FlowLayout(QLayout):
    """Left-to-right rows of items at their size hint; wraps to a new row when full."""

    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._spacing = spacing
        self.setContentsMargins(QMargins(0, 0, 0, 0))

    def addItem(self, item: QLayoutItem) -> None:
        """Append an item (Qt override)."""
        self._items.append(item)

    def count(self) -> int:
        """Return the number of items (Qt override)."""
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        """Return the item at index, or None (Qt override)."""
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        """Remove and return the item at index (Qt override)."""
        return self._items.pop(index) if 0 <= index < len(self._items) else None

    def expandingDirections(self) -> Qt.Orientation:
        """Grow in neither direction by itself (Qt override)."""
        return Qt.Orientation(0)

    def hasHeightForWidth(self) -> bool:
        """The height depends on how many rows the width allows (Qt override)."""
        return True

    def heightForWidth(self, width: int) -> int:
        """Return the height needed at this width (Qt override)."""
        return self._place(QRect(0, 0, width, 0), move=False)

    def setGeometry(self, rect: QRect) -> None:
        """Place the items in rect (Qt override)."""
        super().setGeometry(rect)
        self._place(rect, move=True)

    def sizeHint(self) -> QSize:
        """One row of everything (Qt override)."""
        visible = [i for i in self._items if not i.isEmpty()]
        width = sum(i.sizeHint().width() for i in visible) + self._spacing * max(
            len(visible) - 1, 0)
        height = max((i.sizeHint().height() for i in visible), default=0)
        m = self.contentsMargins()
        return QSize(width + m.left() + m.right(), height + m.top() + m.bottom())

    def minimumSize(self) -> QSize:
        """The widest single item: anything narrower would cut it (Qt override)."""
        size = QSize()
        for item in self._items:
            if not item.isEmpty():
                least = item.minimumSize()
                size = size.expandedTo(least if item.hasHeightForWidth()
                                       else least.expandedTo(item.sizeHint()))
        m = self.contentsMargins()
        return size + QSize(m.left() + m.right(), m.top() + m.bottom())

    def _place(self, rect: QRect, *, move: bool) -> int:
        m = self.contentsMargins()
        area = rect.adjusted(m.left(), m.top(), -m.right(), -m.bottom())
        x, y, row_height = area.x(), area.y(), 0
        rows: list[list[tuple[QLayoutItem, QPoint, QSize]]] = [[]]
        for item in self._items:
            if item.isEmpty():
                continue
            hint = item.sizeHint()
            if hint.width() > area.width() and item.hasHeightForWidth():
                # A group that itself wraps (a label with its control) takes the row.
                hint = QSize(area.width(), item.heightForWidth(area.width()))
            if x > area.x() and x + hint.width() > area.right() + 1:
                x, y = area.x(), y + row_height + self._spacing
                row_height = 0
                rows.append([])
            rows[-1].append((item, QPoint(x, y), hint))
            x += hint.width() + self._spacing
            row_height = max(row_height, hint.height())
        if move:
            for row in rows:
                tallest = max((h.height() for _, _, h in row), default=0)
                for item, point, hint in row:
                    # Centred in its row, so a label lines up with the control beside it.
                    top = point.y() + (tallest - hint.height()) // 2
                    item.setGeometry(QRect(QPoint(point.x(), top), hint))
        return y + row_height - rect.y() + m.bottom()
