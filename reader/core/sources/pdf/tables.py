"""Tables of events in PDF newsletters: one row, one item.

Parish letters, club bulletins and council agendas list their events as a table: a narrow
column of weekday, date and time, and a wide column whose first line names the event and
whose next lines give the performers or the place. A row starts where a date or time cell
sits; its title is the text on that same baseline to the right (or the rest of the line when
the extractor joined the cells); the lines under the title in its column are its text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field

from reader.core.sources.cues import ignore_case
from reader.core.sources.dates import iso_date
from reader.core.sources.pdf.layout import PdfLine

_WEEKDAY = (r"(?:mo|di|mi|do|fr|sa|so|ma|wo|vr|za|zo|mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|"
            r"jeu|ven|sam|dim)[a-zé]{0,7}\.?,?")
_ROW_START = ignore_case(
    rf"^\s*(?:{_WEEKDAY}\s+)?(?P<date>\d{{1,2}}\.\d{{1,2}}\.(?:\d{{2,4}})?|\d{{1,2}}/\d{{1,2}}"
    rf"(?:/\d{{2,4}})?|\d{{4}}-\d{{2}}-\d{{2}})?\s*(?P<time>\d{{1,2}}[:.]\d{{2}}(?:\s*(?:uhr|uur|h"
    rf"|am|pm))?)?\s*(?:\([A-Z]{{1,3}}\))?\s*",
)
# A table needs this many dated rows that start at one x position.
MIN_ROWS = 4
X_TOLERANCE = 12.0


@dataclass
class Row:
    """One event row: where it starts in the page lines, its title, text and date."""

    position: int
    title: str
    date_text: str
    date: str | None
    section: str | None
    lines: list[PdfLine] = field(default_factory=list[PdfLine])


def _start(line: PdfLine) -> tuple[str, str] | None:
    """(date-and-time text, rest of the line) when the line opens with a date or a time."""
    match = _ROW_START.match(line.text)
    if not match or not (match.group("date") or match.group("time")):
        return None
    rest = line.text[match.end():].strip()
    if rest and (len(rest.split()) > 12 or rest.endswith((".", ","))):
        return None  # a sentence that happens to open with a time
    return line.text[:match.end()].strip(), rest


def _start_time(text: str) -> str | None:
    match = re.search(r"\b([01]?\d|2[0-3])[:.]([0-5]\d)\b", text)
    return f"{int(match.group(1)):02d}:{match.group(2)}" if match else None


class _Pages:
    """The lines of each page sorted by height, to find those in a band quickly."""

    def __init__(self, lines: list[PdfLine], pages: set[int]) -> None:
        self.lines = lines
        self.ys: dict[int, list[float]] = {}
        self.ks: dict[int, list[int]] = {}
        self.tallest: dict[int, float] = {}
        for page in pages:
            ks = sorted((k for k, ln in enumerate(lines) if ln.page == page),
                        key=lambda k: lines[k].y)
            self.ks[page] = ks
            self.ys[page] = [lines[k].y for k in ks]
            self.tallest[page] = max((lines[k].size for k in ks), default=0.0)

    def band(self, page: int, low: float, high: float) -> list[int]:
        """Indices of the lines of a page whose baseline lies in [low, high], top first."""
        ys = self.ys.get(page, [])
        ks = self.ks.get(page, [])
        return ks[bisect.bisect_left(ys, low):bisect.bisect_right(ys, high)][::-1]


def _section(lines: list[PdfLine], first: int, body: float, index: _Pages) -> str | None:
    """The large heading above the table on its page, if any."""
    anchor = lines[first]
    above = [lines[k] for k in index.band(anchor.page, anchor.y + 0.01, float("inf"))
             if k < first and lines[k].size >= body + 1.5 and lines[k].words <= 8]
    return min(above, key=lambda ln: ln.y - anchor.y).text if above else None


def table_rows(lines: list[PdfLine], body: float) -> tuple[list[Row], set[int]]:
    """The rows of event tables, and the indices of the lines they use."""
    starts = {i: s for i, ln in enumerate(lines) if (s := _start(ln)) is not None}
    dated = [i for i in starts if _ROW_START.match(lines[i].text).group("date")]  # type: ignore[union-attr]
    if len(dated) < MIN_ROWS:
        return [], set()
    xs = sorted(lines[i].x for i in dated)
    column_x = xs[len(xs) // 2]
    column = {i for i in dated if abs(lines[i].x - column_x) <= X_TOLERANCE}
    if len(column) < MIN_ROWS:
        return [], set()
    pages = {lines[i].page for i in column}
    right_edge = max(lines[i].x_end for i in column)
    # Time-only cells (a second event on the same day) sit left of the content column.
    anchors = sorted(i for i in starts if lines[i].page in pages and (
        i in column or (not _ROW_START.match(lines[i].text).group("date")  # type: ignore[union-attr]
                        and lines[i].x < right_edge)))
    used: set[int] = set(anchors)
    index = _Pages(lines, pages)
    rows: list[Row] = []
    section = _section(lines, anchors[0], body, index)
    seen_pages = {lines[anchors[0]].page}
    titles: list[tuple[int, PdfLine]] = []
    for i in anchors:
        anchor = lines[i]
        date_text, rest = starts[i]
        title_line: PdfLine | None = None
        if not rest:
            tolerance = 0.5 * anchor.size
            same = [k for k in index.band(anchor.page, anchor.y - tolerance, anchor.y + tolerance)
                    if k not in used and lines[k].x >= anchor.x_end - 2]
            if not same:
                continue
            k = min(same, key=lambda k: lines[k].x)
            used.add(k)
            title_line, rest = lines[k], lines[k].text
        else:
            title_line = anchor
        if not re.search(r"[^\W\d_]{2}", rest):
            continue  # "-1/25": the rest of a date range, no event
        if section is None and anchor.page not in seen_pages:
            section = _section(lines, i, body, index)  # the table's heading on a later page
        seen_pages.add(anchor.page)
        when = iso_date(date_text)
        if when is None and rows and rows[-1].date and _start_time(date_text):
            when = f"{rows[-1].date[:10]}T{_start_time(date_text)}"  # a second event that day
        rows.append(Row(i, rest, date_text, when, section))
        titles.append((len(rows) - 1, title_line))
    _attach(lines, index, rows, titles, used)
    return rows, used


def _attach(lines: list[PdfLine], index: _Pages, rows: list[Row],
            titles: list[tuple[int, PdfLine]], used: set[int]) -> None:
    """Give each row the lines under its title in the title's column, up to the next row."""
    title_ys: dict[int, list[float]] = {}
    for _, t in titles:
        title_ys.setdefault(t.page, []).append(t.y)
    for ys in title_ys.values():
        ys.sort()
    for n, title in titles:
        x = title.x if title is not lines[rows[n].position] else None
        ys = title_ys[title.page]
        lower = bisect.bisect_left(ys, title.y - 1)
        floor = ys[lower - 1] if lower > 0 else -1.0  # the next row's title below this one
        low = max(floor, title.y - 12 * index.tallest[title.page])
        for k in index.band(title.page, low, title.y - 1):
            ln = lines[k]
            if k in used or not (floor < ln.y < title.y - 1):
                continue
            if x is not None and abs(ln.x - x) > X_TOLERANCE:
                continue
            if x is None and ln.x < title.x - X_TOLERANCE:
                continue
            if title.y - ln.y > 12 * max(ln.size, 1.0):
                continue
            rows[n].lines.append(ln)
            used.add(k)
