"""RSS 0.9x/1.0/2.0, Atom and JSON Feed, read with feedparser; every entry is an item.

Malformed feeds still yield their entries: feedparser's lenient parser takes over when the XML
is broken, and entity declarations (the 'billion laughs' bomb) are removed before parsing.
"""

from __future__ import annotations

import html
import logging
import re
from typing import TYPE_CHECKING

from reader.core.errors import ErrorKind, ReaderError
from reader.core.jsondata import json_list, json_object
from reader.core.models import Issue, Item
from reader.core.sources import budget, cues
from reader.core.sources.dates import timestamp_iso
from reader.core.sources.html.images import RawImage, resolve_images
from reader.core.text.language import guess_language
from reader.core.text.links import resolve_link

if TYPE_CHECKING:
    from feedparser import FeedParserDict

log = logging.getLogger(__name__)

MAX_FEED_BYTES = 16 * 1024 * 1024
_DOCTYPE_SUBSET = re.compile(rb"<!DOCTYPE[^>\[]*\[.*?\]\s*>", re.IGNORECASE | re.DOTALL)
_ENTITY_DECL = re.compile(rb"<!ENTITY[^>]*>", re.IGNORECASE)
_TAG = re.compile(r"<[^>]{0,2000}>")


def _defuse(data: bytes) -> bytes:
    """Drop DTD internal subsets and entity declarations; feeds never need them."""
    data = data.lstrip()
    if b"<!ENTITY" in data[:65536].upper() or b"<!entity" in data[:65536]:
        data = _DOCTYPE_SUBSET.sub(b"", data, count=1)
        data = _ENTITY_DECL.sub(b"", data)
    return data


def plain(text: str | None) -> str:
    """Turn a feed title into plain text: tags removed, (double-)escaped entities decoded."""
    if not text:
        return ""
    for _ in range(3):
        unescaped = html.unescape(text)
        stripped = _TAG.sub("", unescaped)
        if stripped == text:
            break
        text = stripped
    return cues.clean_text(text)


def _content(content: str) -> tuple[tuple[str, ...], list[RawImage]]:
    """Return the paragraphs of an entry's text and its content images (addresses as found)."""
    if not content or not content.strip():
        return (), []
    if "<" not in content:
        text = html.unescape(content)
        paras = tuple(p for p in (cues.clean_text(x) for x in re.split(r"\n\s*\n", text)) if p)
        return paras, []
    from reader.core.sources.html.blocks import flatten
    from reader.core.sources.html.parser import load_document

    try:
        doc = load_document(content)
    except ReaderError:
        return (), []
    lines = flatten(doc)
    return tuple(ln.text for ln in lines if ln.text), [im for ln in lines for im in ln.images]


def _entry_content(entry: FeedParserDict) -> str:
    for part in entry.get("content") or ():
        if part.get("value"):
            return str(part["value"])
    return str(entry.get("summary") or entry.get("description") or "")


def _entry_summary(entry: FeedParserDict) -> str:
    return str(entry.get("summary") or "") or _entry_content(entry)


def parse_feed(data: bytes, *, source: str = "", base_url: str | None = None) -> Issue:
    """Parse a feed (any RSS flavour, Atom or JSON Feed) into an Issue."""
    import feedparser

    if len(data) > MAX_FEED_BYTES:
        raise ReaderError(ErrorKind.TOO_LARGE, f"{source} ({len(data) // 1_000_000} MB feed)")
    data = _defuse(data)
    if not data:
        raise ReaderError(ErrorKind.EMPTY, source)
    try:
        parsed = feedparser.parse(data, sanitize_html=True, resolve_relative_uris=False)
    except Exception as exc:  # feedparser may raise from its lenient SGML fallback
        raise ReaderError(ErrorKind.UNSUPPORTED, f"{source}: broken feed ({exc})") from exc
    feed = parsed.get("feed", {})
    entries = parsed.get("entries", [])
    if not entries and not feed.get("title"):
        raise ReaderError(ErrorKind.UNSUPPORTED, f"{source}: no feed entries")
    base = base_url or feed.get("link")
    feed_lang = (feed.get("language") or "").split("-")[0].lower() or None
    items: list[Item] = []
    for entry in budget.cap(entries):
        budget.check()
        title = plain(entry.get("title"))
        summary, raw_images = _content(_entry_summary(entry))
        if not title:
            if not summary:
                continue
            title = summary[0][:100]
        tags = [plain(t.get("term") or t.get("label")) for t in entry.get("tags") or ()]
        tags = [t for t in tags if t]
        link = entry.get("link") or next(
            (ln.get("href") for ln in entry.get("links") or () if ln.get("href")), None)
        lang = (entry.get("language") or "").split("-")[0].lower() or None
        link = resolve_link(link, base)
        when = entry.get("published") or entry.get("updated") or entry.get("created") or None
        items.append(Item(
            title=title,
            category="; ".join(tags) or None,
            summary=summary,
            link=link,
            date=timestamp_iso(when),
            date_text=when,
            language=lang or feed_lang,
            images=resolve_images(raw_images, link or base),
        ))
    if items and feed_lang is None:
        feed_lang = guess_language(
            " ".join(f"{it.title} {it.summary[0] if it.summary else ''}" for it in items[:30]))
        items = [it if it.language else _with_lang(it, feed_lang) for it in items]
    return Issue(
        title=plain(feed.get("title")) or source,
        source=source,
        date=feed.get("updated") or feed.get("published"),
        language=feed_lang,
    ).with_items(items)


def parse_json_feed(data: bytes, *, source: str = "", base_url: str | None = None) -> Issue:
    """Parse a JSON Feed (jsonfeed.org, versions 1 and 1.1) into an Issue."""
    import json

    try:
        doc = json_object(json.loads(data.decode("utf-8-sig", "replace")))
    except (ValueError, RecursionError) as exc:
        raise ReaderError(ErrorKind.UNSUPPORTED, f"{source}: broken JSON feed") from exc
    entries = json_list(doc.get("items")) if doc is not None else None
    if doc is None or entries is None:
        raise ReaderError(ErrorKind.UNSUPPORTED, f"{source}: not a JSON feed")
    base = base_url or _str(doc.get("home_page_url")) or None
    feed_lang = _str(doc.get("language")).split("-")[0].lower() or None
    items: list[Item] = []
    for value in budget.cap(entries):
        budget.check()
        entry = json_object(value)
        if entry is None:
            continue
        body = _str(entry.get("content_html")) or _str(entry.get("content_text"))
        summary, raw_images = _content(_str(entry.get("summary")) or body)
        title = plain(_str(entry.get("title"))) or (summary[0][:100] if summary else "")
        if not title:
            continue
        tags = json_list(entry.get("tags")) or []
        link = resolve_link(_str(entry.get("url")) or _str(entry.get("external_url")), base)
        when = _str(entry.get("date_published")) or _str(entry.get("date_modified")) or None
        items.append(Item(
            title=title,
            category="; ".join(plain(_str(t)) for t in tags if _str(t)) or None,
            summary=summary,
            link=link,
            date=timestamp_iso(when),
            date_text=when,
            language=_str(entry.get("language")).split("-")[0].lower() or feed_lang,
            images=resolve_images(raw_images, link or base),
        ))
    return Issue(title=plain(_str(doc.get("title"))) or source, source=source,
                 language=feed_lang).with_items(items)


def _str(value: object) -> str:
    return value if isinstance(value, str) else ""


def _with_lang(item: Item, lang: str | None) -> Item:
    from dataclasses import replace

    return replace(item, language=lang)
