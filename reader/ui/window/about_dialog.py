"""Help > About (Ctrl+F1): Helder's version, its licence, and what it is built on."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QVBoxLayout, QWidget

from reader import __version__
from reader.core.notices import third_party
from reader.ui.window.sheet import close_buttons, read_only_table


class AboutDialog(QDialog):
    """The version and licence as plain text, and the notices as a table read cell by cell."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Helder"))
        self.heading = QLabel(self.tr("Helder {0}").format(__version__), self)
        self.heading.setObjectName("aboutVersion")
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.heading.setFont(font)
        summary = QLabel(self.tr(
            "An accessible newsletter reader: keyboard first, screen-reader friendly, "
            "large high-contrast text, and it reads aloud."), self)
        licence = QLabel(self.tr(
            "Helder is free software under the GNU General Public License, version 3 or "
            "later. It comes with no warranty."), self)
        for label in (summary, licence):
            label.setWordWrap(True)
            # Selectable so a screen reader's caret and the keyboard can read and copy it.
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                          | Qt.TextInteractionFlag.TextSelectableByMouse)
        notices_label = QLabel(self.tr("Helder is built on these parts, each under its own "
                                       "licence:"), self)
        notices_label.setWordWrap(True)
        self.notices = read_only_table(
            self, "aboutNotices", self.tr("Third-party parts and their licences"),
            [self.tr("Part"), self.tr("Version"), self.tr("Licence")],
            [(part.name, part.version, part.licence) for part in third_party()])
        notices_label.setBuddy(self.notices)
        buttons, close = close_buttons(self, self.tr("Close"))
        layout = QVBoxLayout(self)
        for widget in (self.heading, summary, licence, notices_label, self.notices, buttons):
            layout.addWidget(widget)
        # What a screen reader says on opening: the dialog's name, then this description.
        self.setAccessibleDescription(
            f"{self.heading.text()}. {summary.text()} {licence.text()}")
        self.resize(640, 560)
        close.setFocus(Qt.FocusReason.OtherFocusReason)
