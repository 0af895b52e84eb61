"""Start-up stays light: opening the window loads no heavy library until it is needed."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import REPO

HEAVY = ("requests", "urllib3", "bs4", "lxml", "feedparser", "pypdf", "trafilatura", "docx",
         "typst", "soundfile", "numpy", "pyttsx3", "PySide6.QtMultimedia", "email", "imapclient",
         "keyring", "smtplib")

SCRIPT = f"""
import argparse, json, sys
from PySide6.QtWidgets import QApplication
from reader.ui.app import build_window
app = QApplication([])
window = build_window(app, argparse.Namespace(path=None, theme=None, text_size=None))
window.show()
app.processEvents()
heavy = {HEAVY!r}
print(json.dumps(sorted(m for m in sys.modules if m in heavy or m.split(".")[0] in heavy
                        and m.split(".")[0] != "PySide6")))
"""


def test_opening_the_window_imports_no_heavy_library(helder_home):
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HELDER_HOME": str(helder_home)}
    out = subprocess.run([sys.executable, "-c", SCRIPT], cwd=REPO, env=env,
                         capture_output=True, text=True, timeout=60, check=True)
    loaded = json.loads(out.stdout.strip().splitlines()[-1])
    assert loaded == []
