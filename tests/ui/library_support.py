"""Shared by the library UI tests: a local server with newsletters, and a controller."""

from __future__ import annotations

import socket

from reader.core.net.http.options import FetchOptions
from reader.core.net.refresh import RefreshOptions
from tests.core.local_http import LocalServer

FAST = RefreshOptions(
    fetch=FetchOptions(connect_timeout=1.0, read_timeout=2.0, retries=0, backoff=0.01),
)


def issue_text(n: int, items: int = 3) -> str:
    """Return a plain-text newsletter numbered n with `items` items."""
    parts = [f"Nieuwsbrief {n}"]
    for i in range(1, items + 1):
        parts.append(f"Bericht {n}.{i} over gemeenten\nTekst van bericht {n}.{i} over de "
                     f"jeugdzorg in gemeente {i}.\nhttps://example.org/{n}/{i}")
    return "\n\n".join(parts) + "\n"


def serve_issues(server: LocalServer, count: int, prefix: str = "/nb") -> list[str]:
    """Serve `count` newsletters; return their addresses."""
    urls = []
    for n in range(1, count + 1):
        server.text(f"{prefix}{n}.txt", issue_text(n))
        urls.append(server.url(f"{prefix}{n}.txt"))
    return urls


def closed_port_url(path: str = "/weg.txt") -> str:
    """Return an address on 127.0.0.1 where nothing listens: the connection is refused."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return f"http://127.0.0.1:{port}{path}"
