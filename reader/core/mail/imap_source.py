"""A mailbox folder as a source: each new message that passes the filters becomes an issue.

Read-only towards the server: the folder is opened with EXAMINE and messages are fetched
with BODY.PEEK, so they stay unread in the user's mail program. Only when the user asked
for it ("move after reading") is the folder selected for writing, to move what was read.

Why IMAPClient: it wraps imaplib with parsed responses (UIDs, flags, sizes, folder
status), UID commands by default, STARTTLS and XOAUTH2 login, and is well maintained; imaplib
alone would need our own parser for every response.

Each issue's address is the message's IMAP URL with the folder's UIDVALIDITY and the
message's UID. The source's `etag` holds `imap:UIDVALIDITY:LAST_UID`, the highest UID looked
at; only UIDs above it are fetched. A new UIDVALIDITY means the server renumbered the
folder: Helder starts over from the first message, and what it already has is recognised
by content and not stored twice.
"""

from __future__ import annotations

import logging
import re
import socket
import ssl
import threading
from collections.abc import Callable, Generator, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, Protocol

from reader.core.errors import ErrorKind, ReaderError
from reader.core.mail.accounts import Mailbox, parse_mailbox, require_password

if TYPE_CHECKING:
    from imapclient import IMAPClient

    from reader.core.library.store import Library, SourceRow
    from reader.core.models import Issue

log = logging.getLogger(__name__)

MAX_MESSAGE_BYTES = 20 * 1024 * 1024  # as for downloads; larger mail stays in the mailbox
MAX_PER_REFRESH = 500  # a first refresh of a full inbox takes the newest 500
BATCH_BYTES = 4 * 1024 * 1024  # fetch several small messages per round trip
TIMEOUT = 30.0
_STATE = re.compile(r"^imap:(\d+):(\d+)$")
_UID_IN_ADDRESS = re.compile(r";UIDVALIDITY=(\d+)/;UID=(\d+)$")


class MailRun(Protocol):
    """What a source's refresh run (net/source_run.py, `SourceRun`) offers this module."""

    library: Library
    source: SourceRow
    errors: list[ReaderError]

    @property
    def cancel(self) -> threading.Event | None: ...

    @property
    def on_bytes(self) -> Callable[[int], None] | None: ...

    def store(self, address: str, issue: Issue, raw: bytes, raw_type: str | None) -> None: ...

    def check_cancel(self) -> None: ...


@dataclass(frozen=True, slots=True)
class FolderState:
    """Where the last refresh stopped: the folder's UIDVALIDITY and the last UID looked at."""

    uidvalidity: int
    last_uid: int

    @classmethod
    def parse(cls, etag: str | None) -> FolderState | None:
        match = _STATE.match(etag or "")
        return cls(int(match[1]), int(match[2])) if match else None

    def text(self) -> str:
        return f"imap:{self.uidvalidity}:{self.last_uid}"


def tls_context() -> ssl.SSLContext:
    """Return the TLS settings: the system's trusted certificates, host names checked.

    OpenSSL also reads SSL_CERT_FILE / SSL_CERT_DIR, so an own certificate authority
    (a company's, or a test's) can be trusted without turning checks off.
    """
    context = ssl.create_default_context()
    context.minimum_version = ssl.TLSVersion.TLSv1_2
    return context


def _is_cert_error(exc: BaseException) -> bool:
    return isinstance(exc, ssl.SSLCertVerificationError) or (
        isinstance(exc, ssl.SSLError) and "CERTIFICATE_VERIFY_FAILED" in str(exc))


def network_error(exc: BaseException, where: str) -> ReaderError:
    """Turn a socket, TLS or IMAP failure into a ReaderError the user can act on."""
    if isinstance(exc, ReaderError):
        return exc
    if _is_cert_error(exc):
        reason = getattr(exc, "verify_message", "") or str(exc)
        return ReaderError(ErrorKind.CERTIFICATE, f"{where}: {reason}")
    if isinstance(exc, socket.timeout | TimeoutError):
        return ReaderError(ErrorKind.TIMEOUT, where)
    if _is_lost(exc):
        return ReaderError(ErrorKind.NETWORK, f"{where}: the server closed the connection")
    return ReaderError(ErrorKind.NETWORK, f"{where}: {exc or type(exc).__name__}")


def _is_lost(exc: BaseException) -> bool:
    """Tell a connection that went away (EOF, reset, IMAP abort) from other failures."""
    if isinstance(exc, ssl.SSLEOFError | ConnectionResetError | BrokenPipeError | EOFError):
        return True
    from imapclient import IMAPClient

    return isinstance(exc, IMAPClient.AbortError)


@contextmanager
def connect(mailbox: Mailbox, secret: str, *,
            timeout: float = TIMEOUT) -> Generator[IMAPClient, None, None]:
    """Open a TLS connection and log in; always logs out. Errors are ReaderErrors."""
    from imapclient import IMAPClient
    from imapclient.exceptions import IMAPClientError, LoginError

    where = f"{mailbox.host}:{mailbox.port}"
    context = tls_context()
    try:
        client = IMAPClient(mailbox.host, port=mailbox.port, ssl=not mailbox.starttls,
                            ssl_context=context, timeout=timeout)
    except (OSError, ssl.SSLError) as exc:
        raise network_error(exc, where) from exc
    try:
        try:
            if mailbox.starttls:
                client.starttls(context)  # never logs in over plain text
            if mailbox.auth == "xoauth2":
                client.oauth2_login(mailbox.user, secret)
            else:
                client.login(mailbox.user, secret)
        except LoginError as exc:
            # IMAPClient turns every failure during LOGIN into LoginError, a lost
            # connection too; only a refusal by the server is about the password.
            cause = exc.__context__
            if isinstance(cause, IMAPClient.AbortError | OSError | ssl.SSLError):
                raise network_error(cause, where) from exc
            raise ReaderError(ErrorKind.LOGIN, f"{mailbox.account_key}") from exc
        except IMAPClientError as exc:
            raise ReaderError(ErrorKind.NETWORK, f"{where}: {exc}") from exc
        except (OSError, ssl.SSLError) as exc:
            raise network_error(exc, where) from exc
        yield client
    finally:
        try:
            client.logout()
        except Exception:  # the connection may already be gone
            try:
                client.shutdown()
            except Exception:
                log.debug("closing %s", where, exc_info=True)


def examine(client: IMAPClient, mailbox: Mailbox) -> dict[bytes, Any]:
    """Open the folder read-only (EXAMINE); NOT_FOUND when it does not exist."""
    from imapclient import IMAPClient as Client
    from imapclient.exceptions import IMAPClientError

    try:
        return client.select_folder(mailbox.folder, readonly=True)
    except Client.AbortError:
        raise  # the connection went away: not a missing folder
    except IMAPClientError as exc:  # the server said NO to EXAMINE
        raise ReaderError(ErrorKind.NOT_FOUND,
                          f"folder {mailbox.folder!r} on {mailbox.host}") from exc


def check_mailbox(mailbox: Mailbox, secret: str) -> int:
    """Log in and open the folder; return how many messages it holds (for adding a source)."""
    with connect(mailbox, secret) as client:
        count = int(examine(client, mailbox).get(b"EXISTS", 0))
        if mailbox.move_to and not client.folder_exists(mailbox.move_to):
            raise ReaderError(ErrorKind.NOT_FOUND, f"folder {mailbox.move_to!r} on {mailbox.host}")
        return count


def _stored_uids(library: Library, source_id: int, uidvalidity: int) -> int:
    """Return the highest UID stored for this source under this UIDVALIDITY (0 if none)."""
    best = 0
    for row in library.issues(source_id, limit=1_000_000):
        match = _UID_IN_ADDRESS.search(row.address)
        if match and int(match[1]) == uidvalidity:
            best = max(best, int(match[2]))
    return best


def _search(client: IMAPClient, mailbox: Mailbox, after: int) -> list[int]:
    criteria: list[Any] = ["UID", f"{after + 1}:*"]
    if mailbox.sender:
        criteria += ["FROM", mailbox.sender]
    if mailbox.subject:
        criteria += ["SUBJECT", mailbox.subject]
    charset = None if all(str(c).isascii() for c in criteria) else "UTF-8"
    # "n:*" always includes the last message, even below n: keep only what is really new.
    return sorted(u for u in client.search(criteria, charset=charset) if u > after)


def _batches(uids: list[int], sizes: dict[int, int]) -> Iterator[list[int]]:
    batch: list[int] = []
    total = 0
    for uid in uids:
        if batch and total + sizes.get(uid, 0) > BATCH_BYTES:
            yield batch
            batch, total = [], 0
        batch.append(uid)
        total += sizes.get(uid, 0)
    if batch:
        yield batch


def refresh_mailbox(run: MailRun) -> str:
    """Fetch the new messages of a mail source into the library; return the new state."""
    mailbox = parse_mailbox(run.source.address)
    secret = require_password(mailbox.account_key)
    try:
        with connect(mailbox, secret) as client:
            state = _refresh(run, client, mailbox)
    except ReaderError:
        raise
    except Exception as exc:  # the connection failed outside the download itself
        raise _fetch_error(exc, f"{mailbox.host}:{mailbox.port}/{mailbox.folder}") from exc
    if run.errors:
        # net/refresh.py records the error and keeps the old validators; the folder's state is
        # saved first so a message skipped for good (too large) is not fetched again.
        run.library.writer.record_success(run.source.id, state, None)
    return state


def _refresh(run: MailRun, client: IMAPClient, mailbox: Mailbox) -> str:
    where = f"{mailbox.host}:{mailbox.port}/{mailbox.folder}"
    status = examine(client, mailbox)
    uidvalidity = int(status[b"UIDVALIDITY"])
    state = FolderState.parse(run.source.etag)
    if state is not None and state.uidvalidity != uidvalidity:
        log.info("%s: UIDVALIDITY changed from %d to %d; starting over", where,
                 state.uidvalidity, uidvalidity)
        state = None
    after = max(state.last_uid if state else 0,
                _stored_uids(run.library, run.source.id, uidvalidity))
    try:
        uids = _search(client, mailbox, after)
    except (OSError, ssl.SSLError) as exc:
        raise network_error(exc, where) from exc
    first_time = state is None and after == 0
    if len(uids) > MAX_PER_REFRESH:
        # A first look at a full folder takes the newest; later ones catch up oldest first.
        uids = uids[-MAX_PER_REFRESH:] if first_time else uids[:MAX_PER_REFRESH]
    last = after
    if uids:
        last = _fetch_all(run, client, mailbox, uidvalidity, uids, after, where)
    if mailbox.move_to:
        _move_read(run, client, mailbox, uidvalidity, where)
    return FolderState(uidvalidity, max(last, after)).text()


def _fetch_all(run: MailRun, client: IMAPClient, mailbox: Mailbox, uidvalidity: int,
               uids: list[int], after: int, where: str) -> int:
    """Fetch, parse and store messages in UID order; return the last UID dealt with."""
    from reader.core.sources.email import parse_email

    done = after
    try:
        sizes = {u: int(d.get(b"RFC822.SIZE", 0))
                 for u, d in client.fetch(uids, ["RFC822.SIZE"]).items()}
        for batch in _batches(uids, sizes):
            run.check_cancel()
            wanted = [u for u in batch if sizes.get(u, 0) <= MAX_MESSAGE_BYTES]
            wanted = [u for u in wanted if not run.library.writer.has_issue(
                mailbox.message_address(uidvalidity, u))]
            fetched = client.fetch(wanted, ["BODY.PEEK[]"]) if wanted else {}
            for uid in batch:
                run.check_cancel()
                address = mailbox.message_address(uidvalidity, uid)
                if sizes.get(uid, 0) > MAX_MESSAGE_BYTES:
                    mb = sizes[uid] // 1_000_000
                    run.errors.append(ReaderError(
                        ErrorKind.TOO_LARGE, f"message {uid} in {mailbox.folder} ({mb} MB); "
                        "it stays in the mailbox"))
                elif uid in fetched:
                    raw = bytes(fetched[uid].get(b"BODY[]") or b"")
                    if run.on_bytes is not None:
                        run.on_bytes(len(raw))
                    try:
                        issue = parse_email(raw, source=run.source.name)
                    except ReaderError as exc:
                        run.errors.append(exc)  # one unreadable message does not stop the rest
                    else:
                        run.store(address, replace(issue, source=run.source.name), raw,
                                  "message/rfc822")
                done = uid
    except ReaderError:
        raise
    except Exception as exc:
        error = _fetch_error(exc, where, " during the download")
        if done > after:
            error = ReaderError(error.kind, f"{error.detail}; the messages up to UID {done} "
                                "are kept, the rest follow on the next refresh")
        raise error from exc
    return done


def _fetch_error(exc: BaseException, where: str, during: str = "") -> ReaderError:
    """Name a failure during the fetch: most often the connection went away mid-way."""
    from imapclient.exceptions import IMAPClientError

    if isinstance(exc, OSError | ssl.SSLError) and _is_cert_error(exc):
        return network_error(exc, where)
    if isinstance(exc, socket.timeout | TimeoutError):
        return ReaderError(ErrorKind.TIMEOUT, where)
    if isinstance(exc, IMAPClientError | OSError | ssl.SSLError | EOFError):
        return ReaderError(ErrorKind.NETWORK, f"{where}: the server closed the connection"
                           f"{during}")
    raise exc


def _move_read(run: MailRun, client: IMAPClient, mailbox: Mailbox, uidvalidity: int,
               where: str) -> None:
    """Move the messages stored as issues to the folder the user chose (opt-in)."""
    from imapclient.exceptions import IMAPClientError

    stored = [int(m[2]) for row in run.library.issues(run.source.id, limit=1_000_000)
              if (m := _UID_IN_ADDRESS.search(row.address)) and int(m[1]) == uidvalidity]
    if not stored:
        return
    try:
        client.select_folder(mailbox.folder, readonly=False)
        present = set(client.search(["UID", ",".join(map(str, stored))]))
        to_move = sorted(set(stored) & present)
        if to_move and client.has_capability("MOVE"):
            client.move(to_move, mailbox.move_to)
        elif to_move:  # an older server: copy, then remove only these from the folder
            client.copy(to_move, mailbox.move_to)
            client.delete_messages(to_move)
            if client.has_capability("UIDPLUS"):
                client.uid_expunge(to_move)
            # Without UIDPLUS an EXPUNGE would also remove what the user marked deleted:
            # the originals stay, marked deleted, for the mail program to clear.
    except IMAPClientError as exc:
        run.errors.append(ReaderError(
            ErrorKind.NOT_FOUND, f"moving to folder {mailbox.move_to!r} on {mailbox.host}: "
            f"{exc}"))
    except (OSError, ssl.SSLError) as exc:
        run.errors.append(network_error(exc, where))
