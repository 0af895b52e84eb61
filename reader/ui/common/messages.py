"""Turn the core's error kinds into sentences in the user's language."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import urlsplit

from PySide6.QtCore import QObject

from reader.core.errors import ErrorKind, ReaderError

if TYPE_CHECKING:
    from reader.core.storage.safe_open import StartProblem


class Messages(QObject):
    """Translated texts for errors; a QObject only so lupdate and tr() find them."""

    def error_text(self, error: ReaderError) -> str:
        """Return a one-sentence description of the error, naming its detail."""
        texts = {
            ErrorKind.NOT_FOUND: self.tr("The file was not found: {0}"),
            ErrorKind.UNREADABLE: self.tr("The file could not be read: {0}"),
            ErrorKind.EMPTY: self.tr("The file holds no newsletter text: {0}"),
            ErrorKind.UNSUPPORTED: self.tr("Helder cannot read this kind of file: {0}"),
            ErrorKind.TOO_LARGE: self.tr("The file is too large: {0}"),
            ErrorKind.NETWORK: self.tr("No connection could be made: {0}"),
            ErrorKind.TIMEOUT: self.tr("The server took too long to answer: {0}"),
            ErrorKind.HTTP: self.tr("The server refused the request: {0}"),
            ErrorKind.SPEECH: self.tr("Reading aloud is not available: {0}"),
            ErrorKind.STORAGE: self.tr("The library could not be saved: {0}"),
            ErrorKind.DAMAGED: self.tr("The file is damaged and cannot be read: {0}"),
            ErrorKind.ENCRYPTED: self.tr("The file is locked with a password: {0}"),
            ErrorKind.BAD_ARGUMENT: self.tr("That choice is not possible: {0}"),
            ErrorKind.EXPORT: self.tr("The export could not be written: {0}"),
            ErrorKind.CANCELLED: self.tr("Stopped on request: {0}"),
            ErrorKind.LOGIN: self.tr(
                "Logging in to the mail server failed; check the user name and password: {0}"
            ),
            ErrorKind.CERTIFICATE: self.tr(
                "The server's certificate is not trusted, so nothing was sent to it: {0}"
            ),
            ErrorKind.SUSPECT: self.tr(
                "The source sent a page that does not look like the newsletter (an error, "
                "login or cookie page, or a page cut short); the stored copy was kept: {0}"
            ),
            ErrorKind.BUG: self.tr(
                "Helder could not read this file (a fault in Helder; details in the log): {0}"
            ),
            ErrorKind.NO_ARTICLE: self.tr(
                "No article text was found on this page; open it in the browser instead: {0}"
            ),
        }
        return texts.get(error.kind, self.tr("Something went wrong: {0}")).format(
            short_addresses(error.detail))

    def start_problem_text(self, problem: StartProblem, *, briefings: bool = False) -> str:
        """Return what happened to a file Helder could not open at start, and where it is."""
        from reader.core.storage.safe_open import StartProblemKind

        if briefings:
            if problem.kind is StartProblemKind.SET_ASIDE:
                return self.tr(
                    "The briefings file was damaged, so Helder started a new, empty one. "
                    "The damaged file was kept as {0}."
                ).format(problem.kept_as)
            return self.tr(
                "The briefings file could not be opened ({1}). It was left as it is. Until "
                "this is solved, new briefings are kept only until Helder closes: {0}"
            ).format(problem.path, problem.detail)
        if problem.kind is StartProblemKind.SET_ASIDE:
            return self.tr(
                "The library file was damaged, so Helder started a new, empty library. "
                "The damaged file was kept as {0}. Your briefings and settings are kept "
                "separately and were not touched."
            ).format(problem.kept_as)
        return self.tr(
            "The library could not be opened ({1}). It was left as it is. Until this is "
            "solved (for example by freeing disk space), Helder uses an empty temporary "
            "library that is not kept: {0}"
        ).format(problem.path, problem.detail)


_URL = re.compile(r"https?://[^\s<>\"']+", re.IGNORECASE)


def short_addresses(text: str) -> str:
    """Put each web address in a message as its host ("vng.nl"): a screen reader would read
    a whole tracking link out, character group by character group."""
    from reader.core.text.links import clean_link

    def host(match: re.Match[str]) -> str:
        url = match.group(0)
        tail = len(url) - len(url.rstrip(".,;:)!?"))
        url, rest = url[: len(url) - tail], url[len(url) - tail:]
        try:
            name = urlsplit(clean_link(url) or url).hostname
        except ValueError:
            name = None
        return (name.removeprefix("www.") if name else url) + rest

    return _URL.sub(host, text)
