"""Numbered SQLite migrations: the one way the library and the briefings upgrade their files.

A schema is a list of SQL scripts; step n brings a file from version n to n + 1. Each step
runs in its own write transaction together with the new version number, so a crash mid-upgrade
leaves a file at the last finished version, which the next start upgrades further. A file
written by a newer Helder is refused and left as it is.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass

from reader.core.errors import ErrorKind, ReaderError

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True)
class Schema:
    """A database's migrations and where it keeps its version number."""

    name: str  # what the errors and the log call the file: "library", "briefings"
    steps: tuple[str, ...]  # never edit a released step: append a new one
    # None: PRAGMA user_version. Otherwise a one-row table with a `version` column, which
    # files already on users' disks keep their version in (the briefings' `schema_version`);
    # step 0 creates it.
    version_table: str | None = None

    @property
    def latest(self) -> int:
        """Return the version this Helder writes."""
        return len(self.steps)

    def set_version(self, version: int) -> str:
        """Return the SQL that records `version` in the file."""
        if self.version_table is None:
            return f"PRAGMA user_version = {version};"
        return f"UPDATE {self.version_table} SET version = {version};"


def schema_version(conn: sqlite3.Connection, schema: Schema) -> int:
    """Return the file's schema version (0 for a new file)."""
    if schema.version_table is None:
        return int(conn.execute("PRAGMA user_version").fetchone()[0])
    has_table = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type='table' AND name=?", (schema.version_table,)
    ).fetchone()
    if not has_table:
        return 0
    row = conn.execute(f"SELECT version FROM {schema.version_table}").fetchone()
    return int(row[0]) if row else 0


def statements(script: str) -> Iterator[str]:
    """Yield the statements of an SQL script one by one (a trigger's body stays whole)."""
    pending = ""
    for piece in script.split(";"):
        pending += piece + ";"
        if sqlite3.complete_statement(pending):
            if pending.strip(" \t\r\n;"):
                yield pending
            pending = ""


def _check(current: int, schema: Schema) -> int:
    if current > schema.latest:
        raise ReaderError(
            ErrorKind.STORAGE,
            f"{schema.name} version {current} is newer than this Helder ({schema.latest})",
        )
    return current


def migrate(conn: sqlite3.Connection, schema: Schema, target: int | None = None) -> int:
    """Bring the file up to `target` (the latest by default); return its version.

    `conn` must be in autocommit mode (isolation_level=None). An up-to-date file is only
    read, so it opens while another process writes. Otherwise the version is read again
    inside each step's write transaction, so two Helders opening one old file upgrade it once.
    """
    goal = schema.latest if target is None else target
    current = _check(schema_version(conn, schema), schema)
    while current < goal:
        try:
            conn.execute("BEGIN IMMEDIATE")
            current = _check(schema_version(conn, schema), schema)
            if current < goal:
                log.info("migrating %s from version %d to %d", schema.name, current, current + 1)
                for statement in statements(schema.steps[current]):
                    conn.execute(statement)
                conn.execute(schema.set_version(current + 1))
                current += 1
            conn.execute("COMMIT")
        except BaseException as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise ReaderError(
                    ErrorKind.STORAGE, f"upgrading the {schema.name}: {exc}"
                ) from exc
            raise
    return current
