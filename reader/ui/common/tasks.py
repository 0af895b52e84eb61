"""The one way work off the GUI thread reports back: Qt signals, queued to the GUI thread.

A worker thread only ever emits the signal of one QObject, the hub, which lives on the GUI
thread for the whole run and is never deleted: Qt sees the emitting thread differs and queues
the call, so delivery runs on the GUI thread, in the order the worker emitted. There the hub
hands the result to its TaskRunner or ProgressRelay, if that still exists: a dialog closed
while its job runs is simply not told (a worker emitting on a deleted QObject would crash).
No timer polls for results anywhere in Helder.

- `TaskRunner.submit(fn, *args)` runs fn on a thread pool: `finished(job, result)` or
  `failed(job, error)` follow, and `progress(job, value)` for whatever fn reported through
  `TaskRunner.reporter(job)` (or a plain Python thread the caller owns, such as the
  speech prefetcher).
- `ProgressRelay` turns `report(done, total)` calls from a worker into `changed(done, total)`.

An unexpected exception in a job is logged with its traceback (the log file keeps it) before
it is delivered, so a bug is never reduced to a one-line message.
"""

from __future__ import annotations

import itertools
import logging
import threading
import traceback
from collections.abc import Callable
from functools import cache
from typing import Any

import shiboken6
from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal, Slot

from reader.core.errors import ReaderError

log = logging.getLogger(__name__)


class _Hub(QObject):
    """The one QObject worker threads emit on; made on the GUI thread, never deleted."""

    posted = Signal(int, object)  # recipient key, message

    def __init__(self) -> None:
        super().__init__()
        self._recipients: dict[int, Callable[[object], None]] = {}
        self._keys = itertools.count(1)
        self._lock = threading.Lock()
        self.posted.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    def register(self, owner: QObject, deliver: Callable[[object], None]) -> int:
        """Deliver messages posted under the returned key to `deliver` while owner lives."""
        key = next(self._keys)
        with self._lock:
            self._recipients[key] = deliver
        owner.destroyed.connect(lambda *_: self.unregister(key))
        return key

    def unregister(self, key: int) -> None:
        with self._lock:
            self._recipients.pop(key, None)

    @Slot(int, object)
    def _deliver(self, key: int, message: object) -> None:
        with self._lock:
            deliver = self._recipients.get(key)
        if deliver is not None:
            deliver(message)


@cache
def hub() -> _Hub:
    """Return the hub, making it on first use (from the GUI thread, as QObjects are made)."""
    return _Hub()


def _post(to: _Hub, key: int, message: object) -> None:
    try:
        to.posted.emit(key, message)
    except RuntimeError:  # the app is shutting down and took the hub with it: no one to tell
        log.debug("result of a background job dropped at exit")


class _Job(QRunnable):
    """Run one function in the pool and post its outcome to the hub.

    The worker lets go of the function and its arguments before it posts: the TaskRunner
    keeps its own references until the outcome is delivered on the GUI thread, so the last
    reference to whatever the job holds (often the dialog that started it) is dropped there.
    Were it dropped here, Python would delete that widget on this thread, and Qt crashes when
    a widget dies off the GUI thread.
    """

    def __init__(
        self, to: _Hub, key: int, job_id: int, fn: Callable[..., Any], args: tuple
    ) -> None:
        super().__init__()
        self._hub, self._key, self._id = to, key, job_id
        self._work: tuple[Callable[..., Any], tuple] | None = (fn, args)

    def run(self) -> None:
        kind, value = self._call()  # fn and args are out of reach of this thread from here on
        if isinstance(value, BaseException):
            # The traceback's frames hold the job's locals (the dialog, say): clear them here.
            traceback.clear_frames(value.__traceback__)
        _post(self._hub, self._key, (kind, self._id, value))

    def _call(self) -> tuple[str, object]:
        assert self._work is not None
        fn, args = self._work
        self._work = None
        try:
            return "finished", fn(*args)
        except ReaderError as exc:  # an expected failure: the GUI tells the user
            return "failed", exc
        except Exception as exc:  # a bug: keep the traceback in the log, then tell the user
            log.exception("background job %s (%s) failed", self._id,
                          getattr(fn, "__qualname__", fn))
            return "failed", exc


class TaskRunner(QObject):
    """Run functions off the GUI thread; their results arrive as signals on the GUI thread."""

    finished = Signal(int, object)  # job id, result
    failed = Signal(int, object)  # job id, exception
    progress = Signal(int, object)  # job id, what the job reported

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._ids = itertools.count(1)
        # What each running job holds, released here on the GUI thread when its outcome
        # arrives (see _Job). Touched on the GUI thread only.
        self._running: dict[int, tuple[Callable[..., Any], tuple]] = {}
        self._hub = hub()
        self._key = self._hub.register(self, self._deliver)

    def post(self, kind: str, job: int, value: object) -> None:
        """Send finished/failed/progress for a job; safe from any thread, at any time."""
        _post(self._hub, self._key, (kind, job, value))

    def _deliver(self, message: object) -> None:
        kind, job, value = message  # type: ignore[misc]
        if kind != "progress":
            self._running.pop(job, None)
        if shiboken6.isValid(self):
            getattr(self, kind).emit(job, value)

    def new_job(self) -> int:
        """Return a fresh job id, for work the caller runs on its own thread."""
        return next(self._ids)

    def submit(self, fn: Callable[..., Any], *args: Any) -> int:
        """Start fn(*args) in the pool and return its job id."""
        job_id = self.new_job()
        self._running[job_id] = (fn, args)
        self._pool.start(_Job(self._hub, self._key, job_id, fn, args))
        return job_id

    def reporter(self, job_id: int) -> Callable[[object], None]:
        """Return a function any thread may call to send `progress(job_id, value)`."""

        def report(value: object) -> None:
            self.post("progress", job_id, value)

        return report


class ProgressRelay(QObject):
    """`report(done, total)` from a worker thread becomes `changed(done, total)` on the GUI.

    Repeated numbers are dropped in the worker, so a tight loop does not flood the GUI.
    """

    changed = Signal(int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._last: tuple[int, int] | None = None
        self._hub = hub()
        self._key = self._hub.register(self, self._deliver)

    def start(self) -> None:
        """Forget the numbers of an earlier run (GUI thread)."""
        with self._lock:
            self._last = None

    def stop(self) -> None:
        """Nothing to stop: kept so callers mark where a run ends."""

    def report(self, done: int, total: int) -> None:
        """Record progress; safe from any thread."""
        with self._lock:
            if self._last == (done, total):
                return
            self._last = (done, total)
        _post(self._hub, self._key, (done, total))

    def _deliver(self, message: object) -> None:
        if shiboken6.isValid(self):
            self.changed.emit(*message)  # type: ignore[misc]
