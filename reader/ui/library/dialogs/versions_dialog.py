"""Earlier versions of the shown issue (Ctrl+Shift+H): see what a refresh replaced, go back.

Going back keeps the current copy as a version too, so choosing is never a loss. Read
state, stars and notes belong to the items, so they are the same in every version.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reader.core.library.versions import IssueVersion

VersionRole = Qt.ItemDataRole.UserRole + 40


class VersionsDialog(QDialog):
    """A list of an issue's earlier versions; Enter (or the button) goes back to one."""

    def __init__(self, title: str, versions: list[IssueVersion],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Earlier versions – Helder"))
        # Short, so the list keeps its room at 400 %; the rest is the list's description.
        intro = QLabel(self.tr("&Earlier versions, newest first:"))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("versionList")
        self.list.setAccessibleName(self.tr("Earlier versions of {0}").format(title))
        explanation = self.tr("Going back keeps the current copy as a version, and your read "
                              "marks, stars and notes stay with the items.")
        self.list.setAccessibleDescription(explanation)
        self.list.setToolTip(explanation)
        self.list.setWordWrap(True)
        intro.setBuddy(self.list)
        for v in versions:
            text = self.tr("{0} items, stored {1}: {2}").format(
                v.item_count, _when(v.stored_at), v.title)
            row = QListWidgetItem(text)
            row.setData(VersionRole, v.id)
            self.list.addItem(row)
        buttons = QDialogButtonBox()
        self.restore_button = buttons.addButton(self.tr("&Go back to this version"),
                                                QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Close)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.list.itemActivated.connect(lambda _item: self.accept())
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        if versions:
            self.list.setCurrentRow(0)
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen(self) -> int | None:
        """Return the id of the version chosen, or None."""
        item = self.list.currentItem()
        return None if item is None else int(item.data(VersionRole))


def _when(iso: str) -> str:
    """ISO time as "2026-12-02 10:15" (UTC, as stored)."""
    return iso[:16].replace("T", " ")
