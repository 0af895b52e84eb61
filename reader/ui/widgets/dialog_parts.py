"""Parts dialogs build the same way: labels that name their control, OK/Cancel, button rows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QWidget,
)

from reader.ui.widgets.flow_layout import FlowLayout


def access_name(text: str) -> str:
    """Return a label's text as the screen reader should say it: without access-key marks."""
    return text.replace("&", "")


def buddy_label(text: str, control: QWidget) -> QLabel:
    """Return a label for `control`: its buddy (the access key focuses it) and its name."""
    label = QLabel(text)
    label.setBuddy(control)
    control.setAccessibleName(access_name(text))
    return label


def status_label(name: str = "") -> QLabel:
    """Return the wrapping label where a dialog says what it is doing or what went wrong."""
    label = QLabel()
    if name:
        label.setObjectName(name)
    label.setWordWrap(True)
    return label


def ok_cancel(dialog: QDialog, ok: str, cancel: str) -> QDialogButtonBox:
    """Return OK and Cancel buttons in the dialog's language that accept and reject it."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok)
    buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def ok_button(buttons: QDialogButtonBox) -> QPushButton:
    """Return the OK button of a box from `ok_cancel` (to rename, disable or focus it)."""
    return buttons.button(QDialogButtonBox.StandardButton.Ok)


def push_button(text: str, clicked: Callable[[], object]) -> QPushButton:
    """Return a button that calls `clicked` when pressed."""
    button = QPushButton(text)
    button.clicked.connect(clicked)
    return button


def button_row(*buttons: QPushButton) -> FlowLayout:
    """Return a row of buttons that wraps at large text; Return never presses one of them."""
    row = FlowLayout()
    for button in buttons:
        button.setAutoDefault(False)
        row.addWidget(button)
    return row


def scrolling(inner: QWidget) -> QScrollArea:
    """Return a vertical scroll area around `inner`, so nothing is cut off at 400 % text."""
    scroll = QScrollArea()
    scroll.setWidget(inner)
    scroll.setWidgetResizable(True)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return scroll
