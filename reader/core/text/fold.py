"""Fold text so that two spellings of the same words compare equal.

One function serves the parsers (titles compared within one document), the search (a word
typed without accents finds it with them, as the FTS5 index does) and the corpus scorer (titles
typed by hand compared with parsed ones). Case is always ignored; what else is ignored is said
by the caller, because each of them needs it so.
"""

from __future__ import annotations

import re
import unicodedata

_NON_WORD = re.compile(r"[^\w]+")


def fold(
    text: str | None,
    *,
    punctuation: bool = False,
    accents: bool = True,
    compatibility: bool = False,
) -> str:
    """Return text case-folded, with punctuation and spacing ignored unless asked to keep them.

    punctuation=True keeps punctuation and spacing as they are (the search folds single words).
    accents=False drops accents ("één" -> "een"), as the search index does.
    compatibility=True first applies NFKC ("ﬁ" -> "fi", "²" -> "2"), for text typed by hand.
    """
    if not text:
        return ""
    if compatibility:
        text = unicodedata.normalize("NFKC", text)
    if not accents:
        decomposed = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in decomposed if not unicodedata.combining(c))
    text = text.casefold()
    if punctuation:
        return text
    return " ".join(_NON_WORD.sub(" ", text).split())
