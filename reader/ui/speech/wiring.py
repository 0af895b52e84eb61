"""Connect a SpeechController to the main window: actions, Space, highlight, list following.

Uses only what MainWindow offers to everyone: `item_list`, `reading_view`, `model`,
`actions_`, `announcer`, `current_row()`, `current_item()` and `go_to_row()`. In
MainWindow.__init__, after `self._bind_actions()`:

    self.read_aloud = ReadAloud(self, SpeechController(self, settings=...))
    self.read_aloud.bind_actions()      # speech.* commands, Space, menus rebuilt
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QItemSelection, QObject, Qt, Slot
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from reader.core.models import Item
from reader.core.speech.queue import PlayState
from reader.ui.speech.controller import SpeechController
from reader.ui.speech.highlight import SpokenHighlight, caret_position, selection_positions


class SpaceKey(QObject):
    """Event filter: a plain Space in the list or the reading pane starts or pauses reading;
    Escape stops it (and otherwise passes on, to whatever Escape does there)."""

    def __init__(self, read_aloud: ReadAloud) -> None:
        super().__init__(read_aloud)
        self._read_aloud = read_aloud

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Take a plain Space press (Qt override); everything else passes on."""
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and not (event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier)
        ):
            if event.key() == Qt.Key.Key_Space:
                if not event.isAutoRepeat():
                    self._read_aloud.play_pause()
                return True
            controller = self._read_aloud.controller
            if event.key() == Qt.Key.Key_Escape and controller.state is not PlayState.IDLE:
                controller.stop()
                return True
        return super().eventFilter(watched, event)


class ReadAloud(QObject):
    """The window's reading aloud: commands take the current item, caret and selection."""

    def __init__(self, window: Any, controller: SpeechController | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.controller = controller or SpeechController(window)
        self.follow_selection = True  # picking another item while reading reads that one
        # True while a screen reader runs and the user has not chosen to hear Helder follow
        # the list: then the screen reader speaks the new row, and Helder stops instead.
        self.quiet_on_focus_change: Any = lambda: False
        self._following = False  # True while the list follows reading, not the user
        view = window.reading_view
        self.highlight = SpokenHighlight(view, self._shown, self)
        c = self.controller
        c.highlight_changed.connect(self.highlight.show)
        c.item_changed.connect(self._follow_item)
        c.announce.connect(lambda text: window.announcer.announce(text))
        window.model.modelReset.connect(self._issue_changed)
        # Connected after the window's own handler, so the pane already shows the new item.
        window.item_list.selectionModel().selectionChanged.connect(self._row_changed)
        self.space = SpaceKey(self)
        window.item_list.installEventFilter(self.space)
        view.installEventFilter(self.space)
        app = QApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(c.close)
        self._issue_changed()

    def bind_actions(self) -> None:
        """Bind the speech.* commands of the window's ActionRegistry and rebuild the menus."""
        c = self.controller
        bind = self.window.actions_.bind
        bind("speech.play_pause", lambda: self.play_pause())
        bind("speech.read_on", lambda: self.read_on())
        bind("speech.stop", lambda: c.stop())
        bind("speech.next_sentence", lambda: c.next_sentence())
        bind("speech.previous_sentence", lambda: c.previous_sentence())
        bind("speech.next_paragraph", lambda: c.next_paragraph())
        bind("speech.previous_paragraph", lambda: c.previous_paragraph())
        bind("speech.titles_only", lambda: self.read_titles())
        self.window.actions_.build_menus(self.window.menuBar())

    # -- what the commands read --------------------------------------------------------------

    def _shown(self) -> tuple[int, Item | None]:
        return self.window.current_row(), self.window.current_item()

    def _caret(self) -> Any:
        return caret_position(self.window.reading_view, self.window.current_item())

    @Slot()
    def play_pause(self) -> None:
        """Pause or resume; when stopped read the selection (pane focused) or the item."""
        c = self.controller
        row = self.window.current_row()
        if c.state is PlayState.IDLE:
            view = self.window.reading_view
            selected = selection_positions(view, self.window.current_item())
            if selected is not None and view.hasFocus() and row >= 0:
                c.read_selection(row, *selected)
                return
        c.play_pause(max(row, 0), self._caret())

    @Slot()
    def read_on(self) -> None:
        """Read from the caret on through the following items."""
        row = self.window.current_row()
        if row >= 0:
            self.controller.read_on(row, self._caret())

    @Slot()
    def read_titles(self) -> None:
        """Read only the titles, from the current item on."""
        self.controller.read_titles(max(self.window.current_row(), 0))

    # -- following -------------------------------------------------------------------------

    @Slot()
    def _issue_changed(self) -> None:
        issue = self.window.model.issue
        items = issue.items if issue is not None else ()
        language = issue.language if issue is not None else None
        self.controller.set_items(items, language)

    @Slot(int)
    def _follow_item(self, index: int) -> None:
        """Reading went on to another item: make it current, leaving focus where it is."""
        if index == self.window.current_row():
            return
        self._following = True
        try:
            self.window.go_to_row(index)
        finally:
            self._following = False

    @Slot(QItemSelection, QItemSelection)
    def _row_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self.highlight.refresh()
        if self._following or not self.follow_selection:
            return
        row = self.window.current_row()
        if row >= 0 and self.controller.state is not PlayState.IDLE:
            if self.quiet_on_focus_change():
                self.controller.stop(announce=False)  # never two voices at once
                return
            self.controller.go_to_item(row)
