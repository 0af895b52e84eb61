"""Is a screen reader running? Asked of the platform, never blocking the GUI thread.

- Linux: the accessibility bus's `ScreenReaderEnabled` flag (D-Bus `org.a11y.Bus`,
  interface `org.a11y.Status`), which the desktop sets when it starts Orca. Asked once,
  asynchronously, after start-up, and followed through `PropertiesChanged`.
- Windows: `SystemParametersInfo(SPI_GETSCREENREADER)`, which NVDA, JAWS and Narrator set.
- macOS: VoiceOver's on/off preference (`com.apple.universalaccess voiceOverOnOffKey`).

While one runs, Helder's own voice never starts because focus moved: the screen reader is
already speaking the newly focused row (see `ReadAloud.may_follow_selection`).
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import threading

from PySide6.QtCore import SLOT, QObject, QTimer, Signal, Slot

log = logging.getLogger(__name__)

_BUS = "org.a11y.Bus"
_PATH = "/org/a11y/bus"
_PROPS = "org.freedesktop.DBus.Properties"
_STATUS = "org.a11y.Status"
SPI_GETSCREENREADER = 0x0046


class ScreenReaderWatch(QObject):
    """Knows whether a screen reader runs; `changed` says when that changes."""

    changed = Signal(bool)
    _found = Signal(bool)  # from a worker thread (macOS), delivered on the GUI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.running = False
        self.asked = False  # False until the platform has answered
        self._found.connect(self._set)
        self._dbus: object = None

    def start(self) -> None:
        """Ask the platform, after the window is up (the answer comes later)."""
        QTimer.singleShot(0, self._ask)

    @Slot()
    def _ask(self) -> None:
        if sys.platform.startswith("linux"):
            self._ask_atspi()
        elif sys.platform == "win32":
            self._set(_windows_screen_reader())
        elif sys.platform == "darwin":
            threading.Thread(target=lambda: self._found.emit(_voiceover_on()),
                             name="voiceover-check", daemon=True).start()

    @Slot(bool)
    def _set(self, running: bool) -> None:
        self.asked = True
        if running != self.running:
            self.running = running
            log.info("screen reader %s", "running" if running else "not running")
            self.changed.emit(running)

    # -- Linux -----------------------------------------------------------------------------

    def _ask_atspi(self) -> None:
        from PySide6.QtDBus import QDBusConnection, QDBusMessage, QDBusPendingCallWatcher

        runtime = os.environ.get("XDG_RUNTIME_DIR", "")
        if not os.environ.get("DBUS_SESSION_BUS_ADDRESS") and not (
                runtime and os.path.exists(os.path.join(runtime, "bus"))):
            self._set(False)  # no session bus; asking would make libdbus launch one
            return
        bus = QDBusConnection.sessionBus()
        if not bus.isConnected():
            self._set(False)
            return
        # A str, though the stubs say bytes: PySide6 6.11 refuses bytes here ("called with
        # wrong argument values"), and the watch then never heard of Orca.
        bus.connect(_BUS, _PATH, _PROPS, "PropertiesChanged", self,
                    SLOT("_properties_changed(QString,QVariantMap,QStringList)"))  # pyright: ignore[reportArgumentType]
        message = QDBusMessage.createMethodCall(_BUS, _PATH, _PROPS, "Get")
        message.setArguments([_STATUS, "ScreenReaderEnabled"])
        self._dbus = QDBusPendingCallWatcher(bus.asyncCall(message), self)
        self._dbus.finished.connect(self._answered)

    @Slot(object)
    def _answered(self, watcher: object) -> None:
        from PySide6.QtDBus import QDBusMessage

        reply = watcher.reply()  # type: ignore[attr-defined]
        if reply.type() != QDBusMessage.MessageType.ReplyMessage:
            self._set(False)  # no accessibility bus: no screen reader either
            return
        self._set(_as_bool(reply.arguments()[0] if reply.arguments() else False))

    @Slot(str, "QVariantMap", "QStringList")
    def _properties_changed(self, interface: str, changed: dict, _invalid: list) -> None:
        if interface == _STATUS and "ScreenReaderEnabled" in changed:
            self._set(_as_bool(changed["ScreenReaderEnabled"]))


def _as_bool(value: object) -> bool:
    inner = getattr(value, "variant", None)
    if callable(inner):
        value = inner()
    return bool(value) if isinstance(value, bool | int) else False


def _windows_screen_reader() -> bool:
    import ctypes

    flag = ctypes.c_int(0)
    windll = getattr(ctypes, "windll", None)
    if windll is None:
        return False
    ok = windll.user32.SystemParametersInfoW(SPI_GETSCREENREADER, 0, ctypes.byref(flag), 0)
    return bool(ok and flag.value)


def _voiceover_on() -> bool:
    try:
        out = subprocess.run(["defaults", "read", "com.apple.universalaccess",
                              "voiceOverOnOffKey"], capture_output=True, text=True, timeout=5)
    except (OSError, subprocess.SubprocessError):
        return False
    return out.stdout.strip() == "1"
