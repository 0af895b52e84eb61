"""Announce status to screen readers without moving focus (see reader/ui/common/feedback.py)."""

from __future__ import annotations

import re

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QMainWindow, QWidget

from reader.ui.common.feedback import present

_LONG_WORD = re.compile(r"\S{25,}")
_BREAK_AFTER = re.compile(r"([/\\._-])")


class StatusLine(QLabel):
    """The status bar's message, wrapped onto more lines when it is longer than the window
    is wide: at 400 % a plain status bar message was cut off mid-sentence."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("statusMessage")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)

    def show_text(self, text: str) -> None:
        """Show a message, as tall as its lines need.

        Long words (file paths, addresses) get invisible break points after / \\ . _ -,
        so they wrap instead of running off the window; screen readers get the plain text.
        """
        self.setText(_LONG_WORD.sub(lambda m: _BREAK_AFTER.sub("\\1\u200b", m.group(0)), text))
        self.setAccessibleName(text)
        self._fit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Refit the height to the new width (Qt override)."""
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        height = self.heightForWidth(max(self.width(), 1)) if self.text() else 0
        if height != self.minimumHeight():
            self.setMinimumHeight(height)


class Announcer(QObject):
    """Says a message through every screen reader and shows it in the status bar.

    `announced` carries every text too, because PySide6 cannot install an accessibility
    update handler: tests and a visible message log listen to it instead.
    """

    announced = Signal(str)

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.line = StatusLine(window)
        window.statusBar().addWidget(self.line, 1)

    def announce(self, text: str, *, assertive: bool = False) -> None:
        """Say `text` through the screen reader (polite unless assertive) and show it."""
        present(self._window, text, assertive=assertive)
        self._window.statusBar().clearMessage()
        self.line.show_text(text)
        self.announced.emit(text)


def announce_from(widget: QObject, text: str, *, assertive: bool = False) -> None:
    """Send a screen-reader announcement from any widget (a dialog has no status bar)."""
    present(widget, text, assertive=assertive)
