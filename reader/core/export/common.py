"""What every export format shares: the reader's style, document labels and language tags."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from pathlib import PurePath

from reader.core.briefing.model import Briefing, BriefingEntry

# Re-exported: the formats and the UI import the style from here.
from reader.core.export.style import MIN_PDF_SIZE_PT as MIN_PDF_SIZE_PT
from reader.core.export.style import ExportStyle as ExportStyle
from reader.core.text.language import base_language

_ISO_DATE = re.compile(r"^(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})")


@dataclass(frozen=True, slots=True)
class Labels:
    """The fixed words of an exported document, in the briefing's language."""

    briefing: str
    recipient: str  # before the name the briefing is for
    date: str
    introduction: str
    note: str  # the reader's own note on an item
    note_continued: str  # a note that runs over a page break
    read_more: str  # the link to the whole article
    theme: str
    source: str
    topic: str  # "Onderwerp 2": each item's number is announced with it
    end: str  # the last words of the audio
    contents: str
    months: tuple[str, ...]


# The fixed words side by side, one row a field, so a translator sees them together.
# Newsletters in French and German reach Dutch councils too; a briefing in their language
# gets its own words, so a French document does not say "Source" or "Bron".
_LANGUAGES = ("nl", "en", "fr", "de")
_WORDS: dict[str, tuple[str, str, str, str]] = {
    "briefing": ("Briefing", "Briefing", "Briefing", "Briefing"),
    "recipient": ("Voor", "For", "Pour", "Für"),
    "date": ("Datum", "Date", "Date", "Datum"),
    "introduction": ("Inleiding", "Introduction", "Introduction", "Einleitung"),
    "note": ("Notitie", "Note", "Note", "Notiz"),
    "note_continued": ("Notitie, vervolg", "Note, continued", "Note, suite", "Notiz, Fortsetzung"),
    "read_more": ("Lees meer", "Read more", "Lire la suite", "Weiterlesen"),
    "theme": ("Thema", "Theme", "Rubrique", "Rubrik"),
    "source": ("Bron", "Source", "Source", "Quelle"),
    "topic": ("Onderwerp", "Item", "Sujet", "Punkt"),
    "end": ("Einde van de briefing.", "End of the briefing.", "Fin du briefing.",
            "Ende des Briefings."),
    "contents": ("Onderwerpen", "Items", "Sujets", "Punkte"),
}
_MONTHS = (
    "januari februari maart april mei juni juli augustus september oktober november december",
    "January February March April May June July August September October November December",
    "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
)
LABELS: dict[str, Labels] = {
    language: Labels(
        **{field: words[n] for field, words in _WORDS.items()}, months=tuple(_MONTHS[n].split())
    )
    for n, language in enumerate(_LANGUAGES)
}

# Region assumed for a bare language code: the users are in the Netherlands.
_DEFAULT_REGION = {"nl": "NL", "en": "GB", "de": "DE", "fr": "FR", "fy": "NL"}


def full_language_tag(tag: str | None) -> str:
    """Return a tag with a region, as Word wants it: 'nl' -> 'nl-NL', 'en-us' -> 'en-US'."""
    parts = (tag or "nl").strip().replace("_", "-").split("-")
    lang = parts[0].lower() or "nl"
    if not re.fullmatch(r"[a-z]{2,3}", lang):  # not a language code: say what we know
        return "nl-NL"
    if len(parts) > 1 and re.fullmatch(r"[a-zA-Z]{2}|\d{3}", parts[1]):
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
    parts: list[str] = []
    if briefing.recipient.strip():
        parts.append(f"{labels.recipient}: {briefing.recipient.strip()}")
    if briefing.date:
        parts.append(f"{labels.date}: {readable_date(briefing.date, labels)}")
    return " · ".join(parts)


def source_line(entry: BriefingEntry, labels: Labels) -> str:
    """Return 'Thema: X · Bron: Issue, date' for an entry (empty when nothing is known)."""
    parts: list[str] = []
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


# What XML 1.0 cannot hold (DOCX, HTML) and no document should carry: C0 controls other than
# tab and line breaks, DEL and C1 controls, lone surrogates and the two non-characters.
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str | None) -> str:
    """Return text without characters a document cannot hold (NUL from a PDF, say)."""
    return _NOT_TEXT.sub("", text or "")


def _is_file_name(title: str | None, source: str | None) -> bool:
    """Tell whether a title is only the name of the file it came from ('000_f6d7…')."""
    if not title or not source:
        return False
    name = PurePath(source.replace("\\", "/")).name
    return title.strip().casefold() in {name.casefold(), PurePath(name).stem.casefold()}


def shared_link(url: str | None) -> str | None:
    """Return a link fit to pass on: no redirect wrapper, no tracking, no subscriber token.

    A briefing goes to someone else: a Mailchimp click link's `e=` would tell the sender
    that the assistant clicked, so it is dropped (the link still leads to the story).
    """
    from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

    from reader.core.text.links import clean_link

    url = clean_link(clean_text(url).strip() or None)
    if not url:
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if (parts.hostname or "").endswith("list-manage.com") and parts.path == "/track/click":
        kept = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "e"]
        url = urlunsplit(parts._replace(query=urlencode(kept)))
    return url


def document_ready(briefing: Briefing) -> Briefing:
    """Return the briefing as a document should show it.

    Characters a document cannot hold are dropped, and a title that is only a file name is
    left out: a listener should not hear "nul nul nul ef zes" as a title or a source.
    """
    sources = {e.source for e in briefing.entries if e.source}
    title = clean_text(briefing.title)
    if any(_is_file_name(title, s) for s in sources):
        title = ""
    entries = tuple(
        replace(
            entry,
            title=clean_text(entry.title),
            category=clean_text(entry.category) or None,
            summary=tuple(clean_text(p) for p in entry.summary),
            link=shared_link(entry.link),
            source_title=None
            if _is_file_name(entry.source_title, entry.source)
            else clean_text(entry.source_title) or None,
            note=clean_text(entry.note),
        )
        for entry in briefing.entries
    )
    return replace(
        briefing,
        title=title,
        recipient=clean_text(briefing.recipient),
        introduction=clean_text(briefing.introduction),
        date=clean_text(briefing.date) or None,
        entries=entries,
    )
