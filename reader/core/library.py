"""The library: sources, issues, item state and articles in one SQLite file (WAL).

Threading: `Library` reads with one connection per thread (create it once, share it);
all writes go through `library.writer` (a `LibraryWriter`), which holds the only writing
connection behind a lock, so writes are serialised while reads run alongside (WAL).
Reading never changes item state; only the `set_*`/`mark_*` calls do.
"""

from __future__ import annotations

import hashlib
import json
import logging
import re
import sqlite3
import threading
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.core.errors import ErrorKind, ReaderError
from reader.core.library_schema import migrate
from reader.core.links import clean_link
from reader.core.models import Issue, Item

if TYPE_CHECKING:
    from collections.abc import Iterator

log = logging.getLogger(__name__)


def now_iso() -> str:
    """Return the current UTC time as ISO 8601 text (seconds)."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def connect(path: Path | str) -> sqlite3.Connection:
    """Open the database with the pragmas Helder relies on (WAL, foreign keys)."""
    try:
        conn = sqlite3.connect(str(path), timeout=15.0, isolation_level=None,
                               check_same_thread=False)
        conn.execute("PRAGMA journal_mode = WAL")
        # NORMAL in WAL mode survives a killed process; only a power cut may lose the
        # last commits, and the file stays consistent either way.
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
    except sqlite3.Error as exc:
        raise ReaderError(ErrorKind.STORAGE, f"{path}: {exc}") from exc
    conn.row_factory = sqlite3.Row
    return conn


def item_key(item: Item) -> str:
    """Return the identity an item keeps across re-parses: its link, else its title."""
    return item.link or "title:" + " ".join(item.title.lower().split())


def content_hash(issue: Issue) -> str:
    """Return a hash of what the reader sees, so re-fetched identical issues are spotted."""
    body = [issue.title] + [
        [it.title, it.category, list(it.summary), it.link] for it in issue.items
    ]
    return hashlib.sha256(json.dumps(body, ensure_ascii=False).encode()).hexdigest()


@dataclass(frozen=True, slots=True)
class SourceRow:
    """A source as stored, with counts."""

    id: int
    name: str
    address: str
    kind: str
    theme: str | None
    paused: bool
    added_at: str
    etag: str | None
    last_modified: str | None
    checked_at: str | None
    ok_at: str | None
    error_kind: str | None
    error_detail: str | None
    issue_count: int
    unread_count: int


@dataclass(frozen=True, slots=True)
class IssueRow:
    """An issue's header as stored."""

    id: int
    source_id: int | None
    address: str
    title: str
    date: str | None
    fetched_at: str
    item_count: int
    unread_count: int


@dataclass(frozen=True, slots=True)
class StoredItem:
    """An item with its library id and the user's state."""

    id: int
    issue_id: int
    item: Item
    read: bool
    starred: bool
    note: str | None


@dataclass(frozen=True, slots=True)
class SearchHit:
    """One search result: an item, where it comes from, and a snippet with [marked] words."""

    item_id: int
    issue_id: int
    title: str
    snippet: str
    category: str | None
    issue_title: str
    source_id: int | None
    source_name: str | None
    date: str | None


@dataclass(frozen=True, slots=True)
class Article:
    """The main text behind an item's link, cached for offline reading."""

    url: str
    title: str | None
    text: str
    fetched_at: str


_SOURCE_SQL = """
SELECT s.*,
  (SELECT count(*) FROM issues WHERE source_id = s.id) AS issue_count,
  (SELECT count(*) FROM items i JOIN issues iss ON iss.id = i.issue_id
     LEFT JOIN item_state st ON st.issue_id = i.issue_id AND st.key = i.key
   WHERE iss.source_id = s.id AND coalesce(st.read, 0) = 0) AS unread_count
FROM sources s
"""
_ISSUE_SQL = """
SELECT iss.id, iss.source_id, iss.address, iss.title, iss.date, iss.fetched_at,
  (SELECT count(*) FROM items WHERE issue_id = iss.id) AS item_count,
  (SELECT count(*) FROM items i LEFT JOIN item_state st
     ON st.issue_id = i.issue_id AND st.key = i.key
   WHERE i.issue_id = iss.id AND coalesce(st.read, 0) = 0) AS unread_count
FROM issues iss
"""
_ITEM_SQL = """
SELECT i.*, coalesce(st.read, 0) AS read, coalesce(st.starred, 0) AS starred, st.note
FROM items i LEFT JOIN item_state st ON st.issue_id = i.issue_id AND st.key = i.key
"""
_DATE_EXPR = "coalesce(i.date, iss.date, substr(iss.fetched_at, 1, 10))"


def _source_row(r: sqlite3.Row) -> SourceRow:
    return SourceRow(
        r["id"], r["name"], r["address"], r["kind"], r["theme"], bool(r["paused"]),
        r["added_at"], r["etag"], r["last_modified"], r["checked_at"], r["ok_at"],
        r["error_kind"], r["error_detail"], r["issue_count"], r["unread_count"],
    )


def _stored_item(r: sqlite3.Row) -> StoredItem:
    summary = tuple(p for p in r["summary"].split("\n\n") if p)
    item = Item(r["title"], r["category"], summary, r["link"], r["position"], r["date"],
                r["language"])
    return StoredItem(r["id"], r["issue_id"], item, bool(r["read"]), bool(r["starred"]),
                      r["note"])


def fts_query(text: str) -> str:
    """Turn what a user typed into an FTS5 query: every word must match, the last as prefix."""
    words = re.findall(r"\w+", text)
    if not words:
        return ""
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


class Library:
    """Read access to the library file; `writer` does every change."""

    def __init__(self, path: Path | str | None = None) -> None:
        if path is None:
            from reader.core.paths import library_path

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
        return [_source_row(r) for r in self._rows(_SOURCE_SQL + " ORDER BY s.name COLLATE NOCASE")]

    def source(self, source_id: int) -> SourceRow | None:
        """Return one source, or None."""
        rows = self._rows(_SOURCE_SQL + " WHERE s.id = ?", (source_id,))
        return _source_row(rows[0]) if rows else None

    def find_source(self, name_or_address: str) -> SourceRow | None:
        """Return the source with this id, address or (case-insensitive) name."""
        text = name_or_address.strip()
        if text.isdigit():
            return self.source(int(text))
        rows = self._rows(
            _SOURCE_SQL + " WHERE s.address = ? OR lower(s.name) = lower(?)", (text, text)
        )
        return _source_row(rows[0]) if rows else None

    def unread_counts(self) -> dict[int, int]:
        """Return unread items per source id."""
        return {s.id: s.unread_count for s in self.sources()}

    # Issues and items
    def issues(self, source_id: int | None = None, limit: int = 200) -> list[IssueRow]:
        """Return issues, newest first, of one source or all."""
        where = " WHERE iss.source_id = ?" if source_id is not None else ""
        params: tuple[Any, ...] = (source_id, limit) if source_id is not None else (limit,)
        sql = _ISSUE_SQL + where + " ORDER BY coalesce(iss.date, iss.fetched_at) DESC, " \
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

    def issue_id(self, address: str) -> int | None:
        """Return the id of the issue stored under this address, or None."""
        rows = self._rows("SELECT id FROM issues WHERE address = ?", (clean_link(address),))
        return int(rows[0][0]) if rows else None

    def items(self, issue_id: int) -> list[StoredItem]:
        """Return an issue's items in order, with their state."""
        rows = self._rows(_ITEM_SQL + " WHERE i.issue_id = ? ORDER BY i.position", (issue_id,))
        return [_stored_item(r) for r in rows]

    def item(self, item_id: int) -> StoredItem | None:
        """Return one item with its state."""
        rows = self._rows(_ITEM_SQL + " WHERE i.id = ?", (item_id,))
        return _stored_item(rows[0]) if rows else None

    def raw(self, issue_id: int) -> tuple[bytes, str | None] | None:
        """Return the raw copy of an issue and its media type."""
        rows = self._rows("SELECT raw, raw_type FROM issues WHERE id = ?", (issue_id,))
        return (bytes(rows[0][0]), rows[0][1]) if rows else None

    def article(self, url: str) -> Article | None:
        """Return the cached article for a link, or None."""
        rows = self._rows("SELECT * FROM articles WHERE url = ?", (clean_link(url),))
        return Article(*rows[0]) if rows else None

    def search(
        self,
        query: str,
        *,
        source_id: int | None = None,
        theme: str | None = None,
        date_from: str | None = None,
        date_to: str | None = None,
        limit: int = 50,
    ) -> list[SearchHit]:
        """Search titles, summaries and articles; dates are ISO text, bounds inclusive."""
        match = fts_query(query)
        if not match:
            return []
        where = ["search MATCH ?"]
        params: list[Any] = [match]
        if source_id is not None:
            where.append("iss.source_id = ?")
            params.append(source_id)
        if theme:
            where.append("i.category = ? COLLATE NOCASE")
            params.append(theme)
        if date_from:
            where.append(f"{_DATE_EXPR} >= ?")
            params.append(date_from)
        if date_to:
            where.append(f"substr({_DATE_EXPR}, 1, {len(date_to)}) <= ?")
            params.append(date_to)
        params.append(limit)
        sql = f"""
            SELECT i.id, i.issue_id, i.title,
                   snippet(search, -1, '[', ']', '…', 16), i.category, iss.title,
                   iss.source_id, s.name, {_DATE_EXPR}
            FROM search JOIN items i ON i.id = search.rowid
            JOIN issues iss ON iss.id = i.issue_id
            LEFT JOIN sources s ON s.id = iss.source_id
            WHERE {" AND ".join(where)}
            ORDER BY rank LIMIT ?"""
        return [SearchHit(*r) for r in self._rows(sql, params)]


class LibraryWriter:
    """The single writer: one connection, one lock; each call is one transaction."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._conn = connect(path)
        with self._lock:
            migrate(self._conn)

    def close(self) -> None:
        """Close the writing connection."""
        with self._lock:
            self._conn.close()

    @contextmanager
    def _tx(self) -> Iterator[sqlite3.Connection]:
        with self._lock:
            conn = self._conn
            try:
                conn.execute("BEGIN IMMEDIATE")
                yield conn
                conn.execute("COMMIT")
            except BaseException as exc:
                if conn.in_transaction:
                    conn.execute("ROLLBACK")
                if isinstance(exc, sqlite3.Error):
                    raise ReaderError(ErrorKind.STORAGE, f"{self.path}: {exc}") from exc
                raise

    # Sources
    def add_source(self, name: str, address: str, kind: str, theme: str | None = None) -> int:
        """Add a source (or return the id of the one with this address)."""
        with self._tx() as conn:
            row = conn.execute("SELECT id FROM sources WHERE address = ?", (address,)).fetchone()
            if row is not None:
                return int(row[0])
            cur = conn.execute(
                "INSERT INTO sources(name, address, kind, theme, added_at) VALUES (?,?,?,?,?)",
                (name, address, kind, theme, now_iso()),
            )
            return int(cur.lastrowid or 0)

    def rename_source(self, source_id: int, name: str) -> None:
        """Give a source a new name."""
        with self._tx() as conn:
            conn.execute("UPDATE sources SET name = ? WHERE id = ?", (name, source_id))

    def set_paused(self, source_id: int, paused: bool) -> None:
        """Pause (skip on refresh) or resume a source."""
        with self._tx() as conn:
            conn.execute("UPDATE sources SET paused = ? WHERE id = ?", (int(paused), source_id))

    def remove_source(self, source_id: int) -> None:
        """Remove a source with its issues and their state."""
        with self._tx() as conn:
            conn.execute("DELETE FROM sources WHERE id = ?", (source_id,))

    def record_success(
        self, source_id: int, etag: str | None = None, last_modified: str | None = None
    ) -> None:
        """Note a good check of a source and the validators for the next conditional request."""
        stamp = now_iso()
        with self._tx() as conn:
            conn.execute(
                "UPDATE sources SET checked_at = ?, ok_at = ?, error_kind = NULL, "
                "error_detail = NULL, etag = ?, last_modified = ? WHERE id = ?",
                (stamp, stamp, etag, last_modified, source_id),
            )

    def record_failure(self, source_id: int, error: ReaderError) -> None:
        """Note a failed check; stored issues are left exactly as they were."""
        with self._tx() as conn:
            conn.execute(
                "UPDATE sources SET checked_at = ?, error_kind = ?, error_detail = ? WHERE id = ?",
                (now_iso(), error.kind.value, error.detail, source_id),
            )

    # Issues
    def store_issue(
        self,
        source_id: int | None,
        address: str,
        issue: Issue,
        raw: bytes,
        raw_type: str | None = None,
    ) -> str:
        """Store a complete issue; return "new", "updated", "unchanged" or "duplicate"."""
        address = clean_link(address)
        items = [
            it if it.link is None else Item(it.title, it.category, it.summary,
                                            clean_link(it.link), it.position, it.date,
                                            it.language)
            for it in issue.items
        ]
        issue = issue.with_items(items)
        digest = content_hash(issue)
        stamp = now_iso()
        with self._tx() as conn:
            row = conn.execute(
                "SELECT id, content_hash FROM issues WHERE address = ?", (address,)
            ).fetchone()
            if row is not None and row["content_hash"] == digest:
                return "unchanged"
            if row is not None and not items:
                return "unchanged"  # an empty re-parse never replaces a good copy
            if row is None:
                twin = conn.execute(
                    "SELECT id FROM issues WHERE content_hash = ?", (digest,)
                ).fetchone()
                if twin is not None:
                    return "duplicate"
                cur = conn.execute(
                    "INSERT INTO issues(source_id, address, title, date, language, content_hash,"
                    " raw, raw_type, fetched_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?)",
                    (source_id, address, issue.title, issue.date, issue.language, digest, raw,
                     raw_type, stamp, stamp),
                )
                issue_id = int(cur.lastrowid or 0)
                outcome = "new"
            else:
                issue_id = int(row["id"])
                conn.execute(
                    "UPDATE issues SET title = ?, date = ?, language = ?, content_hash = ?,"
                    " raw = ?, raw_type = ?, updated_at = ? WHERE id = ?",
                    (issue.title, issue.date, issue.language, digest, raw, raw_type, stamp,
                     issue_id),
                )
                conn.execute("DELETE FROM items WHERE issue_id = ?", (issue_id,))
                outcome = "updated"
            conn.executemany(
                "INSERT INTO items(issue_id, position, key, title, category, summary, link,"
                " date, language) VALUES (?,?,?,?,?,?,?,?,?)",
                [(issue_id, it.position, item_key(it), it.title, it.category, it.summary_text,
                  it.link, it.date, it.language) for it in issue.items],
            )
            return outcome

    def has_issue(self, address: str) -> bool:
        """Return whether an issue with this address is stored."""
        with self._lock:
            row = self._conn.execute(
                "SELECT 1 FROM issues WHERE address = ?", (clean_link(address),)
            ).fetchone()
        return row is not None

    # Item state: only ever changed by the user, or by finishing reading an item.
    def _set_state(self, item_id: int, column: str, value: object) -> None:
        with self._tx() as conn:
            row = conn.execute("SELECT issue_id, key FROM items WHERE id = ?", (item_id,))
            found = row.fetchone()
            if found is None:
                raise ReaderError(ErrorKind.NOT_FOUND, f"item {item_id}")
            conn.execute(
                f"INSERT INTO item_state(issue_id, key, {column}, changed_at) VALUES (?,?,?,?)"
                f" ON CONFLICT(issue_id, key) DO UPDATE SET {column} = excluded.{column},"
                " changed_at = excluded.changed_at",
                (found[0], found[1], value, now_iso()),
            )

    def set_read(self, item_id: int, read: bool = True) -> None:
        """Mark an item read or unread (the user's choice, or reading reached its end)."""
        self._set_state(item_id, "read", int(read))

    def set_starred(self, item_id: int, starred: bool = True) -> None:
        """Star or unstar an item."""
        self._set_state(item_id, "starred", int(starred))

    def set_note(self, item_id: int, note: str | None) -> None:
        """Attach a note to an item (None or "" removes it)."""
        self._set_state(item_id, "note", note or None)

    # Articles
    def store_article(self, url: str, title: str | None, text: str) -> Article:
        """Cache the extracted article behind a link (searchable from then on)."""
        article = Article(clean_link(url), title, text, now_iso())
        with self._tx() as conn:
            conn.execute(
                "INSERT INTO articles(url, title, text, fetched_at) VALUES (?,?,?,?)"
                " ON CONFLICT(url) DO UPDATE SET title = excluded.title, text = excluded.text,"
                " fetched_at = excluded.fetched_at",
                (article.url, article.title, article.text, article.fetched_at),
            )
        return article
