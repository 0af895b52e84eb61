"""Refresh sources: fetch, tell what came back, parse it with `parse_bytes`, store it.

Everything here is synchronous and blocking. `refresh_all` runs sources in a small thread
pool with a per-host limit and calls `progress` from those worker threads; the UI must hand
the calls over to its own thread (a Qt signal does). Set `cancel` to stop: running downloads
stop at their next chunk, sources not yet started finish at once as cancelled.
"""

from __future__ import annotations

import logging
import stat
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime
from pathlib import Path

from reader.core.errors import ErrorKind, ReaderError
from reader.core.library.store import Library, SourceRow, item_key
from reader.core.models import Issue, Item
from reader.core.net.http.fetch import HostLimiter, fetch
from reader.core.net.http.options import FetchOptions, FetchResult
from reader.core.net.update_check import check_new_copy
from reader.core.sources.detect import Feed, FeedEntry, SourceKind, archive_links, read_feed
from reader.core.sources.parse import parse_bytes, read_input
from reader.core.text.charset import with_header_charset
from reader.core.text.invisible import clean_text
from reader.core.text.links import same_site

log = logging.getLogger(__name__)

# A feed entry with at least this much text is a whole issue, not a news item.
FULL_ISSUE_CHARS = 1500
# A feed's news items are gathered into one issue per day; that issue holds at most this
# many items (a feed's current entries first), so a runaway feed cannot grow it without end.
FEED_DAY_CAP = 500
FOLDER_SUFFIXES = frozenset({".txt", ".md", ".html", ".htm", ".eml", ".mht", ".pdf", ".xml"})


@dataclass(frozen=True, slots=True)
class RefreshOptions:
    """How hard to work: download limits, threads, per-host limit, issues per source."""

    fetch: FetchOptions = field(default_factory=FetchOptions)
    max_workers: int = 4
    per_host: int = 2
    max_new_per_source: int = 20  # linked issues an archive page may add per refresh


@dataclass(frozen=True, slots=True)
class SourceResult:
    """What refreshing one source did; `error` names the cause, the source stays."""

    source_id: int
    name: str
    new: int = 0
    updated: int = 0
    not_modified: bool = False
    error: ReaderError | None = None

    @property
    def ok(self) -> bool:
        """Return whether the source was refreshed without any error."""
        return self.error is None

    def message(self) -> str:
        """Return an English one-liner naming the source and the cause (for the CLI, logs)."""
        if self.error is not None:
            return f"{self.name}: {self.error.one_line()}"
        if self.not_modified:
            return f"{self.name}: not changed"
        return f"{self.name}: {self.new} new, {self.updated} updated"


@dataclass(frozen=True, slots=True)
class RefreshSummary:
    """The outcome of a refresh run, one result per source."""

    results: tuple[SourceResult, ...]
    cancelled: bool = False

    @property
    def new_issues(self) -> int:
        """Return the number of new issues over all sources."""
        return sum(r.new for r in self.results)

    @property
    def offline(self) -> bool:
        """Return whether every source failed to connect or answer: likely no network."""
        reachable = (ErrorKind.NETWORK, ErrorKind.TIMEOUT)
        return bool(self.results) and all(
            r.error is not None and r.error.kind in reachable for r in self.results
        )

    @property
    def errors(self) -> tuple[SourceResult, ...]:
        """Return the results of sources that failed."""
        return tuple(r for r in self.results if r.error is not None)


@dataclass(frozen=True, slots=True)
class RefreshProgress:
    """Sent after each source: how many are done out of how many, and that source's result."""

    done: int
    total: int
    result: SourceResult


ProgressCallback = Callable[[RefreshProgress], None]
BytesCallback = Callable[[int], None]
"""on_bytes(n): n more bytes arrived, called from the fetching threads (for a byte count)."""
WaitCallback = Callable[[str, float], None]
"""on_wait(source_name, seconds): a source waits before trying again (Retry-After, back-off)."""


@dataclass
class _Run:
    library: Library
    source: SourceRow
    options: RefreshOptions
    cancel: threading.Event | None
    limiter: HostLimiter | None
    on_bytes: BytesCallback | None = None
    on_wait: WaitCallback | None = None
    new: int = 0
    updated: int = 0
    errors: list[ReaderError] = field(default_factory=list)

    def fetch(self, url: str, **kwargs: str | None) -> FetchResult:
        on_wait, name = self.on_wait, self.source.name
        waiting = None if on_wait is None else (lambda _url, seconds: on_wait(name, seconds))
        return fetch(url, cancel=self.cancel, options=self.options.fetch, limiter=self.limiter,
                     progress=self._byte_counter(), waiting=waiting,
                     **kwargs)  # type: ignore[arg-type]

    def _byte_counter(self) -> Callable[[int, int | None], None] | None:
        on_bytes = self.on_bytes
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

    def store(self, address: str, issue: Issue, raw: bytes, raw_type: str | None) -> None:
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
        if self.cancel is not None and self.cancel.is_set():
            raise ReaderError(ErrorKind.CANCELLED, self.source.address)


def refresh_source(
    library: Library,
    source_id: int,
    *,
    cancel: threading.Event | None = None,
    options: RefreshOptions | None = None,
    limiter: HostLimiter | None = None,
    fetched: FetchResult | None = None,
    on_bytes: BytesCallback | None = None,
    on_wait: WaitCallback | None = None,
) -> SourceResult:
    """Refresh one source; failures are reported in the result, never raised."""
    opts = options or RefreshOptions()
    source = library.source(source_id)
    if source is None:
        error = ReaderError(ErrorKind.NOT_FOUND, f"source {source_id}")
        return SourceResult(source_id, str(source_id), error=error)
    run = _Run(library, source, opts, cancel, limiter, on_bytes, on_wait)
    etag = last_modified = None
    try:
        run.check_cancel()
        kind = SourceKind(source.kind)
        if kind is SourceKind.MAIL:
            from reader.core.mail.imap_source import refresh_mailbox

            etag = refresh_mailbox(run)  # the folder's UIDVALIDITY and last UID seen
        elif kind in (SourceKind.FILE, SourceKind.FOLDER):
            _refresh_local(run, kind)
        else:
            result = fetched or run.fetch(
                source.address, etag=source.etag, last_modified=source.last_modified
            )
            if result.not_modified:
                library.writer.record_success(source.id, result.etag, result.last_modified)
                return SourceResult(source.id, source.name, not_modified=True)
            _process(run, kind, result)
            etag, last_modified = result.etag, result.last_modified
    except ReaderError as exc:
        run.errors.insert(0, exc)
    except Exception as exc:  # a parser bug must not stop the other sources
        log.exception("refreshing %s", source.address)
        run.errors.insert(0, ReaderError(ErrorKind.UNREADABLE, f"{source.address}: {exc!r}"))
    if run.errors:
        error = run.errors[0]
        if error.kind is not ErrorKind.CANCELLED:
            _note(library.writer.record_failure, source.id, error)
        return SourceResult(source.id, source.name, run.new, run.updated, error=error)
    noted = _note(library.writer.record_success, source.id, etag, last_modified)
    return SourceResult(source.id, source.name, run.new, run.updated, error=noted)


def _note(record: Callable[..., None], *args: object) -> ReaderError | None:
    """Record a check's outcome; a library that cannot be written (locked, full, read-only)
    becomes this source's error instead of stopping the run."""
    try:
        record(*args)
    except ReaderError as exc:
        log.warning("could not record the check: %s", exc)
        return exc
    return None


def refresh_all(
    library: Library,
    *,
    source_ids: list[int] | None = None,
    cancel: threading.Event | None = None,
    progress: ProgressCallback | None = None,
    options: RefreshOptions | None = None,
    on_bytes: BytesCallback | None = None,
    on_wait: WaitCallback | None = None,
) -> RefreshSummary:
    """Refresh every active source (or those given) in parallel, a few per host at a time."""
    opts = options or RefreshOptions()
    wanted = set(source_ids) if source_ids is not None else None
    sources = [
        s for s in library.sources()
        if (wanted is None and not s.paused) or (wanted is not None and s.id in wanted)
    ]
    limiter = HostLimiter(opts.per_host)
    results: list[SourceResult] = []
    if sources:
        with ThreadPoolExecutor(max_workers=opts.max_workers, thread_name_prefix="refresh") as pool:
            futures = [
                pool.submit(refresh_source, library, s.id, cancel=cancel, options=opts,
                            limiter=limiter, on_bytes=on_bytes, on_wait=on_wait)
                for s in sources
            ]
            by_future = dict(zip(futures, sources, strict=True))
            for future in as_completed(futures):
                try:
                    result = future.result()
                except Exception as exc:  # one source's failure never loses the others' results
                    source = by_future[future]
                    log.exception("refreshing %s", source.address)
                    error = exc if isinstance(exc, ReaderError) else ReaderError(
                        ErrorKind.UNREADABLE, f"{source.address}: {type(exc).__name__}")
                    result = SourceResult(source.id, source.name, error=error)
                results.append(result)
                if progress is not None:
                    progress(RefreshProgress(len(results), len(sources), result))
    order = {s.id: n for n, s in enumerate(sources)}
    results.sort(key=lambda r: order.get(r.source_id, 0))
    return RefreshSummary(tuple(results), cancelled=bool(cancel and cancel.is_set()))


def _process(run: _Run, kind: SourceKind, result: FetchResult) -> None:
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


def _store_archive(run: _Run, page: FetchResult) -> None:
    # Only the archive's own site: a page may link to a router, an intranet or localhost,
    # and a refresh must not send requests there on its own.
    links = [link for link in archive_links(page.data, page.final_url)
             if same_site(link, run.source.address) or same_site(link, page.final_url)]
    links = links[: run.options.max_new_per_source]
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


def _store_feed(run: _Run, feed: Feed, result: FetchResult) -> None:
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


def _store_feed_issue(run: _Run, entry: FeedEntry, result: FetchResult) -> None:
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


def _refresh_local(run: _Run, kind: SourceKind) -> None:
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
