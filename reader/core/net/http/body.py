"""Read a response body under the size cap, undoing gzip/deflate a bounded step at a time.

A decompression bomb stops at the cap (or at `max_ratio`), never in memory; a server that
trickles the body is cut off at the download's deadline.
"""

from __future__ import annotations

import threading
import time
import zlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

from reader.core.errors import ErrorKind, ReaderError
from reader.core.net.http.failures import (
    TransientError,
    check_cancel,
    network_failure,
    past_deadline,
)
from reader.core.net.http.options import Request

if TYPE_CHECKING:
    import requests

CHUNK = 64 * 1024


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
            piece = self._zlib.decompress(chunk, CHUNK)
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
            yield self._zlib.decompress(self._zlib.unconsumed_tail, CHUNK)
        if self._gzip and self._zlib.eof and self._zlib.unused_data:
            yield from self.feed(b"")


def read_body(resp: requests.Response, request: Request, deadline: float) -> bytes:
    """Read the body; at the deadline a watchdog closes the response, so even a server
    that sends one byte every few seconds is cut off on time."""
    url, opts = request.url, request.options
    left = deadline - time.monotonic()
    if left <= 0:
        raise past_deadline(url, opts)
    expired = threading.Event()

    def cut_off() -> None:
        expired.set()
        resp.close()

    watchdog = threading.Timer(left, cut_off)
    watchdog.daemon = True
    watchdog.start()
    try:
        data = _read_body_until(resp, request)
        if expired.is_set():  # closed under it: what arrived is not the whole body
            raise past_deadline(url, opts)
        return data
    except (ReaderError, TransientError, OSError, ValueError, AttributeError):
        if expired.is_set():
            raise past_deadline(url, opts) from None
        raise
    finally:
        watchdog.cancel()


def _read_body_until(resp: requests.Response, request: Request) -> bytes:
    from urllib3.exceptions import HTTPError as Urllib3Error
    from urllib3.exceptions import ReadTimeoutError

    url, opts = request.url, request.options
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
            chunk = resp.raw.read1(CHUNK, decode_content=False)
            check_cancel(request.cancel, url)
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
            if request.progress is not None:
                request.progress(raw_total if encoding else total, expected)
    except ReadTimeoutError as exc:
        raise ReaderError(ErrorKind.TIMEOUT, f"{url}: the body stopped arriving") from exc
    except (Urllib3Error, OSError) as exc:  # a protocol error, a lost or reset connection
        raise network_failure(url, exc) from exc
    return b"".join(parts)
