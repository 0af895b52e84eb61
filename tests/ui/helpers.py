"""Small issues to show, and ways to read back what assistive technology sees."""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QWidget

from reader.core.models import Issue, Item


def make_issue(count: int = 5) -> Issue:
    """Return an issue of `count` items, every other one with a theme and a link."""
    items = [
        Item(
            title=f"Onderwerp {n}",
            category="Bestuur" if n % 2 else None,
            summary=(f"Eerste alinea van onderwerp {n}.", f"Tweede alinea van onderwerp {n}."),
            link=f"https://example.org/{n}" if n % 2 else None,
        )
        for n in range(1, count + 1)
    ]
    return Issue(title="Testnieuwsbrief", source="test.txt").with_items(items)


def accessible(widget: QWidget) -> QAccessibleInterface:
    """Return the accessibility interface of a widget."""
    iface = QAccessible.queryAccessibleInterface(widget)
    assert iface is not None
    assert iface.isValid()
    return iface


def name(iface: QAccessibleInterface) -> str:
    """Return the accessible name."""
    return iface.text(QAccessible.Text.Name)


def shown_window(qtbot, issue: Issue | None = None):
    """A MainWindow showing `issue` (three made-up items by default), the list focused."""
    from reader.ui.window.main_window import MainWindow

    win = MainWindow()
    qtbot.addWidget(win)
    win.show_issue(issue or make_issue(3))
    win.show()
    win.activateWindow()
    qtbot.waitExposed(win)
    qtbot.waitUntil(win.item_list.hasFocus)
    return win
