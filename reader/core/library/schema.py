"""The library's SQLite schema as numbered migrations, applied by storage.migrations."""

from __future__ import annotations

from reader.core.storage.migrations import Schema

# A stored copy of an issue: the issues table (step 1) and its earlier versions (step 4) share
# these columns. Joined with the indent the tables below use, so each step's SQL is unchanged
# (tests/core/library/test_schema.py pins it).
_COPY_COLUMNS = ",\n        ".join((
    "title TEXT NOT NULL", "date TEXT", "language TEXT", "content_hash TEXT NOT NULL",
    "raw BLOB NOT NULL", "raw_type TEXT"))

# Each entry upgrades the database from version N to N+1 (PRAGMA user_version).
# Never edit a released migration: append a new one.
MIGRATIONS: tuple[str, ...] = (
    # 1: sources, issues (raw copy + parsed items), per-item state, extracted articles.
    f"""
    CREATE TABLE sources(
        id INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        address TEXT NOT NULL UNIQUE,
        kind TEXT NOT NULL,
        theme TEXT,
        paused INTEGER NOT NULL DEFAULT 0,
        added_at TEXT NOT NULL,
        etag TEXT,
        last_modified TEXT,
        checked_at TEXT,
        ok_at TEXT,
        error_kind TEXT,
        error_detail TEXT
    );
    CREATE TABLE issues(
        id INTEGER PRIMARY KEY,
        source_id INTEGER REFERENCES sources(id) ON DELETE CASCADE,
        address TEXT NOT NULL UNIQUE,
        {_COPY_COLUMNS},
        fetched_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    );
    CREATE INDEX issues_hash ON issues(content_hash);
    CREATE INDEX issues_source_date ON issues(source_id, date);
    CREATE TABLE items(
        id INTEGER PRIMARY KEY,
        issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
        position INTEGER NOT NULL,
        key TEXT NOT NULL,
        title TEXT NOT NULL,
        category TEXT,
        summary TEXT NOT NULL,
        link TEXT,
        date TEXT,
        language TEXT
    );
    CREATE INDEX items_issue ON items(issue_id, position);
    CREATE INDEX items_category ON items(category);
    CREATE INDEX items_link ON items(link);
    -- State lives apart from items so re-parsing an updated issue keeps it (matched by key).
    CREATE TABLE item_state(
        issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
        key TEXT NOT NULL,
        read INTEGER NOT NULL DEFAULT 0,
        starred INTEGER NOT NULL DEFAULT 0,
        note TEXT,
        changed_at TEXT NOT NULL,
        PRIMARY KEY(issue_id, key)
    ) WITHOUT ROWID;
    CREATE TABLE articles(
        url TEXT PRIMARY KEY,
        title TEXT,
        text TEXT NOT NULL,
        fetched_at TEXT NOT NULL
    );
    """,
    # 2: full-text search over item titles, summaries and their "Lees meer" articles.
    """
    CREATE VIRTUAL TABLE search USING fts5(
        title, body, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3'
    );
    INSERT INTO search(rowid, title, body)
        SELECT id, title, summary || coalesce(char(10) ||
            (SELECT text FROM articles WHERE articles.url = items.link), '')
        FROM items;
    CREATE TRIGGER items_search_insert AFTER INSERT ON items BEGIN
        INSERT INTO search(rowid, title, body) VALUES (new.id, new.title, new.summary ||
            coalesce(char(10) || (SELECT text FROM articles WHERE url = new.link), ''));
    END;
    CREATE TRIGGER items_search_delete AFTER DELETE ON items BEGIN
        DELETE FROM search WHERE rowid = old.id;
    END;
    CREATE TRIGGER articles_search_insert AFTER INSERT ON articles BEGIN
        UPDATE search SET body = (SELECT summary FROM items WHERE id = search.rowid)
            || char(10) || new.text
        WHERE rowid IN (SELECT id FROM items WHERE link = new.url);
    END;
    CREATE TRIGGER articles_search_update AFTER UPDATE ON articles BEGIN
        UPDATE search SET body = (SELECT summary FROM items WHERE id = search.rowid)
            || char(10) || new.text
        WHERE rowid IN (SELECT id FROM items WHERE link = new.url);
    END;
    """,
    # 3: the content images of each item (JSON list of {src, alt}); never fetched when stored.
    """
    ALTER TABLE items ADD COLUMN images TEXT;
    """,
    # 4: earlier versions of issues, kept when a refresh changes one (library_versions.py).
    f"""
    CREATE TABLE issue_versions(
        id INTEGER PRIMARY KEY,
        issue_id INTEGER NOT NULL REFERENCES issues(id) ON DELETE CASCADE,
        {_COPY_COLUMNS},
        items TEXT NOT NULL,
        item_count INTEGER NOT NULL,
        stored_at TEXT NOT NULL,
        replaced_at TEXT NOT NULL
    );
    CREATE INDEX issue_versions_issue ON issue_versions(issue_id, id);
    """,
    # 5: a source removed in the app is hidden until Helder closes, so it can be undone.
    """
    ALTER TABLE sources ADD COLUMN removed_at TEXT;
    """,
)
LIBRARY = Schema("library", MIGRATIONS)
SCHEMA_VERSION = LIBRARY.latest
