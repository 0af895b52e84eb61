"""Download one address politely and safely: timeouts, retries, size cap, no surprises.

`fetch()` is synchronous and blocks; call it from a worker thread (the UI) or directly (CLI).
It follows redirects itself so each hop is checked (http/https only, a hop limit), streams
the body under a size cap, decompresses gzip/deflate itself with a bounded output per step
(a decompression bomb stops at the cap, never in memory), and raises `ReaderError` with a
kind and a detail naming the address and the cause.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager, nullcontext, suppress
from dataclasses import dataclass
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from reader import __version__
from reader.core.errors import ErrorKind, ReaderError
from reader.core.text import charset
from reader.core.text.links import same_site

if TYPE_CHECKING:
    import requests

log = logging.getLogger(__name__)

Progress = Callable[[int, "int | None"], None]
"""progress(bytes_received, bytes_expected_or_None), called from the fetching thread."""
Waiting = Callable[[str, float], None]
"""waiting(url, seconds): a retry waits this long (a server's Retry-After, or a back-off)."""

USER_AGENT = f"Helder/{__version__} (accessible newsletter reader; no tracking)"
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
_CHUNK = 64 * 1024
_TRANSIENT_STATUS = frozenset({408, 429, 500, 502, 503, 504})
_REDIRECT_STATUS = frozenset({301, 302, 303, 307, 308})
# A Retry-After up to this is waited out (and the wait reported); a longer one is a failure
# for this refresh: the next refresh tries again.
MAX_RETRY_AFTER = 10.0
DEFAULT_DEADLINE = 60.0


@dataclass(frozen=True, slots=True)
class FetchOptions:
    """Limits for one download; the defaults suit a desktop reader."""

    connect_timeout: float = 10.0
    read_timeout: float = 30.0
    max_bytes: int = DEFAULT_MAX_BYTES
    max_redirects: int = 5
    retries: int = 2  # extra attempts after the first, for transient failures only
    backoff: float = 1.0  # seconds before the first retry, doubled for each next one
    max_ratio: int = 100  # decompressed/compressed beyond this (past 1 MB) is a bomb
    user_agent: str = USER_AGENT
    # The whole download, retries and waits included, ends by then: a server that trickles
    # a byte at a time (each within the read timeout) cannot hold a refresh for ever.
    deadline: float = DEFAULT_DEADLINE


@dataclass(frozen=True, slots=True)
class FetchResult:
    """A completed download, or a 304 answer (`not_modified`, empty data)."""

    url: str
    final_url: str
    status: int
    data: bytes
    content_type: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    not_modified: bool = False

    @property
    def mime_type(self) -> str:
        """Return the media type without parameters, lower case ("" when unknown)."""
        return (self.content_type or "").split(";", 1)[0].strip().lower()

    def text(self) -> charset.Decoded:
        """Decode the body using the header, the document, a BOM or detection."""
        return charset.decode(self.data, self.content_type)


class HostLimiter:
    """Allow at most `per_host` downloads at once to each host (share one per refresh run)."""

    def __init__(self, per_host: int = 2) -> None:
        self.per_host = max(1, per_host)
        self._lock = threading.Lock()
        self._slots: dict[str, threading.BoundedSemaphore] = {}

    @contextmanager
    def slot(self, url: str, cancel: threading.Event | None = None) -> Iterator[None]:
        """Hold one of the host's slots for the duration of the block."""
        host = (urlsplit(url).hostname or "").lower()
        with self._lock:
            sem = self._slots.setdefault(host, threading.BoundedSemaphore(self.per_host))
        while not sem.acquire(timeout=0.1):
            _check_cancel(cancel, url)
        try:
            yield
        finally:
            sem.release()


class _TransientError(Exception):
    """A failure worth retrying; carries the error to raise when retries run out."""

    def __init__(self, error: ReaderError, retry_after: float | None = None) -> None:
        super().__init__(str(error))
        self.error = error
        self.retry_after = retry_after


def _check_cancel(cancel: threading.Event | None, url: str) -> None:
    if cancel is not None and cancel.is_set():
        raise ReaderError(ErrorKind.CANCELLED, url)


def _check_scheme(url: str, origin: str) -> None:
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        if url == origin:
            raise ReaderError(ErrorKind.UNSUPPORTED, f"{url}: only http and https addresses")
        raise ReaderError(ErrorKind.UNSUPPORTED, f"{origin}: redirected to {url}, not http(s)")


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
    opts = options or FetchOptions()
    _check_scheme(url, url)

    own_session = session is None
    sess = session if session is not None else _watched_session()
    try:
        # The host's slot is held for the whole download, retries included; the deadline
        # starts once it is held, so waiting behind a slow source costs no download time.
        with limiter.slot(url, cancel) if limiter is not None else nullcontext():
            return _fetch_in_time(sess, url, opts, cancel, progress, etag, last_modified,
                                  waiting, stay_on)
    finally:
        if own_session:
            sess.close()


def _fetch_in_time(
    sess: requests.Session,
    url: str,
    opts: FetchOptions,
    cancel: threading.Event | None,
    progress: Progress | None,
    etag: str | None,
    last_modified: str | None,
    waiting: Waiting | None,
    stay_on: str | None = None,
) -> FetchResult:
    """Try, and retry what may pass, until done or the deadline. At the deadline every
    socket this download opened is shut down, so a server that sends its headers or its
    body a byte at a time cannot hold the download any longer."""
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
            _check_cancel(cancel, url)
            try:
                result = _fetch_once(sess, url, opts, cancel, progress, etag, last_modified,
                                     deadline, stay_on)
                if expired.is_set():  # the sockets were shut under it: the body is partial
                    raise _past_deadline(url, opts)
                return result
            except (ReaderError, _TransientError) as exc:
                if expired.is_set() and not (isinstance(exc, ReaderError)
                                             and exc.kind is ErrorKind.CANCELLED):
                    raise _past_deadline(url, opts) from None
                if isinstance(exc, ReaderError):
                    raise
                _pause_before_retry(exc, attempt, opts, deadline, url, waiting, cancel)
                attempt += 1
    finally:
        watchdog.cancel()
        _OPENED.sockets = None


def _pause_before_retry(exc: _TransientError, attempt: int, opts: FetchOptions, deadline: float,
                        url: str, waiting: Waiting | None,
                        cancel: threading.Event | None) -> None:
    """Wait before the next attempt, or raise when no attempt is left or worth making."""
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


# The sockets the current thread's download opened (see `fetch`'s watchdog).
_OPENED = threading.local()
_WATCHED: list[type] = []


def _watched_session() -> requests.Session:
    """A Session whose connections register their sockets for the deadline watchdog."""
    import requests
    from requests.adapters import HTTPAdapter

    if not _WATCHED:
        from urllib3.connection import HTTPConnection, HTTPSConnection
        from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

        def register(conn: HTTPConnection) -> None:
            live = getattr(_OPENED, "sockets", None)
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

        class Pool(HTTPConnectionPool):
            ConnectionCls = Watched

        class PoolTLS(HTTPSConnectionPool):
            ConnectionCls = WatchedTLS

        _WATCHED.extend((Pool, PoolTLS))

    class Adapter(HTTPAdapter):
        def init_poolmanager(self, *args: object, **kwargs: object) -> None:
            super().init_poolmanager(*args, **kwargs)  # type: ignore[arg-type]
            self.poolmanager.pool_classes_by_scheme = {"http": _WATCHED[0],
                                                       "https": _WATCHED[1]}

    sess = requests.Session()
    sess.mount("http://", Adapter())
    sess.mount("https://", Adapter())
    return sess


def _request_headers(opts: FetchOptions, etag: str | None, modified: str | None) -> dict[str, str]:
    headers = {
        "User-Agent": opts.user_agent,
        "Accept": "application/rss+xml, application/atom+xml, application/feed+json, "
        "application/xml;q=0.9, text/html;q=0.9, text/plain;q=0.8, */*;q=0.5",
        "Accept-Encoding": "gzip, deflate",  # decoded here, with a bomb guard
        "Accept-Language": "nl, en;q=0.8",
    }
    if etag:
        headers["If-None-Match"] = etag
    if modified:
        headers["If-Modified-Since"] = modified
    return headers


def _retry_after(value: str | None) -> float | None:
    """Seconds from a Retry-After header: a number, or an HTTP date (RFC 9110)."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    from datetime import UTC, datetime
    from email.utils import parsedate_to_datetime

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


def _fetch_once(
    sess: requests.Session,
    url: str,
    opts: FetchOptions,
    cancel: threading.Event | None,
    progress: Progress | None,
    etag: str | None,
    last_modified: str | None,
    deadline: float,
    stay_on: str | None = None,
) -> FetchResult:
    import requests

    headers = _request_headers(opts, etag, last_modified)
    current = url
    for _hop in range(opts.max_redirects + 1):
        left = deadline - time.monotonic()
        if left <= 0:
            raise _past_deadline(url, opts)
        try:
            resp = sess.get(
                current,
                headers=headers,
                stream=True,
                allow_redirects=False,
                timeout=(min(opts.connect_timeout, left), min(opts.read_timeout, left)),
            )
        except requests.exceptions.ConnectTimeout as exc:
            raise _TransientError(ReaderError(ErrorKind.TIMEOUT, f"{url}: no connection")) from exc
        except requests.exceptions.ReadTimeout as exc:
            raise ReaderError(ErrorKind.TIMEOUT, f"{url}: no answer in time") from exc
        except requests.exceptions.InvalidURL as exc:
            raise ReaderError(ErrorKind.UNSUPPORTED, f"{url}: invalid address") from exc
        except (
            requests.exceptions.ConnectionError,
            requests.exceptions.ChunkedEncodingError,
        ) as exc:
            error = ReaderError(ErrorKind.NETWORK, f"{url}: {_cause(exc)}")
            if _is_transient(exc):
                raise _TransientError(error) from exc
            raise error from exc
        except requests.exceptions.RequestException as exc:
            raise ReaderError(ErrorKind.NETWORK, f"{url}: {_cause(exc)}") from exc
        with resp:
            status = resp.status_code
            if status in _REDIRECT_STATUS:
                location = resp.headers.get("location", "").strip()
                if not location:  # a redirect to nowhere is no page to store
                    raise ReaderError(ErrorKind.HTTP, f"{url}: HTTP {status} without a "
                                                      "new address")
                try:
                    target = urljoin(current, location)
                except ValueError as exc:
                    raise ReaderError(ErrorKind.HTTP, f"{url}: redirected to a broken "
                                                      "address") from exc
                _check_scheme(target, url)
                if stay_on is not None and not same_site(target, stay_on):
                    raise ReaderError(ErrorKind.UNSUPPORTED, f"{url}: redirected to another "
                                                             f"site ({target}), not followed")
                log.debug("%s redirects to %s", current, target)
                current = target
                continue
            if status == 304:
                return FetchResult(
                    url, current, status, b"",
                    content_type=resp.headers.get("content-type"),
                    etag=resp.headers.get("etag") or etag,
                    last_modified=resp.headers.get("last-modified") or last_modified,
                    not_modified=True,
                )
            if status >= 400:
                error = ReaderError(ErrorKind.HTTP, f"{url}: HTTP {status} {resp.reason or ''}")
                if status in _TRANSIENT_STATUS:
                    raise _TransientError(error, _retry_after(resp.headers.get("retry-after")))
                raise error
            data = _read_body(resp, url, opts, cancel, progress, deadline)
            return FetchResult(
                url, current, status, data,
                content_type=resp.headers.get("content-type"),
                etag=resp.headers.get("etag"),
                last_modified=resp.headers.get("last-modified"),
            )
    raise ReaderError(ErrorKind.HTTP, f"{url}: more than {opts.max_redirects} redirects")


def _past_deadline(url: str, opts: FetchOptions) -> ReaderError:
    return ReaderError(ErrorKind.TIMEOUT, f"{url}: not complete after {opts.deadline:.0f} s")


# Failures a retry cannot mend: the server speaks broken HTTP, or TLS does not fit.
_PERMANENT = ("BadStatusLine", "LineTooLong", "InvalidHeader", "HeaderParsingError",
              "SSLError", "SSLCertVerificationError", "CertificateError", "LocationParseError",
              "InvalidChunkLength", "UnrewindableBodyError", "InvalidURL")


def _chain(exc: BaseException) -> Iterator[BaseException]:
    seen: BaseException | None = exc
    visited: set[int] = set()
    while seen is not None and id(seen) not in visited:
        visited.add(id(seen))
        yield seen
        nested = seen.args[0] if seen.args and isinstance(seen.args[0], BaseException) else None
        seen = seen.__cause__ or seen.__context__ or nested


def _is_transient(exc: BaseException) -> bool:
    """A reset, refusal, timeout or lost connection may pass on a retry; broken HTTP not."""
    for seen in _chain(exc):
        name = type(seen).__name__
        if name == "RemoteDisconnected" or isinstance(seen, ConnectionResetError | TimeoutError):
            return True
        if name in _PERMANENT or "more than 100 headers" in str(seen):
            return False
    return True


def _cause(exc: BaseException) -> str:
    """Say what went wrong as a sentence; the technical detail goes to the log."""
    for seen in _chain(exc):
        name = type(seen).__name__
        if name in ("SSLError", "SSLCertVerificationError", "CertificateError"):
            log.info("TLS failure: %r", exc)
            return "the secure (https) connection failed"
        if name in ("BadStatusLine", "LineTooLong", "InvalidHeader", "HeaderParsingError",
                    "InvalidChunkLength") or "more than 100 headers" in str(seen):
            log.info("broken reply: %r", exc)
            return "the server sent a broken reply"
    seen_text = _cause_known(exc)
    if seen_text is not None:
        return seen_text
    log.info("connection failed: %r", exc)
    return "the connection failed"


def _cause_known(exc: BaseException) -> str | None:
    # requests nests the real reason (reset, refused, incomplete read) a few levels deep.
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, ConnectionResetError):
            return "connection reset"
        if isinstance(seen, ConnectionRefusedError):
            return "connection refused"
        name = type(seen).__name__
        if isinstance(seen, socket.gaierror) or name == "NameResolutionError":
            return "host not found (offline?)"
        if name == "IncompleteRead":
            return "the body was cut off"
        if name == "RemoteDisconnected":
            return "the server closed the connection"
        nested = seen.args[0] if seen.args and isinstance(seen.args[0], BaseException) else None
        seen = seen.__cause__ or seen.__context__ or nested
    return None


class _Decoder:
    """Undo gzip/deflate with a bounded output per step."""

    def __init__(self, encoding: str, url: str) -> None:
        enc = encoding.strip().lower()
        if enc in ("", "identity"):
            self._zlib = None
        elif enc in ("gzip", "x-gzip"):
            self._zlib = zlib.decompressobj(16 + zlib.MAX_WBITS)
        elif enc == "deflate":
            self._zlib = zlib.decompressobj()  # switched to raw deflate on the first error
        else:
            raise ReaderError(ErrorKind.UNSUPPORTED, f"{url}: content encoding {encoding}")
        self._deflate_raw_tried = enc != "deflate"
        self._gzip = enc in ("gzip", "x-gzip")
        self._url = url

    def feed(self, chunk: bytes) -> Iterator[bytes]:
        """Yield decoded pieces of at most one chunk's size each."""
        if self._zlib is None:
            yield chunk
            return
        if self._gzip and self._zlib.eof:  # a second gzip member follows the first
            rest, self._zlib = self._zlib.unused_data + chunk, zlib.decompressobj(
                16 + zlib.MAX_WBITS)
            if rest:
                yield from self.feed(rest)
            return
        try:
            piece = self._zlib.decompress(chunk, _CHUNK)
        except zlib.error as exc:
            if not self._deflate_raw_tried:
                self._deflate_raw_tried = True
                self._zlib = zlib.decompressobj(-zlib.MAX_WBITS)
                yield from self.feed(chunk)
                return
            raise ReaderError(ErrorKind.UNREADABLE, f"{self._url}: damaged compression") from exc
        self._deflate_raw_tried = True
        yield piece
        while self._zlib.unconsumed_tail:
            yield self._zlib.decompress(self._zlib.unconsumed_tail, _CHUNK)
        if self._gzip and self._zlib.eof and self._zlib.unused_data:
            yield from self.feed(b"")


def _read_body(
    resp: requests.Response,
    url: str,
    opts: FetchOptions,
    cancel: threading.Event | None,
    progress: Progress | None,
    deadline: float,
) -> bytes:
    """Read the body; at the deadline a watchdog closes the response, so even a server
    that sends one byte every few seconds is cut off on time."""
    left = deadline - time.monotonic()
    if left <= 0:
        raise _past_deadline(url, opts)
    expired = threading.Event()

    def cut_off() -> None:
        expired.set()
        resp.close()

    watchdog = threading.Timer(left, cut_off)
    watchdog.daemon = True
    watchdog.start()
    try:
        data = _read_body_until(resp, url, opts, cancel, progress)
        if expired.is_set():  # closed under it: what arrived is not the whole body
            raise _past_deadline(url, opts)
        return data
    except (ReaderError, _TransientError, OSError, ValueError, AttributeError):
        if expired.is_set():
            raise _past_deadline(url, opts) from None
        raise
    finally:
        watchdog.cancel()


def _read_body_until(
    resp: requests.Response,
    url: str,
    opts: FetchOptions,
    cancel: threading.Event | None,
    progress: Progress | None,
) -> bytes:
    from urllib3.exceptions import HTTPError as Urllib3Error
    from urllib3.exceptions import ProtocolError, ReadTimeoutError

    encoding = resp.headers.get("content-encoding", "")
    expected: int | None = None
    try:
        expected = int(resp.headers.get("content-length", ""))
    except ValueError:
        expected = None
    if expected is not None and not encoding and expected > opts.max_bytes:
        raise ReaderError(ErrorKind.TOO_LARGE, f"{url}: {expected} bytes announced")
    decoder = _Decoder(encoding, url)
    parts: list[bytes] = []
    raw_total = 0
    total = 0
    try:
        while True:
            # read1 returns what has arrived, so a trickling server cannot delay a cancel.
            chunk = resp.raw.read1(_CHUNK, decode_content=False)
            _check_cancel(cancel, url)
            if not chunk:
                break
            raw_total += len(chunk)
            for piece in decoder.feed(chunk):
                total += len(piece)
                if total > 1_000_000 and total > opts.max_ratio * max(raw_total, 1):
                    raise ReaderError(
                        ErrorKind.TOO_LARGE, f"{url}: compressed {opts.max_ratio}x or more"
                    )
                if total > opts.max_bytes:
                    raise ReaderError(
                        ErrorKind.TOO_LARGE, f"{url}: more than {opts.max_bytes} bytes"
                    )
                parts.append(piece)
            if progress is not None:
                progress(raw_total if encoding else total, expected)
    except ReadTimeoutError as exc:
        raise ReaderError(ErrorKind.TIMEOUT, f"{url}: the body stopped arriving") from exc
    except ProtocolError as exc:
        raise _TransientError(ReaderError(ErrorKind.NETWORK, f"{url}: {_cause(exc)}")) from exc
    except Urllib3Error as exc:
        raise _TransientError(ReaderError(ErrorKind.NETWORK, f"{url}: {_cause(exc)}")) from exc
    except OSError as exc:
        raise _TransientError(ReaderError(ErrorKind.NETWORK, f"{url}: {_cause(exc)}")) from exc
    return b"".join(parts)
