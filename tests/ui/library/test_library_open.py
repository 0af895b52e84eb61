"""The library opens off the GUI thread; while it cannot, the window shows and says so."""

from __future__ import annotations

import argparse
import sqlite3
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from reader.core.library.store import Library
from reader.core.models import Issue, Item
from reader.core.storage.paths import library_path
from reader.ui.app import build_window


def test_while_the_library_is_locked_the_window_shows_opening_the_library(qtbot):
    lib = Library()
    source = lib.writer.add_source("Gemeente", "https://example.org/nieuws", "page")
    issue = Issue(title="Raadsnieuws", date="2026-11-20").with_items(
        [Item(title="Begroting aangenomen", summary=("De raad stemde in.",))])
    lib.writer.store_issue(source, "https://example.org/nieuws/1", issue, b"")
    lib.close()
    # The library file held locked by another program (a backup tool, say) for now.
    blocker = sqlite3.connect(library_path(), isolation_level=None)
    blocker.execute("PRAGMA journal_mode = DELETE")
    blocker.execute("BEGIN EXCLUSIVE")

    seen: dict[str, object] = {}
    app = QApplication.instance()

    def while_waiting() -> None:
        window = next(w for w in app.topLevelWidgets() if type(w).__name__ == "MainWindow"
                      and w.isVisible())
        seen["visible"] = window.isVisible()
        seen["status"] = window.announcer.line.accessibleName()
        blocker.execute("ROLLBACK")  # the other program lets go

    QTimer.singleShot(300, while_waiting)
    with ThreadPoolExecutor(max_workers=1) as pool:
        opening = pool.submit(Library)
        win = build_window(app, argparse.Namespace(path=None, theme=None, text_size=None),
                           library=opening)
    blocker.close()
    qtbot.addWidget(win)
    assert seen == {"visible": True, "status": "Opening the library…"}
    assert win.announcer.line.accessibleName() == ""
    tree = win.library_wiring.pane.tree
    qtbot.waitUntil(lambda: tree.currentIndex().isValid(), timeout=10_000)
    assert "Raadsnieuws" in tree.currentIndex().data()
    assert win.current_item().title == "Begroting aangenomen"
    win.library_wiring.controller.shutdown()
    win.speech.close()
    app.setStyleSheet("")
