from __future__ import annotations

import pytest

from reader.core.prefs.contrast import AA_TEXT, AAA_TEXT, NON_TEXT, contrast_ratio
from reader.core.prefs.themes import (
    BUILT_IN,
    REQUIREMENTS,
    THEME_KEYS,
    contrast_failures,
    custom_theme,
    system_theme,
)

THEMES = list(BUILT_IN.values())


def test_the_four_built_in_themes_exist():
    assert set(BUILT_IN) == {"light", "dark", "yellow-on-black", "cream"}
    assert THEME_KEYS[0] == "system"


def test_requirements_cover_every_pair_the_issue_names():
    pairs = {(fg, bg): minimum for fg, bg, minimum in REQUIREMENTS}
    assert pairs[("text", "background")] == AAA_TEXT
    assert pairs[("link", "background")] == AA_TEXT
    assert pairs[("secondary_text", "background")] == AA_TEXT
    assert pairs[("selection_fg", "selection_bg")] == AAA_TEXT
    assert pairs[("highlight_fg", "highlight_bg")] == AAA_TEXT
    assert pairs[("focus_ring", "background")] == NON_TEXT
    assert pairs[("control_border", "background")] == NON_TEXT


@pytest.mark.parametrize("theme", THEMES, ids=lambda t: t.key)
@pytest.mark.parametrize(("fg", "bg", "minimum"), REQUIREMENTS, ids=lambda v: str(v))
def test_every_pair_of_every_theme_meets_its_threshold(theme, fg, bg, minimum):
    ratio = contrast_ratio(getattr(theme, fg), getattr(theme, bg))
    assert ratio >= minimum, f"{theme.key}: {fg} on {bg} is {ratio:.2f}:1, needs {minimum}:1"


@pytest.mark.parametrize("theme", THEMES, ids=lambda t: t.key)
def test_body_text_on_the_reading_background_is_aaa(theme):
    assert contrast_ratio(theme.text, theme.background) >= 7.0


@pytest.mark.parametrize(
    ("text", "background"),
    [
        ("#000000", "#ffffff"),
        ("#ffffff", "#000080"),
        ("#333333", "#f0e68c"),
        ("#e0e0e0", "#303030"),
    ],
)
def test_custom_theme_keeps_the_users_pair_and_fits_the_rest(text, background):
    theme = custom_theme(text, background)
    assert (theme.text, theme.background) == (text, background)
    failures = [f for f in contrast_failures(theme) if f[:2] != ("text", "background")]
    assert failures == []


def test_system_theme_fixes_a_weak_os_palette():
    weak = dict(
        window="#eeeeee",
        base="#ffffff",
        text="#999999",  # 2.8:1
        window_text="#999999",
        link="#88aaff",
        highlight="#aaccff",
        highlighted_text="#ffffff",
    )
    theme = system_theme(**weak)
    assert contrast_failures(theme) == []
    assert contrast_ratio(theme.text, "#ffffff") >= 7.0


def test_system_theme_in_high_contrast_mode_keeps_os_colours():
    hc = dict(
        window="#000000",
        base="#000000",
        text="#ffffff",
        window_text="#ffffff",
        link="#ffff00",
        highlight="#1aebff",
        highlighted_text="#000000",
    )
    theme = system_theme(**hc, high_contrast=True)
    assert (theme.text, theme.background, theme.link) == ("#ffffff", "#000000", "#ffff00")
    assert (theme.selection_bg, theme.selection_fg) == ("#1aebff", "#000000")
    assert theme.dark
