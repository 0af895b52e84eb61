""""Lees meer": fetch an item's link, keep the article's main text, cache it for offline reading."""

from __future__ import annotations

import logging
import re
import threading

from reader.core.errors import ErrorKind, ReaderError
from reader.core.library.rows import tidy_link
from reader.core.library.store import Article, Library
from reader.core.net.http.fetch import fetch
from reader.core.net.http.options import FetchOptions, FetchResult

log = logging.getLogger(__name__)

# Less main text than this is a cookie wall, a login page or a link list, not an article.
MIN_ARTICLE_CHARS = 200
_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)


def extract_article(result: FetchResult) -> tuple[str | None, str]:
    """Return (title, main text with blank lines between paragraphs) of a downloaded page."""
    mime = result.mime_type
    decoded = result.text().text
    if mime == "text/plain":
        text = decoded.strip()
        title = text.splitlines()[0] if text else None
    elif "html" in mime or "xml" in mime or "<html" in decoded[:2048].lower():
        import trafilatura  # heavy: only when the user asks for an article

        extracted = trafilatura.extract(
            decoded,
            url=result.final_url,
            output_format="txt",
            include_comments=False,
            include_tables=True,
            favor_precision=True,
        )
        lines = [" ".join(line.split()) for line in (extracted or "").splitlines()]
        text = "\n\n".join(line for line in lines if line)
        match = _TITLE.search(decoded[:65536])
        import html

        title = " ".join(html.unescape(match.group(1)).split()) if match else None
    else:
        raise ReaderError(ErrorKind.NO_ARTICLE, f"{result.url}: {mime or 'unknown type'}")
    if len(text) < MIN_ARTICLE_CHARS:
        raise ReaderError(ErrorKind.NO_ARTICLE, f"{result.url}: no main text found")
    return title or None, text


def read_more(
    library: Library,
    url: str,
    *,
    cancel: threading.Event | None = None,
    options: FetchOptions | None = None,
    refresh: bool = False,
) -> Article:
    """Return the article behind a link: from the library, else fetched, extracted and cached.

    Raises ReaderError NO_ARTICLE when the page holds no readable article (offer to open it
    in the browser instead), or NETWORK/TIMEOUT/HTTP/TOO_LARGE/UNSUPPORTED/CANCELLED.
    """
    if not refresh:
        cached = library.article(url)
        if cached is not None:
            return cached
    from reader.core.text.links import clean_link

    address = tidy_link(url)  # the cache key: the link as stored with its item
    # Fetched like a click in the browser: without redirect wrappers and trackers.
    result = fetch(clean_link(address) or address, cancel=cancel, options=options)
    title, text = extract_article(result)
    return library.writer.store_article(address, title, text)
