"""Repair text extracted from PDFs and mails: letter-spaced words, hyphens, wrapped lines."""

from __future__ import annotations

import re

SOFT_HYPHEN = "\u00ad"
_SPACE_RUN = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_WIDE_GAP = re.compile(r"[ \t\u00a0]{2,}")
_INVISIBLE = str.maketrans("", "", "\u200b\u200c\u200d\u2060\ufeff")


def clean_line(line: str) -> str:
    """Drop invisible characters and trailing blanks, keeping the line's leading spaces."""
    return line.translate(_INVISIBLE).rstrip()


def collapse_spaces(text: str) -> str:
    """Turn every run of spaces (also non-breaking ones) into one space and trim the ends."""
    return _SPACE_RUN.sub(" ", text).strip()


def is_letter_spaced(line: str) -> bool:
    """Tell whether most "words" of a line are single letters: "d e  d o o r  VNG"."""
    chunks = line.split()
    if len(chunks) < 4:
        return False
    tiny = sum(1 for c in chunks if len(c) <= 2)
    single = sum(1 for c in chunks if len(c) == 1)
    # Ordinary Dutch or English lines have some 2-letter words ("de", "in", "of") but few
    # 1-letter ones; a letter-spaced line is mostly both.
    return tiny >= 0.65 * len(chunks) and single >= 0.3 * len(chunks)


def _is_caps(piece: str) -> bool:
    letters = [ch for ch in piece if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


# Short words that a letter-spaced line often glues to the next or previous word when the
# extractor lost the gap ("d o o r g e m e e n t e ra d e n" is "door gemeenteraden").
_GLUE_WORDS = frozenset(
    str.split(
        "de het een van en voor door met op in te aan bij naar over onder zonder om als of "
        "the a an of and to for with by from on at or"
    )
)
_PUNCT_END = (",", ";", ":", "!", "?", ")", ".")


def _unglue(word: str, vocabulary: set[str] | None) -> str:
    """Split a glued short word off a rejoined word when the rest is a word of the text."""
    core = word.strip(".,;:!?()'\"‘’“”")
    if not vocabulary or not core.isalpha() or core.casefold() in vocabulary:
        return word
    at = word.index(core)
    folded = core.casefold()
    for size in range(2, min(7, len(core) - 3)):
        if folded[:size] in _GLUE_WORDS and folded[size:] in vocabulary:
            cut = at + size
            return f"{word[:cut]} {word[cut:]}"
        if folded[-size:] in _GLUE_WORDS and folded[:-size] in vocabulary:
            cut = at + len(core) - size
            return f"{word[:cut]} {word[cut:]}"
    return word


def _rejoin_chunk(chunk: str, vocabulary: set[str] | None) -> str:
    """Rejoin the letters of one spaced-out word; an abbreviation then lower case splits."""
    words: list[str] = []
    for piece in chunk.split():
        starts_word = piece[:1].isalpha() or piece[:1] == "("
        if words and starts_word and words[-1].endswith(_PUNCT_END):
            words.append(piece)  # "g e m e e n t e n , AP V" is "gemeenten, APV"
        elif (
            words
            and len(words[-1]) >= 2
            and _is_caps(words[-1])
            and piece[:1].isalpha()
            and piece[:1].islower()
        ):
            # "VNG o n t vin g" is "VNG ontving", "AP V in" is "APV in".
            words.append(piece)
        elif words:
            words[-1] += piece
        else:
            words.append(piece)
    return " ".join(_unglue(w, vocabulary) for w in words)


def fix_letter_spacing(line: str, vocabulary: set[str] | None = None) -> str:
    """Rejoin a letter-spaced line: words apart by 2+ spaces, letters by one space."""
    if not is_letter_spaced(line):
        return line
    lead = line[: len(line) - len(line.lstrip())]
    chunks = [c for c in _WIDE_GAP.split(line.strip()) if c]
    return lead + " ".join(_rejoin_chunk(c, vocabulary) for c in chunks)


def _keeps_hyphen(before: str, after: str, vocabulary: set[str] | None) -> bool:
    """Decide whether "before-" + "after" at a line break is a real hyphen."""
    head = before.split("-")[-1]
    if vocabulary:
        if f"{before}-{after}".casefold() in vocabulary:
            return True
        if f"{before}{after}".casefold() in vocabulary:
            return False
    if not after[:1].islower() or not head:
        return True  # "Noordoost-\nNederland", "2023-\n2024"
    if any(ch.isdigit() for ch in head):
        return True
    if sum(1 for ch in head if ch.isupper()) >= 2:
        return True  # "VNG-\nmodelverordening"
    # A short capitalised part is most likely an abbreviation: "Wmo-\nmaatwerkvoorzieningen".
    return head[:1].isupper() and len(head) <= 4


_LAST_WORD = re.compile(r"(\S+)-$")
_FIRST_WORD = re.compile(r"^(\S+)")
_WORD_CHARS = re.compile(r"[^\w-]+")


def _bare(word: str) -> str:
    return _WORD_CHARS.sub("", word)


def join_lines(lines: list[str], vocabulary: set[str] | None = None) -> str:
    """Join wrapped lines into one paragraph, mending words hyphenated at the line ends."""
    text = ""
    for raw in lines:
        line = collapse_spaces(raw)
        if not line:
            continue
        if not text:
            text = line
            continue
        if text.endswith(SOFT_HYPHEN):
            text = text[:-1] + line
            continue
        last = _LAST_WORD.search(text)
        first = _FIRST_WORD.match(line)
        if last and first:
            before = _bare(last.group(1))
            after = _bare(first.group(1))
            # "word -" or "word--" is a dash, not a broken word: it keeps its space.
            if before[-1:].isalnum() and after:
                if _keeps_hyphen(before, after, vocabulary):
                    text += line
                else:
                    text = text[:-1] + line
                continue
        text += " " + line
    return text.replace(SOFT_HYPHEN, "")


def vocabulary_of(text: str) -> set[str]:
    """Return the case-folded words of a text, hyphenated ones included, for join_lines."""
    return {w.casefold() for w in re.findall(r"\w+(?:-\w+)*", text)}
