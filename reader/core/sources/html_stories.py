"""Find the stories in the visible lines of an HTML newsletter.

General evidence only: a line that is one link (or a heading) followed by a paragraph is a
story; an emphasised short line just before stories names their section; short links after a
story are its tags; runs of short links are menus; subscribe text in the second half starts the
footer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.core.sources import cues, rules
from reader.core.sources.html_blocks import Line

_LEAD_SEP = re.compile(r"^\s*[:\u2013\u2014|-]\s*\S")
_SENTENCE_END = re.compile(r"[.!?…]\s*$")


@dataclass
class Found:
    """A story found at line `start`, with what is learnt about it while attaching text."""

    start: int
    title: str
    link: str | None
    kind: str  # "link", "lead", "card" or "heading"
    rest: str = ""  # description on the same line, for lead-link items
    lines: list[Line] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    section: str | None = None
    sponsored: bool = False
    kicker: bool = False  # the line above the title is its label (a kicker)


def _is_meta(line: Line) -> bool:
    """A short line between a title and its text: date, byline, reading time."""
    if line.heading == 0 and rules.on("html.when_where") and cues.is_when_where(line.text):
        return True
    return line.heading == 0 and line.words <= 8 and (not line.is_link or cues.is_domain(line.text))


def _is_title_link(line: Line, *, sibling: bool = False) -> bool:
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
            and not (line.words > 12 and _SENTENCE_END.search(t) and not t.endswith("?"))
            and not line.hrefs[0].lower().startswith("mailto:")
            and not (len(line.links) >= 2 and _tags(line)))


def is_body(line: Line) -> bool:
    """A line of story text: a sentence or more, not a heading, link title or footer text."""
    if line.heading or (line.words < 6 and len(line.text) < 40):
        return False
    sentence = (line.words > 12 and _SENTENCE_END.search(line.text)
                and not line.text.rstrip().endswith("?"))
    if line.is_link and not (line.words > 30 or sentence):
        return False
    return not (line.words < 40 and cues.is_boilerplate(line.text))


def _lead_link(line: Line) -> tuple[str, str, str] | None:
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


def _followed_by_body(lines: list[Line], i: int, limit: int = 4, level: int = 0) -> bool:
    """Tell whether body text follows line i, past dates, bylines and reading times."""
    for j in range(i + 1, min(len(lines), i + 1 + limit)):
        if is_body(lines[j]) and not _lead_link(lines[j]):
            return True
        deeper = level and lines[j].heading > level and lines[j].words <= 12  # a sub-title
        quoted = lines[j].words <= 4 and lines[j].text.endswith(":")  # "Jane Doe:" before a quote
        if not (_is_meta(lines[j]) or deeper or quoted):
            return False
    return False


def _heading_like(line: Line, base_size: float) -> bool:
    """A short, emphasised, non-sentence line: a possible section heading."""
    t = line.text
    if line.words > 12 or line.words == 0 or (_SENTENCE_END.search(t) and not t.endswith("!")):
        return False
    if cues.is_date(t) or cues.is_boilerplate(t) or cues.is_domain(t):
        return False
    if not re.search(r"[^\W\d_]", t):  # emoji or numbers only
        return False
    return bool(line.heading or line.bold or (base_size and line.size > base_size + 1)
                or line.words <= 4)


def _is_label(line: Line) -> bool:
    """A plain one-to-three-word label such as "News" or "Tools"."""
    t = line.text
    return (not line.is_link and 1 <= line.words <= 3 and not _SENTENCE_END.search(t)
            and bool(re.match(r"^\W*[A-Z]", t)) and not cues.is_date(t)
            and not cues.SPONSOR.search(t) and not _BYLINE_START.match(t)
            and not cues.is_boilerplate(t))


def _tags(line: Line) -> list[str] | None:
    """Return the tag names of a line made of short links, like 'Posted in A, B and C'."""
    links = line.links
    if not links or line.only_images or not rules.on("html.tag_lines"):
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


def _card_end(lines: list[Line], i: int) -> int:
    """Last index of the run of lines that are all one and the same link (a card)."""
    first = lines[i]
    if not rules.on("html.cards") or not first.is_link or len(first.hrefs) != 1 or first.chrome:
        return i
    end = i
    while (end + 1 < len(lines) and lines[end + 1].is_link
           and lines[end + 1].hrefs == first.hrefs and end - i < 12):
        end += 1
    return end


def _cards(lines: list[Line], start: int, end: int) -> list[Found]:
    """Stories inside a card link: an emphasised line is the title, a short line above its tag."""
    titles = [k for k in range(start, end + 1)
              if (lines[k].bold or lines[k].heading) and _is_title_link(lines[k])
              and lines[k].words >= 2]
    out: list[Found] = []
    for n, k in enumerate(titles):
        stop = titles[n + 1] - 1 if n + 1 < len(titles) else end
        tags: list[str] = []
        before = lines[k - 1] if k - 1 >= start and (k - 1) not in titles else None
        if before is not None and before.words <= 4 and not before.bold:
            tags = [before.text]
        following = lines[k + 1:stop + 1]
        nxt_tag = titles[n + 1] - 1 if n + 1 < len(titles) else None
        body = [ln for j, ln in enumerate(following, start=k + 1) if j != nxt_tag]
        out.append(Found(k, lines[k].text, lines[k].hrefs[0], "card", lines=body, tags=tags))
    return out


def find_link_items(lines: list[Line]) -> list[Found]:
    """Stories whose title is a link: followed by text, in cards, or leading a list line."""
    found: list[Found] = []
    menu = menus(lines)
    i = 0
    while i < len(lines):
        line = lines[i]
        if i in menu:
            i += 1
            continue
        end = _card_end(lines, i)
        if end > i:
            cards = _cards(lines, i, end)
            if cards:
                found.extend(cards)
                i = end + 1
                continue
        same_card = bool(found and found[-1].link and line.hrefs
                         and line.hrefs[0] == found[-1].link and i - found[-1].start <= 4)
        if not same_card and _is_title_link(line) and _followed_by_body(lines, i):
            found.append(Found(i, line.text, line.hrefs[0], "link"))
        elif (lead := _lead_link(line)) and not line.chrome:
            found.append(Found(i, lead[0], lead[1], "lead", rest=lead[2]))
        i += 1
    # A line starting with a link is only an item when such lines repeat (a list of links).
    keep: list[Found] = []
    for k, f in enumerate(found):
        if f.kind != "lead":
            keep.append(f)
            continue
        near = [g for g in found[max(0, k - 1):k + 2] if g is not f and g.kind == "lead"
                and abs(g.start - f.start) <= 2]
        if near:
            keep.append(f)
    keep = _sibling_titles(lines, keep, menu)
    return _kicker_titles(lines, keep, menu)


def _sibling_titles(lines: list[Line], found: list[Found], menu: set[int]) -> list[Found]:
    """Linked headings laid out like the stories found (same level, text under them).

    A story is known by its layout as much as by its words: a heading link followed by
    text, at the heading level the other linked stories use, is one of them even when its
    words open like a "read more" link ("Bekijk de nieuwe afvalkalender").
    """
    levels = {lines[f.start].heading for f in found if f.kind == "link"} - {0}
    if not levels or not rules.on("html.sibling_titles"):
        return found
    starts = {f.start for f in found}
    extra: list[Found] = []
    for i, line in enumerate(lines):
        if (i in starts or i in menu or line.heading not in levels
                or not _is_title_link(line, sibling=True) or not _followed_by_body(lines, i)):
            continue
        href = line.hrefs[0]
        if any(f.link == href and 0 < i - f.start <= 4 for f in found):
            continue  # the story above's own link repeated under it
        extra.append(Found(i, line.text, href, "link"))
    return sorted(found + extra, key=lambda f: f.start) if extra else found


def _kicker(lines: list[Line], i: int) -> Line | None:
    """The short label above line i, when the line above that is not story text."""
    if i < 1:
        return None
    k = lines[i - 1]
    if (k.words > 3 or k.bold or k.heading or len(k.links) > 1 or _SENTENCE_END.search(k.text)
            or cues.is_domain(k.text) or cues.is_read_more(k.text) or cues.is_date(k.text)):
        return None
    if k.hrefs and lines[i].hrefs and _same_target(k.hrefs[0], lines[i].hrefs[0]):
        return k  # label and title lead to the same page: one card
    if i >= 2 and is_body(lines[i - 2]):
        return None  # after a story's text a short link is that story's tag, not a label
    return k


def _same_target(a: str, b: str) -> bool:
    """Tell whether two (tracking) links end in the same destination."""
    if a == b:
        return True
    n = 0
    for x, y in zip(reversed(a), reversed(b), strict=False):
        if x != y:
            break
        n += 1
    return n >= 24


def _kicker_titles(lines: list[Line], found: list[Found], menu: set[int]) -> list[Found]:
    """Emphasised link titles under short labels ("IA", "Design"), when that pattern repeats.

    Cards like these often carry no description, so they are not found by the text that
    follows them; the repetition of label + emphasised title is the evidence instead.
    """
    cands = [i for i, ln in enumerate(lines)
             if i not in menu and (ln.bold or ln.heading) and ln.words >= 3
             and _is_title_link(ln) and _kicker(lines, i) is not None]
    if len(cands) < 3 or not rules.on("html.kicker_titles"):
        return found
    by_start = {f.start: f for f in found}
    for i in cands:
        f = by_start.get(i) or Found(i, lines[i].text, lines[i].hrefs[0], "link")
        label = _kicker(lines, i)
        f.tags = [label.text] if label is not None else f.tags
        f.kicker = True
        by_start[i] = f
    return sorted(by_start.values(), key=lambda f: f.start)


def add_unlinked_peers(lines: list[Line], found: list[Found], footer: int) -> list[Found]:
    """Stories whose heading has no link, at the same heading level as the linked ones."""
    levels = {lines[f.start].heading for f in found if f.kind == "link"} - {0}
    if not levels or not rules.on("html.unlinked_peers"):
        return found
    starts = {f.start for f in found}
    extra = [
        Found(i, ln.text, None, "heading")
        for i, ln in enumerate(lines[:footer])
        if ln.heading in levels and i not in starts and not ln.hrefs and not ln.chrome
        and ln.words <= 30 and _followed_by_body(lines, i, level=ln.heading)
    ]
    return sorted(found + extra, key=lambda f: f.start)


def footer_start(lines: list[Line]) -> int:
    """Index of the first subscribe/unsubscribe line in the second half: the footer."""
    if not rules.on("html.footer"):
        return len(lines)
    for i in range(len(lines) // 2, len(lines)):
        if lines[i].words <= 40 and cues.is_boilerplate(lines[i].text):
            return i
    return len(lines)


_BYLINE_START = re.compile(r"^\s*(by|par|door|von|—|–)\s", re.IGNORECASE)
_NUMBERED = re.compile(r"^\s*(\d{1,2})[.)]?\s+\S")


def _numbered_leads(lines: list[Line]) -> set[int]:
    """Bold lines numbered 1, 2, 3 ... each followed by text: a numbered list of stories."""
    out: set[int] = set()
    if not rules.on("html.numbered_leads"):
        return out
    expected = 1
    run: list[int] = []
    for i, line in enumerate(lines):
        match = _NUMBERED.match(line.text)
        if not (match and line.bold and line.words >= 3 and not line.heading):
            continue
        number = int(match.group(1))
        if number == 1:
            run, expected = [], 1
        if number == expected and _followed_by_body(lines, i):
            run.append(i)
            expected += 1
            if len(run) >= 2:
                out.update(run)
    return out


def find_heading_items(lines: list[Line], issue_title: str, base: float) -> list[Found]:
    """Stories whose titles are headings (or numbered bold leads) over paragraphs."""
    found: list[Found] = []
    folded_title = fold(issue_title)
    after_title = False
    use_bold = sum(1 for ln in lines if ln.heading) < 2
    numbered = _numbered_leads(lines)
    # How many headings of each level have text under them: a repeated layout means stories.
    siblings: dict[int, int] = {}
    for i, line in enumerate(lines):
        if line.heading and _followed_by_body(lines, i, level=line.heading):
            siblings[line.heading] = siblings.get(line.heading, 0) + 1
    for i, line in enumerate(lines):
        if i in numbered:
            found.append(Found(i, _NUMBERED.sub(lambda m: m.group(0)[-1], line.text, count=1),
                               None, "heading"))
            continue
        is_head = bool(line.heading) or (use_bold and line.bold and _heading_like(line, base))
        if not is_head or line.chrome or line.words > 30:
            continue
        key = fold(line.text)
        story_next = i + 1 < len(lines) and is_body(lines[i + 1])
        # The issue's own title: a story only when it is the lead story (text right under it,
        # and other stories at its level); otherwise the text under it is the intro.
        lead = story_next and siblings.get(line.heading, 0) >= 2
        if folded_title and ((key == folded_title and not lead) or (
                key != folded_title and len(key.split()) >= 3 and folded_title.startswith(key))):
            after_title = True
            continue
        if after_title:  # the sub-title right under the issue title ...
            after_title = False
            if not (siblings.get(line.heading, 0) >= 2
                    and _followed_by_body(lines, i, level=line.heading)):
                continue  # ... unless it opens a run of stories laid out like it
        if _BYLINE_START.match(line.text) or cues.is_masthead(line.text) or (
                line.is_link and cues.is_read_more(line.text)):
            continue
        if _followed_by_body(lines, i, level=line.heading or 6):
            found.append(Found(i, line.text, None, "heading"))
    return _drop_section_heads(lines, found) if rules.on("html.section_heads") else found


def _drop_section_heads(lines: list[Line], found: list[Found]) -> list[Found]:
    """Headings that head other stories, or the masthead, are not stories themselves."""
    keep: list[Found] = []
    for n, f in enumerate(found):
        nxt = found[n + 1] if n + 1 < len(found) else None
        level = lines[f.start].heading
        if nxt and nxt.start == f.start + 1 and lines[nxt.start].heading > level > 0:
            continue  # a section heading straight above a deeper story heading
        if nxt and not any(is_body(ln) for ln in lines[f.start + 1:nxt.start]):
            continue  # no text of its own before the next story
        top = not any(is_body(ln) for ln in lines[:f.start])
        if (not keep and top and f.start + 1 < len(lines)
                and lines[f.start + 1].heading > level > 0):
            continue  # the newsletter's name with its tagline under it
        keep.append(f)
    return keep


def fold(text: str) -> str:
    """Fold a title for comparison: case, punctuation and spacing ignored."""
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


def attach(lines: list[Line], found: list[Found], base: float) -> None:
    """Give each item its section, text lines and tags."""
    starts = {f.start for f in found}
    menu = menus(lines)
    footer = footer_start(lines)
    section_at: dict[int, str] = {}
    for f in found:  # a heading-like line just before an item names its section
        for j in range(f.start - 1, max(-1, f.start - 4), -1):
            if j in starts:
                break
            cand = lines[j]
            if (not cand.is_link and _heading_like(cand, base) and not is_body(cand)
                    and (cand.heading or cand.bold or (base and cand.size > base + 1))):
                section_at[j] = cand.text
                break
            if not (_is_meta(cand) or (cand.is_link and cand.words <= 4)):
                break
    # Plain short labels straight above stories ("News", "Tools") name sections when they recur.
    labels = {f.start - 1: lines[f.start - 1].text for f in found
              if f.start - 1 >= 0 and f.start - 1 not in starts and f.start - 1 not in section_at
              and _is_label(lines[f.start - 1])}
    if len(labels) >= 2 and rules.on("html.recurring_labels"):
        section_at.update(labels)
    section: str | None = None
    section_level = 0
    by_start = {f.start: f for f in found}
    order = sorted(starts | set(section_at))
    for n, idx in enumerate(order):
        if idx in section_at:
            section, section_level = section_at[idx], lines[idx].heading
            continue
        f = by_start[idx]
        level = lines[idx].heading
        if section and level and section_level and level <= section_level:
            section = None  # a story heading as high as the section's own: that section ended
        f.section = section
        end = order[n + 1] if n + 1 < len(order) else len(lines)
        if end in by_start and by_start[end].kicker:
            end -= 1  # the next story's label is not part of this one
        before = lines[idx - 1] if idx > 0 else None
        f.sponsored = rules.on("html.sponsor") and bool(
            cues.SPONSOR.search(section or "") or cues.SPONSOR.match(f.title)
            or (before is not None and before.words <= 15 and cues.SPONSOR.search(before.text))
        )
        if f.kind in ("lead", "card"):
            continue
        stop = footer if footer > idx else len(lines)
        for k in range(idx + 1, min(end, idx + 40, stop)):
            line = lines[k]
            if k in menu:
                break
            tags = _tags(line)
            if tags and not f.tags:
                f.tags = tags
                continue
            if (line.heading and f.kind == "link") or line.chrome:
                break
            if not is_body(line) and _heading_like(line, base) and line.bold and not line.is_link:
                break
            f.lines.append(line)
