"""What the library pane lets you do with a source: rename, pause, remove, undo, refresh.

Each is an action on the tree with its key (F2, Ctrl+P, Delete, Ctrl+Z), active only while the
tree has focus; the Menu key or Shift+F10 lists them beside the current row. Every change is
announced through the controller, and focus comes back to the tree after a dialog.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Slot
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QInputDialog, QLineEdit, QMenu, QMessageBox, QTreeView

from reader.ui.library.controller import LibraryController
from reader.ui.library.source_tree import SourceIdRole, SourceTreeModel


class SourceCommands(QObject):
    """The source actions of the library tree, and the dialogs they open."""

    def __init__(self, tree: QTreeView, model: SourceTreeModel,
                 controller: LibraryController) -> None:
        """Put the actions on `tree`, which shows `model`; they act on its current row."""
        super().__init__(tree)
        self._tree = tree
        self._model = model
        self._controller = controller
        self.rename_dialog: QInputDialog | None = None
        self.confirm: QMessageBox | None = None
        self.rename_action = self._action(self.tr("Re&name source…"), "F2", self.rename_current)
        self.pause_action = self._action(self.tr("&Pause source"), "Ctrl+P", self.toggle_pause)
        self.remove_action = self._action(self.tr("Re&move source…"), "Delete",
                                          self.remove_current)
        self.refresh_action = self._action(self.tr("Re&fresh this source"), None,
                                           self.refresh_current)
        self.undo_remove_action = self._action(self.tr("&Undo removing source"), "Ctrl+Z",
                                               self.undo_remove)
        tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        # The Menu key opens the actions by itself; Shift+F10 is the other usual key.
        menu_key = QShortcut(QKeySequence("Shift+F10"), tree)
        menu_key.setContext(Qt.ShortcutContext.WidgetShortcut)
        menu_key.activated.connect(self.show_menu)
        self.update()

    def _action(self, text: str, key: str | None, slot: object) -> QAction:
        action = QAction(text, self._tree)
        if key:
            action.setShortcut(QKeySequence(key))
        # Only while the tree has focus, so F2 and Delete mean nothing elsewhere.
        action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        action.triggered.connect(slot)
        self._tree.addAction(action)
        return action

    def update(self) -> None:
        """Enable what applies to the current row; Pause reads Resume on a paused source."""
        source = self._model.source(self._tree.currentIndex())
        for action in (self.rename_action, self.pause_action, self.remove_action,
                       self.refresh_action):
            action.setEnabled(source is not None)
        self.undo_remove_action.setEnabled(bool(self._controller.removed))
        paused = source is not None and source.paused
        self.pause_action.setText(self.tr("Res&ume source") if paused
                                  else self.tr("&Pause source"))

    @Slot()
    def show_menu(self) -> None:
        """Show the source actions beside the current row (Shift+F10)."""
        menu = QMenu(self._tree)
        menu.addActions(self._tree.actions())
        rect = self._tree.visualRect(self._tree.currentIndex())
        menu.exec(self._tree.viewport().mapToGlobal(rect.bottomLeft()))
        menu.deleteLater()

    @Slot()
    def rename_current(self) -> None:
        """Ask for a new name for the current source (F2)."""
        source = self._model.source(self._tree.currentIndex())
        if source is None:
            return
        dialog = QInputDialog(self._tree)
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
        self._tree.window().activateWindow()
        self._tree.setFocus(Qt.FocusReason.PopupFocusReason)

    @Slot()
    def toggle_pause(self) -> None:
        """Pause the current source, or resume it when paused."""
        source = self._model.source(self._tree.currentIndex())
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

        source = self._model.source(self._tree.currentIndex())
        if source is None:
            return
        source_id, name = source.id, source.name

        def done(remove: bool) -> None:
            if remove:
                self._controller.remove_source(source_id, name)
                self._controller.announce.emit(RemovalTexts(self._tree).removed(name))
                self.undo_remove_action.setEnabled(True)
            self.confirm = None
            self._focus_back()

        self.confirm = confirm_removal(self._tree, self._controller.library, source_id, name,
                                       done)

    @Slot()
    def undo_remove(self) -> None:
        """Bring back the source removed last, with its issues, notes and stars."""
        from reader.ui.library.removal import RemovalTexts

        name = self._controller.undo_remove()
        if name is None:
            self._controller.announce.emit(self.tr("No removed source to bring back"))
            return
        self._controller.announce.emit(RemovalTexts(self._tree).restored(name))
        self.undo_remove_action.setEnabled(bool(self._controller.removed))

    @Slot()
    def refresh_current(self) -> None:
        """Refresh the current row's source."""
        index = self._tree.currentIndex()
        if index.isValid():
            self._controller.refresh_source(int(index.data(SourceIdRole)))
