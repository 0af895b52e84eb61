"""Add a source by address or path: download once, tell what it is, store its first issues."""

from __future__ import annotations

import logging
import re
import threading
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from reader.core.errors import ErrorKind, ReaderError
from reader.core.library.rows import same_link
from reader.core.library.store import Library, SourceRow
from reader.core.net.http.fetch import fetch
from reader.core.net.http.options import FetchResult
from reader.core.net.refresh import RefreshOptions, SourceResult, refresh_source
from reader.core.sources.detect import SourceKind, detect_kind, read_feed
from reader.core.text.invisible import clean_text

log = logging.getLogger(__name__)

_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_LOOKS_LIKE_HOST = re.compile(r"^[\w-]+(\.[\w-]+)+(/\S*)?$")


@dataclass(frozen=True, slots=True)
class AddResult:
    """The source as stored and what its first refresh brought in."""

    source: SourceRow
    first_refresh: SourceResult


def normalise_address(text: str) -> tuple[str, Path | None]:
    """Return (address, local path or None): a path that exists, a file: URI, or a web address."""
    text = text.strip()
    try:
        urlsplit(text)
    except ValueError as exc:  # "http://[::1" and other addresses that cannot be read
        raise ReaderError(ErrorKind.UNSUPPORTED, f"{text}: not a valid address ({exc})") from exc
    if text.startswith("file:"):
        from urllib.request import url2pathname

        path = Path(url2pathname(urlsplit(text).path))
    else:
        path = Path(text).expanduser()
    if text.startswith("file:") or (not urlsplit(text).scheme and path.exists()):
        if not path.exists():
            raise ReaderError(ErrorKind.NOT_FOUND, str(path))
        return path.resolve().as_uri(), path.resolve()
    if not urlsplit(text).scheme and _LOOKS_LIKE_HOST.match(text):
        text = "https://" + text  # "vng.nl/nieuws" as typed in a browser
    if not urlsplit(text).scheme:
        raise ReaderError(ErrorKind.NOT_FOUND, text)
    return text, None  # as given: a feed proxy's ?url=… is part of its address


def guess_name(result: FetchResult, kind: SourceKind) -> str:
    """Name a new source after its feed or page title, else its address."""
    if kind is SourceKind.FEED:
        feed = read_feed(result.data, result.content_type, result.final_url)
        if feed is not None and clean_text(feed.title).strip():
            return " ".join(clean_text(feed.title).split())
    match = _TITLE.search(result.text().text[:65536])
    if match:
        import html

        title = " ".join(clean_text(html.unescape(match.group(1))).split())
        if title:
            return title[:120]
    parts = urlsplit(result.final_url)
    return (parts.hostname or "") + (parts.path.rstrip("/") or "")


def add_source(
    library: Library,
    address: str,
    *,
    name: str | None = None,
    cancel: threading.Event | None = None,
    options: RefreshOptions | None = None,
    password: str | None = None,
) -> AddResult:
    """Add a feed, web page, issue, file, folder or mailbox folder (imaps://user@host/Folder,
    with `password` or the keyring's); raises ReaderError when it cannot be read."""
    opts = options or RefreshOptions()
    from reader.core.mail.accounts import is_mail_address

    if is_mail_address(address):
        from reader.core.mail.mail_add import add_mail_source

        source_id = add_mail_source(library, address, name=name, password=password)
        first = refresh_source(library, source_id, cancel=cancel, options=opts)
        row = library.source(source_id)
        assert row is not None
        return AddResult(row, first)
    address, local = normalise_address(address)
    existing = library.find_source(address) or next(
        (s for s in library.sources() if same_link(s.address, address)), None)
    if existing is not None:
        log.info("%s is already a source", address)
        address = existing.address  # the same subscription, not a second one
    if local is not None:
        kind = SourceKind.FOLDER if local.is_dir() else SourceKind.FILE
        source_id = library.writer.add_source(name or local.stem or str(local), address, kind)
        first = refresh_source(library, source_id, cancel=cancel, options=opts)
        if kind is SourceKind.FILE and first.error is not None and existing is None:
            library.writer.remove_source(source_id)  # a file that cannot be read is no source
            raise first.error
    else:
        # Nothing is stored unless the address answers: a typo is reported, not subscribed.
        result = fetch(address, cancel=cancel, options=opts.fetch)
        kind = detect_kind(result.data, result.content_type, result.final_url)
        source_id = library.writer.add_source(name or guess_name(result, kind), address, kind)
        first = refresh_source(library, source_id, cancel=cancel, options=opts, fetched=result)
    row = library.source(source_id)
    assert row is not None
    return AddResult(row, first)
