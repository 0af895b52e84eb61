"""Labels above their fields when text is large: form rows that never squeeze a label.

Side by side, a label column and a field column each get half a narrow dialog; at 300 and
400 % the labels wrapped into words cut at the top and fields showed three characters of a
path. When a form's width holds fewer than FORM_CHARS characters of its font, every label
goes above its field (QFormLayout.WrapAllRows); with room again, rows go back to their own
policy. Installed on every window as Qt polishes it (see reader/ui/display/look.py).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QDialog, QFormLayout, QWidget

FORM_CHARS = 60  # below this, a label and its field do not both fit on one row

_WATCHED = (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.StyleChange,
            QEvent.Type.FontChange, QEvent.Type.LayoutRequest)


class FormFit(QObject):
    """Watches one window and sets its forms' row wrapping to the text size."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Refit on the events that change sizes (Qt override)."""
        if event.type() in _WATCHED and watched is self.parent():
            if event.type() == QEvent.Type.Show and isinstance(watched, QDialog):
                grow_dialog(watched)
            self.fit()
        return False

    def fit(self) -> None:
        """Labels above fields in every form that is too narrow for both side by side."""
        window = self.parent()
        if not isinstance(window, QWidget):
            return
        for form in window.findChildren(QFormLayout):
            owner = form.parentWidget()
            if owner is None:
                continue
            own = form.property("helderOwnWrap")
            if own is None:  # the form's own policy, for when there is room again
                own = form.rowWrapPolicy().value
                form.setProperty("helderOwnWrap", own)
            char = max(QFontMetrics(owner.font()).averageCharWidth(), 1)
            width = owner.width() if owner.width() > 0 else window.width()
            narrow = width < FORM_CHARS * char
            wanted = QFormLayout.RowWrapPolicy.WrapAllRows if narrow else \
                QFormLayout.RowWrapPolicy(int(own))
            if form.rowWrapPolicy() != wanted:
                form.setRowWrapPolicy(wanted)


def grow_dialog(dialog: QDialog) -> None:
    """The first time one of Helder's dialogs opens at a large text size, give it room.

    Dialogs set a size for 100 %; at 400 % a keyboard dialog showed two rows of its list.
    They grow with the text, up to the main window's size (or the screen's).
    """
    if dialog.property("helderGrown") or not type(dialog).__module__.startswith("reader."):
        return
    dialog.setProperty("helderGrown", True)
    from PySide6.QtWidgets import QApplication

    from reader.ui.display.look import os_font

    base = os_font().pointSizeF() or 10.0
    factor = QApplication.font().pointSizeF() / base
    if factor < 1.5:
        return
    parent = dialog.parentWidget()
    limit = parent.window().size() if parent is not None else None
    screen = dialog.screen().availableGeometry().size() if dialog.screen() else None
    if limit is None or (screen is not None and limit.width() > screen.width() * 1.5):
        limit = screen
    if limit is None:
        return
    grow = factor * 0.6  # text four times larger: about two and a half times the room
    width = min(limit.width(), max(dialog.width(), int(dialog.width() * grow)))
    height = min(limit.height(), max(dialog.height(), int(dialog.height() * grow)))
    dialog.resize(width, height)


def fit_forms(window: QWidget) -> FormFit | None:
    """Install FormFit on a window once; return it (None when it was there already)."""
    if window.property("helderFormFit"):
        return None
    window.setProperty("helderFormFit", True)
    return FormFit(window)
