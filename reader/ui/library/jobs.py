"""Library reads and writes off the GUI thread: the plumbing `LibraryController` builds on.

Writes go through a one-thread pool, so the user's changes keep their order and never wait
on the GUI thread; slow reads use the shared pool. Callbacks run on the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QThreadPool, Signal, Slot

from reader.core.errors import ErrorKind, ReaderError
from reader.core.library.store import Library
from reader.ui.common.tasks import TaskRunner


class LibraryJobs(QObject):
    """Owns the `Library`; runs reads in the pool and writes on one writer thread."""

    sources_changed = Signal()  # a source was added, renamed, paused or removed
    state_changed = Signal(int)  # an item's read/star/note changed (its id)
    error = Signal(object)  # ReaderError from a change the user asked for

    def __init__(self, library: Library, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.library = library
        # One writer thread keeps the user's changes in the order they were made.
        self._write_pool = QThreadPool(self)
        self._write_pool.setMaxThreadCount(1)
        self._writes = TaskRunner(self, self._write_pool)
        self._writes.finished.connect(self._on_write_done)
        self._writes.failed.connect(self._on_write_failed)
        self._write_jobs: dict[int, Callable[[Any], None]] = {}
        self._reads = TaskRunner(self)
        self._reads.finished.connect(self._on_read_done)
        self._reads.failed.connect(self._on_read_failed)
        self._read_jobs: dict[int, tuple[Callable[[Any], None], Callable[[Exception], None]]] = {}
        # Sources removed this session (id, name), newest last: undo brings them back.
        self.removed: list[tuple[int, str]] = []

    # -- reads off the GUI thread ----------------------------------------------------------

    def run_read(
        self,
        fn: Callable[..., Any],
        *args: Any,
        done: Callable[[Any], None],
        failed: Callable[[Exception], None] | None = None,
    ) -> int:
        """Run a read in the pool; `done(result)` or `failed(exc)` is called on the GUI thread."""
        job = self._reads.submit(fn, *args)
        self._read_jobs[job] = (done, failed or self._report)
        return job

    @Slot(int, object)
    def _on_read_done(self, job: int, result: object) -> None:
        handlers = self._read_jobs.pop(job, None)
        if handlers is not None:
            handlers[0](result)

    @Slot(int, object)
    def _on_read_failed(self, job: int, exc: object) -> None:
        handlers = self._read_jobs.pop(job, None)
        if handlers is not None:
            handlers[1](exc)  # type: ignore[arg-type]

    def _report(self, exc: Exception) -> None:
        self.error.emit(exc if isinstance(exc, ReaderError)
                        else ReaderError(ErrorKind.STORAGE, repr(exc)))

    # -- writes, in order, on the writer thread ----------------------------------------------

    def write(self, fn: Callable[..., Any], *args: Any,
              then: Callable[[Any], None] | None = None) -> int:
        """Run a change on the writer thread, after those asked for before it."""
        return self._write(fn, *args, then=then)

    def _write(self, fn: Callable[..., Any], *args: Any,
               then: Callable[[Any], None] | None = None) -> int:
        job = self._writes.submit(fn, *args)
        self._write_jobs[job] = then or (lambda _r: None)
        return job

    @Slot(int, object)
    def _on_write_done(self, job: int, result: object) -> None:
        then = self._write_jobs.pop(job, None)
        if then is not None:
            then(result)

    @Slot(int, object)
    def _on_write_failed(self, job: int, exc: object) -> None:
        self._write_jobs.pop(job, None)
        self._report(exc)  # type: ignore[arg-type]

    def note_sources_changed(self, _result: object = None) -> None:
        """Say the list of sources changed (a write finished, a mailed briefing was kept)."""
        self.sources_changed.emit()

    def rename_source(self, source_id: int, name: str) -> int:
        """Give a source a new name."""
        return self._write(self.library.writer.rename_source, source_id, name,
                           then=self.note_sources_changed)

    def set_paused(self, source_id: int, paused: bool) -> int:
        """Pause or resume a source."""
        return self._write(self.library.writer.set_paused, source_id, paused,
                           then=self.note_sources_changed)

    def remove_source(self, source_id: int, name: str = "") -> int:
        """Remove a source with its issues; kept (undoable) until Helder closes."""
        self.removed.append((source_id, name))
        return self._write(self.library.writer.hide_source, source_id,
                           then=self.note_sources_changed)

    def undo_remove(self) -> str | None:
        """Bring back the source removed last; return its name (None: nothing to undo)."""
        if not self.removed:
            return None
        source_id, name = self.removed.pop()
        self._write(self.library.writer.unhide_source, source_id, then=self.note_sources_changed)
        return name

    def switch_catalog(self, key: str, on: bool) -> int:
        """Switch a catalogue source on (no network) or off (removed with its issues)."""
        from reader.core.library.catalogue import catalog_entry, switch_on

        def work() -> None:
            if on:
                switch_on(self.library, key)
                return
            entry = catalog_entry(key)
            source = self.library.find_source(entry.address) if entry is not None else None
            if source is not None:
                self.library.writer.hide_source(source.id)
                self.removed.append((source.id, source.name))

        return self._write(work, then=self.note_sources_changed)

    def _state(self, item_id: int) -> Callable[[object], None]:
        return lambda _r: self.state_changed.emit(item_id)

    def set_read(self, item_id: int, read: bool = True) -> int:
        """Mark an item read or unread (only on the user's request or at the end of reading)."""
        return self._write(self.library.writer.set_read, item_id, read,
                           then=self._state(item_id))

    def set_starred(self, item_id: int, starred: bool = True) -> int:
        """Star or unstar an item."""
        return self._write(self.library.writer.set_starred, item_id, starred,
                           then=self._state(item_id))

    def set_note(self, item_id: int, note: str | None) -> int:
        """Attach a note to an item."""
        return self._write(self.library.writer.set_note, item_id, note,
                           then=self._state(item_id))

    def wait_for_writes(self, msecs: int = 5000) -> bool:
        """Block until queued writes are done (for tests and closing)."""
        return self._write_pool.waitForDone(msecs)
