"""Earlier versions of stored issues: a refresh that changes an issue keeps the old copy.

When `store_issue` replaces an issue, the copy it replaces (header, raw bytes and items)
goes into `issue_versions` first. The user can list an issue's versions and go back to one;
going back keeps the current copy as a version too, so nothing is ever lost by choosing.
Read state, stars and notes live in `item_state` keyed by issue and item key, so they follow
an item from one version to the next. At most `MAX_VERSIONS` are kept per issue (oldest go).
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

from reader.core.errors import ErrorKind, ReaderError

MAX_VERSIONS = 10

_ITEM_COLUMNS = ("position", "key", "title", "category", "summary", "link", "date", "language",
                 "images")


@dataclass(frozen=True, slots=True)
class IssueVersion:
    """An earlier copy of an issue: when it was current, its title and how many items."""

    id: int
    issue_id: int
    title: str
    stored_at: str  # when this copy was stored (it was current until `replaced_at`)
    replaced_at: str
    item_count: int


def keep_version(conn: sqlite3.Connection, issue_id: int, replaced_at: str) -> None:
    """Copy the issue as it is now into its versions (inside the caller's transaction)."""
    head = conn.execute(
        "SELECT title, date, language, content_hash, raw, raw_type, updated_at FROM issues"
        " WHERE id = ?", (issue_id,)).fetchone()
    if head is None:
        return
    cols = ", ".join(_ITEM_COLUMNS)
    rows = conn.execute(f"SELECT {cols} FROM items WHERE issue_id = ? ORDER BY position",
                        (issue_id,)).fetchall()
    items = json.dumps([list(r) for r in rows], ensure_ascii=False)
    conn.execute(
        "INSERT INTO issue_versions(issue_id, title, date, language, content_hash, raw,"
        " raw_type, items, item_count, stored_at, replaced_at) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
        (issue_id, head["title"], head["date"], head["language"], head["content_hash"],
         head["raw"], head["raw_type"], items, len(rows), head["updated_at"], replaced_at))
    conn.execute(
        "DELETE FROM issue_versions WHERE issue_id = ? AND id NOT IN (SELECT id FROM"
        " issue_versions WHERE issue_id = ? ORDER BY id DESC LIMIT ?)",
        (issue_id, issue_id, MAX_VERSIONS))


def list_versions(conn: sqlite3.Connection, issue_id: int) -> list[IssueVersion]:
    """Return an issue's earlier versions, newest first."""
    rows = conn.execute(
        "SELECT id, issue_id, title, stored_at, replaced_at, item_count FROM issue_versions"
        " WHERE issue_id = ? ORDER BY id DESC", (issue_id,)).fetchall()
    return [IssueVersion(*r) for r in rows]


def restore_version(conn: sqlite3.Connection, issue_id: int, version_id: int, now: str) -> None:
    """Make an earlier version current again; the current copy becomes a version."""
    row = conn.execute("SELECT * FROM issue_versions WHERE id = ? AND issue_id = ?",
                       (version_id, issue_id)).fetchone()
    if row is None:
        raise ReaderError(ErrorKind.NOT_FOUND, f"version {version_id} of issue {issue_id}")
    keep_version(conn, issue_id, now)
    conn.execute(
        "UPDATE issues SET title = ?, date = ?, language = ?, content_hash = ?, raw = ?,"
        " raw_type = ?, updated_at = ? WHERE id = ?",
        (row["title"], row["date"], row["language"], row["content_hash"], row["raw"],
         row["raw_type"], now, issue_id))
    conn.execute("DELETE FROM items WHERE issue_id = ?", (issue_id,))
    cols = ", ".join(_ITEM_COLUMNS)
    marks = ",".join("?" * (len(_ITEM_COLUMNS) + 1))
    conn.executemany(f"INSERT INTO items(issue_id, {cols}) VALUES ({marks})",
                     [(issue_id, *values) for values in json.loads(row["items"])])
    conn.execute("DELETE FROM issue_versions WHERE id = ?", (version_id,))
