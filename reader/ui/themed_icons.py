"""Qt's own icons (file dialog, message boxes, tool buttons) in the theme's text colour.

Qt draws its standard icons as dark pictures; in the Dark and Yellow-on-black themes the
file dialog's buttons were blank boxes. This style paints every standard icon's shape in
the palette's button-text colour, so it stands out at the theme's own contrast.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleOption, QWidget

_SIZES = (16, 24, 32, 48, 64)


def recolour(icon: QIcon, colour: QColor) -> QIcon:
    """Return the icon with every visible pixel in colour (its shape kept by its alpha)."""
    result = QIcon()
    for side in _SIZES:
        source = icon.pixmap(side, side)
        if source.isNull():
            continue
        tinted = QPixmap(source.size())
        tinted.setDevicePixelRatio(source.devicePixelRatio())
        tinted.fill(Qt.GlobalColor.transparent)
        painter = QPainter(tinted)
        painter.drawPixmap(0, 0, source)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceIn)
        painter.fillRect(tinted.rect(), colour)
        painter.end()
        result.addPixmap(tinted)
    return result if not result.isNull() else icon


class ThemedIconStyle(QProxyStyle):
    """Fusion, with standard icons drawn in the palette's button-text colour."""

    def standardIcon(
        self,
        standard_icon: QStyle.StandardPixmap,
        option: QStyleOption | None = None,
        widget: QWidget | None = None,
    ) -> QIcon:
        """Return Qt's icon recoloured to the theme (Qt override)."""
        icon = super().standardIcon(standard_icon, option, widget)
        palette = widget.palette() if widget is not None else QApplication.palette()
        return recolour(icon, palette.color(QPalette.ColorRole.ButtonText))
