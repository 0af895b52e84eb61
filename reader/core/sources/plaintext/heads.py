"""Tell a wrapped title from a theme line, using what the whole issue shows."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass

from reader.core.sources import rules
from reader.core.sources.plaintext.layout import starts_lower, starts_title

# Words a wrapped title line can end on; the next line then continues the title.
_CONNECTORS = frozenset(
    str.split(
        "met van de het een en voor in op aan bij tot naar over uit door te of om als the a "
        "an and of for to in on with at by from or as about into"
    )
)
MAX_THEME_CHARS = 60
MAX_THEME_WORDS = 8


@dataclass(frozen=True, slots=True)
class Heading:
    """A heading resolved: the title's lines, the theme, and lines that belong to the body."""

    title: tuple[str, ...]
    theme: str | None = None
    rest: tuple[str, ...] = ()


def _continues(previous: str, line: str) -> bool:
    """Tell whether a line surely goes on with the title above it."""
    if starts_lower(line):
        return True
    if previous.endswith(("-", ":", "–", "&", "/")):
        return True
    words = previous.split()
    return bool(words) and words[-1].casefold() in _CONNECTORS


def is_theme(line: str) -> bool:
    """Tell whether a line is short enough to be a theme (section) label."""
    return (
        len(line) <= MAX_THEME_CHARS and len(line.split()) <= MAX_THEME_WORDS and starts_title(line)
    )


def _first_word(line: str) -> str:
    parts = line.split(None, 1)
    return parts[0] if parts else ""


class HeadingReader:
    """Resolves headings with facts from all headings of one issue."""

    def __init__(self, headings: Iterable[tuple[str, ...]]) -> None:
        sure: Counter[str] = Counter()
        open_ended: Counter[str] = Counter()
        self.longest_title_line = 0
        self.titles_wrap = False
        self.bare_titles = 0
        for lines in headings:
            self.bare_titles += len(lines) == 1
            title, rest = self._sure_title(lines)
            self.longest_title_line = max(self.longest_title_line, *(len(t) for t in title))
            self.titles_wrap = self.titles_wrap or len(title) > 1
            if len(rest) == 1 and len(title) > 1 and is_theme(rest[0]):
                sure[rest[0]] += 1
            elif rest and is_theme(rest[-1]):
                open_ended[rest[-1]] += 1
        # A line seen under two titles is a theme; a wrapped title does not repeat.
        self.themes = set(sure) | {t for t, n in (sure + open_ended).items() if n >= 2}

    @staticmethod
    def _sure_title(lines: tuple[str, ...]) -> tuple[list[str], list[str]]:
        title = [lines[0]]
        i = 1
        while i < len(lines) and _continues(title[-1], lines[i]):
            title.append(lines[i])
            i += 1
        return title, list(lines[i:])

    def _is_theme_here(self, title_line: str, line: str) -> bool:
        """Decide whether the line under a one-line title is its theme or its second line."""
        if not is_theme(line) or not rules.on("text.themes"):
            return False
        if line in self.themes:
            return True
        if not self.titles_wrap:
            return True  # no title wraps in this issue, so a second line is a theme
        if not self.themes:
            return False  # titles wrap and no theme shows anywhere
        if not self.bare_titles:
            return True  # every title in this issue has a line under it: themes throughout
        # Had it been part of the title, its first word would have fitted on the line.
        return len(title_line) + 1 + len(_first_word(line)) <= self.longest_title_line

    def resolve(self, lines: tuple[str, ...]) -> Heading:
        """Split heading lines into title, theme and body lines."""
        title, rest = self._sure_title(lines)
        if not rest:
            return Heading(title=tuple(title))
        if len(rest) == 1:
            if len(title) > 1 and is_theme(rest[0]):
                return Heading(title=tuple(title), theme=rest[0])
            if len(title) == 1 and self._is_theme_here(title[0], rest[0]):
                return Heading(title=tuple(title), theme=rest[0])
            if len(title) == 1:
                return Heading(title=(*title, rest[0]))
            return Heading(title=tuple(title), rest=tuple(rest))
        # More lines left: the last one is the theme when the issue has themes.
        if self.themes and is_theme(rest[-1]):
            return Heading(title=(*title, *rest[:-1]), theme=rest[-1])
        if not self.themes and len(title) + len(rest) <= 3:
            return Heading(title=(*title, *rest))
        return Heading(title=(*title, rest[0]), rest=tuple(rest[1:]))
