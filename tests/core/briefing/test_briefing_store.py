"""Briefing store: briefings survive closing, reopening and an upgrade of the file's schema."""

from __future__ import annotations

import json
import sqlite3
import time
from dataclasses import replace

import pytest

from reader.core.briefing.model import Briefing
from reader.core.briefing.store import MIGRATIONS, SCHEMA_VERSION, BriefingStore
from reader.core.errors import ErrorKind, ReaderError
from tests.core.briefing_sample import ENTRY_TITLES, sample_briefing


def test_saved_briefings_survive_a_restart(tmp_path):
    path = tmp_path / "data" / "briefings.sqlite"
    first = sample_briefing()
    second = Briefing(title="Leeg", recipient="Griffier")
    with BriefingStore(path) as store:
        store.save(first)
        store.save(second)
    with BriefingStore(path) as store:
        assert store.load(first.id) == first
        assert store.load(second.id) == second
        assert {s.id for s in store.summaries()} == {first.id, second.id}
        assert len(store.load_all()) == 2


def test_saving_again_replaces_and_keeps_order(tmp_path):
    path = tmp_path / "briefings.sqlite"
    briefing = sample_briefing()
    with BriefingStore(path) as store:
        store.save(briefing)
        time.sleep(1.1)  # `updated` has one-second resolution
        moved = briefing.move_down(0).remove(2).with_details(title="Herzien")
        store.save(moved)
        other = Briefing(title="Ouder")
        assert store.load(briefing.id) == moved
        summary = store.summaries()[0]
        assert (summary.id, summary.title, summary.entry_count) == (briefing.id, "Herzien", 2)
        store.save(other)
        assert store.summaries()[0].id == other.id  # most recently changed first


def test_delete_and_missing(tmp_path):
    with BriefingStore(tmp_path / "b.sqlite") as store:
        briefing = sample_briefing()
        store.save(briefing)
        assert briefing.id in store
        store.delete(briefing.id)
        assert briefing.id not in store
        with pytest.raises(ReaderError) as caught:
            store.load(briefing.id)
        assert caught.value.kind is ErrorKind.NOT_FOUND
        rows = sqlite3.connect(tmp_path / "b.sqlite").execute("SELECT COUNT(*) FROM briefing_entry")
        assert rows.fetchone()[0] == 0  # entries went with their briefing


def test_file_is_in_wal_mode_with_current_schema(tmp_path):
    path = tmp_path / "b.sqlite"
    with BriefingStore(path) as store:
        assert store.schema_version == SCHEMA_VERSION
    db = sqlite3.connect(path)
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("SELECT version FROM schema_version").fetchone()[0] == SCHEMA_VERSION


def test_version_1_file_is_upgraded_without_loss(tmp_path):
    path = tmp_path / "old.sqlite"
    db = sqlite3.connect(path)
    db.executescript(MIGRATIONS[0])
    db.execute("UPDATE schema_version SET version = 1")
    db.execute(
        "INSERT INTO briefing VALUES ('old1', 'Oude briefing', '2025-11-01', 'Raad',"
        " 'Inleiding.', '2025-11-01T10:00:00+00:00', '2025-11-01T10:00:00+00:00')"
    )
    for position, title in enumerate(["Eerste", "Tweede"]):
        db.execute(
            "INSERT INTO briefing_entry VALUES ('old1', ?, ?, 'Thema', ?, 'https://e.org/x',"
            " 'Nieuwsbrief', '2025-10-31', ?)",
            (position, title, json.dumps([f"{title} samenvatting."]), f"Notitie {title}"),
        )
    db.commit()
    db.close()

    with BriefingStore(path) as store:
        assert store.schema_version == SCHEMA_VERSION
        briefing = store.load("old1")
    assert (briefing.title, briefing.date, briefing.recipient, briefing.introduction) == (
        "Oude briefing",
        "2025-11-01",
        "Raad",
        "Inleiding.",
    )
    assert briefing.language == "nl"
    assert [e.title for e in briefing.entries] == ["Eerste", "Tweede"]
    assert [e.note for e in briefing.entries] == ["Notitie Eerste", "Notitie Tweede"]
    assert briefing.entries[1].summary == ("Tweede samenvatting.",)
    assert briefing.entries[0].source_title == "Nieuwsbrief"
    # And the upgraded file takes the new fields.
    with BriefingStore(path) as store:
        store.save(briefing.with_details(language="en"))
        assert store.load("old1").language == "en"


def test_file_from_a_newer_helder_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "new.sqlite"
    with BriefingStore(path) as store:
        store.save(sample_briefing())
    db = sqlite3.connect(path)
    db.execute("UPDATE schema_version SET version = ?", (SCHEMA_VERSION + 1,))
    db.commit()
    db.close()
    with pytest.raises(ReaderError) as caught:
        BriefingStore(path)
    assert caught.value.kind is ErrorKind.STORAGE
    db = sqlite3.connect(path)
    assert db.execute("SELECT COUNT(*) FROM briefing_entry").fetchone()[0] == len(ENTRY_TITLES)


def test_a_file_that_is_not_a_database_gives_a_storage_error(tmp_path):
    path = tmp_path / "broken.sqlite"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(ReaderError) as caught:
        BriefingStore(path)
    assert caught.value.kind is ErrorKind.STORAGE


def test_a_failed_save_leaves_the_earlier_version(tmp_path):
    path = tmp_path / "b.sqlite"
    briefing = sample_briefing()
    with BriefingStore(path) as store:
        store.save(briefing)
        # A second connection holds the write lock: the save cannot start and must not half-apply.
        blocker = sqlite3.connect(path, timeout=0)
        blocker.execute("BEGIN IMMEDIATE")
        store._db.execute("PRAGMA busy_timeout = 100")
        with pytest.raises(ReaderError) as caught:
            store.save(briefing.remove(0))
        assert caught.value.kind is ErrorKind.STORAGE
        blocker.rollback()
        blocker.close()
        assert store.load(briefing.id) == briefing


def test_a_save_failing_halfway_is_rolled_back(tmp_path):
    path = tmp_path / "b.sqlite"
    briefing = sample_briefing()
    with BriefingStore(path) as store:
        store.save(briefing)
        # The third entry breaks a NOT NULL rule after the old entries were deleted and two
        # new ones written: the transaction must undo all of it.
        broken_entry = replace(briefing.entries[2], title=None)  # type: ignore[arg-type]
        broken = replace(briefing, title="Half", entries=(*briefing.entries[:2], broken_entry))
        with pytest.raises(ReaderError):
            store.save(broken)
        assert store.load(briefing.id) == briefing
