"""Stories whose title is a link: a headline link over text, link cards, "link: text" list
lines, headings laid out like their linked siblings, labelled cards, and unlinked headings at
the level of the linked ones. General evidence only; each special pattern is a named rule.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reader.core.sources import budget, cues, rules
from reader.core.sources.html.blocks import Line
from reader.core.sources.html.lines import (
    SENTENCE_END,
    followed_by_body,
    is_body,
    is_title_link,
    lead_link,
    menus,
)


@dataclass
class Found:
    """A story found at line `start`, with what is learnt about it while attaching text."""

    start: int
    title: str
    link: str | None
    kind: str  # "link", "lead", "card" or "heading"
    rest: str = ""  # description on the same line, for lead-link items
    lines: list[Line] = field(default_factory=list[Line])
    tags: list[str] = field(default_factory=list[str])
    section: str | None = None
    sponsored: bool = False
    kicker: bool = False  # the line above the title is its label (a kicker)


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
              if (lines[k].bold or lines[k].heading) and is_title_link(lines[k])
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
        if not i & 1023:
            budget.check()
            if budget.full(len(found)):
                break  # enough: the rest is past the item cap
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
        if not same_card and followed_by_body(lines, i) and is_title_link(line):
            found.append(Found(i, line.text, line.hrefs[0], "link"))
        elif (lead := lead_link(line)) and not line.chrome:
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
                or not is_title_link(line, sibling=True) or not followed_by_body(lines, i)):
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
    if (k.words > 3 or k.bold or k.heading or len(k.links) > 1 or SENTENCE_END.search(k.text)
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
             and is_title_link(ln) and _kicker(lines, i) is not None]
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
        and ln.words <= 30 and followed_by_body(lines, i, level=ln.heading)
    ]
    return sorted(found + extra, key=lambda f: f.start)
