"""Links in newsletters: resolve them against the issue's address, and clean them for display."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING
from urllib.parse import parse_qsl, urlencode, urljoin, urlsplit, urlunsplit

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# Query parameters that only identify the reader or the campaign; safe to drop when a link is
# shown or opened. The original href stays in Item.link so nothing is lost.
TRACKING_PARAMS = frozenset(
    {
        "mc_cid", "mc_eid", "fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid",
        "yclid", "igshid", "_hsenc", "_hsmi", "__hssc", "__hstc", "__hsfp", "hsctatracking",
        "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id", "vero_conv", "wt_mc", "wt_zmc",
        "_ga", "_gl", "ref_src", "s_cid", "sc_cid", "trk", "trkcampaign", "ck_subscriber_id",
        "mbid", "rb_clickid", "ml_subscriber", "ml_subscriber_hash",
    }
)
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_")

# Only these are ever kept as links, and so ever handed to the desktop to open.
_SAFE_SCHEMES = ("http", "https", "mailto")
_WEB = ("http", "https")
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")


def resolve_link(href: str | None, base_url: str | None = None) -> str | None:
    """Return href made absolute against base_url; None for empty, script or fragment links."""
    if not href:
        return None
    href = href.strip()
    if not href or href.startswith("#"):
        return None
    match = _SCHEME.match(href)
    if match:
        scheme = match.group(0)[:-1].lower()
        return href if scheme in _SAFE_SCHEMES else None
    if base_url:
        try:
            joined = urljoin(base_url, href)
        except ValueError:
            return None
        # Checked after joining: a base of file:, data: or javascript: makes no link.
        return joined if _scheme(joined) in _WEB else None
    return href


def _scheme(url: str) -> str:
    match = _SCHEME.match(url)
    return match.group(0)[:-1].lower() if match else ""


def document_base(base: HtmlElement | None, page_url: str | None) -> str | None:
    """Return the address relative links resolve against: the page's `<base href>` when it
    is http(s) (joined to the page address), else the page address itself."""
    href = base.get("href") if base is not None else None
    if not href or not str(href).strip():
        return page_url
    try:
        joined = urljoin(page_url or "", str(href).strip())
    except ValueError:
        return page_url
    return joined if _scheme(joined) in _WEB else page_url


def is_openable(url: str | None) -> bool:
    """Tell whether a link may be handed to the desktop: http(s), or a plain mailto."""
    if not url:
        return False
    scheme = _scheme(url.strip())
    if scheme in _WEB:
        return True
    if scheme != "mailto":
        return False
    # mailto:?attach=… has made mail programs attach local files; only say who and what.
    query = url.split("?", 1)[1] if "?" in url else ""
    names = {k.lower() for k, _ in parse_qsl(query, keep_blank_values=True)}
    return names <= {"subject", "body", "cc"}


def is_tracking_param(name: str) -> bool:
    """Tell whether a query parameter name only serves tracking."""
    low = name.lower()
    return low in TRACKING_PARAMS or low.startswith(TRACKING_PREFIXES)


REDIRECT_PARAMS = ("url", "u", "q", "target", "redirect", "redirect_url", "dest",
                   "destination", "link", "to", "goto", "out")


def unwrap_redirect(url: str) -> str:
    """Return the destination of a redirect link that carries it in its query, else url."""
    for _ in range(3):  # redirects can be nested
        try:
            params = parse_qsl(urlsplit(url).query, keep_blank_values=True)
        except ValueError:
            return url
        target = next((v for k, v in params if k.lower() in REDIRECT_PARAMS
                       and v.lower().startswith(("http://", "https://"))), None)
        if not target:
            return url
        url = target
    return url


def clean_link(url: str | None) -> str | None:
    """Return url without redirect wrappers and tracking parameters, for showing or opening."""
    if not url:
        return url
    return strip_trackers(unwrap_redirect(url))


def strip_trackers(url: str) -> str:
    """Return url without tracking parameters; the address itself (and any `?url=` it
    carries, as feed proxies do) stays as written."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url
    if not parts.query:
        return url
    kept = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True)
            if not is_tracking_param(k)]
    return urlunsplit(parts._replace(query=urlencode(kept, doseq=True)))


def _site(url: str) -> tuple[str, str] | None:
    """Return (kind, site) for an address: an IP literal with its port, or the last two
    labels of a host name ("nieuws.vng.nl" -> "vng.nl")."""
    import ipaddress

    try:
        parts = urlsplit(url)
        host = (parts.hostname or "").lower().rstrip(".")
        port = parts.port
    except ValueError:
        return None
    if not host or _scheme(url) not in _WEB:
        return None
    try:
        ipaddress.ip_address(host)
    except ValueError:
        labels = host.split(".")
        return "name", ".".join(labels[-2:])
    default = 443 if _scheme(url) == "https" else 80
    return "ip", f"{host}:{port or default}"


def same_site(url: str, origin: str) -> bool:
    """Tell whether an automatic follow-up fetch of `url` stays on `origin`'s own site: the
    same domain (any subdomain), or for an IP address the same address and port."""
    a, b = _site(url), _site(origin)
    return a is not None and a == b
