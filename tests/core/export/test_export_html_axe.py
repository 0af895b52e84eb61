"""axe-core in headless Chromium finds nothing wrong in any HTML export, wide or narrow.

A three-item briefing with notes is exported in every built-in theme, with the print palette
and "as on my screen", and checked at 100 % (1280 CSS px) and at 320 CSS px (400 % zoom).
"""

from __future__ import annotations

import pytest

from reader.core.export import ExportStyle, export_briefing
from reader.core.export.style import PALETTES
from reader.core.prefs.themes import BUILT_IN
from tests.core.briefing_sample import noted_briefing
from tests.core.chromium import (
    DESKTOP_WIDTH,
    REFLOW_WIDTH,
    chromium,
    describe,
    missing_tools,
    open_at_width,
    overflow,
    run_axe,
)


@pytest.fixture(scope="module")
def browser(tmp_path_factory):
    missing = missing_tools()
    if missing:
        pytest.fail(f"`make setup` did not install {', '.join(missing)}")
    with chromium(tmp_path_factory.mktemp("chromium-profile")) as driver:
        yield driver


@pytest.fixture(scope="module")
def exports(tmp_path_factory):
    """theme key, palette -> the HTML export the GUI would write in that theme."""
    folder = tmp_path_factory.mktemp("axe")
    pages = {}
    for key, theme in BUILT_IN.items():
        screen = ExportStyle.from_theme(
            {"text": theme.text, "background": theme.background, "link": theme.link}
        )
        for palette in PALETTES:
            out = folder / f"{key}-{palette}.html"
            export_briefing(noted_briefing(), "html", out, style=screen.with_palette(palette))
            pages[key, palette] = out
    return pages


CASES = [(key, palette) for key in BUILT_IN for palette in PALETTES]


@pytest.mark.parametrize("width", [DESKTOP_WIDTH, REFLOW_WIDTH])
@pytest.mark.parametrize(("theme", "palette"), CASES)
def test_axe_finds_no_violations(browser, exports, theme, palette, width):
    open_at_width(browser, exports[theme, palette], width)
    result = run_axe(browser)
    assert "error" not in result, result
    assert result["passes"] > 20  # axe really ran its rules on the page
    assert result["violations"] == [], describe(result["violations"])


@pytest.mark.parametrize(("theme", "palette"), CASES)
def test_page_reflows_at_320_css_px_without_sideways_scrolling(browser, exports, theme, palette):
    open_at_width(browser, exports[theme, palette], REFLOW_WIDTH)
    sizes = overflow(browser)
    assert sizes["viewport"] == REFLOW_WIDTH
    assert sizes["content"] <= sizes["viewport"], sizes


def test_screen_palette_paints_the_theme_and_print_palette_paper(exports):
    yellow = exports["yellow-on-black", "screen"].read_text(encoding="utf-8")
    assert "color: #ffff00; background: #000000" in yellow
    paper = exports["yellow-on-black", "print"].read_text(encoding="utf-8")
    assert "#ffff00" not in paper
    assert "background: #ffffff" in paper
