"""Colour themes for the whole window, each meeting WCAG AAA for body text.

Every colour is "#rrggbb". The "system" theme is built from the OS palette at run time by the
UI layer, which hands the OS colours to `system_theme()`; "custom" is built from the user's
text and background colours by `custom_theme()`.
"""

from __future__ import annotations

from dataclasses import dataclass, fields, replace

from reader.core.prefs.contrast import (
    AA_TEXT,
    AAA_TEXT,
    NON_TEXT,
    contrast_ratio,
    ensure_contrast,
    mix,
)

SYSTEM = "system"
CUSTOM = "custom"


@dataclass(frozen=True, slots=True)
class Theme:
    """The colours of one theme. `surface` is the background of lists, fields and buttons."""

    key: str
    background: str
    surface: str
    text: str
    secondary_text: str
    link: str
    selection_bg: str
    selection_fg: str
    highlight_bg: str  # the sentence being spoken
    highlight_fg: str
    focus_ring: str
    control_border: str
    line_focus_dim: str  # painted at `dim_alpha` over the lines outside the line focus
    dim_alpha: int
    ruler: str  # the reading ruler's edge lines
    tint: str  # alternating line tint (every other line's background)
    disabled_text: str
    dark: bool = False

    def colours(self) -> dict[str, str]:
        """Return the colour roles by name."""
        return {
            f.name: getattr(self, f.name)
            for f in fields(self)
            if isinstance(getattr(self, f.name), str) and f.name != "key"
        }


# (foreground role, background role, minimum ratio): what `contrast_failures` checks.
REQUIREMENTS: tuple[tuple[str, str, float], ...] = (
    ("text", "background", AAA_TEXT),
    ("text", "surface", AAA_TEXT),
    ("text", "tint", AAA_TEXT),
    ("secondary_text", "background", AA_TEXT),
    ("secondary_text", "surface", AA_TEXT),
    ("link", "background", AA_TEXT),
    ("link", "tint", AA_TEXT),
    ("selection_fg", "selection_bg", AAA_TEXT),
    ("highlight_fg", "highlight_bg", AAA_TEXT),
    ("focus_ring", "background", NON_TEXT),
    ("focus_ring", "surface", NON_TEXT),
    # A focused list's ring touches its selected row: it must stand out against that too.
    ("focus_ring", "selection_bg", NON_TEXT),
    ("control_border", "background", NON_TEXT),
    ("control_border", "surface", NON_TEXT),
    ("ruler", "background", NON_TEXT),
    ("disabled_text", "background", AA_TEXT),
    ("disabled_text", "surface", AA_TEXT),
)


def contrast_failures(theme: Theme) -> list[tuple[str, str, float, float]]:
    """Return (fg role, bg role, ratio, minimum) for every pair of theme below its threshold."""
    failures: list[tuple[str, str, float, float]] = []
    for fg, bg, minimum in REQUIREMENTS:
        ratio = contrast_ratio(getattr(theme, fg), getattr(theme, bg))
        if ratio < minimum:
            failures.append((fg, bg, ratio, minimum))
    return failures


# The built-in themes side by side: a row a colour role, a column a theme, so that one role
# can be compared across the themes at a glance.
_BUILT_IN_KEYS = ("light", "dark", "yellow-on-black", "cream")  # the columns
_COLOURS: dict[str, tuple[str, str, str, str]] = {
    "background":     ("#ffffff", "#121212", "#000000", "#fbf5e6"),
    "surface":        ("#ffffff", "#1e1e1e", "#000000", "#fffbf2"),
    "text":           ("#1a1a1a", "#ededed", "#ffff00", "#2b2118"),
    "secondary_text": ("#4d4d4d", "#bdbdbd", "#ffffff", "#584838"),
    "link":           ("#0b47a8", "#8ab4f8", "#00ffff", "#7a2e00"),
    "selection_bg":   ("#062a66", "#264f78", "#ffff00", "#3b2a1a"),
    "selection_fg":   ("#ffffff", "#ffffff", "#000000", "#fbf5e6"),
    "highlight_bg":   ("#ffe45c", "#ffd54f", "#00ffff", "#1d4f7a"),
    "highlight_fg":   ("#000000", "#000000", "#000000", "#ffffff"),
    "focus_ring":     ("#e05a16", "#ffb000", "#db0092", "#2c84db"),
    "control_border": ("#6b6b6b", "#8f8f8f", "#ffff00", "#7d6b58"),
    "line_focus_dim": ("#ffffff", "#000000", "#000000", "#fbf5e6"),
    "ruler":          ("#0b3d91", "#ffb000", "#00ffff", "#0b5cad"),
    "tint":           ("#eef3fb", "#262a33", "#1f1f00", "#f1e6cc"),
    "disabled_text":  ("#5e5e5e", "#a3a3a3", "#c8c8c8", "#685a4b"),
}
_DIM_ALPHA = (190, 190, 200, 190)
_DARK = (False, True, True, False)


def _built_in(column: int) -> Theme:
    """Return the built-in theme of one column of the table."""
    colours = {role: row[column] for role, row in _COLOURS.items()}
    return Theme(
        key=_BUILT_IN_KEYS[column], dim_alpha=_DIM_ALPHA[column], dark=_DARK[column], **colours
    )


LIGHT, DARK, YELLOW_ON_BLACK, CREAM = (_built_in(n) for n in range(len(_BUILT_IN_KEYS)))

BUILT_IN: dict[str, Theme] = {t.key: t for t in (LIGHT, DARK, YELLOW_ON_BLACK, CREAM)}

# The order the theme quick key cycles through and the settings dialog lists.
THEME_KEYS: tuple[str, ...] = (SYSTEM, "light", "dark", "yellow-on-black", "cream", CUSTOM)


def is_dark(background: str) -> bool:
    """Return whether a background is dark, i.e. white text contrasts more than black."""
    return contrast_ratio("#ffffff", background) > contrast_ratio("#000000", background)


def _fit(theme: Theme) -> Theme:
    """Return theme with every role nudged (towards black or white) until its threshold holds."""
    values = theme.colours()
    for fg, bg, minimum in REQUIREMENTS:
        values[fg] = ensure_contrast(values[fg], values[bg], minimum)
    # A second pass, since a role checked against two backgrounds may need both.
    for fg, bg, minimum in REQUIREMENTS:
        values[fg] = ensure_contrast(values[fg], values[bg], minimum)
    return replace(theme, **values)


def custom_theme(text: str, background: str) -> Theme:
    """Build a theme around the user's own text and background colours."""
    base = DARK if is_dark(background) else LIGHT
    towards = "#ffffff" if base.dark else "#000000"
    surface = background
    theme = replace(
        base,
        key=CUSTOM,
        background=background,
        surface=surface,
        text=text,
        secondary_text=mix(text, background, 0.25),
        line_focus_dim=background,
        tint=mix(background, text, 0.06),
        disabled_text=mix(text, background, 0.35),
        control_border=mix(background, towards, 0.55),
    )
    # The user chose text/background themselves (>= 4.5:1 enforced by the dialog): keep those,
    # fit the rest; a tint that would push body text below 7:1 becomes the plain background.
    fitted = _fit(replace(theme, text=ensure_contrast(text, background, AA_TEXT)))
    if contrast_ratio(text, fitted.tint) < min(AAA_TEXT, contrast_ratio(text, background)):
        fitted = replace(fitted, tint=background)
    return replace(fitted, text=text, background=background, surface=surface)


def system_theme(
    *,
    window: str,
    base: str,
    text: str,
    window_text: str,
    link: str,
    highlight: str,
    highlighted_text: str,
    placeholder: str | None = None,
    high_contrast: bool = False,
) -> Theme:
    """Build the "system" theme from OS palette colours; fix pairs below threshold unless HC."""
    dark = is_dark(base)
    towards = "#ffffff" if dark else "#000000"
    accent = DARK if dark else LIGHT
    theme = Theme(
        key=SYSTEM,
        background=base,
        surface=base,
        text=text,
        secondary_text=placeholder or mix(text, base, 0.3),
        link=link,
        selection_bg=highlight,
        selection_fg=highlighted_text,
        highlight_bg=accent.highlight_bg,
        highlight_fg=accent.highlight_fg,
        focus_ring=highlight,
        control_border=mix(window, towards, 0.55),
        line_focus_dim=base,
        dim_alpha=190,
        ruler=highlight,
        tint=mix(base, text, 0.05),
        disabled_text=mix(window_text, base, 0.35),
        dark=dark,
    )
    if high_contrast:
        # EN 301 549 11.7: in the OS's high-contrast mode the user's own colours win; only
        # the focus ring is picked among them so that it stands out from the selection.
        return replace(theme, focus_ring=_pick_ring(theme, (highlight, text, window_text, link)))
    ring = _pick_ring(theme, (highlight, accent.focus_ring, text))
    return _fit(replace(theme, focus_ring=ring, ruler=ring))


def _pick_ring(theme: Theme, candidates: tuple[str, ...]) -> str:
    """Return the first candidate >= 3:1 against background, surface and selection, else the
    one that comes closest."""

    def worst(colour: str) -> float:
        backs = (theme.background, theme.surface, theme.selection_bg)
        return min(contrast_ratio(colour, b) for b in backs)

    for colour in candidates:
        if worst(colour) >= NON_TEXT:
            return colour
    return max(candidates, key=worst)
