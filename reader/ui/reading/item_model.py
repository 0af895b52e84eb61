"""The list of an issue's items: the spine of the app."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from reader.core.models import Issue, Item

ItemRole = Qt.ItemDataRole.UserRole + 1
CategoryRole = Qt.ItemDataRole.UserRole + 2
ReadRole = Qt.ItemDataRole.UserRole + 3
SecondaryRole = Qt.ItemDataRole.UserRole + 4

_Index = QModelIndex | QPersistentModelIndex


class ItemListModel(QAbstractListModel):
    """Rows are items; the accessible name is plain text, title first, then theme."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._issue: Issue | None = None
        self._items: tuple[Item, ...] = ()
        self._read: set[int] = set()
        self._starred: set[int] = set()
        self.unread_text = "unread"
        self.starred_text = "starred"

    def set_issue(self, issue: Issue) -> None:
        """Show the items of this issue."""
        self.beginResetModel()
        self._issue = issue
        self._items = issue.items
        self._read = set()
        self._starred = set()
        self.endResetModel()

    def is_starred(self, row: int) -> bool:
        """Return whether the row's item is starred."""
        return row in self._starred

    def set_starred(self, row: int, starred: bool) -> None:
        """Show a row as starred or not (the library keeps the state)."""
        self._mark(self._starred, row, starred)

    def _states(self, row: int) -> list[str]:
        states = [] if self.is_read(row) else [self.unread_text]
        if self.is_starred(row):
            states.append(self.starred_text)
        return states

    def is_read(self, row: int) -> bool:
        """Return whether the user marked this row read (or finished reading it)."""
        return row in self._read

    def set_read(self, row: int, read: bool) -> None:
        """Mark a row read or unread: only on an explicit action, never on focus."""
        self._mark(self._read, row, read)

    def _mark(self, rows: set[int], row: int, on: bool) -> None:
        """Put a row in or out of a state's set; only a real change repaints the row."""
        if self.item(row) is None or (row in rows) == on:
            return
        (rows.add if on else rows.discard)(row)
        index = self.index(row)
        self.dataChanged.emit(index, index)

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
            return accessible_row_name(item, ", ".join(self._states(index.row())) or None)
        if role in (Qt.ItemDataRole.AccessibleDescriptionRole, Qt.ItemDataRole.ToolTipRole):
            return item.summary_text
        if role == SecondaryRole:
            # The state is written out, not shown by colour alone (WCAG 1.4.1).
            return " · ".join(p for p in (item.category, *self._states(index.row())) if p)
        if role == ReadRole:
            return self.is_read(index.row())
        if role == CategoryRole:
            return item.category or ""
        if role == ItemRole:
            return item
        return None


def accessible_row_name(item: Item, state: str | None = None) -> str:
    """Return a row's spoken name: the title, then the theme and state, as plain text."""
    parts = [item.title]
    if item.category:
        parts.append(item.category)
    if state:
        parts.append(state)
    return ", ".join(parts)
