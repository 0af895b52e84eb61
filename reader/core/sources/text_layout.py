"""Layout rules for plain-text newsletters: blocks, read-more lines, titles, themes, footers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core.textclean import clean_line, fix_letter_spacing, vocabulary_of

_URL = re.compile(r"(?:https?://|www\.)[^\s<>\"')\]]+", re.IGNORECASE)
_URL_LINE = re.compile(r"^[<(\[]?(?:https?://|www\.)\S+?[>)\]]?$", re.IGNORECASE)
_READ_MORE = re.compile(
    r"^[\W_]*(?:lees\s+(?:meer|verder|het\s+(?:hele\s+|volledige\s+)?(?:artikel|bericht))"
    r"|meer\s+lezen|verder\s+lezen|read\s+(?:more|on|the\s+full\s+(?:story|article|post))"
    r"|continue\s+reading|full\s+story)\b(?P<rest>.*)$",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^(?:[-*•·▪◦–—]\s|\d{1,2}[.)]\s)")
_FOOTER = re.compile(
    r"afmelden|uitschrijven|unsubscribe|proclaimer|disclaimer|privacy\s*(?:statement|policy"
    r"|verklaring)|verzonden\s+(?:door|aan)|this\s+(?:e-?mail|message|newsletter)\s+was\s+sent"
    r"|you\s+(?:are\s+receiving|received)\s+this|copyright|©|alle\s+rechten|all\s+rights"
    r"|view\s+(?:it\s+|this\s+\w+\s+)?in\s+(?:your\s+)?browser|webversie|manage\s+(?:your\s+)?"
    r"(?:preferences|subscription)",
    re.IGNORECASE,
)
_MASTHEAD = re.compile(
    r"nieuwsbrief|newsletter|bulletin|digest|weekly|weekbericht|editie|edition|\bissue\b"
    r"|\bnr\.?\s*\d|#\s?\d|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b"
    r"|\b\d{1,2}\s+(?:jan|feb|maa|mrt|apr|mei|may|jun|jul|aug|sep|okt|oct|nov|dec)\w*\s+\d{4}",
    re.IGNORECASE,
)
# Words a wrapped title line can end on; the next line then continues the title.
_CONNECTORS = frozenset(
    str.split(
        "met van de het een en voor in op aan bij tot naar over uit door te of om als the a "
        "an and of for to in on with at by from or as about into"
    )
)
_SENTENCE_END = (".", ",", ";")

MAX_TITLE_CHARS = 120
MAX_TITLE_WORDS = 18
MAX_THEME_CHARS = 60
MAX_THEME_WORDS = 8
# A line this close to the text's wrap width was broken by wrapping, so it is no title.
FULL_LINE_SHARE = 0.8


@dataclass(frozen=True, slots=True)
class Block:
    """Lines between blank lines, or one "read more" line (with its link, if any)."""

    lines: tuple[str, ...] = ()
    read_more: bool = False
    link: str | None = None


@dataclass(frozen=True, slots=True)
class Head:
    """The start of an item: title lines, theme, then body paragraphs (each a list of lines)."""

    title: tuple[str, ...]
    theme: str | None
    body: tuple[tuple[str, ...], ...]


def first_url(text: str) -> str | None:
    """Return the first web address in the text, without trailing punctuation."""
    match = _URL.search(text)
    if not match:
        return None
    url = match.group().rstrip(".,;:!?")
    return url if url.lower().startswith("http") else "https://" + url


def read_more_link(line: str) -> tuple[bool, str | None]:
    """Tell whether a line is a "Lees meer"/"Read more" marker, and the link it carries."""
    match = _READ_MORE.match(line.strip())
    if not match:
        return False, None
    rest = match.group("rest")
    link = first_url(rest)
    leftover = _URL.sub("", rest)
    if re.search(r"\w", leftover):
        return False, None  # "Lees meer over het plan in de bijlage" is a sentence
    return True, link


def split_blocks(text: str) -> list[Block]:
    """Cut the text into blocks at blank lines, read-more lines and lone web addresses."""
    blocks: list[Block] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            blocks.append(Block(lines=tuple(current)))
            current.clear()

    vocabulary = vocabulary_of(text)
    for raw in text.split("\n"):
        line = fix_letter_spacing(clean_line(raw), vocabulary).strip()
        if not line:
            flush()
            continue
        is_marker, link = read_more_link(line)
        if is_marker:
            flush()
            blocks.append(Block(read_more=True, link=link))
        elif _URL_LINE.match(line):
            flush()
            blocks.append(Block(link=first_url(line)))
        else:
            current.append(line)
    flush()
    return blocks


def _first_word(line: str) -> str:
    parts = line.split(None, 1)
    return parts[0] if parts else ""


def wrap_width(blocks: list[Block]) -> int | None:
    """Estimate the width the body text was wrapped at, or None if it seems unwrapped."""
    spans = sorted(
        len(line) + 1 + len(_first_word(nxt))
        for block in blocks
        for line, nxt in zip(block.lines, block.lines[1:], strict=False)
    )
    if len(spans) < 5:
        return None
    return spans[int(0.9 * (len(spans) - 1))]


def _is_full(line: str, nxt: str, width: int | None) -> bool:
    if not width:
        return False
    return len(line) + 1 + len(_first_word(nxt)) >= FULL_LINE_SHARE * width


def _first_letter(line: str) -> str:
    for ch in line:
        if ch.isalnum():
            return ch
    return ""


def starts_title(line: str) -> bool:
    """Tell whether a line can open a title: a capital or a digit first."""
    ch = _first_letter(line)
    return bool(ch) and (ch.isupper() or ch.isdigit()) and not _BULLET.match(line)


def starts_lower(line: str) -> bool:
    """Tell whether a line goes on with a lower-case word (it continues the line before)."""
    ch = line[:1]
    return ch.isalpha() and ch.islower()


def heading_like(line: str) -> bool:
    """Tell whether a line could be (part of) a title or theme: short, no final full stop."""
    words = line.split()
    return (
        0 < len(line) <= MAX_TITLE_CHARS
        and len(words) <= MAX_TITLE_WORDS
        and not line.endswith(_SENTENCE_END)
        and not _BULLET.match(line)
        and not _URL_LINE.match(line)
        and any(ch.isalpha() for ch in line)
    )


def _continues_title(previous: str, line: str) -> bool:
    if starts_lower(line):
        return True
    if previous.endswith(("-", ":", "–", "&", "/")):
        return True
    last = previous.split()[-1].casefold() if previous.split() else ""
    return last in _CONNECTORS


def _is_theme(line: str) -> bool:
    return (
        len(line) <= MAX_THEME_CHARS and len(line.split()) <= MAX_THEME_WORDS and starts_title(line)
    )


def _make_head(head: list[str], body: list[str]) -> Head:
    title = [head[0]]
    i = 1
    while i < len(head) and _continues_title(title[-1], head[i]):
        title.append(head[i])
        i += 1
    theme = None
    if i < len(head) and _is_theme(head[i]):
        theme = head[i]
        i += 1
    paragraphs = [tuple(head[i:])] if head[i:] else []
    if body:
        paragraphs.append(tuple(body))
    return Head(title=tuple(title), theme=theme, body=tuple(paragraphs))


def split_head(lines: list[str], width: int | None) -> Head | None:
    """Return the title, theme and body a block starts with, or None for a body paragraph."""
    if not lines or not heading_like(lines[0]) or not starts_title(lines[0]):
        return None
    n = len(lines)
    if (
        n <= 3
        and all(heading_like(line) for line in lines)
        and not lines[-1].endswith(":")
        and not (n >= 2 and starts_lower(lines[1]) and _is_full(lines[0], lines[1], width))
    ):
        return _make_head(lines, [])
    # A title directly above its text: short lines, then a line that opens a paragraph.
    for k in range(min(3, n - 1), 0, -1):
        head = lines[:k]
        if (
            all(heading_like(line) for line in head)
            and not head[-1].endswith(":")
            and not any(_is_full(lines[j], lines[j + 1], width) for j in range(k))
            and not starts_lower(lines[k])
        ):
            return _make_head(head, lines[k:])
    return None


def is_footer(text: str) -> bool:
    """Tell whether a short text is a newsletter footer (sender, unsubscribe, disclaimer)."""
    return len(text) <= 400 and bool(_FOOTER.search(text))


def is_masthead(blocks: list[Block]) -> bool:
    """Tell whether the first block names the newsletter (name, number, date), not an item."""
    first = blocks[0]
    if first.read_more or not first.lines or len(first.lines) > 2:
        return False
    text = " ".join(first.lines)
    if not all(heading_like(line) for line in first.lines) or not _MASTHEAD.search(text):
        return False
    nxt = next((b for b in blocks[1:] if b.lines), None)
    return nxt is None or split_head(list(nxt.lines), None) is not None or len(text.split()) <= 6
