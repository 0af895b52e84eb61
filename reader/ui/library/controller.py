"""The GUI's handle on the library: refresh, add, change and read, never on the GUI thread.

`LibraryController` owns the `Library` (its reading connection serves the GUI thread's
quick queries, such as showing a stored issue) and uses `library.writer` only from worker
threads: a refresh runs in its own Python thread, every other write goes through a
one-thread pool so writes keep their order, and slow reads (search, article) use the
shared pool. Results come back as signals on the GUI thread; no widget is touched here.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot

from reader.core.errors import ErrorKind, ReaderError
from reader.core.library.rows import StoredItem
from reader.core.library.store import Library
from reader.core.models import Item
from reader.core.net.refresh import RefreshOptions, RefreshProgress, RefreshSummary, SourceResult
from reader.ui.library.jobs import LibraryJobs

log = logging.getLogger(__name__)

# The byte count reaches the GUI at most this often while a refresh runs: downloads report
# every chunk, and a signal per chunk would only keep the GUI thread busy.
PROGRESS_INTERVAL_S = 0.1


class _Counters:
    """What a running refresh has done so far; written by workers, which tell the GUI."""

    def __init__(self, tell_gui: Callable[[object], None] | None = None) -> None:
        self.lock = threading.Lock()
        self.done = 0
        self.total = 0
        self.items = 0
        self.bytes = 0
        self._tell_gui = tell_gui
        self._told = 0.0  # when the GUI last heard of new bytes

    def add_bytes(self, n: int) -> None:
        now = time.monotonic()
        with self.lock:
            self.bytes += n
            tell = now - self._told >= PROGRESS_INTERVAL_S
            if tell:
                self._told = now
        if tell and self._tell_gui is not None:
            self._tell_gui(("counted",))

    def snapshot(self) -> tuple[int, int, int, int]:
        with self.lock:
            return self.done, self.total, self.items, self.bytes


class LibraryController(LibraryJobs):
    """Refreshes, subscriptions, item state and "Lees meer", all off the GUI thread."""

    progress = Signal(int, int, int, int)  # sources done, sources in all, issues, bytes
    refreshing_changed = Signal(bool)
    finished = Signal(object)  # RefreshSummary
    announce = Signal(str)  # a completion text for screen readers (focus stays put)
    offline_changed = Signal(bool)
    issues_changed = Signal()  # a refresh stored new or updated issues
    article_ready = Signal(str, object)  # item key (its link), Article
    article_failed = Signal(str, object)  # item key, ReaderError
    source_added = Signal(object)  # AddResult
    add_failed = Signal(object)  # ReaderError
    waiting = Signal(str, float)  # a source waits before trying again (name, seconds)

    def __init__(
        self,
        library: Library | None = None,
        parent: QObject | None = None,
        options: RefreshOptions | None = None,
    ) -> None:
        super().__init__(library if library is not None else Library(), parent)
        self.options = options or RefreshOptions()
        # The refresh thread reports through the reads' TaskRunner, under one job id.
        self._refresh_job = self._reads.new_job()
        self._reads.progress.connect(self._on_refresh_event)
        self._run_id = 0
        self._thread: threading.Thread | None = None
        self._cancel: threading.Event | None = None
        self._counters = _Counters()
        self._last_progress: tuple[int, int, int, int] | None = None
        self._offline = False
        self._add_cancel: threading.Event | None = None
        self._add_job = 0
        self._shut_down = False

    def tell(self, text: str) -> None:
        """Have the window announce a sentence about the library (focus stays put)."""
        self.announce.emit(text)

    # -- state ---------------------------------------------------------------------------

    def is_refreshing(self) -> bool:
        """Return whether a refresh is running."""
        return self._thread is not None

    def is_offline(self) -> bool:
        """Return whether the last refresh reached no source at all."""
        return self._offline

    # -- refresh -------------------------------------------------------------------------

    @Slot()
    def refresh_all(self) -> bool:
        """Refresh every active source; False (and an announcement) when one is running."""
        return self._start_refresh(None)

    @Slot(int)
    def refresh_source(self, source_id: int) -> bool:
        """Refresh one source, even when paused."""
        return self._start_refresh([source_id])

    @Slot()
    def cancel(self) -> None:
        """Stop the running refresh: downloads stop at their next chunk."""
        if self._cancel is not None:
            self._cancel.set()

    def _start_refresh(self, source_ids: list[int] | None) -> bool:
        if self._thread is not None:
            self.announce.emit(self.tr("A refresh is already running"))
            return False
        self._run_id += 1
        self._cancel = threading.Event()
        self._counters = _Counters(self._reads.reporter(self._refresh_job))
        self._last_progress = None
        thread = threading.Thread(
            target=self._refresh_worker,
            args=(self._run_id, source_ids, self._cancel, self._counters),
            name="helder-refresh",
            daemon=True,
        )
        self._thread = thread
        self.refreshing_changed.emit(True)
        self._emit_progress()
        thread.start()
        return True

    def _refresh_worker(
        self,
        run_id: int,
        source_ids: list[int] | None,
        cancel: threading.Event,
        counters: _Counters,
    ) -> None:
        """Run in the refresh thread: never touches a widget, only reports to the GUI."""
        from reader.core.net.refresh import refresh_all

        report = self._reads.reporter(self._refresh_job)
        try:
            if source_ids is None:
                source_ids = [s.id for s in self.library.sources() if not s.paused]
            with counters.lock:
                counters.total = len(source_ids)

            def on_source(p: RefreshProgress) -> None:
                with counters.lock:
                    counters.done = p.done
                    counters.items += p.result.new + p.result.updated
                report(("source_done", p))

            def on_wait(name: str, seconds: float) -> None:
                report(("waiting", name, seconds))

            summary = refresh_all(self.library, source_ids=source_ids, cancel=cancel,
                                  progress=on_source, options=self.options,
                                  on_bytes=counters.add_bytes, on_wait=on_wait)
        except Exception as exc:  # a bug must still end the run and tell the user
            log.exception("refresh failed")
            error = exc if isinstance(exc, ReaderError) else ReaderError(
                ErrorKind.STORAGE, repr(exc))
            summary = RefreshSummary((SourceResult(0, "Helder", error=error),),
                                     cancelled=cancel.is_set())
        report(("run_done", run_id, summary))

    @Slot()
    def _emit_progress(self) -> None:
        snapshot = self._counters.snapshot()
        if snapshot != self._last_progress:
            self._last_progress = snapshot
            self.progress.emit(*snapshot)

    @Slot(int, object)
    def _on_refresh_event(self, job: int, event: object) -> None:
        if job != self._refresh_job:
            return
        kind, *args = event  # type: ignore[misc]
        if kind == "run_done":
            self._on_run_done(*args)
        elif kind == "waiting":  # a source waits before trying again (name, seconds)
            self.waiting.emit(*args)
        else:  # "source_done" or "counted": the counters moved
            self._emit_progress()
            done = args[0] if kind == "source_done" and args else None
            if isinstance(done, RefreshProgress) and (done.result.new or done.result.updated):
                self.issues_changed.emit()  # shown now: a slow source holds back no other

    def _on_run_done(self, run_id: int, summary: RefreshSummary) -> None:
        if run_id != self._run_id:
            return
        thread, self._thread, self._cancel = self._thread, None, None
        if thread is not None:
            thread.join(1.0)  # it has finished its work; this only reaps it
        self._emit_progress()
        self.refreshing_changed.emit(False)
        if summary.new_issues or any(r.updated for r in summary.results):
            self.issues_changed.emit()
        self.sources_changed.emit()  # checked times and errors changed
        was_offline = self._offline
        self._update_offline(summary)
        self.finished.emit(summary)
        text = self.summary_text(summary)
        if was_offline and not self._offline:
            text = _sentences([self.tr("Online again."), text])
        self.announce.emit(text)

    def _update_offline(self, summary: RefreshSummary) -> None:
        if summary.offline:
            offline = True
        elif any(r.ok for r in summary.results):
            offline = False
        else:
            return  # only cancelled or unrelated failures: nothing learnt about the network
        if offline != self._offline:
            self._offline = offline
            self.offline_changed.emit(offline)

    def summary_text(self, summary: RefreshSummary) -> str:
        """Return the completion text: new issues, then which sources failed and why."""
        parts = [self.new_issues_text(summary.new_issues)]
        if summary.cancelled:
            parts.insert(0, self.tr("Refresh stopped."))
        if summary.offline:
            parts.append(self.tr("Offline: no source could be reached."))
            return _sentences(parts)
        failed = [r for r in summary.errors
                  if r.error is not None and r.error.kind is not ErrorKind.CANCELLED]
        if failed:
            named = "; ".join(f"{r.name}: {self.cause_text(r.error)}" for r in failed
                              if r.error is not None)
            if len(failed) == 1:
                parts.append(self.tr("1 source could not be updated: {0}").format(named))
            else:
                parts.append(self.tr("{0} sources could not be updated: {1}").format(
                    len(failed), named))
        return _sentences(parts)

    def new_issues_text(self, count: int) -> str:
        """Return "3 new issues", "1 new issue" or "No new issues"."""
        if count == 1:
            return self.tr("1 new issue")
        if count:
            return self.tr("{0} new issues").format(count)
        return self.tr("No new issues")

    def cause_text(self, error: ReaderError) -> str:
        """Return a short translated cause for a source that failed."""
        causes = {
            ErrorKind.NETWORK: self.tr("no connection"),
            ErrorKind.TIMEOUT: self.tr("the server took too long"),
            ErrorKind.HTTP: self.tr("the server refused"),
            ErrorKind.NOT_FOUND: self.tr("not found"),
            ErrorKind.TOO_LARGE: self.tr("too large"),
            ErrorKind.UNSUPPORTED: self.tr("not a newsletter Helder can read"),
            ErrorKind.EMPTY: self.tr("no newsletter text"),
            ErrorKind.STORAGE: self.tr("the library could not be saved"),
            ErrorKind.LOGIN: self.tr("user name or password refused"),
            ErrorKind.CERTIFICATE: self.tr("certificate not trusted"),
            ErrorKind.SUSPECT: self.tr("not the newsletter (error or login page); copy kept"),
        }
        text = causes.get(error.kind, self.tr("could not be read"))
        if error.kind is ErrorKind.HTTP:
            code = next((w for w in error.detail.split() if w.isdigit() and len(w) == 3), None)
            if code:
                text = self.tr("the server refused ({0})").format(code)
        return text

    def shutdown(self, wait: float = 2.0) -> None:
        """Cancel work and close the library (when the window closes; again does nothing)."""
        if self._shut_down:
            return
        self._shut_down = True
        self.cancel()
        if self._add_cancel is not None:
            self._add_cancel.set()
        thread = self._thread
        if thread is not None:
            thread.join(wait)
        self.wait_for_writes(int(wait * 1000))
        try:  # sources removed this session go for good now (undo ends with the session)
            self.library.writer.purge_removed()
        except ReaderError as exc:
            log.warning("removed sources not purged, next start does it: %s", exc)
        self.library.close()

    # -- "Lees meer" -----------------------------------------------------------------------

    def fetch_article(self, item: Item | StoredItem) -> str | None:
        """Fetch and cache the article behind an item's link; return its key (the link)."""
        plain = item.item if isinstance(item, StoredItem) else item
        if not plain.link:
            return None
        key = plain.link
        from reader.core.net.article import read_more

        def done(article: object) -> None:
            self.article_ready.emit(key, article)

        def failed(exc: Exception) -> None:
            error = exc if isinstance(exc, ReaderError) else ReaderError(
                ErrorKind.NO_ARTICLE, f"{key}: {exc!r}")
            self.article_failed.emit(key, error)

        self.run_read(self._read_more, read_more, key, done=done, failed=failed)
        return key

    def _read_more(self, read_more: Callable[..., Any], url: str) -> Any:
        return read_more(self.library, url, options=self.options.fetch)

    # -- adding sources ------------------------------------------------------------------

    def add_source(self, address: str, name: str | None = None, *,
                   password: str | None = None) -> int:
        """Detect what the address is, subscribe and fetch its first issues, off-thread."""
        from reader.core.net.subscribe import add_source

        cancel = threading.Event()
        self._add_cancel = cancel

        def work() -> object:
            return add_source(self.library, address, name=name or None, cancel=cancel,
                              options=self.options, password=password)

        def done(result: object) -> None:
            if job == self._add_job:
                self.sources_changed.emit()
                self.issues_changed.emit()
                self.source_added.emit(result)

        def failed(exc: Exception) -> None:
            if job == self._add_job:
                self.add_failed.emit(exc if isinstance(exc, ReaderError)
                                     else ReaderError(ErrorKind.UNREADABLE, repr(exc)))

        job = self.run_read(work, done=done, failed=failed)
        self._add_job = job
        return job

    def cancel_add(self) -> None:
        """Stop the running add; its outcome is ignored."""
        if self._add_cancel is not None:
            self._add_cancel.set()
        self._add_job = -1


def _sentences(parts: list[str]) -> str:
    """Join short texts as sentences: "3 new issues. 1 source could not be updated: …"."""
    return ". ".join(p.strip().rstrip(".") for p in parts if p.strip())
