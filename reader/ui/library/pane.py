"""The library pane: sources with their issues and unread counts, managed from the keyboard."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtGui import QAction, QKeySequence, QShortcut, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QScrollArea,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reader.core.errors import ErrorKind, ReaderError
from reader.core.library.rows import IssueRow, SourceRow
from reader.core.library.store import Library
from reader.ui.common.dates import DateTexts
from reader.ui.library.controller import LibraryController

SourceIdRole = Qt.ItemDataRole.UserRole + 20
IssueIdRole = Qt.ItemDataRole.UserRole + 21
ISSUES_PER_SOURCE = 200


@dataclass(frozen=True, slots=True)
class LibrarySnapshot:
    """Everything the pane shows, read in one go off the GUI thread."""

    sources: tuple[SourceRow, ...]
    issues: dict[int, tuple[IssueRow, ...]]


def read_snapshot(library: Library) -> LibrarySnapshot:
    """Read sources and their newest issues with unread counts (runs in a worker)."""
    sources = tuple(library.sources())
    issues = {s.id: tuple(library.issues(s.id, limit=ISSUES_PER_SOURCE)) for s in sources}
    return LibrarySnapshot(sources, issues)


class LibraryPane(QWidget):
    """A tree of sources and their issues; choosing an issue never marks anything read."""

    issue_chosen = Signal(int)  # the current row became this issue (arrow keys, click)
    issue_activated = Signal(int)  # Enter or double-click on an issue
    reloaded = Signal()

    def __init__(self, controller: LibraryController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPane")
        self._controller = controller
        self._dates = DateTexts(self)
        self._loading = False
        self._reload_job = 0
        self._snapshot: LibrarySnapshot | None = None
        self.rename_dialog: QInputDialog | None = None
        self.confirm: QMessageBox | None = None

        self.model = QStandardItemModel(self)
        self.tree = QTreeView(self)
        self.tree.setObjectName("libraryTree")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(False)
        self.tree.setWordWrap(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAccessibleName(self.tr("Sources and issues"))
        from reader.ui.widgets.wrap_delegate import wrap_rows

        wrap_rows(self.tree)  # long source and issue names wrap instead of "The Guardian …"
        self.label = QLabel(self.tr("&Sources"), self)
        self.label.setBuddy(self.tree)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 0, 0)  # the label and hint must not touch the edge
        self.empty_hint = QLabel(self.tr(
            "No sources yet. Add a newsletter with File > Add source (Ctrl+N), or switch one "
            "on in File > Source catalogue (Ctrl+Shift+N)."), self)
        self.empty_hint.setWordWrap(True)
        # In its own scroll area: at 400 % the hint is taller than the pane, and a plain
        # label was squeezed under the heading and cut off at the bottom.
        self.empty_area = QScrollArea(self)
        self.empty_area.setObjectName("libraryEmptyHint")
        self.empty_area.setWidget(self.empty_hint)
        self.empty_area.setWidgetResizable(True)
        self.empty_area.setFrameShape(QFrame.Shape.NoFrame)
        self.empty_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.empty_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.empty_area.hide()
        layout.addWidget(self.label)
        layout.addWidget(self.empty_area, 1)
        layout.addWidget(self.tree, 1)
        self.setFocusProxy(self.tree)

        self.tree.selectionModel().currentChanged.connect(self._on_current)
        # Before the tree's own focus handling, so a screen reader is told the real row.
        self.tree.installEventFilter(self)
        self.tree.activated.connect(self._on_activated)

        self.rename_action = self._action(self.tr("Re&name source…"), "F2", self.rename_current)
        self.pause_action = self._action(self.tr("&Pause source"), "Ctrl+P", self.toggle_pause)
        self.remove_action = self._action(self.tr("Re&move source…"), "Delete",
                                          self.remove_current)
        self.refresh_action = self._action(self.tr("Re&fresh this source"), None,
                                           self.refresh_current)
        self.undo_remove_action = self._action(self.tr("&Undo removing source"), "Ctrl+Z",
                                               self.undo_remove)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        # The Menu key opens the actions by itself; Shift+F10 is the other usual key.
        menu_key = QShortcut(QKeySequence("Shift+F10"), self.tree)
        menu_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        menu_key.activated.connect(self.show_menu)
        self._update_actions()

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(30)  # several changes in a row make one reload
        self._reload_timer.timeout.connect(self.reload)
        controller.sources_changed.connect(self._reload_timer.start)
        controller.issues_changed.connect(self._reload_timer.start)
        controller.state_changed.connect(self._reload_timer.start)

    def _action(self, text: str, key: str | None, slot: object) -> QAction:
        action = QAction(text, self.tree)
        if key:
            action.setShortcut(QKeySequence(key))
        # Only while the tree has focus, so F2 and Delete mean nothing elsewhere.
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self.tree.addAction(action)
        return action

    # -- reading the library -------------------------------------------------------------

    @Slot()
    def reload(self) -> None:
        """Re-read sources, issues and unread counts off the GUI thread, then show them."""
        self._reload_job = self._controller.run_read(
            read_snapshot, self._controller.library, done=self._on_snapshot)

    def _on_snapshot(self, snapshot: object) -> None:
        if not isinstance(snapshot, LibrarySnapshot):
            return
        self.show_snapshot(snapshot)
        self.reloaded.emit()

    def show_snapshot(self, snapshot: LibrarySnapshot) -> None:
        """Show a snapshot, keeping the current row and what was expanded."""
        old = self._snapshot
        self._snapshot = snapshot
        same_sources = old is not None and [s.id for s in old.sources] == [
            s.id for s in snapshot.sources]
        self._loading = True
        try:
            if same_sources:
                # Counts changed or issues arrived: update in place, so focus, place and
                # what is expanded stay, and only changed sources get new rows.
                self._update_rows(snapshot)
            else:
                self._rebuild(snapshot)
        finally:
            self._loading = False
        self._update_actions()
        # An empty library says how to fill it, on screen and to screen readers.
        empty = not snapshot.sources
        self.empty_area.setVisible(empty)
        self.tree.setAccessibleDescription(self.empty_hint.text() if empty else "")

    def _rebuild(self, snapshot: LibrarySnapshot) -> None:
        current = self._key(self.tree.currentIndex())
        expanded = {
            self.model.item(r).data(SourceIdRole) for r in range(self.model.rowCount())
            if self.tree.isExpanded(self.model.index(r, 0))
        }
        self.model.clear()
        for source in snapshot.sources:
            row = QStandardItem()
            row.setEditable(False)
            row.setData(source.id, SourceIdRole)
            row.setData(self.tr("source, level 1"), Qt.ItemDataRole.AccessibleDescriptionRole)
            self._set_text(row, self.source_text(source))
            row.appendRows(self._issue_rows(source.id, snapshot.issues.get(source.id, ())))
            self.model.appendRow(row)
        for r in range(self.model.rowCount()):
            index = self.model.index(r, 0)
            if index.data(SourceIdRole) in expanded:
                self.tree.expand(index)
        target = self._find(current) if current else QModelIndex()
        if not target.isValid() and self.model.rowCount():
            target = self.model.index(0, 0)
        if target.isValid():
            self.tree.setCurrentIndex(target)

    def _issue_rows(self, source_id: int, issues: tuple[IssueRow, ...]) -> list[QStandardItem]:
        rows = []
        for issue in issues:
            child = QStandardItem()
            child.setEditable(False)
            child.setData(source_id, SourceIdRole)
            child.setData(self.tr("issue, level 2"), Qt.ItemDataRole.AccessibleDescriptionRole)
            child.setData(issue.id, IssueIdRole)
            self._set_text(child, self.issue_text(issue))
            rows.append(child)
        return rows

    def _update_rows(self, snapshot: LibrarySnapshot) -> None:
        current = self._key(self.tree.currentIndex())
        lost_current = False
        for r, source in enumerate(snapshot.sources):
            row = self.model.item(r)
            self._set_text(row, self.source_text(source))
            issues = snapshot.issues.get(source.id, ())
            shown = [row.child(c).data(IssueIdRole) for c in range(row.rowCount())]
            if shown == [i.id for i in issues]:
                for c, issue in enumerate(issues):
                    self._set_text(row.child(c), self.issue_text(issue))
                continue
            lost_current |= current is not None and current[0] == "issue" and (
                current[1] in shown)
            row.removeRows(0, row.rowCount())
            row.appendRows(self._issue_rows(source.id, issues))
        if lost_current and current is not None:
            target = self._find(current)
            if target.isValid():
                self.tree.setCurrentIndex(target)

    @staticmethod
    def _set_text(item: QStandardItem, text: str) -> None:
        if item.text() != text:
            item.setText(text)
            # The state is in the words themselves, so the name reads as it looks.
            item.setData(text, Qt.ItemDataRole.AccessibleTextRole)

    def source_text(self, source: SourceRow) -> str:
        """Return a source row's text: "VNG nieuws, 3 unread, paused"."""
        parts = [source.name, self.tr("{0} unread").format(source.unread_count)]
        if source.paused:
            parts.append(self.tr("paused"))
        if source.error_kind:
            try:
                kind = ErrorKind(source.error_kind)
            except ValueError:
                kind = ErrorKind.UNREADABLE
            cause = self._controller.cause_text(ReaderError(kind, source.error_detail or ""))
            parts.append(self.tr("update failed: {0}").format(cause))
        return ", ".join(parts)

    def issue_text(self, issue: IssueRow) -> str:
        """Return an issue row's text: "Nieuwsbrief 12, 12 June 2026, 5 unread"."""
        parts = [issue.title]
        if not self._dates.in_title(issue.date, issue.title):
            parts.append(self._dates.long(issue.date))
        parts.append(self.tr("{0} unread").format(issue.unread_count))
        return ", ".join(parts)

    @staticmethod
    def _key(index: QModelIndex | QPersistentModelIndex) -> tuple[str, int] | None:
        if not index.isValid():
            return None
        issue_id = index.data(IssueIdRole)
        if issue_id is not None:
            return ("issue", int(issue_id))
        return ("source", int(index.data(SourceIdRole)))

    def _find(self, key: tuple[str, int]) -> QModelIndex:
        kind, wanted = key
        for r in range(self.model.rowCount()):
            source = self.model.item(r)
            if kind == "source" and source.data(SourceIdRole) == wanted:
                return source.index()
            if kind == "issue":
                for c in range(source.rowCount()):
                    if source.child(c).data(IssueIdRole) == wanted:
                        return source.child(c).index()
        return QModelIndex()

    # -- what is current -----------------------------------------------------------------

    def current_source_id(self) -> int | None:
        """Return the source of the current row (the source itself or an issue's source)."""
        index = self.tree.currentIndex()
        return int(index.data(SourceIdRole)) if index.isValid() else None

    def current_issue_id(self) -> int | None:
        """Return the current issue, or None when a source row is current."""
        index = self.tree.currentIndex()
        value = index.data(IssueIdRole) if index.isValid() else None
        return int(value) if value is not None else None

    def current_source(self) -> SourceRow | None:
        """Return the current row's source as last read."""
        source_id = self.current_source_id()
        if self._snapshot is None or source_id is None:
            return None
        return next((s for s in self._snapshot.sources if s.id == source_id), None)

    def select_issue(self, issue_id: int) -> bool:
        """Make an issue current (expanding its source); return whether it was found."""
        index = self._find(("issue", issue_id))
        if not index.isValid():
            return False
        self.tree.expand(index.parent())
        self.tree.setCurrentIndex(index)
        return True

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """On entering the tree, make its current row visible and selected (Qt override)."""
        if watched is self.tree and event.type() == QEvent.Type.FocusIn:
            self.reveal_current()
        return super().eventFilter(watched, event)

    def reveal_current(self) -> None:
        """Expand to the current row and select it: a screen reader announces that row, and
        Up and Down move from the row the user hears, not from a hidden one."""
        index = self.tree.currentIndex()
        if not index.isValid():
            if not self.model.rowCount():
                return
            index = self.model.index(0, 0)
        if index.parent().isValid() and not self.tree.isExpanded(index.parent()):
            self.tree.expand(index.parent())
            # Lay out now, not later: the focus event that follows names the row by its
            # place among the shown rows.
            self.tree.doItemsLayout()
        selection = self.tree.selectionModel()
        if not selection.isSelected(index) or selection.currentIndex() != index:
            selection.setCurrentIndex(
                index, selection.SelectionFlag.ClearAndSelect | selection.SelectionFlag.Rows)
        self.tree.scrollTo(index)

    @Slot(QModelIndex, QModelIndex)
    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._update_actions()
        if self._loading:
            return
        issue_id = current.data(IssueIdRole) if current.isValid() else None
        if issue_id is not None:
            self.issue_chosen.emit(int(issue_id))

    @Slot(QModelIndex)
    def _on_activated(self, index: QModelIndex) -> None:
        issue_id = index.data(IssueIdRole)
        if issue_id is not None:
            self.issue_activated.emit(int(issue_id))
        else:
            self.tree.setExpanded(index, not self.tree.isExpanded(index))

    @Slot()
    def show_menu(self) -> None:
        """Show the source actions beside the current row (Shift+F10)."""
        menu = QMenu(self.tree)
        menu.addActions(self.tree.actions())
        rect = self.tree.visualRect(self.tree.currentIndex())
        menu.exec(self.tree.viewport().mapToGlobal(rect.bottomLeft()))
        menu.deleteLater()

    def _update_actions(self) -> None:
        source = self.current_source()
        for action in (self.rename_action, self.pause_action, self.remove_action,
                       self.refresh_action):
            action.setEnabled(source is not None)
        self.undo_remove_action.setEnabled(bool(self._controller.removed))
        paused = source is not None and source.paused
        self.pause_action.setText(self.tr("Res&ume source") if paused
                                  else self.tr("&Pause source"))

    # -- changing sources ----------------------------------------------------------------

    @Slot()
    def rename_current(self) -> None:
        """Ask for a new name for the current source (F2)."""
        source = self.current_source()
        if source is None:
            return
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Rename source – Helder"))
        dialog.setLabelText(self.tr("New &name for {0}:").format(source.name))
        dialog.setTextValue(source.name)
        dialog.setTextEchoMode(QLineEdit.EchoMode.Normal)
        dialog.setOkButtonText(self.tr("Rename"))
        dialog.setCancelButtonText(self.tr("Cancel"))
        edit = dialog.findChild(QLineEdit)
        if edit is not None:
            edit.setAccessibleName(self.tr("New name for {0}").format(source.name))
        source_id = source.id

        def done(result: int) -> None:
            name = " ".join(dialog.textValue().split())
            if result == QInputDialog.DialogCode.Accepted and name and name != source.name:
                self._controller.rename_source(source_id, name)
                self._controller.announce.emit(self.tr("Renamed to {0}").format(name))
            self.rename_dialog = None
            dialog.deleteLater()
            self._focus_back()

        dialog.finished.connect(done)
        self.rename_dialog = dialog
        dialog.open()

    def _focus_back(self) -> None:
        """Give focus back to the tree once the dialog has gone."""
        self.window().activateWindow()
        self.tree.setFocus(Qt.FocusReason.PopupFocusReason)

    @Slot()
    def toggle_pause(self) -> None:
        """Pause the current source, or resume it when paused."""
        source = self.current_source()
        if source is None:
            return
        self._controller.set_paused(source.id, not source.paused)
        self._controller.announce.emit(
            self.tr("{0} resumed").format(source.name) if source.paused
            else self.tr("{0} paused").format(source.name))

    @Slot()
    def remove_current(self) -> None:
        """Ask whether to remove the current source, naming what goes; Keep is the default.
        The removal can be undone until Helder closes (`undo_remove`)."""
        from reader.ui.library.removal import RemovalTexts, confirm_removal

        source = self.current_source()
        if source is None:
            return
        source_id, name = source.id, source.name

        def done(remove: bool) -> None:
            if remove:
                self._controller.remove_source(source_id, name)
                self._controller.announce.emit(RemovalTexts(self).removed(name))
                self.undo_remove_action.setEnabled(True)
            self.confirm = None
            self._focus_back()

        self.confirm = confirm_removal(self, self._controller.library, source_id, name, done)

    @Slot()
    def undo_remove(self) -> None:
        """Bring back the source removed last, with its issues, notes and stars."""
        from reader.ui.library.removal import RemovalTexts

        name = self._controller.undo_remove()
        if name is None:
            self._controller.announce.emit(self.tr("No removed source to bring back"))
            return
        self._controller.announce.emit(RemovalTexts(self).restored(name))
        self.undo_remove_action.setEnabled(bool(self._controller.removed))

    @Slot()
    def refresh_current(self) -> None:
        """Refresh the current row's source."""
        source_id = self.current_source_id()
        if source_id is not None:
            self._controller.refresh_source(source_id)
