"""Read-only tables and the Close button shared by the About dialog and the shortcut sheet."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QWidget,
)


def read_only_table(
    parent: QWidget, name: str, accessible_name: str, headers: Sequence[str],
    rows: Sequence[Sequence[str]],
) -> QTableWidget:
    """Return a table a screen reader walks cell by cell; Tab leaves it (no cell editing)."""
    table = QTableWidget(parent)
    table.setObjectName(name)
    table.setAccessibleName(accessible_name)
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)
    table.verticalHeader().setVisible(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setStretchLastSection(True)
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            table.setItem(r, c, QTableWidgetItem(value))
    return table


def close_buttons(dialog: QDialog, text: str) -> tuple[QDialogButtonBox, QPushButton]:
    """Return a button box with one Close button that closes the dialog, and that button.

    The caller translates `text` with its own tr(): lupdate files it under that dialog's class.
    """
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.reject)
    close = buttons.button(QDialogButtonBox.StandardButton.Close)
    close.setText(text)
    return buttons, close
