"""The look of an exported document: the reader's font, size and spacing, and a colour palette.

A document is read by someone else, on paper or another screen, so its colours are its own:
the print palette (dark text on light paper) unless the user asks for "as on my screen". Either
way every colour pair is checked here, so no theme can make a note or a link unreadable.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from typing import Any

from reader.core.prefs.contrast import (
    AA_TEXT,
    AAA_TEXT,
    NON_TEXT,
    contrast_ratio,
    ensure_contrast,
    is_hex,
    mix,
)

MIN_PDF_SIZE_PT = 18.0  # large print: the RNIB and Visio guidance is 16-18 pt at least
BASE_SIZE_PT = 18.0  # the size of an export at the reader's 100 % text size

PRINT = "print"  # the document's own palette: dark on light paper
SCREEN = "screen"  # the reader's screen theme, every pair checked
PALETTES = (PRINT, SCREEN)

_UNSAFE_IN_CSS = re.compile(r"[^\w \-.,]")


@dataclass(frozen=True, slots=True)
class Colours:
    """The colours of a document, each pair readable (see `Colours.fitted`)."""

    foreground: str
    background: str
    link: str
    note_foreground: str
    note_background: str
    note_border: str

    def fitted(self) -> Colours:
        """Return these colours nudged until text is 7:1, links 4.5:1 and borders 3:1."""
        bg = _roomy(self.background)
        note_bg = _roomy(self.note_background)
        return Colours(
            foreground=ensure_contrast(self.foreground, bg, AAA_TEXT),
            background=bg,
            link=ensure_contrast(self.link, bg, AA_TEXT),
            note_foreground=ensure_contrast(self.note_foreground, note_bg, AAA_TEXT),
            note_background=note_bg,
            note_border=ensure_contrast(self.note_border, note_bg, NON_TEXT),
        )


def _roomy(background: str) -> str:
    """Return the background, moved off mid-grey until some text colour can reach 7:1 on it."""
    black, white = contrast_ratio("#000000", background), contrast_ratio("#ffffff", background)
    if max(black, white) >= AAA_TEXT + 0.5:
        return background
    towards = "#ffffff" if black >= white else "#000000"
    for step in range(1, 21):
        candidate = mix(background, towards, step / 20)
        if max(contrast_ratio("#000000", candidate),
               contrast_ratio("#ffffff", candidate)) >= AAA_TEXT + 0.5:
            return candidate
    return towards


PRINT_COLOURS = Colours(
    foreground="#1a1a1a",  # near-black, the light theme's text colour
    background="#ffffff",
    link="#0b4f9c",
    note_foreground="#1a1a1a",
    note_background="#fff4d6",  # pale yellow: a note stands apart from the item text
    note_border="#8a5a00",
)


@dataclass(frozen=True, slots=True)
class ExportStyle:
    """The reader's look carried into exports: font, size, spacing, and screen colours.

    `foreground`, `background` and `link` are the screen theme's; they colour a document only
    with `palette="screen"`. `colours()` gives what a document is painted with.
    """

    font_family: str = "DejaVu Sans"
    font_size_pt: float = BASE_SIZE_PT
    line_height: float = 1.5
    foreground: str = PRINT_COLOURS.foreground
    background: str = PRINT_COLOURS.background
    link: str = PRINT_COLOURS.link
    palette: str = PRINT
    # A TTF/OTF file for the PDF; found from font_family when None.
    font_file: str | None = None
    speech_rate_wpm: int = 170

    @classmethod
    def from_theme(cls, theme: Mapping[str, Any]) -> ExportStyle:
        """Build a style from a theme dict (keys named as the fields; unknown keys ignored)."""
        aliases = {
            "fg": "foreground",
            "text": "foreground",
            "bg": "background",
            "font": "font_family",
            "font_size": "font_size_pt",
            "line_spacing": "line_height",
        }
        names = {f.name for f in fields(cls)}
        values: dict[str, Any] = {}
        for key, value in theme.items():
            name = aliases.get(key, key)
            if name in names and value is not None:
                values[name] = value
        if "text_size" in theme and "font_size_pt" not in values and theme["text_size"]:
            values["font_size_pt"] = size_for_text_size(float(theme["text_size"]))
        return cls(**values).checked()

    def checked(self) -> ExportStyle:
        """Return a copy safe to put in CSS: bad colours and fonts fall back to the defaults."""
        default = ExportStyle()
        values: dict[str, Any] = {}
        for name in ("foreground", "background", "link"):
            value = str(getattr(self, name)).strip()
            values[name] = value.lower() if is_hex(value) and value.startswith("#") else (
                getattr(default, name)
            )
        family = _UNSAFE_IN_CSS.sub("", str(self.font_family)).strip()
        values["font_family"] = family or default.font_family
        values["font_size_pt"] = min(max(float(self.font_size_pt), 6.0), 96.0)
        values["line_height"] = min(max(float(self.line_height), 1.0), 3.0)
        values["speech_rate_wpm"] = min(max(int(self.speech_rate_wpm), 80), 450)
        values["palette"] = self.palette if self.palette in PALETTES else PRINT
        values["font_file"] = self.font_file
        return ExportStyle(**values)

    def with_palette(self, palette: str) -> ExportStyle:
        """Return this style painted with another palette (PRINT or SCREEN)."""
        return replace(self, palette=palette).checked()

    def colours(self) -> Colours:
        """Return the document's colours: the print palette, or the screen's made readable."""
        if self.palette != SCREEN:
            return PRINT_COLOURS
        s = self.checked()
        # Notes sit on a slightly shifted background, so they stand apart in any theme.
        note_bg = mix(s.background, s.foreground, 0.12)
        return Colours(
            foreground=s.foreground,
            background=s.background,
            link=s.link,
            note_foreground=s.foreground,
            note_background=note_bg,
            note_border=s.link,
        ).fitted()

    @property
    def dark(self) -> bool:
        """Whether the document is light text on a dark background."""
        from reader.core.prefs.themes import is_dark

        return is_dark(self.colours().background)


def size_for_text_size(percent: float) -> float:
    """Return the export's body size for the reader's text size (100 % -> 18 pt)."""
    return max(MIN_PDF_SIZE_PT, BASE_SIZE_PT * percent / 100)
