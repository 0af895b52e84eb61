"""One source's refresh run: fetch with the run's limits, take in what came back by kind
(a page, an archive's linked issues, a feed's items per day, a file or a folder), store it.

`refresh.py` makes a `SourceRun` per source and reports its outcome; the mail module takes
in a mailbox folder through the same run (`MailRun` in core/mail/imap_source.py).
"""

from __future__ import annotations

import stat
import threading
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from reader.core.errors import ErrorKind, ReaderError
from reader.core.library.store import Library, SourceRow, item_key
from reader.core.models import Issue, Item
from reader.core.net.http.fetch import HostLimiter, fetch
from reader.core.net.http.options import FetchOptions, FetchResult, Progress, Waiting
from reader.core.net.update_check import check_new_copy
from reader.core.sources.detect import Feed, FeedEntry, SourceKind, archive_links, read_feed
from reader.core.sources.parse import parse_bytes, read_input
from reader.core.text.charset import with_header_charset
from reader.core.text.invisible import clean_text
from reader.core.text.links import same_site

# A feed entry with at least this much text is a whole issue, not a news item.
FULL_ISSUE_CHARS = 1500
# A feed's news items are gathered into one issue per day; that issue holds at most this
# many items (a feed's current entries first), so a runaway feed cannot grow it without end.
FEED_DAY_CAP = 500
FOLDER_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".eml", ".mht", ".pdf", ".xml"})

BytesCallback = Callable[[int], None]
"""on_bytes(n): n more bytes arrived, called from the fetching threads (for a byte count)."""
WaitCallback = Callable[[str, float], None]
"""on_wait(source_name, seconds): a source waits before trying again (Retry-After, back-off)."""


@dataclass(frozen=True, slots=True)
class RunControls:
    """What every source of one refresh shares: limits, the cancel flag, the per-host slots,
    and where bytes and waits are reported."""

    fetch_options: FetchOptions
    max_new_per_source: int  # linked issues an archive page may add per refresh
    cancel: threading.Event | None = None
    limiter: HostLimiter | None = None
    on_bytes: BytesCallback | None = None
    on_wait: WaitCallback | None = None


@dataclass
class SourceRun:
    """One source being refreshed: what it added and updated, and the errors it met."""

    library: Library
    source: SourceRow
    controls: RunControls
    new: int = 0
    updated: int = 0
    errors: list[ReaderError] = field(default_factory=list[ReaderError])

    @property
    def cancel(self) -> threading.Event | None:
        """Return the run's cancel flag (None: the run cannot be cancelled)."""
        return self.controls.cancel

    @property
    def on_bytes(self) -> BytesCallback | None:
        """Return where arriving bytes are counted, if anywhere."""
        return self.controls.on_bytes

    def fetch(self, url: str, *, etag: str | None = None, last_modified: str | None = None,
              stay_on: str | None = None) -> FetchResult:
        """Download for this source, with the run's limits, host slots and reports."""
        controls = self.controls
        return fetch(url, cancel=controls.cancel, options=controls.fetch_options,
                     limiter=controls.limiter, progress=self._byte_counter(),
                     waiting=self._wait_reporter(), etag=etag, last_modified=last_modified,
                     stay_on=stay_on)

    def _byte_counter(self) -> Progress | None:
        on_bytes = self.controls.on_bytes
        if on_bytes is None:
            return None
        seen = [0]

        def count(received: int, _expected: int | None) -> None:
            # fetch reports a running total per attempt; a retry starts again from 0.
            delta = received - seen[0] if received >= seen[0] else received
            seen[0] = received
            if delta:
                on_bytes(delta)

        return count

    def _wait_reporter(self) -> Waiting | None:
        on_wait, name = self.controls.on_wait, self.source.name
        if on_wait is None:
            return None

        def report(_url: str, seconds: float) -> None:
            on_wait(name, seconds)  # the user knows the source by its name, not its address

        return report

    def store(self, address: str, issue: Issue, raw: bytes, raw_type: str | None) -> None:
        """Store an issue of this source and count it as new or updated."""
        outcome = self.library.writer.store_issue(self.source.id, address, issue, raw, raw_type)
        self.new += outcome == "new"
        self.updated += outcome == "updated"

    def store_checked(self, address: str, issue: Issue, raw: bytes, raw_type: str | None,
                      final_url: str | None = None) -> None:
        """Store a fetched page, unless it is a failure that looks like a copy: no items,
        far fewer items, an error, login or consent page, or a page cut short."""
        stored_id = self.library.issue_id(address)
        stored = self.library.issue(stored_id) if stored_id is not None else None
        stored_raw = self.library.raw(stored_id) if stored_id is not None else None
        problem = check_new_copy(address, issue, raw, final_url=final_url, stored=stored,
                                 stored_raw=stored_raw[0] if stored_raw else None)
        if problem is not None:
            raise problem
        self.store(address, issue, raw, raw_type)

    def check_cancel(self) -> None:
        """Raise CANCELLED once the user has asked to stop."""
        if self.cancel is not None and self.cancel.is_set():
            raise ReaderError(ErrorKind.CANCELLED, self.source.address)


def take_in(run: SourceRun, kind: SourceKind, result: FetchResult) -> None:
    """Store what a web source's address gave: a feed's entries, an archive's linked
    issues, or the page itself as an issue."""
    if kind is SourceKind.FEED:
        feed = read_feed(result.data, result.content_type, result.final_url)
        if feed is None:
            raise ReaderError(ErrorKind.UNSUPPORTED, f"{result.url}: no longer a feed")
        _store_feed(run, feed, result)
    elif kind is SourceKind.ARCHIVE:
        _store_archive(run, result)
    else:
        data = with_header_charset(result.data, result.content_type)
        issue = parse_bytes(data, name=run.source.name, base_url=result.final_url)
        run.store_checked(run.source.address, issue, result.data, result.mime_type or None,
                          result.final_url)


def _store_archive(run: SourceRun, page: FetchResult) -> None:
    # Only the archive's own site: a page may link to a router, an intranet or localhost,
    # and a refresh must not send requests there on its own.
    links = [link for link in archive_links(page.data, page.final_url)
             if same_site(link, run.source.address) or same_site(link, page.final_url)]
    links = links[: run.controls.max_new_per_source]
    for link in links:
        run.check_cancel()
        if run.library.writer.has_issue(link):
            continue
        try:
            got = run.fetch(link, stay_on=run.source.address)
            data = with_header_charset(got.data, got.content_type)
            issue = parse_bytes(data, name=link, base_url=got.final_url)
            run.store_checked(link, issue, got.data, got.mime_type or None, got.final_url)
        except ReaderError as exc:
            if exc.kind is ErrorKind.CANCELLED:
                raise
            run.errors.append(exc)  # one bad issue does not stop the others
            continue


def _plain_paragraphs(html: str) -> tuple[str, ...]:
    if "<" not in html:
        return tuple(p.strip() for p in html.split("\n\n") if p.strip())
    import lxml.html

    try:
        root = lxml.html.fragment_fromstring(html, create_parent="div")
    except (ValueError, lxml.etree.ParserError):
        return ()
    paragraphs = [" ".join(p.text_content().split()) for p in root.iter("p")]
    paragraphs = [p for p in paragraphs if p] or [" ".join(root.text_content().split())]
    return tuple(p for p in paragraphs if p)


def _entry_text_length(entry: FeedEntry) -> int:
    return sum(len(p) for p in _plain_paragraphs(entry.content or entry.summary))


def _store_feed(run: SourceRun, feed: Feed, result: FetchResult) -> None:
    # Items come from parse_bytes (the project's feed parser); the entries read here add
    # what it does not keep: an ISO date per entry, and whether an entry is a whole issue.
    parsed = parse_bytes(result.data, name=run.source.name, base_url=result.final_url)
    by_link = {e.link: e for e in feed.entries if e.link}
    same_order = len(parsed.items) == len(feed.entries)
    today = datetime.now(UTC).date().isoformat()
    by_day: dict[str, list[Item]] = {}
    for n, item in enumerate(parsed.items):  # every entry: the 21st is news too
        run.check_cancel()
        entry = by_link.get(item.link or "") or (feed.entries[n] if same_order else None)
        if entry is not None and _entry_text_length(entry) >= FULL_ISSUE_CHARS:
            _store_feed_issue(run, entry, result)
            continue
        # A news item: gathered into one issue per day, which grows as the day goes on.
        day = (entry.date if entry is not None else None) or today
        by_day.setdefault(day, []).append(replace(item, date=day))
    for day, items in sorted(by_day.items()):
        address = f"{run.source.address}#{day}"
        stored_id = run.library.issue_id(address)
        if stored_id is not None:
            keys = {item_key(it) for it in items}
            kept = [s.item for s in run.library.items(stored_id) if item_key(s.item) not in keys]
            items = items + kept  # entries that left the feed stay in the day's issue
        items = items[:FEED_DAY_CAP]  # the feed's own entries first, then the oldest go
        title = clean_text(f"{feed.title or parsed.title or run.source.name} {day}")
        issue = Issue(title=title, source=run.source.name, date=day,
                      language=parsed.language).with_items(items)
        run.store(address, issue, b"", "application/x-feed-day")


def _store_feed_issue(run: SourceRun, entry: FeedEntry, result: FetchResult) -> None:
    """Store a newsletter published whole in a feed entry as an issue of its own."""
    address = entry.link or f"{run.source.address}#{entry.id or entry.title}"
    if run.library.writer.has_issue(address):
        return
    raw = (entry.content or entry.summary).encode()
    try:
        issue = parse_bytes(raw, name=entry.title, base_url=entry.link or result.final_url)
    except ReaderError as exc:
        run.errors.append(exc)  # one unreadable entry does not stop the others
        return
    issue = replace(issue, title=entry.title or issue.title, date=entry.date or issue.date)
    run.store(address, issue, raw, "text/html")


def _local_path(address: str) -> Path:
    if address.startswith("file:"):
        from urllib.parse import urlsplit
        from urllib.request import url2pathname

        return Path(url2pathname(urlsplit(address).path))
    return Path(address)


def _inside(path: Path, root: Path) -> bool:
    """A regular file whose real place is inside the folder: a link to /etc/shadow or to a
    device is not part of a folder source."""
    try:
        real = path.resolve(strict=True)
        return real.is_relative_to(root.resolve(strict=True)) and stat.S_ISREG(real.stat().st_mode)
    except (OSError, RuntimeError):  # a broken or looping link
        return False


def take_in_local(run: SourceRun, kind: SourceKind) -> None:
    """Store a file source's file, or each readable file of a folder source."""
    root = _local_path(run.source.address)
    if kind is SourceKind.FILE:
        files = [root]
    else:
        if not root.is_dir():
            raise ReaderError(ErrorKind.NOT_FOUND, str(root))
        files = sorted(p for p in root.iterdir()
                       if p.suffix.lower() in FOLDER_SUFFIXES and _inside(p, root))
    for path in files:
        run.check_cancel()
        try:
            data = read_input(path)
            issue = parse_bytes(data, name=path.name)
        except ReaderError as exc:
            if kind is SourceKind.FILE:
                raise
            run.errors.append(exc)
            continue
        run.store(path.resolve().as_uri(), issue, data, None)
