"""Add a mailbox folder as a source: check the login and the folder before storing anything."""

from __future__ import annotations

from reader.core.library.store import Library
from reader.core.mail.accounts import parse_mailbox, require_password, set_password
from reader.core.mail.imap_source import check_mailbox
from reader.core.sources.detect import SourceKind


def add_mail_source(
    library: Library, address: str, *, name: str | None = None, password: str | None = None
) -> int:
    """Store a mail source and return its id; raises ReaderError when it cannot be opened.

    A password given here is tried first and kept in the keyring only when it works;
    without one, the keyring's is used. A wrong password or folder stores nothing.
    """
    mailbox = parse_mailbox(address)
    secret = password or require_password(mailbox.account_key)
    check_mailbox(mailbox, secret)
    if password:
        set_password(mailbox.account_key, password)
    return library.writer.add_source(name or mailbox.describe(), mailbox.address(),
                                     SourceKind.MAIL)
