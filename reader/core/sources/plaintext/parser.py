"""Plain-text newsletters (typed, or extracted from a PDF): find the items in the layout.

The text is cut into blocks at blank lines and at "Lees meer"/"Read more" lines. A block that
starts with one or two short lines without a final full stop opens an item: those lines are
its title, a short line under them is its theme, and what follows (in the block and in the
next blocks) is its summary, up to the "read more" line or the next title.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field
from pathlib import PurePath

from reader.core.errors import ErrorKind, ReaderError
from reader.core.models import Issue, Item
from reader.core.sources import rules
from reader.core.sources.plaintext.bullets import bullet_records
from reader.core.sources.plaintext.heads import HeadingReader
from reader.core.sources.plaintext.layout import (
    Block,
    Head,
    find_heads,
    first_url,
    is_footer,
    is_masthead,
    split_blocks,
    split_inner_titles,
)
from reader.core.sources.plaintext.sections import Section, mark_sections, resolve, unmarked
from reader.core.text.language import guess_language, item_language
from reader.core.text.repair import join_lines, vocabulary_of

log = logging.getLogger(__name__)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)
_NEWLINES = re.compile(r"\r\n?|[\f\v\u2028\u2029\x85]")


def decode_text(data: bytes) -> str:
    """Decode text bytes (BOM, UTF-8, else cp1252/latin-1) with plain \\n line ends."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            text = data[len(bom) :].decode(encoding, errors="replace")
            break
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            try:
                text = data.decode("cp1252")
            except UnicodeDecodeError:
                # cp1252 leaves five bytes undefined; latin-1 maps every byte.
                text = data.decode("latin-1")
    text = _NEWLINES.sub("\n", text.replace("\r\n", "\n"))
    return text.replace("\x00", "").replace("\t", "    ")


@dataclass
class _Draft:
    """An item being collected."""

    title: str
    category: str | None = None
    paragraphs: list[str] = field(default_factory=list[str])
    link: str | None = None
    closed: bool = False


@dataclass
class _Collector:
    """Walks the blocks and keeps the items found so far."""

    vocabulary: set[str]
    headings: HeadingReader
    drafts: list[_Draft] = field(default_factory=list[_Draft])
    preamble: list[str] = field(default_factory=list[str])
    trailer: list[str] = field(default_factory=list[str])
    current_section: str | None = None

    @property
    def current(self) -> _Draft | None:
        return self.drafts[-1] if self.drafts else None

    def paragraph(self, lines: list[str]) -> None:
        """Add body text to the open item, or keep it aside as intro or footer."""
        text = join_lines(lines, self.vocabulary)
        if not text:
            return
        item = self.current
        if item is None:
            self.preamble.append(text)
        elif item.closed:
            self.trailer.append(text)
        else:
            self.trailer.clear()
            item.paragraphs.append(text)

    def section(self, name: str) -> None:
        """A section heading: the items after it belong to it; text before them is its intro."""
        self.current_section = name
        if self.current is not None:
            self.current.closed = True

    def block(self, block: Block, head: Head | None) -> None:
        """Handle one block of lines, with the heading it starts with (if any)."""
        if block.read_more:
            if self.current is not None and not self.current.closed:
                self.current.closed = True
                self.current.link = self.current.link or block.link
            return
        if not block.lines:
            # A lone web address under an item (also right under its "read more") is its link.
            if block.link and self.current is not None and self.current.link is None:
                self.current.link = block.link
            return
        if head is None:
            self.paragraph(list(block.lines))
            return
        heading = self.headings.resolve(head.lines)
        title = join_lines(list(heading.title), self.vocabulary)
        theme = join_lines([heading.theme], self.vocabulary) if heading.theme else None
        self.drafts.append(_Draft(title=title, category=theme or self.current_section))
        self.trailer.clear()
        for para in (heading.rest, head.body):
            if para:
                self.paragraph(list(para))


def _items(collector: _Collector, language: str | None) -> list[Item]:
    items: list[Item] = []
    for number, draft in enumerate(collector.drafts):
        last = number == len(collector.drafts) - 1
        paragraphs = draft.paragraphs
        if last and not draft.closed:
            # Without a "read more" line the footer runs on after the last item.
            while paragraphs and is_footer(paragraphs[-1]):
                paragraphs = paragraphs[:-1]
        if not paragraphs and is_footer(draft.title):
            continue
        text = " ".join([draft.title, *paragraphs])
        items.append(
            Item(
                title=draft.title,
                category=draft.category,
                summary=tuple(paragraphs),
                link=draft.link,
                language=item_language(text, language),
            )
        )
    return items


def parse_text(text: str, *, source: str = "") -> Issue:
    """Split a plain-text newsletter into its items."""
    if not text.strip():
        raise ReaderError(ErrorKind.EMPTY, source)
    language = guess_language(text)
    issue_title = PurePath(source).stem if source else ""
    records = bullet_records(text) if rules.on("text.bullet_lists") else None
    if records:
        items = [Item(title=r.title, category=r.category, summary=r.summary, link=r.link,
                      language=item_language(" ".join((r.title, *r.summary)), language))
                 for r in records]
        return Issue(title=issue_title, source=source or None, language=language).with_items(
            items)
    vocabulary = vocabulary_of(text)
    marked = rules.on("text.section_lines")
    blocks = split_blocks(mark_sections(text) if marked else text, vocabulary)

    if blocks and is_masthead(blocks):
        issue_title = join_lines(list(blocks[0].lines))
        blocks = blocks[1:]

    blocks = split_inner_titles(blocks)
    parts = resolve(blocks, find_heads(unmarked(blocks))) if marked else list(blocks)
    blocks = [p for p in parts if isinstance(p, Block)]
    heads = find_heads(blocks)
    headings = HeadingReader(h.lines for h in heads if h is not None)
    collector = _Collector(vocabulary=vocabulary, headings=headings)
    head_of = {id(b): h for b, h in zip(blocks, heads, strict=True)}
    for part in parts:
        if isinstance(part, Section):
            collector.section(part.name)
        else:
            collector.block(part, head_of[id(part)])
    items = _items(collector, language)

    if not items:
        # No layout to go by: one item holding the whole text beats an empty reader.
        paragraphs = [p for p in (*collector.preamble, *collector.trailer) if p]
        if not paragraphs:
            raise ReaderError(ErrorKind.EMPTY, source)
        first = paragraphs[0]
        title = first if len(first) <= 80 else first[:80].rsplit(" ", 1)[0] + "…"
        items = [
            Item(title=title, summary=tuple(paragraphs), link=first_url(text), language=language)
        ]
    log.debug("%s: %d items, language %s", source or "text", len(items), language)
    return Issue(title=issue_title or "", source=source or None, language=language).with_items(
        items
    )
