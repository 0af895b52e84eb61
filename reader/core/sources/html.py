"""HTML e-mail newsletters and web pages that list news items.

The items are found from general evidence: a line that is one link (or a heading) followed by
a paragraph of text is a story; a short emphasised line just before stories is their section;
short links after a story are its tags. Nothing here knows a particular sender.
"""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from reader.core.errors import ErrorKind, ReaderError
from reader.core.links import resolve_link
from reader.core.models import Issue, Item
from reader.core.sources import cues
from reader.core.sources.html_blocks import Line, flatten

log = logging.getLogger(__name__)

MAX_HTML_BYTES = 8 * 1024 * 1024  # real issues are < 1 MB; beyond this lxml needs GBs
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.IGNORECASE)
_LEAD_SEP = re.compile(r"^\s*[:\u2013\u2014|-]\s*\S")
_SENTENCE_END = re.compile(r"[.!?…]\s*$")


def decode_html(data: bytes) -> str:
    """Decode HTML bytes using the BOM or declared charset, else UTF-8, else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    match = _META_CHARSET.search(data[:4096])
    if match:
        try:
            return data.decode(match.group(1).decode("ascii").lower(), "replace")
        except LookupError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def load_document(text: str):  # noqa: ANN201 - lxml element
    """Parse HTML text with lxml, never touching the network."""
    import lxml.html
    from lxml import etree

    text = _XML_DECL.sub("", text, count=1).replace("\x00", "")
    parser = lxml.html.HTMLParser(no_network=True, remove_pis=True, default_doctype=False)
    try:
        return lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise ReaderError(ErrorKind.EMPTY, "no readable HTML") from exc


@dataclass
class _Found:
    start: int
    title: str
    link: str | None
    kind: str  # "link", "lead" or "heading"
    rest: str = ""  # description on the same line, for lead-link items
    lines: list[Line] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    section: str | None = None
    sponsored: bool = False


def _is_meta(line: Line) -> bool:
    """A short line between a title and its text: date, byline, reading time."""
    return line.heading == 0 and line.words <= 8 and (not line.is_link or cues.is_domain(line.text))


def _is_title_link(line: Line) -> bool:
    t = line.text
    return (line.is_link and 1 <= line.words <= 30 and not line.only_images
            and not cues.is_social(t) and not t.endswith(":")
            and len(t) <= 250 and not line.chrome
            and not cues.is_domain(t) and not cues.is_read_more(t)
            and not (line.words <= 8 and cues.is_boilerplate(t))
            and not (line.words > 12 and _SENTENCE_END.search(t) and not t.endswith("?"))
            and not line.hrefs[0].lower().startswith("mailto:")
            and not (len(line.links) >= 2 and _tags(line)))


def _is_body(line: Line) -> bool:
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
    if not links or line.is_link:
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
        if _is_body(lines[j]) and not _lead_link(lines[j]):
            return True
        deeper = level and lines[j].heading > level and lines[j].words <= 12  # a sub-title
        if not (_is_meta(lines[j]) or deeper):
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


def _tags(line: Line) -> list[str] | None:
    """Return the tag names of a line made of short links, like 'Posted in A, B and C'."""
    links = line.links
    if not links or line.only_images:
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


def _base_size(lines: list[Line]) -> float:
    sizes: dict[float, int] = {}
    for line in lines:
        if line.size and line.words >= 8:
            sizes[line.size] = sizes.get(line.size, 0) + len(line.text)
    return max(sizes, key=lambda s: sizes[s]) if sizes else 0.0


def _menus(lines: list[Line]) -> set[int]:
    """Indices of runs of three or more short links in a row: menus and social bars."""
    out: set[int] = set()
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
    if not first.is_link or len(first.hrefs) != 1 or first.chrome:
        return i
    end = i
    while (end + 1 < len(lines) and lines[end + 1].is_link
           and lines[end + 1].hrefs == first.hrefs and end - i < 12):
        end += 1
    return end


def _cards(lines: list[Line], start: int, end: int) -> list[_Found]:
    """Stories inside a card link: an emphasised line is the title, a short line above its tag."""
    titles = [k for k in range(start, end + 1)
              if (lines[k].bold or lines[k].heading) and _is_title_link(lines[k])
              and lines[k].words >= 2]
    out: list[_Found] = []
    for n, k in enumerate(titles):
        stop = titles[n + 1] - 1 if n + 1 < len(titles) else end
        tags: list[str] = []
        before = lines[k - 1] if k - 1 >= start and (k - 1) not in titles else None
        if before is not None and before.words <= 4 and not before.bold:
            tags = [before.text]
        following = lines[k + 1:stop + 1]
        nxt_tag = titles[n + 1] - 1 if n + 1 < len(titles) else None
        body = [ln for j, ln in enumerate(following, start=k + 1) if j != nxt_tag]
        out.append(_Found(k, lines[k].text, lines[k].hrefs[0], "card", lines=body, tags=tags))
    return out


def _find_link_items(lines: list[Line]) -> list[_Found]:
    found: list[_Found] = []
    menu = _menus(lines)
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
            found.append(_Found(i, line.text, line.hrefs[0], "link"))
        elif (lead := _lead_link(line)) and not line.chrome:
            found.append(_Found(i, lead[0], lead[1], "lead", rest=lead[2]))
        i += 1
    # A line starting with a link is only an item when such lines repeat (a list of links).
    keep: list[_Found] = []
    for k, f in enumerate(found):
        if f.kind != "lead":
            keep.append(f)
            continue
        near = [g for g in found[max(0, k - 1):k + 2] if g is not f and g.kind == "lead"
                and abs(g.start - f.start) <= 2]
        if near:
            keep.append(f)
    return keep


def _add_unlinked_peers(lines: list[Line], found: list[_Found], footer: int) -> list[_Found]:
    """Stories whose heading has no link, at the same heading level as the linked ones."""
    levels = {lines[f.start].heading for f in found if f.kind == "link"} - {0}
    if not levels:
        return found
    starts = {f.start for f in found}
    extra = [
        _Found(i, ln.text, None, "heading")
        for i, ln in enumerate(lines[:footer])
        if ln.heading in levels and i not in starts and not ln.hrefs and not ln.chrome
        and ln.words <= 30 and _followed_by_body(lines, i, level=ln.heading)
    ]
    return sorted(found + extra, key=lambda f: f.start)


def _footer_start(lines: list[Line]) -> int:
    """Index of the first subscribe/unsubscribe line in the second half: the footer."""
    for i in range(len(lines) // 2, len(lines)):
        if lines[i].words <= 40 and cues.is_boilerplate(lines[i].text):
            return i
    return len(lines)


def _find_heading_items(lines: list[Line], issue_title: str, base: float) -> list[_Found]:
    found: list[_Found] = []
    folded_title = cues_fold(issue_title)
    after_title = False
    use_bold = sum(1 for ln in lines if ln.heading) < 2
    for i, line in enumerate(lines):
        is_head = bool(line.heading) or (use_bold and line.bold and _heading_like(line, base))
        if not is_head or line.chrome or line.words > 30:
            continue
        key = cues_fold(line.text)
        if folded_title and (key == folded_title
                             or (len(key.split()) >= 3 and folded_title.startswith(key))):
            after_title = True
            continue
        if after_title:  # the sub-title right under the issue title
            after_title = False
            continue
        prev = found[-1] if found else None
        if (prev and prev.start == i - 1 and line.heading > lines[prev.start].heading > 0):
            continue  # a sub-title or byline under the story's own heading
        if _followed_by_body(lines, i, level=line.heading or 6):
            found.append(_Found(i, line.text, None, "heading"))
    return found


def cues_fold(text: str) -> str:
    """Fold a title for comparison: case, punctuation and spacing ignored."""
    return " ".join(re.sub(r"[^\w]+", " ", text.casefold()).split())


def _attach(lines: list[Line], found: list[_Found], base: float) -> None:
    """Give each item its section, text lines and tags."""
    starts = {f.start for f in found}
    menu = _menus(lines)
    footer = _footer_start(lines)
    section_at: dict[int, str] = {}
    for f in found:  # a heading-like line just before an item names its section
        for j in range(f.start - 1, max(-1, f.start - 4), -1):
            if j in starts:
                break
            cand = lines[j]
            if (not cand.is_link and _heading_like(cand, base) and not _is_body(cand)
                    and (cand.heading or cand.bold or (base and cand.size > base + 1))):
                section_at[j] = cand.text
                break
            if not (_is_meta(cand) or (cand.is_link and cand.words <= 4)):
                break
    section: str | None = None
    by_start = {f.start: f for f in found}
    order = sorted(starts | set(section_at))
    for n, idx in enumerate(order):
        if idx in section_at:
            section = section_at[idx]
            continue
        f = by_start[idx]
        f.section = section
        end = order[n + 1] if n + 1 < len(order) else len(lines)
        before = lines[idx - 1] if idx > 0 else None
        f.sponsored = bool(
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
            if not _is_body(line) and _heading_like(line, base) and line.bold and not line.is_link:
                break
            f.lines.append(line)


def _summary(f: _Found) -> tuple[str, ...]:
    paras: list[str] = [f.rest] if f.rest else []
    for line in f.lines:
        t = line.text
        if (cues.is_date(t) or cues.is_domain(t) or (line.is_link and cues.is_read_more(t))
                or (line.words < 40 and cues.is_boilerplate(t)) or line.words < 3):
            continue
        paras.append(t)
    return tuple(paras)


def _item_link(f: _Found, base_url: str | None) -> str | None:
    if f.link:
        return resolve_link(f.link, base_url)
    for line in f.lines:
        for text, href in line.links:
            if cues.is_read_more(text):
                return resolve_link(href, base_url)
    return None


def _item_date(f: _Found) -> str | None:
    for line in f.lines[:4]:
        if cues.is_date(line.text):
            return line.text
    return None


def parse_html(data: bytes | str, *, source: str = "", base_url: str | None = None,
               title: str | None = None) -> Issue:
    """Parse an HTML e-mail or web page into an Issue of its stories."""
    if isinstance(data, bytes):
        if len(data) > MAX_HTML_BYTES:
            size = len(data) // 1_000_000
            raise ReaderError(ErrorKind.TOO_LARGE, f"{source} ({size} MB of HTML)")
        data = decode_html(data)
    elif len(data) > MAX_HTML_BYTES:
        raise ReaderError(ErrorKind.TOO_LARGE, f"{source} (HTML)")
    if not data.strip():
        raise ReaderError(ErrorKind.EMPTY, source)
    doc = load_document(data)
    if base_url is None:
        base = doc.find(".//base[@href]")
        base_url = base.get("href") if base is not None else None
    doc_title = cues.clean_text(doc.findtext(".//title") or "")
    body = doc.find("body")
    lines = flatten(body if body is not None else doc)
    if not doc_title:
        doc_title = next((ln.text for ln in lines if ln.heading == 1), "")
    issue_title = title or doc_title or source
    doc_lang = (doc.get("lang") or doc.get("xml:lang") or "").split("-")[0].lower() or None
    if doc_lang in ("und", "x", "mul", "zxx"):
        doc_lang = None
    if doc_lang is None:
        doc_lang = cues.guess_language(" ".join(ln.text for ln in lines[:200]))
    base_size = _base_size(lines)

    found = _find_link_items(lines)
    if len(found) >= 2:
        footer = _footer_start(lines)
        found = [f for f in found if f.start < footer]
        found = _add_unlinked_peers(lines, found, footer)
    if len(found) < 2:
        found = _find_heading_items(lines, doc_title, base_size)
    _attach(lines, found, base_size)

    items: list[Item] = []
    seen: set[str] = set()
    title_key = cues_fold(issue_title)
    for f in found:
        key = cues_fold(f.title)
        if not key or key in seen or f.sponsored or key == title_key:
            continue
        seen.add(key)
        lang = next((ln.lang for ln in [lines[f.start], *f.lines] if ln.lang), None) or doc_lang
        category = "; ".join(f.tags) if f.tags else f.section
        items.append(Item(title=f.title, category=category, summary=_summary(f),
                          link=_item_link(f, base_url), date=_item_date(f), language=lang))
    if not items:
        items = _single_story(lines, issue_title, doc_lang)
    return Issue(title=issue_title, source=source, language=doc_lang).with_items(items)


def _single_story(lines: list[Line], title: str, lang: str | None) -> list[Item]:
    """A document without a list of stories is one story: its readable paragraphs."""
    paras = [ln.text for ln in lines if _is_body(ln) and not ln.chrome]
    if not paras:
        return []
    return [Item(title=title or paras[0][:80], summary=tuple(paras), language=lang)]
