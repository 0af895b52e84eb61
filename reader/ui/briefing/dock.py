"""Put the briefing pane into the main window: a dock, the Ctrl+B action, announcements.

The window builds it on first use (MainWindow.ensure_briefing) and lists it among its F6
panes while it is shown.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QDockWidget, QFrame, QMainWindow, QScrollArea

from reader.core.briefing.store import BriefingStore
from reader.core.export import Synthesize
from reader.core.export.common import ExportStyle
from reader.core.models import Issue, Item
from reader.core.prefs.settings import Settings
from reader.core.prefs.themes import Theme
from reader.ui.briefing.pane import BriefingPane

# Returns the item shown and its issue, or None when no item is shown.
CurrentItem = Callable[[], "tuple[Item, Issue | None] | None"]


def export_style(settings: Settings | None, theme: Theme | None) -> ExportStyle:
    """The reader's font, size, spacing and colours, for briefing exports and printing.

    The colours paint a document only when the user exports "as on my screen".
    """
    values: dict[str, object] = {
        "line_height": settings.line_height if settings else None,
        "font_family": (settings.font_family or None) if settings else None,
        "text_size": settings.text_size if settings else None,
        "foreground": theme.text if theme else None,
        "background": theme.background if theme else None,
        "link": theme.link if theme else None,
    }
    return ExportStyle.from_theme(values)


class BriefingDock(QDockWidget):
    """A dock holding the briefing pane; it can be moved but not closed, so it is never lost."""

    announce = Signal(str)

    def __init__(
        self,
        window: QMainWindow,
        current: CurrentItem,
        store: BriefingStore | None = None,
        *,
        synthesize: Synthesize | None = None,
    ) -> None:
        super().__init__(window)
        self.setObjectName("briefingDock")
        self.setWindowTitle(self.tr("Briefing"))
        self._current = current
        self.pane = BriefingPane(store, self, synthesize=synthesize)
        self.pane.announce.connect(self.announce)
        # In a scroll area the pane never forces the window wider than the screen at large
        # text sizes; it scrolls vertically instead (WCAG 1.4.10 allows one direction).
        scroll = QScrollArea(self)
        scroll.setWidget(self.pane)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setWidget(scroll)
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
        self.show()
        self.pane.add_item(*shown)

    @Slot()
    def toggle(self) -> None:
        """Show the briefing pane and put focus in it, or hide it (View menu)."""
        focus = QApplication.focusWidget()
        if self.isVisible() and focus is not None and self.pane.isAncestorOf(focus):
            self.hide()
            return
        self.show()
        self.raise_()
        # The dock lays out on the next event-loop turn; focus a widget that is shown.
        QTimer.singleShot(0, self.pane.focus_entries)
