"""Which language a text is in, with py3langid; None when it cannot tell.

py3langid (a maintained fork of langid.py) earns its place: it is small (one 4.5 MB model in
the wheel, numpy its only dependency), works offline, knows 97 languages (so French and
German newsletters are recognised instead of being taken for Dutch), and classifies a
paragraph in well under a millisecond. Its model takes about two seconds to load, so it is
loaded once, on first use, off the GUI thread (parsing never runs on it).

Short texts (a title alone) and texts the model is not sure of give None: a wrong language
would make the speech engine read with the wrong voice, which is worse than the default.
"""

from __future__ import annotations

import logging
import re
import threading
from typing import Any

log = logging.getLogger(__name__)

# Fewer letters than this cannot be told apart reliably ("Campagneboot", "Agenda").
MIN_LETTERS = 20
# The model's probability (normalised over all languages) needed to name a language.
MIN_CONFIDENCE = 0.90
# Enough text to decide; classifying more only costs time.
MAX_CHARS = 4000

_LETTER = re.compile(r"[^\W\d_]")
_lock = threading.Lock()
_identifier: Any = None
_failed = False


def _model() -> Any:
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


def guess_language(text: str) -> str | None:
    """Return the ISO 639-1 code of the text's language ("nl", "en", "fr", "de" ...), or None."""
    sample = " ".join(text[:MAX_CHARS].split())
    if len(_LETTER.findall(sample)) < MIN_LETTERS:
        return None
    model = _model()
    if model is None:
        return None
    language, confidence = model.classify(sample)
    return str(language) if confidence >= MIN_CONFIDENCE else None
