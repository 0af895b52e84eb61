"""Mail accounts: the address of a mailbox folder, SMTP settings, and passwords in the keyring.

A mail source is stored by an address such as
`imaps://jan%40gemeente.nl@imap.gemeente.nl/INBOX/Nieuwsbrieven?from=nieuwsbrief@vng.nl`:
`imaps` is IMAP over TLS (port 993), `imap` is IMAP with STARTTLS (port 143; Helder never
logs in without TLS). The password is never part of it: it lives in the platform's keyring
(Secret Service, Windows Credential Manager, macOS Keychain) under the account key
`user@host`, or only in memory for this session when there is no keyring.

`auth=xoauth2` in the address marks an account that signs in with OAuth2 (XOAUTH2, as
Microsoft 365 and Gmail want): its keyring entry then holds an access token, used in place
of a password. Helder does not yet obtain or renew such tokens itself (that needs a sign-in
in the browser per provider); until then those accounts work with an app password.
"""

from __future__ import annotations

import json
import logging
import threading
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import parse_qs, quote, unquote, urlencode, urlsplit

from reader.core.errors import ErrorKind, ReaderError

log = logging.getLogger(__name__)

KEYRING_SERVICE = "Helder mail"
MAIL_SCHEMES = ("imaps", "imap")
AUTH_METHODS = ("password", "xoauth2")
SETTINGS_FILE = "mail.json"  # in the config folder: servers and names, never a password


def is_mail_address(text: str) -> bool:
    """Tell whether text is a mailbox address (imaps://... or imap://...)."""
    try:
        return urlsplit(text.strip()).scheme.lower() in MAIL_SCHEMES
    except ValueError:  # not an address at all: the caller reports it
        return False


@dataclass(frozen=True, slots=True)
class Mailbox:
    """One folder on an IMAP server, with the filters that pick newsletters out of it."""

    host: str
    user: str
    folder: str = "INBOX"
    port: int = 993
    starttls: bool = False  # False: TLS from the first byte (IMAPS)
    sender: str = ""  # only mail whose From contains this
    subject: str = ""  # only mail whose Subject contains this
    move_to: str = ""  # after reading, move the message here (the user's explicit choice)
    auth: str = "password"

    @property
    def account_key(self) -> str:
        """Return the keyring user name of this account: user@host."""
        return f"{self.user}@{self.host}"

    def address(self) -> str:
        """Return the address the library stores for this source (no password)."""
        scheme = "imap" if self.starttls else "imaps"
        default_port = 143 if self.starttls else 993
        port = "" if self.port == default_port else f":{self.port}"
        query = {k: v for k, v in (("from", self.sender), ("subject", self.subject),
                                   ("move", self.move_to)) if v}
        if self.auth != "password":
            query["auth"] = self.auth
        tail = f"?{urlencode(query)}" if query else ""
        folder = quote(self.folder, safe="/")
        return f"{scheme}://{quote(self.user, safe='')}@{self.host}{port}/{folder}{tail}"

    def message_address(self, uidvalidity: int, uid: int) -> str:
        """Return the address of one message (RFC 5092 form): the issue's address."""
        scheme = "imap" if self.starttls else "imaps"
        folder = quote(self.folder, safe="/")
        return (f"{scheme}://{quote(self.user, safe='')}@{self.host}:{self.port}/{folder}"
                f";UIDVALIDITY={uidvalidity}/;UID={uid}")

    def describe(self) -> str:
        """Return a short name for the source: the sender filter, else folder and account."""
        if self.sender:
            return f"{self.sender} ({self.folder})"
        return f"{self.folder} ({self.account_key})"


def parse_mailbox(text: str) -> Mailbox:
    """Read a mailbox address; raises ReaderError(BAD_ARGUMENT) for anything unusable."""
    text = text.strip()
    parts = urlsplit(text)
    scheme = parts.scheme.lower()
    if scheme not in MAIL_SCHEMES:
        raise ReaderError(ErrorKind.BAD_ARGUMENT, f"{text}: not an imaps:// or imap:// address")
    netloc = parts.netloc
    if "@" not in netloc:
        raise ReaderError(ErrorKind.BAD_ARGUMENT, f"{text}: the user name is missing (user@host)")
    userinfo, hostport = netloc.rsplit("@", 1)
    if ":" in userinfo:
        raise ReaderError(ErrorKind.BAD_ARGUMENT,
                          "put no password in the address; Helder asks for it")
    user = unquote(userinfo)
    host, _, port_text = hostport.rpartition(":") if hostport.count(":") == 1 else (
        hostport, "", "")
    if not host:
        host, port_text = hostport, ""
    starttls = scheme == "imap"
    try:
        port = int(port_text) if port_text else (143 if starttls else 993)
    except ValueError as exc:
        raise ReaderError(ErrorKind.BAD_ARGUMENT, f"{text}: port {port_text!r}") from exc
    if not user or not host or not 0 < port < 65536:
        raise ReaderError(ErrorKind.BAD_ARGUMENT, f"{text}: needs user@host")
    folder = unquote(parts.path.lstrip("/")).split(";", 1)[0] or "INBOX"
    query = {k: v[-1] for k, v in parse_qs(parts.query).items()}
    auth = query.get("auth", "password").lower()
    if auth not in AUTH_METHODS:
        raise ReaderError(ErrorKind.BAD_ARGUMENT, f"auth={auth}: use password or xoauth2")
    return Mailbox(host=host.lower(), user=user, folder=folder, port=port, starttls=starttls,
                   sender=query.get("from", "").strip(), subject=query.get("subject", "").strip(),
                   move_to=query.get("move", "").strip(), auth=auth)


# -- passwords -----------------------------------------------------------------------------
# Only when the system has no keyring: kept for this session, never written anywhere.
_session: dict[str, str] = {}
_session_lock = threading.Lock()


def _keyring():  # noqa: ANN202 - the keyring module, loaded only when mail is used
    import keyring

    return keyring


def get_password(account_key: str) -> str | None:
    """Return the stored password (or token) of an account, or None."""
    with _session_lock:
        if account_key in _session:
            return _session[account_key]
    try:
        return _keyring().get_password(KEYRING_SERVICE, account_key)
    except Exception as exc:  # no keyring service, locked keyring, ...
        log.info("keyring not available: %s", type(exc).__name__)
        return None


def set_password(account_key: str, password: str) -> bool:
    """Keep a password in the system keyring; return False when only this session keeps it."""
    try:
        _keyring().set_password(KEYRING_SERVICE, account_key, password)
    except Exception as exc:
        log.warning("no system keyring (%s); the password is kept for this session only",
                    type(exc).__name__)
        with _session_lock:
            _session[account_key] = password
        return False
    with _session_lock:
        _session.pop(account_key, None)
    return True


def forget_password(account_key: str) -> None:
    """Remove an account's password from the keyring and from this session."""
    with _session_lock:
        _session.pop(account_key, None)
    try:
        _keyring().delete_password(KEYRING_SERVICE, account_key)
    except Exception as exc:
        log.info("no password to forget for %s (%s)", account_key, type(exc).__name__)


def require_password(account_key: str) -> str:
    """Return the account's password; ReaderError(LOGIN) when none is stored."""
    password = get_password(account_key)
    if not password:
        raise ReaderError(ErrorKind.LOGIN, f"{account_key}: no password is stored; add the source "
                          "again to give it")
    return password


# -- sending settings ----------------------------------------------------------------------
@dataclass(frozen=True, slots=True)
class SmtpAccount:
    """Where briefings are sent from; the password is the keyring entry of `account_key`."""

    host: str
    user: str
    from_address: str
    port: int = 587
    implicit_tls: bool = False  # True: port 465 style; False: STARTTLS (587)
    account_key: str = ""  # keyring entry; the IMAP account's when they share one

    @property
    def key(self) -> str:
        """Return the keyring user name this account's password is kept under."""
        return self.account_key or f"{self.user}@{self.host}"


def load_smtp_account(config_dir: Path) -> SmtpAccount | None:
    """Return the saved sending account, or None."""
    path = config_dir / SETTINGS_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        smtp = data["smtp"]
        return SmtpAccount(host=str(smtp["host"]), user=str(smtp["user"]),
                           from_address=str(smtp["from_address"]), port=int(smtp["port"]),
                           implicit_tls=bool(smtp.get("implicit_tls", False)),
                           account_key=str(smtp.get("account_key", "")))
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError) as exc:
        log.warning("ignoring unreadable %s: %s", path, exc)
        return None


def save_smtp_account(config_dir: Path, account: SmtpAccount) -> None:
    """Save the sending account (servers and names only) for next time."""
    path = config_dir / SETTINGS_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(path.name + ".part")
    tmp.write_text(json.dumps({"smtp": asdict(account)}, indent=1), encoding="utf-8")
    tmp.replace(path)


def smtp_for_mailbox(mailbox: Mailbox, from_address: str = "") -> SmtpAccount:
    """Return a sending account on the mailbox's server (submission, 587), same password."""
    sender = from_address or (mailbox.user if "@" in mailbox.user else "")
    return SmtpAccount(host=mailbox.host, user=mailbox.user, from_address=sender,
                       account_key=mailbox.account_key)


__all__ = [
    "KEYRING_SERVICE", "Mailbox", "SmtpAccount", "forget_password", "get_password",
    "is_mail_address", "load_smtp_account", "parse_mailbox", "require_password",
    "save_smtp_account", "set_password", "smtp_for_mailbox",
]
