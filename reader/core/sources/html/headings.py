"""Stories whose titles are headings, and what each story holds: its section, text and tags.

When a newsletter's stories are not links, its headings (or numbered bold leads) over
paragraphs are the stories; a heading straight above deeper ones names their section.
"""

from __future__ import annotations

import re

from reader.core.sources import cues, rules
from reader.core.sources.html.blocks import Line
from reader.core.sources.html.lines import (
    BYLINE_START,
    followed_by_body,
    footer_start,
    heading_like,
    is_body,
    is_label,
    is_meta,
    menus,
    tags_of,
)
from reader.core.sources.html.stories import Found
from reader.core.text.fold import fold

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
        if number == expected and followed_by_body(lines, i):
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
        if line.heading and followed_by_body(lines, i, level=line.heading):
            siblings[line.heading] = siblings.get(line.heading, 0) + 1
    for i, line in enumerate(lines):
        if i in numbered:
            found.append(Found(i, _NUMBERED.sub(lambda m: m.group(0)[-1], line.text, count=1),
                               None, "heading"))
            continue
        is_head = bool(line.heading) or (use_bold and line.bold and heading_like(line, base))
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
                    and followed_by_body(lines, i, level=line.heading)):
                continue  # ... unless it opens a run of stories laid out like it
        if BYLINE_START.match(line.text) or cues.is_masthead(line.text) or (
                line.is_link and cues.is_read_more(line.text)):
            continue
        if followed_by_body(lines, i, level=line.heading or 6):
            found.append(Found(i, line.text, None, "heading"))
    return _drop_section_heads(lines, found) if rules.on("html.section_heads") else found


def _drop_section_heads(lines: list[Line], found: list[Found]) -> list[Found]:
    """Headings that head other stories, or the masthead, are not stories themselves."""
    keep: list[Found] = []
    first_text = next((k for k, ln in enumerate(lines) if is_body(ln)), len(lines))
    for n, f in enumerate(found):
        nxt = found[n + 1] if n + 1 < len(found) else None
        level = lines[f.start].heading
        if nxt and nxt.start == f.start + 1 and lines[nxt.start].heading > level > 0:
            continue  # a section heading straight above a deeper story heading
        if nxt and not any(is_body(ln) for ln in lines[f.start + 1:nxt.start]):
            continue  # no text of its own before the next story
        top = f.start <= first_text
        if (not keep and top and f.start + 1 < len(lines)
                and lines[f.start + 1].heading > level > 0):
            continue  # the newsletter's name with its tagline under it
        keep.append(f)
    return keep


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
            if (not cand.is_link and heading_like(cand, base) and not is_body(cand)
                    and (cand.heading or cand.bold or (base and cand.size > base + 1))):
                section_at[j] = cand.text
                break
            if not (is_meta(cand) or (cand.is_link and cand.words <= 4)):
                break
    # Plain short labels straight above stories ("News", "Tools") name sections when they recur.
    labels = {f.start - 1: lines[f.start - 1].text for f in found
              if f.start - 1 >= 0 and f.start - 1 not in starts and f.start - 1 not in section_at
              and is_label(lines[f.start - 1])}
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
            tags = tags_of(line)
            if tags and not f.tags:
                f.tags = tags
                continue
            if (line.heading and f.kind == "link") or line.chrome:
                break
            if not is_body(line) and heading_like(line, base) and line.bold and not line.is_link:
                break
            f.lines.append(line)
