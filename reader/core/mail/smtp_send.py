"""Send a briefing by e-mail over SMTP submission, always encrypted, and keep a copy.

Port 587 with STARTTLS (refused when the server does not offer it) or 465 with TLS from the
first byte; the login uses the account's password from the keyring. After sending, the
message is kept in the library as a sent briefing: an .eml file in the data folder's
`sent-briefings` folder, which is a source of the library like any folder.
"""

from __future__ import annotations

import logging
import smtplib
import ssl
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

from reader.core.briefing.model import Briefing
from reader.core.errors import ErrorKind, ReaderError
from reader.core.export.common import ExportStyle
from reader.core.mail.accounts import SmtpAccount, require_password
from reader.core.mail.briefing_mail import (
    Synthesize,
    build_message,
    file_stem,
    make_attachments,
)
from reader.core.mail.imap_source import network_error, tls_context

log = logging.getLogger(__name__)

TIMEOUT = 60.0
SENT_FOLDER = "sent-briefings"


@dataclass(frozen=True, slots=True)
class SentBriefing:
    """What was sent: to whom, with which files, and where the copy is kept."""

    recipients: tuple[str, ...]
    attachments: tuple[str, ...]
    message_id: str
    copy: Path | None = None
    issue_id: int | None = None


def _login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    """Log in once with PLAIN (inside TLS) where offered: trying one mechanism after another
    after a refusal only repeats the wrong password, and some servers then stall."""
    mechanisms = (smtp.esmtp_features.get("auth") or "").upper().split()
    if "PLAIN" in mechanisms:
        smtp.user, smtp.password = user, password
        smtp.auth("PLAIN", smtp.auth_plain)
    else:
        smtp.login(user, password)


def send_message(account: SmtpAccount, password: str, msg: EmailMessage,
                 recipients: Sequence[str], *, timeout: float = TIMEOUT) -> None:
    """Hand the message to the submission server; errors are ReaderErrors."""
    where = f"{account.host}:{account.port}"
    context = tls_context()
    try:
        if account.implicit_tls:
            smtp: smtplib.SMTP = smtplib.SMTP_SSL(account.host, account.port, context=context,
                                                  timeout=timeout)
        else:
            smtp = smtplib.SMTP(account.host, account.port, timeout=timeout)
        with smtp:
            if not account.implicit_tls:
                smtp.ehlo()
                if not smtp.has_extn("starttls"):
                    raise ReaderError(ErrorKind.NETWORK, f"{where} offers no encryption "
                                      "(STARTTLS); Helder sends nothing unencrypted")
                smtp.starttls(context=context)
                smtp.ehlo()
            try:
                _login(smtp, account.user, password)
            except smtplib.SMTPAuthenticationError as exc:
                raise ReaderError(ErrorKind.LOGIN, account.key) from exc
            refused = smtp.send_message(msg, from_addr=account.from_address,
                                        to_addrs=list(recipients))
            if refused:
                raise ReaderError(ErrorKind.BAD_ARGUMENT,
                                  f"refused by {account.host}: {', '.join(refused)}")
    except smtplib.SMTPRecipientsRefused as exc:
        raise ReaderError(ErrorKind.BAD_ARGUMENT, f"refused by {account.host}: "
                          f"{', '.join(exc.recipients)}") from exc
    except smtplib.SMTPSenderRefused as exc:
        raise ReaderError(ErrorKind.BAD_ARGUMENT,
                          f"sender {account.from_address} refused by {account.host}") from exc
    except smtplib.SMTPException as exc:  # the server said no (it is also an OSError)
        raise ReaderError(ErrorKind.NETWORK, f"{where}: {exc}") from exc
    except (OSError, ssl.SSLError) as exc:
        raise network_error(exc, where) from exc


def keep_sent_copy(library_path: Path, raw: bytes, briefing: Briefing,
                   message_id: str) -> tuple[Path, int | None]:
    """Keep the sent message in the library, under the source "Verzonden briefings"."""
    from reader.core.library.store import Library
    from reader.core.mail.briefing_mail import words
    from reader.core.sources.detect import SourceKind
    from reader.core.sources.email import parse_email

    folder = library_path.parent / SENT_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    stamp = "".join(c for c in message_id if c.isalnum())[:24]
    path = folder / f"{file_stem(briefing)}-{stamp}.eml"
    path.write_bytes(raw)
    name = "Verzonden briefings" if words(briefing.language)["for"] == "Voor" else \
        "Sent briefings"
    library = Library(library_path)
    try:
        source_id = library.writer.add_source(name, folder.resolve().as_uri(), SourceKind.FOLDER)
        issue = parse_email(raw, source=name)
        library.writer.store_issue(source_id, path.resolve().as_uri(), issue, raw,
                                   "message/rfc822")
        return path, library.issue_id(path.resolve().as_uri())
    finally:
        library.close()


def send_briefing(
    briefing: Briefing,
    account: SmtpAccount,
    recipients: Sequence[str],
    formats: Sequence[str],
    *,
    password: str | None = None,
    library_path: Path | None = None,
    synthesize: Synthesize | None = None,
    style: ExportStyle | None = None,
) -> SentBriefing:
    """Export the chosen attachments, send, and keep a copy in the library (when given)."""
    secret = password or require_password(account.key)
    with tempfile.TemporaryDirectory(prefix="helder-mail-") as work:
        files = make_attachments(briefing, formats, Path(work), synthesize=synthesize,
                                 style=style)
        msg = build_message(briefing, account.from_address, recipients, files)
    send_message(account, secret, msg, recipients)
    message_id = str(msg["Message-ID"])
    log.info("sent briefing %s to %d recipients", briefing.id, len(recipients))
    copy: Path | None = None
    issue_id: int | None = None
    if library_path is not None:
        try:
            copy, issue_id = keep_sent_copy(library_path, bytes(msg), briefing, message_id)
        except (OSError, ReaderError) as exc:  # sent is sent: a failed copy is only logged
            log.warning("could not keep a copy of the sent briefing: %s", exc)
    return SentBriefing(tuple(recipients), tuple(p.name for p in files), message_id, copy,
                        issue_id)
