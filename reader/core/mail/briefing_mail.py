"""The e-mail form of a briefing: an accessible plain-text and HTML body that lists the items,
the chosen exports as attachments, and Content-Language set to the briefing's language."""

from __future__ import annotations

import html
import mimetypes
import re
from collections.abc import Sequence
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path

from reader.core.briefing.model import Briefing, BriefingEntry
from reader.core.errors import ErrorKind, ReaderError
from reader.core.export.common import ExportStyle
from reader.core.speech.engines.types import Synthesize

ATTACHMENT_FORMATS = ("docx", "pdf", "html", "mp3", "wav")
_ADDRESS = re.compile(r"^[^@\s<>,;\"]+@[^@\s<>,;\"]+\.[^@\s<>,;\"]+$")

# The body's few fixed words, in the briefing's language (Dutch, else English).
_WORDS = {
    "nl": {"items": "Onderwerpen in deze briefing", "for": "Voor", "attached": "Bijlagen",
           "none": "Deze briefing heeft nog geen onderwerpen.", "briefing": "Briefing",
           "note": "Notitie"},
    "en": {"items": "Items in this briefing", "for": "For", "attached": "Attached",
           "none": "This briefing has no items yet.", "briefing": "Briefing", "note": "Note"},
}


def words(language: str) -> dict[str, str]:
    """Return the body's fixed words for a language."""
    return _WORDS["nl" if language.lower().startswith("nl") else "en"]


def parse_recipients(text: str) -> list[str]:
    """Split 'a@x.nl, b@y.nl; c@z.nl' into addresses; BAD_ARGUMENT names the first bad one."""
    found = [part.strip() for part in re.split(r"[,;\s]+", text) if part.strip()]
    if not found:
        raise ReaderError(ErrorKind.BAD_ARGUMENT, "no recipient")
    for address in found:
        if not _ADDRESS.match(address):
            raise ReaderError(ErrorKind.BAD_ARGUMENT, f"{address!r} is not an e-mail address")
    return list(dict.fromkeys(found))


def file_stem(briefing: Briefing) -> str:
    """Return a safe file name stem for the attachments ('briefing-raad-12-juni')."""
    stem = re.sub(r"[^\w-]+", "-", (briefing.title or "briefing").lower()).strip("-")
    return stem[:60] or "briefing"


def _entry_line(n: int, e: BriefingEntry) -> str:
    line = f"{n}. {e.title}"
    where = ", ".join(x for x in (e.category, e.source_title, e.source_date) if x)
    if where:
        line += f" ({where})"
    if e.note.strip():
        line += f"\n   {e.note.strip()}"
    if e.link:
        line += f"\n   {e.link}"
    return line


def text_body(briefing: Briefing, attachments: Sequence[str]) -> str:
    """Return the plain-text body: title, recipient, introduction, numbered items, files."""
    w = words(briefing.language)
    lines = [briefing.title or w["briefing"]]
    meta = " · ".join(x for x in (briefing.date or "", f"{w['for']} {briefing.recipient}"
                                  if briefing.recipient else "") if x)
    if meta:
        lines.append(meta)
    lines.append("")
    if briefing.introduction.strip():
        lines += [briefing.introduction.strip(), ""]
    if briefing.entries:
        lines.append(f"{w['items']}:")
        lines += [_entry_line(n, e) for n, e in enumerate(briefing.entries, 1)]
    else:
        lines.append(w["none"])
    if attachments:
        lines += ["", f"{w['attached']}: {', '.join(attachments)}"]
    return "\n".join(lines) + "\n"


def html_body(briefing: Briefing, attachments: Sequence[str]) -> str:
    """Return the HTML body: a real heading, a list of items with links, the language set."""
    w = words(briefing.language)
    esc = html.escape
    title = esc(briefing.title or w["briefing"])
    out = [f'<!DOCTYPE html>\n<html lang="{esc(briefing.language)}">\n<head>'
           f'<meta charset="utf-8"><title>{title}</title></head>\n<body>', f"<h1>{title}</h1>"]
    meta = " · ".join(x for x in (briefing.date or "", f"{w['for']} {briefing.recipient}"
                                  if briefing.recipient else "") if x)
    if meta:
        out.append(f"<p>{esc(meta)}</p>")
    if briefing.introduction.strip():
        out += [f"<p>{esc(p.strip())}</p>" for p in briefing.introduction.split("\n\n")
                if p.strip()]
    out.append(f"<h2>{esc(w['items'])}</h2>")
    if briefing.entries:
        out.append("<ol>")
        for e in briefing.entries:
            head = (f'<a href="{esc(e.link)}">{esc(e.title)}</a>' if e.link else esc(e.title))
            where = ", ".join(x for x in (e.category, e.source_title, e.source_date) if x)
            tail = f" ({esc(where)})" if where else ""
            note = f"<br>{esc(w['note'])}: {esc(e.note)}" if e.note.strip() else ""
            out.append(f"<li>{head}{tail}{note}</li>")
        out.append("</ol>")
    else:
        out.append(f"<p>{esc(w['none'])}</p>")
    if attachments:
        out.append(f"<p>{esc(w['attached'])}: {esc(', '.join(attachments))}</p>")
    out.append("</body>\n</html>\n")
    return "\n".join(out)



def make_attachments(briefing: Briefing, formats: Sequence[str], folder: Path, *,
                     synthesize: Synthesize | None = None,
                     style: ExportStyle | None = None) -> list[Path]:
    """Write the briefing in each chosen format with the project's exporters."""
    from reader.core.export import export_briefing

    paths: list[Path] = []
    stem = file_stem(briefing)
    for fmt in formats:
        if fmt not in ATTACHMENT_FORMATS:
            raise ReaderError(ErrorKind.UNSUPPORTED, f"attachment {fmt!r}")
        target = folder / f"{stem}.{fmt}"
        if fmt == "mp3":
            from reader.core.speech.audio_export import encode

            wav = export_briefing(briefing, "wav", folder / f".{stem}.mp3.wav",
                                  synthesize=synthesize, style=style)
            encode(wav, target, "mp3")
            wav.unlink(missing_ok=True)
        else:
            export_briefing(briefing, fmt, target, style=style,
                            synthesize=synthesize if fmt == "wav" else None)
        paths.append(target)
    return paths


def build_message(briefing: Briefing, sender: str, recipients: Sequence[str],
                  attachments: Sequence[Path]) -> EmailMessage:
    """Return the message: text and HTML alternatives, then the attachments."""
    names = [p.name for p in attachments]
    msg = EmailMessage()
    msg["Subject"] = briefing.title or words(briefing.language)["briefing"]
    msg["From"] = sender
    msg["To"] = ", ".join(recipients)
    msg["Date"] = formatdate(localtime=True)
    msg["Message-ID"] = make_msgid(domain=sender.rsplit("@", 1)[-1] or None)
    msg.set_content(text_body(briefing, names))
    msg.add_alternative(html_body(briefing, names), subtype="html")
    for path in attachments:
        ctype = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        if path.suffix == ".docx":
            ctype = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
        maintype, subtype = ctype.split("/", 1)
        msg.add_attachment(path.read_bytes(), maintype=maintype, subtype=subtype,
                           filename=path.name)
    # Last: turning the message multipart moves Content-* headers into the first part.
    msg["Content-Language"] = briefing.language
    for part in msg.walk():
        if part.get_content_type() in ("text/plain", "text/html") and \
                part.get_content_disposition() != "attachment":
            part["Content-Language"] = briefing.language
    return msg
