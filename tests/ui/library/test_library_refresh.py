"""Refreshing from the GUI: progress, cancel, named failures, offline, no GUI stalls."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMainWindow

from reader.core.errors import ErrorKind
from reader.core.library.store import Library
from reader.ui.library.controller import LibraryController
from reader.ui.library.pane import LibraryPane
from reader.ui.library.status import OfflineLabel, RefreshProgress
from tests.core.local_http import LocalServer, slow
from tests.ui.library_support import FAST, closed_port_url, issue_text, serve_issues


@pytest.fixture
def server() -> Iterator[LocalServer]:
    srv = LocalServer().start()
    yield srv
    srv.stop()


@pytest.fixture
def controller(qtbot) -> Iterator[LibraryController]:
    ctl = LibraryController(Library(), options=FAST)
    yield ctl
    ctl.shutdown()


@pytest.fixture
def heard(controller) -> list[str]:
    said: list[str] = []
    controller.announce.connect(said.append)
    return said


def add_sources(controller: LibraryController, urls: list[str]) -> list[int]:
    writer = controller.library.writer
    return [writer.add_source(f"Bron {n}", url, "page") for n, url in enumerate(urls, 1)]


def refresh(qtbot, controller: LibraryController, timeout: int = 15000):
    with qtbot.waitSignal(controller.finished, timeout=timeout) as blocker:
        assert controller.refresh_all()
    return blocker.args[0]


def test_refresh_all_shows_progress_and_announces_new_issues(qtbot, server, controller, heard):
    add_sources(controller, serve_issues(server, 3))
    window = QMainWindow()
    qtbot.addWidget(window)
    widget = RefreshProgress(controller)
    window.statusBar().addPermanentWidget(widget)
    window.show()
    seen: list[tuple[int, int, int, int]] = []
    controller.progress.connect(lambda *a: seen.append(a))
    shown: list[bool] = []
    controller.refreshing_changed.connect(lambda on: shown.append(widget.isVisible()))
    summary = refresh(qtbot, controller)
    assert summary.new_issues == 3
    assert seen[-1][:3] == (3, 3, 3)
    assert seen[-1][3] == sum(len(issue_text(n).encode()) for n in (1, 2, 3))
    assert heard == ["3 new issues"]
    assert shown == [True, False], "visible while refreshing, hidden afterwards"
    assert "3 of 3 sources, 3 issues" in widget.bar.accessibleDescription()
    assert widget.bar.accessibleName() == "Refresh progress"
    refresh(qtbot, controller)
    assert heard[-1] == "No new issues"


def test_cancel_stops_a_slow_refresh_quickly(qtbot, server, controller, heard):
    for n in range(4):
        server.route(f"/slow{n}.txt", slow(3.0, lambda h: h.send_bytes(b"Laat\n\nA\nB\n")))
    add_sources(controller, [server.url(f"/slow{n}.txt") for n in range(4)])
    widget = RefreshProgress(controller)
    qtbot.addWidget(widget)
    with qtbot.waitSignal(controller.finished, timeout=10000) as blocker:
        controller.refresh_all()
        qtbot.waitUntil(lambda: server.active > 0, timeout=3000)
        started = time.monotonic()
        widget.cancel_button.click()
    assert time.monotonic() - started < 2.5
    summary = blocker.args[0]
    assert summary.cancelled
    assert summary.new_issues == 0
    assert heard[-1].startswith("Refresh stopped. No new issues")
    assert not controller.is_refreshing()


def test_a_failure_names_the_source_and_its_cause(qtbot, server, controller, heard):
    server.text("/goed.txt", issue_text(1))
    writer = controller.library.writer
    writer.add_source("Goede bron", server.url("/goed.txt"), "page")
    writer.add_source("Kapotte bron", server.url("/bestaat-niet.txt"), "page")
    summary = refresh(qtbot, controller)
    assert [r.name for r in summary.errors] == ["Kapotte bron"]
    assert heard[-1] == ("1 new issue. 1 source could not be updated: "
                         "Kapotte bron: the server refused (404)")
    assert not controller.is_offline()


def test_offline_when_every_source_is_unreachable_and_back_online(qtbot, server, controller,
                                                                  heard):
    ids = add_sources(controller, [closed_port_url("/a.txt"), closed_port_url("/b.txt")])
    window = QMainWindow()
    qtbot.addWidget(window)
    label = OfflineLabel(controller)
    window.statusBar().addPermanentWidget(label)
    window.show()
    assert not label.isVisible()
    with qtbot.waitSignal(controller.offline_changed, timeout=15000) as blocker:
        refresh(qtbot, controller)
    assert blocker.args == [True]
    assert label.isVisible()
    assert label.text() == "Offline"
    assert heard[-1] == "No new issues. Offline: no source could be reached"
    assert [s.error_kind for s in controller.library.sources()] == [ErrorKind.NETWORK] * 2
    for source_id in ids:
        controller.library.writer.remove_source(source_id)
    add_sources(controller, serve_issues(server, 1))
    with qtbot.waitSignal(controller.offline_changed, timeout=15000) as blocker:
        refresh(qtbot, controller)
    assert blocker.args == [False]
    assert not label.isVisible()
    assert heard[-1] == "Online again. 1 new issue"


def test_the_window_answers_while_a_refresh_downloads_and_parses(qtbot, server, controller):
    # Twenty large issues are downloaded and parsed while one more source holds the refresh
    # open: all that time the GUI thread keeps running its timers (the window answers).
    # How long the GUI thread may pause is measured by benchmarks/bench_library_gui.py, not
    # here: a timed assertion fails on a busy machine for reasons a user would not notice.
    for n in range(1, 21):
        server.text(f"/big{n}.txt", issue_text(n, items=60))
    gate = threading.Event()

    def held(h) -> None:
        gate.wait(30)
        h.send_bytes(issue_text(21).encode())

    server.route("/last.txt", held)
    add_sources(controller, [server.url(f"/big{n}.txt") for n in range(1, 21)]
                + [server.url("/last.txt")])
    pane = LibraryPane(controller)
    qtbot.addWidget(pane)
    pane.show()
    done: list[int] = []
    controller.progress.connect(lambda sources_done, *_: done.append(sources_done))
    ticks: list[int] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start()
    try:
        with qtbot.waitSignal(controller.finished, timeout=30000) as blocker:
            assert controller.refresh_all()  # returns at once: the work has its own thread
            qtbot.waitUntil(lambda: bool(done) and done[-1] >= 20, timeout=25000)
            before = len(ticks)
            qtbot.waitUntil(lambda: len(ticks) >= before + 3, timeout=5000)
            assert controller.is_refreshing(), "the last source is still being downloaded"
            gate.set()
    finally:
        gate.set()
        timer.stop()
    assert blocker.args[0].new_issues == 21


def test_showing_a_stored_issue_makes_no_request(qtbot, server, controller):
    add_sources(controller, serve_issues(server, 2))
    refresh(qtbot, controller)
    pane = LibraryPane(controller)
    qtbot.addWidget(pane)
    with qtbot.waitSignal(pane.reloaded):
        pane.reload()
    before = len(server.requests)
    issue_id = controller.library.issues()[0].id
    with qtbot.waitSignal(pane.issue_chosen) as blocker:
        assert pane.select_issue(issue_id)
    issue = controller.library.issue(blocker.args[0])
    assert issue is not None
    assert len(issue.items) == 3
    qtbot.wait(200)
    assert len(server.requests) == before


def test_a_dripping_source_holds_back_no_other_and_ends_at_the_deadline(
    qtbot, server, heard
) -> None:
    from reader.core.net.http.options import FetchOptions
    from reader.core.net.refresh import RefreshOptions

    stop = []

    def drip(h) -> None:
        h.send_stream(iter(()), headers={"Content-Type": "text/plain"})
        while not stop:
            h.wfile.write(b"x")
            h.wfile.flush()
            time.sleep(0.2)

    server.route("/drip", drip)
    options = RefreshOptions(fetch=FetchOptions(connect_timeout=1.0, read_timeout=5.0,
                                                retries=0, deadline=4.0))
    controller = LibraryController(Library(), options=options)
    controller.announce.connect(heard.append)
    try:
        drip_id, other_id = add_sources(controller, [server.url("/drip"),
                                                     *serve_issues(server, 1)])
        pane = LibraryPane(controller)
        qtbot.addWidget(pane)
        widget = RefreshProgress(controller)
        qtbot.addWidget(widget)
        with qtbot.waitSignal(controller.finished, timeout=30000) as done:
            assert controller.refresh_all()
            # The other source's issue shows in the pane while the drip still runs.
            qtbot.waitUntil(lambda: "Bron 2, 3 unread" in [
                pane.model.item(r).text() for r in range(pane.model.rowCount())],
                timeout=10000)
            assert controller.is_refreshing()
            assert "each download stops after 4 s" in widget.detail.text()
        summary = done.args[0]
        failed = {r.source_id: r.error for r in summary.results if r.error is not None}
        assert list(failed) == [drip_id]
        assert failed[drip_id].kind is ErrorKind.TIMEOUT
        assert heard[-1].startswith("1 new issue. 1 source could not be updated: Bron 1:")
        assert other_id not in failed
    finally:
        stop.append(True)
        controller.shutdown()
