"""Mail for the command line: filters on `helder add imaps://...`, a password asked once,
and `helder export ... --mail-to ADDRESS`."""

from __future__ import annotations

import argparse
import sys
from urllib.parse import urlsplit

from reader.core.briefing.model import Briefing
from reader.core.errors import ErrorKind, ReaderError
from reader.core.mail.accounts import (
    Mailbox,
    SmtpAccount,
    get_password,
    parse_mailbox,
    set_password,
)


def add_mail_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the mail options of `add`."""
    group = parser.add_argument_group("mailbox sources (imaps://user@host/Folder)")
    group.add_argument("--from", dest="mail_from", metavar="SENDER",
                       help="only mail from this sender, e.g. nieuwsbrief@vng.nl")
    group.add_argument("--subject", dest="mail_subject", metavar="TEXT",
                       help="only mail whose subject contains this")
    group.add_argument("--move-to", dest="mail_move", metavar="FOLDER",
                       help="after reading, move the message to this folder (off by default)")


def mailbox_from_args(args: argparse.Namespace) -> Mailbox:
    """Return the mailbox the address and the filter options name."""
    from dataclasses import replace

    box = parse_mailbox(args.address)
    return replace(box, sender=args.mail_from or box.sender,
                   subject=args.mail_subject or box.subject,
                   move_to=args.mail_move or box.move_to)


def ask_password(account_key: str) -> str | None:
    """Return None when the keyring has the password, else ask for it once (not echoed)."""
    if get_password(account_key):
        return None
    import getpass

    password = getpass.getpass(f"Password for {account_key}: ")
    if not password:
        raise ReaderError(ErrorKind.LOGIN, f"{account_key}: no password given")
    return password


def add_send_arguments(parser: argparse.ArgumentParser) -> None:
    """Declare the mail options of `export`."""
    parser.add_argument("--mail-to", metavar="ADDRESS",
                        help="send the briefing by e-mail to these addresses (comma-separated)")
    parser.add_argument("--smtp", metavar="URL",
                        help="sending server, e.g. smtp://user@host:587?from=me@host (STARTTLS) "
                        "or smtps://user@host:465; kept for next time (default: the saved one, "
                        "else the server of your mailbox source)")
    parser.add_argument("--yes", action="store_true", help="send without asking to confirm")


def _smtp_from_url(text: str) -> SmtpAccount:
    from urllib.parse import parse_qs, unquote

    parts = urlsplit(text)
    if parts.scheme not in ("smtp", "smtps") or not parts.hostname or not parts.username:
        raise ReaderError(ErrorKind.BAD_ARGUMENT, f"--smtp {text}: use smtp://user@host:587")
    if parts.password:
        raise ReaderError(ErrorKind.BAD_ARGUMENT, "put no password in --smtp; Helder asks")
    user = unquote(parts.username)
    sender = parse_qs(parts.query).get("from", [user if "@" in user else ""])[-1]
    implicit = parts.scheme == "smtps"
    return SmtpAccount(host=parts.hostname, user=user, from_address=sender,
                       port=parts.port or (465 if implicit else 587), implicit_tls=implicit)


def smtp_account(args: argparse.Namespace) -> SmtpAccount:
    """Return the sending account: --smtp (saved), the saved one, or the mailbox's server."""
    from reader.core.mail.accounts import load_smtp_account, save_smtp_account, smtp_for_mailbox
    from reader.core.storage.paths import config_dir

    if args.smtp:
        account = _smtp_from_url(args.smtp)
        save_smtp_account(config_dir(), account)
        return account
    saved = load_smtp_account(config_dir())
    if saved is not None:
        return saved
    from reader.cli.library_common import open_library

    library = open_library()
    try:
        mail = [s for s in library.sources() if s.kind == "mail"]
    finally:
        library.close()
    if not mail:
        raise ReaderError(ErrorKind.BAD_ARGUMENT,
                          "no sending server known; give --smtp smtp://user@host:587")
    return smtp_for_mailbox(parse_mailbox(mail[0].address))


def send(args: argparse.Namespace, briefing: Briefing, formats: list[str]) -> int:
    """Confirm, send the briefing, report the recipients and where the copy is kept."""
    from reader.core.mail.briefing_mail import parse_recipients
    from reader.core.mail.smtp_send import send_briefing
    from reader.core.storage.paths import library_path

    recipients = parse_recipients(args.mail_to)
    account = smtp_account(args)
    if not account.from_address:
        raise ReaderError(ErrorKind.BAD_ARGUMENT, "no sender address; add ?from=you@host "
                          "to --smtp")
    if not args.yes:
        if not sys.stdin.isatty():
            raise ReaderError(ErrorKind.BAD_ARGUMENT, "confirm with --yes to send without a "
                              "terminal")
        answer = input(f"Send '{briefing.title}' to {', '.join(recipients)}? [y/N] ")
        if answer.strip().lower() not in ("y", "yes", "j", "ja"):
            print("not sent")
            return 1
    password = ask_password(account.key)
    sent = send_briefing(briefing, account, recipients, formats, password=password,
                         library_path=library_path())
    if password:
        set_password(account.key, password)
    files = ", ".join(sent.attachments) or "no attachments"
    print(f"sent to {', '.join(sent.recipients)} ({files}); a copy is in the library")
    return 0
