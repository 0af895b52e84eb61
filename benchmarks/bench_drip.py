"""Refresh 20 sources on 127.0.0.1, one of which drips a byte every 10 s.

Prints when the other 19 issues were stored and when the dripping source ended (at the
download deadline, 60 s by default). Run with `make bench` or directly.
"""

from __future__ import annotations

import sys
import tempfile
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from reader.core.library.store import Library
from reader.core.net.http.options import DEFAULT_DEADLINE
from reader.core.net.refresh import RefreshProgress, refresh_all

SOURCES = 20
DRIP_EVERY = 10.0


def _page(n: int) -> bytes:
    stories = "".join(
        f"<h2><a href='https://example.org/{n}/{k}'>Bericht {n}.{k} over de gemeente</a></h2>"
        f"<p>De raad van gemeente {n} besprak onderwerp {k} en nam een besluit.</p>"
        for k in range(5))
    return (f"<!doctype html><html lang='nl'><head><meta charset='utf-8'><title>Nieuwsbrief "
            f"{n}</title></head><body><h1>Nieuwsbrief {n}</h1>{stories}</body></html>").encode()


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    stop = threading.Event()

    def do_GET(self) -> None:
        if self.path == "/drip":
            self.send_response(200)
            self.send_header("Content-Type", "text/html")
            self.send_header("Connection", "close")
            self.end_headers()
            try:
                while not self.stop.is_set():
                    self.wfile.write(b"<")
                    self.wfile.flush()
                    self.stop.wait(DRIP_EVERY)
            except OSError:
                pass  # Helder hung up at its deadline
            return
        body = _page(int(self.path.strip("/")))
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        pass


def main() -> None:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    with tempfile.TemporaryDirectory() as folder:
        library = Library(Path(folder) / "library.sqlite3")
        # The dripping source comes first, so it holds a worker from the start.
        library.writer.add_source("Druppel", f"{base}/drip", "page")
        for n in range(1, SOURCES):
            library.writer.add_source(f"Bron {n}", f"{base}/{n}", "page")
        start = time.monotonic()
        done_at: dict[str, float] = {}
        results = {}

        def progress(p: RefreshProgress) -> None:
            done_at[p.result.name] = time.monotonic() - start
            results[p.result.name] = p.result

        refresh_all(library, progress=progress)
        Handler.stop.set()
        others = [t for name, t in done_at.items() if name != "Druppel"]
        stored = sum(1 for name, r in results.items() if name != "Druppel" and r.new == 1)
        drip = results["Druppel"]
        print(f"refresh of {SOURCES} sources, one dripping a byte every {DRIP_EVERY:.0f} s "
              f"(deadline {DEFAULT_DEADLINE:.0f} s):")
        print(f"  other {len(others)} sources: {stored} issues stored, the last after "
              f"{max(others):.2f} s")
        print(f"  dripping source ended after {done_at['Druppel']:.1f} s: "
              f"{drip.error.one_line() if drip.error else 'no error (!)'}")
        library.close()
    server.shutdown()


if __name__ == "__main__":
    main()
