"""The GUI thread during a refresh: the longest gap of a 5 ms QTimer (target <= 50 ms).

Twenty sources (ten plain-text issues of 40 items, ten RSS feeds of 20 entries) are served
from 127.0.0.1 and refreshed through `LibraryController` while a `LibraryPane` and the
progress widget are shown, as in the app. Run offscreen:
`QT_QPA_PLATFORM=offscreen python benchmarks/bench_library_gui.py`. Everything happens in a
temporary HELDER_HOME; nothing touches the user's library.
"""

from __future__ import annotations

import os
import random
import statistics
import sys
import tempfile
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["HELDER_HOME"] = tempfile.mkdtemp(prefix="helder-bench-gui-")

from PySide6.QtCore import QElapsedTimer, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow

from reader.core.library.store import Library
from reader.core.models import Issue, Item
from reader.ui.library.controller import LibraryController
from reader.ui.library.pane import LibraryPane
from reader.ui.library.status import RefreshProgress

SOURCES = 20
TARGET_MS = 50
WORDS = ["gemeente", "raad", "wethouder", "begroting", "jeugdzorg", "omgevingswet",
         "woningbouw", "energie", "klimaat", "onderwijs", "veiligheid", "zorg", "financiën",
         "provincie", "rijk", "kabinet", "wet", "besluit"]


def _sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def _text_issue(n: int, version: int) -> bytes:
    rng = random.Random(n * 100 + version)
    body = "".join(f"Bericht {n}-{k} {version}\n{_sentence(rng, 40)}\n"
                   f"https://example.org/{n}/{k}\n\n" for k in range(40))
    return f"Nieuwsbrief {n} nummer {version}\n\n{body}".encode()


def _feed(n: int, version: int) -> bytes:
    rng = random.Random(n * 1000 + version)
    entries = "".join(
        f"<item><title>Nieuws {n}-{k} {version}</title><link>https://example.org/f{n}/{version}/{k}"
        f"</link><pubDate>Mon, 0{1 + k % 9} Jun 2026 10:00:00 +0000</pubDate>"
        f"<description>{_sentence(rng, 50)}</description></item>"
        for k in range(20))
    return (f'<?xml version="1.0"?><rss version="2.0"><channel><title>Bron {n}</title>'
            f"{entries}</channel></rss>").encode()


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    version = 1

    def do_GET(self) -> None:
        name = self.path.strip("/")
        n = int(name.split(".")[0])
        if name.endswith(".xml"):
            data, kind = _feed(n, self.version), "application/rss+xml"
        else:
            data, kind = _text_issue(n, self.version), "text/plain; charset=utf-8"
        self.send_response(200)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format: str, *args: object) -> None:
        pass


def prefill(library: Library, source_ids: list[int], per_source: int) -> None:
    """Store older issues so the pane has a realistic number of rows to update."""
    for sid in source_ids:
        for k in range(per_source):
            items = [Item(f"Oud bericht {sid}-{k}-{i}", "Bestuur", ("Tekst.",)) for i in range(5)]
            issue = Issue(title=f"Oud nummer {sid}-{k}", date=f"2025-{1 + k % 12:02d}-01")
            library.writer.store_issue(sid, f"https://old.example/{sid}/{k}",
                                       issue.with_items(items), b"")


def measure(app: QApplication, controller: LibraryController, pane: LibraryPane) -> list[int]:
    """Refresh all sources; return the gaps between 5 ms ticks on the GUI thread (ms)."""
    gaps: list[int] = []
    clock = QElapsedTimer()
    clock.start()
    last = [clock.elapsed()]

    def tick() -> None:
        now = clock.elapsed()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(tick)
    loop = QEventLoop()
    pane.reloaded.connect(loop.quit)  # the pane shows the new counts: the run is over
    timer.start()
    controller.refresh_all()
    QTimer.singleShot(60_000, loop.quit)
    loop.exec()
    timer.stop()
    pane.reloaded.disconnect(loop.quit)
    return gaps


def main() -> int:
    app = QApplication(sys.argv[:1])
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    port = server.server_address[1]
    controller = LibraryController(Library())
    ids = []
    for n in range(SOURCES):
        suffix, kind = (".xml", "feed") if n % 2 else (".txt", "page")
        ids.append(controller.library.writer.add_source(
            f"Bron {n}", f"http://127.0.0.1:{port}/{n}{suffix}", kind))
    prefill(controller.library, ids, int(os.environ.get("HELDER_BENCH_OLD_ISSUES", "100")))
    window = QMainWindow()
    pane = LibraryPane(controller)
    window.setCentralWidget(pane)
    window.statusBar().addPermanentWidget(RefreshProgress(controller))
    window.show()
    loop = QEventLoop()
    pane.reloaded.connect(loop.quit)
    pane.reload()
    loop.exec()
    pane.reloaded.disconnect(loop.quit)
    pane.tree.expandAll()
    worst = 0
    for run, label in enumerate(("first refresh", "new issue in every source", "unchanged")):
        _Handler.version = 1 if run == 0 else 2
        gaps = measure(app, controller, pane)
        gaps.sort()
        p99 = gaps[int(len(gaps) * 0.99) - 1] if gaps else 0
        worst = max(worst, gaps[-1] if gaps else 0)
        print(f"library gui: {label}: {len(gaps)} ticks, longest GUI-thread gap "
              f"{gaps[-1] if gaps else 0} ms, p99 {p99} ms, median "
              f"{statistics.median(gaps) if gaps else 0} ms")
    print(f"library gui: longest GUI-thread stall during refresh {worst} ms "
          f"(target <= {TARGET_MS} ms, {SOURCES} sources, {pane.model.rowCount()} in the pane)")
    controller.shutdown()
    server.shutdown()
    server.server_close()
    return 0 if worst <= TARGET_MS else 1


if __name__ == "__main__":
    sys.exit(main())
