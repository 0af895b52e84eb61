"""Flatten an HTML document into visible lines: text, links, emphasis and heading level.

Scripts, styles, hidden pre-headers and Outlook-only conditional content are dropped; images
survive as their alt text in the line, and content images are listed in the line's
extra["images"] as RawImage (an image without text joins the next line). Nothing is fetched.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from reader.core.sources import budget
from reader.core.sources.cues import clean_text, ignore_case
from reader.core.sources.html.images import RawImage, alt_text, content_image

log = logging.getLogger(__name__)

BLOCK_TAGS = frozenset(str.split(
    "p div td th tr table tbody thead tfoot li ul ol dl dt dd h1 h2 h3 h4 h5 h6 blockquote "
    "section article header footer nav aside main center figure figcaption pre address "
    "hr form fieldset details summary body html"
))
DROP_TAGS = frozenset(str.split(
    "script style noscript template iframe object embed svg math canvas video audio source "
    "head title meta link base button input select textarea option map area"
))
CHROME_TAGS = frozenset(("nav", "footer", "aside", "form", "header"))
HEADING = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
_HIDDEN = ignore_case(
    r"display\s*:\s*none|visibility\s*:\s*hidden|max-height\s*:\s*0(px)?\s*(;|$|!)|"
    r"opacity\s*:\s*0(\.0+)?\s*(;|$|!)|"
    r"(^|;)\s*(max-)?width\s*:\s*0(px)?\s*;.*overflow\s*:\s*hidden",
)
_FONT_SIZE = ignore_case(r"font-size\s*:\s*(\d+(?:\.\d+)?)\s*(px|pt|em|rem|%)?")
_BOLD = ignore_case(r"font-weight\s*:\s*(bold|bolder|[6-9]00)")
_NOT_BOLD = ignore_case(r"font-weight\s*:\s*(normal|lighter|[1-4]00)")


@dataclass
class Line:
    """One visible line of the document, as a reader sees it."""

    text: str
    pieces: list[tuple[str, str | None, bool]]  # (text, href, bold)
    heading: int = 0  # 1-6 from <h1>-<h6>, 0 when not a heading element
    size: float = 0.0  # largest declared font size, in px
    lang: str | None = None
    article: int = -1  # index of the enclosing <article>, -1 outside any
    chrome: bool = False  # inside nav, header, footer, aside or form
    block: int = 0  # id of the block element the line came from
    extra: dict[str, Any] = field(default_factory=dict[str, Any])

    @cached_property
    def words(self) -> int:
        """Return the number of words."""
        return len(self.text.split())

    @cached_property
    def link_chars(self) -> int:
        """Return how many characters sit inside links."""
        return sum(len(t.strip()) for t, h, _ in self.pieces if h)

    @cached_property
    def hrefs(self) -> list[str]:
        """Return the distinct link targets, in order."""
        return list(dict.fromkeys(h for _, h, _ in self.pieces if h))

    @cached_property
    def links(self) -> list[tuple[str, str]]:
        """Return (text, href) for each run of linked text, adjacent runs merged."""
        out: list[tuple[str, str]] = []
        prev: str | None = None
        for t, h, _ in self.pieces:
            if h and h == prev and out:
                out[-1] = (out[-1][0] + t, h)
            elif h:
                out.append((t, h))
            prev = h if (h or t.strip()) else prev
        return [(clean_text(t), h) for t, h in out if clean_text(t)]

    @cached_property
    def is_link(self) -> bool:
        """Tell whether the whole line is (nearly) one link."""
        chars = len(self.text.replace(" ", ""))
        linked = sum(len(t.replace(" ", "")) for t, h, _ in self.pieces if h)
        return chars > 0 and linked >= 0.85 * chars

    @cached_property
    def only_images(self) -> bool:
        """Tell whether the line's text comes only from image alt texts."""
        return self.extra.get("alt", 0) >= len(self.text.replace(" ", "")) * 0.9

    @property
    def images(self) -> list[RawImage]:
        """Return the content images that belong with this line."""
        return self.extra.get("images", [])

    @property
    def path(self) -> tuple[int, ...]:
        """Return the ids of the block elements around the line, outermost first."""
        return self.extra.get("path", ())

    @cached_property
    def bold(self) -> bool:
        """Tell whether all of the line's letters are bold."""
        letters = [(t, b) for t, _, b in self.pieces if t.strip()]
        return bool(letters) and all(b for _, b in letters)


def _style_size(style: str) -> float:
    match = _FONT_SIZE.search(style)
    if not match:
        return 0.0
    value, unit = float(match.group(1)), (match.group(2) or "px").lower()
    if unit == "pt":
        return value * 4 / 3
    if unit in ("em", "rem"):
        return value * 16
    if unit == "%":
        return value * 0.16
    return value


def is_hidden(el: Any) -> bool:
    """Tell whether an element is hidden from readers (pre-headers, Outlook-only copies)."""
    if el.get("hidden") is not None or el.get("aria-hidden") == "true":
        return True
    style = el.get("style")
    return bool(style and _HIDDEN.search(style))


def flatten(root: Any, max_lines: int | None = None) -> list[Line]:
    """Walk the document body and return its visible lines in reading order.

    With max_lines, the walk stops once that many lines are read.
    """
    lines: list[Line] = []
    pieces: list[tuple[str, str | None, bool]] = []
    alt_chars = [0]
    images: list[RawImage] = []  # content images not yet given to a line
    state: dict[str, Any] = {"heading": 0, "size": 0.0, "lang": None, "article": -1,
                             "chrome": False, "block": 0, "path": ()}
    articles = [0]
    blocks = [0]

    def flush() -> None:
        if not pieces:
            return
        text = clean_text("".join(t for t, _, _ in pieces))
        if text:
            line = Line(
                text,
                list(pieces),
                state["heading"],
                state["size"],
                state["lang"],
                state["article"],
                state["chrome"],
                state["block"],
            )
            line.extra["alt"] = alt_chars[0]
            line.extra["path"] = state["path"]
            if images:
                line.extra["images"] = list(images)
                images.clear()
            lines.append(line)
        pieces.clear()
        alt_chars[0] = 0

    # Iterative walk: (element, href, bold, saved state) on enter, None marks an exit.
    stack: list[Any] = [("enter", root, None, False)]
    steps = 0
    while stack:
        steps += 1
        if not steps & 1023:
            budget.check()
            if max_lines is not None and len(lines) >= max_lines:
                budget.cut()
                return lines[:max_lines]
        entry = stack.pop()
        if entry[0] == "exit":
            _, el, saved, tail, href, bold, is_block = entry
            if is_block:
                flush()
            state.update(saved)
            if tail:
                pieces.append((tail, href, bold))
            continue
        _, el, parent_href, parent_bold = entry
        tag = el.tag if isinstance(el.tag, str) else ""
        tail = el.tail
        if not tag:  # comments (incl. Outlook [if mso] blocks) and processing instructions
            if tail:
                pieces.append((tail, parent_href, parent_bold))
            continue
        tag = tag.lower()
        if tag == "br":
            flush()
            if tail:
                pieces.append((tail, parent_href, parent_bold))
            continue
        if tag in DROP_TAGS or is_hidden(el):
            if tail:
                pieces.append((tail, parent_href, parent_bold))
            continue
        saved = dict(state)
        is_block = tag in BLOCK_TAGS
        if is_block:
            flush()
            blocks[0] += 1
            state["block"] = blocks[0]
            state["path"] = (*state["path"], blocks[0])
        if tag in HEADING:
            state["heading"] = HEADING[tag]
        elif tag == "article":
            articles[0] += 1
            state["article"] = articles[0]
        elif tag in CHROME_TAGS and not (tag in ("header", "footer") and state["article"] >= 0):
            state["chrome"] = True
        lang = el.get("lang") or el.get("xml:lang")
        if lang:
            code = lang.split("-")[0].lower()[:8]
            state["lang"] = None if code in ("und", "x", "mul", "zxx") else code or None
        style = el.get("style") or ""
        if style:
            size = _style_size(style)
            if size:
                state["size"] = size
        bold = parent_bold
        if tag in ("b", "strong") or tag in HEADING or (style and _BOLD.search(style)):
            bold = True
        elif style and _NOT_BOLD.search(style):
            bold = False
        href = parent_href
        if tag == "a":
            href = el.get("href") or None
        if tag == "img":
            image = content_image(el)
            if image is not None:
                leading = not any(t.strip() for t, _, _ in pieces)
                images.append(RawImage(image[0], image[1], state["path"], leading))
            alt = alt_text(el)  # "" for a file name or an id, which tell a listener nothing
            if alt:
                pieces.append((f" {alt} ", href, bold))
                alt_chars[0] += len(alt)
        stack.append(("exit", el, saved, tail, parent_href, parent_bold, is_block))
        for child in reversed(el):
            stack.append(("enter", child, href, bold))
        if el.text:
            pieces.append((el.text, href, bold))
    flush()
    if images and lines:  # images after the last text belong with it
        lines[-1].extra.setdefault("images", []).extend(images)
    return lines
