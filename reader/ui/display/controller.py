"""Display settings at run time: apply app-wide, save, zoom and theme quick keys, announce.

The main window binds its View commands to a `DisplayController`'s slots and connects
`changed` to the reading view; the controller owns the settings in force.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from reader.core.errors import ReaderError
from reader.core.prefs.settings import (
    TEXT_SIZE_MAX,
    TEXT_SIZE_MIN,
    LoadResult,
    Settings,
    SettingsProblem,
    save_settings,
)
from reader.core.prefs.themes import CUSTOM, THEME_KEYS, Theme
from reader.ui.display.look import AppLook
from reader.ui.display.theme import apply_settings

log = logging.getLogger(__name__)

# Zoom steps like a browser's: small steps near 100 %, bigger ones further out.
ZOOM_STEPS = (50, 67, 75, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300, 350, 400)

def theme_label(key: str) -> str:
    """Return the translated name of a theme."""
    names = {
        "system": QCoreApplication.translate("DisplayController", "System"),
        "light": QCoreApplication.translate("DisplayController", "Light"),
        "dark": QCoreApplication.translate("DisplayController", "Dark"),
        "yellow-on-black": QCoreApplication.translate("DisplayController", "Yellow on black"),
        "cream": QCoreApplication.translate("DisplayController", "Cream"),
        CUSTOM: QCoreApplication.translate("DisplayController", "Own colours"),
    }
    return names.get(key, key)


def settings_problem_message(result: LoadResult) -> str | None:
    """Return the message to show when saved settings could not be used, else None."""
    if result.problem is None:
        if result.refused_keys:
            return QCoreApplication.translate(
                "DisplayController",
                "Some keys in your settings cannot be used, so those commands keep their "
                "usual keys: {0}. Arrow, Tab, Return, Space, Delete and letter keys move and "
                "type; they cannot start a command.",
            ).format(", ".join(result.refused_keys))
        return None
    if result.problem is SettingsProblem.UNREADABLE:
        return QCoreApplication.translate(
            "DisplayController",
            "Your settings could not be read. Helder uses the default settings.",
        )
    text = QCoreApplication.translate(
        "DisplayController", "Your settings file was damaged. Helder uses the default settings."
    )
    if result.kept_aside is not None:
        text += " " + QCoreApplication.translate(
            "DisplayController", "The damaged file was kept as {0}."
        ).format(result.kept_aside)
    return text


def next_zoom(percent: int, direction: int) -> int:
    """Return the next zoom step above (direction 1) or below (-1) percent."""
    if direction > 0:
        return next((z for z in ZOOM_STEPS if z > percent), TEXT_SIZE_MAX)
    return next((z for z in reversed(ZOOM_STEPS) if z < percent), TEXT_SIZE_MIN)


class DisplayController(QObject):
    """Owns the display settings in force; each change is applied app-wide, saved, announced."""

    changed = Signal(object, object)  # (Settings, Theme)
    announced = Signal(str)  # for screen readers: the window's announcer says it
    save_failed = Signal(object)  # ReaderError

    def __init__(
        self,
        app: QApplication,
        settings: Settings,
        look: AppLook,
        *,
        persist: bool = True,
        startup_message: str | None = None,
    ) -> None:
        """Apply settings app-wide now; `startup_message` says why saved ones were not used."""
        super().__init__(app)
        self._app = app
        self._look = look
        self._settings = settings.validated()
        self._persist = persist
        self.last_announcement = ""
        self.startup_message = startup_message  # for the UI to show once the window is up
        self._theme = apply_settings(app, self._settings, look)
        # The system theme follows the OS live: dark mode or high contrast switched on.
        look.os_changed.connect(self._os_changed)

    def detach(self) -> None:
        """Stop following the OS and the wheel (for a controller that is being replaced)."""
        self._look.os_changed.disconnect(self._os_changed)
        self._app.removeEventFilter(self)

    def _os_changed(self) -> None:
        if self._settings.theme == "system":
            self.set_settings(self._settings, save=False)

    def settings(self) -> Settings:
        """Return the settings in force."""
        return self._settings

    def theme(self) -> Theme:
        """Return the theme in force."""
        return self._theme

    def set_settings(self, settings: Settings, *, save: bool = True) -> None:
        """Apply settings to the whole application, tell listeners, and save them."""
        self._settings = settings.validated()
        self._theme = apply_settings(self._app, self._settings, self._look)
        self.changed.emit(self._settings, self._theme)
        if save and self._persist:
            try:
                save_settings(self._settings)
            except ReaderError as exc:
                log.warning("settings not saved: %s", exc)
                self.save_failed.emit(exc)

    def preview(self, settings: Settings) -> None:
        """Apply settings live without saving (the settings dialog's preview)."""
        self.set_settings(settings, save=False)

    # --- quick keys --------------------------------------------------------------------------

    def zoom(self, direction: int) -> None:
        """Grow (1), shrink (-1) or reset (0) the text size, and announce the new size."""
        current = self._settings.text_size
        size = 100 if direction == 0 else next_zoom(current, direction)
        self.set_settings(self._settings.with_text_size(size))
        self.announce(self.tr("Text size {0} percent").format(self._settings.text_size))

    def zoom_in(self) -> None:
        """One size step larger (Ctrl+=)."""
        self.zoom(1)

    def zoom_out(self) -> None:
        """One size step smaller (Ctrl+-)."""
        self.zoom(-1)

    def zoom_reset(self) -> None:
        """Back to 100 % (Ctrl+0)."""
        self.zoom(0)

    def cycle_theme(self, step: int = 1) -> None:
        """Switch to the next (1) or previous (-1) theme and announce its name."""
        keys = [k for k in THEME_KEYS if k != CUSTOM or self._settings.theme == CUSTOM]
        current = self._settings.theme
        index = keys.index(current) if current in keys else 0
        key = keys[(index + step) % len(keys)]
        self.set_settings(replace(self._settings, theme=key))
        self.announce(self.tr("Colour theme {0}").format(theme_label(key)))

    def next_theme(self) -> None:
        """The next colour theme (Ctrl+Shift+C)."""
        self.cycle_theme(1)

    def previous_theme(self) -> None:
        """The previous colour theme (Ctrl+Shift+X)."""
        self.cycle_theme(-1)

    def announce(self, text: str) -> None:
        """Have screen readers say text without moving focus (WCAG 4.1.3)."""
        self.last_announcement = text
        self.announced.emit(text)

    def install_wheel_zoom(self) -> None:
        """Let Ctrl+wheel anywhere in the application zoom the whole interface."""
        self._app.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+wheel zooms the interface instead of one widget's own font."""
        if (
            event.type() == QEvent.Type.Wheel
            and isinstance(event, QWheelEvent)
            and event.modifiers() & Qt.KeyboardModifier.ControlModifier
        ):
            delta = event.angleDelta().y()
            if delta:
                self.zoom(1 if delta > 0 else -1)
            return True
        return super().eventFilter(watched, event)
