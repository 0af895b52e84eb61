"""Plain-text export: headings underlined, no hard line breaks, so braille displays reflow it."""

from __future__ import annotations

from pathlib import Path

from reader.core.briefing.model import Briefing
from reader.core.export.common import (
    ExportStyle,
    details_line,
    document_ready,
    heading_text,
    labels_for,
    link_text,
    paragraphs,
    source_line,
)


def _underline(text: str, char: str) -> list[str]:
    return [text, char * max(3, len(text))]


def render_text(briefing: Briefing) -> str:
    """Return the briefing as plain text (UTF-8, paragraphs separated by blank lines)."""
    briefing = document_ready(briefing)
    labels = labels_for(briefing)
    blocks: list[list[str]] = [_underline(heading_text(briefing), "=")]
    details = details_line(briefing)
    if details:
        blocks.append([details])
    blocks.extend([p] for p in paragraphs(briefing.introduction))
    for number, entry in enumerate(briefing.entries, start=1):
        blocks.append(_underline(f"{number}. {entry.title}", "-"))
        origin = source_line(entry, labels)
        if origin:
            blocks.append([origin])
        blocks.extend([p] for p in entry.summary if p.strip())
        note = paragraphs(entry.note)
        if note:
            # Every paragraph of a note says so: plain text has no box to set it apart.
            blocks.append([f"{labels.note}: {note[0]}",
                           *(f"{labels.note_continued}: {p}" for p in note[1:])])
        if entry.link:
            blocks.append([f"{link_text(entry, labels)} <{entry.link}>"])
    return "\n\n".join("\n".join(block) for block in blocks) + "\n"


def write(briefing: Briefing, path: Path, *, style: ExportStyle) -> None:
    """Write the briefing as a UTF-8 text file."""
    del style  # plain text carries no look
    path.write_text(render_text(briefing), encoding="utf-8", newline="\n")
