"""The real Orca screen reader, headless: after Down, Down, Tab it speaks titles and the text."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.e2e.session import READY_S, private_env

PROBE = Path(__file__).with_name("orca_probe.py")


@pytest.fixture(scope="module")
def spoken(tmp_path_factory) -> str:
    for tool in ("/usr/bin/orca", "Xvfb", "xdotool", "dbus-run-session"):
        assert shutil.which(tool), f"{tool} is missing: `make setup` installs it"
    work = tmp_path_factory.mktemp("orca")
    done = subprocess.run(
        ["dbus-run-session", "--", "/usr/bin/python3", str(PROBE), sys.executable, str(work),
         "Down", "Down", "Tab"],
        cwd=REPO, env=private_env(work), timeout=3 * READY_S + 60, capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return (work / "speech.txt").read_text(encoding="utf-8")


def test_orca_speaks_the_item_titles_as_focus_moves(spoken):
    assert "Bericht over speech VNG-voorzitter Sharon Dijksma" in spoken
    assert "Verkiezing Meest Toegankelijke Gemeente van start" in spoken


def test_orca_reads_the_reading_pane_as_text_not_a_label(spoken):
    lines = spoken.splitlines()
    tab = next(i for i, line in enumerate(lines) if line.startswith("'tab"))
    after_tab = "\n".join(lines[tab + 1:])
    assert "Article" in after_tab
    assert "text" in after_tab
    # The caret's line: the start of the title (it wraps), said once, not again as a
    # description.
    assert "Verkiezing Meest Toegankelijke" in after_tab
    assert after_tab.count("Verkiezing Meest Toegankelijke") == 1, spoken
    assert "label" not in after_tab.lower(), spoken
