"""Is a re-fetched page really a new copy of the issue, or a failure that looks like one?

A site under maintenance, a cookie wall or a login redirect answers 200 with a page of its
own; a connection cut short without a Content-Length ends early. Stored over the good copy,
that page would replace the user's issue. `check_new_copy` says when a refresh must count as
failed instead (the stored copy stays, and the failure is reported); a real change still
goes through and the replaced copy is kept as a version (library_versions.py).
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from reader.core.errors import ErrorKind, ReaderError
from reader.core.models import Issue

# A copy with a third of the stored items or fewer (from 3 items up) is not the same issue.
FEWER_FACTOR = 3
MIN_ITEMS_TO_COMPARE = 3

# Words that name an error, login, consent or maintenance page, in titles (nl, en, de, fr).
_ERROR_PAGE = re.compile(
    r"\b(?:[45]\d\d\b|service unavailable|under maintenance|maintenance|onderhoud|"
    r"niet beschikbaar|not found|niet gevonden|access denied|forbidden|toegang geweigerd|"
    r"just a moment|attention required|too many requests|bad gateway|internal server error|"
    r"log ?in|sign ?in|inloggen|aanmelden|anmelden|connexion|cookies?|consent|toestemming|"
    r"privacy ?(?:settings|instellingen)|are you a robot|captcha)\b",
    re.IGNORECASE,
)
_LOGIN_PATH = re.compile(
    r"/(?:login|log-in|signin|sign-in|inloggen|aanmelden|auth|sso|oauth|account/login|"
    r"consent|cookie|cookies|gdpr|privacy-gate)\b", re.IGNORECASE)


# Error, login and cookie pages are short; a real issue with a story about cookies is not.
ERROR_PAGE_MAX_ITEMS = 2


def _looks_like_error_page(issue: Issue) -> bool:
    if len(issue.items) > ERROR_PAGE_MAX_ITEMS:
        return False
    texts = [issue.title, *(it.title for it in issue.items)]
    return any(_ERROR_PAGE.search(t or "") for t in texts)


def _redirected_to_gate(url: str, final_url: str) -> bool:
    if final_url == url:
        return False
    return bool(_LOGIN_PATH.search(urlsplit(final_url).path))


def _html_cut_short(old_raw: bytes | None, raw: bytes) -> bool:
    """An HTML page whose stored copy ended in </html> and whose new copy does not."""
    if not old_raw:
        return False
    tail_old = old_raw[-2048:].lower()
    tail_new = raw[-2048:].lower()
    return b"</html" in tail_old and b"<html" in raw[:4096].lower() and b"</html" not in tail_new


def check_new_copy(
    address: str,
    issue: Issue,
    raw: bytes,
    *,
    final_url: str | None = None,
    stored: Issue | None = None,
    stored_raw: bytes | None = None,
) -> ReaderError | None:
    """Return why the fetched copy must not be stored (a refresh failure), or None."""
    if not issue.items:
        return ReaderError(ErrorKind.EMPTY, f"{address}: the page holds no items")
    if final_url and _redirected_to_gate(address, final_url):
        return ReaderError(ErrorKind.SUSPECT, f"{address}: sent to a login or consent page "
                                              f"({final_url})")
    if stored is None:
        return None
    old, new = len(stored.items), len(issue.items)
    if old >= MIN_ITEMS_TO_COMPARE and new * FEWER_FACTOR <= old:
        return ReaderError(ErrorKind.SUSPECT,
                           f"{address}: {new} items where {old} were stored")
    if _looks_like_error_page(issue) and not _looks_like_error_page(stored):
        return ReaderError(ErrorKind.SUSPECT,
                           f"{address}: an error, login or consent page ({issue.title!r})")
    if _html_cut_short(stored_raw, raw):
        return ReaderError(ErrorKind.SUSPECT, f"{address}: the page was cut short")
    return None
