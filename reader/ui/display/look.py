"""What Helder restyles the application from: the OS palette and font, and the bundled fonts.

One `AppLook` per QApplication, made by the composition root (`reader/ui/app.py`) and
parented to the application, so none of it outlives the QApplication it belongs to.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Signal
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QLineEdit,
    QMainWindow,
    QStyledItemDelegate,
)

from reader.ui.display.fonts import register_bundled_fonts

FOCUS_WIDTH_PX = 3  # focus ring width: WCAG 2.4.13 asks for at least 2 CSS px


def os_font() -> QFont:
    """Return the OS's default application font, whatever font Helder set on the app.

    It is the platform theme's system font, the same one Qt gives a new QApplication.
    """
    return QFontDatabase.systemFont(QFontDatabase.SystemFont.GeneralFont)


def _platform_palette() -> QPalette:
    """Read the OS palette, briefly clearing an application palette that hides it.

    Qt offers the platform theme's palette only as the application palette when none is set
    (QPlatformTheme is not public API, and the style's standardPalette is Fusion's own, not
    the desktop's colours).
    """
    current = QGuiApplication.palette()
    if not current.resolveMask():
        return QPalette(current)
    # An empty palette resolves nothing, so the application falls back to the platform's.
    QGuiApplication.setPalette(QPalette())
    platform = QPalette(QGuiApplication.palette())
    QGuiApplication.setPalette(current)
    return platform


class AppLook(QObject):
    """The OS palette (kept between theme switches), the bundled fonts, the control tweaks.

    The OS palette is read the first time a theme needs it, before Helder sets its own, and
    read again only after the OS says its colours changed, so switching themes never clears
    the application palette. `os_changed` tells the display settings to follow the OS.
    """

    os_changed = Signal()

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._palette: QPalette | None = None
        # Registered in the application's font database, which ends with the application.
        self.bundled_families = register_bundled_fonts()
        self._polish = _PolishFilter(self)
        app.installEventFilter(self._polish)
        hints = app.styleHints()
        hints.colorSchemeChanged.connect(self._os_changed)
        hints.accessibility().contrastPreferenceChanged.connect(self._os_changed)

    def os_palette(self) -> QPalette:
        """Return the OS palette, ignoring any palette Helder set on the application."""
        if self._palette is None:
            self._palette = _platform_palette()
        return QPalette(self._palette)

    def _os_changed(self, *_args: object) -> None:
        self._palette = None  # dark mode or high contrast switched: read it afresh
        self.os_changed.emit()


class _PolishFilter(QObject):
    """Adjust controls as Qt polishes them, in every window.

    - Spin boxes: under a style sheet, Qt 6.12 places the inner line edit at x = 0, over the
      left border, so the caret painted over the ring. A text margin moves it inside.
    - Drop-down lists: Qt's menu-like delegate drew the current option with no mark in
      Yellow on black (a 1 px grey outline elsewhere); a styled delegate draws it in the
      theme's selection colours.
    - Placeholders are shown in italics, so they do not look like a filled-in value.
    """

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        for widget in QApplication.allWidgets():
            if isinstance(widget, QAbstractSpinBox):
                inset_spin_box(widget)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Adjust every spin box, drop-down list and text field as Qt polishes it."""
        if event.type() == QEvent.Type.Polish:
            if isinstance(watched, QDialog | QMainWindow):
                from reader.ui.widgets.form_fit import fit_forms

                fit_forms(watched)  # labels above fields when the text is large
            if isinstance(watched, QAbstractSpinBox):
                inset_spin_box(watched)
            elif isinstance(watched, QComboBox) and not isinstance(
                    watched.itemDelegate(), QStyledItemDelegate):
                watched.setItemDelegate(QStyledItemDelegate(watched))
            elif isinstance(watched, QLineEdit) and not watched.property("helderPlaceholder"):
                watched.setProperty("helderPlaceholder", True)
                watched.textChanged.connect(lambda _t, e=watched: italic_placeholder(e))
                italic_placeholder(watched)
        return False


def italic_placeholder(edit: QLineEdit) -> None:
    """Italic while the field shows its placeholder, upright once something is typed."""
    wanted = bool(edit.placeholderText()) and not edit.text()
    if edit.font().italic() != wanted:
        font = edit.font()
        font.setItalic(wanted)
        edit.setFont(font)


def inset_spin_box(spin: QAbstractSpinBox) -> None:
    """Give a spin box's line edit a left text margin as wide as the focus ring."""
    edit = spin.findChild(QLineEdit)
    if edit is not None:
        edit.setTextMargins(FOCUS_WIDTH_PX + 1, 0, 0, 0)
