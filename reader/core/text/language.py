"""Which language a text is in, with py3langid; None when it cannot tell.

py3langid (a maintained fork of langid.py) earns its place: it is small (one 4.5 MB model in
the wheel, numpy its only dependency), works offline, knows 97 languages (so French and
German newsletters are recognised instead of being taken for Dutch), and classifies a
paragraph in well under a millisecond. Its model takes about two seconds to load, so it is
loaded once, on first use, off the GUI thread (parsing never runs on it).

Short texts (a title alone) and texts the model is not sure of give None: a wrong language
would make the speech engine read with the wrong voice, which is worse than the default.

Most newsletter text is unmistakable from its function words alone ("het", "the", "les",
"und"); such text is decided without the model, so opening the app on a Dutch sample issue
loads neither numpy nor the model. Everything else goes to the model.
"""

from __future__ import annotations

import logging
import re
import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from py3langid.langid import LanguageIdentifier

log = logging.getLogger(__name__)

# Fewer letters than this cannot be told apart reliably ("Campagneboot", "Agenda").
MIN_LETTERS = 20
# The model's probability (normalised over all languages) needed to name a language.
MIN_CONFIDENCE = 0.90
# Enough text to decide; classifying more only costs time.
MAX_CHARS = 4000

_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
# Frequent words that belong to one of these languages only ("de", "en", "die", "des", "on",
# "an", "in", "is", "was" occur in two or more, so they are left out).
_FUNCTION_WORDS = {
    "nl": "het een van dat voor met op zijn niet ook om wordt worden naar bij aan er deze als "
          "door uit tot hun heeft hebben wij onze kunnen kan nog meer dit wat zich maar u je",
    "en": "the and of to that for with are be this by from at it not or has will you our your "
          "their which were been can more about into have",
    "fr": "le la les du une est et pour dans sur qui que pas au aux avec ce ces sont par plus "
          "nous vous leur ont été cette",
    "de": "der das und ist nicht mit sich auf für ein eine zu dem den von im auch werden wird "
          "sind bei oder aus wir",
}
_WORDS_OF = {lang: frozenset(words.split()) for lang, words in _FUNCTION_WORDS.items()}
# Function words decide alone with at least this many hits, this share of all words, and this
# many times the hits of the runner-up.
MIN_FUNCTION_HITS = 6
MIN_FUNCTION_SHARE = 0.08
MIN_MARGIN = 3.0
# Within an issue of known language, an item switches language on fewer hits.
MIN_ITEM_HITS = 4
_lock = threading.Lock()
_identifier: LanguageIdentifier | None = None
_failed = False


def _model() -> LanguageIdentifier | None:
    """The py3langid identifier, loaded on first use (None when it cannot be loaded)."""
    global _identifier, _failed
    if _identifier is not None or _failed:
        return _identifier
    with _lock:
        if _identifier is None and not _failed:
            try:
                from py3langid.langid import MODEL_FILE, LanguageIdentifier

                _identifier = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
            except Exception:  # a broken install must not break parsing
                log.warning("language identification is not available", exc_info=True)
                _failed = True
    return _identifier


def _by_function_words(sample: str, min_hits: int = MIN_FUNCTION_HITS) -> str | None:
    """The language whose function words clearly dominate the text, else None."""
    words = _WORD.findall(sample.casefold())
    hits = {lang: sum(w in vocab for w in words) for lang, vocab in _WORDS_OF.items()}
    ranked = sorted(hits.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top >= max(min_hits, MIN_FUNCTION_SHARE * len(words)) and top >= MIN_MARGIN * max(
            second, 1):
        return best
    return None


def base_language(tag: str | None, default: str = "nl") -> str:
    """Return the language part of a tag ("nl-NL", "en_GB" -> "nl", "en"); `default` for none."""
    if not tag:
        return default
    return re.split(r"[-_]", tag.strip().lower(), maxsplit=1)[0] or default


def item_language(text: str, issue_language: str | None) -> str | None:
    """The language of one item: the issue's, unless the item's own words clearly say another.

    An item is a title and a few sentences, often too little for the model; inside an issue
    of known language it is read in that language unless its function words say otherwise.
    """
    if issue_language is None:
        return guess_language(text)
    sample = " ".join(text[:MAX_CHARS].split())
    return _by_function_words(sample, MIN_ITEM_HITS) or issue_language


def guess_language(text: str) -> str | None:
    """Return the ISO 639-1 code of the text's language ("nl", "en", "fr", "de" ...), or None."""
    sample = " ".join(text[:MAX_CHARS].split())
    if len(_LETTER.findall(sample)) < MIN_LETTERS:
        return None
    clear = _by_function_words(sample)
    if clear is not None:
        return clear
    model = _model()
    if model is None:
        return None
    language, confidence = model.classify(sample)
    return str(language) if confidence >= MIN_CONFIDENCE else None
