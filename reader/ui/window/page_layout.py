"""Wide or one-column: the window chooses its layout from the text size and its own width.

When a pane would get fewer than about 25 characters of the current font, side-by-side panes
stop working (titles cut short, one word per line). The window then shows one page at a
time at full width, as Immersive Reader and phone mail apps do: library, items, article,
briefing. The page follows the focus, so Enter going deeper (library -> items -> article)
just works; Escape or Backspace goes back; F6 still cycles. The switch is announced.

In the wide layout, Ctrl+] and Ctrl+[ widen and narrow the focused pane; the briefing pane
never takes more than half the window.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget

from reader.core.speech.queue import PlayState

if TYPE_CHECKING:
    from reader.ui.window.main_window import MainWindow

MIN_PANE_CHARS = 25  # below this a pane is too narrow to read a title in
MIN_PANE_LINES = 6  # below this (briefing below the panes) a pane is too short to read in
STEP_CHARS = 5  # how much Ctrl+] widens a pane


class PageLayout(QObject):
    """Switches the main window between side-by-side panes and one page at a time."""

    changed = Signal(bool)  # True: one column

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.one_column = False
        self._forced: bool | None = None
        self._page: QWidget | None = None
        self._briefing_open = False
        self._switching = False  # True while this class itself shows or hides panes
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.evaluate)
        window.installEventFilter(self)
        for pane in (window.item_list, window.reading_view):
            pane.installEventFilter(self)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._focus_changed)

    # -- the panes ---------------------------------------------------------------------

    def pages(self) -> list[QWidget]:
        """Return the pages in F6 order: library, items, article, and the briefing if open."""
        win = self.window
        wiring = win.library_wiring
        pages: list[QWidget] = [wiring.pane] if wiring is not None else []
        pages += [win.item_list, win.reading_view]
        dock = win.briefing_dock
        if dock is not None and (dock.isVisible() or self._briefing_open):
            pages.append(dock)
        return pages

    def page_of(self, widget: QWidget | None) -> QWidget | None:
        """Return the page that holds a widget, or None."""
        for page in self.pages():
            if widget is not None and (widget is page or page.isAncestorOf(widget)):
                return page
        return None

    def panes(self) -> list[QWidget]:
        """Return the visible panes in F6 order (in one column: every page's pane)."""
        wiring, dock = self.window.library_wiring, self.window.briefing_dock
        if self.one_column:
            targets: dict[QWidget, QWidget] = {dock: dock.pane} if dock else {}
            if wiring is not None:
                targets[wiring.pane] = wiring.pane.tree
            return [targets.get(p, p) for p in self.pages()]
        panes: list[QWidget] = [wiring.pane.tree] if wiring is not None else []
        panes += [self.window.item_list, self.window.reading_view]
        if self.window.briefing_dock is not None:
            panes.append(self.window.briefing_dock.pane)
        return [w for w in panes if w.isVisible()]

    def cycle_pane(self, step: int) -> None:
        """Move focus to the next (F6, step 1) or previous (Shift+F6, -1) pane."""
        panes = self.panes()
        if not panes:
            return
        focus = QApplication.focusWidget()
        current = next((i for i, p in enumerate(panes)
                        if focus is not None and (p is focus or p.isAncestorOf(focus))), -1)
        target = panes[(current + step) % len(panes)]
        self.reveal(target)
        if self.window.briefing_dock is not None and target is self.window.briefing_dock.pane:
            self.window.briefing_dock.pane.focus_entries()
            return
        target.setFocus(Qt.FocusReason.TabFocusReason if step > 0
                        else Qt.FocusReason.BacktabFocusReason)

    # -- choosing the layout -------------------------------------------------------------

    def set_forced(self, one_column: bool | None) -> None:
        """Force a layout (True/False), or None to follow the sizes again."""
        self._forced = one_column
        self.evaluate()

    def needs_one_column(self) -> bool:
        """Whether the side-by-side panes would be narrower than MIN_PANE_CHARS."""
        font = QApplication.font()
        char = max(QFontMetrics(font).averageCharWidth(), 1)
        columns = len([p for p in self.pages() if p is not self.window.briefing_dock])
        # Each pane also spends some pixels on its frame, scroll bar and the splitter handle.
        needed = columns * (MIN_PANE_CHARS * char + 30)
        if self.window.width() < needed:
            return True
        dock = self.window.briefing_dock
        if dock is None or not (dock.isVisible() or self._briefing_open):
            return False
        # With the briefing below, the panes above get at most half of what is left.
        win = self.window
        chrome = sum(w.height() for w in (win.menuBar(), win.statusBar(),
                                          win.speech_bar) if w is not None)
        lines = QFontMetrics(font).lineSpacing()
        return (win.height() - chrome) // 2 < MIN_PANE_LINES * lines

    @Slot()
    def evaluate(self) -> None:
        """Switch layout if the text size or window width now asks for the other one."""
        wiring = self.window.library_wiring
        if wiring is not None:
            wiring.pane.tree.installEventFilter(self)  # Qt installs a filter only once
        one = self.needs_one_column() if self._forced is None else self._forced
        if one != self.one_column:
            self._switch(one)

    @contextlib.contextmanager
    def _relaying(self) -> Iterator[None]:
        # Focus moves while pages are shown and hidden must not switch pages again.
        self._switching = True
        try:
            yield
        finally:
            self._switching = False
        self.limit_briefing()

    def _switch(self, one: bool) -> None:
        with self._relaying():
            self._switch_now(one)

    def _switch_now(self, one: bool) -> None:
        win = self.window
        focus = QApplication.focusWidget()
        self.one_column = one
        dock = win.briefing_dock
        if one:
            self._briefing_open = dock is not None and dock.isVisible()
            page = self.page_of(focus) or win.item_list
            self.show_page(page)
            # Short: at 400 % a longer message took two lines of the little room there is.
            win.announcer.announce(self.tr("One page at a time; Escape goes back"))
        else:
            for page in self.pages():
                page.setVisible(page is not dock or self._briefing_open)
            win.splitter.show()
            self._page = None
            win.announcer.announce(self.tr("Panes side by side"))
        if focus is not None and focus.isVisible():
            focus.setFocus(Qt.FocusReason.OtherFocusReason)
        self.changed.emit(one)

    def show_page(self, page: QWidget) -> None:
        """In one column, show this page alone at full width."""
        if not self.one_column or page is self._page:
            return
        with self._relaying():
            self._show_page(page)

    def _show_page(self, page: QWidget) -> None:
        win = self.window
        dock = win.briefing_dock
        self._page = page
        if dock is not None and page is dock:
            self._briefing_open = True
            win.splitter.hide()
            dock.show()
            return
        if dock is not None:
            dock.hide()
        win.splitter.show()
        for other in self.pages():
            if other is not dock:
                other.setVisible(other is page)

    def reveal(self, widget: QWidget) -> None:
        """Make sure the page holding widget is the one shown (before focusing it)."""
        page = self.page_of(widget)
        if page is not None:
            self.show_page(page)

    @Slot(QWidget, QWidget)
    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        if self.one_column and new is not None and new.window() is self.window:
            page = self.page_of(new)
            if page is not None:
                self.show_page(page)

    def back(self) -> bool:
        """Go one page back (article -> items -> library); return whether it moved."""
        win = self.window
        order = [p for p in self.pages() if p is not win.briefing_dock]
        current = self._page
        if current is win.briefing_dock:
            target: QWidget | None = win.item_list
        elif current in order and order.index(current) > 0:
            target = order[order.index(current) - 1]
        else:
            target = None
        if target is None:
            return False
        self.show_page(target)
        wiring = win.library_wiring
        focus = wiring.pane.tree if wiring is not None and target is wiring.pane else target
        focus.setFocus(Qt.FocusReason.OtherFocusReason)
        return True

    # -- widening panes ------------------------------------------------------------------

    def resize_focused(self, chars: int) -> None:
        """Widen (chars > 0) or narrow the focused pane by some characters' width."""
        win = self.window
        if self.one_column:
            win.announcer.announce(self.tr("One page at a time: the page is already full width"))
            return
        splitter = win.splitter
        focus = QApplication.focusWidget()
        index = next((i for i, pane in enumerate(map(splitter.widget, range(splitter.count())))
                      if focus is not None and pane is not None
                      and (pane is focus or pane.isAncestorOf(focus))), -1)
        if index < 0:
            win.announcer.announce(self.tr("Move to the library, the items or the article first"))
            return
        sizes = splitter.sizes()
        step = QFontMetrics(QApplication.font()).averageCharWidth() * chars
        floor = QFontMetrics(QApplication.font()).averageCharWidth() * MIN_PANE_CHARS // 2
        others = [i for i in range(len(sizes)) if i != index and sizes[i] > 0]
        if not others:
            return
        if step > 0:
            room = sum(max(sizes[i] - floor, 0) for i in others)
            step = min(step, room)
        else:
            step = -min(-step, max(sizes[index] - floor, 0))
        if step == 0:
            win.announcer.announce(self.tr("This pane cannot be made wider") if chars > 0
                                   else self.tr("This pane cannot be made narrower"))
            return
        sizes[index] += step
        for i in others:  # the others give or take in proportion to their width
            share = round(step * sizes[i] / max(sum(sizes[j] for j in others), 1))
            sizes[i] -= share
        splitter.setSizes(sizes)
        win.announcer.announce(self.tr("Pane width {0} %").format(
            round(100 * sizes[index] / max(sum(sizes), 1))))

    def limit_briefing(self) -> None:
        """Keep the briefing pane at most half the window's height (wide layout)."""
        dock = self.window.briefing_dock
        if dock is None:
            return
        if self.one_column and self._page is dock:
            dock.setMaximumHeight(16777215)
        else:
            dock.setMaximumHeight(max(self.window.height() // 2, 1))

    def watch_dock(self, dock: QWidget) -> None:
        """Follow the briefing dock being shown (Ctrl+B) or hidden (View > Briefing pane)."""
        dock.installEventFilter(self)

    def _dock_event(self, kind: QEvent.Type) -> None:
        if self._switching or not self.one_column:
            return
        win = self.window
        if kind == QEvent.Type.Show and self._page is not win.briefing_dock:
            # Opened from another page: the briefing becomes a page of its own; F6 gets there
            # (or focus moving into it, as View > Briefing pane does, shows it).
            self._briefing_open = True
            # Twice deferred: after View > Briefing pane has moved focus into it (its own
            # deferred call), so the page follows that focus instead of hiding the pane.
            QTimer.singleShot(0, lambda: QTimer.singleShot(0, self._settle_dock))
        elif kind == QEvent.Type.Hide and self._page is win.briefing_dock:
            self._briefing_open = False
            self._page = None
            self.show_page(win.item_list)
            win.item_list.setFocus(Qt.FocusReason.OtherFocusReason)

    def _settle_dock(self) -> None:
        dock = self.window.briefing_dock
        if dock is None or not self.one_column:
            return
        page = self.page_of(QApplication.focusWidget())
        if page is dock:
            self._page = None
            self.show_page(dock)
        elif self._page is not dock:
            self._switching = True
            dock.hide()
            self._switching = False

    # -- remembered between runs ---------------------------------------------------------

    def save_places(self) -> None:
        """Remember the window's size and place and the panes' widths (on close)."""
        from reader.core.prefs.ui_state import remember

        remember("geometry", bytes(self.window.saveGeometry().data()).hex())
        if not self.one_column:
            remember("pane_sizes", self.window.splitter.sizes())

    def restore_places(self) -> None:
        """Put the window and the panes back as they were last time, when known."""
        from PySide6.QtCore import QByteArray

        from reader.core.prefs.ui_state import recall

        geometry = recall("geometry")
        if isinstance(geometry, str):
            with contextlib.suppress(ValueError):  # damaged: the default size will do
                self.window.restoreGeometry(QByteArray(bytes.fromhex(geometry)))
        sizes = recall("pane_sizes")
        splitter = self.window.splitter
        if (isinstance(sizes, list) and len(sizes) == splitter.count()
                and all(isinstance(n, int) and n >= 0 for n in sizes)):
            splitter.setSizes(sizes)

    # -- events --------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Re-check on resize and font change; Escape/Backspace go back a page (Qt override)."""
        kind = event.type()
        if watched is self.window.briefing_dock and kind in (QEvent.Type.Show,
                                                              QEvent.Type.Hide):
            self._dock_event(kind)
        elif watched is self.window and kind in (QEvent.Type.Resize, QEvent.Type.Show,
                                               QEvent.Type.StyleChange, QEvent.Type.FontChange):
            # A new text size arrives as a style sheet change; the layout is chosen after it.
            self._timer.start()
            self.limit_briefing()
        elif (kind == QEvent.Type.KeyPress and self.one_column and isinstance(event, QKeyEvent)
              and isinstance(watched, QWidget) and self._is_back_key(event)
              and self._page_takes_back(watched)):
            return self.back()
        return False

    def _is_back_key(self, event: QKeyEvent) -> bool:
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        return mods == Qt.KeyboardModifier.NoModifier and event.key() in (
            Qt.Key.Key_Escape, Qt.Key.Key_Backspace)

    def _page_takes_back(self, watched: QWidget) -> bool:
        # Only where the key means nothing else: not while reading aloud (Escape stops
        # that), not in a text field or the briefing's form (Backspace deletes there).
        win = self.window
        if win.speech.state is not PlayState.IDLE or QApplication.focusWidget() is not watched:
            return False
        wiring = win.library_wiring
        panes = [win.item_list, win.reading_view]
        if wiring is not None:
            panes.append(wiring.pane.tree)
        return watched in panes
