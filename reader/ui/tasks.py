"""Run core work off the GUI thread and deliver results on it."""

from __future__ import annotations

import itertools
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal


class _Job(QRunnable):
    def __init__(
        self, runner: TaskRunner, job_id: int, fn: Callable[..., Any], args: tuple
    ) -> None:
        super().__init__()
        self._runner, self._id, self._fn, self._args = runner, job_id, fn, args

    def run(self) -> None:
        try:
            result = self._fn(*self._args)
        except Exception as exc:  # delivered to the GUI, which tells the user
            self._runner.failed.emit(self._id, exc)
        else:
            self._runner.finished.emit(self._id, result)


class TaskRunner(QObject):
    """Submit a function to the thread pool; `finished`/`failed` arrive on the GUI thread."""

    finished = Signal(int, object)
    failed = Signal(int, object)

    def __init__(self, parent: QObject | None = None, pool: QThreadPool | None = None) -> None:
        super().__init__(parent)
        self._pool = pool or QThreadPool.globalInstance()
        self._ids = itertools.count(1)

    def submit(self, fn: Callable[..., Any], *args: Any) -> int:
        """Start fn(*args) in the pool and return its job id."""
        job_id = next(self._ids)
        self._pool.start(_Job(self, job_id, fn, args))
        return job_id


class ProgressRelay(QObject):
    """Progress from a worker thread, shown on the GUI thread without a cross-thread emit.

    `report(done, total)` only stores numbers under a lock, so the worker makes no Qt call:
    PySide6 6.12 on Python 3.11 can crash when Python threads emit signals at a high rate
    (seen here as a segfault during audio export). A GUI-thread timer polls and emits
    `changed` when the numbers moved.
    """

    changed = Signal(int, int)

    def __init__(self, parent: QObject | None = None, interval_ms: int = 50) -> None:
        super().__init__(parent)
        self._lock = threading.Lock()
        self._latest: tuple[int, int] | None = None
        self._shown: tuple[int, int] | None = None
        self._timer = QTimer(self)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._poll)

    def start(self) -> None:
        """Begin watching (GUI thread)."""
        with self._lock:
            self._latest = None
        self._shown = None
        self._timer.start()

    def stop(self) -> None:
        """Stop watching, after showing the last numbers (GUI thread)."""
        self._poll()
        self._timer.stop()

    def report(self, done: int, total: int) -> None:
        """Record progress; safe from any thread."""
        with self._lock:
            self._latest = (done, total)

    def _poll(self) -> None:
        with self._lock:
            latest = self._latest
        if latest is not None and latest != self._shown:
            self._shown = latest
            self.changed.emit(*latest)
