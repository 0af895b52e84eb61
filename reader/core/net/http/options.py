"""What a download may do, what it asks and what it gives: options, request and result."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from reader import __version__
from reader.core.text import charset

Progress = Callable[[int, "int | None"], None]
"""progress(bytes_received, bytes_expected_or_None), called from the fetching thread."""
Waiting = Callable[[str, float], None]
"""waiting(url, seconds): a retry waits this long (a server's Retry-After, or a back-off)."""

USER_AGENT = f"Helder/{__version__} (accessible newsletter reader; no tracking)"
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
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


@dataclass(frozen=True, slots=True)
class Request:
    """One download as `fetch` hands it to each step: address, limits, validators, hooks.

    `stay_on`: an automatic follow-up fetch may be redirected only within this address's
    own site (never to a router, an intranet or localhost the source does not live on).
    """

    url: str
    options: FetchOptions
    cancel: threading.Event | None = None
    progress: Progress | None = None
    # The validators of the copy the caller holds: with them a server may answer 304.
    etag: str | None = None
    last_modified: str | None = None
    stay_on: str | None = None

    def headers(self) -> dict[str, str]:
        """Return the request headers: who asks, what it takes, and the validators."""
        headers = {
            "User-Agent": self.options.user_agent,
            "Accept": "application/rss+xml, application/atom+xml, application/feed+json, "
            "application/xml;q=0.9, text/html;q=0.9, text/plain;q=0.8, */*;q=0.5",
            "Accept-Encoding": "gzip, deflate",  # decoded here, with a bomb guard
            "Accept-Language": "nl, en;q=0.8",
        }
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers
