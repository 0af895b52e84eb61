"""Run core work off the GUI thread and deliver results on it."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal


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
