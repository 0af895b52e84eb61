"""WCAG 2.x colour contrast: relative luminance, contrast ratio and a verdict on a colour pair."""

from __future__ import annotations

import re
from enum import StrEnum

# WCAG thresholds: 7:1 is AAA body text (1.4.6), 4.5:1 AA text (1.4.3), 3:1 non-text (1.4.11).
AAA_TEXT = 7.0
AA_TEXT = 4.5
NON_TEXT = 3.0

_HEX = re.compile(r"^#?([0-9a-fA-F]{3}|[0-9a-fA-F]{6})$")

RGB = tuple[int, int, int]


class PairVerdict(StrEnum):
    """How a text/background pair fares: fine (>= 7:1), usable with a warning, or refused."""

    OK = "ok"
    WARN = "warn"
    REFUSE = "refuse"


def parse_hex(text: str) -> RGB:
    """Parse "#rrggbb", "rrggbb" or "#rgb" into an (r, g, b) tuple; raise ValueError otherwise."""
    match = _HEX.match(text.strip())
    if not match:
        raise ValueError(f"not a hex colour: {text!r}")
    digits = match.group(1)
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return (int(digits[0:2], 16), int(digits[2:4], 16), int(digits[4:6], 16))


def is_hex(text: str) -> bool:
    """Return whether text is a colour parse_hex accepts."""
    return bool(_HEX.match(text.strip()))


def to_hex(rgb: RGB) -> str:
    """Format an (r, g, b) tuple as "#rrggbb"."""
    r, g, b = (max(0, min(255, round(c))) for c in rgb)
    return f"#{r:02x}{g:02x}{b:02x}"


def _linear(channel: int) -> float:
    c = channel / 255.0
    return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4


def relative_luminance(colour: str | RGB) -> float:
    """Return the WCAG relative luminance (0 black .. 1 white) of a colour."""
    r, g, b = parse_hex(colour) if isinstance(colour, str) else colour
    return 0.2126 * _linear(r) + 0.7152 * _linear(g) + 0.0722 * _linear(b)


def contrast_ratio(a: str | RGB, b: str | RGB) -> float:
    """Return the WCAG contrast ratio (1..21) between two colours, order does not matter."""
    la, lb = relative_luminance(a), relative_luminance(b)
    hi, lo = max(la, lb), min(la, lb)
    return (hi + 0.05) / (lo + 0.05)


def check_pair(text: str | RGB, background: str | RGB) -> PairVerdict:
    """Judge a text/background pair: refuse below 4.5:1, warn below 7:1, else ok."""
    ratio = contrast_ratio(text, background)
    if ratio < AA_TEXT:
        return PairVerdict.REFUSE
    if ratio < AAA_TEXT:
        return PairVerdict.WARN
    return PairVerdict.OK


def mix(a: str | RGB, b: str | RGB, amount: float) -> str:
    """Return a blended towards b by amount (0 = a, 1 = b) as "#rrggbb"."""
    ra = parse_hex(a) if isinstance(a, str) else a
    rb = parse_hex(b) if isinstance(b, str) else b
    return to_hex(tuple(x + (y - x) * amount for x, y in zip(ra, rb, strict=True)))  # type: ignore[arg-type]


def ensure_contrast(colour: str, background: str, minimum: float) -> str:
    """Return colour, or the nearest blend towards black or white that reaches minimum."""
    colour = to_hex(parse_hex(colour))
    if contrast_ratio(colour, background) >= minimum:
        return colour
    # Move away from the background: towards black on light backgrounds, white on dark ones.
    target = (
        "#000000"
        if contrast_ratio("#000000", background) >= contrast_ratio("#ffffff", background)
        else "#ffffff"
    )
    for step in range(1, 21):
        candidate = mix(colour, target, step / 20)
        if contrast_ratio(candidate, background) >= minimum:
            return candidate
    return target
