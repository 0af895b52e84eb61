"""Open (and migrate) the library off the GUI thread, and show the window meanwhile.

The library file is opened on a worker thread from the first moment of start-up, alongside
Qt's own loading. Usually it is ready before the window is. When it is not (a long schema
upgrade, a file another program holds locked) the window shows at once, saying "Opening
the library…", and the library pane is added when the worker is done: the worker's end
arrives as a queued signal that ends a local event loop; nothing polls.
"""

from __future__ import annotations

import logging
from concurrent.futures import Future, ThreadPoolExecutor
from typing import TYPE_CHECKING

from PySide6.QtCore import QEventLoop, QObject, Signal

from reader.core.library.store import Library

if TYPE_CHECKING:
    from reader.ui.window.main_window import MainWindow

log = logging.getLogger(__name__)


def open_library_in_background(pool: ThreadPoolExecutor) -> Future[Library]:
    """Start opening the library at its usual place on a worker thread."""
    return pool.submit(Library)


class _Done(QObject):
    done = Signal()


class LibraryOpener(QObject):
    """Waits for a library opening on another thread, with the window up and saying so."""

    def wait(self, window: MainWindow, future: Future[Library]) -> Library:
        """Return the opened library; raise what opening raised (ReaderError(STORAGE))."""
        if future.done():
            return future.result()
        relay = _Done()
        loop = QEventLoop()
        relay.done.connect(loop.quit)  # emitted on the worker thread: queued to this one
        future.add_done_callback(lambda _f: relay.done.emit())
        window.show()
        window.announcer.announce(self.tr("Opening the library…"))  # in the status bar too
        log.info("the library is not open yet: showing the window meanwhile")
        if not future.done():
            loop.exec()
        window.announcer.line.show_text("")
        return future.result()
