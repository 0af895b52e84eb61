"""One try at a download: the GET, each redirect checked and followed, the answer read.

Redirects are followed here, not by requests, so every hop is checked: http(s) only, a hop
limit, and for a follow-up fetch (`Request.stay_on`) the same site.
"""

from __future__ import annotations

import logging
import time
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from reader.core.errors import ErrorKind, ReaderError
from reader.core.net.http.body import read_body
from reader.core.net.http.failures import (
    TransientError,
    cause,
    is_transient,
    past_deadline,
    retry_after,
)
from reader.core.net.http.options import FetchResult, Request
from reader.core.text.links import same_site

if TYPE_CHECKING:
    import requests

log = logging.getLogger(__name__)

_TRANSIENT_STATUS = frozenset({408, 429, 500, 502, 503, 504})
_REDIRECT_STATUS = frozenset({301, 302, 303, 307, 308})


def check_scheme(url: str, origin: str) -> None:
    """Refuse an address (or a redirect from `origin` to one) that is not http(s)."""
    parts = urlsplit(url)
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        if url == origin:
            raise ReaderError(ErrorKind.UNSUPPORTED, f"{url}: only http and https addresses")
        raise ReaderError(ErrorKind.UNSUPPORTED, f"{origin}: redirected to {url}, not http(s)")


def fetch_once(sess: requests.Session, request: Request, deadline: float) -> FetchResult:
    """Make one try, following redirects; raise `TransientError` when a retry may help."""
    url, opts = request.url, request.options
    headers = request.headers()
    current = url
    for _hop in range(opts.max_redirects + 1):
        left = deadline - time.monotonic()
        if left <= 0:
            raise past_deadline(url, opts)
        resp = _get(sess, current, headers, request, left)
        with resp:
            status = resp.status_code
            if status in _REDIRECT_STATUS:
                current = _redirect_target(resp, current, request)
                continue
            if status == 304:
                return FetchResult(
                    url, current, status, b"",
                    content_type=resp.headers.get("content-type"),
                    etag=resp.headers.get("etag") or request.etag,
                    last_modified=resp.headers.get("last-modified") or request.last_modified,
                    not_modified=True,
                )
            if status >= 400:
                error = ReaderError(ErrorKind.HTTP, f"{url}: HTTP {status} {resp.reason or ''}")
                if status in _TRANSIENT_STATUS:
                    raise TransientError(error, retry_after(resp.headers.get("retry-after")))
                raise error
            data = read_body(resp, request, deadline)
            return FetchResult(
                url, current, status, data,
                content_type=resp.headers.get("content-type"),
                etag=resp.headers.get("etag"),
                last_modified=resp.headers.get("last-modified"),
            )
    raise ReaderError(ErrorKind.HTTP, f"{url}: more than {opts.max_redirects} redirects")


def _get(sess: requests.Session, address: str, headers: dict[str, str], request: Request,
         left: float) -> requests.Response:
    """Send the GET for one hop; the body is read later, streamed."""
    import requests

    url, opts = request.url, request.options
    try:
        return sess.get(
            address,
            headers=headers,
            stream=True,
            allow_redirects=False,
            timeout=(min(opts.connect_timeout, left), min(opts.read_timeout, left)),
        )
    except requests.exceptions.ConnectTimeout as exc:
        raise TransientError(ReaderError(ErrorKind.TIMEOUT, f"{url}: no connection")) from exc
    except requests.exceptions.ReadTimeout as exc:
        raise ReaderError(ErrorKind.TIMEOUT, f"{url}: no answer in time") from exc
    except requests.exceptions.InvalidURL as exc:
        raise ReaderError(ErrorKind.UNSUPPORTED, f"{url}: invalid address") from exc
    except (
        requests.exceptions.ConnectionError,
        requests.exceptions.ChunkedEncodingError,
    ) as exc:
        error = ReaderError(ErrorKind.NETWORK, f"{url}: {cause(exc)}")
        if is_transient(exc):
            raise TransientError(error) from exc
        raise error from exc
    except requests.exceptions.RequestException as exc:
        raise ReaderError(ErrorKind.NETWORK, f"{url}: {cause(exc)}") from exc


def _redirect_target(resp: requests.Response, current: str, request: Request) -> str:
    """Return where a redirect leads, once it is known to be an address we may follow."""
    url = request.url
    location = resp.headers.get("location", "").strip()
    if not location:  # a redirect to nowhere is no page to store
        raise ReaderError(ErrorKind.HTTP, f"{url}: HTTP {resp.status_code} without a "
                                          "new address")
    try:
        target = urljoin(current, location)
    except ValueError as exc:
        raise ReaderError(ErrorKind.HTTP, f"{url}: redirected to a broken "
                                          "address") from exc
    check_scheme(target, url)
    if request.stay_on is not None and not same_site(target, request.stay_on):
        raise ReaderError(ErrorKind.UNSUPPORTED, f"{url}: redirected to another "
                                                 f"site ({target}), not followed")
    log.debug("%s redirects to %s", current, target)
    return target
