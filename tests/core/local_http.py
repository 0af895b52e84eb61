"""A real HTTP server on 127.0.0.1 for the download and refresh tests, with faulty routes."""

from __future__ import annotations

import gzip
import socket
import struct
import threading
import time
import zlib
from collections import Counter
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Route = Callable[["Handler"], None]


class Handler(BaseHTTPRequestHandler):
    """Dispatch each GET to the route registered for its path (without query)."""

    server: LocalServer
    protocol_version = "HTTP/1.1"

    def do_GET(self) -> None:
        path = self.path.split("?", 1)[0]
        srv = self.server
        with srv.lock:
            srv.hits[path] += 1
            srv.active += 1
            srv.max_active = max(srv.max_active, srv.active)
            srv.requests.append((self.path, dict(self.headers.items())))
        try:
            route = srv.routes.get(path)
            if route is None:
                self.send_bytes(b"not here", status=404)
            else:
                route(self)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client gave up (size cap, cancel): expected in these tests
        finally:
            with srv.lock:
                srv.active -= 1

    def send_bytes(
        self,
        body: bytes,
        *,
        status: int = 200,
        content_type: str = "text/plain; charset=utf-8",
        headers: dict[str, str] | None = None,
    ) -> None:
        """Send a whole response with a Content-Length."""
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def send_stream(self, chunks: Iterator[bytes], headers: dict[str, str] | None = None) -> None:
        """Send a body of unknown length that ends when the connection closes."""
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Connection", "close")
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.close_connection = True
        for chunk in chunks:
            self.wfile.write(chunk)

    def reset(self) -> None:
        """Drop the connection with a TCP reset instead of answering."""
        self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        self.connection.close()
        self.close_connection = True

    def log_message(self, format: str, *args: object) -> None:
        pass  # keep test output quiet


class LocalServer(ThreadingHTTPServer):
    """The server; add routes with `route(path, fn)`; read `hits`, `max_active`, `requests`."""

    daemon_threads = True
    block_on_close = False

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), Handler)
        self.routes: dict[str, Route] = {}
        self.hits: Counter[str] = Counter()
        self.lock = threading.Lock()
        self.active = 0
        self.max_active = 0
        self.requests: list[tuple[str, dict[str, str]]] = []
        self._thread = threading.Thread(
            target=self.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )

    def url(self, path: str) -> str:
        """Return the full address of a path on this server."""
        return f"http://127.0.0.1:{self.server_address[1]}{path}"

    def route(self, path: str, fn: Route) -> None:
        """Serve `path` with `fn(handler)`."""
        self.routes[path] = fn

    def text(self, path: str, body: str | bytes, **kwargs: object) -> None:
        """Serve a fixed body at `path` (kwargs go to `send_bytes`)."""
        data = body.encode() if isinstance(body, str) else body
        self.routes[path] = lambda h: h.send_bytes(data, **kwargs)  # type: ignore[arg-type]

    def start(self) -> LocalServer:
        """Start serving in a background thread."""
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the socket."""
        self.shutdown()
        self.server_close()

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # resets and aborted streams are the point of several tests


def zeros_gzip(total: int) -> Iterator[bytes]:
    """Yield a gzip stream of `total` zero bytes, made on the fly (a decompression bomb)."""
    comp = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(1024 * 1024)
    for _ in range(total // len(block)):
        yield comp.compress(block) + comp.flush(zlib.Z_SYNC_FLUSH)
    yield comp.flush()


def repeat_chunks(total: int, chunk: bytes = b"x" * 65536) -> Iterator[bytes]:
    """Yield `total` bytes in chunks without holding them."""
    for _ in range(total // len(chunk)):
        yield chunk


def gzip_bytes(data: bytes) -> bytes:
    """Return data compressed with gzip."""
    return gzip.compress(data)


def slow(seconds: float, then: Route) -> Route:
    """Wrap a route so it waits before answering."""

    def route(h: Handler) -> None:
        time.sleep(seconds)
        then(h)

    return route
