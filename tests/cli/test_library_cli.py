"""`helder add/refresh/list/search --json` in a subprocess, against a local server."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.core.local_http import LocalServer

REPO = Path(__file__).resolve().parents[2]
ISSUE = (
    "Nieuwsbrief raadsinformatie week 48\n\n"
    "Begroting vastgesteld\nDe raad stemde in met de begroting voor 2027.\n"
    "https://example.org/begroting?utm_campaign=week48\n\n"
    "Afvalinzameling\nNieuwe tarieven voor afvalstoffenheffing.\n"
)


@pytest.fixture
def server() -> Iterator[LocalServer]:
    srv = LocalServer().start()
    yield srv
    srv.stop()


def helder(home: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, HELDER_HOME=str(home), PYTHONPATH=str(REPO))
    return subprocess.run([sys.executable, "-m", "reader", *args], capture_output=True,
                          text=True, env=env, timeout=60, cwd=REPO, check=False)


def test_add_refresh_list_search_as_json(server: LocalServer, tmp_path: Path) -> None:
    server.text("/week48.txt", ISSUE)
    added = helder(tmp_path, "add", server.url("/week48.txt"), "--name", "Raad", "--json")
    assert added.returncode == 0, added.stderr
    data = json.loads(added.stdout)
    assert data["source"]["name"] == "Raad"
    assert data["new"] == 1
    refreshed = helder(tmp_path, "refresh", "--json")
    assert refreshed.returncode == 0, refreshed.stderr
    assert json.loads(refreshed.stdout)["sources"][0]["name"] == "Raad"
    sources = json.loads(helder(tmp_path, "list", "--json").stdout)
    assert [(s["name"], s["issues"], s["unread"]) for s in sources] == [("Raad", 1, 2)]
    issues = json.loads(helder(tmp_path, "list", "Raad", "--json").stdout)
    assert issues[0]["title"] == "Nieuwsbrief raadsinformatie week 48"
    items = json.loads(helder(tmp_path, "list", "--issue", str(issues[0]["id"]), "--json").stdout)
    assert items[0]["link"] == "https://example.org/begroting"
    hits = json.loads(helder(tmp_path, "search", "afvalstoffen", "--json").stdout)
    assert [h["title"] for h in hits] == ["Afvalinzameling"]
    assert hits[0]["source"] == "Raad"
    assert (tmp_path / "data" / "library.sqlite3").exists()


def test_refresh_failure_names_source_and_keeps_it(server: LocalServer, tmp_path: Path) -> None:
    server.text("/week48.txt", ISSUE)
    assert helder(tmp_path, "add", server.url("/week48.txt"), "--name", "Raad").returncode == 0
    server.text("/week48.txt", b"gone", status=404)
    result = helder(tmp_path, "refresh", "--json")
    assert result.returncode == 1
    (source,) = json.loads(result.stdout)["sources"]
    assert source["name"] == "Raad"
    assert source["error"]["kind"] == "http"
    assert "404" in source["error"]["detail"]
    text = helder(tmp_path, "refresh")
    assert "Raad: the server refused" in text.stdout
    listed = json.loads(helder(tmp_path, "list", "--json").stdout)
    assert listed[0]["issues"] == 1
    assert listed[0]["error"]["kind"] == "http"


def test_bad_address_and_catalogue(tmp_path: Path) -> None:
    bad = helder(tmp_path, "add", "ftp://example.org/nieuws")
    assert bad.returncode == 2
    assert "not supported" in bad.stderr
    assert "ftp://example.org/nieuws" in bad.stderr
    on = helder(tmp_path, "add", "vng-nieuws", "--json")
    assert json.loads(on.stdout)["source"]["address"] == "https://vng.nl/nieuws"
    catalogue = json.loads(helder(tmp_path, "list", "--catalogue", "--json").stdout)
    assert {c["key"]: c["on"] for c in catalogue}["vng-nieuws"] is True
    assert helder(tmp_path, "source", "pause", "VNG nieuws").returncode == 0
    assert json.loads(helder(tmp_path, "list", "--json").stdout)[0]["paused"] is True
