"""Text a newsletter sends may carry invisible characters that do harm: C0 control
characters (common in text taken from PDFs) break DOCX export and confuse screen readers,
and bidi overrides (U+202A–U+202E, U+2066–U+2069) can make a title or a source name read
as something else ("txt.exe" shown as "exe.txt"). They are removed; the text stays.
"""

from __future__ import annotations

import re
from dataclasses import replace

from reader.core.models import Issue, Item

# C0 controls except tab, line feed and carriage return; DEL; C1 controls; bidi embeddings,
# overrides and isolates. Marks (LRM, RLM) stay: they only nudge, never reorder.
_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def clean_text(text: str) -> str:
    """Return text without control characters and bidi overrides."""
    return _UNSAFE.sub("", text) if text else text


def clean_optional(text: str | None) -> str | None:
    """clean_text for optional fields."""
    return None if text is None else clean_text(text)


def clean_item(item: Item) -> Item:
    """Return an item whose title, theme and paragraphs hold no unsafe characters."""
    return replace(item, title=clean_text(item.title), category=clean_optional(item.category),
                   summary=tuple(clean_text(p) for p in item.summary))


def clean_issue(issue: Issue) -> Issue:
    """Return an issue whose title, source and items hold no unsafe characters."""
    return replace(issue, title=clean_text(issue.title), source=clean_optional(issue.source),
                   items=tuple(clean_item(it) for it in issue.items))
