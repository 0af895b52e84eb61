"""Offscreen screenshots of the main window and the settings dialog in every theme and size.

What is measured is what a low-vision reader sees: pixels of `grab()`, not style sheet text.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QToolButton, QWidget

from reader.core.prefs.contrast import contrast_ratio
from reader.core.prefs.settings import DEFAULTS, Settings
from reader.core.prefs.themes import THEME_KEYS
from reader.ui.display.controller import DisplayController
from reader.ui.display.look import FOCUS_WIDTH_PX, AppLook
from reader.ui.display.settings_dialog import SettingsDialog
from reader.ui.window.main_window import MainWindow
from tests.ui.helpers import make_issue

SIZES = [(1280, 800), (640, 800)]
PERCENTS = [100, 200, 400]
CUSTOM = replace(DEFAULTS, theme="custom", custom_text="#f5f5dc", custom_background="#202a44")


def settings_for(theme: str, percent: int = 100) -> Settings:
    base = CUSTOM if theme == "custom" else replace(DEFAULTS, theme=theme)
    return base.with_text_size(percent)


def open_window(qtbot, app, settings: Settings, size=(1280, 800)):
    display = DisplayController(app, settings, AppLook(app), persist=False)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show_issue(make_issue(5))
    display.changed.connect(window.reading_view.apply_settings)
    window.reading_view.apply_settings(display.settings(), display.theme())
    window.resize(*size)
    window.show()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    return display, window


def hex_at(image: QImage, x: int, y: int) -> str:
    return QColor(image.pixel(x, y)).name()


def ring_run(focused: QImage, plain: QImage, start: QPoint, step: QPoint, ring: str):
    """Walk inwards from a widget's edge; return (ring pixels, pixels changed >= 3:1)."""
    width = changed = 0
    p = QPoint(start)
    for _ in range(8):
        here = hex_at(focused, p.x(), p.y())
        if contrast_ratio(here, ring) < 1.1:
            width += 1
        if contrast_ratio(here, hex_at(plain, p.x(), p.y())) >= 3.0:
            changed += 1
        p += step
    return width, changed


def check_focus_ring(qtbot, top: QWidget, widget: QWidget, theme) -> None:
    """The focused widget's outline is >= 2 px wide, >= 3:1 against what surrounds it and
    against the same pixels unfocused (WCAG 2.4.7, 2.4.11, 2.4.13)."""
    widget.clearFocus()
    qtbot.waitUntil(lambda: not widget.hasFocus())
    plain = top.grab().toImage()
    widget.setFocus()
    qtbot.waitUntil(widget.hasFocus)
    focused = top.grab().toImage()
    scale = focused.width() / top.width()
    assert scale == 1.0
    origin = widget.mapTo(top, QPoint(0, 0))
    mid = QPoint(origin.x() + widget.width() // 2, origin.y() + widget.height() // 2)
    left = QPoint(origin.x(), mid.y())
    top_edge = QPoint(mid.x(), origin.y())
    for start, step, outside in (
        (left, QPoint(1, 0), QPoint(left.x() - 1, left.y())),
        (top_edge, QPoint(0, 1), QPoint(top_edge.x(), top_edge.y() - 1)),
    ):
        width, changed = ring_run(focused, plain, start, step, theme.focus_ring)
        assert width >= 2, f"{widget.objectName() or widget!r}: ring {width} px"
        assert width >= FOCUS_WIDTH_PX - 1
        assert changed >= 2, f"{widget!r}: only {changed} px change 3:1 on focus"
        ring = hex_at(focused, start.x(), start.y())
        inside = hex_at(focused, start.x() + step.x() * width, start.y() + step.y() * width)
        assert contrast_ratio(ring, inside) >= 3.0, (ring, inside)
        if outside.x() >= 0 and outside.y() >= 0:
            assert contrast_ratio(ring, hex_at(focused, outside.x(), outside.y())) >= 3.0


def no_horizontal_scrolling(area: QAbstractScrollArea) -> None:
    bar = area.horizontalScrollBar()
    assert not bar.isVisible(), area.objectName()
    assert bar.maximum() == 0, area.objectName()


def buttons_fit(top: QWidget) -> None:
    for button in top.findChildren(QAbstractButton):
        if not button.isVisible() or not button.text():
            continue
        if isinstance(button, QToolButton) and \
                button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
            continue  # its text is not shown, only its icon (the name is for screen readers)
        hint = button.sizeHint()
        assert button.width() >= hint.width(), f"{button.text()!r} is cut off"
        assert button.height() >= hint.height(), f"{button.text()!r} is cut off"
        metrics = button.fontMetrics()
        assert metrics.horizontalAdvance(button.text().replace("&", "")) < button.width()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("percent", PERCENTS)
@pytest.mark.parametrize("theme", ["light", "yellow-on-black"])
def test_main_window_reflows_at_every_size(qtbot, app, theme, percent, size):
    _, window = open_window(qtbot, app, settings_for(theme, percent), size)
    assert window.width() == size[0], "the window must not force itself wider"
    no_horizontal_scrolling(window.reading_view)
    buttons_fit(window)
    assert window.reading_view.document().size().width() <= window.reading_view.viewport().width()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("percent", PERCENTS)
def test_settings_dialog_buttons_fit_at_every_size(qtbot, app, percent, size):
    display = DisplayController(app, settings_for("cream", percent), AppLook(app), persist=False)
    dialog = SettingsDialog(display.settings(), display.preview)
    qtbot.addWidget(dialog)
    dialog.resize(*size)
    dialog.show()
    qtbot.waitExposed(dialog)
    buttons_fit(dialog)


@pytest.mark.parametrize("percent", [100, 400])
@pytest.mark.parametrize("theme", [*THEME_KEYS])
def test_focus_ring_is_wide_and_contrasts_in_the_main_window(qtbot, app, theme, percent):
    display, window = open_window(qtbot, app, settings_for(theme, percent))
    for widget in (window.item_list, window.reading_view):
        check_focus_ring(qtbot, window, widget, display.theme())


@pytest.mark.parametrize("theme", [*THEME_KEYS])
def test_focus_ring_on_every_control_type_in_the_dialog(qtbot, app, theme):
    display = DisplayController(app, settings_for(theme), AppLook(app), persist=False)
    dialog = SettingsDialog(display.settings(), display.preview)
    qtbot.addWidget(dialog)
    dialog.resize(900, 780)
    dialog.show()
    dialog.activateWindow()
    assert QTest.qWaitForWindowActive(dialog)
    for widget in (
        dialog.theme,  # combo box
        dialog.custom_text,  # line edit
        dialog.text_size,  # spin box
        dialog.line_height,  # double spin box
        dialog.bold,  # check box
        dialog.pick_text,  # push button
        dialog.reset_button,
    ):
        check_focus_ring(qtbot, dialog, widget, display.theme())


@pytest.mark.parametrize("theme", [*THEME_KEYS])
def test_the_theme_reaches_lists_menus_and_dialogs(qtbot, app, theme):
    display, window = open_window(qtbot, app, settings_for(theme))
    t = display.theme()
    image = window.item_list.grab().toImage()
    # Bottom-left corner inside the border: the list's own background, below the items.
    assert hex_at(image, 6, image.height() - 6) == t.surface
    menu = window.menuBar().actions()[0].menu()
    menu.popup(window.mapToGlobal(QPoint(10, 30)))
    qtbot.waitExposed(menu)
    pixels = menu.grab().toImage()
    assert hex_at(pixels, pixels.width() // 2, pixels.height() - 3) == t.surface
    menu.hide()
    assert window.palette().color(QPalette.ColorRole.Text).name() == t.text
    # Secondary text in the list (theme, read state) is the theme's, opaque: >= 4.5:1.
    placeholder = window.item_list.palette().color(QPalette.ColorRole.PlaceholderText)
    assert (placeholder.name(), placeholder.alpha()) == (t.secondary_text, 255)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
@pytest.mark.parametrize("percent", [200, 400])
def test_briefing_pane_shown_does_not_force_the_window_wider(qtbot, app, percent, size):
    _, window = open_window(qtbot, app, settings_for("light", percent), size)
    window.ensure_briefing().show()
    qtbot.wait(20)
    assert window.width() == size[0], "the briefing pane must not force the window wider"
    no_horizontal_scrolling(window.reading_view)
