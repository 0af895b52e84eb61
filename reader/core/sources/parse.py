"""Turn a newsletter file into an Issue, choosing the parser from the content."""

from __future__ import annotations

import logging
import stat
from pathlib import Path

from reader.core.errors import ErrorKind, ReaderError
from reader.core.models import Issue
from reader.core.sources.detect import detect_format

log = logging.getLogger(__name__)

MAX_INPUT_BYTES = 64 * 1024 * 1024


def read_input(path: str | Path) -> bytes:
    """Read a file for parsing, with errors the user can understand."""
    p = Path(path)
    try:
        if p.is_dir():
            raise ReaderError(ErrorKind.UNREADABLE, f"{p} is a folder")
        info = p.stat()
        if not stat.S_ISREG(info.st_mode):  # a device (/dev/zero), a FIFO, a socket
            raise ReaderError(ErrorKind.UNREADABLE, f"{p} is not a regular file")
        if info.st_size > MAX_INPUT_BYTES:
            raise ReaderError(ErrorKind.TOO_LARGE, f"{p} ({info.st_size // 1_000_000} MB)")
        with p.open("rb") as handle:  # the size can grow while reading: read at most the cap
            data = handle.read(MAX_INPUT_BYTES + 1)
        if len(data) > MAX_INPUT_BYTES:
            raise ReaderError(ErrorKind.TOO_LARGE, f"{p} (over {MAX_INPUT_BYTES // 1_000_000} MB)")
        return data
    except FileNotFoundError as exc:
        raise ReaderError(ErrorKind.NOT_FOUND, str(p)) from exc
    except PermissionError as exc:
        raise ReaderError(ErrorKind.UNREADABLE, f"{p}: permission denied") from exc
    except IsADirectoryError as exc:
        raise ReaderError(ErrorKind.UNREADABLE, f"{p} is a folder") from exc
    except OSError as exc:
        raise ReaderError(ErrorKind.UNREADABLE, f"{p}: {exc.strerror or exc}") from exc


def parse_bytes(data: bytes, *, name: str = "", base_url: str | None = None) -> Issue:
    """Parse newsletter bytes of any supported format into an Issue.

    Raises ReaderError for anything that cannot be read; never another exception.
    """
    if not data.strip():
        raise ReaderError(ErrorKind.EMPTY, name)
    kind = detect_format(data, name)
    log.debug("%s detected as %s", name, kind)
    from dataclasses import replace

    from reader.core.sources import budget

    try:
        with budget.limits(name) as limits:
            issue = _dispatch(kind, data, name, base_url)
            items = budget.cap(issue.items)
        note = limits.note(len(items))
        if note:
            log.info("%s: %s", name, note)
            issue = replace(issue.with_items(items), meta=(*issue.meta, ("truncated", note)))
        from reader.core.text.invisible import clean_issue

        return clean_issue(issue)
    except ReaderError:
        raise
    except (RecursionError, MemoryError) as exc:
        raise ReaderError(ErrorKind.TOO_LARGE, f"{name}: too deeply nested or too big") from exc
    except Exception as exc:  # a parser bug: logged as one, never blamed on the file
        log.exception("bug: parsing %s as %s raised %s", name, kind, type(exc).__name__)
        raise ReaderError(ErrorKind.BUG, f"{name} ({kind}: {type(exc).__name__})") from exc


def _dispatch(kind: str, data: bytes, name: str, base_url: str | None) -> Issue:
    if kind == "pdf":
        from reader.core.sources.pdf.parser import parse_pdf

        return parse_pdf(data, source=name)
    if kind == "email":
        from reader.core.sources.email import parse_email

        return parse_email(data, source=name, base_url=base_url)
    if kind == "feed":
        from reader.core.sources.feed import parse_feed

        return parse_feed(data, source=name, base_url=base_url)
    if kind == "jsonfeed":
        from reader.core.sources.feed import parse_json_feed

        return parse_json_feed(data, source=name, base_url=base_url)
    if kind == "html":
        from reader.core.sources.html.parser import parse_html

        return parse_html(data, source=name, base_url=base_url)
    from reader.core.sources.plaintext import parser as text

    return text.parse_text(text.decode_text(data), source=name)


def parse_file(path: str | Path) -> Issue:
    """Parse a newsletter file into an Issue."""
    p = Path(path)
    return parse_bytes(read_input(p), name=p.name, base_url=None)
