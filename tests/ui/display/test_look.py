"""The OS colours and font Helder starts from, and their return when the System theme is back."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFontDatabase, QPalette
from PySide6.QtWidgets import QLabel

from reader.core.prefs.settings import DEFAULTS
from reader.ui.display.controller import DisplayController
from reader.ui.display.look import AppLook, os_font

GROUPS = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive, QPalette.ColorGroup.Disabled)
ROLES = [r for r in QPalette.ColorRole if r not in (QPalette.ColorRole.NoRole,
                                                    QPalette.ColorRole.NColorRoles)]


def colours(palette: QPalette) -> list[str]:
    return [palette.color(g, r).name() for g in GROUPS for r in ROLES]


class PaletteChanges(QObject):
    """Counts the palette changes a widget goes through (each one restyles every window)."""

    def __init__(self) -> None:
        super().__init__()
        self.count = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.PaletteChange:
            self.count += 1
        return False


@pytest.fixture
def app(app):
    app.setPalette(QPalette())  # as the OS gave it (the conftest's app resets it afterwards)
    return app


def test_switching_to_dark_and_back_to_system_brings_the_os_colours_back_exactly(qtbot, app):
    display = DisplayController(app, DEFAULTS, AppLook(app), persist=False)
    system_palette = colours(app.palette())
    system_theme = display.theme()
    label = QLabel("Nieuwsbrief")
    qtbot.addWidget(label)
    label.show()
    changes = PaletteChanges()
    label.installEventFilter(changes)
    display.set_settings(replace(DEFAULTS, theme="dark"))
    assert colours(app.palette()) != system_palette
    assert changes.count == 1
    display.set_settings(DEFAULTS)
    assert colours(app.palette()) == system_palette
    assert display.theme() == system_theme
    # One restyle per switch: the OS palette is not fetched by clearing Helder's first.
    assert changes.count == 2


def test_the_os_font_is_the_base_whatever_size_is_in_force(qtbot, app):
    os_size = QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont).pointSizeF()
    DisplayController(app, DEFAULTS.with_text_size(200), AppLook(app), persist=False)
    assert app.font().pointSizeF() == pytest.approx(os_size * 2)
    assert os_font().pointSizeF() == pytest.approx(os_size)


def test_the_bundled_reading_fonts_are_there_to_choose(app):
    look = AppLook(app)
    assert "Atkinson Hyperlegible" in look.bundled_families
    assert "Atkinson Hyperlegible" in QFontDatabase.families()
