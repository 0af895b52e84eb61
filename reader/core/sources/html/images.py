"""Which <img> elements of a newsletter are content images worth keeping, and their address.

Tracking pixels (tiny or zero-size images, known open-tracking addresses) and decorative images
without a description (spacers, logos, social icons) are left out. Nothing is fetched here:
an image is only an address and its alt text until the user allows images for an issue.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple
from urllib.parse import urljoin, urlsplit

from reader.core.models import Image
from reader.core.sources.cues import clean_text, ignore_case, is_social

# Addresses used only to count opens: e-mail service providers, analytics beacons, pixels.
_TRACKER = ignore_case(
    r"list-manage\.com/track|mandrillapp\.com/track|sendgrid\.net/wf/open|/wf/open|"
    r"google-analytics\.com|doubleclick\.net|facebook\.com/tr\b|/e2t/o/|"
    r"/(open|opened|track|tracking|trk|pixel|beacon|emltrk|mailtrack)"
    r"(/|\?|$|\.(gif|png|php|aspx?|jsp))|"
    r"[/._-]pixel([/._?=&-]|$)|"
    r"/(spacer|blank|transparent|clear|pix|dot|1x1)\.(gif|png)",
)
_TRACKER_HOST = ignore_case(r"^(pixel|track|tracking|trk|open|opens|beacon)\d*\.")
# Decorative images: only dropped when they also have no description.
_DECORATIVE = ignore_case(
    r"spacer|divider|separator|logo|icon|social|facebook|twitter|linkedin|instagram|youtube|"
    r"mastodon|bluesky|tiktok|whatsapp|footer|header-bg|badge|button|btn|arrow|bullet|shadow",
)
# Alt texts that are only a file name or an id tell a listener nothing.
_FILE_NAME = ignore_case(r"^(\S*[_/]\S*|\S+\.(png|jpe?g|gif|webp|svg|bmp))$")
_NUMBER = ignore_case(r"^\s*(\d+(?:\.\d+)?)\s*(px)?\s*$")
_STYLE_SIZE = ignore_case(r"(?<![-\w])(width|height)\s*:\s*(\d+(?:\.\d+)?)\s*px")
SMALL_ICON_PX = 48  # both sides at most this, with no description: an icon


class RawImage(NamedTuple):
    """A content image as found in the document, before its address is made absolute."""

    src: str
    alt: str
    path: tuple[int, ...] = ()  # ids of the enclosing block elements, outermost first
    leading: bool = False  # met before any text of its line (a picture above that text)


def _size(value: str | None) -> float | None:
    match = _NUMBER.match(value or "")
    return float(match.group(1)) if match else None


def _sizes(el: Any) -> tuple[float | None, float | None]:
    """Return the declared (width, height) in pixels, from attributes or inline style."""
    width, height = _size(el.get("width")), _size(el.get("height"))
    for name, value in _STYLE_SIZE.findall(el.get("style") or ""):
        if name.lower() == "width" and width is None:
            width = float(value)
        elif name.lower() == "height" and height is None:
            height = float(value)
    return width, height


def raw_src(el: Any) -> str:
    """Return the image address as written: src, or a lazy-loading data-src, or srcset."""
    src = (el.get("src") or el.get("data-src") or "").strip()
    if not src:
        srcset = (el.get("srcset") or el.get("data-srcset") or "").strip()
        src = srcset.split(",")[0].strip().split(" ")[0] if srcset else ""
    return src


def alt_text(el: Any) -> str:
    """Return the readable description: "" for none, a file name or an id."""
    alt = clean_text(el.get("alt") or "")
    return "" if _FILE_NAME.match(alt) else alt


def is_tracking_pixel(src: str, width: float | None, height: float | None) -> bool:
    """Tell whether an image only reports that the mail was opened."""
    if (width is not None and width <= 2) or (height is not None and height <= 2):
        return True
    try:
        host = urlsplit(src if "//" in src else "//" + src).hostname or ""
    except ValueError:
        host = ""
    return bool(_TRACKER.search(src) or _TRACKER_HOST.match(host))


def is_decorative(el: Any, src: str, alt: str, width: float | None,
                  height: float | None) -> bool:
    """Tell whether an image only decorates: a spacer, logo or icon without a description."""
    names = " ".join((src, el.get("class") or "", el.get("id") or ""))
    small = (width is not None and height is not None
             and width <= SMALL_ICON_PX and height <= SMALL_ICON_PX)
    if alt:
        # "Facebook", "Twitter": share buttons; a described small icon is still an icon.
        return is_social(alt) or (small and bool(_DECORATIVE.search(names)))
    return small or bool(_DECORATIVE.search(names)) or el.get("role") == "presentation"


def absolute_src(src: str, base_url: str | None) -> str | None:
    """Return src as an absolute http(s) address, or None when it cannot be fetched safely."""
    if not src or src.startswith(("data:", "cid:", "#")):
        return None
    if src.startswith("//"):
        src = "https:" + src
    elif base_url and not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:", src):
        try:
            src = urljoin(base_url, src)
        except ValueError:
            return None
    try:
        parts = urlsplit(src)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return src


def content_image(el: Any) -> tuple[str, str] | None:
    """Return (raw src, alt) for a content <img>, or None for pixels and decoration."""
    src = raw_src(el)
    if not src or src.startswith(("data:", "cid:")):
        return None
    width, height = _sizes(el)
    if is_tracking_pixel(src, width, height):
        return None
    alt = alt_text(el)
    if is_decorative(el, src, alt, width, height):
        return None
    return src, alt


def resolve_images(found: list[RawImage], base_url: str | None) -> tuple[Image, ...]:
    """Turn raw images into Images with absolute addresses, once each."""
    out: list[Image] = []
    seen: set[str] = set()
    for raw in found:
        src = absolute_src(raw.src, base_url)
        if src is None or src in seen:
            continue
        seen.add(src)
        out.append(Image(src, raw.alt))
    return tuple(out)
