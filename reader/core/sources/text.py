"""Plain-text newsletters (placeholder on the `library` branch: the `text` branch replaces it).

Just enough for the library's tests: the first line is the issue title, each following block
of lines separated by a blank line is an item (first line title, rest summary, URL as link).
"""

from __future__ import annotations

import re

from reader.core.charset import decode
from reader.core.errors import ErrorKind, ReaderError
from reader.core.models import Issue, Item

_URL = re.compile(r"https?://\S+")


def decode_text(data: bytes) -> str:
    """Decode text bytes (BOM, declaration or detection)."""
    return decode(data).text


def parse_text(text: str, *, source: str = "") -> Issue:
    """Split plain text into an issue of items."""
    blocks = [b.strip() for b in re.split(r"\n\s*\n", text.replace("\r\n", "\n")) if b.strip()]
    if not blocks:
        raise ReaderError(ErrorKind.EMPTY, source)
    title, *rest = blocks[0].splitlines()
    if rest:
        blocks[0] = "\n".join(rest)
    else:
        blocks.pop(0)
    items = []
    for block in blocks:
        first, *lines = [line.strip() for line in block.splitlines()]
        match = _URL.search(block)
        summary = tuple(" ".join(ln for ln in lines if not _URL.fullmatch(ln)).split("\n"))
        items.append(
            Item(
                title=first,
                summary=summary if summary != ("",) else (),
                link=match.group(0) if match else None,
            )
        )
    return Issue(title=title.strip(), source=source).with_items(items)
