"""One feedback channel that every screen reader speaks.

Two paths, so that each reader says a message once:

- `QAccessibleAnnouncementEvent` (Qt 6.8+). Qt sends it as the AT-SPI `object:announcement`
  signal on Linux, as a UI Automation notification event (`UiaRaiseNotificationEvent`) on
  Windows, which NVDA, JAWS and Narrator speak, and as an
  `NSAccessibilityAnnouncementRequestedNotification` on macOS, which VoiceOver speaks.
- Orca before version 45 (Orca 43 is Debian 12's) ignores `object:announcement`. It does speak
  an object with the Notification role that becomes showing ("notification Marked as read"),
  so on Linux, unless the installed Orca already speaks announcements, the message is also
  put in a hidden, 1-pixel notice with that role and shown for a moment.
"""

from __future__ import annotations

import glob
import logging
import re
import sys
import time
from functools import cache

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent
from PySide6.QtWidgets import QAccessibleWidget, QWidget

log = logging.getLogger(__name__)

ORCA_SPEAKS_ANNOUNCEMENTS = 45  # first Orca that speaks object:announcement
NOTICE_MS = 1500  # how long the notice stays showing (it is never painted)
REPEAT_S = 0.4  # the same text again within this time is one message said twice


class FeedbackHub(QObject):
    """Carries every message presented, for tests and a visible log (PySide6 cannot install
    an accessibility update handler)."""

    said = Signal(str)


@cache
def hub() -> FeedbackHub:
    """Return the process-wide hub whose `said` signal carries every message."""
    return FeedbackHub()


@cache
def installed_orca_version() -> int | None:
    """Return the major version of the Orca installed here, or None when there is none."""
    pattern = "/usr/lib/python3*/*-packages/orca/orca_platform.py"
    for path in sorted(glob.glob(pattern)):
        try:
            with open(path, encoding="utf-8") as handle:
                found = re.search(r'^version\s*=\s*"(\d+)', handle.read(), re.MULTILINE)
        except OSError:
            continue
        if found:
            return int(found.group(1))
    return None


@cache
def needs_notice() -> bool:
    """Return whether messages must also go through a Notification-role object."""
    if not sys.platform.startswith("linux"):
        return False  # UIA and NSAccessibility carry the announcement event itself
    version = installed_orca_version()
    return version is None or version < ORCA_SPEAKS_ANNOUNCEMENTS


class Notice(QWidget):
    """A never-painted widget exposed with the Notification role; showing it speaks it.

    One notice per message: a screen reader reads the name when it gets round to the event,
    so a notice reused for the next message would have it say the later text twice.
    """

    def __init__(self, window: QWidget, text: str) -> None:
        super().__init__(window)
        self.setObjectName("helderNotice")
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setGeometry(0, 0, 1, 1)
        self.setAccessibleName(text)
        self.accessible_: QAccessibleWidget | None = None
        QTimer.singleShot(NOTICE_MS, self.hide)
        QTimer.singleShot(NOTICE_MS * 4, self.deleteLater)  # read late on a busy machine


def _factory(_class_name: str, obj: QObject) -> QAccessibleWidget | None:
    if isinstance(obj, Notice):
        iface = QAccessibleWidget(obj, QAccessible.Role.Notification)
        # Qt owns the interface and deletes it with the widget; the notice keeps its
        # Python wrapper alive as long as the widget lives.
        obj.accessible_ = iface
        return iface
    return None


_factory_installed = False


def _show_notice(widget: QWidget, text: str) -> None:
    global _factory_installed
    if not _factory_installed:
        QAccessible.installFactory(_factory)
        _factory_installed = True
    notice = Notice(widget.window(), text)
    notice.show()


_last: tuple[str, float] = ("", 0.0)


def present(widget: QObject, text: str, *, assertive: bool = False) -> None:
    """Say `text` through every screen reader, once, without moving focus."""
    global _last
    now = time.monotonic()
    if not text or (text == _last[0] and now - _last[1] < REPEAT_S):
        return
    _last = (text, now)
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(
        QAccessible.AnnouncementPoliteness.Assertive
        if assertive
        else QAccessible.AnnouncementPoliteness.Polite
    )
    QAccessible.updateAccessibility(event)
    if needs_notice() and isinstance(widget, QWidget) and widget.window().isVisible():
        _show_notice(widget, text)
    log.debug("said: %s", text)
    hub().said.emit(text)
