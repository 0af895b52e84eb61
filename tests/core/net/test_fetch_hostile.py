"""A hostile or broken server on 127.0.0.1: every download ends, broken replies are not
retried, waits are bounded and said, and messages are sentences (details in the log)."""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.errors import ErrorKind, ReaderError
from reader.core.net.http.fetch import fetch
from reader.core.net.http.options import FetchOptions
from tests.core.local_http import Handler, LocalServer

REPO = Path(__file__).resolve().parents[3]
OPTS = FetchOptions(connect_timeout=1.0, read_timeout=5.0, retries=2, backoff=0.01)


@pytest.fixture
def server() -> Iterator[LocalServer]:
    srv = LocalServer().start()
    yield srv
    srv.stop()


def drip(h: Handler) -> None:
    """One byte every 0.1 s for 30 s: each byte well within the read timeout."""
    h.send_stream(iter(()), headers={"Content-Type": "text/plain"})
    for _ in range(300):
        h.wfile.write(b"x")
        h.wfile.flush()
        time.sleep(0.1)


def test_a_dripping_server_is_cut_off_at_the_total_deadline(server: LocalServer) -> None:
    server.route("/drip", drip)
    with pytest.raises(ReaderError) as info:
        fetch(server.url("/drip"), options=FetchOptions(read_timeout=5.0, deadline=1.5))
    assert info.value.kind is ErrorKind.TIMEOUT
    assert "not complete after" in info.value.detail


def test_headers_dripping_in_are_cut_off_at_the_deadline(server: LocalServer) -> None:
    def slow_headers(h: Handler) -> None:
        h.wfile.write(b"HTTP/1.1 200 OK\r\n")
        for n in range(60):  # a header every 0.2 s: each well within the read timeout
            h.wfile.write(f"X-Drip-{n}: x\r\n".encode())
            h.wfile.flush()
            time.sleep(0.2)
        h.wfile.write(b"Content-Length: 2\r\n\r\nok")
        h.close_connection = True

    server.route("/slow-headers", slow_headers)
    with pytest.raises(ReaderError) as info:
        fetch(server.url("/slow-headers"), options=FetchOptions(read_timeout=5.0, deadline=1.5))
    assert info.value.kind is ErrorKind.TIMEOUT
    assert "not complete after" in info.value.detail


def test_a_redirect_without_location_is_no_page(server: LocalServer) -> None:
    def moved(h: Handler) -> None:
        h.send_bytes(b"moved somewhere", status=302)

    server.route("/moved", moved)
    with pytest.raises(ReaderError) as info:
        fetch(server.url("/moved"), options=OPTS)
    assert info.value.kind is ErrorKind.HTTP
    assert "without a new address" in info.value.detail


def test_every_gzip_member_is_kept(server: LocalServer) -> None:
    body = gzip.compress(b"<p>een</p>") + gzip.compress(b"<p>twee</p>") + \
        gzip.compress(b"<p>drie</p>")
    server.text("/multi", body, content_type="text/html",
                headers={"Content-Encoding": "gzip"})
    got = fetch(server.url("/multi"), options=OPTS)
    assert got.data == b"<p>een</p><p>twee</p><p>drie</p>"


def broken_status(h: Handler) -> None:
    h.wfile.write(b"<!doctype html><p>no HTTP here</p>\r\n\r\n")
    h.close_connection = True


def many_headers(h: Handler) -> None:
    h.send_response(200)
    for n in range(150):
        h.send_header(f"X-Filler-{n}", "x")
    h.send_header("Content-Length", "2")
    h.end_headers()
    h.wfile.write(b"ok")


@pytest.mark.parametrize("route", [broken_status, many_headers], ids=["bad-status", "headers"])
def test_a_broken_reply_is_said_in_words_and_not_retried(server: LocalServer, route) -> None:
    server.route("/broken", route)
    with pytest.raises(ReaderError) as info:
        fetch(server.url("/broken"), options=OPTS)
    assert info.value.detail.endswith("the server sent a broken reply")
    assert "(" not in info.value.detail.split(": ", 1)[1]  # no Python repr
    assert server.hits["/broken"] == 1


def test_tls_to_a_plain_port_is_a_sentence(server: LocalServer) -> None:
    url = server.url("/").replace("http://", "https://")
    with pytest.raises(ReaderError) as info:
        fetch(url, options=OPTS)
    assert info.value.detail.endswith("the secure (https) connection failed")
    assert "HTTPSConnectionPool" not in info.value.detail


def test_a_long_retry_after_is_not_waited_out(server: LocalServer) -> None:
    server.text("/busy", b"busy", status=503, headers={"Retry-After": "30"})
    waits: list[float] = []
    with pytest.raises(ReaderError) as info:
        fetch(server.url("/busy"), options=OPTS, waiting=lambda _u, s: waits.append(s))
    assert "come back in 30 s" in info.value.detail
    assert server.hits["/busy"] == 1
    assert waits == []


def test_a_retry_after_date_an_hour_away_is_not_waited_out(server: LocalServer) -> None:
    from email.utils import formatdate

    later = formatdate(time.time() + 3600, usegmt=True)
    server.text("/later", b"busy", status=503, headers={"Retry-After": later})
    with pytest.raises(ReaderError) as info:
        fetch(server.url("/later"), options=OPTS)
    assert "the server asks to come back in" in info.value.detail
    assert server.hits["/later"] == 1


def test_a_short_retry_after_is_waited_and_the_wait_is_told(server: LocalServer) -> None:
    calls = []

    def busy_once(h: Handler) -> None:
        calls.append(1)
        if len(calls) == 1:
            h.send_bytes(b"busy", status=503, headers={"Retry-After": "1"})
        else:
            h.send_bytes(b"ready")

    server.route("/busy-once", busy_once)
    waits: list[float] = []
    got = fetch(server.url("/busy-once"), options=OPTS, waiting=lambda _u, s: waits.append(s))
    assert got.data == b"ready"
    assert waits == [1.0]


def _helder(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, HELDER_HOME=str(home), PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True,
                          text=True, env=env, timeout=60, cwd=REPO, check=False)


def test_a_broken_ipv6_address_is_a_message(tmp_path: Path) -> None:
    done = _helder(tmp_path, "add", "http://[::1")
    assert done.returncode == 2
    assert "Traceback" not in done.stderr
    assert done.stderr.startswith("helder add: ")


def test_a_body_longer_than_announced_stores_no_empty_issue(
    server: LocalServer, tmp_path: Path
) -> None:
    def liar(h: Handler) -> None:
        body = b"<html><body><h2>Begroting</h2><p>De raad stemde in.</p></body></html>"
        h.send_response(200)
        h.send_header("Content-Type", "text/html")
        h.send_header("Content-Length", "6")
        h.end_headers()
        h.wfile.write(body)

    server.route("/liar", liar)
    done = _helder(tmp_path, "add", server.url("/liar"), "--json")
    assert "Traceback" not in done.stderr
    listed = _helder(tmp_path, "list", "--json")
    import json

    sources = json.loads(listed.stdout)
    assert all(s["issues"] == 0 for s in sources)
