"""The briefing pane: choose a briefing, fill in its details, order its items, note them.

Every change is saved to the BriefingStore at once (a few small SQLite writes), so briefings
survive a crash as well as a restart. Each step is reported through `announce`, which the main
window passes to the screen reader.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFocusEvent, QHideEvent, QKeyEvent
from PySide6.QtWidgets import QDialog, QWidget

from reader.core.briefing.model import Briefing, BriefingEntry
from reader.core.briefing.store import BriefingStore
from reader.core.export import Synthesize
from reader.core.export.common import ExportStyle
from reader.core.models import Issue, Item
from reader.ui.briefing.form import BriefingForm
from reader.ui.briefing.keeper import BriefingKeeper, default_store_path
from reader.ui.briefing.outputs import BriefingOutputs

__all__ = ["BriefingPane", "default_store_path"]

_QUIET_SAVE_MS = 800  # typing is saved this long after the last key, without announcing


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
        self.keeper = BriefingKeeper(store, self)
        self.keeper.announce.connect(self.announce)
        self._briefing: Briefing | None = None
        self._note_row = -1
        self._removed: tuple[object, int, BriefingEntry] | None = None  # for Ctrl+Z
        self._note_unsaid = False
        self._quiet = QTimer(self)
        self._quiet.setSingleShot(True)
        self._quiet.setInterval(_QUIET_SAVE_MS)
        self._quiet.timeout.connect(lambda: self._commit_fields(announce=False))
        self.setAccessibleName(self.tr("Briefing"))
        self.outputs = BriefingOutputs(self, self._saved_briefing, style=style,
                                       synthesize=synthesize)
        self.outputs.announce.connect(self.announce)
        self.outputs.mailed.connect(self.mailed)
        self._connect()
        self._load_list()
        if self.keeper.start_problem is not None:
            QTimer.singleShot(0, self._tell_start_problem)

    @property
    def store(self) -> BriefingStore:
        """Return the store the briefings are kept in."""
        return self.keeper.store

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

    def _chooser_text(self, briefing: Briefing) -> str:
        return self.tr("{0} ({1} items)").format(self.display_title(briefing),
                                                 len(briefing.entries))

    def _load_list(self) -> None:
        """Fill the chooser from the store, most recently changed first; show the first."""
        briefings = self.keeper.load_all()
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
        briefing = self.keeper.load(briefing_id)
        if briefing is not None:
            self._show(briefing)

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
        title = self.display_title(self._briefing)
        confirmed = self.keeper.ask_delete(title, self)
        self.window().activateWindow()
        if not confirmed:
            self.delete_button.setFocus(Qt.FocusReason.PopupFocusReason)
            return
        if not self.keeper.delete(self._briefing.id):
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
        self.fill(briefing)
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
        if not self.keeper.save(briefing):
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

    def _commit_fields(self, *, announce: bool) -> None:
        """Save the details and the note being typed; announce a changed note if asked."""
        self._quiet.stop()
        if self._briefing is None:
            return
        updated = self._briefing.with_details(**self.details())
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
        shown = self._briefing if self._briefing is not None else self._create_briefing()
        if shown is None:
            return
        title = self.display_title(shown)
        if shown.contains_item(item, issue):
            self.announce.emit(self.tr("{0} is already in the briefing {1}").format(item.title,
                                                                                  title))
            return
        added = shown.add_item(item, issue)
        if self._change(added):
            self._select_row(len(added.entries) - 1)
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

    # -- export, print and e-mail (BriefingOutputs) --------------------------------------------

    @property
    def style_(self) -> ExportStyle:
        """Return the reader's theme as exports and printing use it."""
        return self.outputs.style

    def set_style(self, style: ExportStyle) -> None:
        """Use the reader's theme for exports and printing."""
        self.outputs.style = style

    @property
    def synthesize(self) -> Synthesize | None:
        """Return what speaks an audio export (None: the default voices)."""
        return self.outputs.synthesize

    @property
    def export_dialog(self) -> QDialog | None:
        """Return the export dialog while it is open."""
        return self.outputs.dialog(self.export_button)

    @property
    def preview_dialog(self) -> QDialog | None:
        """Return the print preview while it is open."""
        return self.outputs.dialog(self.print_button)

    @Slot()
    def open_export_dialog(self) -> None:
        """Show the export dialog for the shown briefing (window-modal, does not block)."""
        self.outputs.open_export_dialog()

    def _saved_briefing(self) -> Briefing | None:
        """Save what is being typed and return the shown briefing, for an export or print."""
        self.commit()
        return self._briefing

    def _tell_start_problem(self) -> None:
        self.keeper.tell_start_problem(self.window())
