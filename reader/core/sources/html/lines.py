"""What a visible line of an HTML newsletter is: story text, a headline link, a heading, a
date or byline, a menu, a footer. The item finders (html_stories, html_headings, html_records)
are built from these predicates.
"""

from __future__ import annotations

import re

from reader.core.sources import cues, rules
from reader.core.sources.html.blocks import Line

MAX_TAGS = 20
_LEAD_SEP = re.compile(r"^\s*[:\u2013\u2014|-]\s*\S")
SENTENCE_END = re.compile(r"[.!?…]\s*$")
BYLINE_START = cues.ignore_case(r"^\s*(by|par|door|von|—|–)\s")


def is_meta(line: Line) -> bool:
    """A short line between a title and its text: date, byline, reading time."""
    if line.heading == 0 and rules.on("html.when_where") and cues.is_when_where(line.text):
        return True
    return line.heading == 0 and line.words <= 8 and (not line.is_link or cues.is_domain(line.text))


def is_title_link(line: Line, *, sibling: bool = False) -> bool:
    """A line that is one link and reads like a headline (not a menu, source or footer link).

    With sibling, the line is known to repeat the layout of other stories (see
    _sibling_titles), so a headline that opens like "Bekijk ..." or "Lees ..." still counts.
    """
    t = line.text
    return (line.is_link and 1 <= line.words <= 30 and not line.only_images
            and not cues.is_social(t) and not t.endswith(":")
            and len(t) <= 250 and not line.chrome
            and not cues.is_domain(t) and (sibling or not cues.is_read_more(t))
            and not (rules.on("html.when_where") and cues.is_when_where(t))
            and not (line.words <= 8 and cues.is_boilerplate(t))
            and not (line.words > 12 and SENTENCE_END.search(t) and not t.endswith("?"))
            and not line.hrefs[0].lower().startswith("mailto:")
            and not (len(line.links) >= 2 and tags_of(line)))


def is_body(line: Line) -> bool:
    """A line of story text: a sentence or more, not a heading, link title or footer text."""
    if line.heading or (line.words < 6 and len(line.text) < 40):
        return False
    sentence = (line.words > 12 and SENTENCE_END.search(line.text)
                and not line.text.rstrip().endswith("?"))
    if line.is_link and not (line.words > 30 or sentence):
        return False
    return not (line.words < 40 and cues.is_boilerplate(line.text))


def lead_link(line: Line) -> tuple[str, str, str] | None:
    """Return (title, href, rest) for a line that starts with a short link then ': text'."""
    links = line.links
    if not links or line.is_link or not rules.on("html.lead_links"):
        return None
    text, href = links[0]
    if not line.text.startswith(text) or len(text.split()) > 10:
        return None
    rest = line.text[len(text):]
    if not _LEAD_SEP.match(rest) or len(rest.split()) < 3:
        return None
    return text, href, rest.lstrip(" :\u2013\u2014|-")


def followed_by_body(lines: list[Line], i: int, limit: int = 4, level: int = 0) -> bool:
    """Tell whether body text follows line i, past dates, bylines and reading times."""
    for j in range(i + 1, min(len(lines), i + 1 + limit)):
        if is_body(lines[j]) and not lead_link(lines[j]):
            return True
        deeper = level and lines[j].heading > level and lines[j].words <= 12  # a sub-title
        quoted = lines[j].words <= 4 and lines[j].text.endswith(":")  # "Jane Doe:" before a quote
        if not (is_meta(lines[j]) or deeper or quoted):
            return False
    return False


def heading_like(line: Line, base_size: float) -> bool:
    """A short, emphasised, non-sentence line: a possible section heading."""
    t = line.text
    if line.words > 12 or line.words == 0 or (SENTENCE_END.search(t) and not t.endswith("!")):
        return False
    if cues.is_date(t) or cues.is_boilerplate(t) or cues.is_domain(t):
        return False
    if not re.search(r"[^\W\d_]", t):  # emoji or numbers only
        return False
    return bool(line.heading or line.bold or (base_size and line.size > base_size + 1)
                or line.words <= 4)


def is_label(line: Line) -> bool:
    """A plain one-to-three-word label such as "News" or "Tools"."""
    t = line.text
    return (not line.is_link and 1 <= line.words <= 3 and not SENTENCE_END.search(t)
            and bool(re.match(r"^\W*[A-Z]", t)) and not cues.is_date(t)
            and not cues.SPONSOR.search(t) and not BYLINE_START.match(t)
            and not cues.is_boilerplate(t))


def tags_of(line: Line) -> list[str] | None:
    """Return the tag names of a line made of short links, like 'Posted in A, B and C'."""
    links = line.links
    if not links or len(links) > MAX_TAGS or line.only_images or not rules.on("html.tag_lines"):
        return None
    if not line.is_link and not cues.TAG_PREFIX.match(line.text):
        return None
    if any(len(t.split()) > 4 or cues.is_read_more(t) or cues.is_domain(t)
           or cues.is_boilerplate(t) for t, _ in links):
        return None
    rest = line.text
    for t, _ in links:
        rest = rest.replace(t, " ")
    rest = cues.TAG_PREFIX.sub("", rest)
    if cues.TAG_JOINERS.sub("", rest).strip(" ,;|/•·-"):
        return None
    return [t for t, _ in links]


def base_size(lines: list[Line]) -> float:
    """The font size most of the text is set in (0 when no sizes are declared)."""
    sizes: dict[float, int] = {}
    for line in lines:
        if line.size and line.words >= 8:
            sizes[line.size] = sizes.get(line.size, 0) + len(line.text)
    return max(sizes, key=lambda s: sizes[s]) if sizes else 0.0


def menus(lines: list[Line]) -> set[int]:
    """Indices of runs of three or more short links in a row: menus and social bars."""
    out: set[int] = set()
    if not rules.on("html.menus"):
        return out
    run: list[int] = []
    for i, line in enumerate([*lines, None]):
        if line is not None and line.is_link and line.words <= 3:
            run.append(i)
            continue
        if len(run) >= 3:
            out.update(run)
        run = []
    return out


def footer_start(lines: list[Line]) -> int:
    """Index of the first subscribe/unsubscribe line in the second half: the footer."""
    if not rules.on("html.footer"):
        return len(lines)
    for i in range(len(lines) // 2, len(lines)):
        if lines[i].words <= 40 and cues.is_boilerplate(lines[i].text):
            return i
    return len(lines)

