"""Download one address: `fetch()`, its retries, its deadline and the per-host limit.

`fetch()` is synchronous and blocks; call it from a worker thread (the UI) or directly (CLI).
It raises `ReaderError` with a kind and a detail naming the address and the cause. A
transient failure is tried again after a back-off (or the server's Retry-After), until the
retries or the deadline run out; at the deadline every socket the download opened is shut.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Generator
from contextlib import contextmanager, nullcontext, suppress
from typing import TYPE_CHECKING, Any, cast
from urllib.parse import urlsplit

from reader.core.errors import ErrorKind, ReaderError
from reader.core.net.http.attempt import check_scheme, fetch_once
from reader.core.net.http.failures import TransientError, check_cancel, past_deadline
from reader.core.net.http.options import (
    FetchOptions,
    FetchResult,
    Progress,
    Request,
    Waiting,
)

if TYPE_CHECKING:
    import requests
    from urllib3._base_connection import BaseHTTPConnection, BaseHTTPSConnection
    from urllib3.connectionpool import HTTPConnectionPool

log = logging.getLogger(__name__)

# A Retry-After up to this is waited out (and the wait reported); a longer one is a failure
# for this refresh: the next refresh tries again.
MAX_RETRY_AFTER = 10.0


class HostLimiter:
    """Allow at most `per_host` downloads at once to each host (share one per refresh run)."""

    def __init__(self, per_host: int = 2) -> None:
        self.per_host = max(1, per_host)
        self._lock = threading.Lock()
        self._slots: dict[str, threading.BoundedSemaphore] = {}

    @contextmanager
    def slot(self, url: str, cancel: threading.Event | None = None) -> Generator[None]:
        """Hold one of the host's slots for the duration of the block."""
        host = (urlsplit(url).hostname or "").lower()
        with self._lock:
            sem = self._slots.setdefault(host, threading.BoundedSemaphore(self.per_host))
        while not sem.acquire(timeout=0.1):
            check_cancel(cancel, url)
        try:
            yield
        finally:
            sem.release()


def fetch(
    url: str,
    *,
    cancel: threading.Event | None = None,
    progress: Progress | None = None,
    etag: str | None = None,
    last_modified: str | None = None,
    options: FetchOptions | None = None,
    limiter: HostLimiter | None = None,
    session: requests.Session | None = None,
    waiting: Waiting | None = None,
    stay_on: str | None = None,
) -> FetchResult:
    """Download `url`; with etag/last_modified a 304 returns `not_modified=True`.

    `stay_on`: an automatic follow-up fetch may be redirected only within this address's
    own site (never to a router, an intranet or localhost the source does not live on)."""
    request = Request(url, options or FetchOptions(), cancel, progress, etag, last_modified,
                      stay_on)
    check_scheme(url, url)

    own_session = session is None
    sess = session if session is not None else _watched_session()
    try:
        # The host's slot is held for the whole download, retries included; the deadline
        # starts once it is held, so waiting behind a slow source costs no download time.
        with limiter.slot(url, cancel) if limiter is not None else nullcontext():
            return _fetch_in_time(sess, request, waiting)
    finally:
        if own_session:
            sess.close()


def _fetch_in_time(sess: requests.Session, request: Request,
                   waiting: Waiting | None) -> FetchResult:
    """Try, and retry what may pass, until done or the deadline. At the deadline every
    socket this download opened is shut down, so a server that sends its headers or its
    body a byte at a time cannot hold the download any longer."""
    url, opts = request.url, request.options
    deadline = time.monotonic() + opts.deadline
    sockets: list[socket.socket] = []
    expired = threading.Event()

    def cut_off() -> None:
        expired.set()
        for sock in list(sockets):
            with suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)

    _OPENED.sockets = sockets
    watchdog = threading.Timer(opts.deadline, cut_off)
    watchdog.daemon = True
    watchdog.start()
    try:
        attempt = 0
        while True:
            check_cancel(request.cancel, url)
            try:
                result = fetch_once(sess, request, deadline)
                if expired.is_set():  # the sockets were shut under it: the body is partial
                    raise past_deadline(url, opts)
                return result
            except (ReaderError, TransientError) as exc:
                if expired.is_set() and not (isinstance(exc, ReaderError)
                                             and exc.kind is ErrorKind.CANCELLED):
                    raise past_deadline(url, opts) from None
                if isinstance(exc, ReaderError):
                    raise
                _pause_before_retry(exc, attempt, request, deadline, waiting)
                attempt += 1
    finally:
        watchdog.cancel()
        _OPENED.sockets = None


def _pause_before_retry(exc: TransientError, attempt: int, request: Request, deadline: float,
                        waiting: Waiting | None) -> None:
    """Wait before the next attempt, or raise when no attempt is left or worth making."""
    url, opts, cancel = request.url, request.options, request.cancel
    if attempt >= opts.retries:
        raise exc.error from None
    delay = opts.backoff * (2**attempt)
    if exc.retry_after is not None:
        if exc.retry_after > MAX_RETRY_AFTER:
            raise ReaderError(exc.error.kind, f"{exc.error.detail}; the server asks to come "
                                              f"back in {exc.retry_after:.0f} s") from None
        delay = max(delay, exc.retry_after)
    if time.monotonic() + delay >= deadline:
        raise exc.error from None
    log.info("retrying %s in %.1f s (%s)", url, delay, exc.error.detail)
    if waiting is not None:
        waiting(url, delay)
    if cancel is not None:
        if cancel.wait(delay):
            raise ReaderError(ErrorKind.CANCELLED, url) from None
    else:
        time.sleep(delay)


class _Opened(threading.local):
    """The sockets the current thread's download opened (see `_fetch_in_time`'s watchdog)."""

    sockets: list[socket.socket] | None = None


_OPENED = _Opened()
# The two connection pool classes that register their sockets, made once on first use.
_WATCHED: list[type[HTTPConnectionPool]] = []


def _watched_session() -> requests.Session:
    """A Session whose connections register their sockets for the deadline watchdog."""
    import requests
    from requests.adapters import DEFAULT_POOLBLOCK, HTTPAdapter

    if not _WATCHED:
        from urllib3.connection import HTTPConnection, HTTPSConnection
        from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

        def register(conn: HTTPConnection) -> None:
            live = _OPENED.sockets
            if live is not None and conn.sock is not None:
                live.append(conn.sock)

        class Watched(HTTPConnection):
            def connect(self) -> None:
                super().connect()
                register(self)

        class WatchedTLS(HTTPSConnection):
            def connect(self) -> None:
                super().connect()
                register(self)

        # urllib3's own HTTP(S)Connection fails its Base*Connection protocol under a strict
        # check (attributes it declares Final are mutable there), so a subclass is cast.
        class Pool(HTTPConnectionPool):
            ConnectionCls = cast("type[BaseHTTPConnection]", Watched)

        class PoolTLS(HTTPSConnectionPool):
            ConnectionCls = cast("type[BaseHTTPSConnection]", WatchedTLS)

        _WATCHED.extend((Pool, PoolTLS))

    class Adapter(HTTPAdapter):
        def init_poolmanager(self, connections: int, maxsize: int,
                             block: bool = DEFAULT_POOLBLOCK, **pool_kwargs: Any) -> None:
            super().init_poolmanager(connections, maxsize, block, **pool_kwargs)
            self.poolmanager.pool_classes_by_scheme = {"http": _WATCHED[0],
                                                       "https": _WATCHED[1]}

    sess = requests.Session()
    sess.mount("http://", Adapter())
    sess.mount("https://", Adapter())
    return sess
