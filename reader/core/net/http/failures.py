"""What went wrong with a download: cancelled, past its deadline, worth a retry or not, and
the cause in words (the technical detail goes to the log)."""

from __future__ import annotations

import logging
import socket
import threading
from collections.abc import Iterator

from reader.core.errors import ErrorKind, ReaderError
from reader.core.net.http.options import FetchOptions

log = logging.getLogger(__name__)

# Failures a retry cannot mend: the server speaks broken HTTP, or TLS does not fit.
_PERMANENT = ("BadStatusLine", "LineTooLong", "InvalidHeader", "HeaderParsingError",
              "SSLError", "SSLCertVerificationError", "CertificateError", "LocationParseError",
              "InvalidChunkLength", "UnrewindableBodyError", "InvalidURL")


class TransientError(Exception):
    """A failure worth retrying; carries the error to raise when retries run out."""

    def __init__(self, error: ReaderError, retry_after: float | None = None) -> None:
        super().__init__(str(error))
        self.error = error
        self.retry_after = retry_after


def check_cancel(cancel: threading.Event | None, url: str) -> None:
    """Raise CANCELLED once the user has asked to stop."""
    if cancel is not None and cancel.is_set():
        raise ReaderError(ErrorKind.CANCELLED, url)


def past_deadline(url: str, options: FetchOptions) -> ReaderError:
    """Return the error of a download that did not complete in its time."""
    return ReaderError(ErrorKind.TIMEOUT, f"{url}: not complete after {options.deadline:.0f} s")


def network_failure(url: str, exc: BaseException) -> TransientError:
    """Return a lost or broken connection as a failure a retry may mend."""
    return TransientError(ReaderError(ErrorKind.NETWORK, f"{url}: {cause(exc)}"))


def retry_after(value: str | None) -> float | None:
    """Return the seconds of a Retry-After header: a number, or an HTTP date (RFC 9110)."""
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


def _chain(exc: BaseException) -> Iterator[BaseException]:
    """Walk the causes: requests nests the real reason (reset, refused, cut off) deep down."""
    seen: BaseException | None = exc
    visited: set[int] = set()
    while seen is not None and id(seen) not in visited:
        visited.add(id(seen))
        yield seen
        nested = seen.args[0] if seen.args and isinstance(seen.args[0], BaseException) else None
        seen = seen.__cause__ or seen.__context__ or nested


def is_transient(exc: BaseException) -> bool:
    """Tell whether a reset, refusal, timeout or lost connection may pass on a retry."""
    for seen in _chain(exc):
        name = type(seen).__name__
        if name == "RemoteDisconnected" or isinstance(seen, ConnectionResetError | TimeoutError):
            return True
        if name in _PERMANENT or "more than 100 headers" in str(seen):
            return False
    return True


def cause(exc: BaseException) -> str:
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
    for seen in _chain(exc):
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
    return None
