"""Keep the menu bar from taking focus after an Alt+key command when a screen reader runs.

Qt's menu bar arms itself when a ShortcutOverride for a bare Alt press reaches the window and
opens on Alt's release unless something (another key, a shortcut) disarms it in between.
With a screen reader listening, Qt's accessibility bridge holds every key event until the
screen reader has seen it, then sends a copy. A copied Alt press makes Qt send a second
ShortcutOverride for the same press. When the screen reader answers late (a busy machine),
that copy arrives after Alt+Down has already run its command and disarmed the menu bar,
arms it again, and the copied Alt release then opens it: Orca says "File." and the next key
lands in the menu bar instead of the list (seen in 2 of 6 Orca runs).

The copies carry no timestamp (the bridge builds them with QKeyEvent's plain constructor);
the window system's own events always do. So the filter drops a bare-Alt ShortcutOverride
without one, before the menu bar sees it. A lone Alt tap still opens the menu bar: its first,
timestamped ShortcutOverride arms the menu bar as before.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QMainWindow

_ALT_KEYS = (Qt.Key.Key_Alt, Qt.Key.Key_Meta)


class ResentAltFilter(QObject):
    """On the main window: hides the accessibility bridge's copies of an Alt press."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        window.menuBar()  # the menu bar's own filter first, so this one runs before it
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # Returning True without accepting the event overrides no shortcut: the menu bar,
        # whose filter on the window comes after this one, just never sees the copy.
        return (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and event.key() in _ALT_KEYS and event.timestamp() == 0)
