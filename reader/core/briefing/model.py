"""Briefings: an ordered selection of items from any issues, each with a note, for one reader.

Both classes are frozen; every operation returns a new briefing, so the GUI can keep an undo
history by keeping old values and the store always saves a consistent whole.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass, field, replace
from typing import Any

from reader.core.models import Issue, Item

# Version of the JSON form below; bump it and keep reading older forms when the form changes.
BRIEFING_JSON_VERSION = 1
DEFAULT_LANGUAGE = "nl"


def new_briefing_id() -> str:
    """Return a fresh, unique briefing id."""
    return uuid.uuid4().hex


@dataclass(frozen=True, slots=True)
class BriefingEntry:
    """One item copied into a briefing, with where it came from and the assistant's note.

    The item is copied, not referenced, so a briefing stays whole when its issue is deleted.
    """

    title: str
    category: str | None = None
    summary: tuple[str, ...] = ()
    link: str | None = None
    language: str | None = None
    source_title: str | None = None
    source_date: str | None = None
    source: str | None = None
    note: str = ""

    @classmethod
    def from_item(cls, item: Item, issue: Issue | None = None, *, note: str = "") -> BriefingEntry:
        """Copy an item (and the title and date of its issue) into a new entry."""
        return cls(
            title=item.title,
            category=item.category,
            summary=tuple(item.summary),
            link=item.link,
            language=item.language or (issue.language if issue else None),
            source_title=issue.title if issue else None,
            source_date=(item.date or issue.date) if issue else item.date,
            source=issue.source if issue else None,
            note=note,
        )

    @property
    def summary_text(self) -> str:
        """Return the summary as one string, paragraphs separated by blank lines."""
        return "\n\n".join(self.summary)

    def same_item(self, other: BriefingEntry) -> bool:
        """Tell whether both entries hold the same story (notes aside)."""
        return (self.title, self.link, self.source_title, self.source_date) == (
            other.title,
            other.link,
            other.source_title,
            other.source_date,
        )

    def to_dict(self) -> dict[str, Any]:
        """Return the stable JSON form of this entry."""
        return {
            "title": self.title,
            "category": self.category,
            "summary": list(self.summary),
            "link": self.link,
            "language": self.language,
            "source_title": self.source_title,
            "source_date": self.source_date,
            "source": self.source,
            "note": self.note,
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BriefingEntry:
        """Build an entry from its JSON form."""
        summary = data.get("summary") or ()
        if isinstance(summary, str):
            summary = [p for p in summary.split("\n\n") if p.strip()]
        return cls(
            title=str(data["title"]),
            category=data.get("category"),
            summary=tuple(str(p) for p in summary),
            link=data.get("link"),
            language=data.get("language"),
            source_title=data.get("source_title"),
            source_date=data.get("source_date"),
            source=data.get("source"),
            note=str(data.get("note") or ""),
        )


@dataclass(frozen=True, slots=True)
class Briefing:
    """A titled, dated briefing for a recipient: an introduction and entries in reading order."""

    id: str = field(default_factory=new_briefing_id)
    title: str = ""
    date: str | None = None
    recipient: str = ""
    introduction: str = ""
    language: str = DEFAULT_LANGUAGE
    entries: tuple[BriefingEntry, ...] = ()

    # -- building -----------------------------------------------------------------------------

    @classmethod
    def from_issue(
        cls,
        issue: Issue,
        numbers: list[int] | tuple[int, ...] | None = None,
        *,
        title: str | None = None,
    ) -> Briefing:
        """Make a briefing of an issue's items, chosen by number as listed (from 1; all if None).

        Raises IndexError for a number outside the issue.
        """
        chosen = range(1, len(issue.items) + 1) if numbers is None else numbers
        entries: list[BriefingEntry] = []
        for number in chosen:
            if not 1 <= number <= len(issue.items):
                raise IndexError(number)
            entries.append(BriefingEntry.from_item(issue.items[number - 1], issue))
        return cls(
            title=issue.title if title is None else title,
            date=issue.date,
            language=issue.language or DEFAULT_LANGUAGE,
            entries=tuple(entries),
        )

    def __len__(self) -> int:
        return len(self.entries)

    def index_of(self, entry: BriefingEntry) -> int | None:
        """Return the position of the entry holding the same story, or None."""
        for i, existing in enumerate(self.entries):
            if existing.same_item(entry):
                return i
        return None

    def contains_item(self, item: Item, issue: Issue | None = None) -> bool:
        """Tell whether this item of this issue is already in the briefing."""
        return self.index_of(BriefingEntry.from_item(item, issue)) is not None

    # -- pure operations: each returns a new briefing -------------------------------------------

    def add(self, entry: BriefingEntry, at: int | None = None) -> Briefing:
        """Add an entry at the end (or at index `at`); a story already present is not doubled."""
        if self.index_of(entry) is not None:
            return self
        entries = list(self.entries)
        entries.insert(len(entries) if at is None else max(0, min(at, len(entries))), entry)
        return replace(self, entries=tuple(entries))

    def add_item(self, item: Item, issue: Issue | None = None, *, note: str = "") -> Briefing:
        """Copy an item of an issue to the end of the briefing (no-op if already there)."""
        return self.add(BriefingEntry.from_item(item, issue, note=note))

    def remove(self, index: int) -> Briefing:
        """Remove the entry at index."""
        self._check(index)
        return replace(self, entries=self.entries[:index] + self.entries[index + 1 :])

    def move(self, index: int, to: int) -> Briefing:
        """Move the entry at index to position `to` (clamped to the list)."""
        self._check(index)
        to = max(0, min(to, len(self.entries) - 1))
        if to == index:
            return self
        entries = list(self.entries)
        entries.insert(to, entries.pop(index))
        return replace(self, entries=tuple(entries))

    def move_up(self, index: int) -> Briefing:
        """Move the entry at index one place up; the first stays first."""
        return self.move(index, index - 1)

    def move_down(self, index: int) -> Briefing:
        """Move the entry at index one place down; the last stays last."""
        return self.move(index, index + 1)

    def set_note(self, index: int, note: str) -> Briefing:
        """Set the note of the entry at index (an empty string removes it)."""
        self._check(index)
        entries = list(self.entries)
        entries[index] = replace(entries[index], note=note.strip())
        return replace(self, entries=tuple(entries))

    def with_details(self, **details: Any) -> Briefing:
        """Set title, date, recipient, introduction and/or language."""
        allowed = {"title", "date", "recipient", "introduction", "language"}
        unknown = set(details) - allowed
        if unknown:
            raise TypeError(f"unknown briefing details: {sorted(unknown)}")
        return replace(self, **details)

    def _check(self, index: int) -> None:
        if not 0 <= index < len(self.entries):
            raise IndexError(index)

    # -- JSON ----------------------------------------------------------------------------------

    def to_dict(self) -> dict[str, Any]:
        """Return the stable JSON form of this briefing."""
        return {
            "version": BRIEFING_JSON_VERSION,
            "id": self.id,
            "title": self.title,
            "date": self.date,
            "recipient": self.recipient,
            "introduction": self.introduction,
            "language": self.language,
            "entries": [e.to_dict() for e in self.entries],
        }

    def to_json(self, *, indent: int | None = 1) -> str:
        """Return the briefing as JSON text."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Briefing:
        """Build a briefing from its JSON form (refuses a newer form it cannot know)."""
        version = int(data.get("version", 1))
        if version > BRIEFING_JSON_VERSION:
            raise ValueError(f"briefing JSON version {version} is newer than this program")
        return cls(
            id=str(data.get("id") or new_briefing_id()),
            title=str(data.get("title") or ""),
            date=data.get("date"),
            recipient=str(data.get("recipient") or ""),
            introduction=str(data.get("introduction") or ""),
            language=str(data.get("language") or DEFAULT_LANGUAGE),
            entries=tuple(BriefingEntry.from_dict(d) for d in data.get("entries", [])),
        )

    @classmethod
    def from_json(cls, text: str) -> Briefing:
        """Build a briefing from JSON text."""
        return cls.from_dict(json.loads(text))
