"""Tables of events in PDF newsletters: one row, one item.

Parish letters, club bulletins and council agendas list their events as a table: a narrow
column of weekday, date and time, and a wide column whose first line names the event and
whose next lines give the performers or the place. A row starts where a date or time cell
sits; its title is the text on that same baseline to the right (or the rest of the line when
the extractor joined the cells); the lines under the title in its column are its text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reader.core.sources.dates import iso_date
from reader.core.sources.pdf_layout import PdfLine

_WEEKDAY = (r"(?:mo|di|mi|do|fr|sa|so|ma|wo|vr|za|zo|mon|tue|wed|thu|fri|sat|sun|lun|mar|mer|"
            r"jeu|ven|sam|dim)[a-zé]{0,7}\.?,?")
_ROW_START = re.compile(
    rf"^\s*(?:{_WEEKDAY}\s+)?(?P<date>\d{{1,2}}\.\d{{1,2}}\.(?:\d{{2,4}})?|\d{{1,2}}/\d{{1,2}}"
    rf"(?:/\d{{2,4}})?|\d{{4}}-\d{{2}}-\d{{2}})?\s*(?P<time>\d{{1,2}}[:.]\d{{2}}(?:\s*(?:uhr|uur|h"
    rf"|am|pm))?)?\s*(?:\([A-Z]{{1,3}}\))?\s*",
    re.IGNORECASE,
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
    lines: list[PdfLine] = field(default_factory=list)


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


def _section(lines: list[PdfLine], first: int, body: float) -> str | None:
    """The large heading above the table on its page, if any."""
    anchor = lines[first]
    above = [ln for ln in lines[:first] if ln.page == anchor.page and ln.y > anchor.y
             and ln.size >= body + 1.5 and ln.words <= 8]
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
    by_page: dict[int, list[int]] = {}
    for k, ln in enumerate(lines):
        if ln.page in pages:
            by_page.setdefault(ln.page, []).append(k)
    rows: list[Row] = []
    section = _section(lines, anchors[0], body)
    titles: list[tuple[int, PdfLine]] = []
    for i in anchors:
        anchor = lines[i]
        date_text, rest = starts[i]
        title_line: PdfLine | None = None
        if not rest:
            same = [k for k in by_page[anchor.page] if k not in used
                    and abs(lines[k].y - anchor.y) <= 0.5 * anchor.size
                    and lines[k].x >= anchor.x_end - 2]
            if not same:
                continue
            k = min(same, key=lambda k: lines[k].x)
            used.add(k)
            title_line, rest = lines[k], lines[k].text
        else:
            title_line = anchor
        if i != min(column, default=i) and section is None:
            section = _section(lines, i, body)
        when = iso_date(date_text)
        if when is None and rows and rows[-1].date and _start_time(date_text):
            when = f"{rows[-1].date[:10]}T{_start_time(date_text)}"  # a second event that day
        rows.append(Row(i, rest, date_text, when, section))
        titles.append((len(rows) - 1, title_line))
    _attach(lines, by_page, rows, titles, used)
    return rows, used


def _attach(lines: list[PdfLine], by_page: dict[int, list[int]], rows: list[Row],
            titles: list[tuple[int, PdfLine]], used: set[int]) -> None:
    """Give each row the lines under its title in the title's column, up to the next row."""
    title_ys = [(t.page, t.y) for _, t in titles]
    for n, title in titles:
        x = title.x if title is not lines[rows[n].position] else None
        below = [(p, y) for p, y in title_ys if p == title.page and y < title.y - 1]
        floor = max((y for _, y in below), default=-1.0)
        for k in by_page[title.page]:
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
