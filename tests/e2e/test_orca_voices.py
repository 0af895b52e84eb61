"""The real Orca 43 in the voice manager: every control named, download progress said.

One Helder session (tests/e2e/orca_journey.py) opens Read aloud > Voices… with Ctrl+Shift+O,
tabs through its controls, loads the voice list from a Piper catalogue on 127.0.0.1 and
installs the joe voice with Return; the catalogue sends the model slowly enough that each
quarter of progress is said before the next.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.core.piper_catalogue_server import start_catalogue_server

PROBE = Path(__file__).with_name("orca_journey.py")

STEPS = [
    {"name": "open the voice manager", "keys": ["ctrl+shift+o"], "until": "Installed voices",
     "wait": 1.5},
    {"name": "tab through", "keys": ["Tab"] * 4, "gap": 0.9, "until": "Load the list"},
    {"name": "load the voice list", "keys": ["alt+l"], "until": "can be downloaded"},
    {"name": "install joe", "keys": ["Down", "Return"], "until": "from now on", "wait": 2.0},
    {"name": "close", "keys": ["Escape"], "until": "Items"},
]


@pytest.fixture(scope="module")
def journey(tmp_path_factory) -> dict[str, dict]:
    for tool in ("/usr/bin/orca", "Xvfb", "xdotool", "dbus-run-session", "gdbus"):
        assert shutil.which(tool), f"{tool} is missing: `make setup` installs it"
    catalogue = start_catalogue_server()
    catalogue.throttle = 0.03  # ~7 s for the model: time for Orca to say each quarter
    try:
        work = tmp_path_factory.mktemp("orca-voices")
        runtime = work / "runtime"
        runtime.mkdir(mode=0o700)
        steps = work / "steps.json"
        steps.write_text(json.dumps(STEPS), encoding="utf-8")
        env = {**os.environ, "XDG_RUNTIME_DIR": str(runtime),
               "HELDER_VOICE_CATALOGUE": catalogue.base}
        env.pop("DBUS_SESSION_BUS_ADDRESS", None)
        done = subprocess.run(
            ["dbus-run-session", "--", "/usr/bin/python3", str(PROBE), sys.executable,
             str(work / "run"), str(steps)],
            cwd=REPO, env=env, timeout=300, capture_output=True, text=True,
        )
        assert done.returncode == 0, done.stderr[-3000:]
        results = json.loads((work / "run" / "journey.json").read_text(encoding="utf-8"))
        installed = sorted(p.name for p in (work / "run" / "helder" / "data" / "voices").iterdir())
        return {"steps": {step["name"]: step for step in results}, "installed": installed,
                "requested": catalogue.requested()}
    finally:
        catalogue.server.stop()


def said(step: dict) -> str:
    return "\n".join(step["spoken"])


def test_orca_names_the_dialog_and_the_installed_voice(journey):
    opened = said(journey["steps"]["open the voice manager"])
    assert "Voices" in opened
    assert "Installed voices" in opened
    assert "joe, medium quality, 63 MB, licence CC0" in opened


def test_orca_names_each_control_reached_by_tab(journey):
    tabbed = said(journey["steps"]["tab through"])
    for name in ("Preview", "Install from file", "Voices to download",
                 "Load the list of voices"):
        assert name in tabbed, tabbed


def test_orca_says_the_download_progress_and_the_result(journey):
    steps = journey["steps"]
    assert "2 voices can be downloaded" in said(steps["load the voice list"])
    install = said(steps["install joe"])
    assert "Downloading joe, 63 MB. Press Escape to cancel." in install
    for quarter in (25, 50, 75):
        assert f"Downloading joe: {quarter} percent" in install, install
    assert "Voice joe installed. It reads English (United States) from now on." in install
    # The announcement events go out too, for screen readers that speak them.
    assert any("percent" in text for text in steps["install joe"]["announced"])
    assert journey["installed"] == ["en_US-joe-medium"]
    assert journey["requested"][0] == "/voices.json"
    assert len(journey["requested"]) == 4  # the catalogue and the voice's three files
