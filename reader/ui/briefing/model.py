"""The entries of one briefing as a list a screen reader reads row by row."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from reader.core.briefing.model import BriefingEntry

_Index = QModelIndex | QPersistentModelIndex


class BriefingEntryModel(QAbstractListModel):
    """Rows are entries: "N. title, theme, with note", the same text on screen and spoken."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._entries: tuple[BriefingEntry, ...] = ()

    def set_entries(self, entries: tuple[BriefingEntry, ...]) -> None:
        """Show these entries; a change of notes alone only repaints the rows."""
        if len(entries) == len(self._entries) and all(
            a.same_item(b) for a, b in zip(entries, self._entries, strict=True)
        ):
            self._entries = entries
            if entries:
                self.dataChanged.emit(self.index(0), self.index(len(entries) - 1))
            return
        self.beginResetModel()
        self._entries = entries
        self.endResetModel()

    def entry(self, row: int) -> BriefingEntry | None:
        """Return the entry at row, or None."""
        return self._entries[row] if 0 <= row < len(self._entries) else None

    def row_text(self, row: int) -> str:
        """Return the spoken and shown text of a row."""
        entry = self._entries[row]
        parts = [self.tr("{0}. {1}").format(row + 1, entry.title)]
        if entry.category:
            parts.append(entry.category)
        if entry.note.strip():
            parts.append(self.tr("with note"))
        return ", ".join(parts)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        """Return the number of entries (Qt override)."""
        return 0 if parent.isValid() else len(self._entries)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Return the row text for display, tooltip and accessibility (Qt override)."""
        if not index.isValid() or self.entry(index.row()) is None:
            return None
        if role in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.AccessibleTextRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return self.row_text(index.row())
        return None
