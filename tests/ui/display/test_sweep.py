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


@pytest.mark.parametrize("theme", THEMES)
def test_the_chosen_option_of_a_drop_down_list_stands_out(qtbot, theme):
    """The open list marks the current option at 3:1 or more: a filled row or an outline
    at least as long as the row (WCAG 1.4.11), not a 1 px grey outline or nothing."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    from tests.ui.sweep import settle
    from tests.ui.window_checks import _commonest, contrasting_pixels
    from tests.ui.window_gallery import dialogs, shown_dialog

    with main_window(theme, 200) as window, \
            shown_dialog(dialogs(window)["settings"]) as dialog:
        combo = dialog.line_focus
        combo.setFocus()
        combo.showPopup()
        settle()
        view = combo.view()
        QTest.keyClick(view, Qt.Key.Key_Down)
        settle()
        image = view.viewport().grab().toImage()
        background = _commonest(image, image.rect())
        chosen = view.visualRect(view.currentIndex())
        other = view.visualRect(combo.model().index(0 if view.currentIndex().row() else 1, 0))
        marked = contrasting_pixels(image, chosen, background)
        plain = contrasting_pixels(image, other, background)
        combo.hidePopup()
    assert marked - plain >= 1.5 * chosen.width(), (marked, plain, chosen.width())
