"""A text field that records a key combination: the key field of the keyboard settings."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QKeyCombination, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

from reader.ui.window.actions import native_key

# Keys that keep their usual meaning in the field and can never be a command's key: Escape
# closes the dialog, Return presses OK, Space is the read-aloud key everywhere.
_NEVER_RECORDED = {Qt.Key.Key_Escape, Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Space}
_MODIFIER_KEYS = {Qt.Key.Key_Control, Qt.Key.Key_Shift, Qt.Key.Key_Alt, Qt.Key.Key_Meta,
                  Qt.Key.Key_AltGr}


class KeyRecorder(QLineEdit):
    """A text field that records the key combination pressed in it.

    Not a QKeySequenceEdit: that one is exposed with no specific role and keeps Tab, which
    would trap keyboard users. Here Tab and Shift+Tab still leave the field.
    """

    key_recorded = Signal(str)
    key_refused = Signal(str)  # a key that cannot be recorded, in the platform's spelling

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setReadOnly(True)

    def set_key(self, key: str | None) -> None:
        """Show a key (portable text) in the platform's spelling."""
        native = native_key(key) if key else ""
        self.setText(native)

    @staticmethod
    def _passes_on(event: QKeyEvent) -> bool:
        """Tab, Shift+Tab and lone modifiers keep their meaning."""
        key = Qt.Key(event.key())
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain_tab = key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and mods in (
            Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)
        return plain_tab or key in _MODIFIER_KEYS or key == Qt.Key.Key_unknown

    @staticmethod
    def _never_recorded(event: QKeyEvent) -> bool:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        return Qt.Key(event.key()) in _NEVER_RECORDED and mods in (
            Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ShiftModifier)

    def event(self, event: QEvent) -> bool:
        """Keys being recorded are not shortcuts: not the window's, nor an access key
        such as Alt+L for a button (Qt override)."""
        if (event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent)
                and not self._passes_on(event) and not self._never_recorded(event)):
            event.accept()
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Record the combination; let Tab and Shift+Tab move focus (Qt override)."""
        key = Qt.Key(event.key())
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if self._passes_on(event):
            super().keyPressEvent(event)
            return
        if self._never_recorded(event):
            if key == Qt.Key.Key_Space:
                self.key_refused.emit(QKeySequence(QKeyCombination(mods, key)).toString(
                    QKeySequence.SequenceFormat.NativeText))
            event.ignore()  # Escape and Return go on to the dialog: close, OK
            return
        if event.modifiers() & Qt.KeyboardModifier.KeypadModifier:
            mods |= Qt.KeyboardModifier.KeypadModifier
        portable = QKeySequence(QKeyCombination(mods, key)).toString(
            QKeySequence.SequenceFormat.PortableText)
        self.set_key(portable)
        self.key_recorded.emit(portable)
