"""The rows of the library pane's tree: one per source, its issues below it, each with counts.

A row's text carries its state in words ("VNG nieuws, 3 unread, paused"), and that text is also
its accessible name, so a screen reader says what the eye sees. The library is read in one go
off the GUI thread (`read_snapshot`); the model shows a snapshot, rebuilt or updated in place.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel

from reader.core.errors import ErrorKind, ReaderError
from reader.core.library.rows import IssueRow, SourceRow
from reader.core.library.store import Library
from reader.ui.common.dates import DateTexts

SourceIdRole = Qt.ItemDataRole.UserRole + 20
IssueIdRole = Qt.ItemDataRole.UserRole + 21
ISSUES_PER_SOURCE = 200

# Where a row is, across reloads: ("source", id) or ("issue", id).
RowKey = tuple[str, int]


@dataclass(frozen=True, slots=True)
class LibrarySnapshot:
    """Everything the pane shows, read in one go off the GUI thread."""

    sources: tuple[SourceRow, ...]
    issues: dict[int, tuple[IssueRow, ...]]


def read_snapshot(library: Library) -> LibrarySnapshot:
    """Read sources and their newest issues with unread counts (runs in a worker)."""
    sources = tuple(library.sources())
    issues = {s.id: tuple(library.issues(s.id, limit=ISSUES_PER_SOURCE)) for s in sources}
    return LibrarySnapshot(sources, issues)


class SourceTreeModel(QStandardItemModel):
    """Sources (level 1) and their issues (level 2), named in words for screen readers."""

    def __init__(self, cause_text: Callable[[ReaderError], str],
                 parent: QObject | None = None) -> None:
        """`cause_text` says in words why a source's last update failed."""
        super().__init__(parent)
        self._cause_text = cause_text
        self._dates = DateTexts(self)
        self._snapshot: LibrarySnapshot | None = None

    def snapshot(self) -> LibrarySnapshot | None:
        """Return the snapshot shown (None before the first)."""
        return self._snapshot

    def source(self, index: QModelIndex | QPersistentModelIndex) -> SourceRow | None:
        """Return the source of a row (the source itself or an issue's source) as last read."""
        source_id = index.data(SourceIdRole) if index.isValid() else None
        if self._snapshot is None or source_id is None:
            return None
        return next((s for s in self._snapshot.sources if s.id == int(source_id)), None)

    def rebuild(self, snapshot: LibrarySnapshot) -> None:
        """Replace every row with the snapshot's sources and issues."""
        self._snapshot = snapshot
        self.clear()
        for source in snapshot.sources:
            row = QStandardItem()
            row.setEditable(False)
            row.setData(source.id, SourceIdRole)
            row.setData(self.tr("source, level 1"), Qt.ItemDataRole.AccessibleDescriptionRole)
            self._set_text(row, self.source_text(source))
            row.appendRows(self._issue_rows(source.id, snapshot.issues.get(source.id, ())))
            self.appendRow(row)

    def update(self, snapshot: LibrarySnapshot, current: RowKey | None) -> bool:
        """Update the rows in place for a snapshot of the same sources.

        Only a source whose issues changed gets new issue rows. Return whether the `current`
        row was among those replaced, so the caller can make it current again.
        """
        self._snapshot = snapshot
        lost_current = False
        for r, source in enumerate(snapshot.sources):
            row = self.item(r)
            self._set_text(row, self.source_text(source))
            issues = snapshot.issues.get(source.id, ())
            shown = [row.child(c).data(IssueIdRole) for c in range(row.rowCount())]
            if shown == [i.id for i in issues]:
                for c, issue in enumerate(issues):
                    self._set_text(row.child(c), self.issue_text(issue))
                continue
            lost_current |= current is not None and current[0] == "issue" and (
                current[1] in shown)
            row.removeRows(0, row.rowCount())
            row.appendRows(self._issue_rows(source.id, issues))
        return lost_current

    def _issue_rows(self, source_id: int, issues: tuple[IssueRow, ...]) -> list[QStandardItem]:
        rows = []
        for issue in issues:
            child = QStandardItem()
            child.setEditable(False)
            child.setData(source_id, SourceIdRole)
            child.setData(self.tr("issue, level 2"), Qt.ItemDataRole.AccessibleDescriptionRole)
            child.setData(issue.id, IssueIdRole)
            self._set_text(child, self.issue_text(issue))
            rows.append(child)
        return rows

    @staticmethod
    def _set_text(item: QStandardItem, text: str) -> None:
        if item.text() != text:
            item.setText(text)
            # The state is in the words themselves, so the name reads as it looks.
            item.setData(text, Qt.ItemDataRole.AccessibleTextRole)

    def source_text(self, source: SourceRow) -> str:
        """Return a source row's text: "VNG nieuws, 3 unread, paused"."""
        parts = [source.name, self.tr("{0} unread").format(source.unread_count)]
        if source.paused:
            parts.append(self.tr("paused"))
        if source.error_kind:
            try:
                kind = ErrorKind(source.error_kind)
            except ValueError:
                kind = ErrorKind.UNREADABLE
            cause = self._cause_text(ReaderError(kind, source.error_detail or ""))
            parts.append(self.tr("update failed: {0}").format(cause))
        return ", ".join(parts)

    def issue_text(self, issue: IssueRow) -> str:
        """Return an issue row's text: "Nieuwsbrief 12, 12 June 2026, 5 unread"."""
        parts = [issue.title]
        if not self._dates.in_title(issue.date, issue.title):
            parts.append(self._dates.long(issue.date))
        parts.append(self.tr("{0} unread").format(issue.unread_count))
        return ", ".join(parts)

    @staticmethod
    def key(index: QModelIndex | QPersistentModelIndex) -> RowKey | None:
        """Return what a row shows, to find it again after a reload."""
        if not index.isValid():
            return None
        issue_id = index.data(IssueIdRole)
        if issue_id is not None:
            return ("issue", int(issue_id))
        return ("source", int(index.data(SourceIdRole)))

    def find(self, key: RowKey) -> QModelIndex:
        """Return the row showing this source or issue (invalid when there is none)."""
        kind, wanted = key
        for r in range(self.rowCount()):
            source = self.item(r)
            if kind == "source" and source.data(SourceIdRole) == wanted:
                return source.index()
            if kind == "issue":
                for c in range(source.rowCount()):
                    if source.child(c).data(IssueIdRole) == wanted:
                        return source.child(c).index()
        return QModelIndex()
