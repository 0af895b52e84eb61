"""The downloader against a real local HTTP server with one route per fault."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from reader.core.errors import ErrorKind, ReaderError
from reader.core.net.http.fetch import HostLimiter, fetch
from reader.core.net.http.options import FetchOptions
from tests.core.local_http import (
    Handler,
    LocalServer,
    gzip_bytes,
    repeat_chunks,
    slow,
    zeros_gzip,
)

# Quick retries, but time-outs a loaded machine (two test runs at once) never hits.
FAST = FetchOptions(connect_timeout=5.0, read_timeout=5.0, retries=2, backoff=0.01)
TEXT = "VNG Nieuwsbrief\n\nGemeenten en de Omgevingswet\nDe wet geldt sinds 2024.\n"


@pytest.fixture
def server() -> Iterator[LocalServer]:
    srv = LocalServer().start()
    yield srv
    srv.stop()


def fail(url: str, **kwargs: object) -> ReaderError:
    with pytest.raises(ReaderError) as info:
        fetch(url, options=kwargs.pop("options", FAST), **kwargs)  # type: ignore[arg-type]
    return info.value


def test_normal_download_sends_an_honest_user_agent(server: LocalServer) -> None:
    server.text("/issue.txt", TEXT, headers={"ETag": '"v1"'})
    seen: list[tuple[int, int | None]] = []
    url = server.url("/issue.txt")
    result = fetch(url, options=FAST, progress=lambda n, t: seen.append((n, t)))
    assert result.status == 200
    assert result.text().text == TEXT
    assert result.etag == '"v1"'
    assert not result.not_modified
    headers = server.requests[-1][1]
    assert headers["User-Agent"].startswith("Helder/")
    assert seen[-1] == (len(TEXT.encode()), len(TEXT.encode()))


def test_conditional_request_gets_304_and_no_body(server: LocalServer) -> None:
    def route(h: Handler) -> None:
        if h.headers.get("If-None-Match") == '"v1"' or h.headers.get("If-Modified-Since"):
            h.send_response(304)
            h.send_header("ETag", '"v1"')
            h.end_headers()
        else:
            h.send_bytes(TEXT.encode(), headers={"ETag": '"v1"'})

    server.route("/issue.txt", route)
    first = fetch(server.url("/issue.txt"), options=FAST)
    again = fetch(server.url("/issue.txt"), options=FAST, etag=first.etag)
    assert again.not_modified
    assert again.data == b""
    assert again.status == 304
    by_date = fetch(
        server.url("/issue.txt"), options=FAST, last_modified="Wed, 25 Nov 2026 10:00:00 GMT"
    )
    assert by_date.not_modified


def test_response_slower_than_read_timeout_is_a_timeout(server: LocalServer) -> None:
    server.route("/slow", slow(5.0, lambda h: h.send_bytes(b"late")))
    impatient = FetchOptions(connect_timeout=5.0, read_timeout=0.5, retries=2, backoff=0.01)
    error = fail(server.url("/slow"), options=impatient)
    assert error.kind is ErrorKind.TIMEOUT
    assert server.url("/slow") in error.detail
    assert server.hits["/slow"] == 1  # a slow server is not retried


def test_server_error_then_success_is_retried(server: LocalServer) -> None:
    def route(h: Handler) -> None:
        if server.hits["/flaky"] == 1:
            h.send_bytes(b"oops", status=500)
        else:
            h.send_bytes(TEXT.encode())

    server.route("/flaky", route)
    assert fetch(server.url("/flaky"), options=FAST).data == TEXT.encode()
    assert server.hits["/flaky"] == 2


def test_not_found_is_an_http_error_named_with_the_address(server: LocalServer) -> None:
    error = fail(server.url("/gone"))
    assert error.kind is ErrorKind.HTTP
    assert "404" in error.detail
    assert server.url("/gone") in error.detail
    assert server.hits["/gone"] == 1  # permanent failures are not retried


def test_persistent_server_error_gives_up_after_retries(server: LocalServer) -> None:
    server.text("/down", b"down", status=503)
    error = fail(server.url("/down"))
    assert error.kind is ErrorKind.HTTP
    assert "503" in error.detail
    assert server.hits["/down"] == 3


def test_truncated_body_is_a_network_error(server: LocalServer) -> None:
    def route(h: Handler) -> None:
        h.send_response(200)
        h.send_header("Content-Length", "1000")
        h.end_headers()
        h.wfile.write(b"x" * 100)
        h.close_connection = True

    server.route("/cut", route)
    error = fail(server.url("/cut"))
    assert error.kind is ErrorKind.NETWORK
    assert "cut off" in error.detail


@pytest.mark.parametrize(
    ("body", "content_type"),
    [
        ("Café in Zoë's gemeente".encode("cp1252"), "text/plain"),  # no charset at all
        ("Café in Zoë's gemeente".encode("cp1252"), "text/plain; charset=utf-8"),  # wrong
        ("Café in Zoë's gemeente".encode(), "text/plain; charset=iso-8859-1"),  # wrong
        ("Café in Zoë's gemeente".encode("utf-16"), "text/plain"),  # BOM
        (
            '<html><head><meta charset="windows-1252"></head><body>Café in Zoë\'s gemeente'
            .encode("cp1252"),
            "text/html",
        ),
    ],
)
def test_character_set_from_header_document_bom_or_detection(
    server: LocalServer, body: bytes, content_type: str
) -> None:
    server.text("/cs", body, content_type=content_type)
    text = fetch(server.url("/cs"), options=FAST).text().text
    assert "Café in Zoë's gemeente" in text


def test_huge_body_is_cut_at_the_cap_while_streaming(server: LocalServer) -> None:
    server.route("/huge", lambda h: h.send_stream(repeat_chunks(200 * 1024 * 1024)))
    started = time.monotonic()
    error = fail(server.url("/huge"))
    assert error.kind is ErrorKind.TOO_LARGE
    assert server.url("/huge") in error.detail
    assert time.monotonic() - started < 10


def test_announced_huge_body_is_refused_before_reading(server: LocalServer) -> None:
    def route(h: Handler) -> None:
        h.send_response(200)
        h.send_header("Content-Length", str(200 * 1024 * 1024))
        h.end_headers()
        for chunk in repeat_chunks(200 * 1024 * 1024):
            h.wfile.write(chunk)

    server.route("/announced", route)
    assert fail(server.url("/announced")).kind is ErrorKind.TOO_LARGE


def test_decompression_bomb_is_stopped(server: LocalServer) -> None:
    headers = {"Content-Encoding": "gzip"}
    server.route("/bomb", lambda h: h.send_stream(zeros_gzip(2 * 1024**3), headers))
    error = fail(server.url("/bomb"))
    assert error.kind is ErrorKind.TOO_LARGE
    # Without the ratio guard the cap still holds.
    loose = FetchOptions(read_timeout=2.0, retries=0, max_ratio=10**9, max_bytes=5_000_000)
    assert fail(server.url("/bomb"), options=loose).kind is ErrorKind.TOO_LARGE


def test_gzip_body_is_decoded(server: LocalServer) -> None:
    server.text("/gz", gzip_bytes(TEXT.encode()), headers={"Content-Encoding": "gzip"})
    assert fetch(server.url("/gz"), options=FAST).data == TEXT.encode()


def test_redirects_are_followed_within_a_limit(server: LocalServer) -> None:
    def redirect(target: str) -> object:
        return lambda h: h.send_bytes(b"", status=302, headers={"Location": target})

    server.route("/a", redirect("/b"))  # type: ignore[arg-type]
    server.route("/b", redirect("/a"))  # type: ignore[arg-type]
    server.route("/moved", redirect("/final"))  # type: ignore[arg-type]
    server.text("/final", TEXT)
    result = fetch(server.url("/moved"), options=FAST)
    assert result.final_url == server.url("/final")
    assert result.data == TEXT.encode()
    error = fail(server.url("/a"))
    assert error.kind is ErrorKind.HTTP
    assert "redirects" in error.detail
    server.route("/to-file", redirect("file:///etc/passwd"))  # type: ignore[arg-type]
    error = fail(server.url("/to-file"))
    assert error.kind is ErrorKind.UNSUPPORTED
    assert "file:///etc/passwd" in error.detail


def test_only_http_and_https_addresses() -> None:
    for url in ("file:///etc/passwd", "ftp://example.org/x", "javascript:alert(1)"):
        assert fail(url).kind is ErrorKind.UNSUPPORTED


def test_reset_connection_is_a_network_error(server: LocalServer) -> None:
    server.route("/reset", Handler.reset)
    error = fail(server.url("/reset"))
    assert error.kind is ErrorKind.NETWORK
    assert server.url("/reset") in error.detail
    assert server.hits["/reset"] == 3  # transient: retried


def test_refused_connection_is_a_network_error() -> None:
    srv = LocalServer()
    url = srv.url("/x")
    srv.server_close()  # nothing listens on that port any more
    assert fail(url).kind is ErrorKind.NETWORK


def test_cancel_stops_a_download_mid_way(server: LocalServer) -> None:
    def trickle(h: Handler) -> None:
        def chunks() -> Iterator[bytes]:
            for _ in range(100):
                time.sleep(0.05)
                yield b"x" * 1000

        h.send_stream(chunks())

    server.route("/trickle", trickle)
    cancel = threading.Event()
    threading.Timer(0.3, cancel.set).start()
    started = time.monotonic()
    error = fail(server.url("/trickle"), cancel=cancel)
    assert error.kind is ErrorKind.CANCELLED
    assert time.monotonic() - started < 1.5


def test_parallel_requests_per_host_are_limited(server: LocalServer) -> None:
    server.route("/wait", slow(0.2, lambda h: h.send_bytes(b"ok")))
    limiter = HostLimiter(per_host=1)
    threads = [
        threading.Thread(target=fetch, args=(server.url("/wait"),),
                         kwargs={"options": FAST, "limiter": limiter})
        for _ in range(3)
    ]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert server.hits["/wait"] == 3
    assert server.max_active == 1
