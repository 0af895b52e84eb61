"""The newsletter model: an issue made of items, immutable, with a stable JSON form."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from typing import Any

JSON_VERSION = 1


@dataclass(frozen=True, slots=True)
class Image:
    """A content image of an item: its address and its description ("" when it has none)."""

    src: str
    alt: str = ""

    def to_dict(self) -> dict[str, str]:
        """Return the stable JSON form of this image."""
        return {"src": self.src, "alt": self.alt}

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Image:
        """Build an image from its JSON form."""
        return cls(src=str(data["src"]), alt=str(data.get("alt") or ""))


@dataclass(frozen=True, slots=True)
class Item:
    """One story in an issue: title, theme, summary paragraphs and its "Lees meer" link."""

    title: str
    category: str | None = None
    summary: tuple[str, ...] = ()
    link: str | None = None
    position: int = 0
    date: str | None = None  # ISO 8601 where the issue states one
    language: str | None = None
    # Never fetched by the parser; shown only when the user allows images for the issue.
    images: tuple[Image, ...] = ()
    date_text: str | None = None  # the date as the issue writes it ("Mi. 01.02.2023 17:00")

    @property
    def summary_text(self) -> str:
        """Return the summary as one string, paragraphs separated by blank lines."""
        return "\n\n".join(self.summary)

    def to_dict(self) -> dict[str, Any]:
        """Return the stable JSON form of this item."""
        return {
            "title": self.title,
            "category": self.category,
            "summary": self.summary_text,
            "paragraphs": list(self.summary),
            "link": self.link,
            "position": self.position,
            "date": self.date,
            "date_text": self.date_text,
            "language": self.language,
            "images": [im.to_dict() for im in self.images],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Item:
        """Build an item from its JSON form."""
        paragraphs = data.get("paragraphs")
        if paragraphs is None:
            text = data.get("summary") or ""
            paragraphs = [p for p in text.split("\n\n") if p.strip()]
        return cls(
            title=str(data["title"]),
            category=data.get("category"),
            summary=tuple(str(p) for p in paragraphs),
            link=data.get("link"),
            position=int(data.get("position", 0)),
            date=data.get("date"),
            language=data.get("language"),
            images=tuple(Image.from_dict(d) for d in data.get("images") or () if d.get("src")),
            date_text=data.get("date_text"),
        )


@dataclass(frozen=True, slots=True)
class Issue:
    """One newsletter issue as parsed from a source."""

    title: str
    items: tuple[Item, ...] = ()
    source: str | None = None
    date: str | None = None
    language: str | None = None
    meta: tuple[tuple[str, str], ...] = field(default=())

    @property
    def truncated(self) -> str | None:
        """What was left out when the issue was too large to keep whole (see budget), or None."""
        return dict(self.meta).get("truncated")

    def with_items(self, items: Sequence[Item]) -> Issue:
        """Return a copy holding these items, numbered by their order."""
        numbered = tuple(replace(it, position=i) for i, it in enumerate(items))
        return replace(self, items=numbered)

    def to_dict(self) -> dict[str, Any]:
        """Return the stable JSON form of this issue."""
        return {
            "version": JSON_VERSION,
            "title": self.title,
            "date": self.date,
            "language": self.language,
            "source": self.source,
            "items": [it.to_dict() for it in self.items],
        }

    def to_json(self, *, indent: int | None = 1) -> str:
        """Return the issue as JSON text."""
        return json.dumps(self.to_dict(), ensure_ascii=False, indent=indent)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Issue:
        """Build an issue from its JSON form."""
        return cls(
            title=str(data.get("title") or ""),
            items=tuple(Item.from_dict(d) for d in data.get("items", [])),
            source=data.get("source"),
            date=data.get("date"),
            language=data.get("language"),
        )

    @classmethod
    def from_json(cls, text: str) -> Issue:
        """Build an issue from JSON text."""
        return cls.from_dict(json.loads(text))
