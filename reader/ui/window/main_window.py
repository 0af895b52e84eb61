"""The main window: the item list beside the reading pane."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt, Slot
from PySide6.QtGui import QCloseEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QDialog,
    QListView,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QWidget,
)

from reader.core.errors import ReaderError
from reader.core.models import Issue, Item
from reader.core.prefs.keymap import DEFAULT_KEYS
from reader.ui.common.a11y import Announcer
from reader.ui.common.messages import Messages
from reader.ui.reading.item_delegate import ItemDelegate
from reader.ui.reading.item_model import ItemListModel
from reader.ui.reading.view import ReadingView
from reader.ui.window import keys as window_keys
from reader.ui.window.actions import ActionRegistry
from reader.ui.window.navigation import ItemNavigator
from reader.ui.window.opening import FileOpener

if TYPE_CHECKING:
    from collections.abc import Sequence

    from reader.core.briefing.store import BriefingStore
    from reader.core.library.store import Library
    from reader.core.prefs.settings import Settings
    from reader.core.prefs.themes import Theme
    from reader.ui.briefing.dock import BriefingDock
    from reader.ui.display.controller import DisplayController
    from reader.ui.library.wiring import LibraryWiring
    from reader.ui.speech.controller import SpeechController


class MainWindow(QMainWindow):
    """Lists an issue's items; shows the selected one; everything reachable by keyboard."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        briefing_store: BriefingStore | None = None,
        speech: SpeechController | None = None,
        display: DisplayController | None = None,
        library: Library | None = None,
        pending_error: ReaderError | None = None,
        startup_problems: Sequence[str] = (),
    ) -> None:
        """Lay out the window with its collaborators, built by the composition root (app.py).

        `speech` is the read-aloud service (None: one is made here); `display` the display
        settings in force (None: defaults, not saved); `library` the library shown in the
        library pane (None: no pane). `pending_error` and `startup_problems` (sentences about
        files set aside at start) are for the composition root to tell once the window is up.
        """
        super().__init__(parent)
        self.setObjectName("mainWindow")
        self.letters_enabled = True
        self.pending_error = pending_error
        self.startup_problems = list(startup_problems)
        self.display = display  # keyboard and read-aloud choices are saved through it
        self.library_wiring: LibraryWiring | None = None
        self.model = ItemListModel(self)
        self.model.unread_text = self.tr("unread")
        self.model.starred_text = self.tr("starred")
        self.item_list = QListView(self)
        self.item_list.setObjectName("itemList")
        self.item_list.setModel(self.model)
        self.item_list.setItemDelegate(ItemDelegate(self.item_list))
        self.item_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.item_list.setWordWrap(True)
        self.item_list.setUniformItemSizes(False)
        self.item_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.item_list.setAccessibleName(self.tr("Items"))
        self.item_list.selectionModel().selectionChanged.connect(self._on_selection)

        self.reading_view = ReadingView(self)
        self.reading_view.setObjectName("readingView")

        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.item_list)
        self.splitter.addWidget(self.reading_view)
        self.splitter.setStretchFactor(0, 2)
        self.splitter.setStretchFactor(1, 3)
        self.setCentralWidget(self.splitter)
        self.setTabOrder(self.item_list, self.reading_view)
        for pane in (self.item_list, self.reading_view):
            pane.installEventFilter(self)

        self.announcer = Announcer(self)
        self._messages = Messages(self)
        self.navigator = ItemNavigator(self)
        self.opener = FileOpener(self)
        self.actions_ = ActionRegistry(self)
        self._bind_actions()
        self._install_briefing(briefing_store)
        self._install_images()
        self._install_speech(speech)
        self.actions_.build_menus(self.menuBar())
        window_keys.install(self)
        from reader.ui.window.page_layout import STEP_CHARS, PageLayout

        self.page_layout = PageLayout(self)
        self.actions_.bind("view.wider_pane", lambda: self.page_layout.resize_focused(STEP_CHARS))
        self.actions_.bind("view.narrower_pane",
                           lambda: self.page_layout.resize_focused(-STEP_CHARS))
        self.actions_.build_menus(self.menuBar())
        self.statusBar()
        self.resize(1100, 720)
        self._update_title()
        if display is not None:
            from reader.ui.display.wiring import connect_display

            connect_display(self, display)
        if library is not None:
            self.add_library(library)

    def add_library(self, library: Library) -> LibraryWiring:
        """Lay out the library pane; keep mailed briefings in the library.

        Called by the constructor, or by the composition root for a library that was still
        opening when the window had to show (reader/ui/library/startup.py).
        """
        from reader.ui.library.wiring import install_library

        self.library_wiring = install_library(self, library)
        return self.library_wiring

    def _bind_actions(self) -> None:
        bind = self.actions_.bind
        bind("file.open", self.opener.choose_file)
        bind("file.quit", self.close)
        bind("go.next_item", self.navigator.next_item)
        bind("go.previous_item", self.navigator.previous_item)
        bind("go.next_theme", self.navigator.next_theme)
        bind("go.previous_theme", self.navigator.previous_theme)
        bind("go.next_unread", self.navigator.next_unread)
        bind("go.next_pane", lambda: self.page_layout.cycle_pane(1))
        bind("go.previous_pane", lambda: self.page_layout.cycle_pane(-1))
        bind("go.where_am_i", self.navigator.where_am_i)
        bind("item.toggle_read", self.navigator.toggle_read)
        bind("help.shortcuts", lambda: window_keys.show_shortcuts(self))
        bind("help.about", lambda: window_keys.show_about(self))
        bind("help.log_folder", lambda: window_keys.open_log_folder(self))
        bind("file.keys", lambda: window_keys.edit_keys(self))
        bind("item.open_link", self.navigator.open_current_link)
        self.reading_view.link_activated.connect(self.navigator.open_link)

    def _install_briefing(self, store: BriefingStore | None) -> None:
        # Built on first use (Ctrl+B or View > Briefing pane): most readers never need it,
        # and start-up stays quicker without it.
        self.briefing_dock: BriefingDock | None = None
        self.briefing_store = store  # None: the one in the data folder
        self._display: tuple[Settings | None, Theme | None] = (None, None)  # in force
        self.actions_.bind("item.add_to_briefing", self.add_to_briefing)
        self.actions_.bind("view.briefing", self.toggle_briefing)

    def ensure_briefing(self) -> BriefingDock | None:
        """Return the briefing dock, building it (hidden) the first time."""
        if self.briefing_dock is None:
            from reader.ui.briefing.dock import BriefingDock, export_style

            try:
                dock = BriefingDock(self, self._shown_for_briefing, self.briefing_store,
                                synthesize=self.speech_menu.export_voice.synthesize)
            except ReaderError as exc:  # an unreadable briefings file must not stop reading
                self.show_error(exc)
                return None
            self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, dock)
            dock.hide()
            dock.announce.connect(self.announcer.announce)
            # Briefing audio speaks with the listener's voices, speed and pronunciation list;
            # documents take the reader's font, spacing and colours.
            dock.pane.set_style(export_style(*self._display))
            wiring = self.library_wiring
            if wiring is not None:  # a briefing sent by e-mail is kept in the library
                dock.pane.mailed.connect(wiring.controller.note_sources_changed)
            self.briefing_dock = dock
            self.page_layout.watch_dock(dock)
        return self.briefing_dock

    @Slot()
    def add_to_briefing(self) -> None:
        """Add the shown item to the briefing (Ctrl+B), showing the pane."""
        dock = self.ensure_briefing()
        if dock is not None:
            dock.add_current()

    @Slot()
    def toggle_briefing(self) -> None:
        """Show the briefing pane with focus in it, or hide it."""
        dock = self.ensure_briefing()
        if dock is not None:
            dock.toggle()

    def _install_images(self) -> None:
        from reader.ui.reading.image_loader import IssueImages

        # Images load only for issues the user allows (or all, by setting): privacy first.
        self.images = IssueImages(self.reading_view, always=False, parent=self)
        self.images.announce.connect(self.announcer.announce)
        self.actions_.bind("view.images", self.images.allow_current)
        # Item > Images allowed: shows whether this one issue may load its pictures, and
        # unchecking it takes the permission back (it never covers other issues).
        allowed = self.actions_.bind("item.images_allowed", self._toggle_images_allowed)
        allowed.setCheckable(True)
        self.images.permission_changed.connect(allowed.setChecked)

    @Slot()
    def _toggle_images_allowed(self) -> None:
        action = self.actions_.action("item.images_allowed")
        if action.isChecked():
            self.images.allow_current()
        else:
            self.images.revoke_current()
        action.setChecked(self.images.allowed())

    def _install_speech(self, speech: SpeechController | None) -> None:
        from reader.ui.speech.wiring import ReadAloud
        from reader.ui.window.speech_menu import SpeechMenu

        if speech is None:
            speech, damaged = make_speech()
            if damaged is not None:  # read with the built-in list, and say so
                self.pending_error = damaged
        speech.setParent(self)  # the window owns it: reading stops when it closes
        self.speech = speech
        self.read_aloud = ReadAloud(self, self.speech)
        self.read_aloud.bind_actions()
        from reader.ui.common.screen_reader import ScreenReaderWatch

        self.screen_reader = ScreenReaderWatch(self)
        self.follow_list_with_screen_reader = False
        self.read_aloud.quiet_on_focus_change = lambda: (
            self.screen_reader.running and not self.follow_list_with_screen_reader)
        self.screen_reader.start()
        self.speech.item_finished.connect(self._item_read_to_the_end)
        from reader.ui.speech.bar import SpeechBar

        # Buttons for those who use a pointer too: 44 px targets, named, shortcut in tooltip.
        self.speech_bar = SpeechBar(self.actions_, self.speech, self)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, self.speech_bar)
        self.speech_menu = SpeechMenu(self, self.speech)

    def edit_speech_settings(self) -> None:
        """Change the read-aloud settings (Speech > Read-aloud settings)."""
        self.speech_menu.edit_settings()

    @Slot(int)
    def _item_read_to_the_end(self, row: int) -> None:
        # Finishing reading counts as reading; focus passing over an item never does.
        self.model.set_read(row, True)

    @Slot(object, object)
    def display_changed(self, settings: object, _theme: object) -> None:
        """Follow the settings the window itself acts on: images and reading aloud."""
        from reader.core.prefs.settings import Settings
        from reader.core.prefs.themes import Theme

        if not isinstance(settings, Settings):
            return
        self._display = (settings, _theme if isinstance(_theme, Theme) else None)
        if self.briefing_dock is not None:
            from reader.ui.briefing.dock import export_style

            self.briefing_dock.pane.set_style(export_style(*self._display))
        self.images.set_always(settings.show_images)
        self.follow_list_with_screen_reader = settings.speech_follow_list_with_screen_reader
        self.speech_menu.follow(settings)

    def _shown_for_briefing(self) -> tuple[Item, Issue | None] | None:
        item = self.current_item()
        return None if item is None else (item, self.model.issue)

    def closeEvent(self, event: QCloseEvent) -> None:
        """Keep a note typed just before closing (Qt override)."""
        if self.briefing_dock is not None:
            self.briefing_dock.pane.commit()
        self.page_layout.save_places()
        super().closeEvent(event)

    # -- issue and item ------------------------------------------------------------------

    def show_issue(self, issue: Issue, key: str | None = None, *, focus: bool = True) -> None:
        """Show an issue's items, the first one current; with `focus`, focus goes to the list.

        `key` names the issue for remembered choices (its address or file path).
        """
        self.model.set_issue(issue)
        self.images.set_issue(issue, key or "")  # no key: a permission is not remembered
        if self.model.rowCount():
            self.item_list.setCurrentIndex(self.model.index(0))
        else:
            self.reading_view.set_item(None)
        if focus:
            self.page_layout.reveal(self.item_list)  # in one column: the items page
            self.item_list.setFocus(Qt.FocusReason.OtherFocusReason)
        self._update_title()

    def current_row(self) -> int:
        """Return the current item's row, or -1."""
        return self.item_list.currentIndex().row()

    def current_item(self) -> Item | None:
        """Return the item shown in the reading pane."""
        return self.model.item(self.current_row())

    @Slot(QItemSelection, QItemSelection)
    def _on_selection(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.reading_view.set_item(self.current_item())
        self._update_title()

    def go_to_row(self, row: int) -> None:
        """Make a row current; focus stays where it is."""
        if 0 <= row < self.model.rowCount():
            self.item_list.setCurrentIndex(self.model.index(row))

    def _update_title(self) -> None:
        issue = self.model.issue
        item = self.current_item()
        parts = [p for p in (item.title if item else None, issue.title if issue else None) if p]
        self.setWindowTitle(" – ".join([*parts, "Helder"]))

    # -- panes and keys --------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Single-letter navigation in the list and reading pane, when switched on."""
        if (
            self.letters_enabled
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and self.navigator.letter_command(event)
        ):
            return True
        return super().eventFilter(watched, event)

    def next_unread(self) -> None:
        """Go to the next unread item (Ctrl+J, N)."""
        self.navigator.next_unread()

    def open_link(self, url: str) -> None:
        """Open a link in the browser, without its tracking parameters."""
        self.navigator.open_link(url)

    def open_file(self, path: str) -> None:
        """Parse a file off the GUI thread, then show it."""
        self.opener.open_file(path)

    def apply_keys(self, overrides: dict[str, tuple[str, ...]], letters: bool) -> None:
        """Use these keys (changed commands only) and switch letter navigation on or off."""
        for command in self.actions_.bound():
            self.actions_.set_keys(command, overrides.get(command, DEFAULT_KEYS[command]))
        self.letters_enabled = letters

    def run_dialog(self, dialog: QDialog) -> int:
        """Show a modal dialog, then give focus back to where it was."""
        focus = QApplication.focusWidget()
        try:
            return dialog.exec()
        finally:
            dialog.deleteLater()
            self.activateWindow()
            if focus is not None:
                focus.setFocus(Qt.FocusReason.PopupFocusReason)

    def show_error(self, error: object) -> None:
        """Tell the user what went wrong, in their language."""
        if isinstance(error, ReaderError):
            text = self._messages.error_text(error)
        else:  # a bug: TaskRunner logged its traceback
            text = self.tr("Something went wrong in Helder: {0}. Details are in the log "
                           "(Help, Open log folder).").format(error)
        QMessageBox.warning(self, self.tr("Helder"), text)


def make_speech() -> tuple[SpeechController, ReaderError | None]:
    """Build the read-aloud service with the saved pronunciation list.

    The engine itself is found off the GUI thread on the first read command. A damaged list
    gives the built-in one, and the error to show once the window is up.
    """
    from reader.core.speech.pronunciation_file import load_pronunciations
    from reader.ui.speech.controller import SpeechController

    pronunciations, damaged = load_pronunciations()
    return SpeechController(pronunciations=pronunciations), damaged
