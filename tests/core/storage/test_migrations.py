"""Files written by earlier Helders open and keep their data under the one migration scheme.

The old files are built here the way the released code wrote them (its own version bookkeeping,
step by step), so the test fails if the shared scheme reads a version from the wrong place.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from reader.core.briefing.store import MIGRATIONS as BRIEFING_STEPS
from reader.core.briefing.store import SCHEMA_VERSION as BRIEFING_VERSION
from reader.core.briefing.store import BriefingStore
from reader.core.errors import ErrorKind, ReaderError
from reader.core.library.schema import MIGRATIONS as LIBRARY_STEPS
from reader.core.library.schema import SCHEMA_VERSION as LIBRARY_VERSION
from reader.core.library.store import Library
from reader.core.storage.migrations import Schema, migrate, schema_version


def old_library(path: Path, version: int) -> None:
    """Write a library as Helder wrote it at `version`: PRAGMA user_version, a step at a time."""
    db = sqlite3.connect(path, isolation_level=None)
    for n in range(version):
        db.executescript(f"BEGIN IMMEDIATE;\n{LIBRARY_STEPS[n]}\nPRAGMA user_version = {n + 1};")
        db.execute("COMMIT")
    db.execute("INSERT INTO sources(name, address, kind, added_at) VALUES"
               " ('VNG', 'https://vng.nl/nieuws', 'page', '2026-01-01')")
    db.execute("INSERT INTO issues(source_id, address, title, content_hash, raw, fetched_at,"
               " updated_at) VALUES (1, 'https://vng.nl/x', 'Oud nummer', 'h', x'00', 'd', 'd')")
    db.execute("INSERT INTO items(issue_id, position, key, title, summary) VALUES"
               " (1, 0, 'k', 'Omgevingswet', 'Gemeenten en de nieuwe regels')")
    db.execute("INSERT INTO item_state(issue_id, key, read, starred, note, changed_at) VALUES"
               " (1, 'k', 1, 1, 'Bespreken', 'd')")
    db.close()


@pytest.mark.parametrize("version", range(1, LIBRARY_VERSION + 1))
def test_a_library_of_every_released_version_opens_with_its_data(
        tmp_path: Path, version: int) -> None:
    path = tmp_path / "library.sqlite3"
    old_library(path, version)
    lib = Library(path)
    try:
        assert [s.name for s in lib.sources()] == ["VNG"]
        [issue] = lib.issues()
        [stored] = lib.items(issue.id)
        assert (stored.item.title, stored.read, stored.starred, stored.note) == (
            "Omgevingswet", True, True, "Bespreken")
        assert [h.title for h in lib.search("regels")] == ["Omgevingswet"]
    finally:
        lib.close()
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA user_version").fetchone()[0] == LIBRARY_VERSION
    db.close()


def old_briefings(path: Path, version: int) -> None:
    """Write a briefings file as Helder wrote it at `version`: its own schema_version table."""
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("BEGIN IMMEDIATE")
    for n in range(version):
        for statement in BRIEFING_STEPS[n].split(";"):
            if statement.strip():
                db.execute(statement)
        db.execute("UPDATE schema_version SET version = ?", (n + 1,))
    db.execute("COMMIT")
    db.execute("INSERT INTO briefing (id, title, date, recipient, introduction, created, updated)"
               " VALUES ('b1', 'Raadsbrief', '2025-11-01', 'Raad', 'Inleiding.', 'c', 'u')")
    db.execute("INSERT INTO briefing_entry (briefing_id, position, title, summary, note) VALUES"
               " ('b1', 0, 'Omgevingswet', ?, 'Bespreken')", (json.dumps(["Nieuwe regels."]),))
    db.close()


@pytest.mark.parametrize("version", range(1, BRIEFING_VERSION + 1))
def test_a_briefings_file_of_every_released_version_opens_with_its_data(
        tmp_path: Path, version: int) -> None:
    path = tmp_path / "briefings.sqlite"
    old_briefings(path, version)
    with BriefingStore(path) as store:
        briefing = store.load("b1")
        assert store.schema_version == BRIEFING_VERSION
    assert (briefing.title, briefing.recipient, briefing.language) == ("Raadsbrief", "Raad", "nl")
    [entry] = briefing.entries
    assert (entry.title, entry.summary, entry.note) == (
        "Omgevingswet", ("Nieuwe regels.",), "Bespreken")
    # The version stays where released Helders look for it.
    db = sqlite3.connect(path)
    assert db.execute("SELECT version FROM schema_version").fetchone()[0] == BRIEFING_VERSION
    db.close()


def test_a_failing_step_leaves_the_file_at_the_last_finished_version(tmp_path: Path) -> None:
    schema = Schema("test", (
        "CREATE TABLE notes(text TEXT); INSERT INTO notes VALUES ('kept');",
        "INSERT INTO notes VALUES ('half'); CREATE TABLE notes(other TEXT);",  # fails halfway
    ))
    db = sqlite3.connect(tmp_path / "t.sqlite", isolation_level=None)
    with pytest.raises(ReaderError) as caught:
        migrate(db, schema)
    assert caught.value.kind is ErrorKind.STORAGE
    assert schema_version(db, schema) == 1
    assert db.execute("SELECT text FROM notes").fetchall() == [("kept",)]
    db.close()
