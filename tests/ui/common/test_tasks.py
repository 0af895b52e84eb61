"""Work off the GUI thread reports back only through TaskRunner's signals (issue 11)."""

from __future__ import annotations

import threading

from PySide6.QtCore import QThread

from reader.core.errors import ErrorKind, ReaderError
from reader.ui.common.tasks import ProgressRelay, TaskRunner

RESULTS = 100_000


def test_a_hundred_thousand_results_from_worker_threads_all_arrive_on_the_gui_thread(qtbot):
    runner = TaskRunner()
    gui = QThread.currentThread()
    seen: list[tuple[int, int]] = []
    wrong_thread: list[object] = []

    def got(job: int, value: object) -> None:
        if QThread.currentThread() is not gui:
            wrong_thread.append(value)
        seen.append(value)  # type: ignore[arg-type]

    runner.progress.connect(got)
    workers = 4
    jobs = [runner.new_job() for _ in range(workers)]

    def send(w: int) -> None:
        report = runner.reporter(jobs[w])
        for n in range(RESULTS // workers):
            report((w, n))

    threads = [threading.Thread(target=send, args=(w,)) for w in range(workers)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    qtbot.waitUntil(lambda: len(seen) == RESULTS, timeout=120_000)
    assert not wrong_thread
    # Nothing lost, nothing doubled, and each worker's results in the order it sent them.
    for w in range(workers):
        mine = [n for (who, n) in seen if who == w]
        assert mine == list(range(RESULTS // workers))


def test_results_and_errors_arrive_with_their_job(qtbot):
    runner = TaskRunner()
    done: list[tuple[int, object]] = []
    failed: list[tuple[int, object]] = []
    runner.finished.connect(lambda job, result: done.append((job, result)))
    runner.failed.connect(lambda job, error: failed.append((job, error)))

    def broken() -> None:
        raise ReaderError(ErrorKind.DAMAGED, "x.pdf")

    ok = runner.submit(sum, [1, 2, 3])
    bad = runner.submit(broken)
    qtbot.waitUntil(lambda: bool(done and failed), timeout=10_000)
    assert done == [(ok, 6)]
    assert failed[0][0] == bad
    assert failed[0][1].kind is ErrorKind.DAMAGED


def test_progress_from_a_worker_reaches_the_gui_without_a_timer(qtbot):
    relay = ProgressRelay()
    shown: list[tuple[int, int]] = []
    relay.changed.connect(lambda d, t: shown.append((d, t)))
    relay.start()
    worker = threading.Thread(target=lambda: [relay.report(n, 50) for n in (1, 1, 2, 50)])
    worker.start()
    worker.join()
    qtbot.waitUntil(lambda: (50, 50) in shown, timeout=10_000)
    assert shown == [(1, 50), (2, 50), (50, 50)], "repeats are dropped, order is kept"


def test_a_runner_deleted_while_its_jobs_run_is_not_told_and_nothing_crashes(qtbot):
    import shiboken6
    from PySide6.QtCore import QObject, QThreadPool

    pool = QThreadPool()
    pool.setMaxThreadCount(1)  # one after the other: the later job ends after the first
    owner = QObject()  # a dialog, say, closed while its export still runs
    runner = TaskRunner(owner, pool)
    release = threading.Event()
    told: list[object] = []
    runner.finished.connect(lambda job, result: told.append(result))
    report = runner.reporter(runner.new_job())

    def slow_job() -> str:
        release.wait(30)
        for n in range(1000):
            report(n)  # progress after the owner is gone
        return "done"

    runner.submit(slow_job)
    shiboken6.delete(owner)  # deletes the runner with it
    release.set()
    # A runner made afterwards still gets its own results: the workers' hub lives on.
    later = TaskRunner(None, pool)
    got: list[object] = []
    later.finished.connect(lambda job, result: got.append(result))
    later.submit(lambda: "later")
    qtbot.waitUntil(lambda: got == ["later"], timeout=10_000)
    assert told == []  # the first job's result was delivered before, to no one
    pool.waitForDone()


def test_an_owner_dropped_while_its_job_runs_is_freed_on_the_gui_thread(qtbot):
    # A dialog that runs its own method as a job and is closed (and forgotten) before the job
    # ends: if a worker thread held the last reference, Python would delete the dialog there,
    # and Qt crashes when a widget dies off its thread (the segfault seen in a full test run).
    import weakref

    from PySide6.QtCore import QObject, QThreadPool

    class Owner(QObject):
        def __init__(self) -> None:
            super().__init__()
            self.runner = TaskRunner(self, pool)

        def work(self, go: threading.Event) -> str:
            go.wait(30)
            return "written"

    pool = QThreadPool()
    go = threading.Event()
    freed_on: list[str] = []
    owner = Owner()
    weakref.finalize(owner, lambda: freed_on.append(threading.current_thread().name))
    owner.runner.submit(owner.work, go)
    del owner  # the job's references are now the only ones
    go.set()
    pool.waitForDone(10_000)  # the worker is done with the job before the GUI hears of it
    qtbot.waitUntil(lambda: freed_on != [], timeout=10_000)
    assert freed_on == [threading.main_thread().name]
