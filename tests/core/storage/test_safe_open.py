"""Start no matter what: a damaged library or briefing file is set aside, never lost."""

from __future__ import annotations

import os
import re
import shutil
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from reader.core.briefing.model import Briefing
from reader.core.briefing.store import BriefingStore
from reader.core.library.store import Library
from reader.core.models import Issue, Item
from reader.core.storage.aside import aside_path
from reader.core.storage.safe_open import (
    StartProblemKind,
    open_briefings_safely,
    open_library_safely,
)

REPO = Path(__file__).resolve().parents[3]
STAMPED = re.compile(r"^library\.sqlite3\.\d{4}-\d\d-\d\dT\d\d-\d\d(-\d+)?\.corrupt$")


def _damage_schema(path: Path) -> None:
    """Keep SQLite's header but overwrite the schema page: 'malformed database schema'."""
    data = bytearray(path.read_bytes())
    data[100:4096] = os.urandom(3996)
    path.write_bytes(bytes(data))


def _library_with_issue(path: Path) -> None:
    lib = Library(path)
    item = Item("Begroting", summary=("De raad stemde.",))
    issue = Issue("Week 48", (), "Raad").with_items([item])
    lib.writer.store_issue(None, "https://example.org/w48", issue, b"x")
    lib.close()
    for side in ("-wal", "-shm"):
        path.with_name(path.name + side).unlink(missing_ok=True)


def test_random_bytes_library_is_set_aside_and_a_fresh_one_opens(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    junk = os.urandom(200_000)
    path.write_bytes(junk)
    opened = open_library_safely(path)
    assert opened.problem is not None
    assert opened.problem.kind is StartProblemKind.SET_ASIDE
    kept = opened.problem.kept_as
    assert kept is not None
    assert STAMPED.match(kept.name), kept
    assert kept.read_bytes() == junk  # the damaged file is kept exactly
    assert opened.library.sources() == []  # and a working, empty library took its place
    opened.library.close()


def test_damaged_schema_is_set_aside(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    _library_with_issue(path)
    _damage_schema(path)
    opened = open_library_safely(path)
    assert opened.problem is not None
    assert opened.problem.kind is StartProblemKind.SET_ASIDE
    assert opened.library.issues() == []
    opened.library.close()


def test_second_damage_in_the_same_minute_keeps_the_first_copy(tmp_path: Path) -> None:
    path = tmp_path / "library.sqlite3"
    now = datetime(2026, 12, 2, 10, 15)
    first = aside_path(path, now)
    assert first.name == "library.sqlite3.2026-12-02T10-15.corrupt"
    first.write_bytes(b"first")
    second = aside_path(path, now)
    assert second != first
    assert not second.exists()


def _in_own_mount(tmp_path: Path, script: str) -> subprocess.CompletedProcess[str]:
    """Run a shell script in a private mount namespace with a 1 MB tmpfs at $MNT."""
    if shutil.which("unshare") is None:
        pytest.skip("unshare is missing, so no private small or read-only disk can be made")
    mnt = tmp_path / "mnt"
    mnt.mkdir()
    env = dict(os.environ, MNT=str(mnt), PY=sys.executable, PYTHONPATH=str(REPO))
    done = subprocess.run(["unshare", "-rm", "sh", "-ec",
                           'mount -t tmpfs -o size=1m tmpfs "$MNT"\n' + script],
                          capture_output=True, text=True, env=env, timeout=120, check=False)
    if "mount:" in done.stderr and "tmpfs" in done.stderr:
        pytest.skip(f"this machine does not allow a private tmpfs: {done.stderr.strip()}")
    return done


def test_read_only_folder_gives_a_temporary_library_and_leaves_the_file(
    tmp_path: Path,
) -> None:
    done = _in_own_mount(tmp_path, """
"$PY" -c "from reader.core.library.store import Library; Library('$MNT/library.sqlite3').close()"
md5sum "$MNT/library.sqlite3" > "$MNT/../before"
mount -o remount,ro "$MNT"
"$PY" -c "
from reader.core.storage.safe_open import open_library_safely
o = open_library_safely('$MNT/library.sqlite3')
print(o.problem.kind, o.library.path.parent == o.problem.temporary, o.library.sources())
"
md5sum "$MNT/library.sqlite3" | diff - "$MNT/../before" && echo same
""")
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["unavailable", "True", "[]", "same"]


def test_cli_on_a_full_disk_says_so_without_a_traceback(tmp_path: Path) -> None:
    done = _in_own_mount(tmp_path, """
dd if=/dev/zero of="$MNT/fill" bs=4k 2>/dev/null || true
HELDER_HOME="$MNT/home" "$PY" -m reader list || echo "rc=$?"
""")
    assert "Traceback" not in done.stderr, done.stderr
    assert "the library could not be read or written" in done.stderr
    assert "could not be opened" in done.stderr
    assert "rc=2" in done.stdout


def test_damaged_briefings_are_set_aside_and_intact_ones_kept(tmp_path: Path) -> None:
    path = tmp_path / "briefings.sqlite"
    with BriefingStore(path) as store:
        store.save(Briefing(title="Commissie Zorg"))
    store, problem = open_briefings_safely(path)
    assert problem is None
    assert [s.title for s in store.summaries()] == ["Commissie Zorg"]
    store.close()
    path.write_bytes(os.urandom(50_000))
    store, problem = open_briefings_safely(path)
    assert problem is not None
    assert problem.kind is StartProblemKind.SET_ASIDE
    assert problem.kept_as is not None
    assert problem.kept_as.exists()
    assert store.summaries() == []
    store.close()


def _helder(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, HELDER_HOME=str(home), PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True,
                          text=True, env=env, timeout=60, cwd=REPO, check=False)


def test_cli_list_with_a_damaged_library_says_so_and_keeps_the_file(tmp_path: Path) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "library.sqlite3").write_bytes(os.urandom(100_000))
    done = _helder(tmp_path, "list")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr
    assert "was damaged" in done.stderr
    assert ".corrupt" in done.stderr
    assert [p.name for p in data.iterdir() if STAMPED.match(p.name)]


def test_cli_refresh_on_a_read_only_library_reports_instead_of_crashing(tmp_path: Path) -> None:
    """record_failure itself failing must not lose the run (it was an IndexError)."""
    data = tmp_path / "data"
    data.mkdir()
    lib = Library(data / "library.sqlite3")
    lib.writer.add_source("Kapot", "http://127.0.0.1:9/feed", "feed")
    lib.close()
    holder = sqlite3.connect(data / "library.sqlite3", timeout=1)
    holder.execute("BEGIN EXCLUSIVE")  # another process holds the write lock
    try:
        env_timeout = dict(os.environ, HELDER_HOME=str(tmp_path), PYTHONPATH=str(REPO))
        done = subprocess.run([sys.executable, "-m", "reader", "refresh"],
                              capture_output=True, text=True, env=env_timeout, timeout=120,
                              cwd=REPO, check=False)
    finally:
        holder.rollback()
        holder.close()
    assert "Traceback" not in done.stderr, done.stderr
    assert "Kapot" in done.stdout
