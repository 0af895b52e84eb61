"""Removing a source: ask first, name what will be lost, and say how to undo it.

The data stays in the library (hidden) until Helder closes, so Library > Undo removing
source (Ctrl+Z in the library pane) brings the source back with its issues, notes and stars.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox, QWidget

from reader.core.library.store import Library


class RemovalTexts(QObject):
    """Translated texts for removing a source (a QObject so lupdate finds them)."""

    def question(self, name: str, lost: tuple[int, int, int]) -> str:
        """Return the question naming the source and what goes with it."""
        issues, notes, stars = lost
        return self.tr(
            "Remove {0}? With it go {1} stored issues, {2} notes and {3} starred items. "
            "Until Helder closes you can bring it all back with Library > Undo removing "
            "source (Ctrl+Z in the library)."
        ).format(name, issues, notes, stars)

    def title(self) -> str:
        """Return the confirmation's window title."""
        return self.tr("Remove source – Helder")

    def remove(self) -> str:
        """Return the text of the button that removes."""
        return self.tr("Remove")

    def keep(self) -> str:
        """Return the text of the safe button (the default)."""
        return self.tr("Keep")

    def removed(self, name: str) -> str:
        """Return what is announced after removing."""
        return self.tr("{0} removed. Ctrl+Z in the library brings it back until Helder "
                       "closes").format(name)

    def restored(self, name: str) -> str:
        """Return what is announced after undoing."""
        return self.tr("{0} is back, with its issues and notes").format(name)


def confirm_removal(parent: QWidget, library: Library, source_id: int, name: str,
                    done: Callable[[bool], None]) -> QMessageBox:
    """Open the question (window-modal, Keep is the default); `done(True)` means remove."""
    texts = RemovalTexts(parent)
    box = QMessageBox(parent)
    box.setObjectName("confirmRemoveSource")
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(texts.title())
    box.setText(texts.question(name, library.what_is_lost(source_id)))
    remove = box.addButton(texts.remove(), QMessageBox.ButtonRole.DestructiveRole)
    keep = box.addButton(texts.keep(), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(keep)
    box.setEscapeButton(keep)

    def finished(_result: int) -> None:
        chosen = box.clickedButton() is remove
        box.deleteLater()
        done(chosen)

    box.finished.connect(finished)
    box.open()
    return box
