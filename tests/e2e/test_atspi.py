"""End to end: the running app under Xvfb, read from outside through AT-SPI as a screen reader."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.e2e.session import READY_S, private_env

PROBE = Path(__file__).with_name("atspi_probe.py")
NEEDED = ("Xvfb", "xdotool", "dbus-run-session")


@pytest.fixture(scope="module")
def seen(tmp_path_factory) -> dict:
    missing = [tool for tool in NEEDED if shutil.which(tool) is None]
    assert not missing, f"make setup installs these: {missing}"
    work = tmp_path_factory.mktemp("atspi")
    out = work / "seen.json"
    done = subprocess.run(
        ["dbus-run-session", "--", "/usr/bin/python3", str(PROBE), sys.executable, str(out)],
        cwd=REPO, env=private_env(work), timeout=2 * READY_S + 60, capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(out.read_text(encoding="utf-8"))


def test_item_rows_are_announced_as_plain_titles_then_theme(seen):
    rows = seen["rows"]
    assert len(rows) >= 12
    assert rows[0].startswith("ALV stemt in met herijking VNG-inzet voor nieuw kabinet")
    assert any(r.startswith("Assistentie voor decentrale politieke ambtsdragers met beperking, "
                            "Arbeidszaken") for r in rows)
    assert all("<" not in r and "\n" not in r for r in rows)


def test_focus_starts_on_the_first_item(seen):
    focus = seen["start_focus"]
    assert focus is not None
    assert focus["role"] == "list item"
    assert focus["name"].startswith("ALV stemt in")


def test_down_down_moves_focus_to_the_third_item(seen):
    focus = seen["steps"][1]["focus"]
    assert focus["role"] == "list item"
    assert focus["name"].startswith("Verkiezing Meest Toegankelijke Gemeente van start")


def test_tab_reaches_the_reading_pane_as_text_not_a_label(seen):
    focus = seen["steps"][2]["focus"]
    assert focus["role"] == "text", focus
    assert focus["name"]
    assert "Verkiezing Meest Toegankelijke Gemeente" in focus.get("text", "")


def test_where_am_i_is_announced_on_the_bus(seen):
    assert any(a.startswith("Item 3 of 13") or a.startswith("Onderwerp 3 van 13")
               for a in seen["announcements"]), seen["announcements"]
