"""Keep briefings in a SQLite file so they survive restarts and upgrades.

The file holds its own small set of tables and a `schema_version` table; opening an older
file runs the missing migrations (reader.core.storage.migrations), each step all or nothing.
"""

from __future__ import annotations

import json
import sqlite3
from contextlib import AbstractContextManager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from reader.core.briefing.model import DEFAULT_LANGUAGE, Briefing, BriefingEntry
from reader.core.errors import ErrorKind, ReaderError
from reader.core.storage.migrations import Schema, migrate, schema_version
from reader.core.storage.transaction import write_transaction

# MIGRATIONS[n] brings a file from version n to n + 1. Never edit a shipped step: add one.
MIGRATIONS: tuple[str, ...] = (
    # 0 -> 1: briefings and their entries, the item copied in column by column.
    """
    CREATE TABLE schema_version (version INTEGER NOT NULL);
    INSERT INTO schema_version (version) VALUES (0);
    CREATE TABLE briefing (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL DEFAULT '',
        date TEXT,
        recipient TEXT NOT NULL DEFAULT '',
        introduction TEXT NOT NULL DEFAULT '',
        created TEXT NOT NULL,
        updated TEXT NOT NULL
    );
    CREATE TABLE briefing_entry (
        briefing_id TEXT NOT NULL REFERENCES briefing(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        title TEXT NOT NULL,
        category TEXT,
        summary TEXT NOT NULL DEFAULT '[]',
        link TEXT,
        source_title TEXT,
        source_date TEXT,
        note TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (briefing_id, position)
    );
    """,
    # 1 -> 2: the document language of a briefing, and each entry's language and source.
    f"""
    ALTER TABLE briefing ADD COLUMN language TEXT NOT NULL DEFAULT '{DEFAULT_LANGUAGE}';
    ALTER TABLE briefing_entry ADD COLUMN language TEXT;
    ALTER TABLE briefing_entry ADD COLUMN source TEXT;
    """,
)
# Files on disk keep their version in a table of their own, not in PRAGMA user_version.
BRIEFINGS = Schema("briefings", MIGRATIONS, version_table="schema_version")
SCHEMA_VERSION = BRIEFINGS.latest
FILE_NAME = "briefings.sqlite"  # in the data folder, beside the library


@dataclass(frozen=True, slots=True)
class BriefingSummary:
    """A line in the list of kept briefings."""

    id: str
    title: str
    date: str | None
    recipient: str
    entry_count: int
    updated: str


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


class BriefingStore:
    """The briefings kept in one SQLite file (created, and upgraded, on open)."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            # Autocommit mode: transactions are explicit BEGIN IMMEDIATE ... COMMIT below.
            self._db = sqlite3.connect(self.path, isolation_level=None, timeout=10)
            self._db.execute("PRAGMA journal_mode=WAL")
            self._db.execute("PRAGMA foreign_keys=ON")
            self._db.execute("PRAGMA synchronous=NORMAL")
            migrate(self._db, BRIEFINGS)
        except sqlite3.DatabaseError as exc:
            raise ReaderError(ErrorKind.STORAGE, f"{self.path}: {exc}") from exc
        except OSError as exc:
            raise ReaderError(ErrorKind.STORAGE, f"{self.path}: {exc.strerror or exc}") from exc

    # -- lifetime ------------------------------------------------------------------------------

    def close(self) -> None:
        """Close the file."""
        self._db.close()

    def __enter__(self) -> BriefingStore:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    # -- schema --------------------------------------------------------------------------------

    @property
    def schema_version(self) -> int:
        """Return the schema version of the open file."""
        return schema_version(self._db, BRIEFINGS)

    # -- reading -------------------------------------------------------------------------------

    def summaries(self) -> list[BriefingSummary]:
        """Return the kept briefings, most recently changed first."""
        rows = self._query(
            "SELECT b.id, b.title, b.date, b.recipient, COUNT(e.position), b.updated"
            " FROM briefing b LEFT JOIN briefing_entry e ON e.briefing_id = b.id"
            " GROUP BY b.id ORDER BY b.updated DESC, b.rowid DESC"
        )
        return [BriefingSummary(r[0], r[1], r[2], r[3], int(r[4]), r[5]) for r in rows]

    def load(self, briefing_id: str) -> Briefing:
        """Return one briefing; ReaderError(NOT_FOUND) if it is not kept."""
        rows = self._query(
            "SELECT id, title, date, recipient, introduction, language FROM briefing WHERE id = ?",
            (briefing_id,),
        )
        if not rows:
            raise ReaderError(ErrorKind.NOT_FOUND, f"briefing {briefing_id}")
        bid, title, date, recipient, introduction, language = rows[0]
        entries = self._query(
            "SELECT title, category, summary, link, language, source_title, source_date, source,"
            " note FROM briefing_entry WHERE briefing_id = ? ORDER BY position",
            (bid,),
        )
        return Briefing(
            id=bid,
            title=title,
            date=date,
            recipient=recipient,
            introduction=introduction,
            language=language or DEFAULT_LANGUAGE,
            entries=tuple(
                BriefingEntry(
                    title=e[0],
                    category=e[1],
                    summary=tuple(json.loads(e[2] or "[]")),
                    link=e[3],
                    language=e[4],
                    source_title=e[5],
                    source_date=e[6],
                    source=e[7],
                    note=e[8] or "",
                )
                for e in entries
            ),
        )

    def load_all(self) -> list[Briefing]:
        """Return every kept briefing, most recently changed first."""
        return [self.load(s.id) for s in self.summaries()]

    def __contains__(self, briefing_id: object) -> bool:
        return bool(self._query("SELECT 1 FROM briefing WHERE id = ?", (briefing_id,)))

    # -- writing -------------------------------------------------------------------------------

    def save(self, briefing: Briefing) -> None:
        """Keep the briefing as it is now, replacing an earlier version, all or nothing."""
        now = _now()
        with self._transaction():
            self._db.execute(
                "INSERT INTO briefing (id, title, date, recipient, introduction, language,"
                " created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT(id) DO UPDATE SET title=excluded.title, date=excluded.date,"
                " recipient=excluded.recipient, introduction=excluded.introduction,"
                " language=excluded.language, updated=excluded.updated",
                (
                    briefing.id,
                    briefing.title,
                    briefing.date,
                    briefing.recipient,
                    briefing.introduction,
                    briefing.language,
                    now,
                    now,
                ),
            )
            self._db.execute("DELETE FROM briefing_entry WHERE briefing_id = ?", (briefing.id,))
            self._db.executemany(
                "INSERT INTO briefing_entry (briefing_id, position, title, category, summary,"
                " link, language, source_title, source_date, source, note)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        briefing.id,
                        position,
                        e.title,
                        e.category,
                        json.dumps(list(e.summary), ensure_ascii=False),
                        e.link,
                        e.language,
                        e.source_title,
                        e.source_date,
                        e.source,
                        e.note,
                    )
                    for position, e in enumerate(briefing.entries)
                ],
            )

    def delete(self, briefing_id: str) -> None:
        """Forget a briefing (no error if it was not kept)."""
        with self._transaction():
            self._db.execute("DELETE FROM briefing WHERE id = ?", (briefing_id,))

    # -- plumbing ------------------------------------------------------------------------------

    def _query(self, sql: str, params: tuple[object, ...] = ()) -> list[tuple[Any, ...]]:
        # Any: each value has the type its column declares in the schema above.
        try:
            return self._db.execute(sql, params).fetchall()
        except sqlite3.DatabaseError as exc:
            raise ReaderError(ErrorKind.STORAGE, f"{self.path}: {exc}") from exc

    def _transaction(self) -> AbstractContextManager[sqlite3.Connection]:
        return write_transaction(self._db, self.path)

