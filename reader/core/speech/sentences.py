"""Cut items into utterances (theme, title, sentences) with offsets into the displayed text."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum

from reader.core.models import Item
from reader.core.text.language import base_language


class UtteranceKind(StrEnum):
    """What an utterance reads."""

    THEME = "theme"  # announcement of the item's theme (category) when it changes
    TITLE = "title"
    SENTENCE = "sentence"  # one sentence of a summary paragraph


class TextField(StrEnum):
    """The displayed field an utterance's offsets point into."""

    CATEGORY = "category"
    TITLE = "title"
    SUMMARY = "summary"  # with a paragraph index into Item.summary


@dataclass(frozen=True, slots=True)
class Utterance:
    """One stretch read in one go, and where it sits in the displayed item."""

    item_index: int  # index into the list of items the utterances were made from
    kind: UtteranceKind
    field: TextField
    paragraph: int  # index into Item.summary for SUMMARY, else -1
    start: int  # character offsets into the field's text (title, category or paragraph)
    end: int
    text: str  # the displayed text between start and end
    spoken: str  # what is said (before the pronunciation list); differs for announcements
    language: str
    pause_after_ms: int = 0

    @property
    def unit(self) -> tuple[int, TextField | None, int]:
        """Return the paragraph-like unit this belongs to: the heading or one paragraph."""
        if self.field is TextField.SUMMARY:
            return (self.item_index, TextField.SUMMARY, self.paragraph)
        return (self.item_index, None, -1)  # theme and title form the item's heading


@dataclass(frozen=True, slots=True)
class SplitOptions:
    """Pauses (milliseconds) and limits used when cutting items into utterances."""

    title_pause_ms: int = 700
    theme_pause_ms: int = 300
    sentence_pause_ms: int = 0
    paragraph_pause_ms: int = 400
    item_pause_ms: int = 1000
    max_chars: int = 300  # long sentences are cut at a comma or space so speech starts fast
    announce_theme: bool = True


def _words(text: str) -> frozenset[str]:
    """Return the white-space separated words of a text block."""
    return frozenset(text.split())


# Abbreviations after which a full stop does not end the sentence, even before a capital
# ("dhr. Jansen", "o.a. VNG"). Lower case; matched against the word before the full stop.
ABBREVIATIONS: dict[str, frozenset[str]] = {
    "nl": _words(
        """
        o.a. bijv. bv. m.b.t. m.i.v. i.v.m. t.a.v. t.o.v. i.p.v. n.a.v. m.n. d.w.z.
        z.g.a.n. nr. nrs. dhr. mevr. mw. mr. dr. drs. ir. ing. prof. st. jhr. ca. resp.
        zgn. evt. incl. excl. vs. jl. a.s. e.d. o.b.v. p.p. blz. art. t/m. m.u.v. min.
        max. mln. mld. jan. feb. mrt. apr. jun. jul. aug. sep. sept. okt. nov. dec. vnl.
        gem. bijl.
        """
    ),
    "en": _words(
        """
        e.g. i.e. mr. mrs. ms. dr. prof. st. vs. approx. incl. excl. dept. fig. jan.
        feb. mar. apr. jun. jul. aug. sep. sept. oct. nov. dec. cf. p. pp. vol. ed. u.s.
        u.k. a.m. p.m.
        """
    ),
}

# Words spoken to announce a theme, per language (content of the audio, not UI text).
THEME_ANNOUNCEMENT = {"nl": "Thema: {}.", "en": "Theme: {}."}

# A candidate sentence end: terminators, closing quotes or brackets, then white space.
_END = re.compile(r"[.!?…]+[\"'”’)\]]*(?=\s)")
_WORD_BEFORE = re.compile(r"(\S+)$")
_SENTENCE_START = re.compile(r"[\"'“‘(\[]*[^\W_a-z]")  # capital, digit or other script


def _is_abbreviation(word: str, language: str) -> bool:
    """Return whether a word ending in a full stop is an abbreviation, not a sentence end."""
    word = word.lstrip("(\"'“‘[").lower()
    if not word.endswith("."):
        return False
    known = ABBREVIATIONS.get(language, frozenset()) | ABBREVIATIONS["nl"] | ABBREVIATIONS["en"]
    if word in known:
        return True
    core = word[:-1]
    # Initials ("J. Jansen") and dotted abbreviations not in the list ("a.b.c.").
    if len(core) == 1 and core.isalpha():
        return True
    return bool(re.fullmatch(r"(?:[^\W\d_]\.)+[^\W\d_]", core))


def split_sentences(
    text: str, language: str = "nl", *, max_chars: int = 300
) -> list[tuple[int, int]]:
    """Return (start, end) offsets of the sentences in a paragraph, white space trimmed."""
    language = base_language(language)
    spans: list[tuple[int, int]] = []
    start = 0
    for match in _END.finditer(text):
        end = match.end()
        rest = text[end:].lstrip()
        if not rest or not _SENTENCE_START.match(rest):
            continue  # "o.a. gemeenten", "98.8% van", a lower-case continuation
        if "." in match.group() and not any(c in match.group() for c in "!?…"):
            word_match = _WORD_BEFORE.search(text, 0, end)
            if word_match and _is_abbreviation(word_match.group(1), language):
                continue
        spans.append((start, end))
        start = end
    spans.append((start, len(text)))
    trimmed = [_trim(text, s, e) for s, e in spans]
    result: list[tuple[int, int]] = []
    for s, e in trimmed:
        if e > s:
            result.extend(_cut_long(text, s, e, max_chars))
    return result


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span so it neither starts nor ends with white space."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _cut_long(text: str, start: int, end: int, max_chars: int) -> list[tuple[int, int]]:
    """Cut an over-long sentence at ; : , or a space so each part stays under max_chars."""
    parts: list[tuple[int, int]] = []
    while end - start > max_chars:
        window = text[start : start + max_chars]
        cut = max(window.rfind(p) for p in (";", ":", ","))
        cut = cut + 1 if cut > max_chars // 3 else window.rfind(" ")
        if cut <= 0:
            cut = max_chars
        s, e = _trim(text, start, start + cut)
        parts.append((s, e))
        start, _ = _trim(text, start + cut, end)
    parts.append((start, end))
    return [(s, e) for s, e in parts if e > s]


def item_utterances(
    item: Item,
    item_index: int,
    *,
    language: str = "nl",
    announce_theme: bool = False,
    options: SplitOptions | None = None,
) -> list[Utterance]:
    """Return the utterances of one item: theme (if asked), title, then each sentence."""
    opts = options or SplitOptions()
    lang = base_language(item.language, base_language(language))
    result: list[Utterance] = []
    category = (item.category or "").strip()
    if announce_theme and opts.announce_theme and category:
        spoken = THEME_ANNOUNCEMENT.get(lang, THEME_ANNOUNCEMENT["nl"]).format(category)
        begin, finish = _trim(item.category or "", 0, len(item.category or ""))
        result.append(
            Utterance(
                item_index,
                UtteranceKind.THEME,
                TextField.CATEGORY,
                -1,
                begin,
                finish,
                category,
                spoken,
                lang,
                opts.theme_pause_ms,
            )
        )
    begin, finish = _trim(item.title, 0, len(item.title))
    if finish > begin:
        title = item.title[begin:finish]
        result.append(
            Utterance(
                item_index,
                UtteranceKind.TITLE,
                TextField.TITLE,
                -1,
                begin,
                finish,
                title,
                title,
                lang,
                opts.title_pause_ms,
            )
        )
    for p_index, paragraph in enumerate(item.summary):
        spans = split_sentences(paragraph, lang, max_chars=opts.max_chars)
        for n, (s, e) in enumerate(spans):
            last = n == len(spans) - 1
            pause = opts.paragraph_pause_ms if last else opts.sentence_pause_ms
            sentence = paragraph[s:e]
            result.append(
                Utterance(
                    item_index,
                    UtteranceKind.SENTENCE,
                    TextField.SUMMARY,
                    p_index,
                    s,
                    e,
                    sentence,
                    sentence,
                    lang,
                    pause,
                )
            )
    if result:
        last_u = result[-1]
        result[-1] = _with_pause(last_u, max(last_u.pause_after_ms, opts.item_pause_ms))
    return result


def _with_pause(u: Utterance, pause_ms: int) -> Utterance:
    """Return a copy of an utterance with another pause after it."""
    return Utterance(
        u.item_index,
        u.kind,
        u.field,
        u.paragraph,
        u.start,
        u.end,
        u.text,
        u.spoken,
        u.language,
        pause_ms,
    )


def items_utterances(
    items: Sequence[Item], *, language: str = "nl", options: SplitOptions | None = None
) -> list[Utterance]:
    """Return the utterances of items in order, announcing a theme where it changes."""
    result: list[Utterance] = []
    previous: str | None = None
    for index, item in enumerate(items):
        theme = (item.category or "").strip() or None
        result.extend(
            item_utterances(
                item,
                index,
                language=language,
                announce_theme=theme is not None and theme != previous,
                options=options,
            )
        )
        previous = theme
    return result


@dataclass(frozen=True, slots=True)
class TextPosition:
    """A caret position in a displayed item: field, paragraph (summary only) and offset."""

    field: TextField
    paragraph: int = -1
    offset: int = 0

    def order(self) -> tuple[int, int, int]:
        """Return a key that sorts positions in reading order."""
        rank = {TextField.CATEGORY: 0, TextField.TITLE: 1, TextField.SUMMARY: 2}[self.field]
        return (rank, self.paragraph, self.offset)


def clip_to_selection(
    utterances: Sequence[Utterance], item: Item, start: TextPosition, end: TextPosition
) -> list[Utterance]:
    """Return the parts of one item's utterances that lie inside a selection."""
    lo, hi = sorted((start, end), key=TextPosition.order)
    result: list[Utterance] = []
    for u in utterances:
        if u.kind is UtteranceKind.THEME:
            continue
        u_start = TextPosition(u.field, u.paragraph, u.start).order()
        u_end = TextPosition(u.field, u.paragraph, u.end).order()
        if u_end <= lo.order() or u_start >= hi.order():
            continue
        s = (
            max(u.start, lo.offset)
            if (u.field, u.paragraph) == (lo.field, lo.paragraph)
            else u.start
        )
        e = min(u.end, hi.offset) if (u.field, u.paragraph) == (hi.field, hi.paragraph) else u.end
        source = item.title if u.field is TextField.TITLE else item.summary[u.paragraph]
        s, e = _trim(source, s, e)
        if e > s:
            text = source[s:e]
            result.append(
                Utterance(
                    u.item_index,
                    u.kind,
                    u.field,
                    u.paragraph,
                    s,
                    e,
                    text,
                    text,
                    u.language,
                    u.pause_after_ms,
                )
            )
    return result
