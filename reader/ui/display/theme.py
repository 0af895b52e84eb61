"""Apply a theme and the text settings to the whole application: palette, style sheet, font.

Lists, menus, dialogs and the reading pane all take their colours from the palette and their
size from the application font, so changing either here restyles and rescales every window.
"""

from __future__ import annotations

import logging
import os
import tempfile
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

from reader.core.prefs.contrast import contrast_ratio, mix
from reader.core.prefs.settings import Settings
from reader.core.prefs.themes import BUILT_IN, CUSTOM, SYSTEM, Theme, custom_theme, system_theme
from reader.ui.display.fonts import has_family
from reader.ui.display.look import FOCUS_WIDTH_PX, AppLook, os_font

log = logging.getLogger(__name__)


def _hex(colour: QColor) -> str:
    return colour.name(QColor.NameFormat.HexRgb)


def os_high_contrast() -> bool:
    """Return whether the OS asks for high contrast (EN 301 549 11.7)."""
    hints = QGuiApplication.styleHints()
    return hints.accessibility().contrastPreference() == Qt.ContrastPreference.HighContrast


def resolve_theme(settings: Settings, os_palette: QPalette) -> Theme:
    """Return the Theme for settings: built-in, custom, or built now from the OS palette."""
    if settings.theme in BUILT_IN:
        return BUILT_IN[settings.theme]
    if settings.theme == CUSTOM:
        return custom_theme(settings.custom_text, settings.custom_background)
    if settings.theme != SYSTEM:
        log.warning("unknown theme %r, using the system theme", settings.theme)
    pal = os_palette
    group = QPalette.ColorGroup.Active
    role = QPalette.ColorRole
    return system_theme(
        window=_hex(pal.color(group, role.Window)),
        base=_hex(pal.color(group, role.Base)),
        text=_hex(pal.color(group, role.Text)),
        window_text=_hex(pal.color(group, role.WindowText)),
        link=_hex(pal.color(group, role.Link)),
        highlight=_hex(pal.color(group, role.Highlight)),
        highlighted_text=_hex(pal.color(group, role.HighlightedText)),
        placeholder=_hex(pal.color(group, role.PlaceholderText)),
        high_contrast=os_high_contrast(),
    )


def build_palette(theme: Theme) -> QPalette:
    """Return a palette with every role in every colour group set from theme."""
    role = QPalette.ColorRole
    border = theme.control_border
    colours = {
        role.Window: theme.background,
        role.WindowText: theme.text,
        role.Base: theme.surface,
        role.AlternateBase: theme.tint,
        role.ToolTipBase: theme.surface,
        role.ToolTipText: theme.text,
        role.PlaceholderText: theme.secondary_text,
        role.Text: theme.text,
        role.Button: theme.surface,
        role.ButtonText: theme.text,
        role.BrightText: theme.background,
        role.Light: mix(theme.surface, "#ffffff", 0.5),
        role.Midlight: mix(theme.surface, border, 0.3),
        role.Mid: border,
        role.Dark: border,
        role.Shadow: mix(border, "#000000", 0.5),
        role.Highlight: theme.selection_bg,
        role.HighlightedText: theme.selection_fg,
        role.Link: theme.link,
        role.LinkVisited: theme.link,
        role.Accent: theme.focus_ring,
    }
    palette = QPalette()
    groups = (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive)
    for r, value in colours.items():
        for group in groups:
            # Inactive = active: the selection stays as visible when another window has focus.
            palette.setColor(group, r, QColor(value))
        disabled = value
        if r in (role.WindowText, role.Text, role.ButtonText):
            disabled = theme.disabled_text
        palette.setColor(QPalette.ColorGroup.Disabled, r, QColor(disabled))
    return palette


_ICON_SVG = {
    "up": '<path d="M2 11 L8 4 L14 11 Z" fill="{fg}"/>',
    "down": '<path d="M2 5 L8 12 L14 5 Z" fill="{fg}"/>',
    "check": (
        '<path d="M2.5 8.5 L6.5 12.5 L13.5 3.5" fill="none" stroke="{fg}" stroke-width="2.6"/>'
    ),
    "dot": '<circle cx="8" cy="8" r="4.5" fill="{fg}"/>',
}


def _icons(theme: Theme) -> dict[str, str]:
    """Write the arrows and check marks in the theme's text colour; return their paths."""
    folder = (
        Path(tempfile.gettempdir()) / f"helder-icons-{os.getuid() if hasattr(os, 'getuid') else 0}"
    )
    folder.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, shape in _ICON_SVG.items():
        colour = theme.text.lstrip("#")
        path = folder / f"{name}-{colour}.svg"
        if not path.exists():
            body = shape.format(fg=theme.text)
            svg = f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 16 16">{body}</svg>'
            # Written aside and renamed, so a second Helder never reads half a file.
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            tmp.write_text(svg, encoding="utf-8")
            os.replace(tmp, path)
        paths[name] = path.as_posix()
    return paths


def build_stylesheet(theme: Theme, font: QFont | None = None) -> str:
    """Return the application style sheet: focus rings and control borders on every widget."""
    t = theme
    icons = _icons(t)
    w = FOCUS_WIDTH_PX
    # Normal state: 1 px border plus (w - 1) px margin; focused: w px ring, no margin. The outer
    # size stays the same, so focus never moves the layout.
    m = w - 1
    boxed = (
        "QPushButton, QToolButton, QComboBox, QSpinBox, QDoubleSpinBox, QLineEdit, "
        "QAbstractScrollArea, QKeySequenceEdit, QDateEdit, QTimeEdit"
    )
    focused = ", ".join(f"{s.strip()}:focus" for s in boxed.split(","))
    # Where the selection colour is close to the surface (Dark: 2:1), the chosen option
    # also gets an outline in the text colour, so its mark reaches 3:1 (WCAG 1.4.11).
    selected_edge = (f" border: 2px solid {t.text};"
                     if contrast_ratio(t.selection_bg, t.surface) < 3.0 else "")
    # With a style sheet in force Qt stops passing QApplication.setFont on to existing
    # widgets, so the size and family must be in the sheet too for everything to scale.
    font_rule = ""
    if font is not None:
        family = font.family().replace('"', "")
        weight = 700 if font.weight() >= QFont.Weight.Bold else 400
        font_rule = (
            f'QWidget {{ font-family: "{family}"; font-size: {font.pointSizeF():.2f}pt; '
            f"font-weight: {weight}; }}"
        )
    return font_rule + f"""
{boxed} {{
    border: 1px solid {t.control_border}; border-radius: 3px; margin: {m}px;
    background: {t.surface}; color: {t.text};
    placeholder-text-color: {t.secondary_text};
}}
QPushButton, QToolButton {{ padding: 0.25em 0.8em; min-height: 1.3em; }}
QComboBox, QSpinBox, QDoubleSpinBox, QLineEdit {{ padding: 0.15em 0.3em; }}
{focused} {{ border: {w}px solid {t.focus_ring}; margin: 0px; }}
QLineEdit#qt_spinbox_lineedit, QLineEdit#qt_spinbox_lineedit:focus,
QComboBox QLineEdit, QComboBox QLineEdit:focus {{
    border: none; margin: 0px; padding: 0px 0.2em; background: transparent;
}}
QSplitter::handle {{ background: {t.background}; }}
QSpinBox::up-button, QDoubleSpinBox::up-button, QSpinBox::down-button,
QDoubleSpinBox::down-button {{
    subcontrol-origin: padding; width: 1.4em; background: {t.surface};
    border-left: 1px solid {t.control_border};
}}
QSpinBox::up-button, QDoubleSpinBox::up-button {{ subcontrol-position: top right; }}
QSpinBox::down-button, QDoubleSpinBox::down-button {{ subcontrol-position: bottom right; }}
QSpinBox::up-arrow, QDoubleSpinBox::up-arrow {{
    image: url({icons["up"]}); width: 0.7em; height: 0.7em;
}}
QSpinBox::down-arrow, QDoubleSpinBox::down-arrow, QComboBox::down-arrow {{
    image: url({icons["down"]}); width: 0.7em; height: 0.7em;
}}
QComboBox::drop-down {{
    subcontrol-origin: border; subcontrol-position: top right; width: 1.4em;
    border-left: 1px solid {t.control_border};
}}
QComboBox QAbstractItemView {{ margin: 0px; }}
QPushButton:pressed, QToolButton:checked {{
    background: {t.selection_bg}; color: {t.selection_fg};
}}
QPushButton:disabled, QToolButton:disabled, QLineEdit:disabled, QComboBox:disabled {{
    color: {t.disabled_text};
}}
QCheckBox, QRadioButton, QSlider, QGroupBox {{
    border: 1px solid transparent; margin: {m}px; padding: 2px;
}}
QCheckBox:focus, QRadioButton:focus, QSlider:focus, QGroupBox:focus {{
    border: {w}px solid {t.focus_ring}; margin: 0px;
}}
QCheckBox::indicator, QRadioButton::indicator {{
    width: 0.9em; height: 0.9em; border: 2px solid {t.control_border}; background: {t.surface};
}}
QRadioButton::indicator {{ border-radius: 0.45em; }}
QCheckBox::indicator:checked {{ image: url({icons["check"]}); }}
QRadioButton::indicator:checked {{ image: url({icons["dot"]}); }}
QAbstractItemView {{ selection-background-color: {t.selection_bg};
    selection-color: {t.selection_fg}; alternate-background-color: {t.tint}; }}
QComboBox QAbstractItemView::item {{ min-height: 1.4em; padding: 0.1em 0.3em; }}
QComboBox QAbstractItemView::item:selected {{
    background: {t.selection_bg}; color: {t.selection_fg};{selected_edge}
}}
QTabBar::tab {{ border: 1px solid {t.control_border}; padding: 0.3em 0.8em; margin: {m}px; }}
QTabBar::tab:selected {{ background: {t.selection_bg}; color: {t.selection_fg}; }}
QTabBar::tab:focus {{ border: {w}px solid {t.focus_ring}; margin: 0px; }}
QMenuBar {{ background: {t.background}; color: {t.text}; }}
QMenuBar::item:selected, QMenu::item:selected {{
    background: {t.selection_bg}; color: {t.selection_fg};
}}
QMenu {{ background: {t.surface}; color: {t.text}; border: 1px solid {t.control_border}; }}
QMenu::item {{ padding: 0.25em 1.5em 0.25em 1em; }}
QMenu::item:disabled {{ color: {t.disabled_text}; }}
QMenu::separator {{ height: 1px; background: {t.control_border}; margin: 0.2em 0.5em; }}
QToolTip {{ background: {t.surface}; color: {t.text}; border: 1px solid {t.control_border}; }}
QStatusBar {{ color: {t.text}; }}
QHeaderView::section {{ background: {t.surface}; color: {t.text};
    border: 1px solid {t.control_border}; padding: 0.2em 0.4em; }}
QToolBar {{ background: {t.background}; border: none; spacing: {m}px; padding: {m}px; }}
QToolBar::separator {{ background: {t.control_border}; width: 1px; margin: {m}px; }}
QToolButton {{ color: {t.text}; }}
QLabel[secondary="true"] {{ color: {t.secondary_text}; }}
"""


def app_font(settings: Settings) -> QFont:
    """Return the application font: the chosen family at the OS size times the text size."""
    font = os_font()
    if settings.font_family and has_family(settings.font_family):
        font.setFamilies([settings.font_family, *font.families()])
    size = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
    font.setPointSizeF(size * settings.text_size / 100.0)
    if settings.bold:
        font.setWeight(QFont.Weight.Bold)
    return font


def apply_settings(app: QApplication, settings: Settings, look: AppLook) -> Theme:
    """Restyle and rescale the whole application for settings; return the Theme used."""
    if app.style().name().lower() != "fusion":
        # Fusion draws every control from the palette, so a theme reaches all of it.
        app.setStyle("Fusion")
    # The OS palette is read (once) under Fusion, before Helder's palette hides it.
    theme = resolve_theme(settings, look.os_palette())
    app.setPalette(build_palette(theme))
    font = app_font(settings)
    app.setFont(font)
    app.setStyleSheet(build_stylesheet(theme, font))
    app.setProperty("helderTheme", theme.key)
    return theme
