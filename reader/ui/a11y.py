"""Announce status to screen readers without moving focus."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QMainWindow

log = logging.getLogger(__name__)


class Announcer(QObject):
    """Sends QAccessibleAnnouncementEvent (Qt 6.8+) and shows the text in the status bar.

    `announced` carries every text too, because PySide6 cannot install an accessibility
    update handler: tests and a visible message log listen to it instead.
    """

    announced = Signal(str)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window

    def announce(self, text: str, *, assertive: bool = False) -> None:
        """Say `text` through the screen reader (polite unless assertive) and show it."""
        event = QAccessibleAnnouncementEvent(self._window, text)
        event.setPoliteness(
            QAccessible.AnnouncementPoliteness.Assertive
            if assertive
            else QAccessible.AnnouncementPoliteness.Polite
        )
        QAccessible.updateAccessibility(event)
        self._window.statusBar().showMessage(text)
        log.debug("announced: %s", text)
        self.announced.emit(text)


def announce_from(widget: QObject, text: str, *, assertive: bool = False) -> None:
    """Send a screen-reader announcement from any widget (a dialog has no status bar)."""
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if assertive
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)
