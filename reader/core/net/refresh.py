"""Refresh sources: fetch, tell what came back, parse it with `parse_bytes`, store it.

Everything here is synchronous and blocking. `refresh_all` runs sources in a small thread
pool with a per-host limit and calls `progress` from those worker threads; the UI must hand
the calls over to its own thread (a Qt signal does). Set `cancel` to stop: running downloads
stop at their next chunk, sources not yet started finish at once as cancelled. What one
source's run takes in, by kind, is in source_run.py.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor, as_completed
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reader.core.errors import ErrorKind, ReaderError
from reader.core.library.store import Library
from reader.core.net.http.fetch import HostLimiter
from reader.core.net.http.options import FetchOptions, FetchResult
from reader.core.net.source_run import RunControls, SourceRun, take_in, take_in_local
from reader.core.sources.detect import SourceKind

if TYPE_CHECKING:  # names for annotations only
    from reader.core.net.source_run import BytesCallback, WaitCallback

log = logging.getLogger(__name__)


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


def refresh_source(
    library: Library,
    source_id: int,
    *,
    cancel: threading.Event | None = None,
    options: RefreshOptions | None = None,
    fetched: FetchResult | None = None,
    on_bytes: BytesCallback | None = None,
) -> SourceResult:
    """Refresh one source; failures are reported in the result, never raised.

    `fetched`: the source's address as just downloaded (when it is added), used as is."""
    opts = options or RefreshOptions()
    controls = RunControls(opts.fetch, opts.max_new_per_source, cancel, on_bytes=on_bytes)
    return _refresh(library, source_id, controls, fetched)


def _refresh(library: Library, source_id: int, controls: RunControls,
             fetched: FetchResult | None = None) -> SourceResult:
    """Refresh one source with the controls its run shares with the others."""
    source = library.source(source_id)
    if source is None:
        error = ReaderError(ErrorKind.NOT_FOUND, f"source {source_id}")
        return SourceResult(source_id, str(source_id), error=error)
    run = SourceRun(library, source, controls)
    etag = last_modified = None
    try:
        run.check_cancel()
        kind = SourceKind(source.kind)
        if kind is SourceKind.MAIL:
            from reader.core.mail.imap_source import refresh_mailbox

            etag = refresh_mailbox(run)  # the folder's UIDVALIDITY and last UID seen
        elif kind in (SourceKind.FILE, SourceKind.FOLDER):
            take_in_local(run, kind)
        else:
            result = fetched or run.fetch(
                source.address, etag=source.etag, last_modified=source.last_modified
            )
            if result.not_modified:
                library.writer.record_success(source.id, result.etag, result.last_modified)
                return SourceResult(source.id, source.name, not_modified=True)
            take_in(run, kind, result)
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
    controls = RunControls(opts.fetch, opts.max_new_per_source, cancel,
                           HostLimiter(opts.per_host), on_bytes, on_wait)
    results: list[SourceResult] = []
    if sources:
        with ThreadPoolExecutor(max_workers=opts.max_workers, thread_name_prefix="refresh") as pool:
            futures = [
                pool.submit(_refresh, library, s.id, controls) for s in sources
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
