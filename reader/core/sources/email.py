"""E-mail files (.eml): MIME multipart, quoted-printable, base64 and declared charsets.

The HTML part is preferred over the plain-text one. Subject and Date become the issue's title
and date; an e-mail that is one story becomes one item titled by its Subject.
"""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING

from reader.core.errors import ErrorKind, ReaderError
from reader.core.models import Issue, Item
from reader.core.sources import cues

if TYPE_CHECKING:  # the email package is imported only when an e-mail is parsed
    from email.message import Message

log = logging.getLogger(__name__)

MAX_PARTS = 500


def _decoded_text(part: Message) -> str:
    payload = part.get_payload(decode=True)
    if not isinstance(payload, bytes):
        return ""
    charset = part.get_content_charset() or "utf-8"
    try:
        return payload.decode(charset, "replace")
    except LookupError:  # an unknown charset name
        return payload.decode("utf-8", "replace")


def _bodies(msg: Message) -> tuple[str | None, str | None]:
    """Return the first text/html and the first text/plain body, attachments skipped."""
    html_body: str | None = None
    text_body: str | None = None
    for count, part in enumerate(msg.walk()):
        if count > MAX_PARTS:
            break
        if part.is_multipart() or part.get_content_disposition() == "attachment":
            continue
        ctype = part.get_content_type()
        if ctype == "text/html" and html_body is None:
            html_body = _decoded_text(part)
        elif ctype == "text/plain" and text_body is None:
            text_body = _decoded_text(part)
    return html_body, text_body


def header_text(value: object) -> str:
    """Decode an RFC 2047 header into plain text."""
    if value is None:
        return ""
    from email.header import decode_header, make_header

    try:
        return cues.clean_text(str(make_header(decode_header(str(value)))))
    except (ValueError, LookupError, UnicodeError):
        return cues.clean_text(str(value))


def email_date(value: str) -> str | None:
    """Return an e-mail Date header as an ISO date, or None."""
    from email.utils import parsedate_to_datetime

    if not value:
        return None
    try:
        return parsedate_to_datetime(value).date().isoformat()
    except (TypeError, ValueError, IndexError):
        return None


def looks_like_email(data: bytes) -> bool:
    """Tell whether bytes start with RFC 822 headers (From/Subject/Received ...)."""
    head = data[:8192].lstrip()
    if not head or head[:1] == b"<":
        return False
    header_block = head.split(b"\n\n", 1)[0].split(b"\r\n\r\n", 1)[0]
    names = {line.split(b":", 1)[0].strip().lower() for line in header_block.splitlines()
             if b":" in line and not line[:1].isspace()}
    known = {b"from", b"to", b"subject", b"date", b"received", b"mime-version",
             b"message-id", b"content-type", b"return-path", b"delivered-to"}
    return len(names & known) >= 2


def parse_email(data: bytes, *, source: str = "", base_url: str | None = None) -> Issue:
    """Parse an e-mail file into an Issue, using its HTML part when there is one."""
    from email import policy
    from email.parser import BytesParser

    try:
        msg = BytesParser(policy=policy.compat32).parsebytes(data)
    except (ValueError, IndexError, TypeError, RecursionError) as exc:
        raise ReaderError(ErrorKind.UNSUPPORTED, f"{source}: broken e-mail") from exc
    subject = header_text(msg.get("Subject"))
    date = email_date(header_text(msg.get("Date")))
    html_body, text_body = _bodies(msg)
    if html_body and html_body.strip():
        from reader.core.sources.html.parser import parse_html

        issue = parse_html(html_body, source=source, base_url=base_url, title=subject or None)
    elif text_body and text_body.strip():
        from reader.core.sources.plaintext.parser import decode_text, parse_text

        issue = parse_text(decode_text(text_body.encode("utf-8")), source=source)
    else:
        raise ReaderError(ErrorKind.EMPTY, f"{source}: the e-mail has no text")
    items = list(issue.items)
    if len(items) == 1 and subject:
        # One story: the Subject is its headline (the body often repeats only a teaser).
        items = [replace(items[0], title=subject)]
    elif not items and subject:
        items = [Item(title=subject, language=issue.language)]
    return replace(issue, title=subject or issue.title, date=date or issue.date,
                   source=source).with_items(items)
