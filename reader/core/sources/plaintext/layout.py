"""Layout rules for plain-text newsletters: blocks, read-more lines, titles, themes, footers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core.sources import rules
from reader.core.sources.cues import ignore_case
from reader.core.text.repair import clean_line, fix_letter_spacing, vocabulary_of

_URL = ignore_case(r"(?:https?://|www\.)[^\s<>\"')\]]+")
_URL_LINE = ignore_case(r"^[<(\[]?(?:https?://|www\.)\S+?[>)\]]?$")
_READ_MORE = ignore_case(
    r"^[\W_]*(?:lees\s+(?:meer|verder|het\s+(?:hele\s+|volledige\s+)?(?:artikel|bericht))"
    r"|meer\s+lezen|verder\s+lezen|read\s+(?:more|on|the\s+full\s+(?:story|article|post))"
    r"|continue\s+reading|full\s+story)\b(?P<rest>.*)$",
)
# "... kunnen toepassen. Lees meer >": a marker glued to the end of the last sentence.
_TRAILING_READ_MORE = ignore_case(
    r"^(?P<body>.*[.!?…)])\s+(?P<marker>(?:lees\s+meer|lees\s+verder|read\s+more)\W*)$",
)
_BULLET = re.compile(r"^(?:[-*•·▪◦–—]\s|\d{1,2}[.)]\s)")
_FOOTER = ignore_case(
    r"afmelden|uitschrijven|unsubscribe|proclaimer|disclaimer|privacy\s*(?:statement|policy"
    r"|verklaring)|verzonden\s+(?:door|aan)|this\s+(?:e-?mail|message|newsletter)\s+was\s+sent"
    r"|you\s+(?:are\s+receiving|received)\s+this|copyright|©|alle\s+rechten|all\s+rights"
    r"|view\s+(?:it\s+|this\s+\w+\s+)?in\s+(?:your\s+)?browser|webversie|manage\s+(?:your\s+)?"
    r"(?:preferences|subscription)",
)
_MASTHEAD = ignore_case(
    r"nieuwsbrief|newsletter|bulletin|digest|weekly|weekbericht|editie|edition|\bissue\b"
    r"|\bnr\.?\s*\d|#\s?\d|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b"
    r"|\b\d{1,2}\s+(?:jan|feb|maa|mrt|apr|mei|may|jun|jul|aug|sep|okt|oct|nov|dec)\w*\s+\d{4}",
)
_SENTENCE_END = (".", ",", ";")
_CLOSERS = ")]}\"'’”»"
# "gemeenten. (Recentelijk": a sentence ends inside the line, so it is body text.
_SENTENCE_BREAK = re.compile(r"[^\W\d_]{3,}[.!?][\"'’”)]*\s+[\"'‘“(]*[^\W\d_]")

MAX_TITLE_CHARS = 120
MAX_TITLE_WORDS = 18
# A line this close to the text's wrap width was broken by wrapping, so it is no title.
FULL_LINE_SHARE = 0.9
# Lines a title and its theme take above the text; one more when set apart by blank lines.
MAX_HEAD_LINES = 4


@dataclass(frozen=True, slots=True)
class Block:
    """Lines between blank lines, or one "read more" line (with its link, if any)."""

    lines: tuple[str, ...] = ()
    read_more: bool = False
    link: str | None = None


@dataclass(frozen=True, slots=True)
class Head:
    """The start of an item: its heading lines (title, maybe a theme) and the lines below."""

    lines: tuple[str, ...]
    body: tuple[str, ...] = ()


def first_url(text: str) -> str | None:
    """Return the first web address in the text, without trailing punctuation."""
    match = _URL.search(text)
    if not match:
        return None
    url = match.group().rstrip(".,;:!?")
    return url if url.lower().startswith("http") else "https://" + url


def read_more_link(line: str) -> tuple[bool, str | None]:
    """Tell whether a line is a "Lees meer"/"Read more" marker, and the link it carries."""
    match = _READ_MORE.match(line.strip()) if rules.on("text.read_more") else None
    if not match:
        return False, None
    rest = match.group("rest")
    link = first_url(rest)
    leftover = _URL.sub("", rest)
    if re.search(r"\w", leftover):
        return False, None  # "Lees meer over het plan in de bijlage" is a sentence
    return True, link


def split_blocks(text: str, vocabulary: set[str] | None = None) -> list[Block]:
    """Cut the text into blocks at blank lines, read-more lines and lone web addresses."""
    blocks: list[Block] = []
    current: list[str] = []

    def flush() -> None:
        if current:
            blocks.append(Block(lines=tuple(current)))
            current.clear()

    if vocabulary is None:
        vocabulary = vocabulary_of(text)
    for raw in text.split("\n"):
        line = fix_letter_spacing(clean_line(raw), vocabulary).strip()
        if not line:
            flush()
            continue
        glued = _TRAILING_READ_MORE.match(line) if rules.on("text.read_more") else None
        if glued:
            current.append(glued.group("body"))
            flush()
            blocks.append(Block(read_more=True))
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
    """Estimate the width the body text was wrapped at, or None for too little text."""
    lengths = sorted(len(line) for block in blocks for line in block.lines)
    if len(lengths) < 5:
        return None
    # Body lines outnumber titles, so a high percentile is the body's wrap width.
    return lengths[int(0.95 * (len(lengths) - 1))]


def _is_full(line: str, nxt: str, width: int | None) -> bool:
    """Tell whether a line was broken only because the next word did not fit."""
    if not width or len(line) > width:
        return False  # wider than the body text: a title set on its own line
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
        and not line.rstrip(_CLOSERS).endswith(_SENTENCE_END)
        and not _SENTENCE_BREAK.search(line)
        and not _BULLET.match(line)
        and not _URL_LINE.match(line)
        and any(ch.isalpha() for ch in line)
    )


def split_head(lines: list[str], width: int | None, *, relaxed: bool = False) -> Head | None:
    """Return the title, theme and body a block starts with, or None for a body paragraph.

    Relaxed, a title may be as long as a line of text: for issues whose blocks all start
    with a title right above the text.
    """
    if not lines or not heading_like(lines[0]) or not starts_title(lines[0]):
        return None
    n = len(lines)
    if (
        n <= MAX_HEAD_LINES + 1
        and all(heading_like(line) for line in lines)
        and not lines[-1].endswith(":")
    ):
        return Head(lines=tuple(lines))
    # A title directly above its text: short lines, then a line that opens a paragraph.
    for k in range(min(MAX_HEAD_LINES, n - 1), 0, -1):
        head = lines[:k]
        if (
            all(heading_like(line) for line in head)
            and not head[-1].endswith(":")
            and (relaxed or not any(_is_full(lines[j], lines[j + 1], width) for j in range(k)))
            and not starts_lower(lines[k])
        ):
            return Head(lines=tuple(head), body=tuple(lines[k:]))
    return None


def _ends_sentence(line: str) -> bool:
    return line.rstrip(_CLOSERS).endswith((".", "!", "?", ":", "…"))


def _opens_text(line: str, width: int) -> bool:
    """Tell whether a line reads as the start of running text (not a list or a label)."""
    return starts_title(line) and (len(line) >= 0.7 * width or _ends_sentence(line))


def _inner_title_at(lines: tuple[str, ...], i: int, width: int) -> bool:
    """Tell whether a title starts at line i, between a finished paragraph and new text."""
    line = lines[i]
    if not heading_like(line) or not starts_title(line) or len(line) >= 0.7 * width:
        return False
    # What comes before must be finished: a sentence, or a list of short lines (names).
    before = lines[max(0, i - 3) : i]
    sentence_done = _ends_sentence(before[-1])
    # Three short lines: a list; two could be a title over two lines.
    after_list = len(before) == 3 and all(
        heading_like(b) and starts_title(b) and len(b) < 0.7 * width for b in before
    )
    after = lines[i + 1 : i + 3]
    if (sentence_done or after_list) and after and _opens_text(after[0], width):
        return True
    # A title and its theme, then the text.
    return (
        sentence_done
        and len(after) == 2
        and heading_like(after[0])
        and len(after[0]) < 0.7 * width
        and _opens_text(after[1], width)
    )


def split_inner_titles(blocks: list[Block]) -> list[Block]:
    """Cut blocks where a title sits between paragraphs with no blank line (PDF text)."""
    width = wrap_width(blocks)
    if not width or not rules.on("text.inner_titles"):
        return blocks
    result: list[Block] = []
    for block in blocks:
        start = 0
        for i in range(1, len(block.lines) - 1):
            if i > start and _inner_title_at(block.lines, i, width):
                result.append(Block(lines=block.lines[start:i]))
                start = i
        result.append(Block(lines=block.lines[start:]) if start else block)
    return result


def find_heads(blocks: list[Block]) -> list[Head | None]:
    """Return the heading each block starts with, or None, judging the issue as a whole."""
    width = wrap_width(blocks)
    heads = [split_head(list(b.lines), width) if b.lines else None for b in blocks]
    texts = [i for i, b in enumerate(blocks) if len(b.lines) >= 2]
    stacked = sum(1 for i in texts if (h := heads[i]) is not None and h.body)
    apart = sum(1 for h in heads if h is not None and not h.body)
    if (stacked and not apart) or (stacked >= 3 and stacked >= 0.5 * len(texts)):
        # Titles sit right above their text throughout, so a long title is still a title.
        heads = [
            h or (split_head(list(b.lines), width, relaxed=True) if b.lines else None)
            for h, b in zip(heads, blocks, strict=True)
        ]
    return heads


def is_footer(text: str) -> bool:
    """Tell whether a short text is a newsletter footer (sender, unsubscribe, disclaimer)."""
    return len(text) <= 400 and bool(_FOOTER.search(text))


def is_masthead(blocks: list[Block]) -> bool:
    """Tell whether the first block names the newsletter (name, number, date), not an item."""
    first = blocks[0]
    if not rules.on("text.masthead") or first.read_more or not first.lines or len(first.lines) > 2:
        return False
    text = " ".join(first.lines)
    if not all(heading_like(line) for line in first.lines) or not _MASTHEAD.search(text):
        return False
    nxt = next((b for b in blocks[1:] if b.lines), None)
    return nxt is None or split_head(list(nxt.lines), None) is not None or len(text.split()) <= 12
