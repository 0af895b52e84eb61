"""PDF newsletters, read with pypdf: headings from font size and weight become items.

pypdf is pure Python (no native libraries to ship with the app), reads encrypted and damaged
files with clear exceptions, and its text visitor gives each run's position, font and size,
which is all the layout evidence we need.
"""

from __future__ import annotations

import io
import logging
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from reader.core.errors import ErrorKind, ReaderError
from reader.core.models import Issue, Item
from reader.core.sources import budget, cues, rules
from reader.core.sources.pdf.layout import PdfLine, page_lines
from reader.core.sources.pdf.tables import table_rows
from reader.core.text.fold import fold
from reader.core.text.language import guess_language

if TYPE_CHECKING:
    from pypdf import PdfReader

log = logging.getLogger(__name__)

MAX_PAGES = 300
# A heading this much larger than the body text, over this many words, is a boxed story.
BOX_TITLE_PT = 3.0
BOX_MIN_WORDS = 12
BULLETS = "•◊▪■□◦○●➢►▶✓✔➤–*·"
_BULLET = re.compile(rf"^\s*[{re.escape(BULLETS)}]\s+\S")
_BYLINE = re.compile(r"\s+(by|door|par|von|van)\s+[A-Z][\w.'-]+(\s+[A-Z][\w.'-]+){0,3}\s*$")
_END = re.compile(r"[.,;][\"'’”“»]?\s*$")
_NAME = re.compile(r"^((Rev|Dr|Mr|Mrs|Ms|Prof|Ds|Dhr|Mevr)\.?\s+)?[A-Z][a-z]+(\s+[A-Z]\.)?"
                   r"(\s+(van|de|der|den|ter|von|du|le)){0,2}(\s+[A-Z][a-z'-]+){1,2}$")


@dataclass
class _Block:
    title: str
    heading: PdfLine | None
    section: str | None = None
    lines: list[PdfLine] = field(default_factory=list[PdfLine])
    position: float = 0.0  # where it starts among the page lines, for reading order
    date: str | None = None
    date_text: str | None = None


def _open(data: bytes, source: str) -> PdfReader:
    from pypdf import PdfReader

    logging.getLogger("pypdf").setLevel(logging.ERROR)  # its warnings are not the user's concern
    from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            try:
                if not reader.decrypt(""):
                    raise ReaderError(ErrorKind.ENCRYPTED, source)
            except (DependencyError, FileNotDecryptedError, NotImplementedError) as exc:
                raise ReaderError(ErrorKind.ENCRYPTED, source) from exc
        return reader
    except ReaderError:
        raise
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, IndexError,
            OSError, RecursionError, AssertionError) as exc:
        raise ReaderError(ErrorKind.DAMAGED, f"{source}: {type(exc).__name__}") from exc


def _all_lines(reader: PdfReader, source: str) -> list[PdfLine]:
    from pypdf.errors import FileNotDecryptedError

    lines: list[PdfLine] = []
    try:
        pages = reader.pages
        count = len(pages)
    except FileNotDecryptedError as exc:
        raise ReaderError(ErrorKind.ENCRYPTED, source) from exc
    except Exception as exc:  # broken page tree
        raise ReaderError(ErrorKind.DAMAGED, f"{source}: no pages") from exc
    for number in range(min(count, MAX_PAGES)):
        budget.check()
        try:
            lines.extend(page_lines(pages[number], number + 1))
        except FileNotDecryptedError as exc:
            raise ReaderError(ErrorKind.ENCRYPTED, source) from exc
        except Exception as exc:  # one broken page must not lose the others
            log.warning("%s: page %d unreadable: %s", source, number + 1, exc)
    return lines


def _body_size(lines: list[PdfLine]) -> float:
    counts: Counter[float] = Counter()
    for ln in lines:
        counts[round(ln.size)] += len(ln.text)
    return float(counts.most_common(1)[0][0]) if counts else 10.0


def _is_heading(ln: PdfLine, body: float) -> bool:
    t = ln.text
    if ln.words > 15 or len(t) < 3 or _END.search(t) or not re.search(r"[^\W\d_]{2}", t):
        return False
    if cues.is_date(t) or cues.is_boilerplate(t) or _BULLET.match(t):
        return False
    return ln.size >= body + 1.5 or (ln.bold and ln.size >= body - 0.5)


def _is_body(ln: PdfLine, body: float) -> bool:
    return ln.words >= 6 and abs(ln.size - body) <= 1.5


def _merge_headings(lines: list[PdfLine], body: float) -> list[tuple[PdfLine, bool]]:
    """Mark headings, joining a heading that wraps onto a second line."""
    out: list[tuple[PdfLine, bool]] = []
    for ln in lines:
        head = _is_heading(ln, body)
        if out and head and out[-1][1] and not _NAME.match(ln.text):
            prev = out[-1][0]
            if (prev.page == ln.page and abs(prev.size - ln.size) < 0.6 and prev.bold == ln.bold
                    and 0 < prev.y - ln.y < 1.6 * ln.size
                    and (abs(prev.x - ln.x) < 3 * ln.size  # left-aligned or centred
                         or abs(prev.x + prev.x_end - ln.x - ln.x_end) < 6 * ln.size)):
                merged = PdfLine(prev.page, prev.x, ln.y, max(prev.x_end, ln.x_end), prev.size,
                                 prev.bold, f"{prev.text} {ln.text}")
                out[-1] = (merged, True)
                continue
        out.append((ln, head))
    return out


def _boxed_stories(marked: list[tuple[PdfLine, bool]], starts: set[int], body: float,
                   ) -> tuple[set[int], set[int]]:
    """Large headings over a box of text are stories; the smaller headings in it are its parts.

    Feature boxes in bulletins set a big title over short lines (dates, places, performers)
    and sub-heads: no single line under the title reads like body text, but the box does.
    """
    out, boxes = set(starts), set[int]()
    for i, (ln, head) in enumerate(marked):
        if not head or ln.size < body + BOX_TITLE_PT or ln.words < 2:
            continue
        words, inside = 0, list[int]()
        for k in range(i + 1, len(marked)):
            m, h = marked[k]
            if h and (m.size >= ln.size - 0.5 or m.size >= body + BOX_TITLE_PT):
                break  # the next box, or a box inside this label's section
            if h:
                inside.append(k)
            elif abs(m.size - body) <= 1.5:
                words += m.words
        if words >= BOX_MIN_WORDS and i not in starts:
            out.add(i)
            boxes.add(i)
            # Sub-heads over short lines are parts; one over a paragraph is a story of its own.
            out -= {k for k in inside
                    if k + 1 >= len(marked) or not _is_body(marked[k + 1][0], body)}
    return out, boxes


def _paragraphs(lines: list[PdfLine], body: float) -> tuple[str, ...]:
    """Join lines into paragraphs, mending words hyphenated across lines."""
    paras: list[str] = []
    current = ""
    prev: PdfLine | None = None
    for ln in lines:
        if ln.size < body - 1.5:  # captions and small print
            continue
        gap = prev is not None and (ln.page != prev.page or prev.y - ln.y > 1.7 * ln.size
                                    or (ln.y > prev.y and abs(ln.x - prev.x) < 2))
        text = ln.text
        if current and (gap or _BULLET.match(text)):
            paras.append(current)
            current = ""
        if not current:
            current = text
        elif re.search(r"[^\W\d_]-$", current) and re.match(r"^[a-zß-ÿ]", text):
            current = current[:-1] + text
        elif text.startswith("-") and re.search(r"[^\W\d_]$", current):
            current = current + text  # the rest of a hyphenated name set as its own run
        else:
            current = f"{current} {text}"
        prev = ln
    if current:
        paras.append(current)
    return tuple(" ".join(p.split()) for p in paras if not cues.is_boilerplate(p) or len(p) > 300)


def _without_title(title: str, paras: tuple[str, ...]) -> tuple[str, ...]:
    """Drop the title where the first paragraph repeats it (bullet items)."""
    if paras and paras[0].startswith(title):
        rest = paras[0][len(title):].lstrip(" ,.:;–—-")
        return (rest, *paras[1:]) if rest else paras[1:]
    return paras


def _issue_title(reader: PdfReader, lines: list[PdfLine], body: float) -> str:
    try:
        meta = reader.metadata
        title = cues.clean_text(str(meta.title)) if meta and meta.title else ""
    except Exception:  # broken Info dictionary
        title = ""
    if title and not re.search(r"\.(docx?|indd|pages|pdf)$|^microsoft|^untitled", title, re.I):
        return title
    first = [ln for ln in lines if ln.page == 1 and ln.size >= body * 1.6 and ln.words <= 12]
    if first:
        biggest = max(first, key=lambda ln: ln.size)
        return biggest.text
    return ""


def parse_pdf(data: bytes, *, source: str = "") -> Issue:
    """Parse a PDF newsletter into an Issue of its stories."""
    reader = _open(data, source)
    lines = _all_lines(reader, source)
    if not lines:
        raise ReaderError(ErrorKind.EMPTY, f"{source}: the PDF has no text (scanned?)")
    body = _body_size(lines)
    issue_title = _issue_title(reader, lines, body) or source
    rows, used = table_rows(lines, body) if rules.on("pdf.table_rows") else ([], set[int]())
    order = {id(ln): n for n, ln in enumerate(lines)}
    marked = _merge_headings([ln for n, ln in enumerate(lines) if n not in used], body)
    blocks: list[_Block] = [_Block(r.title, None, r.section, r.lines, r.position, r.date,
                                   r.date_text) for r in rows]
    at = 0.0
    section: str | None = None
    bullets = sum(1 for ln, _ in marked if _BULLET.match(ln.text)) >= 2
    title_key = fold(issue_title)
    kicker: str | None = None
    section_size = 0.0
    starts: set[int] = set()
    for i, (_, head) in enumerate(marked):
        nxt = marked[i + 1:i + 3]
        if head and any(_is_body(m, body) and not h for m, h in nxt):
            starts.add(i)
    # A heading straight above a story's heading is its kicker or section, not a story.
    starts -= {i for i in starts if i + 1 in starts}
    boxed: set[int] = set()
    if rules.on("pdf.boxed_stories"):
        starts, boxed = _boxed_stories(marked, starts, body)
    if rules.on("pdf.dateline"):
        first_body = next((i for i, (ln, h) in enumerate(marked) if not h and _is_body(ln, body)),
                          len(marked))
        starts -= {i for i in starts if i < first_body and marked[i][0].page == 1
                   and cues.DATELINE.search(marked[i][0].text)}
    for i, (ln, head) in enumerate(marked):
        if not i & 255:
            budget.check()
        at = order.get(id(ln), at + 0.001)
        below = marked[i + 1] if i + 1 < len(marked) else None
        if head and i not in starts and below and below[1] and i + 1 not in boxed and (
                i + 1 in starts or i + 2 in starts):
            if fold(ln.text) == title_key:
                continue
            if below[0].size < ln.size - 1:
                section, section_size = ln.text, ln.size  # the section of what follows
                continue
            if i + 1 in starts:
                kicker = ln.text  # same size: a label over this one story
                continue
        if i in starts:
            if section and ln.size >= section_size - 0.5:
                section = None  # a story as big as the section heading: the section ended
            title = _BYLINE.sub("", ln.text).strip() if rules.on("pdf.bylines") else ln.text
            if kicker and rules.on("pdf.speaker_names") and _NAME.match(title):
                # The line above is the title, this one the speaker or author.
                blocks.append(_Block(kicker, ln, section, [ln], at))
                kicker = None
                continue
            if fold(title) != title_key:
                blocks.append(_Block(title, ln, kicker or section, position=at))
                kicker = None
                continue
        if bullets and _BULLET.match(ln.text):
            text = re.sub(rf"^\s*[{re.escape(BULLETS)}]\s*", "", ln.text)
            title = re.split(r"(?<=[^\W\d_]{2})[.:!?]\s|\s[–—]\s", text, maxsplit=1)[0]
            blocks.append(_Block(" ".join(title.split()[:14]), None, section,
                                 [PdfLine(ln.page, ln.x, ln.y, ln.x_end, ln.size, ln.bold, text)],
                                 at))
            continue
        flow = [b for b in blocks if b.position <= at]
        if flow:
            max(flow, key=lambda b: b.position).lines.append(ln)
    blocks.sort(key=lambda b: b.position)
    lang = guess_language(" ".join(ln.text for ln in lines[:300]))
    items = [Item(title=b.title, category=b.section, summary=_without_title(b.title,
                  _paragraphs(b.lines, body)), language=lang, date=b.date, date_text=b.date_text)
             for b in blocks if b.title]
    return Issue(title=issue_title, source=source, language=lang).with_items(items)
