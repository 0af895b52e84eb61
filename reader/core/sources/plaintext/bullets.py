"""Plain-text newsletters written as a bullet list: digests, link roundups, event lists.

Many text mailings (mailing-list digests, "this week in X", the text part of link newsletters)
are one nested list: top bullets ending in ":" are sections, the bullets under them are the
items, and deeper bullets belong to the item above them. An item line carries its title and
link as `[Title] (<url>)`, `[Title](url)`, `Title <url> rest` or `name <url>: description`.
Section lines may also be set apart as headings (upper case, underlined, or ending in ":").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.core.sources.cues import ignore_case

_BULLET = re.compile(r"^(?P<indent>[ \t]*)(?:[-*+•·▪◦‣‒–—]|\d{1,3}[.)])[ \t]+(?P<text>\S.*)$")
# [Title] (<url>), [Title](url) and [Title] (url): Markdown-ish links of text mailings.
_BRACKET_LINK = re.compile(r"\[(?P<title>[^\[\]]+)\]\s?\(<?(?P<url>(?:https?://|mailto:)[^\s>)]+)>?\)")
_URL = re.compile(r"<(?P<url>https?://[^\s<>]+)>|(?P<bare>https?://[^\s<>]+?)(?=[\s,;)]|[.:]?$|[.:]\s)")
_RULE_LINE = re.compile(r"^\s*([-=~*_#+])\1{2,}\s*$")
_EMPTY_PARENS = re.compile(r"\(\s*[,;\s]*\)")
_READ_MORE = ignore_case(r"\s*\b(lees meer|lees verder|read more|more|meer|lire la suite|"
                         r"weiterlesen|mehr)\s*[:>»→]*\s*$")

# A list is the layout of the issue when at least this share of its lines are list lines.
MIN_LIST_SHARE = 0.5
MIN_BULLETS = 4
# An item line without a link longer than this has a title and a text: cut at the first stop.
MAX_TITLE_WORDS = 16


@dataclass
class Node:
    """One bullet with its continuation lines and the bullets nested under it."""

    indent: int
    text: str
    children: list[Node] = field(default_factory=list["Node"])
    more: list[str] = field(default_factory=list[str])  # its indented continuation lines
    section: str | None = None  # the section heading (a line outside the list) above it


@dataclass(frozen=True, slots=True)
class Record:
    """An item found in the list."""

    title: str
    link: str | None
    summary: tuple[str, ...]
    category: str | None


def _heading(line: str, following: str | None) -> str | None:
    """A non-bullet line that names a section: ends in ':', is upper case, or is underlined."""
    text = line.strip()
    if not text or len(text.split()) > 10:
        return None
    if following is not None and _RULE_LINE.match(following):
        return text
    if text.endswith(":") or (text.isupper() and len(text) > 3):
        return text.rstrip(":").strip()
    return None


def _tree(lines: list[str]) -> tuple[list[Node], int, int]:
    """Build the bullet tree; return roots, how many lines are list lines, and non-blank lines."""
    roots: list[Node] = []
    stack: list[Node] = []
    in_list = nonblank = 0
    section: str | None = None
    previous_blank = True
    for n, raw in enumerate(lines):
        line = raw.expandtabs(4).rstrip()
        if not line.strip():
            previous_blank = True
            continue
        nonblank += 1
        match = _BULLET.match(line)
        if match and not _RULE_LINE.match(line):
            indent = len(match.group("indent"))
            node = Node(indent, match.group("text").strip(), section=section)
            while stack and stack[-1].indent >= indent:
                stack.pop()
            (stack[-1].children if stack else roots).append(node)
            stack.append(node)
            in_list += 1
        elif stack and not previous_blank and len(line) - len(line.lstrip()) > stack[-1].indent:
            stack[-1].more.append(line.strip())  # a wrapped bullet goes on, indented
            in_list += 1
        elif _RULE_LINE.match(line):
            pass
        else:
            following = lines[n + 1] if n + 1 < len(lines) else None
            section = _heading(line, following) or (None if previous_blank else section)
            stack = []
        previous_blank = False
    return roots, in_list, nonblank


def _without_links(text: str) -> str:
    """The text with its [label] (<url>) links and bare addresses taken out."""
    text = _BRACKET_LINK.sub("", text)
    text = _URL.sub("", text)
    return " ".join(_EMPTY_PARENS.sub("", text).split())


def _is_section(node: Node) -> bool:
    if not node.children:
        return False
    bare = _without_links(node.text)
    return bare.endswith(":") or (bare == node.text and len(bare.split()) <= 8)


def _rest(text: str) -> str:
    """What follows a title: discussion links dropped, separators trimmed."""
    return _without_links(text).strip(" -–—:;,")


def split_record(text: str) -> tuple[str, str | None, str]:
    """Return (title, link, rest) of one item line."""
    match = _BRACKET_LINK.match(text)
    if match:
        return match.group("title").strip(), match.group("url"), _rest(text[match.end():])
    url = _URL.search(text)
    link = (url.group("url") or url.group("bare")) if url else None
    if url and url.start() > 0:  # "Title <url> when", "name <url>: what it is"
        before, after = text[:url.start()].strip(), text[url.end():].strip()
        return before.rstrip(" :-–—"), link, _rest(after)
    bare = _without_links(text)
    words = bare.split()
    if len(words) <= MAX_TITLE_WORDS:
        return bare, link, ""
    cut = re.search(r"(?<=[^\W\d_]{2})[.:!?](?=\s)|\s[–—-]\s", bare)
    if cut and len(bare[:cut.start()].split()) <= MAX_TITLE_WORDS * 2:
        return bare[:cut.end()].strip(" -–—:"), link, bare[cut.end():].strip()
    return " ".join(words[:MAX_TITLE_WORDS]) + "…", link, bare


def _flatten(node: Node) -> list[str]:
    out: list[str] = []
    for child in node.children:
        title, _, rest = split_record(" ".join([child.text, *child.more]))
        out.append(f"{title} {rest}".strip())
        out.extend(_flatten(child))
    return out


def _collect(nodes: list[Node], category: str | None, out: list[Record]) -> None:
    for node in nodes:
        if _is_section(node):
            _collect(node.children, _without_links(node.text).rstrip(":").strip(), out)
            continue
        if node.more and not _URL.search(node.text) and not _BRACKET_LINK.search(node.text) and (
                len(node.text.split()) <= MAX_TITLE_WORDS and not node.text.endswith(",")):
            # "1. Title" with its text on the indented lines under it
            body = " ".join(node.more)
            url = _URL.search(body)
            link = (url.group("url") or url.group("bare")) if url else None
            title, rest = node.text.rstrip(" :"), _READ_MORE.sub("", _without_links(body)).strip()
        else:
            title, link, rest = split_record(" ".join([node.text, *node.more]))
        if not title:
            continue
        summary = tuple(p for p in (rest, *_flatten(node)) if p)
        out.append(Record(title, link, summary, category or node.section))


def bullet_records(text: str) -> list[Record] | None:
    """The items of a text laid out as a bullet list, or None when the text is not a list."""
    roots, in_list, nonblank = _tree(text.split("\n"))
    if in_list < MIN_BULLETS or in_list < MIN_LIST_SHARE * nonblank:
        return None
    records: list[Record] = []
    _collect(roots, None, records)
    return records if len(records) >= MIN_BULLETS // 2 else None
