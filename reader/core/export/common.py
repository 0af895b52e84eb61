"""What every export format shares: the reader's style, document labels and language tags."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from typing import Any

from reader.core.briefing import Briefing, BriefingEntry

MIN_PDF_SIZE_PT = 18.0  # large print: the RNIB and Visio guidance is 16-18 pt at least

_COLOUR = re.compile(r"^(#[0-9a-fA-F]{3,8}|[a-zA-Z]{3,20})$")
_ISO_DATE = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})")
_UNSAFE_IN_CSS = re.compile(r"[^\w \-.,]")


@dataclass(frozen=True, slots=True)
class ExportStyle:
    """The reader's own look, carried into exports: font, size, spacing and colours."""

    font_family: str = "DejaVu Sans"
    font_size_pt: float = 18.0
    line_height: float = 1.5
    foreground: str = "#1a1a1a"
    background: str = "#ffffff"
    link: str = "#0b4f9c"
    note_background: str = "#fff4d6"
    note_border: str = "#8a5a00"
    # A TTF/OTF file for the PDF; found from font_family with fontconfig when None.
    font_file: str | None = None
    speech_rate_wpm: int = 170

    @classmethod
    def from_theme(cls, theme: Mapping[str, Any]) -> ExportStyle:
        """Build a style from a theme dict (keys named as the fields; unknown keys ignored)."""
        aliases = {
            "fg": "foreground",
            "text": "foreground",
            "bg": "background",
            "font": "font_family",
            "font_size": "font_size_pt",
            "line_spacing": "line_height",
        }
        names = {f.name for f in fields(cls)}
        values: dict[str, Any] = {}
        for key, value in theme.items():
            name = aliases.get(key, key)
            if name in names and value is not None:
                values[name] = value
        return cls(**values).checked()

    def checked(self) -> ExportStyle:
        """Return a copy safe to put in CSS: bad colours and fonts fall back to the defaults."""
        default = ExportStyle()
        values: dict[str, Any] = {}
        for name in ("foreground", "background", "link", "note_background", "note_border"):
            value = str(getattr(self, name)).strip()
            values[name] = value if _COLOUR.match(value) else getattr(default, name)
        family = _UNSAFE_IN_CSS.sub("", str(self.font_family)).strip()
        values["font_family"] = family or default.font_family
        values["font_size_pt"] = min(max(float(self.font_size_pt), 6.0), 96.0)
        values["line_height"] = min(max(float(self.line_height), 1.0), 3.0)
        values["speech_rate_wpm"] = min(max(int(self.speech_rate_wpm), 80), 450)
        values["font_file"] = self.font_file
        return ExportStyle(**values)


@dataclass(frozen=True, slots=True)
class Labels:
    """The fixed words of an exported document, in the briefing's language."""

    briefing: str
    recipient: str
    date: str
    introduction: str
    note: str
    read_more: str
    theme: str
    source: str
    topic: str
    end: str
    contents: str
    months: tuple[str, ...]


LABELS: dict[str, Labels] = {
    "nl": Labels(
        briefing="Briefing",
        recipient="Voor",
        date="Datum",
        introduction="Inleiding",
        note="Notitie",
        read_more="Lees meer",
        theme="Thema",
        source="Bron",
        topic="Onderwerp",
        end="Einde van de briefing.",
        contents="Onderwerpen",
        months=(
            "januari",
            "februari",
            "maart",
            "april",
            "mei",
            "juni",
            "juli",
            "augustus",
            "september",
            "oktober",
            "november",
            "december",
        ),
    ),
    "en": Labels(
        briefing="Briefing",
        recipient="For",
        date="Date",
        introduction="Introduction",
        note="Note",
        read_more="Read more",
        theme="Theme",
        source="Source",
        topic="Item",
        end="End of the briefing.",
        contents="Items",
        months=(
            "January",
            "February",
            "March",
            "April",
            "May",
            "June",
            "July",
            "August",
            "September",
            "October",
            "November",
            "December",
        ),
    ),
}

# Region assumed for a bare language code: the users are in the Netherlands.
_DEFAULT_REGION = {"nl": "NL", "en": "GB", "de": "DE", "fr": "FR", "fy": "NL"}


def base_language(tag: str | None) -> str:
    """Return the language part of a tag: 'nl-NL' -> 'nl'."""
    return (tag or "nl").replace("_", "-").split("-")[0].lower() or "nl"


def full_language_tag(tag: str | None) -> str:
    """Return a tag with a region, as Word wants it: 'nl' -> 'nl-NL', 'en-us' -> 'en-US'."""
    parts = (tag or "nl").replace("_", "-").split("-")
    lang = parts[0].lower() or "nl"
    if len(parts) > 1 and parts[1]:
        return f"{lang}-{parts[1].upper()}"
    region = _DEFAULT_REGION.get(lang)
    return f"{lang}-{region}" if region else lang


def labels_for(briefing: Briefing) -> Labels:
    """Return the labels in the briefing's language (English for languages we lack)."""
    return LABELS.get(base_language(briefing.language), LABELS["en"])


def heading_text(briefing: Briefing) -> str:
    """Return the title of the briefing, or a stand-in when it has none."""
    return briefing.title.strip() or labels_for(briefing).briefing


def readable_date(date: str | None, labels: Labels) -> str:
    """Return an ISO date as words ('2026-03-20' -> '20 maart 2026'); other text unchanged."""
    if not date:
        return ""
    match = _ISO_DATE.match(date.strip())
    if not match or not 1 <= int(match["month"]) <= 12:
        return date.strip()
    return f"{int(match['day'])} {labels.months[int(match['month']) - 1]} {match['year']}"


def details_line(briefing: Briefing) -> str:
    """Return 'Voor: X · Datum: Y' (empty when neither is set)."""
    labels = labels_for(briefing)
    parts = []
    if briefing.recipient.strip():
        parts.append(f"{labels.recipient}: {briefing.recipient.strip()}")
    if briefing.date:
        parts.append(f"{labels.date}: {readable_date(briefing.date, labels)}")
    return " · ".join(parts)


def source_line(entry: BriefingEntry, labels: Labels) -> str:
    """Return 'Thema: X · Bron: Issue, date' for an entry (empty when nothing is known)."""
    parts = []
    if entry.category:
        parts.append(f"{labels.theme}: {entry.category}")
    origin = ", ".join(
        p for p in (entry.source_title, readable_date(entry.source_date, labels)) if p
    )
    if origin:
        parts.append(f"{labels.source}: {origin}")
    return " · ".join(parts)


def link_text(entry: BriefingEntry, labels: Labels) -> str:
    """Return a link text that names its target: 'Lees meer: <title>'."""
    return f"{labels.read_more}: {entry.title}"


def paragraphs(text: str) -> list[str]:
    """Split free text (an introduction, a note) into paragraphs at blank lines."""
    return [" ".join(p.split()) for p in re.split(r"\n\s*\n", text or "") if p.strip()]
