"""A refresh that looks like a success but is not never replaces the good copy; a real
change keeps the earlier copy as a version the user can go back to, state and all."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from reader.core.errors import ErrorKind
from reader.core.library.store import Library
from reader.core.net.http.options import FetchOptions
from reader.core.net.refresh import RefreshOptions, refresh_source
from reader.core.net.subscribe import add_source
from tests.core.local_http import Handler, LocalServer

REPO = Path(__file__).resolve().parents[3]
OPTS = RefreshOptions(fetch=FetchOptions(connect_timeout=1.0, read_timeout=2.0, retries=0))


def page(title: str, *stories: tuple[str, str]) -> str:
    body = "".join(f'<h2><a href="https://gemeente.example/{n}">{t}</a></h2><p>{p}</p>'
                   for n, (t, p) in enumerate(stories))
    return (f"<!doctype html><html lang='nl'><head><meta charset='utf-8'><title>{title}"
            f"</title></head><body><h1>{title}</h1>{body}</body></html>")


GOOD = page("Raadsbericht week 48",
            ("Begroting 2027 vastgesteld", "De raad stemde na een lang debat in met de "
             "begroting voor het komende jaar."),
            ("Nieuwe tarieven afvalstoffenheffing", "De tarieven voor afval stijgen met "
             "drie procent vanaf januari."),
            ("Wmo-loket langer open", "Het loket is voortaan ook op donderdagavond open "
             "voor vragen over ondersteuning."))
CHANGED = GOOD.replace("drie procent", "vier procent")
MAINTENANCE = page("503 Service Unavailable", ("Service Unavailable", "We are doing "
                   "maintenance. Please come back later, we will be back soon."))
COOKIE_WALL = page("Cookies", ("Wij gebruiken cookies", "Om deze site te bekijken moet u "
                   "cookies accepteren. Kies hieronder uw voorkeuren voor cookies."))
LOGIN = page("Inloggen", ("Log in", "Log in met uw account om de nieuwsbrief te lezen. Nog "
             "geen account? Maak er dan een aan."))
ONE_ITEM = page("Raadsbericht week 48", ("Begroting 2027 vastgesteld", "De raad stemde na "
                "een lang debat in met de begroting voor het komende jaar."))


class Switchable:
    """Serves /issue.html as whatever `mode` says, and /login.html for the redirect."""

    def __init__(self, server: LocalServer) -> None:
        self.mode = "good"
        server.route("/issue.html", self.issue)
        server.text("/account/login.html", LOGIN, content_type="text/html; charset=utf-8")

    def issue(self, h: Handler) -> None:
        html = "text/html; charset=utf-8"
        if self.mode == "redirect-login":
            h.send_response(302)
            h.send_header("Location", "/account/login.html")
            h.send_header("Content-Length", "0")
            h.end_headers()
            return
        if self.mode == "cut-no-length":
            cut = GOOD.encode()[: GOOD.index("Nieuwe tarieven") - 30]
            h.send_stream(iter([cut]), headers={"Content-Type": html})
            return
        body = {"good": GOOD, "changed": CHANGED, "maintenance": MAINTENANCE,
                "cookie": COOKIE_WALL, "one-item": ONE_ITEM, "empty-page": page("Leeg")}
        h.send_bytes(body[self.mode].encode(), content_type=html)


@pytest.fixture
def server() -> Iterator[LocalServer]:
    srv = LocalServer().start()
    yield srv
    srv.stop()


@pytest.fixture
def lib(tmp_path: Path) -> Iterator[Library]:
    library = Library(tmp_path / "lib.sqlite3")
    yield library
    library.close()


def _subscribe(server: LocalServer, lib: Library) -> tuple[Switchable, int, int]:
    site = Switchable(server)
    added = add_source(lib, server.url("/issue.html"), name="Raad", options=OPTS)
    assert added.first_refresh.new == 1
    issue_id = lib.issues(added.source.id)[0].id
    items = lib.items(issue_id)
    assert len(items) == 3
    lib.writer.set_read(items[0].id)
    lib.writer.set_starred(items[1].id)
    lib.writer.set_note(items[2].id, "Vragen in de commissie")
    return site, added.source.id, issue_id


def _state(lib: Library, issue_id: int) -> list[tuple[str, bool, bool, str | None]]:
    return [(s.item.title, s.read, s.starred, s.note) for s in lib.items(issue_id)]


@pytest.mark.parametrize("mode", ["maintenance", "cookie", "redirect-login", "cut-no-length",
                                  "one-item", "empty-page"])
def test_a_failure_that_looks_like_a_copy_keeps_the_stored_issue(
    server: LocalServer, lib: Library, mode: str
) -> None:
    site, source_id, issue_id = _subscribe(server, lib)
    before = _state(lib, issue_id)
    site.mode = mode
    result = refresh_source(lib, source_id, options=OPTS)
    assert result.error is not None, f"{mode} was reported as a success"
    assert result.error.kind in (ErrorKind.SUSPECT, ErrorKind.EMPTY)
    assert result.updated == 0
    assert lib.issues(source_id)[0].title == "Raadsbericht week 48"
    assert _state(lib, issue_id) == before
    assert lib.versions(issue_id) == []
    assert lib.source(source_id).error_kind == result.error.kind.value


def test_a_real_change_keeps_the_earlier_version_and_the_users_state(
    server: LocalServer, lib: Library
) -> None:
    site, source_id, issue_id = _subscribe(server, lib)
    site.mode = "changed"
    result = refresh_source(lib, source_id, options=OPTS)
    assert result.ok
    assert result.updated == 1
    summaries = [s.item.summary[0] for s in lib.items(issue_id)]
    assert any("vier procent" in s for s in summaries)
    versions = lib.versions(issue_id)
    assert len(versions) == 1
    assert versions[0].item_count == 3
    # Read, star and note follow the items into the new version ...
    state = _state(lib, issue_id)
    assert [(r, s, n) for _, r, s, n in state] == [
        (True, False, None), (False, True, None), (False, False, "Vragen in de commissie")]
    # ... and back again when the user restores the earlier one.
    lib.writer.restore_version(issue_id, versions[0].id)
    summaries = [s.item.summary[0] for s in lib.items(issue_id)]
    assert any("drie procent" in s for s in summaries)
    assert _state(lib, issue_id) == state
    assert [v.item_count for v in lib.versions(issue_id)] == [3]  # the changed copy is kept
    assert lib.raw(issue_id)[0] == GOOD.encode()


def _helder(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, HELDER_HOME=str(home), PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True,
                          text=True, env=env, timeout=60, cwd=REPO, check=False)


def test_cli_lists_versions_and_restores_one(server: LocalServer, tmp_path: Path) -> None:
    site = Switchable(server)
    assert _helder(tmp_path, "add", server.url("/issue.html"), "--name", "Raad").returncode == 0
    site.mode = "maintenance"
    failed = _helder(tmp_path, "refresh")
    assert failed.returncode == 1
    assert "does not look like the newsletter" in failed.stdout
    site.mode = "changed"
    assert _helder(tmp_path, "refresh").returncode == 0
    issue_id = json.loads(_helder(tmp_path, "list", "Raad", "--json").stdout)[0]["id"]
    listed = _helder(tmp_path, "list", "--issue", str(issue_id), "--versions", "--json")
    versions = json.loads(listed.stdout)
    assert [v["items"] for v in versions] == [3]
    back = _helder(tmp_path, "list", "--issue", str(issue_id), "--restore",
                   str(versions[0]["id"]))
    assert back.returncode == 0, back.stderr
    items = json.loads(_helder(tmp_path, "list", "--issue", str(issue_id), "--json").stdout)
    assert any("drie procent" in i["summary"] for i in items)


def test_a_real_issue_about_cookies_is_no_cookie_wall(server: LocalServer, lib: Library) -> None:
    _site, source_id, issue_id = _subscribe(server, lib)
    about_cookies = GOOD.replace("Wmo-loket langer open", "Nieuwe regels voor cookies")
    server.text("/issue.html", about_cookies, content_type="text/html; charset=utf-8")
    result = refresh_source(lib, source_id, options=OPTS)
    assert result.ok, result.error
    assert result.updated == 1
    assert "Nieuwe regels voor cookies" in [s.item.title for s in lib.items(issue_id)]
