"""The library's single writer: one connection behind a lock, one transaction per call."""

from __future__ import annotations

import logging
import sqlite3
import threading
from collections.abc import Generator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from reader.core.errors import ErrorKind, ReaderError
from reader.core.library.rows import (
    Article,
    connect,
    content_hash,
    images_json,
    item_key,
    now_iso,
    tidy_link,
)
from reader.core.library.schema import LIBRARY
from reader.core.library.versions import keep_version, restore_version
from reader.core.models import Issue
from reader.core.storage.migrations import migrate
from reader.core.storage.transaction import write_transaction

log = logging.getLogger(__name__)


class LibraryWriter:
    """The single writer: one connection, one lock; each call is one transaction."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._lock = threading.Lock()
        self._conn = connect(path)
        with self._lock:
            migrate(self._conn, LIBRARY)

    def close(self) -> None:
        """Close the writing connection."""
        with self._lock:
            self._conn.close()

    @contextmanager
    def _tx(self) -> Generator[sqlite3.Connection, None, None]:
        with self._lock, write_transaction(self._conn, self.path) as conn:
            yield conn

    # Sources
    def add_source(self, name: str, address: str, kind: str, theme: str | None = None) -> int:
        """Add a source (or return the id of the one with this address)."""
        with self._tx() as conn:
            row = conn.execute("SELECT id FROM sources WHERE address = ?", (address,)).fetchone()
            if row is not None:  # adding a source removed in this session brings it back
                conn.execute("UPDATE sources SET removed_at = NULL WHERE id = ?", (row[0],))
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

    def hide_source(self, source_id: int) -> None:
        """Remove a source for the user, keeping its data until `purge_removed` (undoable)."""
        with self._tx() as conn:
            conn.execute("UPDATE sources SET removed_at = ? WHERE id = ?", (now_iso(), source_id))

    def unhide_source(self, source_id: int) -> None:
        """Undo `hide_source`: the source comes back with its issues, notes and state."""
        with self._tx() as conn:
            conn.execute("UPDATE sources SET removed_at = NULL WHERE id = ?", (source_id,))

    def purge_removed(self) -> int:
        """Delete the sources removed in the app for good (at close, or at the next start)."""
        with self._tx() as conn:
            return conn.execute("DELETE FROM sources WHERE removed_at IS NOT NULL").rowcount

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
        address = tidy_link(address)
        items = [it if it.link is None else replace(it, link=tidy_link(it.link))
                 for it in issue.items]
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
                keep_version(conn, issue_id, stamp)  # the copy being replaced is kept
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
                " date, language, images) VALUES (?,?,?,?,?,?,?,?,?,?)",
                [(issue_id, it.position, item_key(it), it.title, it.category, it.summary_text,
                  it.link, it.date, it.language, images_json(it)) for it in issue.items],
            )
            return outcome

    def restore_version(self, issue_id: int, version_id: int) -> None:
        """Make an earlier version of an issue current; the current copy is kept as one."""
        with self._tx() as conn:
            restore_version(conn, issue_id, version_id, now_iso())

    def has_issue(self, address: str) -> bool:
        """Return whether an issue with this address is stored."""
        with self._lock:
            row = self._conn.execute(
                "SELECT 1 FROM issues WHERE address = ?", (tidy_link(address),)
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
        article = Article(tidy_link(url), title, text, now_iso())
        with self._tx() as conn:
            conn.execute(
                "INSERT INTO articles(url, title, text, fetched_at) VALUES (?,?,?,?)"
                " ON CONFLICT(url) DO UPDATE SET title = excluded.title, text = excluded.text,"
                " fetched_at = excluded.fetched_at",
                (article.url, article.title, article.text, article.fetched_at),
            )
        return article
