"""Full-text search over item titles, summaries and cached articles (SQLite FTS5).

Ranking every match by relevance is slow when a common word matches most of the library
(150,000 items: ~300 ms), so a search takes the newest `WINDOW` matches that pass the
filters, ranks those by bm25 and returns the best. Snippets are cut here rather than with
FTS5's snippet(), which would re-run the match for every row.
"""

from __future__ import annotations

import re
import sqlite3
from typing import Any, TypedDict, Unpack

from reader.core.library.rows import SearchHit
from reader.core.text.fold import fold

WINDOW = 1000
_WORD = re.compile(r"\w+")
_DATE_EXPR = "coalesce(i.date, iss.date, substr(iss.fetched_at, 1, 10))"


def _fold(word: str) -> str:
    """Return a word without accents, case-folded, as the index compares it."""
    return fold(word, punctuation=True, accents=False)


def fts_query(text: str) -> str:
    """Turn what a user typed into an FTS5 query: every word must match, the last as prefix."""
    words = _WORD.findall(text)
    if not words:
        return ""
    quoted = [f'"{w}"' for w in words]
    if len(words[-1]) >= 2:  # one letter as a prefix matches nearly everything
        quoted[-1] += "*"
    return " ".join(quoted)


def snippet(text: str, query: str, width: int = 16) -> str:
    """Return about `width` words of text around the first query word, [marked]."""
    wanted = [_fold(w) for w in _WORD.findall(query)]
    tokens = list(_WORD.finditer(text))
    if not tokens:
        return ""
    hits = [n for n, t in enumerate(tokens) if any(_fold(t.group()).startswith(w) for w in wanted)]
    first = hits[0] if hits else 0
    start = max(0, first - width // 3)
    end = min(len(tokens), start + width)
    marked = set(hits)
    out: list[str] = []
    for n in range(start, end):
        token = tokens[n].group()
        out.append(f"[{token}]" if n in marked else token)
    # Keep punctuation out: a spoken snippet reads better as plain words.
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(tokens) else ""
    return prefix + " ".join(out) + suffix


# A source removed in the app (undoable until Helder closes) is out of the results.
_NOT_REMOVED = ("(iss.source_id IS NULL OR iss.source_id NOT IN"
                " (SELECT id FROM sources WHERE removed_at IS NOT NULL))")


class SearchFilters(TypedDict, total=False):
    """What a search may be narrowed to; dates are ISO text, bounds inclusive."""

    source_id: int | None
    theme: str | None
    date_from: str | None
    date_to: str | None
    limit: int  # at most this many hits (50)


def search_items(
    conn: sqlite3.Connection, query: str, **filters: Unpack[SearchFilters]
) -> list[SearchHit]:
    """Return the best of the newest matching items, with filters and snippets."""
    match = fts_query(query)
    if not match:
        return []
    where = ["search MATCH ?", _NOT_REMOVED]
    params: list[Any] = [match]
    if (source_id := filters.get("source_id")) is not None:
        where.append("iss.source_id = ?")
        params.append(source_id)
    if theme := filters.get("theme"):
        where.append("i.category = ? COLLATE NOCASE")
        params.append(theme)
    if date_from := filters.get("date_from"):
        where.append(f"{_DATE_EXPR} >= ?")
        params.append(date_from)
    if date_to := filters.get("date_to"):
        where.append(f"substr({_DATE_EXPR}, 1, {len(date_to)}) <= ?")
        params.append(date_to)
    params += [WINDOW, filters.get("limit", 50)]
    sql = f"""
        SELECT i.id, i.issue_id, i.title, i.summary, i.category, iss.title, iss.source_id,
               s.name, {_DATE_EXPR}, a.text
        FROM (SELECT search.rowid AS id, search.rank AS score
              FROM search JOIN items i ON i.id = search.rowid
              JOIN issues iss ON iss.id = i.issue_id
              WHERE {" AND ".join(where)}
              ORDER BY search.rowid DESC LIMIT ?) AS hits
        JOIN items i ON i.id = hits.id
        JOIN issues iss ON iss.id = i.issue_id
        LEFT JOIN sources s ON s.id = iss.source_id
        LEFT JOIN articles a ON a.url = i.link
        ORDER BY hits.score LIMIT ?"""
    hits: list[SearchHit] = []
    for r in conn.execute(sql, params).fetchall():
        body = r[3] if r[9] is None else f"{r[3]}\n{r[9]}"
        text = snippet(body, query)
        if "[" not in text:  # the match was in the title or further into an article
            text = snippet(f"{r[2]}\n{body}", query)
        hits.append(SearchHit(r[0], r[1], r[2], text, r[4], r[5], r[6], r[7], r[8]))
    return hits
