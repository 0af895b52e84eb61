"""The briefing pane: choose a briefing, fill in its details, order its items, note them.

Every change is saved to the BriefingStore at once (a few small SQLite writes), so briefings
survive a crash as well as a restart. Each step is reported through `announce`, which the main
window passes to the screen reader.
"""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFocusEvent, QHideEvent, QKeyEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from reader.core.briefing.model import Briefing, BriefingEntry
from reader.core.briefing.store import FILE_NAME, BriefingStore
from reader.core.errors import ReaderError
from reader.core.export import Synthesize
from reader.core.export.common import ExportStyle
from reader.core.models import Issue, Item
from reader.core.storage.paths import data_dir
from reader.ui.briefing.form import NO_DATE, BriefingForm
from reader.ui.common.messages import Messages

log = logging.getLogger(__name__)

_QUIET_SAVE_MS = 800  # typing is saved this long after the last key, without announcing


def default_store_path() -> Path:
    """Return where the briefings are kept: beside the library, in Helder's data folder."""
    return data_dir() / FILE_NAME


class BriefingPane(BriefingForm):
    """Build briefings by keyboard: details, ordered entries with notes, export and print."""

    announce = Signal(str)
    mailed = Signal(object)  # SentBriefing: a copy is now in the library

    def __init__(
        self,
        store: BriefingStore | None = None,
        parent: QWidget | None = None,
        *,
        style: ExportStyle | None = None,
        synthesize: Synthesize | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("briefingPane")
        problem = None
        if store is None:
            from reader.core.storage.safe_open import open_briefings_safely

            store, problem = open_briefings_safely(default_store_path())
        self.store = store
        self.style_ = style or ExportStyle()
        # Speaks a piece of an audio export with the listener's voices (None: the default).
        self.synthesize = synthesize
        self._messages = Messages(self)
        self._briefing: Briefing | None = None
        self._note_row = -1
        self._removed: tuple[object, int, BriefingEntry] | None = None  # for Ctrl+Z
        self._note_unsaid = False
        self.export_dialog: QWidget | None = None
        self.preview_dialog: QWidget | None = None
        self.send_dialog: QWidget | None = None
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(_QUIET_SAVE_MS)
        self._quiet.timeout.connect(lambda: self._commit_fields(announce=False))
        self.setAccessibleName(self.tr("Briefing"))
        self._connect()
        self._load_list()
        # A damaged or unreachable briefing file was dealt with on opening; say what and where.
        self.start_problem = (
            None if problem is None else self._messages.start_problem_text(problem, briefings=True)
        )
        if self.start_problem is not None:
            QTimer.singleShot(0, self._tell_start_problem)

    # -- wiring the widgets ---------------------------------------------------------------------

    def _connect(self) -> None:
        self.chooser.activated.connect(self._on_chosen)
        self.new_button.clicked.connect(self.new_briefing)
        self.delete_button.clicked.connect(self.delete_briefing)
        self.entries.installEventFilter(self)
        self.entries.selectionModel().currentChanged.connect(self._on_entry_changed)
        self.note_edit.installEventFilter(self)
        self.intro_edit.installEventFilter(self)
        self.up_button.clicked.connect(lambda: self.move_entry(-1))
        self.down_button.clicked.connect(lambda: self.move_entry(1))
        self.remove_button.clicked.connect(self.remove_entry)
        self.export_button.clicked.connect(self.open_export_dialog)
        self.print_button.clicked.connect(self.open_print_preview)
        self.mail_button.clicked.connect(self.open_send_dialog)
        self.title_edit.editingFinished.connect(lambda: self._commit_fields(announce=False))
        self.recipient_edit.editingFinished.connect(lambda: self._commit_fields(announce=False))
        self.date_edit.dateChanged.connect(lambda _d: self._commit_fields(announce=False))
        for edit in (self.title_edit, self.recipient_edit):
            edit.textEdited.connect(lambda _t: self._quiet.start())
        self.intro_edit.textChanged.connect(self._on_typing)
        self.note_edit.textChanged.connect(self._on_typing)

    def focusInEvent(self, event: QFocusEvent) -> None:
        """Focus given to the pane itself (F6) goes on to the entries list."""
        super().focusInEvent(event)
        self.focus_entries()

    def hideEvent(self, event: QHideEvent) -> None:
        """Save what is being typed when the pane or its window goes away."""
        self.commit()
        super().hideEvent(event)

    # -- the list of briefings -----------------------------------------------------------------

    def _display_title(self, briefing: Briefing | None) -> str:
        if briefing is None:
            return ""
        return briefing.title.strip() or self.tr("Untitled briefing")

    def _chooser_text(self, briefing: Briefing) -> str:
        return self.tr("{0} ({1} items)").format(self._display_title(briefing),
                                                 len(briefing.entries))

    def _load_list(self) -> None:
        """Fill the chooser from the store, most recently changed first; show the first."""
        try:
            briefings = self.store.load_all()
        except ReaderError as error:
            self._announce_error(error)
            briefings = []
        self.chooser.clear()
        for briefing in briefings:
            self.chooser.addItem(self._chooser_text(briefing), briefing.id)
        self._show(briefings[0] if briefings else None)

    def briefing(self) -> Briefing | None:
        """Return the briefing shown, as last saved."""
        return self._briefing

    def briefing_ids(self) -> list[str]:
        """Return the ids of the kept briefings in the chooser's order."""
        return [self.chooser.itemData(i) for i in range(self.chooser.count())]

    @Slot(int)
    def _on_chosen(self, index: int) -> None:
        self._commit_fields(announce=False)
        briefing_id = self.chooser.itemData(index)
        if self._briefing is not None and briefing_id == self._briefing.id:
            return
        try:
            self._show(self.store.load(briefing_id))
        except ReaderError as error:
            self._announce_error(error)

    @Slot()
    def new_briefing(self) -> Briefing | None:
        """Start an empty briefing dated today, keep it, and put focus on its title."""
        briefing = self._create_briefing()
        if briefing is not None:
            self.title_edit.setFocus(Qt.FocusReason.OtherFocusReason)
            self.announce.emit(self.tr("New briefing started"))
        return briefing

    def _create_briefing(self) -> Briefing | None:
        """Keep and show a new empty briefing dated today; focus stays where it is."""
        self._commit_fields(announce=False)
        briefing = Briefing(date=date.today().isoformat())
        if not self._save(briefing):
            return None
        self.chooser.insertItem(0, self._chooser_text(briefing), briefing.id)
        self._show(briefing)
        return briefing

    @Slot()
    def delete_briefing(self) -> None:
        """Ask, then forget the shown briefing."""
        if self._briefing is None:
            return
        title = self._display_title(self._briefing)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Delete briefing"),
                          self.tr("Delete the briefing {0}? This cannot be undone.").format(title),
                          parent=self)
        delete = box.addButton(self.tr("Delete"), QMessageBox.ButtonRole.DestructiveRole)
        keep = box.addButton(self.tr("Keep"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(keep)
        box.setEscapeButton(keep)
        box.exec()
        confirmed = box.clickedButton() is delete
        box.deleteLater()
        self.window().activateWindow()
        if not confirmed:
            self.delete_button.setFocus(Qt.FocusReason.PopupFocusReason)
            return
        try:
            self.store.delete(self._briefing.id)
        except ReaderError as error:
            self._announce_error(error)
            return
        self.chooser.removeItem(self.chooser.currentIndex())
        self._briefing = None
        next_id = self.chooser.currentData()
        self._show(self.store.load(next_id) if next_id else None)
        self.announce.emit(self.tr("Briefing {0} deleted").format(title))
        self.chooser.setFocus(Qt.FocusReason.OtherFocusReason)

    def _show(self, briefing: Briefing | None) -> None:
        """Put a briefing's details and entries in the fields, without saving anything."""
        self._quiet.stop()
        self._briefing = briefing
        self._note_row = -1
        self._note_unsaid = False
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
        self._select_row(0)
        self._update_buttons()

    def _update_buttons(self) -> None:
        count = self.model.rowCount()
        row = self.entries.currentIndex().row()
        has_row = self._briefing is not None and 0 <= row < count
        for button in (self.up_button, self.down_button, self.remove_button, self.note_edit):
            button.setEnabled(has_row)

    # -- saving --------------------------------------------------------------------------------

    def _save(self, briefing: Briefing) -> bool:
        try:
            self.store.save(briefing)
        except ReaderError as error:
            self._announce_error(error)
            return False
        self._briefing = briefing
        index = self.chooser.findData(briefing.id)
        if index >= 0:
            self.chooser.setItemText(index, self._chooser_text(briefing))
        return True

    def _change(self, briefing: Briefing) -> bool:
        """Keep a changed briefing and show its entries; return False when saving failed."""
        if briefing == self._briefing:
            return True
        if not self._save(briefing):
            return False
        self.model.set_entries(briefing.entries)
        self._update_buttons()
        return True

    def _on_typing(self) -> None:
        if self._briefing is not None:
            self._quiet.start()

    def _field_values(self) -> dict[str, str | None]:
        chosen = self.date_edit.date()
        return {
            "title": self.title_edit.text().strip(),
            "recipient": self.recipient_edit.text().strip(),
            "introduction": self.intro_edit.toPlainText().strip(),
            "date": None if chosen == NO_DATE else chosen.toString("yyyy-MM-dd"),
        }

    def _commit_fields(self, *, announce: bool) -> None:
        """Save the details and the note being typed; announce a changed note if asked."""
        self._quiet.stop()
        if self._briefing is None:
            return
        updated = self._briefing.with_details(**self._field_values())
        note_changed = False
        if 0 <= self._note_row < len(updated.entries):
            note = self.note_edit.toPlainText().strip()
            if note != updated.entries[self._note_row].note:
                updated = updated.set_note(self._note_row, note)
                note_changed = True
        if self._change(updated) and note_changed:
            self._note_unsaid = True
        # A note saved quietly while typing is still announced when the user leaves it.
        if announce and self._note_unsaid:
            self._note_unsaid = False
            self.announce.emit(self.tr("Note saved"))

    def commit(self) -> None:
        """Save whatever is being typed now (before export, print or closing)."""
        self._commit_fields(announce=False)

    # -- entries -------------------------------------------------------------------------------

    def add_item(self, item: Item, issue: Issue | None) -> None:
        """Copy an item to the end of the shown briefing (a new one when none is shown)."""
        self._commit_fields(announce=False)
        if self._briefing is None and self._create_briefing() is None:
            return
        title = self._display_title(self._briefing)
        if self._briefing.contains_item(item, issue):
            self.announce.emit(self.tr("{0} is already in the briefing {1}").format(item.title,
                                                                                  title))
            return
        if self._change(self._briefing.add_item(item, issue)):
            self._select_row(len(self._briefing.entries) - 1)
            self.announce.emit(self.tr("Added to briefing {0}: {1}").format(title, item.title))

    def focus_entries(self) -> None:
        """Put focus on the entries list (F6 target), on a current row when there is one.

        With no briefing yet the list is disabled: focus goes to "New briefing" instead.
        """
        if not self.entries.isEnabled():
            self.new_button.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        if not self.entries.currentIndex().isValid():
            self._select_row(0)
        self.entries.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_row(self) -> int:
        """Return the selected entry's row, or -1."""
        return self.entries.currentIndex().row()

    def _select_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.entries.setCurrentIndex(self.model.index(row))

    @Slot()
    def move_entry(self, step: int) -> None:
        """Move the selected entry one place up (-1) or down (1) and say where it is now."""
        self._commit_fields(announce=True)
        row = self.current_row()
        if self._briefing is None or row < 0:
            return
        count = len(self._briefing.entries)
        target = min(max(row + step, 0), count - 1)
        if target == row:
            self.announce.emit(self.tr("Already at the top") if step < 0
                               else self.tr("Already at the bottom"))
            return
        self._note_row = -1  # committed above; rows are about to shift
        if self._change(self._briefing.move(row, target)):
            self._select_row(target)
            self.announce.emit(self.tr("Moved to position {0} of {1}").format(target + 1, count))

    @Slot()
    def remove_entry(self) -> None:
        """Remove the selected entry; the next one becomes current."""
        self._commit_fields(announce=True)
        row = self.current_row()
        if self._briefing is None or row < 0:
            return
        entry = self._briefing.entries[row]
        self._note_row = -1  # committed above; rows are about to shift
        if self._change(self._briefing.remove(row)):
            self._removed = (self._briefing.id, row, entry)
            self._select_row(min(row, len(self._briefing.entries) - 1))
            self.announce.emit(self.tr("Removed {0}; {1} items left; Ctrl+Z undoes")
                               .format(entry.title, len(self._briefing.entries)))

    @Slot()
    def undo_remove(self) -> None:
        """Put the entry removed last back in its place (Ctrl+Z in the entries)."""
        removed, self._removed = self._removed, None
        if removed is None or self._briefing is None or removed[0] != self._briefing.id:
            self.announce.emit(self.tr("Nothing to undo"))
            return
        _id, row, entry = removed
        self._commit_fields(announce=True)
        self._note_row = -1
        if self._change(self._briefing.add(entry, at=row)):
            self._select_row(self._briefing.index_of(entry) or 0)
            self.announce.emit(self.tr("{0} is back at position {1} of {2}").format(
                entry.title, (self._briefing.index_of(entry) or 0) + 1,
                len(self._briefing.entries)))

    @Slot()
    def _on_entry_changed(self, *_args: object) -> None:
        self._commit_fields(announce=True)
        row = self.current_row()
        self._note_row = row
        self._note_unsaid = False
        entry = self.model.entry(row)
        self.note_edit.blockSignals(True)
        self.note_edit.setPlainText(entry.note if entry else "")
        self.note_edit.blockSignals(False)
        self._update_buttons()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Ctrl+Up/Down and Delete in the entries; leaving a note or introduction saves it."""
        if event.type() == QEvent.Type.FocusOut and watched in (self.note_edit, self.intro_edit):
            self._commit_fields(announce=True)
        elif (watched is self.entries and event.type() == QEvent.Type.KeyPress
              and isinstance(event, QKeyEvent)):
            mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
            key = event.key()
            if mods == Qt.KeyboardModifier.ControlModifier and key in (Qt.Key.Key_Up,
                                                                         Qt.Key.Key_Down):
                self.move_entry(-1 if key == Qt.Key.Key_Up else 1)
                return True
            if mods == Qt.KeyboardModifier.NoModifier and key == Qt.Key.Key_Delete:
                self.remove_entry()
                return True
            if mods == Qt.KeyboardModifier.ControlModifier and key == Qt.Key.Key_Z:
                self.undo_remove()
                return True
        return super().eventFilter(watched, event)

    # -- export and print ----------------------------------------------------------------------

    def set_style(self, style: ExportStyle) -> None:
        """Use the reader's theme for exports and printing."""
        self.style_ = style

    @Slot()
    def open_export_dialog(self) -> None:
        """Show the export dialog for the shown briefing (window-modal, does not block)."""
        from reader.ui.briefing.export_dialog import ExportDialog

        self.commit()
        if self._briefing is None:
            return
        dialog = ExportDialog(self._briefing, self.style_, self, synthesize=self.synthesize)
        dialog.announce.connect(self.announce)
        dialog.finished.connect(self._on_export_closed)
        self.export_dialog = dialog
        dialog.open()

    @Slot()
    def open_print_preview(self) -> None:
        """Show the print preview of the shown briefing, as the HTML export renders it."""
        from reader.ui.briefing.print_preview import BriefingPrintPreview

        self.commit()
        if self._briefing is None:
            return
        dialog = BriefingPrintPreview(self._briefing, self.style_, self,
                                      title=self._display_title(self._briefing))
        dialog.finished.connect(self._on_preview_closed)
        self.preview_dialog = dialog
        dialog.open()
        self.announce.emit(self.tr("Print preview opened"))

    @Slot()
    def open_send_dialog(self) -> None:
        """Show the dialog that sends the shown briefing by e-mail (window-modal)."""
        from reader.ui.briefing.send_dialog import SendDialog

        self.commit()
        if self._briefing is None:
            return
        dialog = SendDialog(self._briefing, self.style_, self, synthesize=self.synthesize)
        dialog.announce.connect(self.announce)
        dialog.sent.connect(self.mailed)
        dialog.finished.connect(lambda _r: self._on_dialog_closed(dialog, self.mail_button))
        self.send_dialog = dialog
        dialog.open()

    def _on_dialog_closed(self, dialog: QWidget, button: QWidget) -> None:
        dialog.deleteLater()
        self.send_dialog = None
        self._return_focus(button)

    @Slot()
    def _on_export_closed(self) -> None:
        if self.export_dialog is not None:
            self.export_dialog.deleteLater()
            self.export_dialog = None
        self._return_focus(self.export_button)

    @Slot()
    def _on_preview_closed(self) -> None:
        if self.preview_dialog is not None:
            self.preview_dialog.deleteLater()
            self.preview_dialog = None
        self._return_focus(self.print_button)

    def _return_focus(self, widget: QWidget) -> None:
        """After a dialog, focus goes back to the button that opened it."""
        self.window().activateWindow()
        widget.setFocus(Qt.FocusReason.PopupFocusReason)

    def _tell_start_problem(self) -> None:
        if self.start_problem is None:
            return
        self.announce.emit(self.start_problem)
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Briefings"), self.start_problem,
                          QMessageBox.StandardButton.Ok, self.window())
        box.setObjectName("briefingStartProblem")
        box.open()  # not modal to the app: the pane stays usable behind it

    def _announce_error(self, error: ReaderError) -> None:
        text = self._messages.error_text(error)
        log.warning("briefing: %s", error)
        self.announce.emit(text)
