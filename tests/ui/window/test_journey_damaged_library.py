"""Journey: Helder starts on a damaged library. The window opens and says so, the damaged
file is kept beside a new library, and a briefing made before (its own file intact) is there."""

from __future__ import annotations

import argparse
import os
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from reader.core.briefing.model import Briefing
from reader.core.briefing.store import BriefingStore
from reader.ui.app import build_window, show_startup_problems

pytestmark = pytest.mark.no_qt_log

STAMPED = re.compile(r"^library\.sqlite3\.\d{4}-\d\d-\d\dT\d\d-\d\d(-\d+)?\.corrupt$")


def test_start_with_a_damaged_library(qtbot, helder_home: Path) -> None:
    data = helder_home / "data"
    data.mkdir(parents=True, exist_ok=True)
    with BriefingStore(data / "briefings.sqlite") as store:
        store.save(Briefing(title="Commissie Zorg 4 december"))
    junk = os.urandom(120_000)
    (data / "library.sqlite3").write_bytes(junk)

    app = QApplication.instance()
    win = build_window(app, argparse.Namespace(path=None, theme=None, text_size=None))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    show_startup_problems(win)
    try:
        box = win.findChild(QMessageBox, "startupProblem")
        assert box is not None, "the window does not say the library was damaged"
        qtbot.waitUntil(box.isVisible)
        kept = [p for p in data.iterdir() if STAMPED.match(p.name)]
        assert len(kept) == 1
        assert kept[0].read_bytes() == junk
        assert "damaged" in box.text()
        assert kept[0].name in box.text()
        qtbot.keyClick(box, Qt.Key.Key_Return)  # keyboard only: Return closes the message
        qtbot.waitUntil(lambda: not box.isVisible())
        assert (data / "library.sqlite3").exists()  # a fresh library beside the kept one
        assert win.library_wiring.controller.library.sources() == []
        dock = win.ensure_briefing()
        assert dock is not None
        titles = [s.title for s in dock.pane.store.summaries()]
        assert titles == ["Commissie Zorg 4 december"]
    finally:
        win.library_wiring.controller.shutdown()
        win.speech.close()
        app.setStyleSheet("")
