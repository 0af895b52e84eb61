"""Start-up: time from process start until the first item is visible and focused, and memory.

Prints medians of 5 runs for Helder on its sample issue and, as the yardstick, for a bare
PySide6 window. Run with `make bench` (offscreen by default).
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
RUNS = 5

BARE = """
import sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QListWidget
app = QApplication(sys.argv)
w = QListWidget(); w.addItem("x"); w.show(); w.setFocus()
def ready():
    import resource
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(f"HELDER_READY {time.time():.6f} {rss}", flush=True); app.quit()
QTimer.singleShot(0, ready)
app.exec()
"""


def run_once(argv: list[str], home: str | None = None) -> tuple[float, float]:
    """Return (seconds to ready, peak resident MB) for one child process."""
    env = {**os.environ, "HELDER_BENCH_STARTUP": "1"}
    # A user's Python keeps compiled bytecode; without it every start compiles ~80 modules.
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    if home is not None:
        env["HELDER_HOME"] = home
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.time()
    proc = subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                            env=env, cwd=REPO, text=True)
    out, _ = proc.communicate(timeout=60)
    ready = [line for line in out.splitlines() if line.startswith("HELDER_READY")]
    if not ready:
        raise SystemExit(f"no ready line from {argv}: {out!r}")
    _, when, rss_kb = ready[0].split()
    return float(when) - start, int(rss_kb) / 1024


def measure(label: str, argv: list[str], home: str | None = None) -> tuple[float, float]:
    """Print and return medians of RUNS runs."""
    times, mems = [], []
    run_once(argv, home)  # warm-up: bytecode cache and the OS's file cache, as on a used machine
    for _ in range(RUNS):
        t, m = run_once(argv, home)
        times.append(t)
        mems.append(m)
    t, m = statistics.median(times), statistics.median(mems)
    print(f"{label:<44} {t * 1000:8.0f} ms   peak memory {m:6.0f} MB   (median of {RUNS})")
    return t, m


def main() -> None:
    """Print start-up figures for Helder and a bare PySide6 window."""
    print("== start-up: process start -> first item visible and focused")
    bare, _ = measure("bare PySide6 window (yardstick)", [sys.executable, "-c", BARE])
    helder, _ = measure("helder on its sample issue", [sys.executable, "-m", "reader"])
    print(f"{'helder / bare':<44} {helder / bare:8.2f}x")
    library_startup()


def library_startup() -> None:
    """Start-up with an empty library beside one of 10,000 issues and 150,000 items."""
    import random
    import tempfile

    sys.path.insert(0, str(REPO / "benchmarks"))
    from bench_library import ISSUES, ITEMS_PER_ISSUE, generate

    from reader.core.library.store import Library

    print(f"== start-up with a library of {ISSUES} issues, {ISSUES * ITEMS_PER_ISSUE} items")
    with tempfile.TemporaryDirectory() as empty, tempfile.TemporaryDirectory() as full:
        lib = Library(Path(full) / "data" / "library.sqlite3")
        generate(lib, random.Random(48))
        lib.close()
        argv = [sys.executable, "-m", "reader"]
        small, _ = measure("empty library", argv, empty)
        large, _ = measure("10,000-issue library", argv, full)
    print(f"{'large / empty (target <= 1.2x)':<44} {large / small:8.2f}x")


if __name__ == "__main__":
    main()
