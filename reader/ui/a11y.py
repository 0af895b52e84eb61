"""Announce status to screen readers without moving focus (see reader/ui/feedback.py)."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMainWindow

from reader.ui.feedback import present


class Announcer(QObject):
    """Says a message through every screen reader and shows it in the status bar.

    `announced` carries every text too, because PySide6 cannot install an accessibility
    update handler: tests and a visible message log listen to it instead.
    """

    announced = Signal(str)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window

    def announce(self, text: str, *, assertive: bool = False) -> None:
        """Say `text` through the screen reader (polite unless assertive) and show it."""
        present(self._window, text, assertive=assertive)
        self._window.statusBar().showMessage(text)
        self.announced.emit(text)


def announce_from(widget: QObject, text: str, *, assertive: bool = False) -> None:
    """Send a screen-reader announcement from any widget (a dialog has no status bar)."""
    present(widget, text, assertive=assertive)
