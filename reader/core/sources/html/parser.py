"""HTML e-mail newsletters and web pages that list news items.

Decoding, parsing with lxml (never touching the network) and turning the stories that
html_stories finds into items. Nothing here knows a particular sender.
"""

from __future__ import annotations

import logging
import re
from typing import TYPE_CHECKING

from reader.core.errors import ErrorKind, ReaderError
from reader.core.models import Image, Issue, Item
from reader.core.sources import budget, cues
from reader.core.sources.cues import ignore_case
from reader.core.sources.dates import iso_date
from reader.core.sources.html.blocks import Line, flatten
from reader.core.sources.html.headings import attach, find_heading_items
from reader.core.sources.html.images import RawImage, resolve_images
from reader.core.sources.html.lines import base_size, footer_start, is_body, menus
from reader.core.sources.html.records import (
    bold_leads,
    headed_sections,
    link_runs,
    same_shape_links,
)
from reader.core.sources.html.stories import Found, add_unlinked_peers, find_link_items
from reader.core.text.fold import fold
from reader.core.text.language import guess_language, item_language
from reader.core.text.links import document_base, resolve_link

if TYPE_CHECKING:
    from lxml.html import HtmlElement

log = logging.getLogger(__name__)

MAX_HTML_BYTES = 8 * 1024 * 1024  # real issues are < 1 MB; beyond this lxml needs GBs
_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
_XML_DECL = ignore_case(r"^\s*<\?xml[^>]*\?>")


def decode_html(data: bytes) -> str:
    """Decode HTML bytes using the BOM or declared charset, else UTF-8, else Windows-1252."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", "replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", "replace")
    match = _META_CHARSET.search(data[:4096])
    if match and not match.group(1).lower().startswith((b"utf-16", b"utf-32", b"utf16")):
        # (A declared UTF-16 without a byte-order mark is a lie: the bytes are ASCII-based.)
        try:
            return data.decode(match.group(1).decode("ascii").lower(), "replace")
        except LookupError:
            pass
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", "replace")


def load_document(text: str) -> HtmlElement:
    """Parse HTML text with lxml, never touching the network."""
    import lxml.html
    from lxml import etree

    text = _XML_DECL.sub("", text, count=1).replace("\x00", "")
    parser = lxml.html.HTMLParser(no_network=True, remove_pis=True, default_doctype=False)
    try:
        return lxml.html.document_fromstring(text, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise ReaderError(ErrorKind.EMPTY, "no readable HTML") from exc


def _summary(f: Found) -> tuple[str, ...]:
    paras: list[str] = [f.rest] if f.rest else []
    for line in f.lines:
        t = line.text
        if (cues.is_date(t) or cues.is_domain(t) or (line.is_link and cues.is_read_more(t))
                or (line.words < 40 and cues.is_boilerplate(t)) or line.words < 3):
            continue
        paras.append(t)
    return tuple(paras)


def _common(a: tuple[int, ...], b: tuple[int, ...]) -> int:
    n = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        n += 1
    return n


def _image_owner(lines: list[Line], found: list[Found], owner: dict[int, int],
                 title_at: dict[int, int], i: int, image: RawImage) -> int | None:
    """The story an image on line i belongs to, or None (masthead, footer).

    A picture just above a headline may be the last thing of the story before or the first
    of the story under it; the one whose headline shares more enclosing blocks with it
    (the same card or table cell) wins, and a tie goes to the story under it.
    """
    line = lines[i]
    own = owner.get(id(line))
    nxt: int | None = None
    if i in title_at and image.leading:
        nxt, own = title_at[i], owner.get(id(lines[i - 1])) if i > 0 else None
    elif line.only_images:
        for k in range(i + 1, min(i + 3, len(lines))):
            if k in title_at:
                nxt = title_at[k]
                break
            if not lines[k].only_images:
                break
    if nxt is None or own is None or own == nxt:
        return own if nxt is None else nxt
    near_own = _common(image.path, lines[found[own].start].path)
    near_next = _common(image.path, lines[found[nxt].start].path)
    return own if near_own > near_next else nxt


def _item_images(lines: list[Line], found: list[Found], base_url: str | None,
                 ) -> dict[int, tuple[Image, ...]]:
    """Give each story (by index in found) the content images of its lines."""
    owner: dict[int, int] = {}  # id(line) -> index in found
    for n, f in enumerate(found):
        for line in [lines[f.start], *f.lines]:
            owner.setdefault(id(line), n)
    title_at = {f.start: n for n, f in enumerate(found)}
    per_item: dict[int, list[RawImage]] = {}
    for i, line in enumerate(lines):
        for image in line.images:
            n = _image_owner(lines, found, owner, title_at, i, image)
            if n is not None:
                per_item.setdefault(n, []).append(image)
    return {n: resolve_images(raw, base_url) for n, raw in per_item.items()}


def _item_link(f: Found, base_url: str | None) -> str | None:
    if f.link:
        return resolve_link(f.link, base_url)
    for line in f.lines:
        for text, href in line.links:
            if cues.is_read_more(text):
                return resolve_link(href, base_url)
    return None


def _item_date(f: Found) -> tuple[str | None, str | None]:
    """(ISO 8601, as written) of the date line under a story's title."""
    for line in f.lines[:4]:
        if cues.is_date(line.text):
            return iso_date(line.text), line.text
    return None, None


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
    base_url = document_base(doc.find(".//base[@href]"), base_url)
    doc_title = cues.clean_text(doc.findtext(".//title") or "")
    body = doc.find("body")
    lines = flatten(body if body is not None else doc, budget.max_lines())
    if not doc_title:
        doc_title = next((ln.text for ln in lines if ln.heading == 1), "")
    issue_title = title or doc_title or source
    declared = (doc.get("lang") or doc.get("xml:lang") or "").split("-")[0].lower() or None
    if declared in ("und", "x", "mul", "zxx"):
        declared = None
    # Templates often declare lang="en" whatever the issue is written in: the text decides.
    doc_lang = guess_language(" ".join(ln.text for ln in lines[:200])) or declared
    body_size = base_size(lines)

    found = _find_items(lines, doc_title, body_size)
    attach(lines, found, body_size)

    items: list[Item] = []
    # The same story linked twice (picture and headline) is one item; an unlinked section
    # whose name recurs further on ("Campagneboot" in its own place and in a spotlight) is two.
    seen: set[tuple[str, str | int]] = set()
    title_key = fold(issue_title)
    images = _item_images(lines, found, base_url)
    for n, f in enumerate(found):
        budget.check()
        key = fold(f.title)
        ident = (key, f.link or f.start)
        if not key or ident in seen or f.sponsored or (
                key == title_key and f.kind != "heading"):
            continue
        seen.add(ident)
        summary = _summary(f)
        lang = (next((ln.lang for ln in [lines[f.start], *f.lines] if ln.lang), None)
                or item_language(" ".join((f.title, *summary)), doc_lang))
        category = "; ".join(f.tags) if f.tags else f.section
        when = _item_date(f)
        items.append(Item(title=f.title, category=category, summary=summary,
                          link=_item_link(f, base_url), date=when[0], date_text=when[1],
                          language=lang,
                          images=images.get(n, ())))
    if not items:
        items = _single_story(lines, issue_title, doc_lang, base_url)
    return Issue(title=issue_title, source=source, language=doc_lang).with_items(items)


def _find_items(lines: list[Line], doc_title: str, body_size: float) -> list[Found]:
    """Every story of the issue, by the patterns in rules (see html_stories/html_records)."""
    menu = menus(lines)
    found = find_link_items(lines)
    if budget.full(len(found)):
        return list(budget.cap(found))
    found += link_runs(lines, menu, {f.start for f in found})
    found += bold_leads(lines, {f.start for f in found})
    found += same_shape_links(lines, found, menu)
    found.sort(key=lambda f: f.start)
    heads = find_heading_items(lines, doc_title, body_size)
    if len(found) < 2:
        return list(budget.cap(heads))
    footer = footer_start(lines)
    found = [f for f in found if f.start < footer]
    found = add_unlinked_peers(lines, found, footer)
    found += headed_sections(lines, found, [h for h in heads if h.start < footer], body_size)
    budget.check()
    return list(budget.cap(sorted(found, key=lambda f: f.start)))


def _single_story(lines: list[Line], title: str, lang: str | None,
                  base_url: str | None) -> list[Item]:
    """A document without a list of stories is one story: its readable paragraphs."""
    paras = [ln.text for ln in lines if is_body(ln) and not ln.chrome]
    if not paras:
        return []
    footer = footer_start(lines)
    raw = [im for ln in lines[:footer] if not ln.chrome for im in ln.images]
    return [Item(title=title or paras[0][:80], summary=tuple(paras), language=lang,
                 images=resolve_images(raw, base_url))]
