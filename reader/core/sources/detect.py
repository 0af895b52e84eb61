"""Tell from the content what bytes are and how to follow a source.

`detect_format` names the format of newsletter bytes (which parser reads them); `detect_kind`
says how a downloaded source is followed: as a feed, a page listing issues, or one document.
"""

from __future__ import annotations

import io
import json
import logging
import re
from dataclasses import dataclass
from enum import StrEnum
from typing import Any
from urllib.parse import urljoin, urlsplit

from reader.core.errors import ErrorKind, ReaderError
from reader.core.jsondata import json_list, json_object
from reader.core.sources.cues import ignore_case

log = logging.getLogger(__name__)


class SourceKind(StrEnum):
    """How a source is refreshed."""

    FEED = "feed"  # RSS/Atom/JSON feed: entries become issues
    ARCHIVE = "archive"  # a web page listing issues: each linked issue is fetched once
    PAGE = "page"  # a document that is itself an issue (a news listing, a single issue)
    FILE = "file"  # a local file, one issue
    FOLDER = "folder"  # a local folder, one issue per file
    MAIL = "mail"  # a mailbox folder over IMAP: each new message is an issue (reader.core.mail)


@dataclass(frozen=True, slots=True)
class FeedEntry:
    """One feed entry, whatever the feed format."""

    title: str
    link: str | None
    id: str | None
    date: str | None  # ISO date (YYYY-MM-DD) when the feed gives one
    summary: str  # text or HTML
    content: str  # full content (HTML or text), "" when the feed has only a summary
    category: str | None


@dataclass(frozen=True, slots=True)
class Feed:
    """A parsed feed: its title and entries, newest first as published."""

    title: str
    entries: tuple[FeedEntry, ...]


_FEED_TYPES = ("rss", "atom", "feed+json", "rdf")
# Link text or address that marks a newsletter issue in an archive page.
_ISSUE_LINK = ignore_case(
    r"nieuwsbrief|newsletter|campaign-archive\.com|mailchi\.mp|/issues?/\d+|editie|uitgave"
    r"|bulletins?/|/p/[\w-]+",
)
# Links every issue carries about the newsletter itself, which do not make a page an archive.
_NOT_ISSUE = ignore_case(
    r"afmeld|aanmeld|abonne|unsubscribe|subscribe|voorkeur|preferences|profile|webversie"
    r"|browser|view.?online|forward|doorsturen",
)
MIN_ARCHIVE_LINKS = 3


# Formats parse_bytes knows; detect_format returns one of these.
FORMATS = ("pdf", "email", "feed", "jsonfeed", "html", "text")

_FEED_ROOT = re.compile(rb"<(rss|feed|rdf:rdf|rdf)[\s>]", re.IGNORECASE)
_HTML_HINT = re.compile(
    rb"<(!doctype\s+html|html|head|body|table|div|p|br|span|a\s|h[1-6]|meta|title|center|font|"
    rb"td|tr|li|ul|img|style)[\s>/]",
    re.IGNORECASE,
)
_BINARY_MAGIC = (
    (b"PK\x03\x04", "a ZIP or Office file"),
    (b"\x89PNG", "an image"),
    (b"\xff\xd8\xff", "an image"),
    (b"GIF8", "an image"),
    (b"\x1f\x8b", "a compressed file"),
    (b"\x7fELF", "a program"),
    (b"MZ", "a program"),
    (b"\xd0\xcf\x11\xe0", "an old Office file"),
    (b"Rar!", "a compressed file"),
    (b"7z\xbc\xaf", "a compressed file"),
)


def _looks_binary(head: bytes) -> bool:
    """Text has almost no control bytes; binary junk has many."""
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return True
    controls = sum(1 for b in head if b < 9 or 13 < b < 32)
    return controls > max(8, len(head) // 50)


def _is_json(data: bytes) -> bool:
    import json

    try:
        json.loads(data)
    except (ValueError, RecursionError):
        return False
    return True


def detect_format(data: bytes, name: str = "") -> str:
    """Tell the format of newsletter bytes from their content (the name only breaks ties)."""
    head = data[:8192]
    stripped = head.lstrip(b" \t\r\n\xef\xbb\xbf")
    if b"%PDF-" in head[:1024]:
        return "pdf"
    for magic, what in _BINARY_MAGIC:
        if head.startswith(magic):
            raise ReaderError(ErrorKind.UNSUPPORTED, f"{name or 'input'} is {what}")
    if _looks_binary(head):
        raise ReaderError(ErrorKind.UNSUPPORTED, f"{name or 'input'} is not a text file")
    if stripped[:1] in (b"{", b"[") and (b"jsonfeed.org" in head or b'"items"' in data[:65536]):
        return "jsonfeed"
    if (stripped[:1] in (b"{", b"[") and data.rstrip()[-1:] in (b"}", b"]")
            and len(data) < 16_000_000 and _is_json(data)):
        raise ReaderError(ErrorKind.UNSUPPORTED, f"{name or 'input'} is JSON but not a JSON Feed")
    from reader.core.sources.email import looks_like_email

    if looks_like_email(data):
        return "email"
    if stripped[:1] == b"<":
        if _FEED_ROOT.search(head[:2048]) and not re.search(rb"<html[\s>]", head[:2048], re.I):
            return "feed"
        if _HTML_HINT.search(head) or _HTML_HINT.search(data[:65536]):
            return "html"
    tags = len(_HTML_HINT.findall(data[:65536]))
    if tags >= 5 or (tags and name.lower().endswith((".html", ".htm", ".xhtml"))):
        return "html"
    return "text"


def looks_like_feed(data: bytes, content_type: str | None = None) -> bool:
    """Return whether the bytes are a feed (by header, else as `parse_bytes` would tell)."""
    ctype = (content_type or "").lower()
    if any(t in ctype for t in _FEED_TYPES):
        return True
    try:
        return detect_format(data) in ("feed", "jsonfeed")
    except ReaderError:
        return False


def _iso_date(parsed: Any) -> str | None:
    try:
        return f"{parsed[0]:04d}-{parsed[1]:02d}-{parsed[2]:02d}" if parsed else None
    except (TypeError, IndexError):
        return None


def _json_feed(data: bytes) -> Feed | None:
    try:
        doc = json_object(json.loads(data))
    except (ValueError, UnicodeDecodeError):
        return None
    if doc is None or not str(doc.get("version", "")).startswith(
        "https://jsonfeed.org/version/"
    ):
        return None
    entries: list[FeedEntry] = []
    for value in json_list(doc.get("items")) or []:
        e = json_object(value)
        if e is None:
            continue
        tags = e.get("tags") or ()
        date = str(e.get("date_published") or e.get("date_modified") or "")[:10] or None
        entries.append(FeedEntry(
            title=str(e.get("title") or ""), link=e.get("url") or e.get("external_url"),
            id=str(e["id"]) if e.get("id") is not None else None, date=date,
            summary=str(e.get("summary") or ""),
            content=str(e.get("content_html") or e.get("content_text") or ""),
            category=str(tags[0]) if tags else None,
        ))
    return Feed(str(doc.get("title") or ""), tuple(entries))


def read_feed(data: bytes, content_type: str | None = None, url: str = "") -> Feed | None:
    """Parse RSS, Atom or JSON Feed bytes; return None when they are no feed."""
    if not looks_like_feed(data, content_type):
        return None
    if data.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"{"):
        return _json_feed(data)
    import feedparser

    # A stream, never bytes or str: feedparser treats strings as addresses or file names.
    parsed = feedparser.parse(
        io.BytesIO(data),
        response_headers={"content-type": content_type or "", "content-location": url},
    )
    if not parsed.get("version") and not parsed.entries:
        return None
    entries: list[FeedEntry] = []
    for e in parsed.entries:
        content = e.get("content") or ()
        tags = e.get("tags") or ()
        entries.append(FeedEntry(
            title=str(e.get("title") or ""), link=e.get("link"), id=e.get("id"),
            date=_iso_date(e.get("published_parsed") or e.get("updated_parsed")),
            summary=str(e.get("summary") or ""),
            content=str(content[0].get("value") or "") if content else "",
            category=str(tags[0].get("term")) if tags and tags[0].get("term") else None,
        ))
    return Feed(str(parsed.feed.get("title") or ""), tuple(entries))


def archive_links(data: bytes, base_url: str) -> list[str]:
    """Return the issue links of a page that lists newsletter issues (in page order)."""
    import lxml.html

    try:
        doc = lxml.html.document_fromstring(data)
    except (ValueError, lxml.etree.ParserError):
        return []
    page = urlsplit(base_url)
    seen: dict[str, None] = {}
    for a in doc.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "mailto:", "javascript:")):
            continue
        target = urljoin(base_url, href).split("#", 1)[0]
        if urlsplit(target).scheme not in ("http", "https") or target == base_url:
            continue
        text = " ".join(a.text_content().split())
        if _NOT_ISSUE.search(text) or _NOT_ISSUE.search(target):
            continue
        same_site = urlsplit(target).hostname == page.hostname
        if _ISSUE_LINK.search(target) or (same_site and _ISSUE_LINK.search(text)):
            seen.setdefault(target, None)
    return list(seen)


def detect_kind(data: bytes, content_type: str | None, url: str) -> SourceKind:
    """Decide how to follow a downloaded source: feed, archive page or single document."""
    if looks_like_feed(data, content_type):
        return SourceKind.FEED
    ctype = (content_type or "").lower()
    is_html = "html" in ctype or b"<html" in data[:4096].lower()
    if is_html and len(archive_links(data, url)) >= MIN_ARCHIVE_LINKS:
        return SourceKind.ARCHIVE
    return SourceKind.PAGE
