"""For `make bench`: print the moment the first item is visible and focused, then quit."""

from __future__ import annotations

import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from reader.ui.window.main_window import MainWindow


def _peak_rss_kb() -> int:
    try:
        import resource
    except ImportError:  # Windows
        return 0
    return int(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)


def report_when_ready(window: MainWindow) -> None:
    """Poll each event-loop turn until the first row is painted and focused; print the time."""

    def check() -> None:
        view = window.item_list
        index = window.model.index(0)
        ready = (
            window.isVisible()
            and view.hasFocus()
            and view.currentIndex() == index
            and view.visualRect(index).intersects(view.viewport().rect())
        )
        if ready:
            # Let the pending paint of the row happen before we call it visible.
            QApplication.processEvents()
            rss_kb = _peak_rss_kb()
            print(f"HELDER_READY {time.time():.6f} {rss_kb}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
        else:
            QTimer.singleShot(1, check)

    QTimer.singleShot(0, check)
