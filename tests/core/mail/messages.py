"""Messages for the test mailbox: the corpus's e-mails and newsletters, and generated ones."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from email.utils import format_datetime
from pathlib import Path

CORPUS = Path(__file__).resolve().parents[3].parent / "shared" / "corpus"


def newsletter(n: int, *, sender: str = "nieuwsbrief@vng.nl", subject: str = "",
               stories: int = 3, padding: int = 0) -> bytes:
    """A VNG-like HTML newsletter with `stories` items, different for every n."""
    when = datetime(2026, 6, 1, 9, 0, tzinfo=UTC) + timedelta(days=n)
    msg = EmailMessage()
    msg["From"] = f"VNG Nieuws <{sender}>"
    msg["To"] = "jan@gemeente.nl"
    msg["Subject"] = subject or f"VNG Nieuwsbrief {n}"
    msg["Date"] = format_datetime(when)
    msg["Message-ID"] = f"<n{n}.{sender}@test.helder>"
    body = "".join(
        f"<h2>Bericht {n}.{k}: gemeenten en {['wonen', 'zorg', 'klimaat'][k % 3]}</h2>"
        f"<p>Nieuwsbrief {n}, bericht {k}. De raad besprak de plannen voor {k} wijken "
        f"en het college antwoordt binnen {n + k} weken.</p>"
        f'<p><a href="https://vng.nl/nieuws/{n}-{k}">Lees meer</a></p>'
        for k in range(1, stories + 1)
    )
    msg.set_content(f"VNG Nieuwsbrief {n}")
    msg.add_alternative(f"<html><body><h1>VNG Nieuwsbrief {n}</h1>{body}</body></html>",
                        subtype="html")
    if padding:
        msg.add_attachment(b"\0" * padding, maintype="application", subtype="octet-stream",
                           filename="bijlage.bin")
    return bytes(msg)


def tiny(n: int, sender: str = "nieuwsbrief@vng.nl") -> bytes:
    """A small plain-text newsletter, quick to store in thousands."""
    return (f"From: {sender}\r\nTo: jan@gemeente.nl\r\nSubject: Bericht {n}\r\n"
            f"Date: Mon, 1 Jun 2026 10:00:00 +0200\r\nMessage-ID: <t{n}@test.helder>\r\n"
            f"Content-Type: text/plain; charset=utf-8\r\n\r\n"
            f"Bericht {n}\r\n\r\nDe gemeente meldt nieuws nummer {n}.\r\n").encode()


def corpus_messages() -> list[bytes]:
    """The corpus's .eml files, and its HTML e-mails wrapped as messages (none if absent)."""
    found: list[bytes] = []
    if not CORPUS.is_dir():
        return found
    found += [p.read_bytes() for p in sorted((CORPUS / "eml").glob("*.eml"))]
    for n, page in enumerate(sorted((CORPUS / "email-html").glob("*.html"))[:6]):
        msg = EmailMessage()
        msg["From"] = f"corpus{n}@nieuwsbrief.example"
        msg["To"] = "jan@gemeente.nl"
        msg["Subject"] = page.stem.replace("-", " ")
        msg["Date"] = "Tue, 2 Jun 2026 08:00:00 +0000"
        msg.set_content(page.read_text(encoding="utf-8", errors="replace"), subtype="html")
        found.append(bytes(msg))
    return found
