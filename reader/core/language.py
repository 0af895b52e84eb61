"""Cheap language guess (Dutch or English) from common function words."""

from __future__ import annotations

import re

# Frequent short words that are unambiguous between the two languages ("in", "is", "we", "was"
# and "over" occur in both, so they are left out; English "of" outweighs the rarer Dutch one).
_DUTCH = frozenset(
    str.split(
        "de het een van en dat die voor met op te zijn niet ook om wordt worden naar bij aan "
        "er deze als door uit tot u je ze hun heeft hebben wij onze kunnen kan nog meer dit "
        "wat zich maar"
    )
)
_ENGLISH = frozenset(
    str.split(
        "the and of to a that for with on are be this by from at it not or has will you our "
        "your their which were been can more about into an"
    )
)
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)

# Below this many function words the text is too short to tell.
MIN_HITS = 3


def guess_language(text: str) -> str | None:
    """Return "nl" or "en" for text that is clearly Dutch or English, otherwise None."""
    dutch = english = 0
    for match in _WORD.finditer(text.casefold()):
        word = match.group()
        if word in _DUTCH:
            dutch += 1
        elif word in _ENGLISH:
            english += 1
    if max(dutch, english) < MIN_HITS:
        return None
    # Demand a clear majority so that a Dutch text quoting an English title stays Dutch.
    if dutch >= 2 * english:
        return "nl"
    if english >= 2 * dutch:
        return "en"
    return None
