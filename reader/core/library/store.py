"""The library: sources, issues, item state and articles in one SQLite file (WAL).

Threading: `Library` reads with one connection per thread (create it once, share it);
all writes go through `library.writer` (a `LibraryWriter`), which holds the only writing
connection behind a lock, so writes are serialised while reads run alongside (WAL).
Reading never changes item state; only the writer's `set_*` calls do.
"""

from __future__ import annotations

import logging
import sqlite3
import threading
from pathlib import Path
from typing import Any, Unpack

from reader.core.errors import ErrorKind, ReaderError
from reader.core.library.rows import (
    ISSUE_SQL,
    ITEM_SQL,
    SOURCE_SQL,
    Article,
    IssueRow,
    SearchHit,
    SourceRow,
    StoredItem,
    connect,
    content_hash,
    item_key,
    now_iso,
    source_row,
    stored_item,
    tidy_link,
)
from reader.core.library.search import SearchFilters, fts_query, search_items
from reader.core.library.versions import IssueVersion, list_versions
from reader.core.library.writer import LibraryWriter
from reader.core.models import Issue

__all__ = [
    "Article", "IssueRow", "IssueVersion", "Library", "LibraryWriter", "SearchHit", "SourceRow",
    "StoredItem",
    "connect", "content_hash", "fts_query", "item_key", "now_iso",
]

log = logging.getLogger(__name__)


class Library:
    """Read access to the library file; `writer` does every change."""

    def __init__(self, path: Path | str | None = None) -> None:
        if path is None:
            from reader.core.storage.paths import library_path

            path = library_path()
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.writer = LibraryWriter(self.path)  # creates and migrates the file first
        # One reading connection per thread; it closes when its thread ends.
        self._local = threading.local()

    def _conn(self) -> sqlite3.Connection:
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is None:
            conn = connect(self.path)
            conn.execute("PRAGMA query_only = ON")
            self._local.conn = conn
        return conn

    def _rows(self, sql: str, params: tuple[Any, ...] | list[Any] = ()) -> list[sqlite3.Row]:
        try:
            return self._conn().execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise ReaderError(ErrorKind.STORAGE, f"{self.path}: {exc}") from exc

    def check(self) -> None:
        """Read the schema and a row of each table: a damaged file fails here, not later."""
        for table in ("sqlite_master", "sources", "issues", "items", "item_state"):
            self._rows(f"SELECT * FROM {table} LIMIT 1")

    def close(self) -> None:
        """Close this thread's reading connection and the writer (call once, at exit)."""
        conn: sqlite3.Connection | None = getattr(self._local, "conn", None)
        if conn is not None:
            conn.close()
        self._local = threading.local()
        self.writer.close()

    # Sources
    def sources(self) -> list[SourceRow]:
        """Return all sources, by name, with issue and unread counts."""
        return [source_row(r) for r in self._rows(SOURCE_SQL + " ORDER BY s.name COLLATE NOCASE")]

    def source(self, source_id: int) -> SourceRow | None:
        """Return one source, or None."""
        rows = self._rows(SOURCE_SQL + " WHERE s.id = ?", (source_id,))
        return source_row(rows[0]) if rows else None

    def find_source(self, name_or_address: str) -> SourceRow | None:
        """Return the source with this id, address or (case-insensitive) name."""
        text = name_or_address.strip()
        if text.isdigit():
            return self.source(int(text))
        rows = self._rows(
            SOURCE_SQL + " WHERE s.address = ? OR lower(s.name) = lower(?)", (text, text)
        )
        return source_row(rows[0]) if rows else None

    def what_is_lost(self, source_id: int) -> tuple[int, int, int]:
        """Return what removing a source takes: (issues, notes, starred items)."""
        rows = self._rows(
            "SELECT (SELECT count(*) FROM issues WHERE source_id = ?),"
            " (SELECT count(*) FROM item_state st JOIN issues iss ON iss.id = st.issue_id"
            "  WHERE iss.source_id = ? AND coalesce(st.note, '') != ''),"
            " (SELECT count(*) FROM item_state st JOIN issues iss ON iss.id = st.issue_id"
            "  WHERE iss.source_id = ? AND st.starred = 1)", (source_id, source_id, source_id))
        return int(rows[0][0]), int(rows[0][1]), int(rows[0][2])

    def unread_counts(self) -> dict[int, int]:
        """Return unread items per source id."""
        return {s.id: s.unread_count for s in self.sources()}

    def themes(self, limit: int = 500) -> list[str]:
        """Return the themes (item categories) found in the library, alphabetically."""
        rows = self._rows(
            "SELECT min(category) FROM items WHERE coalesce(category, '') != ''"
            " GROUP BY category COLLATE NOCASE ORDER BY category COLLATE NOCASE LIMIT ?",
            (limit,),
        )
        return [str(r[0]) for r in rows]

    # Issues and items
    def issues(self, source_id: int | None = None, limit: int = 200) -> list[IssueRow]:
        """Return issues, newest first, of one source or all."""
        where = " WHERE iss.source_id = ?" if source_id is not None else ""
        params: tuple[Any, ...] = (source_id, limit) if source_id is not None else (limit,)
        sql = ISSUE_SQL + where + " ORDER BY coalesce(iss.date, iss.fetched_at) DESC, " \
            "iss.id DESC LIMIT ?"
        return [IssueRow(*r) for r in self._rows(sql, params)]

    def issue(self, issue_id: int) -> Issue | None:
        """Return a stored issue as parsed (no network access), or None."""
        head = self._rows(
            "SELECT iss.*, s.name AS source_name FROM issues iss "
            "LEFT JOIN sources s ON s.id = iss.source_id WHERE iss.id = ?",
            (issue_id,),
        )
        if not head:
            return None
        h = head[0]
        items = [s.item for s in self.items(issue_id)]
        return Issue(h["title"], tuple(items), h["source_name"] or h["address"], h["date"],
                     h["language"])

    def issue_address(self, issue_id: int) -> str | None:
        """Return the address an issue is stored under, or None."""
        rows = self._rows("SELECT address FROM issues WHERE id = ?", (issue_id,))
        return str(rows[0][0]) if rows else None

    def issue_id(self, address: str) -> int | None:
        """Return the id of the issue stored under this address, or None."""
        rows = self._rows("SELECT id FROM issues WHERE address = ?", (tidy_link(address),))
        return int(rows[0][0]) if rows else None

    def versions(self, issue_id: int) -> list[IssueVersion]:
        """Return the earlier versions of an issue, newest first."""
        try:
            return list_versions(self._conn(), issue_id)
        except sqlite3.Error as exc:
            raise ReaderError(ErrorKind.STORAGE, f"{self.path}: {exc}") from exc

    def items(self, issue_id: int) -> list[StoredItem]:
        """Return an issue's items in order, with their state."""
        rows = self._rows(ITEM_SQL + " WHERE i.issue_id = ? ORDER BY i.position", (issue_id,))
        return [stored_item(r) for r in rows]

    def item(self, item_id: int) -> StoredItem | None:
        """Return one item with its state."""
        rows = self._rows(ITEM_SQL + " WHERE i.id = ?", (item_id,))
        return stored_item(rows[0]) if rows else None

    def raw(self, issue_id: int) -> tuple[bytes, str | None] | None:
        """Return the raw copy of an issue and its media type."""
        rows = self._rows("SELECT raw, raw_type FROM issues WHERE id = ?", (issue_id,))
        return (bytes(rows[0][0]), rows[0][1]) if rows else None

    def article(self, url: str) -> Article | None:
        """Return the cached article for a link, or None."""
        rows = self._rows("SELECT * FROM articles WHERE url = ?", (tidy_link(url),))
        return Article(*rows[0]) if rows else None

    def search(self, query: str, **filters: Unpack[SearchFilters]) -> list[SearchHit]:
        """Search titles, summaries and articles (see SearchFilters for the filters)."""
        try:
            return search_items(self._conn(), query, **filters)
        except sqlite3.Error as exc:
            raise ReaderError(ErrorKind.STORAGE, f"{self.path}: {exc}") from exc
