"""Every window in every built-in theme at 100, 200, 300 and 400 %, at 1280 x 800.

Checked from the widgets themselves (tests/ui/window_checks.py): no button, label, tab, menu
or drop-down text is wider than its space; no two visible siblings overlap; every control
lies inside its window; icons and ticks are drawn at 3:1 or more against their background.
`make screenshots` renders the same views into docs/screenshots/sweep/.
"""

from __future__ import annotations

import pytest

from tests.ui.sweep import SCALES, THEMES, VIEWS, each_view, main_window, problems_of

pytestmark = pytest.mark.no_qt_log


@pytest.mark.parametrize("scale", SCALES)
@pytest.mark.parametrize("theme", THEMES)
def test_every_view_holds_together(qtbot, theme, scale):
    problems: list[str] = []
    seen: list[str] = []

    def check(name, top):
        seen.append(name)
        problems.extend(f"{name}: {p}" for p in problems_of(top))

    with main_window(theme, scale) as window:
        each_view(window, check)
    assert seen == list(VIEWS)
    assert problems == []
