"""The widgets of the briefing pane, labelled and in Tab order; the pane gives them life.

The form also puts a briefing's details in its fields and reads them back.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reader.core.briefing.model import Briefing
from reader.ui.briefing.model import BriefingEntryModel
from reader.ui.widgets.flow_layout import FlowLayout

NO_DATE = QDate(2000, 1, 1)  # the date field's minimum stands for "no date"


class DateEdit(QDateEdit):
    """A date field that Tab always leaves: arrows move between day, month and year.

    QDateEdit's own Tab walks the sections first and never leaves while it shows its
    special "no date" text, a keyboard trap.
    """

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Let Tab and Shift+Tab move focus out of the field."""
        mods = event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not mods:
            forward = event.key() == Qt.Key.Key_Tab and not (
                event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            QWidget.focusNextPrevChild(self, forward)
            event.accept()
            return
        super().keyPressEvent(event)


class BriefingForm(QWidget):
    """Chooser, details, entries, note and buttons, each with a visible label and a name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build()

    def _build(self) -> None:
        self.chooser = QComboBox(self)
        self.chooser.setObjectName("briefingChooser")
        # Wide enough for a real title, and never wider than the pane.
        self.chooser.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.chooser.setMinimumContentsLength(16)
        chooser_label = self._label(self.tr("Briefing:"), self.chooser, self.tr("Briefing"))
        self.new_button = QPushButton(self.tr("New briefing"), self)
        self.new_button.setObjectName("newBriefing")
        self.delete_button = QPushButton(self.tr("Delete briefing…"), self)
        self.delete_button.setObjectName("deleteBriefing")

        self.title_edit = QLineEdit(self)
        self.title_edit.setObjectName("briefingTitle")
        title_label = self._label(self.tr("Title:"), self.title_edit, self.tr("Title"))
        self.date_edit = DateEdit(self)
        self.date_edit.setObjectName("briefingDate")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setMinimumDate(NO_DATE)
        self.date_edit.setSpecialValueText(self.tr("no date"))
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        date_label = self._label(self.tr("Date:"), self.date_edit, self.tr("Date"))
        self.recipient_edit = QLineEdit(self)
        self.recipient_edit.setObjectName("briefingRecipient")
        recipient_label = self._label(
            self.tr("Recipient:"), self.recipient_edit, self.tr("Recipient"))
        self.intro_edit = QPlainTextEdit(self)
        self.intro_edit.setObjectName("briefingIntroduction")
        self.intro_edit.setTabChangesFocus(True)
        self.intro_edit.setMaximumHeight(110)
        intro_label = self._label(
            self.tr("Introduction:"), self.intro_edit, self.tr("Introduction"))

        self.model = BriefingEntryModel(self)
        self.entries = QListView(self)
        self.entries.setObjectName("briefingEntries")
        self.entries.setModel(self.model)
        self.entries.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.entries.setWordWrap(True)
        self.entries.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        entries_label = self._label(
            self.tr("Items in the briefing:"), self.entries, self.tr("Items in the briefing"))
        self.entries.setAccessibleDescription(
            self.tr("Ctrl+Up and Ctrl+Down move the item, Delete removes it"))

        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setObjectName("briefingNote")
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setMaximumHeight(110)
        note_label = self._label(self.tr("Note for the selected item:"), self.note_edit,
                                 self.tr("Note for the selected item"))

        self.up_button = QPushButton(self.tr("Move up"), self)
        self.up_button.setObjectName("moveUp")
        self.up_button.setToolTip(self.tr("Ctrl+Up in the list"))
        self.down_button = QPushButton(self.tr("Move down"), self)
        self.down_button.setObjectName("moveDown")
        self.down_button.setToolTip(self.tr("Ctrl+Down in the list"))
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.remove_button.setObjectName("removeEntry")
        self.remove_button.setToolTip(self.tr("Delete in the list; Ctrl+Z brings it back"))
        self.export_button = QPushButton(self.tr("Export…"), self)
        self.export_button.setObjectName("exportBriefing")
        self.print_button = QPushButton(self.tr("Print preview…"), self)
        self.print_button.setObjectName("printBriefing")
        self.mail_button = QPushButton(self.tr("Send by e-mail…"), self)
        self.mail_button.setObjectName("mailBriefing")
        for button in (self.up_button, self.down_button, self.remove_button):
            button.setAccessibleDescription(button.toolTip())


        # Rows of buttons wrap at large text sizes instead of pushing the pane wider.
        keeping = FlowLayout()
        keeping.addWidget(self.new_button)
        keeping.addWidget(self.delete_button)
        form = QFormLayout()
        form.addRow(chooser_label, self.chooser)
        form.addRow("", keeping)
        form.addRow(title_label, self.title_edit)
        form.addRow(date_label, self.date_edit)
        form.addRow(recipient_label, self.recipient_edit)
        moves = FlowLayout()
        for button in (self.up_button, self.down_button, self.remove_button):
            moves.addWidget(button)
        outputs = FlowLayout()
        outputs.addWidget(self.export_button)
        outputs.addWidget(self.print_button)
        outputs.addWidget(self.mail_button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(intro_label)
        layout.addWidget(self.intro_edit)
        layout.addWidget(entries_label)
        layout.addWidget(self.entries, 1)
        layout.addLayout(moves)
        layout.addWidget(note_label)
        layout.addWidget(self.note_edit)
        layout.addLayout(outputs)

        order = self.tab_order()
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)

    def _label(self, text: str, control: QWidget, name: str) -> QLabel:
        """Return a visible label tied to its control, and give the control the same name."""
        label = QLabel(text, self)
        label.setBuddy(control)
        control.setAccessibleName(name)
        return label

    def tab_order(self) -> list[QWidget]:
        """Return the focusable controls from top to bottom."""
        return [
            self.chooser, self.new_button, self.delete_button, self.title_edit, self.date_edit,
            self.recipient_edit, self.intro_edit, self.entries, self.up_button, self.down_button,
            self.remove_button, self.note_edit, self.export_button, self.print_button,
            self.mail_button,
        ]

    def display_title(self, briefing: Briefing | None) -> str:
        """Return a briefing's title as shown and said; an empty one is "Untitled briefing"."""
        if briefing is None:
            return ""
        return briefing.title.strip() or self.tr("Untitled briefing")

    def fill(self, briefing: Briefing | None) -> None:
        """Put a briefing's details and entries in the fields, without change signals.

        With None the fields are empty and only the chooser and "New briefing" are enabled.
        """
        widgets = (self.title_edit, self.date_edit, self.recipient_edit, self.intro_edit,
                   self.note_edit, self.chooser)
        for widget in widgets:
            widget.blockSignals(True)
        # Briefing has a length (its entries), so an empty one is falsy: compare with None.
        shown = briefing if briefing is not None else Briefing(id="")
        try:
            if briefing is not None:
                self.chooser.setCurrentIndex(self.chooser.findData(briefing.id))
            self.title_edit.setText(shown.title)
            self.recipient_edit.setText(shown.recipient)
            self.intro_edit.setPlainText(shown.introduction)
            parsed = QDate.fromString((shown.date or "")[:10], "yyyy-MM-dd")
            self.date_edit.setDate(parsed if parsed.isValid() else NO_DATE)
            self.note_edit.setPlainText("")
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.model.set_entries(shown.entries)
        for widget in self.tab_order()[1:]:
            if widget is not self.new_button:
                widget.setEnabled(briefing is not None)

    def details(self) -> dict[str, str | None]:
        """Return the details as typed: title, recipient, introduction, date (None: no date)."""
        chosen = self.date_edit.date()
        return {
            "title": self.title_edit.text().strip(),
            "recipient": self.recipient_edit.text().strip(),
            "introduction": self.intro_edit.toPlainText().strip(),
            "date": None if chosen == NO_DATE else chosen.toString("yyyy-MM-dd"),
        }
