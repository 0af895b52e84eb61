"""One piece of work at a time off the GUI thread, with progress: a dialog's export or save."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QProgressBar

from reader.ui.common.tasks import ProgressRelay, TaskRunner


class OneJob(QObject):
    """Runs a job on the pool; its end comes back on the GUI thread as `done` or `failed`.

    `report(done, total)` may be called from the job's thread; the numbers fill `bar` on the
    GUI thread. The end of an earlier job, started before the latest, is dropped.
    """

    done = Signal(object)  # the job's result
    failed = Signal(object)  # the exception it raised

    def __init__(self, parent: QObject | None = None, bar: QProgressBar | None = None) -> None:
        super().__init__(parent)
        self._bar = bar
        self.running = False
        self._job = 0
        self._tasks = TaskRunner(self)
        self._tasks.finished.connect(self._finished)
        self._tasks.failed.connect(self._failed)
        self._relay = ProgressRelay(self)
        self._relay.changed.connect(self._step)

    def start(self, fn: Callable[..., Any], *args: Any) -> None:
        """Run fn(*args) off the GUI thread."""
        self.running = True
        self._relay.start()
        self._job = self._tasks.submit(fn, *args)

    def report(self, done: int, total: int) -> None:
        """Record progress; safe from any thread."""
        self._relay.report(done, total)

    @Slot(int, int)
    def _step(self, done: int, total: int) -> None:
        if self._bar is not None:
            self._bar.setRange(0, max(total, 1))
            self._bar.setValue(done)

    @Slot(int, object)
    def _finished(self, job: int, result: object) -> None:
        if self._ended(job):
            self.done.emit(result)

    @Slot(int, object)
    def _failed(self, job: int, error: object) -> None:
        if self._ended(job):
            self.failed.emit(error)

    def _ended(self, job: int) -> bool:
        if job != self._job:
            return False
        self.running = False
        self._relay.stop()
        return True
