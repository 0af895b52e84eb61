"""The pronunciation list: how abbreviations and jargon are said, per language, user-editable.

It changes only the text sent to the speech engine, never the displayed text or its offsets.
"""

from __future__ import annotations

import json
import logging
import os
import re
from collections.abc import Mapping
from pathlib import Path

from reader.core.errors import ErrorKind, ReaderError
from reader.core.jsondata import json_object

log = logging.getLogger(__name__)

FILE_VERSION = 1

# Dutch letters as a Dutch voice should say them when an acronym is spelled out.
_NL_LETTERS = {
    "A": "aa",
    "B": "bee",
    "C": "cee",
    "D": "dee",
    "E": "ee",
    "F": "ef",
    "G": "gee",
    "H": "haa",
    "I": "ie",
    "J": "jee",
    "K": "kaa",
    "L": "el",
    "M": "em",
    "N": "en",
    "O": "oo",
    "P": "pee",
    "Q": "kuu",
    "R": "er",
    "S": "es",
    "T": "tee",
    "U": "uu",
    "V": "vee",
    "W": "wee",
    "X": "iks",
    "Y": "ei",
    "Z": "zet",
}


def spell_dutch(acronym: str) -> str:
    """Return an acronym spelled letter by letter the Dutch way ("VNG" -> "vee en gee")."""
    return " ".join(_NL_LETTERS.get(c.upper(), c) for c in acronym if c.isalnum())


def _words(text: str) -> tuple[str, ...]:
    """Return the white-space separated words of a text block."""
    return tuple(text.split())


# Acronyms a Dutch voice should spell out (it would otherwise try to say some as words).
_NL_SPELLED = _words(
    """
    VNG Wmo WMO ALV GMSD BZK APV BSN GGD CBS IPO UvW VWS SZW OCW EZK IenW JenV LNV AMvB
    Wlz Zvw RvS BBV GR OZB WOZ MKB ZZP RIVM UWV SVB CAK AVG WOB Woo NOS EU VN
    """
)

DEFAULT_ENTRIES: dict[str, dict[str, str]] = {
    "nl": {
        **{word: spell_dutch(word) for word in _NL_SPELLED},
        "o.a.": "onder andere",
        "bijv.": "bijvoorbeeld",
        "bv.": "bijvoorbeeld",
        "m.b.t.": "met betrekking tot",
        "i.v.m.": "in verband met",
        "t.a.v.": "ten aanzien van",
        "t.o.v.": "ten opzichte van",
        "i.p.v.": "in plaats van",
        "n.a.v.": "naar aanleiding van",
        "m.i.v.": "met ingang van",
        "d.w.z.": "dat wil zeggen",
        "e.d.": "en dergelijke",
        "enz.": "enzovoort",
        "nr.": "nummer",
        "dhr.": "de heer",
        "mevr.": "mevrouw",
        "ca.": "circa",
        "incl.": "inclusief",
        "mln.": "miljoen",
        "mld.": "miljard",
        "t/m": "tot en met",
        "e.g.": "bijvoorbeeld",
        "i.e.": "dat wil zeggen",
        "Waarstaatjegemeente.nl": "Waar staat je gemeente punt en el",
    },
    "en": {
        "e.g.": "for example",
        "i.e.": "that is",
        "etc.": "et cetera",
        "vs.": "versus",
        "approx.": "approximately",
        "VNG": "V N G",
        "EU": "E U",
        "UN": "U N",
    },
}


class PronunciationList:
    """Words and how to say them, per language; the user's entries override the defaults."""

    def __init__(self, entries: Mapping[str, Mapping[str, str]] | None = None) -> None:
        source = DEFAULT_ENTRIES if entries is None else entries
        self._entries: dict[str, dict[str, str]] = {
            lang: dict(words) for lang, words in source.items()
        }
        self._patterns: dict[str, re.Pattern[str] | None] = {}

    def entries(self, language: str) -> dict[str, str]:
        """Return a copy of the entries of one language (word -> spoken form)."""
        return dict(self._entries.get(language, {}))

    def languages(self) -> list[str]:
        """Return the languages that have entries."""
        return sorted(self._entries)

    def set(self, language: str, word: str, spoken: str) -> None:
        """Add or change how a word is said in a language."""
        word = word.strip()
        if not word:
            raise ValueError("empty word")
        self._entries.setdefault(language, {})[word] = spoken.strip()
        self._patterns.pop(language, None)

    def remove(self, language: str, word: str) -> None:
        """Forget a word in a language (no error when it is not there)."""
        self._entries.get(language, {}).pop(word, None)
        self._patterns.pop(language, None)

    def _pattern(self, language: str) -> re.Pattern[str] | None:
        if language not in self._patterns:
            words = sorted(self._entries.get(language, {}), key=len, reverse=True)
            # Whole words only, case-sensitive: "ALV" but not "Calvijn"; a hyphen or a
            # full stop after it is allowed, so "VNG-voorzitter" becomes "vee en gee-voorzitter".
            alternatives = "|".join(re.escape(w) for w in words)
            self._patterns[language] = (
                re.compile(rf"(?<![\w.])(?:{alternatives})(?!\w)") if words else None
            )
        return self._patterns[language]

    def apply(self, text: str, language: str) -> str:
        """Return text with listed words replaced by how they are to be said."""
        pattern = self._pattern(language)
        if pattern is None:
            return text
        table = self._entries[language]
        return pattern.sub(lambda m: table[m.group(0)], text)

    def to_dict(self) -> dict[str, object]:
        """Return the JSON form saved in the user's settings folder."""
        return {"version": FILE_VERSION, "languages": self._entries}

    @classmethod
    def load(cls, path: str | Path) -> PronunciationList:
        """Return the defaults overridden by the user's file; the defaults alone if it is absent."""
        merged = {lang: dict(words) for lang, words in DEFAULT_ENTRIES.items()}
        p = Path(path)
        try:
            data = json.loads(p.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls(merged)
        except OSError as exc:
            raise ReaderError(ErrorKind.UNREADABLE, f"{p}: {exc}") from exc
        except ValueError as exc:
            raise _damaged(p, str(exc)) from exc
        doc = json_object(data)
        languages = json_object(doc.get("languages")) if doc is not None else None
        if languages is None:
            raise _damaged(p, "no pronunciation list")
        for lang, value in languages.items():
            words = json_object(value)
            if words is None:
                continue
            target = merged.setdefault(str(lang), {})
            for word, spoken in words.items():
                if spoken is None:  # the user deleted a default entry
                    target.pop(str(word), None)
                else:
                    target[str(word)] = str(spoken)
        return cls(merged)

    def save(self, path: str | Path) -> None:
        """Write the whole list to the user's file atomically (defaults the user removed too)."""
        p = Path(path)
        data = self.to_dict()
        removed = {
            lang: {w: None for w in words if w not in self._entries.get(lang, {})}
            for lang, words in DEFAULT_ENTRIES.items()
        }
        languages: dict[str, dict[str, str | None]] = {
            lang: dict(words) for lang, words in self._entries.items()
        }
        for lang, gone in removed.items():
            languages.setdefault(lang, {}).update(gone)
        data["languages"] = languages
        tmp = p.with_name(p.name + ".tmp")
        try:
            p.parent.mkdir(parents=True, exist_ok=True)
            tmp.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
            os.replace(tmp, p)
        except OSError as exc:
            raise ReaderError(ErrorKind.STORAGE, f"{p}: {exc.strerror or exc}") from exc


def _damaged(path: Path, why: str) -> ReaderError:
    """Keep a damaged list aside, so saving the editor's list never writes over the user's
    entries; the error names where the old file is."""
    from reader.core.storage.aside import set_aside

    try:
        kept = set_aside(path)
    except OSError:
        return ReaderError(ErrorKind.UNREADABLE, f"{path}: {why}")
    return ReaderError(ErrorKind.UNREADABLE, f"{path}: {why}; the damaged file was kept as {kept}")
