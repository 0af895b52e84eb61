"""One write transaction on a SQLite file, as the library and the briefings make them."""

from __future__ import annotations

import sqlite3
from collections.abc import Generator
from contextlib import contextmanager
from pathlib import Path

from reader.core.errors import ErrorKind, ReaderError


@contextmanager
def write_transaction(
    conn: sqlite3.Connection, path: Path
) -> Generator[sqlite3.Connection, None, None]:
    """BEGIN IMMEDIATE ... COMMIT, rolled back on any error; SQLite errors become ReaderError.

    `conn` is in autocommit mode (isolation_level=None), so the transaction is this one alone.
    """
    try:
        conn.execute("BEGIN IMMEDIATE")
        yield conn
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.Error):
            raise ReaderError(ErrorKind.STORAGE, f"{path}: {exc}") from exc
        raise
