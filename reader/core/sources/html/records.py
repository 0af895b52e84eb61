"""Repeated records in HTML newsletters, beyond "a linked headline over a paragraph".

Newsletters repeat one pattern per item, so a pattern that recurs is evidence on its own
(the idea behind data-record mining such as MDR/DEPTA, applied to the flattened lines):
- a run of headline links with nothing but bullets between them is a headline digest;
- paragraphs that open with a bold lead-in ("Renting tools: This README ...") are items with
  the lead as title, as Ghost, Substack and Mailjet writers lay out their notes;
- a link line shaped like the items already found (same emphasis, size and nesting) is one of
  them even when the text under it is a few words;
- a heading (or a bold, larger line) over text that holds no other item is an item itself,
  so that issues mixing linked stories with plain sections lose neither.
"""

from __future__ import annotations

import bisect
import re

from reader.core.sources import cues, rules
from reader.core.sources.html.blocks import Line
from reader.core.sources.html.lines import heading_like, is_body, is_title_link
from reader.core.sources.html.stories import Found
from reader.core.text.fold import fold

_BULLET_ONLY = re.compile(r"^[\W_]{0,3}$")
_SENTENCE_END = re.compile(r"[.!?…]\s*$")

# A headline digest: at least this many headline links in a row.
MIN_LINK_RUN = 3
# A bold lead-in is a title, not an emphasised sentence, up to this many words ...
MAX_LEAD_WORDS = 14
# ... with at least this many words of plain text after it in the paragraph.
MIN_LEAD_TEXT = 8
# Lead-ins are a layout only when the issue repeats them.
MIN_LEADS = 2
# A section is looked at up to this many lines (it names what it holds near its start).
MAX_SECTION_LINES = 400
# A heading this long is a story's title: bold lead-ins under it are its run-in sub-heads.
MIN_STORY_TITLE_WORDS = 6


def _headline(line: Line) -> bool:
    """A line that opens with one headline link (four words or more), maybe with its source."""
    if len(line.hrefs) != 1 or line.chrome or line.only_images:
        return False
    text = line.links[0][0] if line.links else ""
    chars = len(line.text.replace(" ", ""))
    return (len(text.split()) >= 4 and line.text.startswith(text)
            and line.link_chars >= 0.6 * chars and not cues.is_boilerplate(text)
            and not cues.is_read_more(text) and not cues.is_when_where(text))


def link_runs(lines: list[Line], menu: set[int], taken: set[int]) -> list[Found]:
    """Headline links in runs of three or more, separated only by bullets or images."""
    if not rules.on("html.link_lists"):
        return []
    out: list[Found] = []
    run: list[int] = []
    for i, line in enumerate([*lines, None]):
        if line is not None and i not in menu and _headline(line):
            run.append(i)
            continue
        if line is not None and (_BULLET_ONLY.match(line.text) or line.only_images):
            continue
        if len(run) >= MIN_LINK_RUN:
            out.extend(Found(k, lines[k].links[0][0], lines[k].hrefs[0], "link")
                       for k in run if k not in taken)
        run = []
    return out


def _link_run(pieces: list[tuple[str, str | None, bool]], start: int) -> tuple[str, str, int]:
    """(text, href, end) of the link that starts at pieces[start] (its runs merged)."""
    href = pieces[start][1] or ""
    end = start
    while end < len(pieces) and (pieces[end][1] == href or not pieces[end][0].strip()):
        end += 1
    return cues.clean_text("".join(t for t, _, _ in pieces[start:end])), href, end


def _lead(line: Line) -> tuple[str, str, str | None, bool] | None:
    """(title, rest, link, linked) of a paragraph that opens with a lead-in, else None.

    The lead-in is bold ("Renting tools: ..."), or a bold label and a link ("Old favourite:
    <link>-- ..."), whose link text is then the title, or (linked) the paragraph's own link
    at its very start ('"How Open Source Is Eating AI" is a great essay ...').
    """
    if line.heading or line.bold or line.is_link or line.chrome or line.words < MIN_LEAD_TEXT:
        return None
    pieces = line.pieces
    cut = next((n for n, (text, _, bold) in enumerate(pieces) if text.strip() and not bold), None)
    if cut is None:
        return None
    if cut == 0 and re.fullmatch(r"\s*[\"'“‘«„]\s*", pieces[0][0]) and len(pieces) > 1:
        cut = 1  # an opening quote before the paragraph's link
    title = cues.clean_text("".join(t for t, _, _ in pieces[:cut]))
    if re.fullmatch(r"[\W_]*", title):
        title = ""  # only an opening quote
    href = next((h for _, h in line.links), None)
    linked = False
    if pieces[cut][1] and (not title or title.endswith(":")):
        text, href, end = _link_run(pieces, cut)
        title, linked, cut = text, not title, end
    rest = cues.clean_text("".join(t for t, _, _ in pieces[cut:])).lstrip(" -–—:")
    if linked:
        rest = line.text  # the link is part of the paragraph's first sentence
    words = len(title.split())
    if not title or words > MAX_LEAD_WORDS or len(rest.split()) < MIN_LEAD_TEXT // 2:
        return None
    if linked and words < 2:
        return None
    if not re.search(r"[^\W\d_]{2}", title) or cues.is_date(title) or cues.SPONSOR.search(title):
        return None
    return title, rest, href, linked


def _under_story(lines: list[Line], i: int, taken: set[int]) -> bool:
    """Tell whether line i is text of a story: under a found item or a long story heading."""
    for k in range(i - 1, max(-1, i - 40), -1):
        if k in taken:
            return True
        line = lines[k]
        if line.heading:
            return line.words >= MIN_STORY_TITLE_WORDS
    return False


def bold_leads(lines: list[Line], taken: set[int]) -> list[Found]:
    """Paragraphs that open with a bold lead-in, when the issue repeats that layout.

    A lead-in that recurs word for word ("tl;dr:", "Why it matters:") is a label, and one in
    the text of a story (under its title) is a run-in sub-head: neither is an item.
    """
    if not rules.on("html.bold_leads"):
        return []
    out: list[Found] = []
    linked: set[int] = set()
    for i, line in enumerate(lines):
        lead = _lead(line) if i not in taken else None
        if lead is None or _under_story(lines, i, taken):
            continue
        title, rest, href, opens_with_link = lead
        if opens_with_link:
            linked.add(i)
        out.append(Found(i, title.rstrip(" :–—-").strip() or title, href, "lead", rest=rest))
    if len(out) - len(linked) < MIN_LEADS:
        return []  # paragraphs that open with a link are items only beside bold lead-ins
    counts: dict[str, int] = {}
    for f in out:
        counts[fold(f.title)] = counts.get(fold(f.title), 0) + 1
    out = [f for f in out if counts[fold(f.title)] == 1]
    return out if len(out) >= MIN_LEADS else []


def _shape(line: Line) -> tuple[int, bool, float, int]:
    return (line.heading, line.bold, line.size, len(line.path))


def same_shape_links(lines: list[Line], found: list[Found], menu: set[int]) -> list[Found]:
    """Link lines shaped like two or more linked items found, each with a line of text under it."""
    if not rules.on("html.repeated_records"):
        return []
    shapes: dict[tuple[int, bool, float, int], int] = {}
    for f in found:
        if f.kind == "link":
            shape = _shape(lines[f.start])
            shapes[shape] = shapes.get(shape, 0) + 1
    starts = {f.start for f in found}
    out: list[Found] = []
    for i, line in enumerate(lines[:-1]):
        if i in starts or i in menu or shapes.get(_shape(line), 0) < 2:
            continue
        nxt = lines[i + 1]
        if (not is_title_link(line) or nxt.hrefs or nxt.heading or nxt.bold
                or i + 1 in starts or cues.is_boilerplate(nxt.text)):
            continue
        out.append(Found(i, line.text, line.hrefs[0], "link"))
    return out


def _level(line: Line) -> int:
    return line.heading or 7


def _section_end(lines: list[Line], i: int, base: float) -> int:
    """Where the section opened by the heading at i ends: the next heading as high as it."""
    head = lines[i]
    for k in range(i + 1, min(len(lines), i + MAX_SECTION_LINES)):
        line = lines[k]
        if line.heading and line.heading <= _level(head):
            return k
        if (not head.heading and not line.heading and line.bold and not line.is_link
                and heading_like(line, base) and line.size >= head.size):
            return k
    return min(len(lines), i + MAX_SECTION_LINES)


def headed_sections(lines: list[Line], found: list[Found], heads: list[Found],
                    base: float) -> list[Found]:
    """Heading items that hold none of the items found: sections that are items themselves."""
    if not rules.on("html.mixed_layouts"):
        return []
    starts = sorted(f.start for f in found)
    taken = set(starts)
    out: list[Found] = []
    for h in heads:
        if h.start in taken:
            continue
        end = _section_end(lines, h.start, base)
        after = bisect.bisect_right(starts, h.start)
        if after < len(starts) and starts[after] < end:
            continue  # it names the section of the items under it
        text = lines[h.start + 1:end]
        if not any(is_body(ln) for ln in text) or cues.MASTHEAD.search(h.title):
            continue  # no text of its own, or the newsletter's own name
        if any(cues.SPONSOR.search(ln.text) for ln in text):
            continue  # "Advertise with us", "We rely on sponsors"
        out.append(h)
    return out

