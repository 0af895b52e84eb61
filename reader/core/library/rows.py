"""Rows the library returns, the SQL that reads them, and the helpers both sides share."""

from __future__ import annotations

import hashlib
import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from reader.core.errors import ErrorKind, ReaderError
from reader.core.jsondata import json_object
from reader.core.models import Image, Issue, Item
from reader.core.text.links import clean_link, strip_trackers


def tidy_link(url: str) -> str:
    """Return a link as the library stores it: without tracking parameters, else as written.

    Redirect wrappers (`?url=…`) are unwrapped only where a link is shown or opened
    (`links.clean_link`): unwrapped in a stored address, they would subscribe to, or key an
    issue by, another site than the one the user gave.
    """
    return strip_trackers(url.strip())


def same_link(a: str, b: str) -> bool:
    """Tell whether two addresses lead to the same page once trackers, the case of scheme
    and host, doubled slashes and a #fragment are ignored (one subscription, not three)."""
    return a.strip() == b.strip() or _comparable(a) == _comparable(b)


def _comparable(url: str) -> str:
    import re
    from urllib.parse import urlsplit, urlunsplit

    url = clean_link(url.strip()) or url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    path = re.sub(r"/{2,}", "/", parts.path) or "/"
    return urlunsplit((parts.scheme.lower(), parts.netloc.lower(), path, parts.query, ""))


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
        # Images count only when there are any, so hashes of issues without them stay as
        # they were (an issue stored before images were kept is re-stored with them).
        [it.title, it.category, list(it.summary), it.link]
        + ([[im.src, im.alt] for im in it.images] if it.images else [])
        for it in issue.items
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


# The library's row queries: store.py adds the WHERE and ORDER BY it needs.
SOURCE_SQL = """
SELECT s.*,
  (SELECT count(*) FROM issues WHERE source_id = s.id) AS issue_count,
  (SELECT count(*) FROM items i JOIN issues iss ON iss.id = i.issue_id
     LEFT JOIN item_state st ON st.issue_id = i.issue_id AND st.key = i.key
   WHERE iss.source_id = s.id AND coalesce(st.read, 0) = 0) AS unread_count
FROM (SELECT * FROM sources WHERE removed_at IS NULL) s
"""
ISSUE_SQL = """
SELECT iss.id, iss.source_id, iss.address, iss.title, iss.date, iss.fetched_at,
  (SELECT count(*) FROM items WHERE issue_id = iss.id) AS item_count,
  (SELECT count(*) FROM items i LEFT JOIN item_state st
     ON st.issue_id = i.issue_id AND st.key = i.key
   WHERE i.issue_id = iss.id AND coalesce(st.read, 0) = 0) AS unread_count
FROM (SELECT * FROM issues WHERE source_id IS NULL OR source_id NOT IN
      (SELECT id FROM sources WHERE removed_at IS NOT NULL)) iss
"""
ITEM_SQL = """
SELECT i.*, coalesce(st.read, 0) AS read, coalesce(st.starred, 0) AS starred, st.note
FROM items i LEFT JOIN item_state st ON st.issue_id = i.issue_id AND st.key = i.key
"""
_DATE_EXPR = "coalesce(i.date, iss.date, substr(iss.fetched_at, 1, 10))"


def source_row(r: sqlite3.Row) -> SourceRow:
    """Return the source of a SOURCE_SQL row."""
    return SourceRow(
        r["id"], r["name"], r["address"], r["kind"], r["theme"], bool(r["paused"]),
        r["added_at"], r["etag"], r["last_modified"], r["checked_at"], r["ok_at"],
        r["error_kind"], r["error_detail"], r["issue_count"], r["unread_count"],
    )


def images_json(item: Item) -> str | None:
    """Return the item's images as stored (JSON), None when it has none."""
    if not item.images:
        return None
    return json.dumps([im.to_dict() for im in item.images], ensure_ascii=False)


def _images(text: str | None) -> tuple[Image, ...]:
    if not text:
        return ()
    try:
        return tuple(Image.from_dict(d) for v in json.loads(text)
                     if (d := json_object(v)) is not None and d.get("src"))
    except (ValueError, TypeError):
        return ()


def stored_item(r: sqlite3.Row) -> StoredItem:
    """Return the stored item of an ITEM_SQL row."""
    summary = tuple(p for p in r["summary"].split("\n\n") if p)
    images = _images(r["images"]) if "images" in r.keys() else ()  # noqa: SIM118 - sqlite3.Row
    item = Item(r["title"], r["category"], summary, r["link"], r["position"], r["date"],
                r["language"], images)
    return StoredItem(r["id"], r["issue_id"], item, bool(r["read"]), bool(r["starred"]),
                      r["note"])
