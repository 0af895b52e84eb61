"""SIGKILL in the middle of a refresh leaves a sound library that keeps every stored issue."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.library.store import Library
from reader.core.models import Issue, Item
from reader.core.net.http.options import FetchOptions
from reader.core.net.refresh import RefreshOptions, refresh_source
from tests.core.local_http import Handler, LocalServer, slow

REPO = Path(__file__).resolve().parents[3]
COUNT = 20


@pytest.fixture
def server() -> Iterator[LocalServer]:
    srv = LocalServer().start()
    yield srv
    srv.stop()


def count_issues(path: Path, source_id: int) -> int:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=5)
    try:
        return conn.execute("SELECT count(*) FROM issues WHERE source_id = ?",
                            (source_id,)).fetchone()[0]
    finally:
        conn.close()


def test_sigkill_mid_refresh(server: LocalServer, tmp_path: Path) -> None:
    links = "".join(f'<a href="/nieuwsbrief/{n}.txt">Nieuwsbrief {n}</a>' for n in range(COUNT))
    server.text("/archief", f"<html><body>{links}</body></html>", content_type="text/html")
    for n in range(COUNT):
        body = f"Nieuwsbrief {n}\n\nBericht {n}\nTekst van bericht {n}.\n".encode()
        server.route(f"/nieuwsbrief/{n}.txt",
                     slow(0.3, lambda h, b=body: Handler.send_bytes(h, b)))
    home = tmp_path / "home"
    path = home / "data" / "library.sqlite3"
    path.parent.mkdir(parents=True)
    lib = Library(path)
    before = lib.writer.add_source("Eerder", "https://example.org/eerder", "page")
    for n in range(50):
        issue = Issue(title=f"Oud {n}").with_items([Item(title=f"Oud bericht {n}")])
        lib.writer.store_issue(before, f"https://example.org/eerder/{n}", issue, b"raw")
    archive = lib.writer.add_source("Archief", server.url("/archief"), "archive")
    lib.close()

    env = dict(os.environ, HELDER_HOME=str(home), PYTHONPATH=str(REPO))
    proc = subprocess.Popen([sys.executable, "-m", "reader", "refresh", "Archief"], env=env,
                            cwd=REPO, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 20
        while count_issues(path, archive) < 3 and time.monotonic() < deadline:
            time.sleep(0.02)
        stored_at_kill = count_issues(path, archive)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL
    assert 3 <= stored_at_kill < COUNT  # it really was killed mid-way

    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    lib = Library(path)
    try:
        assert len(lib.issues(before)) == 50
        assert len(lib.issues(archive)) >= stored_at_kill
        assert len(lib.search("oud bericht", limit=100)) == 50
        # The next refresh picks up where the killed one stopped, without duplicates.
        fast = RefreshOptions(fetch=FetchOptions(read_timeout=2.0), max_new_per_source=COUNT)
        refresh_source(lib, archive, options=fast)
        assert len(lib.issues(archive)) == COUNT
    finally:
        lib.close()
