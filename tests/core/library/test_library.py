"""The library on real SQLite files: migrations, de-duplication, state, search."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from reader.core.errors import ErrorKind, ReaderError
from reader.core.library.schema import LIBRARY, SCHEMA_VERSION
from reader.core.library.store import Library, connect
from reader.core.models import Issue, Item
from reader.core.storage.migrations import migrate, schema_version


def make_issue(title: str, *items: tuple[str, str, str | None], date: str | None = None) -> Issue:
    return Issue(title=title, date=date).with_items(
        [Item(title=t, category=c, summary=(s,), link=f"https://vng.nl/{t.lower()[:12]}")
         for t, s, c in items]
    )


@pytest.fixture
def lib(tmp_path: Path) -> Library:
    library = Library(tmp_path / "lib.sqlite3")
    yield library
    library.close()


def test_new_library_is_wal_at_current_version(tmp_path: Path) -> None:
    lib = Library(tmp_path / "new.sqlite3")
    conn = sqlite3.connect(lib.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert schema_version(conn, LIBRARY) == SCHEMA_VERSION
    conn.close()
    lib.close()


def test_migration_keeps_old_data_and_makes_it_searchable(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    conn = connect(path)
    migrate(conn, LIBRARY, target=1)  # a library written by the first release
    conn.execute("INSERT INTO sources(name, address, kind, added_at) VALUES"
                 " ('VNG', 'https://vng.nl/nieuws', 'page', '2026-01-01')")
    conn.execute("INSERT INTO issues(source_id, address, title, content_hash, raw, fetched_at,"
                 " updated_at) VALUES (1, 'https://vng.nl/x', 'Oud', 'h', x'00', 'd', 'd')")
    conn.execute("INSERT INTO items(issue_id, position, key, title, summary) VALUES"
                 " (1, 0, 'k', 'Omgevingswet', 'Gemeenten en de nieuwe regels')")
    conn.close()
    lib = Library(path)
    assert [s.name for s in lib.sources()] == ["VNG"]
    assert [h.title for h in lib.search("regels")] == ["Omgevingswet"]
    lib.close()


def test_library_from_a_newer_helder_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "future.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    with pytest.raises(ReaderError) as info:
        Library(path)
    assert info.value.kind is ErrorKind.STORAGE


def test_sources_add_rename_pause_remove(lib: Library) -> None:
    sid = lib.writer.add_source("VNG nieuws", "https://vng.nl/rss.xml", "feed")
    assert lib.writer.add_source("again", "https://vng.nl/rss.xml", "feed") == sid
    lib.writer.rename_source(sid, "VNG")
    lib.writer.set_paused(sid, True)
    row = lib.source(sid)
    assert row is not None
    assert (row.name, row.paused, row.kind) == ("VNG", True, "feed")
    assert lib.find_source("vng") == row
    lib.writer.store_issue(sid, "https://vng.nl/a", make_issue("A", ("Een", "x", None)), b"raw")
    assert len(lib.search("een")) == 1
    lib.writer.remove_source(sid)
    assert lib.sources() == []
    assert lib.issues() == []
    assert lib.search("een") == []  # removed from the index too


def test_issues_are_deduplicated_by_address_and_content(lib: Library) -> None:
    sid = lib.writer.add_source("VNG", "https://vng.nl/brieven", "page")
    issue = make_issue("Ledenbrief", ("Jeugdzorg", "Nieuwe afspraken", "Zorg"))
    assert lib.writer.store_issue(sid, "https://vng.nl/b/1", issue, b"raw") == "new"
    assert lib.writer.store_issue(sid, "https://vng.nl/b/1", issue, b"raw") == "unchanged"
    # The same content under another address (here: with a tracker) is not stored twice.
    assert lib.writer.store_issue(sid, "https://vng.nl/b/2?utm_source=x", issue, b"r") == (
        "duplicate"
    )
    assert lib.writer.store_issue(sid, "https://vng.nl/b/1?utm_medium=mail", issue, b"r") == (
        "unchanged"
    )
    assert len(lib.issues()) == 1


def test_updated_issue_keeps_item_state_and_empty_reparse_keeps_good_copy(lib: Library) -> None:
    sid = lib.writer.add_source("VNG", "https://vng.nl/nieuws", "page")
    first = make_issue("Nieuws", ("Wonen", "Bouwen", None), ("Klimaat", "Warmte", None))
    lib.writer.store_issue(sid, "https://vng.nl/nieuws", first, b"v1")
    (issue_row,) = lib.issues()
    wonen = lib.items(issue_row.id)[0]
    lib.writer.set_read(wonen.id)
    lib.writer.set_starred(wonen.id)
    lib.writer.set_note(wonen.id, "bespreken in raad")
    second = make_issue("Nieuws", ("Nieuw bericht", "Eerst", None), ("Wonen", "Bouwen", None),
                        ("Klimaat", "Warmte", None))
    assert lib.writer.store_issue(sid, "https://vng.nl/nieuws", second, b"v2") == "updated"
    items = {s.item.title: s for s in lib.items(issue_row.id)}
    assert (items["Wonen"].read, items["Wonen"].starred, items["Wonen"].note) == (
        True, True, "bespreken in raad")
    assert not items["Nieuw bericht"].read
    empty = Issue(title="Nieuws")
    assert lib.writer.store_issue(sid, "https://vng.nl/nieuws", empty, b"") == "unchanged"
    assert len(lib.items(issue_row.id)) == 3
    assert lib.raw(issue_row.id) == (b"v2", None)


def test_tracking_parameters_are_removed_from_stored_links(lib: Library) -> None:
    issue = Issue(title="T").with_items([Item(
        title="Wet", link="https://vng.nl/wet?id=7&utm_source=nb&mc_eid=abc&utm_campaign=x")])
    lib.writer.store_issue(None, "https://vng.nl/t", issue, b"")
    (row,) = lib.issues()
    assert lib.items(row.id)[0].item.link == "https://vng.nl/wet?id=7"


def test_reading_never_changes_item_state(lib: Library) -> None:
    sid = lib.writer.add_source("VNG", "https://vng.nl/nieuws", "page")
    lib.writer.store_issue(sid, "https://vng.nl/n", make_issue("N", ("Een", "tekst", None)), b"")
    (row,) = lib.issues()
    for _ in range(3):
        lib.issue(row.id)
        lib.items(row.id)
        lib.search("tekst")
        lib.sources()
    assert lib.items(row.id)[0].read is False
    assert lib.unread_counts() == {sid: 1}
    lib.writer.set_read(lib.items(row.id)[0].id)
    assert lib.unread_counts() == {sid: 0}
    assert lib.issues()[0].unread_count == 0


def test_search_titles_summaries_and_articles_with_filters(lib: Library) -> None:
    vng = lib.writer.add_source("VNG", "https://vng.nl/nieuws", "page")
    rijk = lib.writer.add_source("Rijksoverheid", "https://www.rijksoverheid.nl/feed.rss", "feed")
    lib.writer.store_issue(vng, "https://vng.nl/1", make_issue(
        "Week 10", ("Jeugdzorg onder druk", "Gemeenten vragen geld", "Zorg"),
        ("Omgevingswet", "De invoering gaat door", "Wonen"), date="2026-03-06"), b"")
    lib.writer.store_issue(rijk, "https://rijk.nl/2", make_issue(
        "Nieuws", ("Financiën gemeenten", "Het gemeentefonds groeit", "Financiën"),
        date="2026-05-01"), b"")
    assert {h.title for h in lib.search("gemeente")} == {
        "Jeugdzorg onder druk", "Financiën gemeenten"}
    assert [h.title for h in lib.search("financien")] == ["Financiën gemeenten"]  # diacritics
    assert [h.title for h in lib.search("gemeente", source_id=vng)] == ["Jeugdzorg onder druk"]
    assert [h.title for h in lib.search("gemeente", theme="zorg")] == ["Jeugdzorg onder druk"]
    assert [h.title for h in lib.search("gemeente", date_from="2026-04-01")] == [
        "Financiën gemeenten"]
    assert [h.title for h in lib.search("gemeente", date_to="2026-03")] == [
        "Jeugdzorg onder druk"]
    assert lib.search("") == []
    assert lib.search('"; DROP TABLE items; --') == []
    hit = lib.search("invoering")[0]
    assert "[invoering]" in hit.snippet
    assert hit.source_name == "VNG"
    # An article fetched for "Lees meer" makes its text searchable under its item.
    lib.writer.store_article("https://vng.nl/omgevingswet", "Omgevingswet",
                             "Het Digitaal Stelsel Omgevingswet werkt.")
    assert [h.title for h in lib.search("stelsel")] == ["Omgevingswet"]
    assert lib.article("https://vng.nl/omgevingswet?utm_source=x") is not None


def test_themes_are_listed_once_each_alphabetically(lib: Library) -> None:
    issue = make_issue("Nr 1", ("Jeugd", "a", "Sociaal domein"), ("Wet", "b", "bestuur"),
                       ("Geld", "c", "Bestuur"), ("Los", "d", None))
    lib.writer.store_issue(None, "https://vng.nl/nr1", issue, b"")
    assert [t.lower() for t in lib.themes()] == ["bestuur", "sociaal domein"]
