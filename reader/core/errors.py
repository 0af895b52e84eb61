"""Errors the core raises: a kind the UI turns into a sentence in the user's language."""

from __future__ import annotations

from enum import StrEnum


class ErrorKind(StrEnum):
    """What went wrong, independent of language."""

    NOT_FOUND = "not-found"
    UNREADABLE = "unreadable"
    EMPTY = "empty"
    UNSUPPORTED = "unsupported"
    TOO_LARGE = "too-large"
    NETWORK = "network"
    TIMEOUT = "timeout"
    HTTP = "http"
    SPEECH = "speech"
    STORAGE = "storage"
    CANCELLED = "cancelled"
    NO_ARTICLE = "no-article"  # "Lees meer" found no main text: offer the browser instead
    DAMAGED = "damaged"
    ENCRYPTED = "encrypted"
    BAD_ARGUMENT = "bad-argument"
    EXPORT = "export"
    LOGIN = "login"  # the mail server refused the login, or no password is stored
    CERTIFICATE = "certificate"  # the server's TLS certificate is not trusted
    SUSPECT = "suspect"  # a page that is not the issue (error, login, consent, cut short)
    BUG = "bug"  # a fault in Helder itself (its traceback is in the log file)


# English one-liners for the command line; the GUI translates kinds itself.
_CLI_TEXT: dict[ErrorKind, str] = {
    ErrorKind.NOT_FOUND: "file not found",
    ErrorKind.UNREADABLE: "cannot read this file",
    ErrorKind.EMPTY: "the file holds no newsletter text",
    ErrorKind.UNSUPPORTED: "this kind of file is not supported",
    ErrorKind.TOO_LARGE: "the file is too large",
    ErrorKind.NETWORK: "network error",
    ErrorKind.TIMEOUT: "the server took too long",
    ErrorKind.HTTP: "the server refused",
    ErrorKind.SPEECH: "speech is not available",
    ErrorKind.STORAGE: "the library could not be read or written",
    ErrorKind.CANCELLED: "cancelled",
    ErrorKind.NO_ARTICLE: "no article text found; open the link in a browser instead",
    ErrorKind.DAMAGED: "the file is damaged and could not be read",
    ErrorKind.ENCRYPTED: "the file is locked with a password",
    ErrorKind.BAD_ARGUMENT: "invalid argument",
    ErrorKind.EXPORT: "the export could not be written",
    ErrorKind.LOGIN: "login to the mail server failed; check the user name and password",
    ErrorKind.CERTIFICATE: "the server's certificate is not trusted; nothing was sent",
    ErrorKind.SUSPECT: "the page does not look like the newsletter; the stored copy was kept",
    ErrorKind.BUG: "a fault in Helder (details in the log file)",
}


class ReaderError(Exception):
    """A failure the user must be told about: a kind plus a detail (a path, a URL, a cause)."""

    def __init__(self, kind: ErrorKind, detail: str = "") -> None:
        super().__init__(f"{kind.value}: {detail}" if detail else kind.value)
        self.kind = kind
        self.detail = detail

    def one_line(self) -> str:
        """Return a one-line English message for the command line."""
        text = _CLI_TEXT[self.kind]
        detail = " ".join(self.detail.split())
        return f"{text}: {detail}" if detail else text
