"""Plug the library into the main window: one call from the window's constructor.

Puts the library pane left of the item list, the refresh progress and the offline label in
the status bar, binds the library commands, shows stored issues (no network), and mirrors
the read state the user sets in the item list into the library.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QObject, Qt, Slot

from reader.core.errors import ReaderError
from reader.core.library.rows import Article, StoredItem
from reader.core.library.store import Library
from reader.core.models import Issue
from reader.ui.library.controller import LibraryController
from reader.ui.library.pane import LibraryPane
from reader.ui.library.status import OfflineLabel, RefreshProgress
from reader.ui.reading.read_more import article_item, offer_browser

if TYPE_CHECKING:
    from reader.ui.library.dialogs.search_dialog import SearchDialog
    from reader.ui.window.main_window import MainWindow


class LibraryWiring(QObject):
    """Connects controller, pane, dialogs and the window; keeps the shown issue's item ids."""

    def __init__(self, window: MainWindow, controller: LibraryController) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller
        self.pane = LibraryPane(controller, window)
        self.progress = RefreshProgress(controller, window)
        self.offline = OfflineLabel(controller, window)
        self.search_dialog: SearchDialog | None = None
        from reader.ui.library.keep_issue import IssueKeeper

        self.keeper = IssueKeeper(self)
        self.issue_id: int | None = None
        self._stored: list[StoredItem] = []
        self._read: list[bool] = []
        controller.article_ready.connect(self._on_article)
        controller.article_failed.connect(self._on_article_failed)
        window.model.dataChanged.connect(self._mirror_read_state)

    # -- showing stored issues -------------------------------------------------------------

    @Slot(int)
    def open_newest(self) -> bool:
        """Show the newest stored issue, if there is one; the pane follows once loaded."""
        newest = self.controller.library.issues(limit=1)
        if not newest or not self._show(newest[0].id, focus=True):
            return False
        issue_id = newest[0].id

        def follow() -> None:
            self.pane.reloaded.disconnect(follow)
            self.pane.select_issue(issue_id)

        self.pane.reloaded.connect(follow)
        return True

    def preview_issue(self, issue_id: int) -> None:
        """Show an issue's items while focus stays in the pane (arrowing through issues)."""
        self._show(issue_id, focus=False)

    @Slot(int)
    def open_issue(self, issue_id: int) -> None:
        """Show an issue and move focus to its first item (Enter in the pane)."""
        self._show(issue_id, focus=True)

    def _show(self, issue_id: int, *, focus: bool) -> bool:
        library = self.controller.library
        head = library.issue(issue_id)  # the stored copy: no network request
        if head is None:
            return False
        stored = library.items(issue_id)
        self.issue_id = issue_id
        self._stored = stored
        self._read = [s.read for s in stored]
        issue = Issue(head.title, tuple(s.item for s in stored), head.source, head.date,
                      head.language)
        window = self.window
        # The image permission belongs to this one issue (its address), never to a source
        # name that a sender chooses and every later issue shares.
        address = library.issue_address(issue_id) or str(issue_id)
        window.show_issue(issue, key=f"library:{address}", focus=focus)
        for row, read in enumerate(self._read):
            if read:
                window.model.set_read(row, True)  # same as stored: the mirror writes nothing
        for row, stored_item in enumerate(stored):
            if stored_item.starred:
                window.model.set_starred(row, True)
        return True

    @Slot()
    def show_versions(self) -> None:
        """List the shown issue's earlier versions; going back replaces what is shown."""
        from reader.ui.library.dialogs.versions_dialog import VersionsDialog

        issue_id = self.issue_id
        window = self.window
        if issue_id is None:
            window.announcer.announce(self.tr("Earlier versions are kept for library issues"))
            return
        versions = self.controller.library.versions(issue_id)
        if not versions:
            window.announcer.announce(self.tr("This issue has no earlier versions"))
            return
        title = window.model.issue.title if window.model.issue is not None else ""
        dialog = VersionsDialog(title, versions, window)
        if window.run_dialog(dialog) != VersionsDialog.DialogCode.Accepted.value:
            return
        chosen = dialog.chosen()
        if chosen is None:
            return
        row = max(window.current_row(), 0)

        def done(_result: object) -> None:
            self.preview_issue_kept(issue_id, row)
            window.announcer.announce(self.tr("The earlier version is shown again; the copy "
                                              "it replaced is kept as a version"))

        self.controller.write(self.controller.library.writer.restore_version, issue_id, chosen,
                              then=done)

    def preview_issue_kept(self, issue_id: int, row: int) -> bool:
        """Show a just-stored copy of the shown issue, on the same item, focus unmoved."""
        if not self._show(issue_id, focus=False):
            return False
        self.window.go_to_row(row)
        self.pane.reload()
        return True

    def show_item(self, issue_id: int, item_id: int) -> None:
        """Show an issue with one of its items current (a search result)."""
        self.pane.select_issue(issue_id)  # the pane follows (and previews) first
        if not self._show(issue_id, focus=True):
            return
        row = next((n for n, s in enumerate(self._stored) if s.id == item_id), 0)
        self.window.go_to_row(row)
        # Back to the window with the found item; Ctrl+F brings the search back as it was.
        if self.search_dialog is not None:
            self.search_dialog.hide()
        self.window.activateWindow()
        self.window.item_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def current_stored(self) -> StoredItem | None:
        """Return the library's record of the current item, when a stored issue is shown."""
        row = self.window.current_row()
        if self._stored and self.window.model.item(row) is self._stored[row].item:
            return self._stored[row]
        return None

    @Slot(QModelIndex, QModelIndex)
    def _mirror_read_state(self, first: QModelIndex, last: QModelIndex) -> None:
        """Write read/unread the user chose in the list (Ctrl+M) into the library."""
        model = self.window.model
        if not self._stored or model.issue is None or model.item(0) is not self._stored[0].item:
            return  # an issue opened from a file: nothing to store
        for row in range(first.row(), last.row() + 1):
            if 0 <= row < len(self._read) and model.is_read(row) != self._read[row]:
                self._read[row] = model.is_read(row)
                self.controller.set_read(self._stored[row].id, self._read[row])

    # -- item commands -------------------------------------------------------------------

    @Slot()
    def toggle_star(self) -> None:
        """Star the current item, or remove its star; announce which."""
        stored = self.current_stored()
        if stored is None:
            # A file or the sample: keep it in the library first, then star.
            if not self.keeper.keep(then=self.toggle_star):
                self.controller.tell(self.tr("There is no item to star"))
            return
        starred = not stored.starred
        self._stored[self.window.current_row()] = StoredItem(
            stored.id, stored.issue_id, stored.item, stored.read, starred, stored.note)
        self.controller.set_starred(stored.id, starred)
        self.window.model.set_starred(self.window.current_row(), starred)
        self.controller.tell(self.tr("Starred") if starred else self.tr("Star removed"))

    @Slot()
    def read_more(self) -> None:
        """Fetch the current item's article ("Lees meer") and show it in the reading view."""
        item = self.window.current_item()
        if item is None or not item.link:
            self.controller.tell(self.tr("This item has no link"))
            return
        self.controller.tell(self.tr("Fetching the article…"))
        self.controller.fetch_article(item)

    @Slot(str, object)
    def _on_article(self, key: str, article: object) -> None:
        item = self.window.current_item()
        if item is None or item.link != key or not isinstance(article, Article):
            return  # the user has moved on; the article stays cached for later
        shown = article_item(item, article)
        self.window.reading_view.set_item(shown)
        self.controller.tell(self.tr("Article: {0}").format(shown.title))

    @Slot(str, object)
    def _on_article_failed(self, key: str, error: object) -> None:
        if not isinstance(error, ReaderError):
            return
        offer_browser(self.window, error, lambda: self.window.open_link(key))

    # -- dialogs -------------------------------------------------------------------------

    @Slot()
    def add_source(self) -> None:
        """Ask for an address, file or folder and subscribe to it."""
        from reader.ui.library.dialogs.add_source_dialog import AddSourceDialog

        self.window.run_dialog(AddSourceDialog(self.controller, self.window))

    @Slot()
    def catalog(self) -> None:
        """Show the catalogue of public-sector sources."""
        from reader.ui.library.dialogs.catalog_dialog import CatalogDialog

        self.window.run_dialog(CatalogDialog(self.controller, self.window))

    @Slot()
    def search(self) -> None:
        """Open (or bring back) the search window with focus in the query."""
        from reader.ui.library.dialogs.search_dialog import SearchDialog

        if self.current_stored() is None:
            self.keeper.keep()  # the open issue, even the sample, is searched too
        if self.search_dialog is None:
            self.search_dialog = SearchDialog(self.controller, self.window)
            self.search_dialog.result_chosen.connect(self.show_item)
        dialog = self.search_dialog
        dialog.show()
        dialog.raise_()
        dialog.activateWindow()
        dialog.query.setFocus(Qt.FocusReason.ShortcutFocusReason)
        dialog.query.selectAll()


def install_library(window: MainWindow, library: Library) -> LibraryWiring:
    """Build the controller and pane for `window` (its constructor calls this), wire
    commands and signals, load the pane."""
    controller = LibraryController(library, window)
    wiring = LibraryWiring(window, controller)
    window.splitter.insertWidget(0, wiring.pane)
    window.splitter.setStretchFactor(0, 1)
    window.setTabOrder(wiring.pane.tree, window.item_list)
    window.statusBar().addPermanentWidget(wiring.offline)
    window.statusBar().addPermanentWidget(wiring.progress)

    controller.announce.connect(window.announcer.announce)
    controller.error.connect(window.show_error)
    wiring.pane.issue_chosen.connect(wiring.preview_issue)
    wiring.pane.issue_activated.connect(wiring.open_issue)

    actions = window.actions_
    for command, slot in (
        ("file.add_source", wiring.add_source),
        ("file.catalog", wiring.catalog),
        ("go.search", wiring.search),
        ("item.read_more", wiring.read_more),
        ("item.star", wiring.toggle_star),
        ("item.versions", wiring.show_versions),
        ("library.refresh_all", controller.refresh_all),
        ("library.refresh_source", wiring.pane.commands.refresh_current),
        ("library.cancel_refresh", controller.cancel),
    ):
        actions.bind(command, slot)
    # The pane's own source commands (keys work in the pane) are in the Library menu too,
    # so a screen-reader user finds them there.
    for action in (wiring.pane.rename_action, wiring.pane.pause_action,
                   wiring.pane.remove_action, wiring.pane.undo_remove_action):
        actions.add_to_menu("library", action)
    actions.build_menus(window.menuBar())
    wiring.pane.reload()
    return wiring
