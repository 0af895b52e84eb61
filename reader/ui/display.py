"""Display settings at run time: apply, save, zoom and theme quick keys with announcements."""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAction,
    QKeySequence,
    QWheelEvent,
)
from PySide6.QtWidgets import QApplication, QWidget

from reader.core.errors import ReaderError
from reader.core.settings import (
    TEXT_SIZE_MAX,
    TEXT_SIZE_MIN,
    LoadResult,
    Settings,
    SettingsProblem,
    save_settings,
)
from reader.core.themes import CUSTOM, THEME_KEYS, Theme
from reader.ui.theme_apply import apply_settings

log = logging.getLogger(__name__)

# Zoom steps like a browser's: small steps near 100 %, bigger ones further out.
ZOOM_STEPS = (50, 67, 75, 80, 90, 100, 110, 125, 150, 175, 200, 250, 300, 350, 400)


def theme_label(key: str) -> str:
    """Return the Dutch (translatable) name of a theme."""
    names = {
        "system": QApplication.translate("display", "Systeem"),
        "light": QApplication.translate("display", "Licht"),
        "dark": QApplication.translate("display", "Donker"),
        "yellow-on-black": QApplication.translate("display", "Geel op zwart"),
        "cream": QApplication.translate("display", "Crème"),
        CUSTOM: QApplication.translate("display", "Eigen kleuren"),
    }
    return names.get(key, key)


def settings_problem_message(result: LoadResult) -> str | None:
    """Return the message to show when saved settings could not be used, else None."""
    if result.problem is None:
        return None
    if result.problem is SettingsProblem.UNREADABLE:
        return QApplication.translate(
            "display",
            "Uw instellingen konden niet worden gelezen. Helder gebruikt de standaardwaarden.",
        )
    text = QApplication.translate(
        "display", "Uw instellingen waren beschadigd. Helder gebruikt de standaardwaarden."
    )
    if result.kept_aside is not None:
        kept = QApplication.translate("display", "Het oude bestand is bewaard als {0}.")
        text += " " + kept.format(result.kept_aside)
    return text


def next_zoom(percent: int, direction: int) -> int:
    """Return the next zoom step above (direction 1) or below (-1) percent."""
    if direction > 0:
        return next((z for z in ZOOM_STEPS if z > percent), TEXT_SIZE_MAX)
    return next((z for z in reversed(ZOOM_STEPS) if z < percent), TEXT_SIZE_MIN)


class DisplayController(QObject):
    """Owns the current display settings; every change is applied app-wide, saved, announced."""

    changed = Signal(object, object)  # (Settings, Theme)
    save_failed = Signal(object)  # ReaderError

    def __init__(self, app: QApplication, settings: Settings, *, persist: bool = True) -> None:
        super().__init__(app)
        self._app = app
        self._settings = settings.validated()
        self._persist = persist
        self._theme = apply_settings(app, self._settings)
        self._announce_to: QWidget | None = None
        self.last_announcement = ""

    def settings(self) -> Settings:
        """Return the settings in force."""
        return self._settings

    def theme(self) -> Theme:
        """Return the theme in force."""
        return self._theme

    def set_settings(self, settings: Settings, *, save: bool = True) -> None:
        """Apply settings to the whole application, tell listeners, and save them."""
        self._settings = settings.validated()
        self._theme = apply_settings(self._app, self._settings)
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
        self.announce(self.tr("Tekstgrootte {0} procent").format(self._settings.text_size))

    def cycle_theme(self) -> None:
        """Switch to the next theme (skipping custom unless chosen) and announce its name."""
        keys = [k for k in THEME_KEYS if k != CUSTOM or self._settings.theme == CUSTOM]
        current = self._settings.theme
        index = keys.index(current) if current in keys else -1
        key = keys[(index + 1) % len(keys)]
        self.set_settings(replace(self._settings, theme=key))
        self.announce(self.tr("Thema {0}").format(theme_label(key)))

    def announce(self, text: str) -> None:
        """Have screen readers say text without moving focus (WCAG 4.1.3)."""
        self.last_announcement = text
        target = self._announce_to or QApplication.activeWindow() or QApplication.focusWidget()
        if target is None:
            return
        event = QAccessibleAnnouncementEvent(target, text)
        QAccessible.updateAccessibility(event)

    def install(self, window: QWidget) -> list[QAction]:
        """Add the size and theme quick keys and Ctrl+wheel zoom to a window; return actions."""
        self._announce_to = window
        specs = (
            (self.tr("Tekst groter"), ("Ctrl+=", "Ctrl++"), lambda: self.zoom(1)),
            (self.tr("Tekst kleiner"), ("Ctrl+-",), lambda: self.zoom(-1)),
            (self.tr("Standaard tekstgrootte"), ("Ctrl+0",), lambda: self.zoom(0)),
            (self.tr("Volgend kleurthema"), ("Ctrl+Shift+C",), self.cycle_theme),
        )
        actions = []
        for text, keys, slot in specs:
            action = QAction(text, window)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            window.addAction(action)
            actions.append(action)
        # On the application, so widgets added later are covered too.
        self._app.installEventFilter(self)
        return actions

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+wheel anywhere in the application zooms the whole interface."""
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
