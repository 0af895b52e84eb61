"""Put the briefing pane into the main window: a dock, the Ctrl+B action, announcements.

Kept apart from main_window.py so the window needs one call; the window adds the returned
dock to its F6 panes itself.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import QDockWidget, QMainWindow

from reader.core.briefing_store import BriefingStore
from reader.core.models import Issue, Item
from reader.ui.briefing_pane import BriefingPane

# Returns the item shown and its issue, or None when no item is shown.
CurrentItem = Callable[[], "tuple[Item, Issue | None] | None"]


class _Actions(Protocol):
    def bind(self, command: str, slot: Callable[[], object]) -> object: ...


class BriefingDock(QDockWidget):
    """A dock holding the briefing pane; it can be moved but not closed, so it is never lost."""

    announce = Signal(str)

    def __init__(
        self, window: QMainWindow, current: CurrentItem, store: BriefingStore | None = None
    ) -> None:
        super().__init__(window)
        self.setObjectName("briefingDock")
        self.setWindowTitle(self.tr("Briefing"))
        self._current = current
        self.pane = BriefingPane(store, self)
        self.pane.announce.connect(self.announce)
        self.setWidget(self.pane)
        self.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.setAllowedAreas(Qt.DockWidgetArea.RightDockWidgetArea
                             | Qt.DockWidgetArea.BottomDockWidgetArea)

    @Slot()
    def add_current(self) -> None:
        """Add the item shown in the window to the briefing (Ctrl+B)."""
        shown = self._current()
        if shown is None:
            self.announce.emit(self.tr("No item to add"))
            return
        self.pane.add_item(*shown)


def install_briefing_pane(
    window: QMainWindow,
    actions: _Actions,
    current: CurrentItem,
    *,
    store: BriefingStore | None = None,
    area: Qt.DockWidgetArea = Qt.DockWidgetArea.RightDockWidgetArea,
) -> BriefingDock:
    """Dock the briefing pane in a window and bind "item.add_to_briefing" to it.

    The caller connects `dock.announce` to its announcer, lists the dock among its F6 panes
    and builds its menus after this call.
    """
    dock = BriefingDock(window, current, store)
    window.addDockWidget(area, dock)
    actions.bind("item.add_to_briefing", dock.add_current)
    return dock
