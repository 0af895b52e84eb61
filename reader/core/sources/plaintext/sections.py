"""Section headings and separator lines of plain-text newsletters.

Text mailings mark their structure with lines of their own: separators ("-----", "=====",
"*****") between parts, and headings that are underlined ("TOOLS\\n-----") or set in capitals
("TOP STORIES"). A separator is a break between blocks. A marked heading over items names
their section (their category); over plain text it is the title of that text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reader.core.sources.plaintext.layout import Block, Head

_RULE = re.compile(r"^\s*([-=_*~#+•·])(?:\s?\1){2,}\s*$")
MARK = "\ue000§ "  # a private-use character: never in a newsletter, kept by clean_line
# A marked heading is short: a label, not a sentence.
MAX_HEADING_WORDS = 8
# Capitals make a heading only with this many letters ("TOP STORIES", not "EU" or "A.")
MIN_CAPITAL_LETTERS = 4
# The first line this long is text: headings are marked from there on.
MIN_TEXT_WORDS = 8


def is_rule(line: str) -> bool:
    """Tell whether a line is a separator made of one repeated character."""
    return bool(_RULE.match(line))


def _heading(lines: list[str], i: int) -> bool:
    text = lines[i].strip()
    if not text or len(text.split()) > MAX_HEADING_WORDS or is_rule(text):
        return False
    nxt = lines[i + 1] if i + 1 < len(lines) else ""
    if is_rule(nxt) and len(nxt.strip()) >= 0.5 * len(text):
        return True  # underlined
    apart_before = i == 0 or not lines[i - 1].strip() or is_rule(lines[i - 1])
    apart_after = not nxt.strip() or is_rule(nxt)
    letters = [c for c in text if c.isalpha()]
    return (apart_before and apart_after and len(letters) >= MIN_CAPITAL_LETTERS
            and all(c.isupper() for c in letters))


def mark_sections(text: str) -> str:
    """Turn separators into blank lines and marked headings into lines of their own, flagged.

    Headings above the first sentence are the masthead, which the text parser reads itself.
    """
    lines = text.split("\n")
    out: list[str] = []
    started = False
    for i, line in enumerate(lines):
        started = started or len(line.split()) >= MIN_TEXT_WORDS
        if is_rule(line):
            out.append("")
        elif started and _heading(lines, i):
            out.extend(("", MARK + line.strip(), ""))
        else:
            out.append(line)
    return "\n".join(out)


@dataclass(frozen=True, slots=True)
class Section:
    """A marked heading: the section the next items belong to."""

    name: str


def unmarked(blocks: list[Block]) -> list[Block]:
    """The blocks with each marked heading as a plain one-line block."""
    return [Block(lines=(name,)) if (name := _mark(b)) is not None else b for b in blocks]


def resolve(blocks: list[Block], heads: list[Head | None]) -> list[Block | Section]:
    """Marked headings over items become Sections; those over plain text title blocks.

    heads are those of unmarked(blocks).
    """
    out: list[Block | Section] = []
    marks = [n for n, b in enumerate(blocks) if _mark(b) is not None]
    for n, block in enumerate(blocks):
        name = _mark(block)
        if name is None:
            out.append(block)
            continue
        end = next((m for m in marks if m > n), len(blocks))
        items = sum(1 for k in range(n + 1, end) if heads[k] is not None)
        first_is_item = n + 1 < end and heads[n + 1] is not None
        out.append(Section(name) if items >= 2 or first_is_item else Block(lines=(name,)))
    return out


def _mark(block: Block) -> str | None:
    if len(block.lines) == 1 and block.lines[0].startswith(MARK):
        return block.lines[0][len(MARK):]
    return None
