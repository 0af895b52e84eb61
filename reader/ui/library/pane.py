"""The library pane: sources with their issues and unread counts, managed from the keyboard.

The rows and their texts are `SourceTreeModel`'s (source_tree.py); the source actions and
their dialogs are `SourceCommands`' (source_commands.py). The pane keeps the tree's place,
what is expanded and what is current across reloads, and tells which issue was chosen.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QInputDialog,
    QLabel,
    QMessageBox,
    QScrollArea,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reader.core.library.rows import SourceRow
from reader.ui.library.controller import LibraryController
from reader.ui.library.source_commands import SourceCommands
from reader.ui.library.source_tree import (
    IssueIdRole,
    LibrarySnapshot,
    SourceIdRole,
    SourceTreeModel,
    read_snapshot,
)

__all__ = ["LibraryPane", "LibrarySnapshot", "read_snapshot"]


class LibraryPane(QWidget):
    """A tree of sources and their issues; choosing an issue never marks anything read."""

    issue_chosen = Signal(int)  # the current row became this issue (arrow keys, click)
    issue_activated = Signal(int)  # Enter or double-click on an issue
    reloaded = Signal()

    def __init__(self, controller: LibraryController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("libraryPane")
        self._controller = controller
        self._loading = False
        self._reload_job = 0

        self.model = SourceTreeModel(controller.cause_text, self)
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

        self.commands = SourceCommands(self.tree, self.model, controller)
        self.rename_action = self.commands.rename_action
        self.pause_action = self.commands.pause_action
        self.remove_action = self.commands.remove_action
        self.refresh_action = self.commands.refresh_action
        self.undo_remove_action = self.commands.undo_remove_action

        self._reload_timer = QTimer(self)
        self._reload_timer.setSingleShot(True)
        self._reload_timer.setInterval(30)  # several changes in a row make one reload
        self._reload_timer.timeout.connect(self.reload)
        controller.sources_changed.connect(self._reload_timer.start)
        controller.issues_changed.connect(self._reload_timer.start)
        controller.state_changed.connect(self._reload_timer.start)

    @property
    def rename_dialog(self) -> QInputDialog | None:
        """Return the rename dialog while it is open."""
        return self.commands.rename_dialog

    @property
    def confirm(self) -> QMessageBox | None:
        """Return the question before removing a source while it is open."""
        return self.commands.confirm

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
        old = self.model.snapshot()
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
        self.commands.update()
        # An empty library says how to fill it, on screen and to screen readers.
        empty = not snapshot.sources
        self.empty_area.setVisible(empty)
        self.tree.setAccessibleDescription(self.empty_hint.text() if empty else "")

    def _rebuild(self, snapshot: LibrarySnapshot) -> None:
        current = self.model.key(self.tree.currentIndex())
        expanded = {
            self.model.item(r).data(SourceIdRole) for r in range(self.model.rowCount())
            if self.tree.isExpanded(self.model.index(r, 0))
        }
        self.model.rebuild(snapshot)
        for r in range(self.model.rowCount()):
            index = self.model.index(r, 0)
            if index.data(SourceIdRole) in expanded:
                self.tree.expand(index)
        target = self.model.find(current) if current else QModelIndex()
        if not target.isValid() and self.model.rowCount():
            target = self.model.index(0, 0)
        if target.isValid():
            self.tree.setCurrentIndex(target)

    def _update_rows(self, snapshot: LibrarySnapshot) -> None:
        current = self.model.key(self.tree.currentIndex())
        if self.model.update(snapshot, current) and current is not None:
            target = self.model.find(current)
            if target.isValid():
                self.tree.setCurrentIndex(target)

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
        return self.model.source(self.tree.currentIndex())

    def select_issue(self, issue_id: int) -> bool:
        """Make an issue current (expanding its source); return whether it was found."""
        index = self.model.find(("issue", issue_id))
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
        self.commands.update()
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
