"""The list of an issue's items: the spine of the app."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from reader.core.models import Issue, Item

ItemRole = Qt.ItemDataRole.UserRole + 1
CategoryRole = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


class ItemListModel(QAbstractListModel):
    """Rows are items; the accessible name is plain text, title first, then theme."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._issue: Issue | None = None
        self._items: tuple[Item, ...] = ()

    def set_issue(self, issue: Issue) -> None:
        """Show the items of this issue."""
        self.beginResetModel()
        self._issue = issue
        self._items = issue.items
        self.endResetModel()

    @property
    def issue(self) -> Issue | None:
        """Return the issue shown."""
        return self._issue

    def item(self, row: int) -> Item | None:
        """Return the item at row, or None."""
        return self._items[row] if 0 <= row < len(self._items) else None

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Return the number of items (Qt override)."""
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Return what a row shows and what assistive technology reads (Qt override)."""
        item = self.item(index.row()) if index.isValid() else None
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return item.title
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return accessible_row_name(item)
        if role in (Qt.ItemDataRole.AccessibleDescriptionRole, Qt.ItemDataRole.ToolTipRole):
            return item.summary_text
        if role == CategoryRole:
            return item.category or ""
        if role == ItemRole:
            return item
        return None


def accessible_row_name(item: Item) -> str:
    """Return a row's spoken name: the title, then the theme, as plain text."""
    parts = [item.title]
    if item.category:
        parts.append(item.category)
    return ", ".join(parts)
