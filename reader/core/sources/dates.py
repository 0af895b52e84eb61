"""Dates as newsletters print them, turned into ISO 8601 (the text as written is kept too).

Day-month-year orders of Dutch, German and French ("3 februari 2023", "01.02.2023 17:00",
"3 févr. 2023") and English month-day ("February 3, 2023") are read; a date without a year,
or with slashes (3/2 is March 2 in one country and February 3 in another), gives None
rather than a guess.
"""

from __future__ import annotations

import re
from datetime import date, datetime

from reader.core.sources.cues import ignore_case

_MONTHS = {
    "jan": 1, "january": 1, "januari": 1, "janvier": 1, "januar": 1, "jän": 1,
    "feb": 2, "february": 2, "februari": 2, "février": 2, "fevrier": 2, "févr": 2, "februar": 2,
    "mar": 3, "march": 3, "maart": 3, "mrt": 3, "mars": 3, "märz": 3, "mär": 3,
    "apr": 4, "april": 4, "avril": 4, "avr": 4,
    "may": 5, "mei": 5, "mai": 5,
    "jun": 6, "june": 6, "juni": 6, "juin": 6,
    "jul": 7, "july": 7, "juli": 7, "juillet": 7, "juil": 7,
    "aug": 8, "august": 8, "augustus": 8, "août": 8, "aout": 8,
    "sep": 9, "sept": 9, "september": 9, "septembre": 9,
    "oct": 10, "okt": 10, "october": 10, "oktober": 10, "octobre": 10,
    "nov": 11, "november": 11, "novembre": 11,
    "dec": 12, "dez": 12, "déc": 12, "december": 12, "dezember": 12, "décembre": 12,
}
_MONTH = r"(?P<month>[^\W\d_]{3,9})\.?"
_DAY_FIRST = ignore_case(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th|er|e)?\.?\s+(?:of\s+)?{_MONTH}\s+(?P<year>\d{{4}})\b")
_MONTH_FIRST = ignore_case(
    rf"\b{_MONTH}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<year>\d{{4}})\b")
_NUMERIC = re.compile(r"\b(?P<day>\d{1,2})[.-](?P<month>\d{1,2})[.-](?P<year>\d{4})\b")
_ISO = re.compile(r"\b(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})\b")
_TIME = re.compile(r"\b(?P<hour>[01]?\d|2[0-3])[:.](?P<minute>[0-5]\d)\b(?!\.\d)")


def _build(year: str, month: int | None, day: str) -> date | None:
    if month is None:
        return None
    try:
        return date(int(year), month, int(day))
    except ValueError:
        return None


def timestamp_iso(text: str | None) -> str | None:
    """A feed's timestamp (RFC 822 "Tue, 04 Jun 2024 10:00:00 +0200" or ISO 8601) as ISO 8601."""
    if not text or len(text) > 80:
        return None
    from email.utils import parsedate_to_datetime

    try:
        return parsedate_to_datetime(text).isoformat()
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    try:
        return datetime.fromisoformat(text.strip().replace("Z", "+00:00")).isoformat()
    except ValueError:
        return iso_date(text)


def iso_date(text: str) -> str | None:
    """Return the first date in text as YYYY-MM-DD (with THH:MM when a time follows), else None."""
    if not text or len(text) > 200:
        return None
    found: tuple[date, int] | None = None
    for pattern in (_ISO, _NUMERIC):
        m = pattern.search(text)
        if m:
            d = _build(m.group("year"), int(m.group("month")), m.group("day"))
            if d:
                found = (d, m.end())
                break
    if found is None:
        for pattern in (_DAY_FIRST, _MONTH_FIRST):
            m = pattern.search(text)
            if m:
                month = _MONTHS.get(m.group("month").casefold())
                d = _build(m.group("year"), month, m.group("day"))
                if d:
                    found = (d, m.end())
                    break
    if found is None:
        return None
    d, end = found
    t = _TIME.search(text, end)
    if t and t.start() - end <= 6:
        return f"{d.isoformat()}T{int(t.group('hour')):02d}:{t.group('minute')}"
    return d.isoformat()
