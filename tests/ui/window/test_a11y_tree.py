"""The whole accessibility tree of the main window and every dialog: names, roles, labels, Tab."""

from __future__ import annotations

import pytest

from reader.ui.window.main_window import MainWindow
from reader.ui.window.shortcuts import ShortcutsDialog
from tests.ui.a11y_checks import (
    focusable_problems,
    focusable_widgets,
    label_in_name_problems,
    tab_cycle,
)
from tests.ui.helpers import make_issue


@pytest.fixture
def window(qtbot):
    win = MainWindow()
    qtbot.addWidget(win)
    win.show_issue(make_issue(6))
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    return win


def test_main_window_tree_has_names_and_specific_roles(window):
    assert focusable_problems(window) == []
    assert label_in_name_problems(window) == []


def test_main_window_tab_visits_every_control_and_returns(window, qtbot):
    seen = tab_cycle(qtbot, window.item_list)
    for widget in focusable_widgets(window):
        if widget is not window.item_list:
            assert widget in seen, f"Tab never reaches {widget!r}"


def test_shortcut_sheet_tree_and_tab_cycle(window, qtbot):
    dialog = ShortcutsDialog(window.actions_, True, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    assert focusable_problems(dialog) == []
    assert label_in_name_problems(dialog) == []
    seen = tab_cycle(qtbot, dialog.table)
    assert len(seen) >= 1
    assert dialog.windowTitle()
