"""One helper labels every dialog row: a visible label, its buddy, and the accessible name."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget


def plain(text: str) -> str:
    """Return a label's text without its access-key ampersand and trailing colon."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip(":").strip()


def labelled_row(form: QFormLayout, text: str, field: QWidget,
                 focus: QWidget | None = None) -> QLabel:
    """Add a row whose label is the buddy of `focus` (default `field`) and names it."""
    target = focus or field
    label = QLabel(text)
    label.setBuddy(target)
    target.setAccessibleName(plain(text))
    form.addRow(label, field)
    return label
